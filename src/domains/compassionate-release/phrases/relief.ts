/** What a grant gives: time served, a reduced term, home confinement as a supervised-release term, a stay. */
import type { Relief } from '../types.js';
import type { CrRule } from '../rule.js';
import { NEGATED, before, readNumber } from '../rule.js';

const NUM = String.raw`(\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|[\s-])+?)`;

export const reliefRules: CrRule<Relief>[] = [
  {
    id: 'cr/relief/time-served',
    anchors: ['time served', 'time-served'],
    // "his sentence of imprisonment is reduced to a sentence of time served" / "☒ TIME SERVED"
    pattern: /(?:\b(?:reduc(?:e|es|ed|ing)\s+(?:[\w’']+\s+){0,6}?to|sentence of|term of|reduction to)|☒|\[\s*[Xx]\s*\])\s+(?:a\s+(?:sentence|term)\s+of\s+)?(?:imprisonment of\s+)?time[\s-]served\b/gi,
    parse: (m, text) => (NEGATED.test(before(text, m.index, 40)) ? null : { kind: 'time_served' }),
    priority: 50,
    examples: [
      { text: 'his sentence of imprisonment is reduced to a sentence of time served', expect: { kind: 'time_served' } },
      { text: 'The defendant’s term of imprisonment is reduced to time served.', expect: { kind: 'time_served' } },
      { text: 'The Court reduces defendant’s sentence to time served.', expect: { kind: 'time_served' } },
      { text: '☒ TIME SERVED' },
    ],
    counterexamples: ['he has served most of his time', 'time served in state custody was credited'],
  },
  {
    id: 'cr/relief/reduced-term',
    anchors: ['month'],
    // "reduces Defendant's sentence to 120 months" / "reduced to a term of ninety-six (96) months"
    pattern: new RegExp(String.raw`\breduc(?:e|es|ed|ing)\s+(?:\w+[’']?s?\s+){0,6}?to\s+(?:a\s+(?:total\s+)?term\s+of\s+)?${NUM}\s*(?:\(\d+\)\s*)?months`, 'gi'),
    parse: (m, text) => {
      if (NEGATED.test(before(text, m.index, 40))) return null;
      const months = readNumber(m[1]);
      return months === null ? null : { kind: 'reduced_term', months };
    },
    priority: 45,
    examples: [
      { text: 'the Court reduces Defendant’s sentence to 120 months of imprisonment', expect: { kind: 'reduced_term', months: 120 } },
      { text: 'his term of imprisonment is reduced to a term of ninety-six (96) months', expect: { months: 96 } },
    ],
    counterexamples: ['the Court sentenced defendant to 240 months in prison', 'he was sentenced to 188 months'],
  },
  {
    id: 'cr/relief/home-confinement-condition',
    anchors: ['home confinement', 'home detention'],
    // "shall serve 12 months of home confinement as a special condition of supervised release"
    pattern: /\bhome (?:confinement|detention)\b[^.\n]{0,120}?\b(?:condition|term)s? of (?:his |her |the )?supervised release\b|\b(?:condition|term)s? of (?:his |her )?supervised release\b[^.\n]{0,120}?\bhome (?:confinement|detention)\b/gi,
    parse: (m, text) => (NEGATED.test(before(text, m.index, 40)) ? null : { kind: 'home_confinement_condition' }),
    priority: 40,
    examples: ['Defendant shall serve twelve months of home confinement as a special condition of supervised release.'],
    counterexamples: ['The Bureau of Prisons may place a prisoner in home confinement for 6 months.'],
    scopes: ['court'],
  },
  {
    id: 'cr/relief/stay-of-release',
    anchors: ['days'],
    // "this order is stayed for up to fourteen days" / "released within 14 days"
    pattern: new RegExp(String.raw`\b(?:stayed for (?:up to )?|stays?\s+(?:this|the|its)\s+order\s+for\s+(?:up to\s+)?|(?:released?|release shall occur)[^.\n]{0,40}?\b(?:within|after|in) (?:up to )?)${NUM}\s*(?:\(\d+\)\s*)?days\b`, 'gi'),
    parse: (m) => {
      const days = readNumber(m[1]);
      return days === null || days > 90 ? null : { kind: 'stay_of_release', days };
    },
    priority: 40,
    examples: [
      { text: 'this order is stayed for up to fourteen days, for the verification of the residence', expect: { days: 14 } },
      { text: 'Defendant shall be released within 10 days of this order.', expect: { days: 10 } },
      { text: 'The Court STAYS this order for 14 days to allow the Bureau of Prisons to arrange his release.', expect: { days: 14 } },
    ],
    counterexamples: ['the lapse of 30 days from the receipt of such a request'],
  },
];
