import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/server/csv.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['@sum', "'@sum"],
    [null, ''],
    [3, '3'],
    [-0.25, '-0.250000'],
  ])('%j -> %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});
