// findCitations on sentences written for these tests: each row lists the citations (in order) with the fields they must have.
import { describe, expect, it } from 'vitest';
import { createCitationFinder, findCitations } from '../../src/citations/find.js';
import type { Citation } from '../../src/citations/types.js';

type Want = Partial<Citation> & { text?: string; full?: string };
const rows: Array<{ name: string; text: string; want: Want[] }> = [
  {
    name: 'full cite with pin, court and year',
    text: 'See United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020).',
    want: [{ kind: 'case', volume: '954', reporter: 'F.3d', page: '594', pinCite: '595', court: 'ca3', year: 2020, plaintiff: 'United States', defendant: 'Raia', full: 'United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020)' }],
  },
  {
    name: 'no leaking of names or years across citations',
    text: 'Brown v. Board, 347 U.S. 483 (1954), and Miranda v. Arizona, 384 U.S. 436 (1966).',
    want: [
      { kind: 'case', plaintiff: 'Brown', defendant: 'Board', year: 1954, court: 'scotus' },
      { kind: 'case', plaintiff: 'Miranda', defendant: 'Arizona', year: 1966, court: 'scotus' },
    ],
  },
  {
    name: 'court and year across a line break',
    text: 'Alpha Corp. v. Beta, 100 F. Supp. 3d 12, 15\n(S.D.N.Y. 2015)',
    want: [{ kind: 'case', reporter: 'F. Supp. 3d', court: 'nysd', year: 2015, pinCite: '15' }],
  },
  {
    name: 'full date in the parenthetical',
    text: 'Gamma v. Delta, 2020 WL 1900495, at *6 (E.D. Pa. Apr. 17, 2020)',
    want: [{ kind: 'case', reporter: 'WL', volume: '2020', page: '1900495', pinCite: '*6', court: 'paed', year: 2020, date: '2020-04-17' }],
  },
  {
    name: 'parallel cites share one authority, name, year and parenthetical',
    text: 'Lima v. Mike, 1 U.S. 12, 14, 1 S. Ct. 2, 5 (1982) (overruling foo).',
    want: [
      { kind: 'case', reporter: 'U.S.', pinCite: '14', year: 1982, parenthetical: 'overruling foo', plaintiff: 'Lima' },
      { kind: 'case', reporter: 'S. Ct.', pinCite: '5', year: 1982, parenthetical: 'overruling foo', plaintiff: 'Lima' },
    ],
  },
  {
    name: 'Lexis and neutral cites',
    text: 'Echo v. Fox, 2000 U.S. Dist. LEXIS 12335 (S.D.N.Y. 2000); State v. Gulf, 2006-Ohio-2095; 2017 IL App (4th) 160407.',
    want: [
      { kind: 'case', reporter: 'U.S. Dist. LEXIS', page: '12335', court: 'nysd' },
      { kind: 'case', reporter: 'Ohio', volume: '2006', page: '2095' },
      { kind: 'case', reporter: 'IL App (4th)', page: '160407' },
    ],
  },
  {
    name: 'short forms with antecedents',
    text: 'Raia, 954 F.3d at 597. Id. at 598. Id. Ibid. Raia, supra, at 599.',
    want: [
      { kind: 'caseShort', volume: '954', pinCite: '597', antecedentGuess: 'Raia' },
      { kind: 'id', pinCite: '598' },
      { kind: 'id', pinCite: null },
      { kind: 'id' },
      { kind: 'supra', antecedentGuess: 'Raia', pinCite: 'at 599' },
    ],
  },
  {
    name: 'references after a full cite',
    text: 'Amick v. Liberty Mut. Ins. Co., 455 A.2d 793 (R.I. 1983). In that case the court said so. See Amick at 795.',
    want: [{ kind: 'case' }, { kind: 'reference', antecedentGuess: 'Amick', pinCite: '795' }],
  },
  {
    name: 'explanatory parenthetical scope',
    text: 'Kilo v. Lima, 10 F.4th 1, 3 (2d Cir. 2021) (quoting Mike v. Nov, 5 F.3d 9, 10 (2d Cir. 1994)).',
    want: [
      { kind: 'case', inParenthetical: false, parenthetical: 'quoting Mike v. Nov, 5 F.3d 9, 10 (2d Cir. 1994)' },
      { kind: 'case', inParenthetical: true, plaintiff: 'Mike', defendant: 'Nov', year: 1994 },
    ],
  },
  {
    name: 'statutes and rules',
    text: '18 U.S.C. § 3582(c)(1)(A)(i); 28 U.S.C. §§ 2241-2255; 42 U.S.C. 1983 et seq.; 28 C.F.R. § 571.61; Fed. R. Crim. P. 35(b); Fed. R. Evid. 404(b); U.S.S.G. § 1B1.13; U.S. Const. amend. IV; Pub. L. No. 115-391, 132 Stat. 5194.',
    want: [
      { kind: 'law', code: 'U.S.C.', title: '18', section: '3582', pinCite: '(c)(1)(A)(i)' },
      { kind: 'law', code: 'U.S.C.', section: '2241-2255' },
      { kind: 'law', code: 'U.S.C.', section: '1983' },
      { kind: 'law', code: 'C.F.R.', title: '28', section: '571.61' },
      { kind: 'law', code: 'Fed. R. Crim. P.', section: '35', pinCite: '(b)' },
      { kind: 'law', code: 'Fed. R. Evid.', section: '404' },
      { kind: 'law', code: 'U.S.S.G.', section: '1B1.13' },
      { kind: 'law', code: 'U.S. Const.', title: 'amend. IV' },
      { kind: 'law', code: 'Pub. L.', section: '115-391' },
      { kind: 'law', code: 'Stat.', volume: '132', page: '5194' },
    ],
  },
  {
    name: 'statutory short form after its code cite; a bare section without one stays unknown',
    text: 'See § 99 generally. Relief lies under 18 U.S.C. § 3582(c)(1)(A). Under § 3582(c), the court may act.',
    want: [{ kind: 'unknown', section: '99' }, { kind: 'law', section: '3582' }, { kind: 'law', code: 'U.S.C.', title: '18', section: '3582', pinCite: '(c)' }],
  },
  {
    name: 'state codes',
    text: 'Fla. Stat. § 120.68 (2007); Mass. Gen. Laws ch. 93A, § 2; Cal. Penal Code § 1170(d); Okla. Stat. tit. 21, § 701.7.',
    want: [
      { kind: 'law', code: 'Fla. Stat.', section: '120.68', year: 2007 },
      { kind: 'law', code: 'Mass. Gen. Laws', chapter: '93A', section: '2' },
      { kind: 'law', section: '1170', pinCite: '(d)' },
      { kind: 'law', code: 'Okla. Stat.', title: '21', section: '701.7' },
    ],
  },
  {
    name: 'record citations',
    text: 'The motion (Doc. No. 55-1 at 3) and the reply (ECF No. 12) and Dkt. 7 and Dkt. No. 8, the order (#40), [Doc. 37], Rec. Doc. 184, Compl. ¶ 4, Hr’g Tr. 12:3.',
    want: [
      { kind: 'record', docEntry: '55-1', pinCite: '3' },
      { kind: 'record', docEntry: '12' },
      { kind: 'record', docEntry: '7' },
      { kind: 'record', docEntry: '8' },
      { kind: 'record', docEntry: '40', text: '#40' },
      { kind: 'record', docEntry: '37' },
      { kind: 'record', docEntry: '184' },
      { kind: 'record', pinCite: '¶ 4' },
      { kind: 'record', pinCite: '12:3', text: 'Hr’g Tr. 12:3' },
    ],
  },
  {
    name: 'journals',
    text: 'See 66 B.U. L. Rev. 71, 75 (1986); 95 Yale L.J. 1.',
    want: [
      { kind: 'journal', volume: '66', reporter: 'B.U. L. Rev.', page: '71', pinCite: '75', year: 1986 },
      { kind: 'journal', volume: '95', page: '1' },
    ],
  },
  {
    name: 'variant spellings of reporters',
    text: '1 F.Supp.2d 5; 2 F. 3d 6; 3 Fed. Appx. 7; 4 S.Ct. 8; 5 L.Ed.2d 9; 171 Wn.2d 1016; 63 NY2d 582',
    want: [
      { reporter: 'F. Supp. 2d' },
      { reporter: 'F.3d' },
      { reporter: "F. App'x" },
      { reporter: 'S. Ct.' },
      { reporter: 'L. Ed. 2d' },
      { reporter: 'Wash. 2d' },
      { reporter: 'N.Y.2d' },
    ],
  },
];

const NONE = ['', 'lorem 111 S.W. 12th St.', 'He paid 12 U.S. dollars.', 'Call 555 1234 today', 'foo1 U.S. 1, 1. U.S. 1foo', 'the idea and the bid.', 'In 2019, 30 people came.'];

function check(c: Citation, w: Want, text: string) {
  const { full, text: core, ...fields } = w;
  for (const [k, v] of Object.entries(fields)) expect((c as unknown as Record<string, unknown>)[k], `${k} of ${c.text}`).toEqual(v);
  if (core !== undefined) expect(c.text).toBe(core);
  if (full !== undefined) expect(text.slice(...c.fullSpan)).toBe(full);
}

describe('findCitations', () => {
  it.each(rows)('$name', ({ text, want }) => {
    const got = findCitations(text);
    expect(got.map((c) => `${c.kind}:${c.text}`).length, JSON.stringify(got.map((c) => `${c.kind}:${c.text}`))).toBe(want.length);
    want.forEach((w, i) => check(got[i], w, text));
    for (const c of got) {
      expect(text.slice(...c.span)).toBe(c.text);
      expect(c.fullSpan[0]).toBeLessThanOrEqual(c.span[0]);
      expect(c.fullSpan[1]).toBeGreaterThanOrEqual(c.span[1]);
      expect(c.resolvesTo).toBeNull();
      expect(c.rule).toMatch(/^citation\//);
    }
  });

  it.each(NONE)('finds nothing in %j', (text) => {
    expect(findCitations(text).map((c) => c.text)).toEqual([]);
  });

  it('a finder compiled once gives the same answers as findCitations', () => {
    const finder = createCitationFinder();
    for (const { text } of rows) expect(finder.find(text)).toEqual(findCitations(text));
  });

  // A bare name is a reference only when it names a party of an earlier full cite and is used as a name.
  it.each([
    ['a party name used again', 'Raia v. Smith, 954 F.3d 594 (3d Cir. 2020). Later, Raia controls.', ['Raia']],
    ['a month is never a case name', 'August v. Smith, 954 F.3d 594 (3d Cir. 2020). In August, the court ruled.', []],
    ['a party role is never a case name', 'Jones v. Defendant, 954 F.3d 594 (3d Cir. 2020). The Defendant moved.', []],
    ['the litigant of this case, named before the cite', 'Adkins moved to dismiss. See Adkins v. Smith, 954 F.3d 594 (3d Cir. 2020). Adkins argues more.', []],
    ['another person with the surname before the cite does not count', 'Counsel was David Adkins. See Adkins v. Smith, 954 F.3d 594 (3d Cir. 2020). In Adkins, the court ruled.', ['Adkins']],
    ['part of a longer proper name', 'Oasis v. Smith, 954 F.3d 594 (3d Cir. 2020). We stayed at the Hotel Oasis.', []],
    ['a common word starting a sentence', 'Green v. Smith, 954 F.3d 594 (3d Cir. 2020). The grass is green. Green grass grows.', []],
    ['a common word acting as the case', 'Green v. Smith, 954 F.3d 594 (3d Cir. 2020). The grass is green. Green held otherwise.', ['Green']],
    ['the place in a City of ... party', 'Smith v. City of Detroit, 954 F.3d 594 (3d Cir. 2020). We drove to Detroit.', []],
  ])('bare names: %s', (_name, text, want) => {
    expect(findCitations(text).filter((c) => c.kind === 'reference').map((c) => c.antecedentGuess)).toEqual(want);
  });

  it('can turn off bare-name references', () => {
    const text = 'Raia v. Smith, 954 F.3d 594 (3d Cir. 2020). Later, Raia controls.';
    expect(findCitations(text).map((c) => c.kind)).toEqual(['case', 'reference']);
    expect(findCitations(text, { bareNameReferences: false }).map((c) => c.kind)).toEqual(['case']);
  });
});
