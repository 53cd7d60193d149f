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
  /** "illinois|circuit court" -> the state's trial court of that kind (state-trial-courts.ts). */
  trialByState: Map<string, Court>;
  /** The names of the states in trialByState, a state not followed by "County" ("WASHINGTON COUNTY" is a county). */
  trialStateRe: RegExp | null;
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
  const trialByState = new Map<string, Court>();
  for (const c of courts) {
    // A generated name reads "<Kind> of <State>": "Circuit Court of Illinois", "Court of Common Pleas of Pennsylvania"
    const kind = c.level === 'state-trial' ? /^(.+? Court|Court of Common Pleas) of (?:the (?:State|Commonwealth) of )?([A-Z][A-Za-z ]+)$/.exec(c.name) : null;
    if (kind) trialByState.set(`${kind[2].toLowerCase()}|${kind[1].toLowerCase()}`, c);
  }
  const stateNames = [...new Set([...trialByState.keys()].map((k) => k.split('|')[0]))].sort((a, b) => b.length - a.length);
  const trialStateRe = stateNames.length
    ? new RegExp(`\\b(${stateNames.map((n) => n.replace(/ /g, '[ \\t]+')).join('|')})\\b(?![ \\t]+(?:COUNTY|CITY)\\b)`, 'i')
    : null;
  return { byId, byCite, byCaption, byDistrictPhrase, byCircuitPhrase, captionRe, trialByState, trialStateRe };
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
    // (a federal court printed as "United States District Court of Colorado" is no state court)
    if (court && !(court.level === 'state-trial' && /\b(?:united\s+states|u\.\s*s\.)\s*$/i.test(before))) return { court, span: [start, end] };
  }
  return findCountyCourt(index, hay, from);
}

// A state trial court named by its county or circuit, its state on the same line or a line around it: "IN THE CIRCUIT COURT
// OF COOK COUNTY, ILLINOIS" · "STATE OF MICHIGAN / IN THE CIRCUIT COURT FOR THE COUNTY OF WAYNE" · "IN THE CIRCUIT COURT OF THE
// ELEVENTH JUDICIAL CIRCUIT / IN AND FOR MIAMI-DADE COUNTY, FLORIDA" · "IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY,
// PENNSYLVANIA" · "VIRGINIA: / IN THE CIRCUIT COURT OF FAIRFAX COUNTY" (the kind word opens the line) · "IN THE COMMON PLEAS
// COURT OF FRANKLIN COUNTY, OHIO" (Ohio's order of words) · "IN THE OF COMMON PLEAS OF ROE COUNTY, PENNSYLVANIA" (a site
// that drops linked words lost "COURT": "Common Pleas" names no other thing)
const COUNTY_COURT_LINE = /^[ \t*_]*(?:(?:IN[ \t]+)?THE[ \t]+)?(?:[A-Z0-9][\w-]*[ \t]+(?:JUDICIAL[ \t]+)?)?((?:CIRCUIT|SUPERIOR|DISTRICT|FAMILY|SURROGATE['’]?S)[ \t]+COURT|COURT[ \t]+OF[ \t]+COMMON[ \t]+PLEAS|(?<!COURT[ \t]{1,3})OF[ \t]+COMMON[ \t]+PLEAS|COMMON[ \t]+PLEAS[ \t]+COURT)\b([^\n]*)(?:\n([^\n]*))?(?:\n([^\n]*))?/gim;
const COUNTY_WORD = /\b(?:COUNTY|COUNTIES|PARISH|CITY|JUDICIAL|BOROUGH)\b/i;
const CAPTION_WORDS = /\b(?:county|counties|parish|city|judicial|circuit|district|state|commonwealth|division|department|part|civil|criminal|family|chancery|probate|juvenile|general|session|term|within|sitting|held)\b/gi;
// (lower-case words of four letters or more; the caption words above removed first)
const PROSE_WORD = /\b[a-z]{4,}\b/;
const NOT_STATE_TRIAL = /\b(?:UNITED[ \t]+STATES|U\.[ \t]*S\.|BANKRUPTCY|APPEALS?|APPELLATE)\b/i;

// The kind as `trialByState` keys it: "Common Pleas Court" and "of Common Pleas" are "court of common pleas".
const kindKey = (kind: string) =>
  kind.replace(/[ \t]+/g, ' ').toLowerCase().replace(/^surrogate['’]?s/, "surrogate's").replace(/^(?:court of |of )?common pleas(?: court)?$/, 'court of common pleas');

function findCountyCourt(index: Index, hay: string, from: number): { court: Court; span: Span } | null {
  const stateRe = index.trialStateRe;
  if (!stateRe) return null;
  const re = COUNTY_COURT_LINE;
  re.lastIndex = Math.max(0, from);
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    const line = m[0].split('\n')[0];
    re.lastIndex = m.index + line.length + 1;
    if (line.length > 160 || NOT_STATE_TRIAL.test(line)) continue;
    const rest = m[2];
    const next = m[3] ?? '';
    const kindAt = m.index + m[0].indexOf(m[1]);
    // (a sentence is no caption line: "The Circuit Court of Cook County, Illinois, denied the motion")
    if (PROSE_WORD.test(rest.replace(CAPTION_WORDS, ''))) continue;
    const county = COUNTY_WORD.test(`${rest} ${next}`);
    const lines = hay.slice(Math.max(from, m.index - 200), m.index).split('\n').slice(-3).join('\n');
    // A court line alone under its state: "COMMONWEALTH OF MASSACHUSETTS / SUFFOLK, ss. / SUPERIOR COURT"
    const alone = !rest.trim() ? /\b(?:STATE|COMMONWEALTH)[ \t]+OF[ \t]+/i.exec(lines) : null;
    if (alone) {
      const st = stateRe.exec(lines.slice(alone.index + alone[0].length));
      const kind = kindKey(m[1]);
      const court = st && st.index === 0 ? index.trialByState.get(`${st[1].replace(/\s+/g, ' ').toLowerCase()}|${kind}`) : undefined;
      if (court) return { court, span: [kindAt, kindAt + m[1].length] };
    }
    // The state: after the kind on its line ("... COOK COUNTY, ILLINOIS" or "... FOR THE STATE OF DELAWARE"), else, beside a
    // county word, on the next line or on one of the two lines above ("STATE OF MICHIGAN").
    let state = stateRe.exec(rest);
    let stateEnd = state ? kindAt + m[1].length + state.index + state[0].length : -1;
    if (state && !county && !/\bSTATE\s+OF\s*$/i.test(rest.slice(0, state.index))) continue;
    if (!state && county && (state = stateRe.exec(next))) stateEnd = m.index + line.length + 1 + state.index + state[0].length;
    // (the county on the next line, its state on the one after: "IN THE COURT OF COMMON PLEAS / OF CUMBERLAND COUNTY, /
    // PENNSYLVANIA", a column's lines)
    const after = m[4] ?? '';
    if (!state && county && COUNTY_WORD.test(next) && after.length < 60 && (state = stateRe.exec(after)) && !after.slice(0, state.index).trim()) {
      stateEnd = m.index + line.length + 1 + next.length + 1 + state.index + state[0].length;
    }
    if (!state && county) state = stateRe.exec(lines);
    if (!state) continue;
    const kind = kindKey(m[1]);
    const court = index.trialByState.get(`${state[1].replace(/\s+/g, ' ').toLowerCase()}|${kind}`);
    if (!court) continue;
    const end = stateEnd > 0 ? stateEnd : m.index + line.trimEnd().length;
    return { court, span: [kindAt, end] };
  }
  return null;
}
