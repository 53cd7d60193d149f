/**
 * What follows a citation core: pin cite, court/year parenthetical (also across a line break),
 * explanatory parentheticals, subsequent history.
 */
import { PIN } from './rules/short-forms.js';

export interface CourtYear {
  courtText: string;
  year: number | null;
  date: string | null;
  span: [number, number];
}

export interface PostCite {
  pinCite: string | null;
  /** End of the pin cite (or the core when there is none). */
  pinEnd: number;
  courtYear: CourtYear | null;
  parentheticals: Array<{ text: string; span: [number, number] }>;
  /** End of the last parenthetical read (fullSpan end). */
  end: number;
  history: string | null;
}

// , 595 / , at *6 / , at p. 5 / , 103 n.15 / , 347-348
const PIN_RE = new RegExp(String.raw`(?:\s*,\s*(?:at\s+)?|\s+at\s+)(?:pp?\.\s*)?(${PIN})`, 'y');
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// 3d Cir. 2020 / S.D.N.Y. Aug. 25, 2000 / Pa. Feb. 9, 2017 / 2009 / 1993-94 / La.App. 1 Cir. 05/10/10
const COURT_YEAR = /^\s*([^()]{0,80}?)\s*(?:(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+)?((?:1[6-9]|20)\d\d)(?:[-–/]\d{2,4})?\s*$/;
// Cheap test at the end of a citation before the history regex reads a slice (most cites have none).
const HISTORY_START = /\s*[,;]?\s*(?:aff|rev|cert|vacated|overruled|abrogated|modified|superseded|reh|appeal)/y;
const HISTORY = /^\s*[,;]?\s*((?:aff['’]d|rev['’]d|cert\.\s+(?:denied|granted|dismissed)|vacated|overruled|abrogated|modified|superseded|reh['’]g\s+denied|appeal\s+dismissed)\b[^;]{0,200}?)(?=;|\.\s+[A-Z]|\n\n|$)/;

/** Index of the bracket that closes the one at `open`, or -1 (bounded scan, nests). */
export function closeOf(text: string, open: number, limit = 600): number {
  const o = text[open];
  const c = o === '(' ? ')' : ']';
  let depth = 0;
  const max = Math.min(text.length, open + limit);
  for (let i = open; i < max; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
    else if (ch === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

export function parseCourtYear(content: string): Omit<CourtYear, 'span'> | null {
  const m = COURT_YEAR.exec(content);
  if (!m) return null;
  const year = Number(m[4]);
  let date: string | null = null;
  if (m[2] && m[3]) {
    const mon = MONTHS[m[2].slice(0, 3).toLowerCase()];
    const day = Number(m[3]);
    if (mon && day >= 1 && day <= 31) date = `${year}-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return { courtText: m[1].trim().replace(/,$/, ''), year, date };
}

/**
 * Reads after `pos`. `stops` = starts of other citations: a pin never runs into one, and a
 * parenthetical starting there is not ours.
 */
export function readPostCite(text: string, pos: number, stops: Set<number>, opts: { pin?: boolean } = {}): PostCite {
  let pinCite: string | null = null;
  let at = pos;
  if (opts.pin !== false) {
    PIN_RE.lastIndex = pos;
    const m = PIN_RE.exec(text);
    if (m && !stops.has(m.index + m[0].length - m[1].length) && !/^\s*[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3).replace(/^\s*n\./, ''))) {
      pinCite = m[1].trim();
      at = m.index + m[0].length;
    }
  }
  const pinEnd = at;
  let courtYear: CourtYear | null = null;
  const parentheticals: PostCite['parentheticals'] = [];
  let end = at;
  let i = at;
  for (let n = 0; n < 6; n++) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r' || text[j] === '\u00a0')) j++;
    const ch = text[j];
    if (ch !== '(' && ch !== '[') break;
    if (stops.has(j + 1)) break;
    const close = closeOf(text, j);
    if (close < 0) break;
    const content = text.slice(j + 1, close);
    const cy: Omit<CourtYear, 'span'> | null = n === 0 || (courtYear === null && parentheticals.length === 0) ? parseCourtYear(content) : null;
    if (cy && courtYear === null && parentheticals.length === 0) courtYear = { ...cy, span: [j, close + 1] };
    else if (ch === '[') break;
    else parentheticals.push({ text: content.trim(), span: [j, close + 1] });
    end = close + 1;
    i = close + 1;
  }
  HISTORY_START.lastIndex = end;
  const h = HISTORY_START.test(text) ? HISTORY.exec(text.slice(end, end + 260)) : null;
  return { pinCite, pinEnd, courtYear, parentheticals, end, history: h ? h[1].trim() : null };
}
