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
import { titleRuling } from './motions/title-ruling.js';

import { aliasParties } from './motions/movant.js';
export { partyMovant, type PartyRef } from './motions/movant.js';

export interface MotionsInput {
  ctx: ReadContext;
  title: Fact<string> | null;
  titleSpanReading: Span | null;
  caseTypeCriminal: boolean;
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
  // A title that rules but is not one run of the reading text (two-column captions): its value decides.
  if (inp.title && !inp.titleSpanReading) titleRuling(inp.title, g.motions, parties);
  return finishMotions(g.motions, inp, parties);
}
