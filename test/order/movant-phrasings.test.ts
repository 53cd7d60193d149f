/**
 * Who filed each motion, whether pro se, and its docket entry, in the many ways judges name a movant (the invented
 * orders of movant-cases.ts). Each case lists every motion the order decides and the fields it asserts.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { CAPTIONS, cases, type Caption, type Want } from './movant-cases.js';

function read(caption: Caption, body: string): Want[] {
  return readOrder(CAPTIONS[caption] + body + '\n').motions.map((m) => ({ movant: m.movant?.value ?? null, docEntry: m.docEntry?.value ?? null, proSe: m.proSe?.value ?? null }));
}

/** Only the fields a case lists are compared. */
function pick(got: Want[], want: Want[]): Want[] {
  return got.map((g, i) => {
    const w = want[i] ?? { movant: null };
    const out: Want = { movant: g.movant };
    if ('docEntry' in w) out.docEntry = g.docEntry;
    if ('proSe' in w) out.proSe = g.proSe;
    return out;
  });
}

describe('movant, pro se and docket entry in invented orders', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    const got = read(caption, body);
    expect(pick(got, want)).toEqual(want);
  });
});
