// resolveOverlaps works cluster by cluster; it must keep exactly what one greedy pass over all hits
// (best first, skip what overlaps a kept hit) keeps. The reference below is that single pass.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { resolveOverlaps } from '../src/engine/scan.js';
import type { Hit } from '../src/engine/types.js';

function reference<T>(hits: Hit<T>[]): Hit<T>[] {
  const ranked = [...hits].sort((a, b) => b.priority - a.priority || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  const kept: Hit<T>[] = [];
  for (const h of ranked) if (!kept.some((k) => k.span[0] < h.span[1] && k.span[1] > h.span[0])) kept.push(h);
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

const hit = (s: number, e: number, priority: number, value = `${s}-${e}/${priority}`): Hit<string> => ({ value, span: [s, e], rule: 'r', priority, confidence: 1 });

describe('resolveOverlaps, cluster by cluster', () => {
  it.each([
    { name: 'a chain of overlaps is one cluster', hits: [hit(0, 5, 1), hit(4, 9, 2), hit(8, 12, 1)], kept: ['4-9/2'] },
    { name: 'touching spans do not overlap', hits: [hit(0, 5, 1), hit(5, 9, 1), hit(9, 12, 3)], kept: ['0-5/1', '5-9/1', '9-12/3'] },
    { name: 'a long low hit loses to two short high ones', hits: [hit(0, 20, 1), hit(2, 5, 5), hit(10, 14, 5)], kept: ['2-5/5', '10-14/5'] },
    { name: 'equal rank: the earlier start, then input order', hits: [hit(3, 6, 1, 'b'), hit(3, 6, 1, 'a'), hit(0, 3, 1)], kept: ['0-3/1', 'b'] },
  ])('$name', ({ hits, kept }) => {
    expect(resolveOverlaps(hits).map((h) => h.value)).toEqual(kept);
  });

  fcTest.prop([fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3 })), { maxLength: 120 })])(
    'keeps what one greedy pass over all hits keeps',
    (rows) => {
      const hits = rows.map(([s, len, p], i) => hit(s, s + len, p, `h${i}`));
      expect(resolveOverlaps(hits).map((h) => h.value)).toEqual(reference(hits).map((h) => h.value));
    },
  );
});
