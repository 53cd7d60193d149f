/** The legal regime a motion was decided under, from the decision date; and a fallback date reader. */
import type { Fact } from '../../engine/types.js';
import type { LegalRegime } from './types.js';

/** First Step Act signed 2018-12-21; amended U.S.S.G. § 1B1.13 effective 2023-11-01. */
export function regimeForDate(iso: string): LegalRegime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  if (iso < '2018-12-21') return 'pre_first_step_act';
  if (iso < '2023-11-01') return 'old_policy_statement';
  return 'amended_1b1_13';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1950 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/**
 * A decision date when the order reader gave none: the signature line ("Signed: August 10, 2020",
 * "Date: 5/8/2020", "this 3rd day of March, 2024"), a research site's header line ("08-10-2020"),
 * or a date standing alone on a line near the top.
 */
export function findDecisionDate(text: string): Fact<string> | null {
  const tries: Array<{ re: RegExp; read: (m: RegExpExecArray) => string | null; rule: string; confidence: number }> = [
    {
      // "Signed: August 10, 2020" / "Dated: March 3, 2024" / "ENTERED this 3rd day of March, 2024"
      re: new RegExp(String.raw`\b(?:Signed|SIGNED|Dated|DATED|Date|DATE|Entered|ENTERED|ORDERED)\b[:,]?\s+(?:on\s+|this\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+${MONTH_RE},?\s+(\d{4})|${MONTH_RE}\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4}))`, 'g'),
      read: (m) => (m[1] ? iso(+m[3], monthIndex(m[2]), +m[1]) : m[4] ? iso(+m[6], monthIndex(m[4]), +m[5]) : iso(+m[9], +m[7], +m[8])),
      rule: 'cr/date/signature',
      confidence: 0.9,
    },
    {
      // "DONE and ORDERED in Chambers ... this 5th day of May, 2020" / "Dated at New Haven this 2nd day of July, 2020"
      re: new RegExp(String.raw`\b[Tt]his\s+(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+${MONTH_RE},?\s+(\d{4})`, 'g'),
      read: (m) => iso(+m[3], monthIndex(m[2]), +m[1]),
      rule: 'cr/date/day-of',
      confidence: 0.85,
    },
    {
      // A header line "10-06-2020" (MM-DD-YYYY) near the top
      re: /^(\d{2})-(\d{2})-(\d{4})\s*$/gm,
      read: (m) => iso(+m[3], +m[1], +m[2]),
      rule: 'cr/date/header-line',
      confidence: 0.85,
    },
    {
      // "May 15, 2008" alone on a line
      re: new RegExp(String.raw`^${MONTH_RE}\s+(\d{1,2}),\s+(\d{4})\s*$`, 'gm'),
      read: (m) => iso(+m[3], monthIndex(m[1]), +m[2]),
      rule: 'cr/date/line',
      confidence: 0.8,
    },
  ];
  for (const t of tries) {
    t.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last: Fact<string> | null = null;
    while ((m = t.re.exec(text)) !== null) {
      const v = t.read(m);
      if (v) {
        last = { value: v, span: [m.index, m.index + m[0].length], rule: t.rule, confidence: t.confidence };
        if (t.rule !== 'cr/date/signature' && t.rule !== 'cr/date/day-of') break;
      }
    }
    if (last) return last;
  }
  return null;
}
