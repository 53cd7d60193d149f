// References by case name (`Raia at 597`) and the finder rules around them, end to end (find + resolve).
import { describe, expect, it } from 'vitest';
import { citeText } from '../../src/citations/index.js';
import { nameAlternation, wordOccurs } from '../../src/citations/references.js';

const refs = (text: string) => citeText(text).filter((c) => c.kind === 'reference');

describe('a name with a pin inside an explanatory parenthetical of a cite is a reference', () => {
  it.each([
    ['Dorsey v. Palm Co., 512 U.S. 40, 44 (1994) (citing Dorsey at 46).', 'Dorsey at 46'],
    ['Quill v. Marsh, 88 F.3d 700, 702 (2d Cir. 1996) (quoting Quill, at 705, and noting the rule).', 'Quill, at 705'],
    ['See Tandy v. Burke, 301 F. Supp. 2d 9 (D. Mass. 2003) (summary judgment) (relying on Tandy at 12).', 'Tandy at 12'],
  ])('%s', (text, want) => {
    const r = refs(text);
    expect(r.map((c) => c.text)).toEqual([want]);
    expect(r[0].resolvesTo).toBe(0);
  });

  it.each([
    // A name in a parenthetical that is not explanatory: the cite's own court/year or a description.
    ['Dorsey v. Palm Co., 512 U.S. 40, 44 (1994) (Dorsey at 46 was the trial record).'],
    ['Quill v. Marsh, 88 F.3d 700 (2d Cir. 1996) (per curiam) (Quill, at 705, joined).'],
  ])('not in a descriptive parenthetical: %s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});

describe('a name and pin written right before a full cite belong to that cite', () => {
  it.each([
    ['Harlow v. Ames Bank, 508 U.S. 324 (1993). Later: Harlow at 332, 113 S. Ct. 2106.'],
    ['Pruitt v. Lane, 410 U.S. 5 (1973). As Pruitt explained, Pruitt, at 9, 93 S. Ct. 40, controls.'],
    ['Oakes v. Rudd, 62 Cal. 2d 100 (1965). See Oakes at 104, 397 P.2d 55.'],
  ])('%s', (text) => {
    expect(refs(text).filter((c) => c.pinCite !== null)).toEqual([]);
  });

  it.each([
    // Before a short cite the name and pin are a short form of their own.
    ['Harlow v. Ames Bank, 508 U.S. 324 (1993). Later: Harlow at 332, 113 S. Ct. at 2110.', 'Harlow at 332'],
    ['Oakes v. Rudd, 62 Cal. 2d 100 (1965). See Oakes at 104; see also 5 F.3d 1.', 'Oakes at 104'],
  ])('still a reference: %s', (text, want) => {
    expect(refs(text).map((c) => c.text)).toEqual([want]);
  });
});

describe('a case name repeated with more of its name after it is not a reference', () => {
  it.each([
    ['Vance v. Green Hill, Inc. (In re Lott), 93 B.R. 263 (Bankr. D. Utah 1988). The court in Vance v. Green Hill, Inc. (In re Lott), at 265, said so.'],
    ['Marlow v. Stone Ridge, LLC, 40 F.4th 1 (1st Cir. 2022). Nothing in Marlow v. Stone Ridge, LLC suggests otherwise.'],
    ['Kessel v. Brandt Corp., 12 F.3d 9 (2d Cir. 1993). Both parties read Kessel v. Brandt, Corp. the same way.'],
  ])('%s', (text) => {
    expect(refs(text).filter((c) => /\bv\./.test(c.text))).toEqual([]);
  });

  it.each([
    ['Fenwick v. Noland, 372 U.S. 391 (1963). We overrule Fenwick v. Noland today.', 'Fenwick v. Noland'],
    ['Halvorsen v. Pike, 5 F.3d 7 (9th Cir. 1993). In Halvorsen v. Pike the panel split.', 'Halvorsen v. Pike'],
    ['Orrin v. Castillo, 9 F.4th 2 (1st Cir. 2021). Orrin v. Castillo (supra) is unlike this case.', 'Orrin v. Castillo'],
    // The name stops at a sentence end, not at an abbreviation.
    ['Brandt v. United States, 5 U.S. 1 (1801). The facts match Brandt v. United States. Although the record differs, we agree.', 'Brandt v. United States'],
    ['Colley v. Louisiana, 134 U.S. 1 (1890). We follow Colley v. Louisiana. Given that, the claim fails.', 'Colley v. Louisiana'],
    ['Amsel v. Ford Motor Co., 5 F.3d 1 (6th Cir. 1993). Unlike Amsel v. Ford Motor Co. here, the buyer waited.', 'Amsel v. Ford Motor Co'],
  ])('the whole name again is one: %s', (text, want) => {
    expect(refs(text).map((c) => c.text)).toEqual([want]);
  });
});

describe('a pinned name one letter off a cited name is a reference (OCR)', () => {
  it.each([
    ['State v. Hollbrook, 135 A.2d 468 (N.J. 1957). [State v. Holbrook at 475, citing Marsh.]', 'Holbrook at 475'],
    ['People v. Kn1ght, 70 Cal. App. 4th 10 (1999). The court in Knight, at 14, agreed.', 'Knight, at 14'],
    ['Grey v. Dze, 3 U.S. 22 (1795); more text. In Doe at 24, the Court went on.', 'Doe at 24'],
  ])('%s', (text, want) => {
    const r = refs(text);
    expect(r.map((c) => c.text)).toEqual([want]);
    expect(r[0].resolvesTo).toBe(0);
    expect(r[0].rule).toBe('citation/reference-ocr');
  });

  it.each([
    // Two letters off, a record or rule word, the Court's own opinion (`ante`): not a reference.
    ['State v. Hollbrook, 135 A.2d 468 (N.J. 1957). Then Hallbrock at 475 said no.'],
    ['Grey v. Dec, 3 U.S. 22 (1795). See Doc at 4 for the motion.'],
    ['Kiowa v. Pellet Mfg., 3 U.S. 22 (1795). The Pellets at 4 dollars a ton were cheap.'],
    ['Grey v. Antle, 3 U.S. 22 (1795). As the majority notes, Ante, at 30, the rule holds.'],
  ])('not: %s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});

describe('nameAlternation', () => {
  const names = ['Raia', 'Ramos', 'Ram', 'Smith', 'Smith Barney', 'Am. Sav. Bank', 'O(x)', 'Ab', 'Abc'];
  const whole = new RegExp(`^(?:${nameAlternation(names)})$`);
  it.each(names)('matches %s', (n) => expect(whole.test(n)).toBe(true));
  it.each(['Rai', 'Smit', 'Smith Barne', 'Abd', 'A', 'Am. Sav.'])('does not match %s', (n) => expect(whole.test(n)).toBe(false));
  it('prefers the longer name and backtracks to a shorter one at a word end', () => {
    const re = new RegExp(`(?:${nameAlternation(names)})(?![\\w])`, 'g');
    expect('Smith Barney said'.match(re)).toEqual(['Smith Barney']);
    expect('Smith Barneys said'.match(re)).toEqual(['Smith']);
  });
  it('matches nothing when there are no names', () => expect(new RegExp(nameAlternation([])).test('anything')).toBe(false));
});

describe('wordOccurs: a word written as a whole word somewhere in the text', () => {
  it.each([
    ['the young man appealed', 'young', true],
    ['Young v. Hale; the youngest child', 'young', false],
    ['young', 'young', true],
    ['(green) light', 'green', true],
    ["a green's edge", 'green', false],
    ['evergreen and greener', 'green', false],
    ['well-known hale', 'known', false],
    ['first: hale, then more', 'hale', true],
    ['a_hale case', 'hale', false],
    ['', 'hale', false],
    ['text', '', false],
  ])('%j has %j: %s', (text, word, want) => expect(wordOccurs(text, word)).toBe(want));
});

describe('a name is found only as whole words, the longest name written there', () => {
  it.each([
    ['Quaid Nobelman v. Tully, 51 F.3d 100 (1st Cir. 1995). Later, Quaid Nobelman at 104 says so.', ['Quaid Nobelman at 104']],
    ['Ostrow v. Pell, 51 F.3d 100 (1st Cir. 1995). The McOstrow at 104 memo and Ostrow, at 103.', ['Ostrow, at 103']],
    ['Brandle Corp. v. Ives, 51 F.3d 100 (1st Cir. 1995). A non-Brandle at 3 line; see Brandle at 102.', ['Brandle at 102']],
  ])('%s', (text, want) => expect(refs(text).map((c) => c.text)).toEqual(want));
});
