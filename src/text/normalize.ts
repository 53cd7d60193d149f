/**
 * The reading text: the original text without page furniture (ECF headers, pleading line numbers),
 * with end-of-line hyphenation joined, typographic characters folded to ASCII, CRLF as LF and runs of
 * spaces collapsed, plus a map from every reading offset back to the original text.
 *
 * Hyphenation rule: `word-` at the end of a line followed by a lowercase word on the next line is
 * joined. The document decides first: if the hyphenated form (`non-violent`) occurs elsewhere in it,
 * the hyphen stays; else if the closed form (`compassionate`) occurs, it goes. Otherwise the hyphen
 * stays only after prefixes that keep it in legal prose (`non-`, `self-`, `post-`, `quasi-`, ...):
 * `compas-\nsionate` -> `compassionate`, `non-\nviolent` -> `non-violent`. The line break always goes.
 * A capitalized or numeric continuation is never joined (`Smith-\nJones`, `18-\n3582`).
 */
import type { Span } from '../engine/types.js';
import { FOLDS, INVISIBLE, SPACE_LIKE } from './fold.js';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';
import { furnitureRules, type Cut } from './page-furniture.js';

export interface ReadingText {
  text: string;
  /** Offset in the reading text -> offset in the original text. Monotonic (non-decreasing). */
  toOriginal(offset: number): number;
  /** A reading span as the original span that covers its characters. */
  toOriginalSpan(start: number, end: number): Span;
}

/** Prefixes whose hyphen is kept when the word breaks after them at a line end. */
export const KEEP_HYPHEN_PREFIXES = new Set([
  'non', 'self', 'post', 'quasi', 'cross', 'well', 'half', 'anti', 'semi', 'counter',
]);

export function normalizeForReading(original: string): ReadingText {
  const cuts = mergeCuts(furnitureRules.flatMap((r) => r.cuts(original)));
  const stageA = cuts.length > 0 ? applyCuts(original, cuts) : null;
  const mid = stageA ? stageA.text : original;
  const stageB = foldAndJoin(mid);
  const mapA = stageA?.map;
  const mapB = stageB.map;
  const toOriginal = mapA
    ? (o: number) => mapA.toSource(mapB.toSource(o))
    : (o: number) => mapB.toSource(o);
  const toOriginalSpan = (start: number, end: number): Span => {
    const [s, e] = mapB.spanToSource(start, end);
    return mapA ? mapA.spanToSource(s, e) : [s, e];
  };
  return { text: stageB.text, toOriginal, toOriginalSpan };
}

function mergeCuts(cuts: Cut[]): Cut[] {
  if (cuts.length < 2) return cuts;
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Cut[] = [[cuts[0][0], cuts[0][1]]];
  for (const [s, e] of cuts.slice(1)) {
    const last = out[out.length - 1];
    if (s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function applyCuts(text: string, cuts: Cut[]): { text: string; map: OffsetMap } {
  const b = new OffsetMapBuilder();
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of cuts) {
    if (s > at) {
      parts.push(text.slice(at, s));
      b.run(at, s - at);
    }
    at = Math.max(at, e);
  }
  if (at < text.length) {
    parts.push(text.slice(at));
    b.run(at, text.length - at);
  }
  return { text: parts.join(''), map: b.build(text.length) };
}

// After a hyphen: optional spaces, one line break (possibly with a page break), indentation, then a
// lowercase letter.   "compas-\n   sionate"   "compas-  \r\n\fsionate"
const LINE_END_BREAK = /[ \t]*(?:\r?\n|\f)(?:[ \t]*(?:\r?\n|\f)){0,2}[ \t]*(?=[a-z])/y;
// ... or, in a word of capitals, a capital: "GRANT-\nED", "DIS-\nMISSED". Such a word joins only when the document (or
// the list of ruling words below) has it whole; otherwise the hyphen stays ("DEFENDANT-\nAPPELLANT").
const LINE_END_BREAK_CAPS = /[ \t]*(?:\r?\n|\f)(?:[ \t]*(?:\r?\n|\f)){0,2}[ \t]*(?=[A-Z]{2})/y;
const RULING_WORDS = new Set(['granted', 'denied', 'dismissed', 'ordered', 'sustained', 'overruled', 'withdrawn', 'prejudice', 'adjudged', 'decreed', 'terminated', 'remanded', 'reversed', 'affirmed', 'vacated', 'stricken', 'deferred', 'allowed', 'disallowed', 'approved', 'modified']);
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Words and in-line hyphenated compounds:  "compassionate"  "non-violent"  (lowercased)
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

function wordsOf(text: string): Set<string> {
  const set = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) set.add(m[0].toLowerCase());
  return set;
}

/** Printable ASCII except '-' (which may end a line-break hyphenation), and LF. */
function isPlain(c: number): boolean {
  return (c > 32 && c < 127 && c !== 45) || c === 10;
}

function isPlainNotNewline(c: number): boolean {
  return c > 32 && c < 127;
}

function foldAndJoin(text: string): { text: string; map: OffsetMap } {
  const b = new OffsetMapBuilder();
  const out: string[] = [];
  let prev = '\n'; // last emitted character
  let words: Set<string> | undefined; // the document's words, built at the first line-end hyphen
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Fast path: printable ASCII (not '-'), newlines, and single spaces between them, copied as a run.
    if (isPlain(code)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isPlain(d)) j++;
        else if (d === 32 && j + 1 < n && isPlainNotNewline(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      out.push(text.slice(i, j));
      b.run(i, j - i);
      prev = text[j - 1];
      i = j;
      continue;
    }
    const c = text[i];
    // Runs of spaces: one space, none before a line end or at the end of the text.
    if (SPACE_LIKE.has(c)) {
      let j = i + 1;
      while (j < n && (SPACE_LIKE.has(text[j]) || INVISIBLE.has(text[j]))) j++;
      const next = text[j];
      const atLineEnd = j >= n || next === '\n' || next === '\r' || next === '\f';
      if (!atLineEnd && prev !== ' ') {
        out.push(' ');
        b.char(i);
        prev = ' ';
      }
      i = j;
      continue;
    }
    if (INVISIBLE.has(c)) {
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    if (c === '-' && i >= 2 && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i - 2))) {
      LINE_END_BREAK.lastIndex = i + 1;
      const caps = isCapital(text.charCodeAt(i - 1)) && isCapital(text.charCodeAt(i - 2));
      const brk = caps ? LINE_END_BREAK_CAPS : LINE_END_BREAK;
      brk.lastIndex = i + 1;
      if (brk.test(text) || (caps && ((LINE_END_BREAK.lastIndex = i + 1), LINE_END_BREAK.test(text)))) {
        const resume = brk.lastIndex > i + 1 ? brk.lastIndex : LINE_END_BREAK.lastIndex;
        let w = i - 1;
        while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
        const prefix = text.slice(w, i).toLowerCase();
        let e = resume;
        while (e < n && isLetter(text.charCodeAt(e))) e++;
        const rest = text.slice(resume, e).toLowerCase();
        words ??= wordsOf(text);
        const capsRest = caps && isCapital(text.charCodeAt(resume));
        const keep = words.has(`${prefix}-${rest}`)
          ? true
          : words.has(prefix + rest) || (capsRest && RULING_WORDS.has(prefix + rest))
            ? false
            : capsRest || KEEP_HYPHEN_PREFIXES.has(prefix);
        if (keep) {
          out.push('-');
          b.char(i);
        }
        prev = '-';
        i = resume;
        continue;
      }
    }
    const f = FOLDS[c];
    if (f !== undefined) {
      if (f.length === 1) b.char(i);
      else b.fixedAt(i, f.length);
      out.push(f);
      prev = f[f.length - 1];
      i++;
      continue;
    }
    // Plain characters: copy the longest run that needs no attention.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 32 || d === 9 || d === 13 || d === 45 || d === 12 || d > 126) break;
      j++;
    }
    out.push(text.slice(i, j));
    b.run(i, j - i);
    prev = text[j - 1];
    i = j;
  }
  return { text: out.join(''), map: b.build(n) };
}
