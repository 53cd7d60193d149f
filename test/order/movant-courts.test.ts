/**
 * Who filed each motion, pro se status and kind in invented orders of many courts and styles
 * (movant-courts-cases.ts): bankruptcy, habeas, appeals, intervenors and non-parties, joint motions, the government
 * under other names, pro se and counsel signals, kinds, older reporter and slip-opinion styles.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { courtCases, crossCases, relatorCases, signalCases, styleCases, type Want } from './movant-courts-cases.js';

type Got = Record<keyof Want, string | boolean | null>;

function read(text: string): Got[] {
  return readOrder(text).motions.map((m) => ({ kind: m.kind.value, disposition: m.disposition?.value ?? null, movant: m.movant?.value ?? null, docEntry: m.docEntry?.value ?? null, proSe: m.proSe?.value ?? null }));
}

/** A wanted value "a|b" accepts either reading ("null" for none). */
function accepts(want: unknown, got: unknown): boolean {
  if (typeof want === 'string' && want.includes('|')) return want.split('|').includes(got === null ? 'null' : String(got));
  return want === got;
}

/** The got fields a case lists, with an accepted alternative replaced by the wanted spelling (for a readable diff). */
function pick(got: Got[], want: Want[]): Record<string, unknown>[] {
  return got.map((g, i) => {
    const w = (want[i] ?? {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(w)) out[k] = accepts(w[k], g[k as keyof Got]) ? w[k] : g[k as keyof Got];
    return out;
  });
}

describe('movant, pro se and kind across courts', () => {
  it.each(courtCases)('%s', (_name, text, want) => {
    expect(pick(read(text), want)).toEqual(want);
  });
});

describe('movant and kind in older reporter and slip-opinion styles', () => {
  it.each(styleCases)('%s', (_name, text, want) => {
    expect(pick(read(text), want)).toEqual(want);
  });
});

describe('pro se and counsel signals, post-conviction motions, state trial courts', () => {
  it.each(signalCases)('%s', (_name, text, want) => {
    expect(pick(read(text), want)).toEqual(want);
  });
});

describe('cross-motions, plural filers, "Movant" outside a § 2255 case', () => {
  it.each(crossCases)('%s', (_name, text, want) => {
    expect(pick(read(text), want)).toEqual(want);
  });
});

describe('relators, a Commonwealth, respondents in habeas', () => {
  it.each(relatorCases)('%s', (_name, text, want) => {
    expect(pick(read(text), want)).toEqual(want);
  });
});
