/**
 * Motion kinds from the words of a mention (`classify`), for the phrases added this session, and the kind scan's
 * shortcut: the union test and the memo give the same hits as a scan of the whole table.
 */
import { describe, expect, it } from 'vitest';
import { scanAll } from '../../src/engine/scan.js';
import { motionKindRules } from '../../src/order/motion-kinds.js';
import { classify, kindHits } from '../../src/order/motions/mentions.js';

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
