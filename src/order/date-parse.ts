/** Our own date reader for signature lines: month names, numeric dates, "3rd day of March, 2024". */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Regex source for one date as printed (used inside the date rules). */
export const MONTH_SRC = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const ORD = '(\\d{1,2})(?:st|nd|rd|th|d)?';
/** "August 10, 2020" · "Aug. 10 2020" · "10 August 2020" · "3rd day of March, 2024" · "08/10/2020" · "8-10-20" · "2020-08-10" · "2013-11-7" */
export const DATE_SRC =
  `(?:${MONTH_SRC}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` +
  `|\\d{1,2}(?:st|nd|rd|th|d)?\\s+(?:day\\s+of\\s+)?${MONTH_SRC},?\\s+(?:A\\.D\\.\\s+)?\\d{4}` +
  `|\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})(?!\\d)` +
  // (a site's header may print a one-digit month or day: "2013-11-7")
  `|\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-]))`;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y >= 50 ? 1900 : 2000;
  if (y < 1700 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Parse one printed date to ISO `YYYY-MM-DD`, or null. US order for numeric dates (month first). `loose` also takes a
 * one-digit month or day after the year ("2013-11-7", a site's header), which a docket number may look like.
 */
export function parseDate(s: string, loose = false): string | null {
  const t = s.trim();
  let m = (loose ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(t);
  if (m) return iso(+m[3], +m[1], +m[2]);
  m = new RegExp(`^(${MONTH_SRC})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return iso(+m[3], monthOf(m[1]), +m[2]);
  m = new RegExp(`^${ORD}\\s+(?:day\\s+of\\s+)?(${MONTH_SRC}),?\\s+(?:A\\.D\\.\\s+)?(\\d{4})$`, 'i').exec(t);
  if (m) return iso(+m[3], monthOf(m[2]), +m[1]);
  return null;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Regex source for a year written in words: "two thousand twenty-five" · "nineteen hundred and ninety-eight". */
export const WORD_YEAR_SRC =
  '(?:two\\s+thousand(?:\\s+and)?(?:\\s+[a-z]+(?:[-\\s][a-z]+)?)?|nineteen\\s+hundred(?:\\s+and)?\\s+[a-z]+(?:[-\\s][a-z]+)?)';

/** "two thousand twenty-five" -> 2025; "nineteen hundred and ninety-eight" -> 1998; null when not a year. */
export function parseWordYear(s: string): number | null {
  const words = s.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  let base: number;
  if (words[0] === 'two' && words[1] === 'thousand') base = 2000;
  else if (words[0] === 'nineteen' && words[1] === 'hundred') base = 1900;
  else return null;
  let rest = 0;
  for (const w of words.slice(2)) {
    if (TENS[w] !== undefined && rest === 0) rest = TENS[w];
    else if (UNITS[w] !== undefined && rest % 10 === 0 && (rest === 0 || UNITS[w] < 10)) rest += UNITS[w];
    else return null;
  }
  return base + rest;
}

/** "15 day of July, two thousand twenty-five" -> 2025-07-15. */
export function parseDayOfWordYear(day: string, month: string, year: string): string | null {
  const y = parseWordYear(year);
  return y === null ? null : iso(y, monthOf(month), +day);
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}
