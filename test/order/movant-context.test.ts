/**
 * The words around a motion's name (movant-context-cases.ts): reasons, conditions, directives, clerk's directions, "all
 * pending motions", pronouns, rules before the motion word, the U.S. Trustee, "filed by" after the relief, letter
 * requests, two reliefs of one verb, state courts' openings, "Upon the ... Application", headings.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { CAPTIONS, cases, type Caption, type Want } from './movant-context-cases.js';

function read(caption: Caption, body: string): Want[] {
  return readOrder(CAPTIONS[caption] + body + '\n').motions.map((m) => ({
    movant: m.movant?.value ?? null,
    kind: m.kind.value,
    disposition: m.disposition?.value ?? null,
    docEntry: m.docEntry?.value ?? null,
    proSe: m.proSe?.value ?? null,
  }));
}

/** Only the fields a case lists are compared (the movant always). */
function pick(got: Want[], want: Want[]): Want[] {
  return got.map((g, i) => {
    const w = want[i] ?? { movant: null };
    const out: Want = { movant: g.movant };
    for (const k of ['kind', 'disposition', 'docEntry', 'proSe'] as const) if (k in w) (out as unknown as Record<string, unknown>)[k] = g[k];
    return out;
  });
}

describe('movant, kind and entry from the words around a motion', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    expect(pick(read(caption, body), want)).toEqual(want);
  });
});
