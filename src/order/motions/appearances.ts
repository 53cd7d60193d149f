/**
 * The appearance lines a reporter or case-law site prints between the caption and the opinion, read as each side's
 * counsel status: "Ann Roe, Roe & Poe LLP, Dayton, OH, for Acme Tool Co." (counsel for the party the caption names
 * Acme Tool Co.) · "John Doe, Lewisburg, PA, pro se." · "Jane Q. Public, in pro. per." (a party of its own).
 * Lines that name the side by its role ("..., for Plaintiff.") are read in finish.ts; these name the party itself.
 */
import type { Movant } from '../types.js';
import { movantOf, roleOfName, sovereignRole, type PartyRef } from './movant.js';

export interface SideStatus {
  proSe: boolean;
  span: [number, number];
}

// "<lawyers>, for <party>." as one line (the lawyers' part must look like one: a firm or office word, or a "City, ST," place)
const COUNSEL_LINE = /^[ \t]*\*?\d*[ \t]*([A-Z][^\n]{2,400}?),[ \t]+(?:(?:attorneys?|counsel)[ \t]+)?for[ \t]+([^\n]{2,160}?)\.?[ \t]*$/gm;
const LAWYERISH = /\b(?:LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.|P\.S\.C\.|Esq|Attorneys?|Atty|Counsel|Defenders?|Office|Department|Law|Legal|Solicitor|Prosecutor|General)\b|,[ \t]*[A-Z]{2}[ \t]*,|,[ \t]*(?:[A-Z][a-z]{1,4}\.[ \t]*)+,|,[ \t]*[A-Z][a-z]+,[ \t]*[A-Z][a-z]+[ \t]*,/;
// A sentence of the opinion that happens to end "..., for the defendant." (verbs an appearance line never holds)
const PROSE = /\b(?:is|are|was|were|has|have|had|will|would|shall|must|may|filed|moved|argues|argued|asks|seeks|reasons?)\b/;
// "<party>, [place,] pro se." · "in pro. per." · "pro per" · "in propria persona"
const PRO_SE_LINE = /^[ \t]*\*?\d*[ \t]*([A-Z][^\n,]{1,60}?)(?:,[^\n]{0,80}?)?,?[ \t]+(?:pro[ \t]+se|in[ \t]+pro(?:\.[ \t]*|[ \t]+)per\.?|pro[ \t]+per\.?|in[ \t]+propria[ \t]+persona)\b[^\n]{0,60}$/gim;
const SOVEREIGN = /^(?:the\s+)?(?:U\.\s?S\.(?:A\.)?|USA|United\s+States(?:\s+of\s+America)?|Government|State|People|Commonwealth)\b/i;
const SIDE = /^(?:the\s+)?((?:plaintiff|defendant|petitioner|respondent|appellant|appellee|movant|debtor)s?(?:[-\s](?:appellants?|appellees?|petitioners?|respondents?))?)\b/i;
// Words of a party name that say nothing of which party it is
const COMMON = /^(?:Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|Companies|Ltd|LLP|Group|Holdings|The|And|Et|Al|Of|For|America|American|National|United|States|County|City|Department|Estate|Trust|Bank|Mr|Mrs|Ms|Dr|Jr|Sr|III|II)$/i;

/** The caption role a line's party words name, or null: a side word, the sovereign, or a caption party's distinctive name. */
function roleOf(target: string, parties: PartyRef[], criminal: boolean): Movant | null {
  const t = target.trim().replace(/,?\s+et\s+al\.?$/i, '');
  const side = SIDE.exec(t);
  if (side) {
    const parts = side[1].split(/[-\s]+/);
    const role = movantOf(parts.find((x) => /^appell/i.test(x)) ?? parts[0]);
    return role === 'unknown' ? null : role;
  }
  const sov = SOVEREIGN.exec(t);
  if (sov) {
    const word = /^(?:the\s+)?(?:U\.|USA|United)/i.test(sov[0]) ? 'United States' : sov[0].replace(/^the\s+/i, '');
    return sovereignRole(word, parties);
  }
  const roles = new Set<Movant>();
  for (const w of t.split(/[\s,;]+/)) {
    const word = w.replace(/[.,'’]+$/, '');
    if (!/^[A-Z][A-Za-z'’-]{2,}$/.test(word) || COMMON.test(word)) continue;
    const r = roleOfName(word, parties);
    if (r) roles.add(r);
  }
  if (roles.size === 1) return [...roles][0];
  // (a prosecution with no caption parties read: whoever is not the sovereign is the accused)
  if (roles.size === 0 && criminal && parties.length === 0 && /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}$/.test(t)) return 'defendant';
  return null;
}

/** Each side's counsel status from the head's appearance lines (a side with lines both ways is left out). */
export function appearanceSides(head: string, parties: PartyRef[], criminal: boolean): Map<Movant, SideStatus> {
  const found = new Map<Movant, SideStatus[]>();
  const add = (role: Movant | null, s: SideStatus): void => {
    if (role && role !== 'unknown') found.set(role, [...(found.get(role) ?? []), s]);
  };
  // (only lines short enough to be one, holding the words: most heads hold no such line, and prose lines are long)
  const counselLines: RegExpExecArray[] = [];
  const proSeLines: RegExpExecArray[] = [];
  for (let at = 0; at < head.length; ) {
    let end = head.indexOf('\n', at);
    if (end < 0) end = head.length;
    if (end - at <= 600) {
      const line = head.slice(at, end);
      const shift = (m: RegExpExecArray): RegExpExecArray => Object.assign(m, { index: m.index + at });
      if (/,[ \t]+(?:(?:attorneys?|counsel)[ \t]+)?for[ \t]/i.test(line)) for (const m of line.matchAll(COUNSEL_LINE)) counselLines.push(shift(m));
      if (/\bpro[ \t.]|propria/i.test(line)) for (const m of line.matchAll(PRO_SE_LINE)) proSeLines.push(shift(m));
    }
    at = end + 1;
  }
  for (const m of counselLines) {
    if (!LAWYERISH.test(m[1]) || PROSE.test(m[1]) || /\bpro\s+se\b/i.test(m[0])) continue;
    // (several parties of one line: "for Ann Roe and Acme Tool Co." · "for Jones Motor Group, Inc., et al.")
    const roles = new Set(m[2].split(/;|\s+and\s+/).map((x) => roleOf(x, parties, criminal)));
    if (roles.size === 1) add([...roles][0], { proSe: false, span: [m.index, m.index + m[0].length] });
  }
  for (const m of proSeLines) {
    if (m[0].length > 180 || PROSE.test(m[0])) continue;
    // (the side the line names after it: "Carl Doe, Dayton, OH, pro se, for Defendant." · "..., Defendant Pro Se.")
    const side = /\bpro\s+se,?\s+for\s+(?:the\s+)?([a-z-]+)/i.exec(m[0]) ?? /\b([a-z-]+),?\s+pro\s+se\b/i.exec(m[0]);
    const named = side ? roleOf(side[1], [], false) : null;
    const role = named ?? roleOf(m[1], parties, false) ?? (criminal ? 'defendant' : null);
    add(role, { proSe: true, span: [m.index, m.index + m[0].length] });
  }
  const out = new Map<Movant, SideStatus>();
  for (const [role, list] of found) if (list.every((s) => s.proSe === list[0].proSe)) out.set(role, list[0]);
  return out;
}
