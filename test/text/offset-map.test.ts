import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, identityMap } from '../../src/text/offset-map.js';

describe('OffsetMapBuilder', () => {
  it('maps copied runs, single characters and fixed expansions', () => {
    const b = new OffsetMapBuilder();
    b.run(0, 3); // "abc" from 0..3
    b.run(10, 2); // "de" from 10..12
    b.fixedAt(20, 3); // "..." from the one character at 20
    b.char(21);
    const m = b.build(30);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => m.toSource(i))).toEqual([0, 1, 2, 10, 11, 20, 20, 20, 21]);
    expect(m.toSource(9)).toBe(22);
    expect(m.spanToSource(3, 8)).toEqual([10, 21]);
    expect(m.spanToSource(0, 3)).toEqual([0, 3]);
  });

  it('merges contiguous characters into one segment', () => {
    const b = new OffsetMapBuilder();
    for (let i = 0; i < 1000; i++) b.char(i);
    expect(b.build(1000).segments).toBe(1);
  });

  it('an empty map sends everything to 0', () => {
    expect(new OffsetMapBuilder().build(0).toSource(5)).toBe(0);
    expect(identityMap(4).toSource(9)).toBe(4);
  });
});
