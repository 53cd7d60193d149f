import { describe, expect, it } from 'vitest';
import { isSpace, sentences } from '../../src/domains/compassionate-release/segment.js';

describe('segment character tests', () => {
  it('isSpace agrees with the regex \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  // Hard-wrapped lines join into one sentence; a line ending in terminal punctuation (then spaces) ends its paragraph.
  it.each([
    ['a wrapped line continues the sentence', 'The defendant asks the Court to reduce his sentence under the\nstatute because of his health.', 1],
    ['a period then trailing spaces ends the paragraph', 'The Court has reviewed the motion and the record.  \nthen a new paragraph begins here in lower case.', 2],
    ['a closing quote ends the paragraph', 'The warden wrote that the request was “denied”\nand the defendant filed this motion shortly after.', 2],
    ['a short line never wraps', 'ORDER\nthe motion is denied.', 2],
    ['a line before a capital does not wrap', 'The defendant is sixty-two years old and has asthma\nHe was sentenced in 2015.', 2],
  ])('%s', (_label, text, paragraphs) => {
    const list = sentences(text);
    expect(new Set(list.map((s) => s.paragraph)).size).toBe(paragraphs);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
