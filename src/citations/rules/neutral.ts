/** Case citations that do not follow volume-reporter-page: Westlaw, Lexis, public-domain cites, Tax Court. */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';

const YEAR = String.raw`\b((?:1[6-9]|20)\d\d)`;

const caseHit = (m: RegExpExecArray, v: Omit<Draft, 'kind'>, confidence = 0.95, text?: string) =>
  text !== undefined && preceded(text, m.index, '.-') ? null : ({
  value: { kind: 'case' as const, ...v },
  span: [m.index, m.index + m[0].length] as [number, number],
  confidence,
  });

// Year-first public-domain cites: 2019 IL 123456, 2017 IL App (4th) 160407, 2004 MT 66, 2019 ND 12.
const NEUTRAL_COURTS = [
  'IL App \\((?:1st|2d|2nd|3d|3rd|4th|5th)\\)', 'IL', 'ND App', 'ND', 'SD', 'OK CIV APP', 'OK CR', 'OK', 'UT App', 'UT',
  'WI App', 'WI', 'VT', 'WY', 'ME', 'MT', 'CO', 'COA', 'NMSC', 'NMCA', 'Ark\\. App\\.', 'Ark\\.', 'MS', 'Guam', 'VI',
  'Conn\\. Super\\. Ct\\.', 'N\\.Y\\. Slip Op\\.', 'NY Slip Op', 'Ohio', 'PA Super',
];

export const neutralRules: Rule<Draft>[] = [
  {
    id: 'citation/case-westlaw',
    // 2020 WL 1900495
    pattern: new RegExp(String.raw`${YEAR}\s+(WL)\s+(\d{3,9})(?![\w])`, 'g'),
    at: volumeAt(),
    priority: 60,
    parse: (m, text) => caseHit(m, { volume: m[1], reporter: 'WL', reporterFound: m[2], page: m[3] }, 0.95, text),
    examples: [{ text: 'Smith v. Jones, 2020 WL 1900495, at *6 (E.D. Pa. Apr. 17, 2020)', expect: { volume: '2020', reporter: 'WL', page: '1900495' } }],
    counterexamples: ['2020 WLX 1900495'],
  },
  {
    id: 'citation/case-lexis',
    // 2020 U.S. Dist. LEXIS 12345 / 2019 Pa. Super. LEXIS 5
    pattern: new RegExp(String.raw`${YEAR}\s+((?:[A-Z][A-Za-z.'’]*\s+){0,4}LEXIS)\s+(\d{1,9})(?![\w])`, 'g'),
    at: volumeAt(),
    priority: 60,
    parse: (m) => caseHit(m, { volume: m[1], reporter: m[2].replace(/\s+/g, ' '), reporterFound: m[2], page: m[3] }),
    examples: [{ text: '2000 U.S. Dist. LEXIS 12335 (S.D.N.Y. Aug. 25, 2000)', expect: { reporter: 'U.S. Dist. LEXIS', page: '12335' } }],
    counterexamples: ['the LEXIS database'],
  },
  {
    id: 'citation/case-neutral-dashed',
    // 2006-Ohio-2095 / 2007-NMSC-008 / 2007-NMCERT-008
    pattern: new RegExp(String.raw`${YEAR}-(Ohio|NMSC|NMCA|NMCERT|NMCT)-(\d{1,6})(?![\w])`, 'g'),
    at: volumeAt(),
    priority: 60,
    parse: (m) => caseHit(m, { volume: m[1], reporter: m[2], reporterFound: m[2], page: m[3] }),
    examples: [{ text: 'State v. Lynch, 2006-Ohio-2095', expect: { volume: '2006', reporter: 'Ohio', page: '2095' } }, '2007-NMCERT-008'],
    counterexamples: ['2006-Ohio-'],
  },
  {
    id: 'citation/case-neutral-year',
    // 2017 IL App (4th) 160407 / 2004 MT 66 / 1993 Conn. Super. Ct. 5243-P / 2024 N.Y. Slip Op. 51192(U)
    pattern: new RegExp(String.raw`${YEAR}\s+(${NEUTRAL_COURTS.join('|')})\s+(\d{1,7}(?:-[A-Z]{1,2}|\([A-Z]\))?)(?![\w])`, 'g'),
    at: volumeAt(),
    priority: 58,
    parse: (m, text) => caseHit(m, { volume: m[1], reporter: m[2], reporterFound: m[2], page: m[3] }, 0.95, text),
    examples: [
      { text: '2017 IL App (1st) 143684-B', expect: { reporter: 'IL App (1st)', page: '143684-B' } },
      { text: 'Ellenburg v. Chase, 2004 MT 66', expect: { reporter: 'MT', page: '66' } },
    ],
    counterexamples: ['in 2004 MTA 66'],
  },
  {
    id: 'citation/case-tax-court',
    // T.C. Memo. 2019-233 / T.C. Summary Opinion 2019-233
    pattern: /\b(T\.C\. (?:Memo\.|Summary Opinion))\s+(\d{4})-(\d{1,4})(?![\w])/g,
    at: String.raw`T\.C\. `,
    priority: 60,
    parse: (m) => caseHit(m, { volume: m[2], reporter: m[1], reporterFound: m[1], page: m[3], court: 'tax' }),
    examples: [{ text: 'word T.C. Memo. 2019-233', expect: { reporter: 'T.C. Memo.', volume: '2019', page: '233' } }],
    counterexamples: ['T.C. 2019-233'],
  },
  {
    id: 'citation/case-tax-court-no',
    // 1 T.C. No. 233
    pattern: /\b(\d{1,3})\s+(T\.C\. No\.)\s+(\d{1,4})(?![\w])/g,
    at: volumeAt(),
    priority: 61,
    parse: (m) => caseHit(m, { volume: m[1], reporter: m[2], reporterFound: m[2], page: m[3], court: 'tax' }),
    examples: [{ text: 'the 1 T.C. No. 233', expect: { reporter: 'T.C. No.' } }],
    counterexamples: ['T.C. No. 233'],
  },
];
