/**
 * Compiles a reporter table once: one trie-shaped regex source for every spelling, and a lookup
 * from what was written to the entries it can mean. Dots and spaces inside an abbreviation are
 * flexible ("F. Supp. 2d", "F.Supp.2d", "F Supp 2d" and "F.Supp. 2d" are one reporter).
 */
import { trieSource } from '../engine/trie.js';
import type { ReporterEntry } from '../data/reporters.js';

/** Placeholders the trie passes through untouched; replaced by regex after compilation. */
const SEP = '\u0001'; // a run of dots/spaces inside an abbreviation
const END_DOT = '\u0002'; // a final dot
const APOS = '\u0003'; // ' or ’

export interface ReporterIndex {
  /** Regex source (no groups) matching any spelling. */
  source: string;
  /** Entries for a spelling as found in text; empty when unknown. */
  lookup(found: string): ReporterEntry[];
  /** True when the spelling is acceptable as written (dotless forms need a digit, a space or a listing). */
  accepts(found: string): boolean;
  /** Regex class body of the characters a spelling can begin with (see `firstCharClass`). */
  first: string;
  entries: ReporterEntry[];
}

/** `F. Supp. 2d` -> `FSupp2d`: the key that every spelling of one abbreviation shares. */
export const reporterKey = (s: string): string => s.replace(/[’`]/g, "'").replace(/[.\s]+/g, '');

/** Marks the flexible places of one spelling for the trie. */
function marked(spelling: string): string {
  let out = '';
  const s = spelling.trim();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '.' || c === ' ') {
      let j = i;
      while (j < s.length && (s[j] === '.' || s[j] === ' ')) j++;
      out += j >= s.length ? END_DOT : SEP;
      i = j - 1;
    } else if (c === "'" || c === '’') out += APOS;
    else out += c;
  }
  return out;
}

const flexSource = (markedWords: Iterable<string>): string =>
  trieSource(markedWords)
    .split(SEP).join('(?:\\.?\\s*)')
    .split(END_DOT).join('(?:\\.)')
    .split(APOS).join("['’]");

/**
 * Regex class body of the characters a spelling can begin with in text: always `A-Z&`, plus any other
 * first character (a leading dot, an apostrophe, a lower-case letter) found among `spellings`.
 */
export function firstCharClass(spellings: Iterable<string>): string {
  const extra = new Set<string>();
  for (const spelling of spellings) {
    const s = spelling.trim();
    let i = 0;
    // ". Foo" / "Foo": a leading dot or space is optional in text (see `marked`).
    for (; i < s.length && (s[i] === '.' || s[i] === ' '); i++) if (s[i] === '.') extra.add('.');
    const c = s[i];
    if (c === undefined || /[A-Z&]/.test(c)) continue;
    if (c === "'" || c === '’') extra.add("'").add('’');
    else extra.add(c);
  }
  return 'A-Z&' + [...extra].sort().map((c) => (/[\\\]\[^-]/.test(c) ? '\\' + c : c)).join('');
}

/** Trie-shaped regex source for abbreviations, with flexible inner dots and spaces. */
export const flexTrieSource = (spellings: Iterable<string>): string => flexSource([...spellings].map(marked));

export function buildReporterIndex(entries: ReporterEntry[]): ReporterIndex {
  const byKey = new Map<string, ReporterEntry[]>();
  const listed = new Set<string>();
  const words = new Set<string>();
  for (const e of entries) {
    for (const spelling of [e.abbr, ...(e.variants ?? [])]) {
      if (!spelling.trim()) continue;
      const key = reporterKey(spelling);
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
      listed.add(spelling.replace(/’/g, "'"));
      words.add(marked(spelling));
    }
  }
  const source = flexSource(words);
  const seen = new Map<string, ReporterEntry[]>();
  return {
    source,
    first: firstCharClass(entries.flatMap((e) => [e.abbr, ...(e.variants ?? [])])),
    entries,
    lookup(found) {
      // The same few spellings come back in every opinion: their keys are computed once.
      let list = seen.get(found);
      if (list === undefined) {
        list = byKey.get(reporterKey(found)) ?? [];
        if (seen.size >= 10_000) seen.clear();
        seen.set(found, list);
      }
      return list;
    },
    accepts(found) {
      const f = found.replace(/’/g, "'");
      if (listed.has(f) || /[.\d]/.test(f)) return true;
      // "F Supp", "D Kan": spaced dotless forms are fine; a lone bare word must be listed.
      if (/\s/.test(f)) return true;
      return (byKey.get(reporterKey(f)) ?? []).some((e) => !/\./.test(e.abbr));
    },
  };
}

/** Pick among the entries a spelling can mean, by year when known. */
export function chooseReporter(cands: ReporterEntry[], year: number | null): ReporterEntry | null {
  if (cands.length === 0) return null;
  if (cands.length === 1 || year === null) return cands[0];
  const fit = cands.filter((e) => year >= e.years[0] - 1 && (e.years[1] === null || year <= e.years[1] + 1));
  return fit[0] ?? cands[0];
}
