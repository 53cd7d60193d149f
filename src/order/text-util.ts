/** Small text helpers shared by the order stages: lines, sentences, name casing, fact building. */
import type { Fact, Span } from '../engine/types.js';

/** What every stage reads: the reading text, its lowercase copy, and the map back to the original. */
export interface ReadContext {
  text: string;
  lower: string;
  toOriginal(offset: number): number;
  /** End of the caption/header region in reading coordinates. */
  headEnd: number;
}

/** Map a reading-text span [s, e) to original-text coordinates. */
export function mapSpan(ctx: ReadContext, s: number, e: number): Span {
  if (e <= s) {
    const o = ctx.toOriginal(s);
    return [o, o];
  }
  return [ctx.toOriginal(s), ctx.toOriginal(e - 1) + 1];
}

export function fact<T>(ctx: ReadContext, value: T, s: number, e: number, rule: string, confidence: number): Fact<T> {
  return { value, span: mapSpan(ctx, s, e), rule, confidence };
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines of text[from, to), with offsets; trailing \r dropped. */
export function linesIn(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s < to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    let le = e;
    if (le > s && text.charCodeAt(le - 1) === 13) le--;
    out.push({ start: s, end: le, text: text.slice(s, le) });
    s = e + 1;
  }
  return out;
}

/** Offsets of the trimmed content of a line: [start, end) without surrounding blanks and markup stars. */
export function trimmed(line: Line): Line {
  let s = line.start;
  let e = line.end;
  const t = line.text;
  let i = 0;
  let j = t.length;
  while (i < j && /[\s*_]/.test(t[i])) i++;
  while (j > i && /[\s*_]/.test(t[j - 1])) j--;
  return { start: s + i, end: s + j, text: t.slice(i, j) };
}

/**
 * Bounds of the sentence around `pos`: back to the previous sentence end (". " before a capital,
 * a blank line, or a line that ends with a colon) and forward to the next one. Abbreviations such as
 * "No.", "Doc.", "U.S.C." and single initials do not end a sentence.
 */
export function sentenceAt(text: string, pos: number, limit = 1200): [number, number] {
  let s = pos;
  const minS = Math.max(0, pos - limit);
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 && (s < 2 || text.charCodeAt(s - 2) === 10 || /[.:;!?"”)\]]\s*$/.test(text.slice(Math.max(0, s - 4), s - 1)) || headingBefore(text, s - 1))) break;
    if ((c === 32 || c === 10) && isSentenceEnd(text, s - 1)) break;
    s--;
  }
  let e = pos;
  const maxE = Math.min(text.length, pos + limit);
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (c === 10 && (text.charCodeAt(e + 1) === 10 || /[.:;!?"”)\]]\s*$/.test(text.slice(Math.max(0, e - 3), e)) || headingBefore(text, e))) break;
    if ((c === 32 || c === 10) && isSentenceEnd(text, e)) break;
    e++;
  }
  return [s, e];
}

/** The line that ends at `nl` (a newline) is a heading: no lower-case letters. */
function headingBefore(text: string, nl: number): boolean {
  const ls = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(ls, nl);
  return line.trim().length > 0 && !/[a-z]/.test(line);
}

const NON_TERMINAL = /(?:\b(?:No|Nos|Doc|Docs|Dkt|Dkts|Mot|Def|Defs|Gov|Govt|Opp|Pl|Pls|Pet|Resp|Rec|Supp|Inc|Co|Corp|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|v|vs|Cir|Fed|App|Civ|Crim|Cr|Cv|Ct|Dist|Ex|Ltr|Mem|Br|Reply|Stat|Pub|L|R|P|U\.S|U\.S\.C|S\.D|N\.D|E\.D|W\.D|M\.D|C\.D|D|F|et al|e\.g|i\.e|cf|id|Id|Sec|Art|Ch|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.)$/;

/** True when the character at `i` (a blank) follows a sentence end. */
function isSentenceEnd(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  // ". " ; '." ' ; '.) '
  let k = i - 1;
  while (k > 0 && (text[k] === '"' || text[k] === '”' || text[k] === ')' || text[k] === '’' || text[k] === "'")) k--;
  const ch = text[k];
  if (ch !== '.' && ch !== '!' && ch !== '?') return prev === 10 ? false : false;
  if (ch === '.') {
    const tail = text.slice(Math.max(0, k - 12), k + 1);
    if (NON_TERMINAL.test(tail)) return false;
  }
  // Next non-blank must look like a sentence start.
  let n = i;
  while (n < text.length && (text[n] === ' ' || text[n] === '\n' || text[n] === '\t')) n++;
  const next = text[n];
  return next === undefined || /[A-Z0-9"“(\[]/.test(next);
}

const SMALL = new Set(['of', 'the', 'and', 'in', 're', 'for', 'a', 'an', 'de', 'la', 'del', 'von', 'van', 'ex', 'rel', 'on', 'to']);

/** "VLADIMIR ALEXEYEVICH ZALAKOV" -> "Vladimir Alexeyevich Zalakov"; mixed-case input is kept. */
export function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  return s
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => {
      if (/^\s+$|^-$/.test(w) || w === '') return w;
      if (i > 0 && SMALL.has(w)) return w;
      if (/^(?:ii|iii|iv|vi|vii|viii)$/.test(w)) return w.toUpperCase();
      if (/^(?:llc|lp|llp|inc\.?|n\.a\.|u\.s\.a?\.?|fbi|bop)$/.test(w)) return w.toUpperCase().replace('INC', 'Inc');
      if (/^mc[a-z]/.test(w)) return 'Mc' + w[2].toUpperCase() + w.slice(3);
      return w.replace(/(^|['’.])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join('');
}

/** Collapse runs of blanks (line breaks inside a caption name). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
