/** Case citations built on the reporter table: full (`954 F.3d 594`) and short (`954 F.3d at 597`). */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';
import { chooseReporter, type ReporterIndex } from '../reporter-index.js';

// Not preceded by a word character or by something that makes the number part of another token.
// (the characters that may not precede it, `.§$/:*-` and a thousands comma, are checked in parse: a leading lookbehind is slow)
const VOL = String.raw`\b(\d{1,4})`;
const NOT_BEFORE = '.§$/:*-';
// "1,234 U.S." is one number; "Conley,236 U.S. 605" (markup stripped) is a cite.
const badStart = (text: string, i: number): boolean => preceded(text, i, NOT_BEFORE) || (text[i - 1] === ',' && /\d/.test(text[i - 2] ?? ''));
// Roman-numeral pages of front matter ("lxiv"), at least two letters.
const ROMAN = String.raw`(?=[ivxlc]{2,}(?![\w]))c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})`;
// 123 | 5243-P | lxiv ; blank page: ___ or — or ----. A closing quote may follow ('1 U.S. 1'), a possessive may not (1's).
const PAGE = String.raw`(\d{1,6}(?:-[A-Z]{1,2})?(?!\w|['’]\w)|${ROMAN}(?!\w|['’]\w))|(_{1,}|—+|–+|-{2,})`;

const reporterOf = (index: ReporterIndex, found: string) => {
  if (!index.accepts(found)) return null;
  return chooseReporter(index.lookup(found), null);
};

export function caseRules(index: ReporterIndex): Rule<Draft>[] {
  // 954 F.3d 594 / 1 U. S., 1 / 576 U.S. ___ — and, in the same pass, the short form 954 F.3d at 597
  // (one scan over the numbers of the text serves both rules; the finder runs only this one).
  const full = new RegExp(String.raw`${VOL}\s+(?:\*\d{1,4}\s+)?(${index.source})(?![\w'’])(?:\s*,?\s*at\s+(?:pp?\.\s*)?(\*?\d+)(?![\w])|\s*,?\s+(?:${PAGE}))`, 'g');
  // 954 F.3d at 597 / 1 U. S., at 2 / 174 Cal.App.2d at p. 651
  const short = new RegExp(String.raw`${VOL}\s+(?:\*\d{1,4}\s+)?(${index.source})(?![\w'’])\s*,?\s*at\s+(?:pp?\.\s*)?(\*?\d+)(?![\w])`, 'g');
  return [
    {
      id: 'citation/case-full',
      pattern: full,
      at: volumeAt(index.first),
      priority: 50,
      parse(m, text) {
        if (badStart(text, m.index)) return null;
        const found = m[2];
        const rep = reporterOf(index, found);
        if (!rep) return null;
        if (m[3] !== undefined) {
          return {
            value: { kind: 'caseShort', ruleId: 'citation/case-short', volume: m[1], reporter: rep.abbr, reporterFound: found, page: m[3].replace('*', ''), pinCite: m[3], court: rep.court ?? null },
            span: [m.index, m.index + m[0].length],
            confidence: 0.95,
          };
        }
        const page = m[4] ?? null;
        return {
          value: { kind: 'case', volume: m[1], reporter: rep.abbr, reporterFound: found, page, court: rep.court ?? null },
          span: [m.index, m.index + m[0].length],
          confidence: page ? 0.95 : 0.8,
        };
      },
      examples: [
        { text: 'United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020)', expect: { volume: '954', reporter: 'F.3d', page: '594' } },
        { text: '427 F Supp 2d 1084', expect: { reporter: 'F. Supp. 2d', reporterFound: 'F Supp 2d' } },
        { text: '1 U. S. ___', expect: { page: null } },
        { text: '171 Wn.2d 1016', expect: { reporter: 'Wash. 2d' } },
      ],
      counterexamples: ['lorem 111 S.W. 12th St.', 'foo1 U.S. 1, 1. U.S. 1foo', '18 U.S.C. 3582', 'see 5 A 3 above'],
    },
    {
      id: 'citation/case-short',
      pattern: short,
      at: volumeAt(index.first),
      priority: 55,
      parse(m, text) {
        if (badStart(text, m.index)) return null;
        const found = m[2];
        const rep = reporterOf(index, found);
        if (!rep) return null;
        return {
          value: { kind: 'caseShort', volume: m[1], reporter: rep.abbr, reporterFound: found, page: m[3].replace('*', ''), pinCite: m[3], court: rep.court ?? null },
          span: [m.index, m.index + m[0].length],
          confidence: 0.95,
        };
      },
      examples: [
        { text: 'Raia, 954 F.3d at 597', expect: { volume: '954', reporter: 'F.3d', pinCite: '597' } },
        { text: '174 Cal.App.2d at p. 651', expect: { reporter: 'Cal. App. 2d', pinCite: '651' } },
        { text: '1 U. S., at 2', expect: { reporter: 'U.S.' } },
      ],
      counterexamples: ['954 F.3d 594', 'at 597'],
    },
  ];
}
