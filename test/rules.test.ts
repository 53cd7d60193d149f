// Runs every rule's own examples and counterexamples (the way reporters-db tests each entry).
import { describe, expect, it } from 'vitest';
import { ruleSets } from '../src/rules.js';
import { scanAll } from '../src/engine/scan.js';

const cases = ruleSets.flatMap((set) =>
  set.rules.map((rule) => ({ name: `${set.domain} ${rule.id}`, set, rule })),
);

describe('rule tables', () => {
  it('ids are unique across the project', () => {
    const ids = cases.map((c) => c.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases)('$name: examples match, counterexamples do not', ({ rule }) => {
    expect(rule.examples.length, `${rule.id} needs at least one example`).toBeGreaterThan(0);
    expect(rule.pattern.global, `${rule.id}: pattern needs the g flag`).toBe(true);
    for (const ex of rule.examples) {
      const text = typeof ex === 'string' ? ex : ex.text;
      const hits = scanAll([rule], text);
      expect(hits.length, `${rule.id} should match example: ${text}`).toBeGreaterThan(0);
      if (typeof ex !== 'string' && ex.expect) {
        expect(hits.some((h) => matchesSubset(h.value, ex.expect!)), `${rule.id} on "${text}" gave ${JSON.stringify(hits.map((h) => h.value))}`).toBe(true);
      }
    }
    for (const text of rule.counterexamples) {
      const hits = scanAll([rule], text);
      expect(hits.map((h) => text.slice(...h.span)), `${rule.id} should not match counterexample: ${text}`).toEqual([]);
    }
  });
});

function matchesSubset(value: unknown, want: Record<string, unknown>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Object.entries(want).every(([k, w]) => JSON.stringify(v[k]) === JSON.stringify(w));
}
