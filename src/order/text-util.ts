/** Small text helpers shared by the order stages: lines, sentences, name casing, fact building. */
import type { Fact, Span } from '../engine/types.js';

/** What every stage reads: the reading text, its lowercase copy, and the map back to the original. */
export interface ReadContext {
  text: string;
  lower: string;
  toOriginal(offset: number): number;
  /** End of the caption/header region in reading coordinates. */
  headEnd: number;
  /** The original text (facts' spans index it), for page furniture the reading text drops (e-filing stamps). */
  original?: string;
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
 * a blank line, a line that ends with punctuation, or a heading line) and forward to the next one.
 * Abbreviations such as "No.", "Doc.", "U.S.C." and single initials do not end a sentence.
 * The boundaries of a text are found in one pass and kept for the next call on the same text.
 */
export function sentenceAt(text: string, pos: number, limit = 1200): [number, number] {
  const b = boundaries(text);
  // Largest boundary < pos, smallest boundary >= pos.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  const s = lo > 0 ? b[lo - 1] + 1 : 0;
  const e = lo < b.length ? b[lo] : text.length;
  return [Math.max(s, pos - limit), Math.min(e, pos + limit)];
}

let cachedText: string | null = null;
let cachedBounds: Int32Array = new Int32Array(0);

function boundaries(text: string): Int32Array {
  if (text === cachedText) return cachedBounds;
  const out: number[] = [];
  const n = text.length;
  const double = isDoubleSpaced(text);
  const pages = pageBreaks(text);
  let pi = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Inside a page break (blank lines, a page number, a form feed): one boundary at its last character, or none.
    while (pi < pages.length && pages[pi].end <= i) pi++;
    if (pi < pages.length && pages[pi].start <= i) {
      if (pages[pi].ends && i === pages[pi].end - 1) out.push(i);
      continue;
    }
    if (c === 10) {
      if (double) {
        const gap = singleBlankGap(text, i);
        if (gap && !gap.ends) continue;
        if (gap) {
          out.push(i);
          continue;
        }
      }
      // (single-spaced text too: a blank line inside a sentence, "... Motion to Continue (DN 93)\n\nis GRANTED.")
      else if (joinsAcrossBlank(text, i)) continue;
      if (text.charCodeAt(i - 1) === 10 || text.charCodeAt(i + 1) === 10 || lineEndsSentence(text, i) || headingBefore(text, i)) out.push(i);
      else if (isSentenceEnd(text, i)) out.push(i);
    } else if (c === 32 && isSentenceEnd(text, i)) out.push(i);
  }
  cachedText = text;
  cachedBounds = Int32Array.from(out);
  return cachedBounds;
}

interface PageBreak {
  start: number;
  end: number;
  ends: boolean;
}

// A page break in text from a PDF: line ends, blank lines, a page number line ("12", "- 3 -", "Page 4 of 9"), then a
// form feed; or, where the form feed is gone, a page number line alone between blank lines.
const PAGE_NO = String.raw`(?:-[ \t]*)?(?:Page[ \t]+)?\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?(?:[ \t]*-)?`;
const PAGE_BREAK = new RegExp(
  String.raw`[ \t]*\n(?:[ \t]*\n)*(?:(?:[ \t]*${PAGE_NO}[ \t]*\n(?:[ \t]*\n)*)?[ \t]*\f[ \t\n]*|(?<=\n[ \t]*\n)[ \t]*${PAGE_NO}[ \t]*\n[ \t]*\n[ \t\n]*)`,
  'g',
);

/**
 * Page breaks [start, end). A sentence runs on over a page break ("... the motion is\n\n  7\n\fDENIED") unless the
 * line before the break ends with a stop, a colon or a semicolon, or is a heading.
 */
function pageBreaks(text: string): PageBreak[] {
  const out: PageBreak[] = [];
  PAGE_BREAK.lastIndex = 0;
  for (let m = PAGE_BREAK.exec(text); m !== null; m = PAGE_BREAK.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (start === 0 || end >= text.length) continue;
    out.push({ start, end, ends: lineEndsSentence(text, start) || headingBefore(text, start) });
  }
  return out;
}

/**
 * The line that ends at `nl` ends a sentence: a stop (not an abbreviation's: "(ECF No.\n311)", "28 U.S.C.\n§ 2255",
 * "Mr.\nHargrove"), a colon or a semicolon.
 */
function lineEndsSentence(text: string, nl: number): boolean {
  if (!lineEndsClause(text, nl)) return false;
  const tail = text.slice(Math.max(0, nl - 13), nl).trimEnd();
  if (!tail.endsWith('.')) return true;
  return !NON_TERMINAL.test(tail) || labelLetter(tail);
}

// A label a single capital follows ("Count I", "Exhibit A", "Schedule B", "Part A"): "... save Count I. Defendant's motion"
// ends a sentence there, unlike an initial ("J. Smith").
const LABEL_LETTER = /\b(?:Count|Counts|Claim|Exhibit|Exhibits|Schedule|Part|Appendix|Section|Rule|Class|Tier|Category|Group|Plan|Title|Chapter|Phase|Stage|Level|Option|Alternative|Type|Form|Attachment|Annex|Table|Figure|Item|Grade|Division|Unit|Paragraph|Article|Subpart|Tab|Book|Volume|Vol)[ \t]+[A-Z]\.$/;
function labelLetter(tail: string): boolean {
  return LABEL_LETTER.test(tail);
}

// Words a sentence does not end on: "... the Motion to Continue (DN 93) is\n\nGRANTED" · "that Defendant's\n\nMotion"
const CONTINUES = /(?:\b(?:is|are|was|were|be|been|the|a|an|of|to|that|and|or|nor|for|with|by|in|on|at|as|from|under|pursuant|hereby|its|his|her|their|this|these|which|whether|than|without|with|WITHOUT|IS|ARE|THE|OF|TO|THAT|AND|FOR|BY)|['’]s|s['’]|\([^)\n]*)[ \t]*$/;

/**
 * A single blank line inside a sentence (any layout): the line before ends on a word no sentence ends on, or an open
 * parenthesis, or the next line starts in lower case ("(DN 93)\n\nis GRANTED"); not a caption's "v.".
 */
function joinsAcrossBlank(text: string, i: number): boolean {
  const gap = singleBlankGap(text, i);
  if (!gap) return false;
  // The newline that ends the line before the blank one.
  const nl1 = text.charCodeAt(i - 1) === 10 || /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i)) ? text.lastIndexOf('\n', i - 1) : i;
  const ls = text.lastIndexOf('\n', nl1 - 1) + 1;
  const before = text.slice(ls, nl1);
  if (!before.trim() || headingBefore(text, nl1) || lineEndsSentence(text, nl1)) return false;
  // (an abbreviation at the line end continues the sentence: "ECF No.\n\n311, is DENIED")
  if (lineEndsClause(text, nl1)) return true;
  const nl2 = text.indexOf('\n', nl1 + 1);
  const next = text.slice(nl2 + 1, nl2 + 40).trimStart();
  if (/^(?:v|vs)\.?(?:\s|$)/.test(next)) return false;
  return CONTINUES.test(before) || /^[a-z]/.test(next);
}

/** The line that ends at `nl` ends with a stop, a colon or a semicolon. */
function lineEndsClause(text: string, nl: number): boolean {
  return /(?:[.!?]["”’)\]]*|[:;])\s*$/.test(text.slice(Math.max(0, nl - 4), nl));
}

/**
 * Double-spaced text (a typed order turned into text keeps one blank line after every line): most long lines
 * end mid-sentence, and those are followed by exactly one blank line. There a blank line is only a line break.
 */
function isDoubleSpaced(text: string): boolean {
  let all = 0;
  let long = 0;
  let blankAfter = 0;
  const re = /^[^\n]{45,}$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    all++;
    if (lineEndsClause(text, end)) continue;
    long++;
    if (/^\n[ \t]*\n[ \t]*\S/.test(text.slice(end, end + 12))) blankAfter++;
  }
  // (Text with one paragraph per line has blank lines too, but its long lines end with a stop.)
  // (a one-page order has few long lines: then nearly every one must be followed by its blank line)
  return (long >= 8 && long >= 0.5 * all && blankAfter >= 0.6 * long) || (long >= 3 && long >= 0.4 * all && blankAfter >= 0.85 * long);
}

/**
 * In double-spaced text, a newline that belongs to a single blank line between two text lines: `ends` says whether
 * the blank line still ends the sentence (the line before ends with a stop or is a heading, or the next line is an
 * indented paragraph start). Null for any other newline.
 */
function singleBlankGap(text: string, i: number): { ends: boolean } | null {
  let nl1: number;
  if (/^\n[ \t]*\n/.test(text.slice(i, i + 8)) && text.charCodeAt(i - 1) !== 10) nl1 = i;
  else {
    const prev = text.lastIndexOf('\n', i - 1);
    if (prev < 0 || !/^\n[ \t]*$/.test(text.slice(prev, i)) || text.charCodeAt(prev - 1) === 10) return null;
    nl1 = prev;
  }
  const nl2 = text.indexOf('\n', nl1 + 1);
  // Exactly one blank line, then a text line.
  const next = text.slice(nl2 + 1, nl2 + 12);
  if (!/^[ \t]*\S/.test(next)) return null;
  if (nl1 === 0 || text.charCodeAt(nl1 - 1) === 10) return null;
  const ends = lineEndsSentence(text, nl1) || headingBefore(text, nl1) || /^(?:[ \t]{3,}|\t)\S/.test(next) || /^\f/.test(next);
  return { ends };
}

/** The line that ends at `nl` (a newline) is a heading: no lower-case letters. */
function headingBefore(text: string, nl: number): boolean {
  const ls = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(ls, nl);
  if (line.trim().length === 0 || /[a-z]/.test(line)) return false;
  // (a long line of capitals that runs on into the next line is prose in capitals, wrapped: "IT IS THEREFORE ORDERED
  // THAT DEFENDANT'S MOTION TO TRANSFER VENUE (DKT. 19) IS\nGRANTED.")
  return line.trim().length < 60 || !/^[ \t]*\S/.test(text.slice(nl + 1, nl + 40)) || !CONTINUES.test(line);
}

const NON_TERMINAL = /(?:\b(?:No|Nos|Doc|Docs|Dkt|Dkts|Mot|Def|Defs|Gov|Govt|Opp|Pl|Pls|Pet|Resp|Rec|Supp|Inc|Co|Corp|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|v|vs|Cir|Fed|App|Civ|Crim|Cr|Cv|Ct|Dist|Ex|Ltr|Mem|Br|Reply|Stat|Pub|L|R|P|U\.S|U\.S\.C|S\.D|N\.D|E\.D|W\.D|M\.D|C\.D|D|F|et al|e\.g|i\.e|cf|id|Id|Sec|Art|Ch|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|DOC|DOCS|DKT|DKTS|NO|NOS|MOT|DEF|DEFS|PL|PLS|INC|CO|CORP|LTD|JR|SR|MR|MRS|MS|DR|REC|CIV|CRIM|CIR|FED|[A-Z])\.)$/;

// A company's or a person's name may end a sentence on its suffix: "... as to Defendant U.S. Bancorp N.A. Finally, the Court
// denies" · "... filed by Acme Co. The Court" (the next words open a sentence beyond doubt)
const NAME_SUFFIX_END = /\b(?:N\.\s?A|Inc|Co|Corp|Ltd|L\.\s?L\.\s?C|L\.\s?P|P\.\s?C|P\.\s?A|S\.\s?A|Jr|Sr)\.$/;
const SENTENCE_OPENER = /^(?:(?:Finally|Accordingly|Therefore|Thus|However|Moreover|Additionally|Further|Furthermore|Consequently|Nevertheless|Nonetheless|Lastly|Next|Similarly|Likewise|Instead|Indeed|Rather),|(?:The|This)\s+Court\b|IT\s+IS\b|It\s+is\s+(?:therefore\s+|further\s+|hereby\s+)?ORDERED\b|For\s+(?:the|these)\s+(?:foregoing\s+)?reasons\b)/;

/** True when the character at `i` (a blank) follows a sentence end. */
function isSentenceEnd(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  // A footnote number right after a word's stop, as case-law sites print it: "... for which he was not selected.1 For the
  // reasons ..." (not a decimal: "at 45.2", "1.5 million")
  if (prev >= 48 && prev <= 57) return /(?:[a-z)’”"]\.|[a-z]\.[’”"])\d{1,2}$/.test(text.slice(Math.max(0, i - 6), i)) && /^ [A-Z][a-z]/.test(text.slice(i, i + 3));
  // Fast path: the character before is a letter, digit, comma or blank.
  if (prev !== 46 && prev !== 33 && prev !== 63 && prev !== 34 && prev !== 0x201d && prev !== 41 && prev !== 0x2019 && prev !== 39 && prev !== 93) return false;
  // ". " ; '." ' ; '.) ' ; a footnote mark after the stop: ".[17] "
  let k = i - 1;
  if (prev === 93) {
    const fn = /\[\d{1,3}\]$/.exec(text.slice(Math.max(0, i - 6), i));
    if (!fn) return false;
    k -= fn[0].length;
  }
  while (k > 0 && (text[k] === '"' || text[k] === '”' || text[k] === ')' || text[k] === '’' || text[k] === "'")) k--;
  const ch = text[k];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  if (ch === '.') {
    const tail = text.slice(Math.max(0, k - 12), k + 1);
    if (NON_TERMINAL.test(tail) && !labelLetter(text.slice(Math.max(0, k - 16), k + 1)) && !(NAME_SUFFIX_END.test(tail) && SENTENCE_OPENER.test(text.slice(i + 1, i + 40)))) return false;
  }
  // Next non-blank must look like a sentence start.
  let n = i;
  while (n < text.length && (text[n] === ' ' || text[n] === '\n' || text[n] === '\t')) n++;
  const next = text[n];
  // (a lower-case label before its number: "(docket no. 39) is GRANTED" · "at p. 4" · "docs. 12 and 14" · "[dkts. 50, 52]")
  if (ch === '.' && next >= '0' && next <= '9' && /\b(?:no|nos|doc|docs|dkt|dkts|ecf|p|pp|para|paras|ex|exh)\.$/.test(text.slice(Math.max(0, k - 6), k + 1))) return false;
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
      // (a possessive keeps its small s: "FISHERMEN'S" -> "Fishermen's", "O'BRIEN" -> "O'Brien")
      return w.replace(/(^|['’.])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/(['’])S$/, '$1s');
    })
    .join('');
}

/** Collapse runs of blanks (line breaks inside a caption name). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// A heading line that names a filing: "DEFENDANT'S MOTION FOR REHEARING" · "Motion to Compel (Doc. 27)" · "PETITION FOR
// WRIT OF MANDAMUS:"; not a sentence (it ends without a stop) and not long.
const FILING_HEADING = /^[ \t]*(?:\d{1,2}[.)][ \t]+|[A-Z][.)][ \t]+)?[^\n.]{0,100}?\b(?:MOTIONS?|Motions?|PETITIONS?|Petitions?|APPLICATIONS?|Applications?|REQUESTS?|Requests?|OBJECTIONS?|Objections?)\b[^\n]{0,100}?[ \t]*$/;

/**
 * A ruling that stands alone under a heading naming the filing ("DEFENDANT'S MOTION FOR REHEARING\n\nDenied."): the
 * span of that heading line, else null. Only a ruling of a few words on its own line qualifies.
 */
export function headingRuled(text: string, verbAt: number): [number, number] | null {
  const ls = text.lastIndexOf('\n', verbAt - 1) + 1;
  if (text.slice(ls, verbAt).trim() !== '') return null;
  let le = text.indexOf('\n', verbAt);
  if (le < 0) le = text.length;
  // "Denied." · "GRANTED." · "Granted in part; denied in part." · "DENIED AS MOOT."
  if (!/^[\w \t,;'’-]{1,45}[.!]?[ \t]*$/.test(text.slice(verbAt, le))) return null;
  // The nearest non-blank line above, at most one blank line away.
  let e = ls - 1;
  let hs = text.lastIndexOf('\n', e - 1) + 1;
  if (e > 0 && text.slice(hs, e).trim() === '') {
    e = hs - 1;
    hs = text.lastIndexOf('\n', e - 1) + 1;
  }
  if (e <= 0) return null;
  const head = text.slice(hs, e);
  return head.trim() && FILING_HEADING.test(head) && !/[.;]\s*$/.test(head) ? [hs, e] : null;
}

// Form orders mark the ruling chosen: "☒ GRANTED" · "[X] DENIED after complete review" · "DENIED ___X___"; the options
// not chosen stay blank: "☐ DENIED." · "[ ] GRANTED" · "GRANTED ________".
const BOX_CHECKED_BEFORE = /(?:\[[ \t]*[xX✓✔][ \t]*\]|\([ \t]*[xX✓✔][ \t]*\)|[☒☑✔✓■])[ \t]*$/;
const BOX_EMPTY_BEFORE = /(?:\[[ \t]*\]|\([ \t]*\)|[☐□]|_{3,})[ \t]*$/;
const BLANK_AFTER_CHECKED = /^[ \t]*_*[ \t]*[xX✓✔][ \t]*_*[ \t]*(?:\n|$)/;
const BLANK_AFTER_EMPTY = /^[ \t]*_{3,}[ \t]*(?:\n|$)/;

/** A ruling phrase [start, end) on a form: 'checked', 'unchecked', or null when no box or blank goes with it. */
export function checkbox(text: string, start: number, end: number): 'checked' | 'unchecked' | null {
  const before = text.slice(Math.max(0, start - 8), start);
  if (BOX_CHECKED_BEFORE.test(before)) return 'checked';
  if (BOX_EMPTY_BEFORE.test(before)) return 'unchecked';
  const after = text.slice(end, end + 16);
  if (BLANK_AFTER_CHECKED.test(after)) return 'checked';
  if (BLANK_AFTER_EMPTY.test(after)) return 'unchecked';
  return null;
}

/** Start of the lead-in a form's options answer ("IT IS ORDERED that the motion is:"), up to 400 characters back, else -1. */
export function leadInStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const seg = text.slice(from, at);
  const colon = seg.search(/:[ \t]*\n(?![\s\S]*:[ \t]*\n)/);
  if (colon < 0) return -1;
  const ls = text.lastIndexOf('\n', from + colon - 1) + 1;
  // (the whole lead-in sentence: back to the previous stop or blank line)
  const head = text.slice(Math.max(0, ls - 300), from + colon);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n\n'));
  return stop >= 0 ? Math.max(0, ls - 300) + stop + 2 : ls;
}
