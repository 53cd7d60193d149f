import { describe, expect, it } from 'vitest';
import { stableSort } from '../../src/engine/sort.js';

/** A small seeded generator, so a failure repeats. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Item = { key: number; end: number; id: number };
const byKey = (a: Item, b: Item) => a.key - b.key;
const byKeyThenLonger = (a: Item, b: Item) => a.key - b.key || b.end - a.end;

function items(n: number, keys: number, seed: number, runs: boolean): Item[] {
  const r = rng(seed);
  const out: Item[] = [];
  for (let i = 0; i < n; i++) out.push({ key: Math.floor(r() * keys), end: Math.floor(r() * 5), id: i });
  // Several ascending runs one after another, as rule-by-rule scanners return hits.
  if (runs) {
    const size = Math.max(1, Math.floor(n / 4));
    for (let s = 0; s < n; s += size) {
      const part = out.slice(s, s + size).sort(byKey);
      out.splice(s, part.length, ...part);
    }
  }
  return out;
}

describe('stableSort gives what Array.prototype.sort gives (both stable)', () => {
  it.each([
    ['empty', 0, 5, false],
    ['one element', 1, 5, false],
    ['a few elements, many ties', 7, 2, false],
    ['just under the insertion limit', 20, 10, false],
    ['just over the insertion limit', 21, 10, false],
    ['161 elements in four ascending runs', 161, 20000, true],
    ['500 elements, many ties', 500, 30, false],
    ['1000 elements, all distinct', 1000, 1e9, false],
  ])('%s', (_name, n, keys, runs) => {
    for (const seed of [1, 2, 3]) {
      for (const cmp of [byKey, byKeyThenLonger]) {
        const a = items(n as number, keys as number, seed, runs as boolean);
        const expected = [...a].sort(cmp).map((x) => x.id);
        const got = stableSort(a, cmp);
        expect(got).toBe(a);
        expect(got.map((x) => x.id)).toEqual(expected);
      }
    }
  });

  it('leaves an array already in order untouched and keeps equal elements in input order', () => {
    const a: Item[] = [0, 0, 1, 1, 1, 2].map((key, id) => ({ key, end: 0, id }));
    expect(stableSort(a, byKey).map((x) => x.id)).toEqual([0, 1, 2, 3, 4, 5]);
    const b: Item[] = [3, 1, 3, 1, 2].map((key, id) => ({ key, end: 0, id }));
    expect(stableSort(b, byKey).map((x) => x.id)).toEqual([1, 3, 4, 0, 2]);
  });
});
