/**
 * Two-column captions from PDF text (California pleading paper and similar): the parties in the left column, the
 * case number and the title in the right one, printed side by side so that each text line holds a piece of either
 * column or of both, with a wide gap (two or more blanks in the original text) between them:
 *
 *   "ROE HOLDINGS, LLC,        Case No. 2:19-cv-0410\n    Plaintiff,        ORDER GRANTING\nDALE CORP.'S MOTION TO\n
 *    v.        DISMISS\nDALE CORP.,\n    Defendant."
 *
 * The caption is read column by column: the left pieces go to the party reader, the right column's title is read
 * whole (its span runs from its first piece to its last; the value joins the pieces). A line holding one piece is
 * given to one column by what it says and by what each column expects next.
 */
import { linesIn, trimmed, type Line, type ReadContext } from './text-util.js';

export interface ColumnCaption {
  /** Reading offsets of the block of interleaved lines: [start, end). */
  start: number;
  end: number;
  /** The left column's pieces, in order (reading coordinates). */
  left: Line[];
  /** The right column's title: its pieces joined, from the first piece's start to the last one's end. */
  title: { value: string; start: number; end: number } | null;
}

// A right-hand column opening with the paper's title: "ORDER GRANTING" · "[PROPOSED] ORDER" · "MEMORANDUM AND ORDER RE:" ·
// "Order Denying Motion to Remand" · "FINDINGS OF FACT"
const TITLE_START =
  /^(?:\[[A-Za-z ]{3,20}\][ \t]*)?(?:ORDER|Order|MEMORANDUM|Memorandum|OPINION|Opinion|JUDGMENT|Judgment|FINDINGS|Findings|REPORT|Report|DECISION|Decision|RULING|Ruling|AMENDED|Amended|FINAL|Final|STIPULATED|Stipulated|TENTATIVE|Tentative|PRELIMINARY|Preliminary|PERMANENT|Permanent|DEFAULT|Default)\b/;
// A right-hand column holding the case number or the court's own labels: "Case No. 2:19-cv-0410" · "CV 15-2201" ·
// "Date: June 3, 2019" · "Judge: Hon. ..." · "[Re: Dkt. No. 31]" · "Hearing Date:"
const DOCKET_START = /^(?:Case|Civil|Criminal|Cause|Docket|Misc\.?|Adv(?:ersary|\.)?|Bankr(?:uptcy|\.)?|C[VR]|No\.|Nos\.)\b[^\n]*\d/i;
const LABEL_START = /^(?:Date|Time|Dept|Department|Courtroom|Ctrm|Place|Judge|Hon\.|Honorable|Hearing|Trial|Action\s+Filed|Complaint\s+Filed|Re:|\[|\()/i;
// "Plaintiff," · "Defendants." · "Plaintiff and Counter-Defendant," · "Petitioner-Appellant,"
const ROLE_LINE = /^(?:(?:cross-|counter-|third-party\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|debtors?|movants?|claimants?|intervenors?|counter-?claimants?|counter-?defendants?)(?:[-/\s]+(?:and\s+)?)?){1,3}[.,;]?$/i;
const VS_LINE = /^(?:v\.?|vs\.?|versus|-\s*v\.?\s*-|against)$/i;
// The title wants more after these: "ORDER GRANTING" · "MOTION FOR A" · "ACME CORP.'S" · "INC. dba"
// · "FIRST AMENDED" (an adjective waiting for its noun)
const OPEN_END =
  /(?:\b(?:FOR|A|AN|THE|OF|TO|AND|OR|IN|ON|RE|BY|WITH|GRANTING|DENYING|REGARDING|DISMISSING|ADOPTING|ACCEPTING|DIRECTING|AMENDED|FIRST|SECOND|THIRD|PARTIAL|SUMMARY|PRELIMINARY|dba|d\/b\/a|aka)|['’]S|['’]|,|:|&)$/i;
// Words of a motion's title: "APPLICATION" · "MOTION" · "INJUNCTION" · "RECONSIDERATION"
const TITLE_WORD = /\b(?:COMPLAINT|PROCEEDINGS|CLAIMS?|COUNTERCLAIMS?|MOTIONS?|APPLICATIONS?|PETITIONS?|REQUESTS?|INJUNCTION|JUDGMENT|DISMISS(?:AL)?|RECONSIDERATION|REMAND|SANCTIONS|CERTIFICATION|COMPEL|TRANSFER|STAY|LEAVE|AMEND|FEES|RESTRAINING|OBJECTIONS?|RECOMMENDATIONS?|STIPULATION|SETTLEMENT|APPROVAL|ARBITRATION|DISCOVERY|PROTECTIVE)\b/;
// Lower-case words a capitalised party or title line may hold: "INC. dba" · "JOHN DOE, et al." · "DOES 1 through 10"
const CAPS_LOWER_OK = /^(?:dba|d\/b\/a|aka|fka|et|al\.?|and|of|the|in|as|an|a|for|on|re|ex|rel\.?|v\.?|vs\.?|through|inclusive|individually)$/;

const gapCache = new WeakMap<ReadContext, Map<number, number>>();

/** Where a wide gap splits a reading line: the reading offset where the right piece begins, or -1. */
export function gapAt(ctx: ReadContext, line: Line): number {
  let cache = gapCache.get(ctx);
  if (!cache) gapCache.set(ctx, (cache = new Map()));
  const key = line.start * 8192 + (line.end - line.start);
  let g = cache.get(key);
  if (g === undefined) cache.set(key, (g = findGap(ctx, line)));
  return g;
}

function findGap(ctx: ReadContext, line: Line): number {
  const t = ctx.text;
  const orig = ctx.original;
  // Most lines have no wide gap anywhere: one look at the line's original text settles it.
  if (line.end - line.start < 3) return -1;
  const own = t.slice(line.start, line.end);
  if (!/[ \t][ \t]|\t/.test(own)) {
    if (!orig) return -1;
    const a = ctx.toOriginal(line.start);
    const b = ctx.toOriginal(line.end - 1) + 1;
    if (!/[ \t\u00a0][ \t\u00a0]|\t/.test(orig.slice(a, b))) return -1;
  }
  for (let i = line.start + 1; i < line.end - 1; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    if (t.charCodeAt(i + 1) === 32 || t.charCodeAt(i + 1) === 9) return i + 2;
    if (!orig) continue;
    const a = ctx.toOriginal(i);
    const b = ctx.toOriginal(i + 1);
    if (b - a >= 2 && /^[ \t\u00a0]+$/.test(orig.slice(a, b))) return i + 1;
  }
  return -1;
}

function cell(line: Line, s: number, e: number, text: string): Line {
  return trimmed({ start: s, end: e, text: text.slice(s, e) });
}

const upperTitle = (t: string): boolean => !/[a-z]/.test(t.replace(/\b[a-z/.]+\b/g, (w) => (CAPS_LOWER_OK.test(w) ? '' : w)));

/** Whether a line standing alone reads as the left column's (a party's words, its role, the "v."). */
function leftish(t: string, titleUpper: boolean): boolean {
  if (ROLE_LINE.test(t) || VS_LINE.test(t)) return true;
  if (/^[a-z(]/.test(t) || /[,;]$/.test(t)) return true;
  return titleUpper && !upperTitle(t);
}

/** Reads a two-column caption in the head, or null when the head has none. */
export function readColumns(ctx: ReadContext): ColumnCaption | null {
  const lines = linesIn(ctx.text, 0, ctx.headEnd).map(trimmed);
  // The first line split by a wide gap whose right piece opens the title or gives the case number, its left piece
  // short; a title must open in the right column within a few lines.
  let first = -1;
  let titleSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text || l.text.length > 160) continue;
    const g = gapAt(ctx, l);
    if (g < 0) continue;
    const left = l.text.slice(0, g - l.start).trim();
    const right = ctx.text.slice(g, l.end).trim();
    // The left piece is a caption's, never a title word itself ("MEMORANDUM  OPINION" is one title).
    if (left.length > 70 || TITLE_START.test(left) || !(TITLE_START.test(right) || DOCKET_START.test(right))) continue;
    if (first < 0 || i - first > 12) first = i;
    if (TITLE_START.test(right) && /^(?:\[[^\]]*\][ \t]*)?[A-Z]/.test(right) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(left)) {
      titleSeen = true;
      break;
    }
  }
  if (first < 0 || !titleSeen) return null;

  const left: Line[] = [];
  const titleCells: Line[] = [];
  let titleState: 'none' | 'open' | 'closed' = 'none';
  let titleUpper = true;
  let sawVs = false;
  let lastLeft = '';
  let end = lines[first].start;
  let blanks = 0;
  const addRight = (c: Line): void => {
    if (!c.text) return;
    if (titleState === 'none' && TITLE_START.test(c.text)) {
      titleState = 'open';
      titleUpper = upperTitle(c.text);
      titleCells.push(c);
    } else if (titleState === 'open') {
      if (DOCKET_START.test(c.text) || LABEL_START.test(c.text) || (titleUpper && !upperTitle(c.text))) titleState = 'closed';
      else titleCells.push(c);
    }
  };
  const addLeft = (c: Line): void => {
    if (!c.text) return;
    left.push(c);
    if (VS_LINE.test(c.text)) sawVs = true;
    lastLeft = c.text;
  };
  for (let i = first; i < lines.length && i < first + 40; i++) {
    const l = lines[i];
    if (!l.text) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (l.text.length > 160) break;
    const g = gapAt(ctx, l);
    if (g >= 0) {
      addLeft(cell(l, l.start, g, ctx.text));
      addRight(cell(l, g, l.end, ctx.text));
      end = l.end;
      continue;
    }
    const t = l.text;
    const lastTitle = titleCells.length ? titleCells[titleCells.length - 1].text : '';
    const leftDone = sawVs && ROLE_LINE.test(lastLeft);
    if ((titleState as string) === 'open') {
      const wantsMore = OPEN_END.test(lastTitle);
      // Right after a role line the left column's next word is the "v."; anything else there is the title's.
      const expectsVs = !sawVs && ROLE_LINE.test(lastLeft);
      if (ROLE_LINE.test(t) || VS_LINE.test(t)) addLeft(l);
      else if (wantsMore || (!leftish(t, titleUpper) && (TITLE_WORD.test(t) || OPEN_END.test(t) || expectsVs || leftDone))) {
        if (titleUpper && !upperTitle(t)) addLeft(l);
        else titleCells.push(l);
      } else addLeft(l);
      end = l.end;
      continue;
    }
    // No title open: a line stands in the left column until its last role; after that the block is over.
    if (leftDone) break;
    addLeft(l);
    end = l.end;
  }
  // A caption's left column names its parties: a role or a "v." among its pieces.
  if (!left.some((c) => ROLE_LINE.test(c.text) || VS_LINE.test(c.text) || /,\s*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)[.,]?$/i.test(c.text))) return null;
  let title: ColumnCaption['title'] = null;
  if (titleCells.length) {
    const s = titleCells[0].start;
    const e = titleCells[titleCells.length - 1].end;
    const value = titleCells.map((c) => c.text.replace(/\s+/g, ' ')).join(' ').replace(/[ \t:]+$/, '');
    // A footnote mark after the title ("MEMORANDUM *") is not part of it.
    const mark = /[ \t]*[*†]+$/.exec(value);
    title = mark ? { value: value.slice(0, mark.index), start: s, end: e - mark[0].length } : { value, start: s, end: e };
  }
  return { start: lines[first].start, end, left, title };
}
