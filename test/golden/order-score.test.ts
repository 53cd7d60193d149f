// The scorer's reading of a motion's movant label (bench/order-score.mjs): alternatives and `unknown`.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM shared with bench/order-accuracy.mjs
import { scoreOrder } from '../../bench/order-score.mjs';

const order = (movant: string | null) => ({ motions: [{ kind: { value: 'other' }, docEntry: null, movant: movant === null ? null : { value: movant }, proSe: null, disposition: { value: 'denied' } }] });
const labels = (movant: string) => ({ motions: [{ kind: 'other', movant, disposition: 'denied' }] });

describe('order scorer: movant', () => {
  it.each([
    ['defendant', 'defendant', true],
    ['defendant', 'plaintiff', false],
    ['defendant', null, false],
    // either side of an alternative label
    ['defendant|government', 'government', true],
    ['defendant|government', 'plaintiff', false],
    // a filer of no listed side: no movant is the right answer, a side is not
    ['unknown', null, true],
    ['unknown', 'defendant', false],
  ] as const)('label %s, read %s -> %s', (want, got, ok) => {
    expect(scoreOrder(labels(want), order(got))['movant#0']).toBe(ok);
  });
});
