/**
 * Case name look-back: from a citation core back to, never past, the end of the previous citation,
 * so "Brown v. Board, 347 U.S. 483 (1954), and Miranda v. Arizona, 384 U.S. 436" gives Miranda its own
 * parties. Also reads a year written before the cite (California style "In re K.F. (2009) 1 U.S. 1").
 */
import { parseCourtYear } from './postcite.js';
import { isSpace } from '../text/space.js';

export interface CaseName {
  plaintiff: string | null;
  defendant: string | null;
  /** Where the name starts (fullSpan start). */
  start: number;
  /** Year/court written between the name and the cite: "(2009)", "(S.D.N.Y. 1973)". */
  pre: { courtText: string; year: number | null; date: string | null } | null;
  /** The last word before the cite when there is no "v.": the antecedent of a short form. */
  lastWord: string | null;
}

const WINDOW = 240;
// Words that may end in a period inside a party name.
export const ABBREV: ReadonlySet<string> = new Set(
  ("Corp. Inc. Co. Ltd. Bros. Ass'n Ass’n Dep't Dep’t Cmty. Coll. Sys. Prods. Indus. Int'l Int’l Nat'l Nat’l Mut. Ins. Sav. Fed. Gov't Gov’t " +
    "Univ. Hosp. Servs. Serv. Dist. Auth. Comm'n Comm’n Bd. Educ. Sch. Twp. Cnty. Cty. Mfg. Am. Elec. Tel. Res. Envtl. Mgmt. Fin. Grp. " +
    'Sec. Corr. Facility. Par. Fla. Cal. Tex. Pa. Ill. Mich. Ohio. Va. Wash. Mass. Conn. Ga. N.Y. U.S. St. Mt. Ft. Jr. Sr. L.L.C. L.P. N.A. P.C. P.A. Cos. Ctr. Med. Assocs. Admin. Agric. Transp. Dev. Hous. Pub. Ry. R.R. Rd. Ave. Bldg. Cas. Ind. Emps. Workers. Prof. Ass. Co-op. Coop. Mun. Reg. Adver. Commc\'ns Commc’ns Distrib. Equip. Hldgs. Invs. Entm\'t Entm’t Pharm. Labs. Techs. Tech. Petrol. Ret. Sols. Nw. Ne. Sw. Se. Gen. Super. Dr. Mr. Mrs. Ms. Prop. Props. Lab. Mktg. Info. Ent. Mach. Const. Constr. Contracting. Cmtys. Enters. Invs. Mgmt. Partners. Sys. Comput.').split(' '),
);
const CONNECT = new Set(['of', 'the', 'and', '&', 'for', 'ex', 'rel.', 'de', 'del', 'la', 'van', 'von', 'on', 'by', 'through', 'd/b/a', 'et', 'al.', 'a', 'an', 'to', 'du', 'le', 'des', 'v', 'v.']);
const SIGNALS = new Set(['See', 'See,', 'Cf.', 'But', 'Accord', 'Accord,', 'Compare', 'Contra', 'E.g.,', 'Also', 'In', 'Under', 'And', 'Citing', 'Quoting', 'Per', 'Following', 'Unlike', 'As', 'Like', 'When', 'While', 'Although', 'Because', 'Since', 'After', 'Before', 'Here', 'There', 'Thus', 'Therefore', 'However', 'Moreover', 'See also', 'The', 'This', 'That', 'These', 'Those', 'Id.', 'Ibid.', 'Similarly', 'Further', 'Furthermore', 'Applying', 'Relying', 'Plaintiff', 'Defendant']);
const CORP_SUFFIX = /^(?:Inc\.|Co\.|Corp\.|Ltd\.|LLC|L\.L\.C\.|L\.P\.|LLP|N\.A\.|P\.C\.|P\.A\.|S\.A\.|S\.C\.|U\.S\.A\.|Jr\.|Sr\.)[,]?$/;

// Trailing matter between a name and its cite, peeled off from the end of the window. Each peel runs
// only when a cheap test says it may apply (`$`-anchored patterns are tried at every position).
const TRAIL = new Set([' ', '\n', '\r', '\t', '\u00a0', ',', ';', ':', '[', '(', '“', '"', '”', '’']);
const TAIL_PEELS: Array<[test: (tail: string) => boolean, re: RegExp]> = [
  // — U.S. —,  ___ Nev. ___
  [(t) => /[_—–]|--/.test(t), /(?:^|\s)(?:[_—–-]{1,}|-{2,})\s+[A-Z][A-Za-z. ]{0,20}?\s+(?:[_—–-]{1,})\s*,?\s*$/],
  // (In re Vieland),
  [(t) => t.endsWith(')'), /\((?:In re|Ex parte|Matter of)[^()]{0,80}\)\s*,?\s*$/],
  // No. 99 Civ. 9404 (SHS),
  [(t) => t.includes('No'), /,?\s*No(?:s)?\.\s*[\w:.\-–\s]{1,40}?(?:\([A-Z]{1,8}\))?\s*,?\s*$/],
  // *528  (a star page between the name and the cite)
  [(t) => t.includes('*'), /\s*\*\d{1,5}\s*$/],
  // 95-0754, p. 3  (Louisiana docket number)
  [(t) => /\d$/.test(t), /,?\s*\d{2}-\d{3,6}(?:,\s*p\.\s*\d+)?\s*$/],
];

function trimTrail(w: string): string {
  let e = w.length;
  while (e > 0 && TRAIL.has(w[e - 1])) e--;
  return e === w.length ? w : w.slice(0, e);
}

const isLowerStart = (t: string) => /^[a-z]/.test(t);
// Module-level global regexes (lastIndex reset before each use): no regex object per call.
// "Smith v. Jones", "Smith vs. Jones", "Smith v Jones"
const V_SEP = /[\s\u200b](?:v|vs)\.?\s+/g;

export function lookBackName(text: string, start: number, lowerBound: number): CaseName {
  const from = Math.max(lowerBound, start - WINDOW);
  let w = text.slice(from, start);
  let pre: CaseName['pre'] = null;
  for (let round = 0; round < 6; round++) {
    const before = w.length;
    // Peel on the last 100 characters only: `$`-anchored patterns cost the window's length squared.
    w = trimTrail(w);
    const cut = Math.max(0, w.length - 100);
    let tail = w.slice(cut);
    for (const [test, re] of TAIL_PEELS) if (test(tail)) tail = trimTrail(tail.replace(re, ''));
    if (tail.length !== w.length - cut) w = w.slice(0, cut) + tail;
    // (2009) / (S.D.N.Y. 1973) / (La.App. 1 Cir. 12/15/95) written before the cite
    const p = w.endsWith(')') || /\)\s*,?\s*$/.test(w.slice(-4)) ? /\(([^()]{1,60})\)\s*,?\s*$/.exec(w.slice(-70)) : null;
    if (p) {
      p.index += Math.max(0, w.length - 70);
      const cy = parseCourtYear(p[1]) ?? (/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(p[1]) ? { courtText: p[1], year: null, date: null } : null);
      if (cy) {
        pre ??= cy;
        w = w.slice(0, p.index);
      }
    }
    if (w.length === before) break;
  }
  const none: CaseName = { plaintiff: null, defendant: null, start, pre, lastWord: null };
  if (!w.trim()) return none;
  // The last " v. " in the window (also "v", "vs.").
  let vAt = -1;
  let vEnd = -1;
  const vre = V_SEP;
  vre.lastIndex = 0;
  // (`test`, not `exec`: the match ends after all the blanks that follow "v", "v." or "vs.", so its
  // start is found from its end: back over the blanks, the period, "vs" or "v", and one blank.)
  while (vre.test(w)) {
    vEnd = vre.lastIndex;
    let q = vEnd;
    while (isSpace(w.charCodeAt(q - 1))) q--;
    if (w.charCodeAt(q - 1) === 46) q--;
    q -= w.charCodeAt(q - 1) === 115 && w.charCodeAt(q - 2) === 118 ? 2 : 1;
    vAt = q - 1;
  }
  const lastWord = lastWordOf(w);
  if (vAt < 0) {
    const off = Math.max(0, w.length - 110);
    const re = /(?:In [Rr]e|Matter of|Ex parte|Estate of|Application of)\s/.test(w.slice(off)) ? /(?:^|[\s(])((?:In [Rr]e|In the Matter of|Matter of|Ex parte|Estate of|Application of)\s+[^,;()]{1,80}?)\s*,?\s*$/.exec(w.slice(off)) : null;
    if (re) {
      const s = from + off + re.index + re[0].indexOf(re[1]);
      const party = re[1].trim();
      return { plaintiff: null, defendant: party.replace(/^(?:In [Rr]e|In the Matter of|Matter of|Ex parte|Estate of|Application of)\s+/, ''), start: s, pre, lastWord: party };
    }
    return { ...none, lastWord };
  }
  let defendant = w.slice(vEnd).replace(/[\s,]+$/, '');
  if (!defendant || defendant.length > 150 || /[;]|\.\s+[a-z]{3,}\s|\n\s*\n/.test(defendant)) return { ...none, lastWord };
  // Plaintiff: walk back word by word.
  // At most ten words of plaintiff: the last 140 characters before "v." are enough.
  // The window's words from `headFrom` up to "v.", read backward from the "v." (most names stop
  // after a few words): each a whitespace-free run; a run that starts right at `headFrom` may be cut
  // and is not read (unless the window starts there).
  const headFrom = Math.max(0, vAt - 140);
  const taken: Array<{ t: string; at: number }> = [];
  for (let e = vAt; taken.length < 10; ) {
    while (e > headFrom && isSpace(w.charCodeAt(e - 1))) e--;
    if (e <= headFrom) break;
    let at = e;
    while (at > headFrom && !isSpace(w.charCodeAt(at - 1))) at--;
    if (at === headFrom && headFrom > 0) break;
    const t = w.slice(at, e);
    e = at;
    const core = t.replace(/^[“"‘'(\[]+/, '');
    if (taken.length > 0 && /[;:)\]]$/.test(t)) break;
    if (taken.length > 0 && t.endsWith(',') && !CORP_SUFFIX.test(taken[0].t)) break;
    if (SIGNALS.has(core) || SIGNALS.has(core.replace(/,$/, ''))) break;
    if (isLowerStart(core) && !CONNECT.has(core)) break;
    if (!/^[A-Z0-9&'’]/.test(core) && !CONNECT.has(core)) break;
    // A sentence end: "... the court held. Smith v. Jones" (but keep abbreviations like "Corp.")
    if (taken.length > 0 && !CONNECT.has(core) && /[a-z]{3,}\.$/.test(core) && !ABBREV.has(core) && /^[A-Z]/.test(core) === false) break;
    if (taken.length > 0 && /^[A-Z][a-z]{5,}\.$/.test(core) && !ABBREV.has(core)) break;
    taken.unshift({ t: core, at: at + (t.length - core.length) });
  }
  // Leading connectors are not part of a name ("of", "the").
  while (taken.length && CONNECT.has(taken[0].t) && taken[0].t !== '&') taken.shift();
  if (taken.length === 0) return { plaintiff: null, defendant: cleanParty(defendant), start: from + vAt + 1, pre, lastWord };
  const plaintiff = w.slice(taken[0].at, vAt).trim();
  return { plaintiff: cleanParty(plaintiff), defendant: cleanParty(defendant), start: from + taken[0].at, pre, lastWord };
}

/** Blanks collapsed to one space, leading quotes/brackets and trailing quotes/commas off (each step only when it changes something). */
function cleanParty(s: string): string {
  let t = /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
  if (/^[“"‘'(\[]/.test(t) || /[\s,”"’]$/.test(t)) t = t.replace(/^[“"‘'(\[]+|[\s,”"’]+$/g, '');
  return t.trim();
}

/** The last word of a window ("Raia" in "... see Raia, "), or null. */
function lastWordOf(w: string): string | null {
  let e = w.length;
  while (e > 0 && (w[e - 1] === ' ' || w[e - 1] === ',' || w[e - 1] === '\n')) e--;
  let s = e;
  while (s > 0 && /[\w'’&.-]/.test(w[s - 1])) s--;
  while (s < e && !/[A-Za-z]/.test(w[s])) s++;
  if (s >= e) return null;
  const word = w.slice(s, e);
  return /^[A-Za-z][\w'’&-]*\.?$/.test(word) ? word : null;
}
