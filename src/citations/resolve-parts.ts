/**
 * Small pure helpers of resolution: comparing reporters and names, reading pin cites, and telling a
 * string cite (`A, 1 U.S. 1; B, 2 U.S. 5.`) or parallel cites (`400 U.S. 10, 90 S. Ct. 200`) from
 * separate sentences by the text between two citations.
 */
import type { Citation } from './types.js';

const squashed = new Map<string, string>();

/** `F. 3d` / `F.3d` / `f3d` compare equal. (Reporters and volumes repeat: the results are kept.) */
export function squash(s: string | null | undefined): string {
  if (!s) return '';
  let v = squashed.get(s);
  if (v === undefined) {
    v = s.replace(/[\s.,]/g, '').toLowerCase();
    if (squashed.size > 20000) squashed.clear();
    squashed.set(s, v);
  }
  return v;
}

/** A page that is a number (or `*`-less Westlaw/Lexis page); `___` or `--` placeholders are no page. */
export function numericPage(c: Citation): number | null {
  if (!c.page || !/^\d+$/.test(c.page.trim())) return null;
  return Number(c.page.trim());
}


export type Pin = { kind: 'page'; page: number } | { kind: 'star' } | { kind: 'other' } | null;

/** `at 597`, `, 597-98`, `at *6`, `at ¶ 4`, `n.3`. */
export function parsePin(pin: string | null): Pin {
  if (!pin) return null;
  const p = pin.replace(/^[\s,]*(?:at\s+)?(?:pp?\.\s*)?/i, '');
  if (p === '') return null;
  if (p.startsWith('*')) return { kind: 'star' };
  const m = /^(\d+)/.exec(p);
  return m ? { kind: 'page', page: Number(m[1]) } : { kind: 'other' };
}

/** Can this pin belong to the pages of that full cite? Laws and record cites take any pin. */
export function pinFits(target: Citation, pin: Pin, maxPages: number): boolean {
  if (target.kind !== 'case' && target.kind !== 'journal') return true;
  const page = numericPage(target);
  if (pin === null) return true;
  if (page === null) return false;
  if (pin.kind === 'star') return true;
  if (pin.kind === 'other') return false;
  return pin.page >= page && pin.page <= page + maxPages;
}


const wordsOf = new Map<string, readonly string[]>();

/** `United States v. Raia` -> `united states v raia` as words (kept: party names repeat). Do not change the result. */
export function words(s: string): readonly string[] {
  let v = wordsOf.get(s);
  if (v === undefined) {
    v = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    if (wordsOf.size > 20000) wordsOf.clear();
    wordsOf.set(s, v);
  }
  return v;
}

/** One-edit tolerance (substitution, insertion or deletion) for words of three letters or more. */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Does `name` (the words as written) occur as a run of words in `target`? */
export function nameIn(name: readonly string[], target: readonly string[], tolerant: boolean): boolean {
  if (name.length === 0 || name.length > target.length) return false;
  for (let s = 0; s + name.length <= target.length; s++) {
    let ok = true;
    for (let k = 0; k < name.length && ok; k++) ok = tolerant ? nearlyEqual(name[k], target[s + k]) : name[k] === target[s + k];
    if (ok) return true;
  }
  return false;
}

export function caseNames(c: Citation): Array<readonly string[]> {
  const names: Array<readonly string[]> = [];
  const p = c.plaintiff ? words(c.plaintiff) : [];
  const d = c.defendant ? words(c.defendant) : [];
  // One run holds both parties (`united states v raia`): a name matches within either or across `v`.
  if (p.length && d.length) names.push([...p, 'v', ...d]);
  else if (p.length) names.push(p);
  else if (d.length) names.push(d);
  return names;
}


/**
 * The text between two citations of a string cite: a semicolon, no sentence end, no paragraph break.
 * Example: `(1990); see also ` or `; ` (parenthesized text is ignored).
 */
export function isStringSeparator(gap: string): boolean {
  if (gap.length > 600) return false;
  const g = withoutParens(gap);
  const semi = g.indexOf(';');
  return semi >= 0 && !hasSentenceEnd(g);
}

/** Between parallel cites: a pin and a comma (`, 595, `), no sentence end. */
export const isParallelGap = (gap: string) => gap.length < 120 && !hasSentenceEnd(withoutParens(gap));

/** `(holding that ...)` and nested parentheses removed. */
export function withoutParens(s: string): string {
  let g = s;
  for (let prev = ''; prev !== g; ) {
    prev = g;
    g = g.replace(/\([^()]*\)/g, ' ');
  }
  return g;
}

/** A period, `?` or `!` followed by more text, or a blank line; signals such as `e.g.,` `cf.` excepted. */
export function hasSentenceEnd(s: string): boolean {
  if (/\n[ \t]*\n/.test(s)) return true;
  const g = s.replace(/\b(?:e\.g|i\.e|cf|accord|see|but|contra|compare)\.?,?/gi, ' ');
  return /[.?!]["”’')\]]*\s+\S/.test(g);
}


/** `§ 3582(c)` with no code, title or chapter: a short form of the last law cite of that section. */
export function isBareSection(c: Citation): boolean {
  return c.kind === 'law' && !c.code && !c.title && !c.chapter && !!c.section;
}

export const sectionKey = (c: Citation) => (c.section ?? '').replace(/\(.*$/, '').trim();
