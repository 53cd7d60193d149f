// Rules with an `at` run at the places it finds (one shared scan, sticky patterns there): the hits
// must equal a whole-text scan of each pattern, in the same order.
import { describe, expect, it } from 'vitest';
import { compileRules, runRule } from '../src/engine/scan.js';
import type { Hit, Rule } from '../src/engine/types.js';

const rule = (id: string, pattern: RegExp, at?: string, parse: Rule<string>['parse'] = (m) => m[0]): Rule<string> => ({
  id,
  pattern,
  at,
  parse,
  priority: 1,
  examples: [],
  counterexamples: [],
});

const plain = (rules: Rule<string>[], text: string): Hit<string>[] => {
  const hits: Hit<string>[] = [];
  for (const r of rules) runRule(r, text, hits);
  return hits;
};
const viaAt = (rules: Rule<string>[], text: string, enabled?: boolean[]): Hit<string>[] => {
  const hits: Hit<string>[] = [];
  compileRules(rules).run(text, hits, enabled);
  return hits;
};

// Volume-first shapes, in the manner of the citation rules (fictional reporters).
const NUM_AT = String.raw`\b\d{1,4}\s+[A-Z]`;
const table: Array<{ name: string; rules: Rule<string>[]; text: string }> = [
  {
    name: 'two rules sharing one at, both matching at one place',
    rules: [rule('a', /\b\d{1,4}\s+Zed\.\s+\d+/g, NUM_AT), rule('b', /\b\d{1,4}\s+Zed\./g, NUM_AT)],
    text: 'see 12 Zed. 40 and 7 Zed. 9, 3 Qux. 1',
  },
  {
    name: 'a rule does not match again inside its own match (global semantics)',
    rules: [rule('long', /\b\d+\s+[A-Z]\w*\s+\d+\s+[A-Z]\w*/g, NUM_AT)],
    text: '1 Abc 2 Def 3 Ghi 4 Jkl',
  },
  {
    name: 'an at rule between rules without one keeps the table order',
    rules: [rule('free1', /Id\./g), rule('vol', /\b\d{1,4}\s+Wex\s+\d+/g, NUM_AT), rule('free2', /supra/g)],
    text: 'Id. 5 Wex 6; Foo, supra; Id. 10 Wex 11',
  },
  {
    name: 'a literal at (one group of its own)',
    rules: [rule('sect', /§+\s*\d+/g, '§'), rule('para', /¶\s*\d+/g, '¶')],
    text: 'under §§ 12 and ¶ 4, also § 9',
  },
  {
    name: 'parse returning null still consumes the match',
    rules: [rule('odd', /\b\d{1,4}\s+Rep\.\s+\d+/g, NUM_AT, (m) => (Number(m[0][0]) % 2 ? m[0] : null))],
    text: '1 Rep. 2 Rep. 3 and 4 Rep. 5 then 5 Rep. 6',
  },
  {
    name: 'no places at all',
    rules: [rule('vol', /\b\d{1,4}\s+Wex\s+\d+/g, NUM_AT)],
    text: 'nothing here to find',
  },
];

describe('compileRules: rules with `at`', () => {
  it.each(table)('$name', ({ rules, text }) => {
    const want = plain(rules, text);
    expect(viaAt(rules, text)).toEqual(want);
  });

  it('finds something in the table rows (the comparison is not vacuous)', () => {
    expect(table.filter((r) => plain(r.rules, r.text).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    { enabled: [true, false, true], want: ['free1', 'free1', 'free2'] },
    { enabled: [false, true, false], want: ['vol', 'vol'] },
  ])('respects enabled $enabled', ({ enabled, want }) => {
    const { rules, text } = table[2];
    expect(viaAt(rules, text, enabled).map((h) => h.rule)).toEqual(want);
  });

  it('rejects a pattern without the g flag (misuse of the API)', () => {
    expect(() => compileRules([rule('bad', /x/, 'x')])).toThrow(TypeError);
  });
});
