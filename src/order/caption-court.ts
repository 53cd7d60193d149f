/**
 * The issuing court named in the caption or the signature block: "UNITED STATES DISTRICT COURT /
 * WESTERN DISTRICT OF NORTH CAROLINA" -> ncwd; a United States Reports header -> scotus.
 */
import type { Fact } from '../engine/types.js';
import { guessCourt } from './court-names.js';
import { extendToWord, foldOcrCaps } from './ocr-fold.js';
import { optional } from './optional.js';
import { fact, type ReadContext } from './text-util.js';

export type CourtValue = { id: string; name: string; abbreviation?: string };

// A closing line that sends the order or the case to another court: "The Clerk is directed to send a copy of this order to the
// United States Court of Appeals for the Ninth Circuit." · "Any appeal shall be taken to the Court of Appeals" · "transmit
// the file to the Court of Appeals" (the court named is the recipient, not the one signing)
const DIRECTIVE_LINE = /^[^\n]*\b(?:send|sent|serve|transmit|forward|mail|furnish|provide|deliver|certify)\b[^\n]*\b(?:to|upon|on)[ \t]+the\b[^\n]*$|^[^\n]*\b(?:appeal|petition)[^\n]{0,60}\b(?:to|with|in)[ \t]+the[ \t]+(?:United[ \t]+States[ \t]+)?(?:Court[ \t]+of[ \t]+Appeals|Supreme[ \t]+Court|Circuit)\b[^\n]*$/gim;

/** Blank out (same length) the closing directives that name another court. */
export function maskDirectives(text: string): string {
  return text.replace(DIRECTIVE_LINE, (line) => line.replace(/[^\n]/g, ' '));
}

export function readCourt(ctx: ReadContext): Fact<CourtValue> | null {
  const regions: Array<[number, number, number, string]> = [
    [0, ctx.headEnd, 0.95, 'court/caption'],
    [Math.max(ctx.headEnd, ctx.text.length - 800), ctx.text.length, 0.8, 'court/signature-block'],
  ];
  for (const [s, e, conf, rule] of regions) {
    // Matched on an OCR-folded copy ("COUR'I`", "COLUMBlA"); a span's end is moved to the end of its printed word.
    const printed = ctx.text.slice(s, e);
    const region = joinSmallCaps(maskLowerCourts(foldOcrCaps(s === 0 ? printed : maskDirectives(printed))));
    const fix = (span: [number, number]): [number, number] => [span[0], extendToWord(printed, region, span[1])];
    const top = SUPREME_US.exec(region);
    if (top && s === 0) {
      const at = top.index + top[0].indexOf(top[1]);
      return fact(ctx, { id: 'scotus', name: 'Supreme Court of the United States', abbreviation: 'U.S.' }, at, at + top[1].length, rule, conf);
    }
    const shared = optional.findCourtInCaption?.(region);
    if (shared && shared.id && shortLine(region, shared.span)) {
      const [a, b] = fix(shared.span);
      return fact(ctx, { id: shared.id, name: shared.name, ...(shared.abbreviation ? { abbreviation: shared.abbreviation } : {}) }, s + a, s + b, rule, conf);
    }
    const g = guessCourt(region);
    if (g && shortLine(region, g.span)) {
      const [a, b] = fix(g.span);
      return fact(ctx, { id: g.id, name: g.name, abbreviation: g.abbreviation }, s + a, s + b, rule, conf);
    }
  }
  // A caption the page flattened into one long line, which ends the head before it, may open with the court's name.
  const flat = flatHeadCourt(ctx);
  if (flat) return flat;
  // "STATE OF MINNESOTA\n\nIN SUPREME COURT": the state above, the court below it, in the caption's first lines.
  const split = STATE_THEN_COURT.exec(ctx.text.slice(0, Math.min(ctx.headEnd, 1500)));
  const named = split ? optional.findCourtInCaption?.(`${split[2].replace(/\s+/g, ' ')} of ${split[1].replace(/\s+/g, ' ')}`) : null;
  if (split && named?.id) {
    const at = split.index + split[0].search(/\S/);
    return fact(ctx, { id: named.id, name: named.name, ...(named.abbreviation ? { abbreviation: named.abbreviation } : {}) }, at, split.index + split[0].trimEnd().length, 'court/caption', 0.9);
  }
  // A court name in the right-hand column, its state wrapped onto the next line of that column:
  // "COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF\n: PENNSYLVANIA"
  const wrapped = COLUMN_COURT_WRAP.exec(ctx.text.slice(0, Math.min(ctx.headEnd, 2000)));
  const wrappedCourt = wrapped ? optional.findCourtInCaption?.(`${wrapped[1].replace(/\s+/g, ' ')} ${wrapped[2].replace(/\s+/g, ' ')}`) : null;
  if (wrapped && wrappedCourt?.id) {
    const at = wrapped.index + wrapped[0].indexOf(wrapped[1]);
    return fact(ctx, { id: wrappedCourt.id, name: wrappedCourt.name, ...(wrappedCourt.abbreviation ? { abbreviation: wrappedCourt.abbreviation } : {}) }, at, wrapped.index + wrapped[0].trimEnd().length, 'court/caption-column', 0.85);
  }
  const column = readColumnCourt(ctx);
  if (column) return column;
  // A header citing the United States Reports ("319 U.S. 598", "63 S.Ct. 1284") heads a Supreme Court opinion.
  const rep = US_REPORTS_HEAD.exec(ctx.text.slice(0, Math.min(ctx.headEnd, 400)));
  if (rep) {
    const at = rep.index + rep[0].indexOf(rep[1]);
    return fact(ctx, { id: 'scotus', name: 'Supreme Court of the United States', abbreviation: 'U.S.' }, at, at + rep[1].length, 'court/us-reports', 0.8);
  }
  return null;
}

// A state named on its own line with its court on the next: "STATE OF MINNESOTA\n\nIN SUPREME COURT" · "State of Minnesota\nIn Court of
// Appeals" (the court line names no state)
const STATE_THEN_COURT = /^[ \t]*STATE[ \t]+OF[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)[ \t]*\n(?:[ \t]*\n)?[ \t]*IN[ \t]+(SUPREME[ \t]+COURT|COURT[ \t]+OF[ \t]+APPEALS)[ \t]*$/im;
// "... : IN THE SUPERIOR COURT OF\n      : PENNSYLVANIA" · "...) IN THE COMMONWEALTH COURT OF\n   ) PENNSYLVANIA" (a ":" or ")"
// column beside the parties; the court's state on the column's next line)
const COLUMN_COURT_WRAP = /[:)|§][ \t]*((?:IN[ \t]+THE[ \t]+)?(?:SUPERIOR|SUPREME|COMMONWEALTH|APPELLATE)[ \t]+COURT[ \t]+OF)[ \t]*\n[^\n]*?[:)|§][ \t]*((?:THE[ \t]+STATE[ \t]+OF[ \t]+)?[A-Z]{4,}(?:[ \t]+[A-Z]{4,})?)[ \t]*$/m;
// The first lines of a reporter-style header: "319 U.S. 598" · "63 S.Ct. 1284 (1943)" · "87 L.Ed. 1612"
const US_REPORTS_HEAD = /^\s*(\d{1,3}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?)\s+\d{1,4})(?:\s+\(\d{4}\))?[ \t]*$/m;
// "Supreme Court of United States." (reporter header) · "SUPREME COURT OF THE UNITED STATES" on its own line
const SUPREME_US = /^[ \t*_]*(?:In\s+the\s+)?(Supreme\s+Court\s+of\s+(?:the\s+)?United\s+States)[ \t.,*_]*$/im;
// A line naming the court below: "CERTIORARI TO THE SUPREME COURT OF ILLINOIS." · "Appeal from the United States District
// Court\nfor the Southern District of Alabama" · "ON PETITION FOR REVIEW OF ..." · "Court Below—Superior Court of the State of
// Delaware" (blanked, offsets kept)
const LOWER_COURT_LINE = /^[ \t*_]*(?:ON\s+)?(?:WRIT\s+OF\s+)?(?:CERTIORARI|APPEALS?\s+FROM|ON\s+APPEAL|PETITION\s+FOR\s+REVIEW|Sitting\s+by\s+designation|Courts?\s+Below)\b[^\n]*(?:\n[ \t]*(?:for|of|to|in)\s+the\b[^\n]*)?/gim;

// A word set in small capitals loses its first letter to a space in the text layer: "F OR THE S ECOND C IRCUIT".
const SMALL_CAPS_WORD = /\b([A-Z]) ([A-Z]{2,})\b/g;

/**
 * Rejoins small-capital words on a line that holds two or more of them, moving the space behind the word so
 * that offsets do not change: "F OR THE S ECOND C IRCUIT" -> "FOR  THE SECOND  CIRCUIT".
 */
export function joinSmallCaps(region: string): string {
  return region.replace(/[^\n]+/g, (line) => {
    const n = line.match(SMALL_CAPS_WORD)?.length ?? 0;
    return n >= 2 ? line.replace(SMALL_CAPS_WORD, (_m, a: string, b: string) => `${a}${b} `) : line;
  });
}

function maskLowerCourts(region: string): string {
  return region.replace(LOWER_COURT_LINE, (m) => m.replace(/[^\n]/g, ' '));
}

/** A court named in a sentence is someone else's ("the Fourth Circuit held"); a caption line is short. */
// A federal court's name inside a caption the page flattened into one long line, PDF line numbers between its words:
// "... 26 27 28 WO IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA Calvin Matthews, ..." ·
// "1 2 3 4 UNITED STATES DISTRICT COURT 5 EASTERN DISTRICT OF CALIFORNIA 6 7 CLARENCE ..." (capitals only: prose never)
const FLAT_COURT = /\bUNITED[ \t]+STATES[ \t]+(?:DISTRICT|BANKRUPTCY)[ \t]+COURT\b/g;

/** Where a flattened caption's court name starts in the reading text (-1: none in the first 4,000 characters). */
export function flatCaptionAt(ctx: ReadContext): number {
  FLAT_COURT.lastIndex = 0;
  return FLAT_COURT.exec(ctx.text.slice(0, Math.min(ctx.text.length, 4000)))?.index ?? -1;
}

/** The court of a caption flattened into one long line (line numbers and column marks between its words). */
export function readFlatCourt(ctx: ReadContext): Fact<CourtValue> | null {
  const limit = Math.min(ctx.text.length, 4000);
  FLAT_COURT.lastIndex = 0;
  const m = FLAT_COURT.exec(ctx.text.slice(0, limit));
  if (!m) return null;
  // The words after the court's name, line numbers blanked (same length): "COURT 5 EASTERN DISTRICT" -> "COURT   EASTERN DISTRICT"
  const from = m.index;
  const window = ctx.text.slice(from, Math.min(ctx.text.length, from + m[0].length + 120)).replace(/(?<=[A-Z,][ \t]+)\d{1,2}(?=[ \t]+[A-Z])/g, (d) => ' '.repeat(d.length));
  const g = guessCourt(window);
  // The district must follow the court's name (a few words of "FOR THE" at most between).
  if (!g || g.span[0] > m[0].length + 30) return null;
  return fact(ctx, { id: g.id, name: g.name, abbreviation: g.abbreviation }, from, from + g.span[1], 'court/flattened-caption', 0.75);
}

/**
 * The court of a caption the page flattened into one long line near the top, when that line opens with the court's name in
 * capitals: "TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN ON MOTION FOR REHEARING NO. 03-10-00160-CV William H. Doe,
 * ..." (a sentence never starts so; a name later in the line may be the court below).
 */
function flatHeadCourt(ctx: ReadContext): Fact<CourtValue> | null {
  // (a federal court's flattened caption is readFlatCourt's, which the division and party readers follow)
  if (flatCaptionAt(ctx) >= 0) return null;
  // The first line longer than a caption line, starting in the first 200 characters.
  let lineStart = 0;
  for (;;) {
    const lineEnd = ctx.text.indexOf('\n', lineStart);
    if ((lineEnd < 0 ? ctx.text.length : lineEnd) - lineStart > 160) break;
    if (lineEnd < 0 || lineEnd + 1 >= 200) return null;
    lineStart = lineEnd + 1;
  }
  const opening = foldOcrCaps(ctx.text.slice(lineStart, lineStart + 160));
  const hit = optional.findCourtInCaption?.(opening);
  if (!hit?.id) return null;
  const name = opening.slice(hit.span[0], hit.span[1]);
  if (!/^[ \t*_-]*(?:IN[ \t]+THE[ \t]+)?$/.test(opening.slice(0, hit.span[0])) || /[a-z]/.test(name) || !/\bCOURT\b/.test(name)) return null;
  return fact(ctx, { id: hit.id, name: hit.name, ...(hit.abbreviation ? { abbreviation: hit.abbreviation } : {}) }, lineStart + hit.span[0], lineStart + hit.span[1], 'court/flattened-head', 0.75);
}

function shortLine(region: string, span: [number, number]): boolean {
  const lineStart = region.lastIndexOf('\n', span[0]) + 1;
  let lineEnd = region.indexOf('\n', span[1]);
  if (lineEnd < 0) lineEnd = region.length;
  return lineEnd - lineStart <= 160;
}


// A caption set in two columns by a ":" or ")" rule, the court's name in the right-hand column over several lines:
// "JOHN HALVORSEN, : IN THE COURT OF COMMON PLEAS\nPlaintiff : OF CUMBERLAND COUNTY,\n: PENNSYLVANIA"
const COLUMN_RULE = /^([^\n]*[:)])[ \t]*([^\n:)]*)$/gm;

/** The court named in a caption's right-hand column, its lines read as one text, or null. */
function readColumnCourt(ctx: ReadContext): Fact<CourtValue> | null {
  const head = ctx.text.slice(0, Math.min(ctx.text.length, Math.max(ctx.headEnd, 1200), 2500));
  const parts: Array<{ at: number; text: string }> = [];
  COLUMN_RULE.lastIndex = 0;
  for (let m; (m = COLUMN_RULE.exec(head)); ) {
    if (m[0].length > 160) continue;
    parts.push({ at: m.index + m[1].length + (m[0].length - m[1].length - m[2].length), text: m[2] });
  }
  // (a column is three ruled lines or more)
  if (parts.length < 3) return null;
  let joined = '';
  const starts: number[] = [];
  for (const p of parts) {
    starts.push(joined.length);
    joined += p.text + '\n';
  }
  const hit = optional.findCourtInCaption?.(foldOcrCaps(joined));
  if (!hit?.id) return null;
  const toHead = (j: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > j) i--;
    return parts[i].at + Math.min(j - starts[i], parts[i].text.length);
  };
  const a = toHead(hit.span[0]);
  const b = toHead(Math.max(hit.span[0], hit.span[1] - 1)) + 1;
  return fact(ctx, { id: hit.id, name: hit.name, ...(hit.abbreviation ? { abbreviation: hit.abbreviation } : {}) }, a, b, 'court/caption-column', 0.85);
}
