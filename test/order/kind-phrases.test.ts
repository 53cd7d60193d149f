/**
 * Motion kinds from the words of a mention (`classify`), for the phrases added this session, and the kind scan's
 * shortcut: the union test and the memo give the same hits as a scan of the whole table.
 */
import { describe, expect, it } from 'vitest';
import { scanAll } from '../../src/engine/scan.js';
import { motionKindRules } from '../../src/order/motion-kinds.js';
import { classify, kindHits } from '../../src/order/motions/mentions.js';
import { readOrder } from '../../src/order/index.js';

const kinds: Array<[string, string | null]> = [
  // extension of time
  [' for a thirty-day extension of its time to answer', 'extension_of_time'],
  [' to Enlarge the Time to Respond to the Complaint', 'extension_of_time'],
  [' for additional time to answer the complaint', 'extension_of_time'],
  [' for more time within which to file objections', 'extension_of_time'],
  [' for entry of an order extending the exclusive periods to file a chapter 11 plan', 'extension_of_time'],
  [' to extend the exclusivity period', 'extension_of_time'],
  [' to extend the period of supervised release', null],
  [' for an extension of his term of probation', null],
  // rehearing is reconsideration
  [' for Rehearing', 'reconsideration'],
  [' for panel rehearing', 'reconsideration'],
  [' for rehearing en banc', 'reconsideration'],
  // dismissal asked for by name
  ['dismissal of the official-capacity claims', 'dismiss'],
  ['partial dismissal of Count II', 'dismiss'],
  ['dismissal of the indictment on speedy-trial grounds', 'dismiss'],
  [' appealing the dismissal of the complaint', null],
];

describe('kinds of the phrases added in session 5', () => {
  it.each(kinds)('%j -> %s', (words, kind) => {
    expect(classify(words, '')?.kind ?? null).toBe(kind);
  });
});

const windows = [
  ' to dismiss the complaint (ECF No. 12) is GRANTED.',
  ' is DENIED as moot.',
  ' for compassionate release under 18 U.S.C. § 3582(c)(1)(A) and for home confinement',
  ' of the Debtor to retain special counsel',
  ' (Doc. 5) to Intervene',
  ' under 28 U.S.C. § 2255',
  '',
  ' seeks a reduction of his sentence',
  ' FOR SUMMARY JUDGMENT',
  ' filed by the plaintiff on May 3',
];

describe('the kind scan shortcut', () => {
  it.each(windows)('%j: the same hits as a scan of every rule', (w) => {
    const full = scanAll(motionKindRules, w, '');
    expect(kindHits(w).map((h) => [h.rule, h.span])).toEqual(full.map((h) => [h.rule, h.span]));
    // (asked again: the remembered hits)
    expect(kindHits(w).map((h) => [h.rule, h.span])).toEqual(full.map((h) => [h.rule, h.span]));
  });
});

const CRIM = 'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF TENNESSEE\n\nUNITED STATES OF AMERICA,\nv.\nMARCUS PELLHAM,\nDefendant.\n\nNo. 3:14-CR-22\n\nMEMORANDUM OPINION AND ORDER\n\n';
const both: Array<[string, string, string[]]> = [
  [
    'a generic reduction asking (i) extraordinary and compelling reasons and (ii) § 3582(c)(2)',
    "This case is before the Court on defendant's pro se motion for a sentence reduction [Doc. 51]. Defendant asks that the Court resentence him (i) for extraordinary and compelling reasons, namely his health; and (ii) pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 821. The motion [Doc. 51] is DENIED.",
    ['compassionate_release', 'sentence_reduction_3582c2'],
  ],
  [
    'a motion to reduce sentence seeking compassionate release and Amendment 821 relief',
    "Defendant's Motion to Reduce Sentence (Doc. 90) seeks compassionate release because of his mother's illness and, in addition, a reduction under Amendment 821. The motion is DENIED.",
    ['compassionate_release', 'sentence_reduction_3582c2'],
  ],
  [
    'a generic reduction under § 3582(c)(2) only: one motion',
    "Defendant's pro se motion to reduce his sentence [Doc. 70] relies on 18 U.S.C. § 3582(c)(2) and Amendment 821. The motion is DENIED.",
    ['sentence_reduction_3582c2'],
  ],
];

describe('one generic sentence-reduction motion that asks for both reductions', () => {
  it.each(both)('%s', (_name, body, kinds) => {
    const motions = readOrder(CRIM + body + '\n').motions;
    expect(motions.map((m) => m.kind.value).sort()).toEqual([...kinds].sort());
    expect(new Set(motions.map((m) => m.disposition?.value))).toEqual(new Set(['denied']));
  });
});
