// Shared by the table-driven motion tests: what readOrder makes of an invented order, field by field.
import { expect } from 'vitest';
import { readOrder } from '../../src/order/index.js';

/** A wanted motion in the movant tables: the movant always, the other fields when the case means to assert them. */
export interface Want {
  movant: string | null;
  kind?: string;
  disposition?: string | null;
  docEntry?: string | null;
  proSe?: boolean | null;
}

export interface MotionFields {
  movant: string | null;
  kind: string;
  disposition: string | null;
  docEntry: string | null;
  proSe: boolean | null;
}

/** The motions of an order's text, each as plain values. */
export function motionFields(text: string): MotionFields[] {
  return readOrder(text, { citations: false, domains: [] }).motions.map((m) => ({
    movant: m.movant?.value ?? null,
    kind: m.kind.value,
    disposition: m.disposition?.value ?? null,
    docEntry: m.docEntry?.value ?? null,
    proSe: m.proSe?.value ?? null,
  }));
}

/** Only the fields a wanted motion lists are kept (the movant always), so a table can assert what it means to. */
export function pickListed<W extends { movant: string | null }>(got: MotionFields[], want: W[]): W[] {
  return got.map((g, i) => {
    const w = (want[i] ?? { movant: null }) as Record<string, unknown>;
    const out: Record<string, unknown> = { movant: g.movant };
    for (const k of ['kind', 'disposition', 'docEntry', 'proSe'] as const) if (k in w) out[k] = g[k];
    return out as W;
  });
}

/** The same number of motions, and every field each wanted motion lists (`docEntry: undefined` asserts none). */
export function expectMotions(text: string, want: Array<Record<string, unknown>>): void {
  const got = motionFields(text).map((m) => ({ ...m, docEntry: m.docEntry ?? undefined }));
  expect(got.length, JSON.stringify(got)).toBe(want.length);
  want.forEach((w, i) => {
    for (const [k, v] of Object.entries(w)) expect((got[i] as Record<string, unknown>)[k], `${k} of motion ${i}: ${JSON.stringify(got)}`).toBe(v);
  });
}
