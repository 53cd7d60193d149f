/**
 * Sentences with their offsets. The coder reasons sentence by sentence: a finding, its subject and
 * its scope (the court's own words or someone else's) are read within one sentence.
 */
import type { Span } from '../../engine/types.js';
import { isSpace } from '../../text/space.js';

export { isSpace };

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block of lines) the sentence belongs to. */
  paragraph: number;
}

// Words whose trailing period does not end a sentence: "Doc. No. 55", "U.S.C.", "Cir.", "Mr. Smith".
const ABBREVIATIONS = new Set(
  (
    'no nos doc docs dkt dkts ecf mr mrs ms dr st inc co corp cir fed supp app stat pub crim civ ' +
    'u.s u.s.c u.s.s.g e.g i.e cf gov\'t govt def defs mot opp\'n opp mem ex exh jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec ct dist tenn ala ariz ark cal colo conn del fla ga ill ind ' +
    'kan ky la md mass mich minn miss mo mont neb nev okla or pa tex va vt wash wis wyo v vs ' +
    'seq al id at p pp para art ch sec r l s d n e w c j jr sr ann rev par'
  ).split(' '),
);

/** [A-Za-z.'’] by code unit (a regex test per character allocated a one-character string each time). */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 0x2019;
}

function isAbbreviation(text: string, dot: number): boolean {
  // The word before the period, e.g. "Doc" in "Doc. No." or "U.S" in "U.S. Const".
  let s = dot;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
  // (the word's characters are ASCII letters, '.', and apostrophes: lower-casing keeps its length)
  if (dot === s) return false;
  if (dot - s === 1) return true; // initials: "Max O. Cogburn"
  const word = text.slice(s, dot).toLowerCase().replace(/’/g, "'");
  if (ABBREVIATIONS.has(word)) return true;
  // Dotted abbreviations: "F.3d" is not a word here, but "D.N.J" and "U.S.C" are.
  return /^(?:[a-z]\.)+[a-z]$/.test(word);
}

// A sentence ends at . ? ! (optionally followed by closing quotes/brackets) then space and an
// opening capital, quote, bracket or digit: `... respond. See United States v. Raia`.
const BOUNDARY = /[.?!]["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9§])/g;
/** One of BOUNDARY's closing characters `"”’')]`. */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/** Split text into sentences; line breaks that end a paragraph (blank line or terminal punctuation) split too. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  eachSentence(text, (start, end, paragraph) => out.push({ start, end, text: text.slice(start, end), paragraph }));
  return out;
}

/**
 * The sentences of `text` in order, each as its trimmed [start, end) and paragraph index (what
 * `sentences` returns, without building its objects: a caller may build its own).
 */
export function eachSentence(text: string, emit: (start: number, end: number, paragraph: number) => void): void {
  let paragraph = 0;
  // Paragraph blocks: split at newlines; a newline inside a sentence (hard-wrapped text) is kept when
  // the line does not end with terminal punctuation and the next line starts lowercase.
  let bs = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      // (character tests, not a regex on two slices per line: the same answer, nothing allocated)
      const wrapped = i < text.length && i - bs > 30 && startsLowerOrParen(text.charCodeAt(i + 1)) && !endsTerminal(text, Math.max(bs, i - 3), i);
      if (!wrapped) {
        if (splitBlock(text, bs, i, paragraph, emit)) paragraph++;
        bs = i + 1;
      }
    }
  }
}

/** The sentences of one paragraph block [bStart, bEnd); false when the block is blank. */
function splitBlock(text: string, bStart: number, bEnd: number, paragraph: number, emit: (start: number, end: number, paragraph: number) => void): boolean {
  let k = bStart;
  while (k < bEnd && isSpace(text.charCodeAt(k))) k++;
  if (k === bEnd) return false;
  // (the block on its own: BOUNDARY's look-ahead must not see the next block)
  const block = text.slice(bStart, bEnd);
  let s = 0;
  BOUNDARY.lastIndex = 0;
  // `test`, not `exec` (no match array per boundary): the match is its mark and the closing
  // characters after it, so the mark is the last character before `lastIndex` that closes nothing.
  while (BOUNDARY.test(block)) {
    const e = BOUNDARY.lastIndex;
    let dot = e - 1;
    while (isCloser(block.charCodeAt(dot))) dot--;
    if (block.charCodeAt(dot) === 46 && isAbbreviation(block, dot)) continue;
    trimmed(text, bStart + s, bStart + e, paragraph, emit);
    s = e;
  }
  trimmed(text, bStart + s, bEnd, paragraph, emit);
  return true;
}

/** `/^[a-z(]/` on the text from a character (NaN past the end: false). */
const startsLowerOrParen = (c: number): boolean => (c >= 97 && c <= 122) || c === 40;

/** `/[.:;?!"”)\]]\s*$/` on `text.slice(from, to)`: a terminal mark, then only whitespace. */
function endsTerminal(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  if (j < from) return false;
  const c = text.charCodeAt(j);
  return c === 46 || c === 58 || c === 59 || c === 63 || c === 33 || c === 34 || c === 0x201d || c === 41 || c === 93;
}

function trimmed(text: string, s: number, e: number, paragraph: number, emit: (start: number, end: number, paragraph: number) => void): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) emit(s, e, paragraph);
}

/** Index of the sentence containing offset `pos` (binary search over sorted sentences). */
export function sentenceIndexAt(list: Sentence[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else if (list[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export const spanOf = (s: { start: number; end: number }): Span => [s.start, s.end];
