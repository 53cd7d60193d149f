/**
 * Session 6's filer words (movant-session6-cases.ts): the defense and the prosecution, "Came the Defendant ... and
 * moved", appositives, dates after the possessive, accented names, "has now filed", caption lists, requests in other
 * words, a second relief with its own entry.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { CAPTIONS, cases, type Caption, type Want } from './movant-session6-cases.js';

function read(caption: Caption, body: string): Want[] {
  return readOrder(CAPTIONS[caption] + body + '\n').motions.map((m) => ({
    movant: m.movant?.value ?? null,
    kind: m.kind.value,
    disposition: m.disposition?.value ?? null,
    docEntry: m.docEntry?.value ?? null,
    proSe: m.proSe?.value ?? null,
  }));
}

/** Only the fields a case lists are compared (the movant always); motions in the order of their entries or their text. */
function pick(got: Want[], want: Want[]): Want[] {
  return got.map((g, i) => {
    const w = want[i] ?? { movant: null };
    const out: Want = { movant: g.movant };
    for (const k of ['kind', 'disposition', 'docEntry', 'proSe'] as const) if (k in w) (out as unknown as Record<string, unknown>)[k] = g[k];
    return out;
  });
}

describe('movant from session-6 filer words', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    expect(pick(read(caption, body), want)).toEqual(want);
  });
});
