/**
 * Look-ups over the court table: by id, by citation string, by the name a caption prints.
 * Caption names compile once, at first use, into one trie-shaped regex (case-insensitive,
 * whitespace-flexible).
 */
import { trieSource } from '../../engine/trie.js';
import type { Span } from '../../engine/types.js';
import type { Court } from './types.js';
import { DISTRICT_STATES } from './federal-districts.js';
import { districtPhrase } from './federal.js';

/** `W.D. N.C.` -> `wdnc`; `Ct. Int'l Trade` -> `ctintltrade`. */
export function normalizeCitationString(s: string): string {
  return s.toLowerCase().replace(/[\s.'’,]+/g, '');
}

/**
 * Strip a citation parenthetical down to its court: `(W.D.N.C. Aug. 10, 2020)` -> `W.D.N.C.`,
 * `(3d Cir. 2020)` -> `3d Cir.`.
 */
export function courtPartOfParenthetical(s: string): string {
  return s
    .trim()
    .replace(/^\(/, '')
    .replace(/\)$/, '')
    // Aug. 10, 2020 | Sept. 3, 2019 | 2020
    .replace(/\s*(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*)?\d{4}\s*$/, '')
    .trim();
}

/** Look-up key of a caption name: case, whitespace and commas do not count. */
const captionKey = (s: string): string => s.toLowerCase().replace(/[\s,]+/g, '');

/**
 * Printed variants a caption name takes: `W.D. North Carolina` also as `W. D. North Carolina`,
 * `District Court, D. Alaska` also without the comma.
 */
function spellings(name: string): string[] {
  const lower = name.toLowerCase();
  const spaced = lower.replace(/\.(?=[a-z])/g, '. ');
  const out = new Set([lower, spaced]);
  for (const s of [lower, spaced]) if (s.includes(', ')) out.add(s.replace(/, /g, ' '));
  return [...out];
}

interface Index {
  byId: Map<string, Court>;
  byCite: Map<string, Court>;
  byCaption: Map<string, Court>;
  /** District phrase key -> [district court, bankruptcy court]. */
  byDistrictPhrase: Map<string, [Court, Court | undefined]>;
  /** Circuit phrase key -> [court of appeals, bankruptcy appellate panel]. */
  byCircuitPhrase: Map<string, [Court, Court | undefined]>;
  captionRe: RegExp;
}

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];

export function buildIndex(courts: readonly Court[]): Index {
  const byId = new Map<string, Court>();
  const byCite = new Map<string, Court>();
  const byCaption = new Map<string, Court>();
  for (const c of courts) {
    if (!byId.has(c.id)) byId.set(c.id, c);
    for (const s of [c.citationString, ...c.variants]) {
      const k = normalizeCitationString(s);
      if (k && !byCite.has(k)) byCite.set(k, c);
    }
    for (const s of [c.name, ...c.captionNames]) {
      const k = captionKey(s);
      if (k && !byCaption.has(k)) byCaption.set(k, c);
    }
  }
  const byDistrictPhrase = new Map<string, [Court, Court | undefined]>();
  for (const s of DISTRICT_STATES) {
    const prefix = s.idPrefix ?? s.code.toLowerCase();
    for (const dir of s.districts) {
      const d = byId.get(`${prefix}${dir}d`);
      const b = byId.get(!dir && s.bankruptcyId ? s.bankruptcyId : `${prefix}${dir}b`);
      if (d) byDistrictPhrase.set(captionKey(districtPhrase(s, dir)), [d, b]);
    }
  }
  const byCircuitPhrase = new Map<string, [Court, Court | undefined]>();
  const circuitPhrases: Array<[string, string]> = [
    ...ORDINAL_WORDS.slice(1).map((w, i): [string, string] => [`${w} circuit`, `${i + 1}`]),
    ['district of columbia circuit', 'dc'],
    ['d.c. circuit', 'dc'],
    ['federal circuit', 'fc'],
  ];
  for (const [phrase, n] of circuitPhrases) {
    const ca = byId.get(`ca${n}`);
    if (ca) byCircuitPhrase.set(captionKey(phrase), [ca, byId.get(`bap${n}`)]);
  }
  const words = new Set<string>();
  for (const c of courts) for (const s of [c.name, ...c.captionNames]) for (const v of spellings(s)) words.add(v);
  for (const s of DISTRICT_STATES) for (const dir of s.districts) words.add(districtPhrase(s, dir).toLowerCase());
  for (const [phrase] of circuitPhrases) words.add(phrase);
  // Whole words only: "District of Columbia" must not match inside "...District of Columbian".
  const captionRe = new RegExp(`(?<![A-Za-z])(?:${trieSource(words, { flexSpace: true })})(?![A-Za-z])`, 'gi');
  return { byId, byCite, byCaption, byDistrictPhrase, byCircuitPhrase, captionRe };
}

const LOOKBACK = 240;

/**
 * The court a caption names, with the span of the name. Looks in `text.slice(from, to)`.
 * A bare district phrase ("WESTERN DISTRICT OF NORTH CAROLINA") takes the court kind from the
 * nearest "DISTRICT COURT" / "BANKRUPTCY COURT" before it; a bare circuit phrase counts only
 * after "COURT OF APPEALS" or "APPELLATE PANEL".
 */
export function findCourtIn(index: Index, text: string, from = 0, to = text.length): { court: Court; span: Span } | null {
  const re = index.captionRe;
  const hay = to < text.length ? text.slice(0, to) : text;
  re.lastIndex = Math.max(0, from);
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    const key = captionKey(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    const before = hay.slice(Math.max(from, start - LOOKBACK), start);
    const district = index.byDistrictPhrase.get(key);
    if (district) {
      // UNITED STATES BANKRUPTCY COURT \n WESTERN DISTRICT OF NORTH CAROLINA
      const heads = [...before.matchAll(/(?:united\s+states\s+|u\.\s*s\.\s+)?(district|bankruptcy)\s+court\b/gi)];
      const head = heads[heads.length - 1];
      const court = head && /bankruptcy/i.test(head[1]) && district[1] ? district[1] : district[0];
      const s = head ? start - before.length + head.index : start;
      return { court, span: [s, end] };
    }
    const circuit = index.byCircuitPhrase.get(key);
    if (circuit) {
      // UNITED STATES COURT OF APPEALS \n\n FOURTH CIRCUIT
      const heads = [...before.matchAll(/(?:united\s+states\s+)?(?:(bankruptcy\s+)?appellate\s+panel|court\s+of\s+appeals)\b/gi)];
      const head = heads[heads.length - 1];
      if (!head) continue;
      const court = head[1] && circuit[1] ? circuit[1] : circuit[0];
      return { court, span: [start - before.length + head.index, end] };
    }
    const court = index.byCaption.get(key);
    if (court) return { court, span: [start, end] };
  }
  return null;
}
