import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { compileTrie } from '../src/engine/trie.js';
import { resolveOverlaps } from '../src/engine/scan.js';
import type { Hit } from '../src/engine/types.js';

describe('trie compiler', () => {
  it.each([
    [['F.2d', 'F.3d', 'F.', 'F. Supp.'], 'see 954 F.3d 594 and 1 F. Supp. 2', ['F.3d', 'F. Supp.']],
    [['U.S.', 'U.S.C.'], '18 U.S.C. 3582; 1 U.S. 2', ['U.S.C.', 'U.S.']],
    [['ab', 'abc', 'abd'], 'abd abc ab', ['abd', 'abc', 'ab']],
  ])('%j finds the longest alternatives in %s', (words, text, want) => {
    const re = compileTrie(words);
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual(want);
  });

  fcTest.prop([fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 })])(
    'matches exactly the dictionary words when anchored',
    (words) => {
      const re = new RegExp('^(?:' + compileTrie(words, '').source + ')$');
      for (const w of words) expect(re.test(w)).toBe(true);
    },
  );
});

describe('overlap resolution', () => {
  const hit = (s: number, e: number, priority: number): Hit<string> => ({ value: `${s}-${e}`, span: [s, e], rule: 'r', priority, confidence: 1 });
  it.each([
    { name: 'higher priority wins', hits: [hit(0, 10, 1), hit(5, 8, 2)], kept: ['5-8'] },
    { name: 'longer wins at equal priority', hits: [hit(0, 10, 1), hit(5, 8, 1)], kept: ['0-10'] },
    { name: 'disjoint are all kept', hits: [hit(0, 3, 1), hit(3, 6, 1), hit(10, 12, 0)], kept: ['0-3', '3-6', '10-12'] },
  ])('$name', ({ hits, kept }) => {
    expect(resolveOverlaps(hits).map((h) => h.value)).toEqual(kept);
  });
});
