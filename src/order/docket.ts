/** Docket numbers in the caption, as printed and normalized (`1:17-CR-00085-MOC-DLH` -> `1:17-cr-00085`). */
import type { Rule, RuleSet } from '../engine/types.js';
import { parseDate } from './date-parse.js';

export interface DocketValue {
  printed: string;
  normalized: string;
  /** From the type code (cr/cv/bk) or the label (Criminal Action, Civil Action, Bankruptcy). */
  type: 'criminal' | 'civil' | 'bankruptcy' | null;
}

const TYPE = '(?:cr|crim|cv|civ|mj|mc|misc|bk|ap|po|hc|sw)';
// One docket number: "1:17-CR-00085-MOC-DLH" · "3:16-cr-209-MOC-DSC-3" · "15 Cr. 445-3 (PAE)" · "05-20067-01-JWL"
// · "93-97-2 (BAH)" · "ELH-16-117" · "CR01-2003-LRR" · "4:04CR3140" · "1:18-CR-56(7)" · "18-50123-GRS"
const NUMBER =
  `(?:[A-Z]{1,4}-?(?=\\d))?(?:\\d{1,2}:)?\\d{2,4}` +
  `(?:(?:\\s?-?\\s?${TYPE}\\.?\\s?-?\\s?|-)\\d{1,6})` +
  `(?:-(?:[A-Z]{1,5}\\d{0,3}|\\d{1,3}[A-Z]{0,5})(?![\\w]))*` +
  `(?:[ \\t]?\\((?:\\d{1,2}|[A-Z]{2,4})\\))?` +
  `(?:[ \\t](?:[A-Z]{2,4})(?=[ \\t]*(?:$|[A-Z]{1,3}\\d)))?`;

// "DOCKET NO." · "Case No.:" · "Criminal Action No." · "CRIMINAL CASE NO." · "Cause No." · "Crim." · "No." · "Bankruptcy Case No."
const LABEL =
  `(?:(?:Docket|Case|Cause|Civil|Criminal|Crim\\.?|Civ\\.?|Misc\\.?|Bankruptcy|Bankr\\.|Adversary|Adv\\.|Appeal|Action|Proceeding|Proc\\.)` +
  `(?:[ \\t]+(?:Action|Case|Proceeding|Proc\\.|Case))?[ \\t]*(?:Nos?\\.?|Numbers?|#)?|Nos?\\.?|Number)[ \\t]*:?[ \\t]*`;

export const docketRules: Rule<DocketValue>[] = [
  {
    id: 'docket/labelled',
    anchors: ['no', 'case', 'action', 'criminal', 'crim', 'civ', 'cause', 'docket'],
    // "DOCKET NO. 1:17-CR-00085-MOC-DLH" · "Criminal Action No. 12-154 (BAH)" · "Case No. 19-10234"
    pattern: new RegExp(`\\b(${LABEL})(${NUMBER})`, 'gim'),
    parse: (m, text) => {
      const printed = m[2].replace(/[ \t]+$/, '');
      const start = m.index + m[1].length;
      if (parseDate(printed) || /^[-/]\d/.test(text.slice(start + printed.length, start + printed.length + 2))) return null;
      const v = normalizeDocket(printed, m[1]);
      return v ? { value: v, span: [start, start + printed.length], confidence: 0.95 } : null;
    },
    priority: 30,
    examples: [
      { text: 'DOCKET NO. 1:17-CR-00085-MOC-DLH', expect: { printed: '1:17-CR-00085-MOC-DLH', normalized: '1:17-cr-00085', type: 'criminal' } },
      { text: 'Criminal Action No. 12-154 (BAH)', expect: { printed: '12-154 (BAH)', normalized: '12-154', type: 'criminal' } },
      { text: 'No. 3:20-cv-00123', expect: { normalized: '3:20-cv-00123', type: 'civil' } },
      { text: 'Case No. 18-50123-GRS', expect: { normalized: '18-50123' } },
      { text: 'Bankruptcy Case No. 18-50123-GRS', expect: { type: 'bankruptcy' } },
      { text: 'No. 20-1234', expect: { normalized: '20-1234' } },
      { text: 'Crim. 16-00460 (SDW)', expect: { normalized: '16-00460' } },
    ],
    counterexamples: ['No. 5 on the list', 'Case 2020 was', 'No. 04-27-2021'],
  },
  {
    id: 'docket/coded',
    anchors: ['cr', 'cv', 'civ', 'mj', 'mc', 'bk', 'ap', 'po'],
    // A type-coded number standing in a caption line: "3:16-cr-209-MOC-DSC-3" · "15 Cr. 445-3 (PAE)" · "04cr113 (DLC)"
    pattern: new RegExp(`(?<![\\w:-])((?:(?:[A-Z]{1,4}-?(?=\\d))?(?:\\d{1,2}:)?\\d{2}\\s?-?\\s?${TYPE}\\.?\\s?-?\\s?\\d{1,6}|(?:CR|CV|C)\\d{2}-\\d{3,6})${NUMBER.slice(NUMBER.indexOf('(?:-(?:'))})`, 'gim'),
    parse: (m) => {
      const printed = m[1].replace(/[ \t]+$/, '');
      const v = normalizeDocket(printed, '');
      return v ? { value: v, span: [m.index, m.index + printed.length], confidence: 0.85 } : null;
    },
    priority: 20,
    examples: [
      { text: '3:16-cr-209-MOC-DSC-3', expect: { normalized: '3:16-cr-00209', type: 'criminal' } },
      { text: '15 Cr. 445-3 (PAE)', expect: { normalized: '15-cr-00445' } },
      { text: '04cr113 (DLC)', expect: { normalized: '04-cr-00113' } },
      { text: '1:18-CR-56(7)', expect: { normalized: '1:18-cr-00056' } },
      { text: '11 Civ. 7295 (JFK)', expect: { normalized: '11-cv-07295', type: 'civil' } },
      { text: 'C23-0305 TSZ CR13-187 TSZ', expect: { normalized: '13-cr-00187' } },
    ],
    counterexamples: ['18 U.S.C. 3582', 'Crack cocaine 2010'],
  },
  {
    id: 'docket/bare-line',
    // A plain number alone on a caption line: "05-20067-01-JWL" · "16-20436" · "10-10172-JWB"
    pattern: new RegExp(`^[ \\t*]*(\\d{1,2}-\\d{3,6}(?:-(?:[A-Z]{1,5}\\d{0,3}|\\d{1,3}[A-Z]{0,5}))*(?:[ \\t]?\\([A-Z]{2,4}\\))?)\\.?[ \\t*]*$`, 'gm'),
    parse: (m, text) => {
      const printed = m[1];
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (parseDate(printed) || /^[-/]\d/.test(after)) return null;
      const v = normalizeDocket(printed, '');
      const start = m.index + m[0].indexOf(printed);
      return v ? { value: v, span: [start, start + printed.length], confidence: 0.8 } : null;
    },
    priority: 10,
    examples: [{ text: '05-20067-01-JWL\n', expect: { normalized: '05-20067' } }, { text: '16-20436' }],
    counterexamples: ['04-27-2021', 'See 16-20436 at 3'],
  },
];

export const docketRuleSet: RuleSet<DocketValue> = { domain: 'order-docket', rules: docketRules };

const TYPE_MAP: Record<string, string> = { crim: 'cr', civ: 'cv', misc: 'mc' };

/** Normalize a printed docket number; `label` is the words printed before it ("Criminal Action No."). */
export function normalizeDocket(printed: string, label: string): DocketValue | null {
  const s = printed.toLowerCase().replace(/\s+/g, ' ');
  let type: DocketValue['type'] = null;
  let normalized: string | null = null;
  // "1:17-cr-00085-moc" · "15 cr. 445" · "04cr113" · "c23-0305" (prefix letters are judge initials or a type)
  let m = new RegExp(`^(?:([a-z]{1,4})-?)?(?:(\\d{1,2}):)?(\\d{2,4}) ?-? ?(${TYPE})\\.? ?-? ?(\\d{1,6})`).exec(s);
  if (m) {
    const code = TYPE_MAP[m[4]] ?? m[4];
    normalized = `${m[2] ? m[2] + ':' : ''}${m[3].slice(-2)}-${code}-${m[5].padStart(5, '0')}`;
    type = code === 'cr' ? 'criminal' : code === 'cv' ? 'civil' : code === 'bk' || code === 'ap' ? 'bankruptcy' : null;
  } else if ((m = /^(cr|cv|c)(\d{2})-(\d{1,6})/.exec(s))) {
    // "CR01-2003-LRR" (type letters before the year); a lone "C" is the civil prefix of W.D. Wash.
    const code = m[1] === 'cr' ? 'cr' : 'cv';
    normalized = `${m[2]}-${code}-${m[3].padStart(5, '0')}`;
    type = code === 'cr' ? 'criminal' : 'civil';
  } else if ((m = /^(?:[a-z]{1,4}-)?(?:(\d{1,2}):)?(\d{2})-(\d{1,6})/.exec(s))) {
    normalized = `${m[1] ? m[1] + ':' : ''}${m[2]}-${m[3]}`;
  }
  if (!normalized) return null;
  if (!type) {
    if (/crim/i.test(label)) type = 'criminal';
    else if (/civ/i.test(label)) type = 'civil';
    else if (/bankr|adv/i.test(label)) type = 'bankruptcy';
  }
  return { printed, normalized, type };
}
