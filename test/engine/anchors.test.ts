import { describe, expect, it } from 'vitest';
import { compileAnchors } from '../../src/engine/anchors.js';

const includesAll = (words: string[], text: string): string[] => [...new Set(words)].filter((w) => text.includes(w)).sort();
const presentAll = (words: string[], text: string): string[] => [...compileAnchors(words).present(text)].sort();

describe('compileAnchors', () => {
  it.each([
    ['words inside longer words', ['grant', 'granted', 'den', 'deny'], 'the motion is granted in part and denied in part', ['den', 'grant', 'granted']],
    ['overlapping anchors', ['days', 'ays', 'stack', 'sstack'], 'thirty daysstacked', ['ays', 'days', 'sstack', 'stack']],
    ['one-character and empty anchors', ['§', 'x', ''], 'under § 3582', ['', '§']],
    ['an anchor at the very end', ['moot', 'end'], 'it is moot', ['moot']],
    ['non-ASCII pairs that fold to one table slot', ['opp’n', 'oppn', 'é'], 'the opp’n brief, café', ['opp’n', 'é']],
    ['nothing present', ['abeyance', 'show cause'], 'the petition is dismissed', []],
    ['an empty text', ['grant'], '', []],
  ])('%s', (_label, words, text, want) => {
    expect(presentAll(words, text)).toEqual(want);
    expect(presentAll(words, text)).toEqual(includesAll(words, text));
  });

  it('agrees with includes on generated texts', () => {
    // A small deterministic generator: texts and anchors over a few letters, so that overlaps abound.
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'ab cd’é\n';
    const word = (len: number): string => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let k = 0; k < 300; k++) {
      const words = Array.from({ length: 1 + rnd(12) }, () => word(1 + rnd(5)));
      const text = word(rnd(80));
      expect(presentAll(words, text)).toEqual(includesAll(words, text));
    }
  });
});
