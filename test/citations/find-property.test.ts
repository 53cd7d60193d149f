// Properties of findCitations on random and adversarial text: never throws, spans slice the input, no catastrophic backtracking.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { findCitations } from '../../src/citations/find.js';

// Fragments that make the rules start matching: citation pieces, punctuation, spaces, digits.
const piece = fc.constantFrom(
  '1', '12', '954', ' ', '  ', '\n', ',', '.', '(', ')', '[', ']', '§', '§§', '¶', '-', '—', '_', '*', 'at', 'v.', 'Id.', 'id.',
  'supra', 'U.S.', 'U. S.', 'F.3d', 'F. Supp. 2d', 'S. Ct.', 'U.S.C.', 'C.F.R.', 'Doc.', 'No.', 'ECF', 'Dkt.', 'WL', 'LEXIS',
  'L. Rev.', 'Stat.', 'Fed. R. Civ. P.', 'U.S.S.G.', 'Const.', 'amend.', 'Smith', 'In re', 'Co.', '(3d Cir. 2020)', 'aff’d',
  '\uD800', '\u0000', 'é', '’', '"', 'quoting',
);
const docText = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 80 }).map((a) => a.join(''));

describe('findCitations properties', () => {
  fcTest.prop([docText], { numRuns: 400 })('spans slice the input exactly and never cross', (text) => {
    const cites = findCitations(text);
    let last = -1;
    for (const c of cites) {
      expect(c.span[0]).toBeGreaterThanOrEqual(0);
      expect(c.span[1]).toBeLessThanOrEqual(text.length);
      expect(c.span[0]).toBeLessThan(c.span[1]);
      expect(text.slice(...c.span)).toBe(c.text);
      expect(c.fullSpan[0]).toBeLessThanOrEqual(c.span[0]);
      expect(c.fullSpan[1]).toBeGreaterThanOrEqual(c.span[1]);
      expect(c.fullSpan[1]).toBeLessThanOrEqual(text.length);
      expect(c.span[0]).toBeGreaterThanOrEqual(last);
      last = c.span[0];
    }
  });

  fcTest.prop([fc.string({ maxLength: 300 })], { numRuns: 300 })('never throws on arbitrary strings', (text) => {
    expect(Array.isArray(findCitations(text))).toBe(true);
  });

  // Long runs of the characters the patterns repeat over: a super-linear pattern would not finish.
  it.each([
    ['spaces and dots', ' .'.repeat(40000)],
    ['digits and spaces', '1 '.repeat(40000)],
    ['capitalized words', 'Smith Jones '.repeat(10000)],
    ['section signs', '§ 1('.repeat(20000)],
    ['open parentheses', '('.repeat(50000)],
    ['repeated pins', '1 U.S. 1, 2'.repeat(5000)],
    ['v. chains', 'A v. B v. '.repeat(10000)],
    ['dots in reporters', 'F. F. F. '.repeat(10000)],
  ])('finishes on %s', (_name, text) => {
    expect(Array.isArray(findCitations(text))).toBe(true);
  });
});
