// The citation rules that declare `at` (see Rule.at): at every index where a rule's pattern matches,
// its `at` must match too, or the finder would miss that citation. Checked on the rules' examples, on
// fictional citations of many shapes, and on real documents from ../shared when present.
import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRules, runRule } from '../../src/engine/scan.js';
import type { Hit, Rule } from '../../src/engine/types.js';
import { createCitationFinder } from '../../src/citations/find.js';
import { firstCharClass } from '../../src/citations/reporter-index.js';
import { volumeAt, type Draft } from '../../src/citations/draft.js';

const finder = createCitationFinder();
const withAt = finder.rules.filter((r) => r.at);

/** Indexes where `rule.pattern` matches in a whole-text scan that `rule.at` does not match at. */
function missedPlaces(rule: Rule<Draft>, text: string): number[] {
  const at = new RegExp(rule.at!, 'y');
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  const missed: number[] = [];
  for (const m of text.matchAll(re)) {
    at.lastIndex = m.index;
    if (!at.test(text)) missed.push(m.index);
  }
  return missed;
}

const sequential = (rules: readonly Rule<Draft>[], text: string): Hit<Draft>[] => {
  const hits: Hit<Draft>[] = [];
  for (const r of rules) runRule(r, text, hits);
  return hits;
};
const dispatched = (rules: readonly Rule<Draft>[], text: string): Hit<Draft>[] => {
  const hits: Hit<Draft>[] = [];
  compileRules(rules).run(text, hits);
  return hits;
};

// Fictional citations in the shapes the volume-first and literal-first rules read.
const FICTION = [
  'Alder v. Birch, 12 F.3d 345, 350 (9th Cir. 1999); Cole v. Dunn, 3 U. S., at 7; Nash v. Oak, 45 A.3d 678 (Pa. 2012).',
  'Estes v. Frame, 2021 WL 7654321, at *2 (D. Kan. May 3, 2021); 2019 U.S. Dist. LEXIS 4455.',
  'Gray v. Hale, 2008-Ohio-1234; Ives v. Jett, 2016 IL App (2d) 150001; 2011 ND 45.',
  'Keller v. Lamb, T.C. Memo. 2012-88; 150 T.C. No. 4; 96 Stat. 1234; 42 U.S.C. § 1983; 28 U. S. C. 2255.',
  'Moss, 12 F.3d at 351; 7 *8 F. Supp. 2d 9; 88 Harv. L. Rev. 1001; 14 Tul. L.J. 2 (2001).',
  'U.S. Const. amend. VIII; Cal. Const. art. I, § 7; Fed. R. Civ. P. 56(a); Federal Rule of Evidence 702.',
  'Hr’g Tr. 14:2-9; Tr. at 33; U.S.S.G. § 2D1.1(b)(1); §§ 3553(a) and 3582(c)(1)(A).',
  '1,234 U.S. 5; item 12-A U.S.C. 3; 12-B Zed 4; 2000-Nowhere-1; 1999 WL 2',
  'Fla. Stat. § 775.082 (2019); Mass. Gen. Laws ch. 93A, § 9; Okla. Stat. tit. 22, § 1080; Tex. Penal Code Ann. § 12.33.',
  'Doc. No. 44 at 2; ECF No. 12-3; Dkt. 9; Def.’s Mot. at 4; PSR ¶ 31; Am. Compl. ¶¶ 5-6; (#22); Rec. Doc. 7; D.E. 15.',
];

describe('rules with `at`', () => {
  it('there are volume-first and literal-first rules with `at`', () => {
    expect(withAt.map((r) => r.id)).toEqual(expect.arrayContaining(['citation/case-full', 'citation/journal', 'citation/law-title-code', 'citation/law-constitution', 'citation/law-section-bare']));
  });

  it.each(withAt.map((r) => [r.id, r] as const))('%s: its `at` matches wherever its pattern matches in its examples', (_id, rule) => {
    for (const ex of rule.examples) {
      const text = typeof ex === 'string' ? ex : ex.text;
      expect(missedPlaces(rule, text), text).toEqual([]);
    }
  });

  it.each(FICTION)('every rule finds the same hits through `at` in %s', (text) => {
    expect(dispatched(finder.rules, text)).toEqual(sequential(finder.rules, text));
  });

  it('the fictional texts give hits to most `at` rules (the comparison is not vacuous)', () => {
    const ids = new Set(FICTION.flatMap((t) => sequential(withAt, t).map((h) => h.rule)));
    expect(ids.size).toBeGreaterThanOrEqual(18);
  });
});

describe('firstCharClass and volumeAt', () => {
  it.each([
    { spellings: ['F.3d', 'U.S.', '& Co. Rep.'], extra: '' },
    { spellings: ['.Zed Rep.', 'Alpha'], extra: '.' },
    { spellings: ["'Olde Rep.", 'Beta'], extra: "'’" },
    { spellings: ['ex rel. Rep.', '-Dash Rep.', ']Odd'], extra: 'e-]' },
  ])('$spellings', ({ spellings, extra }) => {
    const cls = new RegExp(`^[${firstCharClass(spellings)}]$`);
    for (const c of 'AZ&' + extra) expect(cls.test(c), c).toBe(true);
    for (const c of 'az.\'’-]'.split('').filter((c) => !extra.includes(c))) expect(cls.test(c), c).toBe(false);
  });

  it.each([
    ['954 F.3d 594', 0],
    ['see 2020 WL 1', 4],
    ['(18 U.S.C. § 1)', 1],
    ['x 12 *34 Zed 5', 2],
    ['2006-Ohio-2095', 0],
    ['12-A Zed. 5', 0],
  ])('volumeAt() matches at the volume of %j', (text, index) => {
    const re = new RegExp(volumeAt(), 'g');
    expect(re.exec(text)?.index).toBe(index);
  });

  it.each([
    ['12 months', 0],
    ['a12 Zed 4', 1],
    ['12345 Zed 4', 0],
    ['12 months', 1],
  ])('volumeAt() does not match in %j at %i', (text, index) => {
    const re = new RegExp(volumeAt(), 'y');
    re.lastIndex = index;
    expect(re.test(text)).toBe(false);
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus');
const docs = existsSync(corpus) ? readdirSync(corpus).filter((f) => /\.(?:html|txt)$/.test(f)).sort().filter((_, k) => k % 6 === 0) : [];

(docs.length ? describe : describe.skip)(`rules with \`at\` on real documents (${docs.length ? docs.length + ' from ' + corpus : 'skipped: ../shared/corpus is absent'})`, () => {
  it('every rule finds the same hits through `at` as by scanning the whole text', () => {
    let total = 0;
    for (const f of docs) {
      const text = readFileSync(path.join(corpus, f), 'utf8').replace(/<[^>]+>/g, ' ');
      const want = sequential(finder.rules, text);
      total += want.length;
      expect(dispatched(finder.rules, text), f).toEqual(want);
    }
    expect(total).toBeGreaterThan(1000);
  });
});
