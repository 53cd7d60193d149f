/**
 * Motions the order decides: each mention of a motion ("Defendant's pro se Motion for Compassionate
 * Release, Doc. No. 55") with its kind (motion-kinds.ts), docket entry (record-cite.ts), movant and
 * pro se status; then each ruling phrase (disposition.ts, kept by the scope refiner) is linked to the
 * motions it names. No ruling phrase for a motion: its disposition stays null.
 */
import type { Fact, Span } from '../engine/types.js';
import { resolveOverlaps, scanAll } from '../engine/scan.js';
import { recordCiteRules } from './record-cite.js';
import type { ReadContext } from './text-util.js';
import type { Motion } from './types.js';
import { finishMotions } from './motions/finish.js';
import { groupMentions } from './motions/group.js';
import { findMentions } from './motions/mentions.js';
import type { PartyRef } from './motions/movant.js';
import { attachRulings } from './motions/rulings.js';
import { fact } from './text-util.js';
import type { Building } from './motions/group.js';
import type { Hit } from '../engine/types.js';
import type { RecordCiteValue } from './record-cite.js';
import { titleRuling } from './motions/title-ruling.js';

import { aliasParties } from './motions/movant.js';
export { partyMovant, type PartyRef } from './motions/movant.js';

export interface MotionsInput {
  ctx: ReadContext;
  title: Fact<string> | null;
  titleSpanReading: Span | null;
  caseTypeCriminal: boolean;
  /** The case type the caption or docket number gave (caseTypeCriminal is a looser hint for the movant rules). */
  caseType?: 'criminal' | 'civil' | 'bankruptcy' | 'appeal' | null;
  /** Spans (reading coordinates) of citations with parentheticals, from the citation engine. */
  citationSpans: Span[];
  /** The caption's parties: a motion named by a party's name ("Block's motion") is that party's. */
  parties?: PartyRef[];
}

/** Find motion mentions -> group them into motions -> attach the court's rulings -> finish movant/pro se. */
export function readMotions(inp: MotionsInput): Motion[] {
  const { ctx } = inp;
  const cites = resolveOverlaps(scanAll(recordCiteRules, ctx.text, ctx.lower));
  const caption: PartyRef[] = inp.parties ?? [];
  // (short names the text defines for parties count as their names: "General Electric (“GE”)")
  const parties: PartyRef[] = [...caption, ...aliasParties(ctx.text, caption)];
  const mentions = findMentions(ctx, cites, inp.titleSpanReading, parties);
  const g = groupMentions(ctx, mentions, cites);
  attachRulings(g, inp, cites, parties);
  captionEntry(g.motions, ctx, cites);
  // A title that rules but is not one run of the reading text (two-column captions): its value decides.
  if (inp.title && !inp.titleSpanReading) titleRuling(inp.title, g.motions, parties);
  return finishMotions(g.motions, inp, parties);
}

/**
 * The entry a caption line names for the order's subject ("Re: Dkt. No. 8" under a Northern District of California
 * caption, "Re: ECF No. 24"): the entry of the one decided motion that names none, when no motion has it already.
 */
function captionEntry(motions: Building[], ctx: ReadContext, cites: Hit<RecordCiteValue>[]): void {
  const head = Math.min(ctx.text.length, ctx.headEnd + 300);
  const re = cites.filter((c) => c.span[0] < head && /\bRe:?\s*$/i.test(ctx.text.slice(Math.max(0, c.span[0] - 6), c.span[0])));
  if (re.length !== 1) return;
  const entry = re[0].value.entry;
  if (motions.some((b) => b.motion.docEntry?.value === entry)) return;
  const open = motions.filter((b) => b.motion.disposition && !b.motion.docEntry);
  if (open.length === 1) open[0].motion.docEntry = fact(ctx, entry, re[0].span[0], re[0].span[1], 'doc-entry/caption-re', 0.7);
}
