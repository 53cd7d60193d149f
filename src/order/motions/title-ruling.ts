/**
 * A title that rules on a motion but cannot be found again as one run of the reading text (a two-column
 * caption interleaves it with the parties: "Plaintiff,  ORDER GRANTING\n16  v.  ACME'S APPLICATION FOR ...").
 * The title's value is read instead: "ORDER GRANTING ACME CORP.'S APPLICATION FOR A PRELIMINARY INJUNCTION"
 * decides one filing, granted; every value's evidence is the title's own span.
 */
import type { Fact } from '../../engine/types.js';
import type { Disposition, Motion, MotionKind, Movant } from '../types.js';
import type { Building } from './group.js';
import { classify, reliefKey, sameRelief } from './mentions.js';
import { movantBefore, movantOf, partyMovant, type PartyRef } from './movant.js';

// "ORDER GRANTING" · "MEMORANDUM OPINION AND ORDER DENYING" · "ORDER GRANTING IN PART AND DENYING IN PART"
const TITLE_RULING = /\bORDER\s+(GRANTING|DENYING|DISMISSING)(\s+IN\s+PART\s+AND\s+(?:DENYING|GRANTING)\s+IN\s+PART)?\s+(.{3,200})$/i;
// The filing the title names: "... APPLICATION FOR ..." · "... MOTION TO DISMISS" · "... PETITION"
const FILING = /\b(MOTIONS?|APPLICATIONS?|PETITIONS?|REQUESTS?)\b/i;

export function titleRuling(title: Fact<string>, motions: Building[], parties: PartyRef[]): void {
  const t = TITLE_RULING.exec(title.value);
  if (!t) return;
  const disposition: Disposition = t[2] ? 'granted_in_part' : /^grant/i.test(t[1]) ? 'granted' : /^deny/i.test(t[1]) ? 'denied' : 'dismissed';
  const words = t[3];
  const filing = FILING.exec(words);
  if (!filing) return;
  const rest = words.slice(filing.index + filing[0].length);
  const k = classify(rest, words.slice(0, filing.index));
  const kind: MotionKind = k && k.kind !== 'sentence_reduction' ? (k.kind as MotionKind) : 'other';
  const relief = kind === 'other' ? reliefKey(rest) : undefined;
  const at = (rule: string, value: unknown, confidence: number) => ({ value, span: title.span, rule, confidence });
  const decide = (b: Building): void => {
    if (!b.motion.disposition) b.motion.disposition = at('disposition/title-value', disposition, 0.8) as Fact<Disposition>;
  };
  // A motion the text already names: the one of that kind (and relief) with no disposition.
  const known = motions.find((b) => b.motion.kind.value === kind && !b.motion.disposition && (kind !== 'other' || sameRelief({ relief, reliefText: rest.toLowerCase() }, b)));
  if (known) return decide(known);
  const before = words.slice(0, filing.index);
  const mv = movantBefore(before);
  const pm = mv ? null : possessorByWords(before, parties) ?? partyMovant(before, parties)?.value ?? null;
  const movant = mv ? movantOf(mv[1]) : pm;
  const motion: Motion = {
    kind: at(k ? k.rule : 'motion-kind/other', kind, kind === 'other' ? 0.5 : 0.8) as Fact<MotionKind>,
    docEntry: null,
    movant: movant ? (at('movant/title', movant, 0.6) as Motion['movant']) : null,
    proSe: null,
    disposition: null,
    citation: null,
  };
  const b: Building = { motion, mentions: [], best: null, word: filing[0], relief, reliefText: relief ? rest.toLowerCase() : undefined };
  decide(b);
  motions.push(b);
}

/** "CONSUMERINFO.COM, INC. dba EXPERIAN CONSUMER SERVICES'": the caption party whose name ends the possessive. */
function possessorByWords(before: string, parties: PartyRef[]): Movant | null {
  // (titles are in capitals: "INC.'S", "SERVICES’"; a company suffix alone names no one)
  const m = /([A-Z][\w.&,-]*(?:\s+[A-Z][\w.&,-]*){0,3})\s*(?:['’][sS]|[sS]['’]|['’])\s*$/.exec(before.trim() + ' ');
  if (!m) return null;
  const name = m[1].toLowerCase().replace(/(?:,?\s*(?:inc|llc|corp|co|ltd|l\.l\.c)\.?)+$/, '').trim();
  if (name.length < 3) return null;
  const roles = new Set(parties.filter((p) => p.name.toLowerCase().includes(name)).map((p) => movantOf(p.role.split(/[-\s]/)[0])));
  roles.delete('unknown');
  return roles.size === 1 ? [...roles][0] : null;
}
