import { describe, expect, it } from 'vitest';
import { resolveCitations } from '../../src/citations/resolve.js';
import { findCitations } from '../../src/citations/find.js';
import type { Warning } from '../../src/engine/types.js';
import { build, fullCase, idCite, shortCase, type Spec } from './resolve-helpers.js';

// Each row: text, hand-built citations, then for each citation the index it must resolve to
// (`-` = unresolved, `?` = ambiguous, `=` = a full cite, not resolved).
type Row = { name: string; text: string; specs: Spec[]; want: Array<number | '-' | '?' | '='> };

const rows: Row[] = [
  {
    name: 'Id. binds to the preceding case cite',
    text: 'Alpha v. Beta, 12 F.3d 100 (2d Cir. 1993). Id. Id. at 104.',
    specs: [fullCase('12 F.3d 100', 'Alpha', 'Beta'), idCite('Id.'), idCite('Id. at 104', 'at 104')],
    want: ['=', 0, 0],
  },
  {
    name: 'Id. binds to a record cite, not to the case before it',
    text: 'See Gamma v. Delta, 954 F.3d 594, 595 (3d Cir. 2020). The motion attaches records. (Doc. No. 55-1 at 3.) Id. at 4.',
    specs: [fullCase('954 F.3d 594', 'Gamma', 'Delta'), { kind: 'record', at: 'Doc. No. 55-1 at 3', docEntry: '55-1', pinCite: 'at 3' }, idCite('Id. at 4', 'at 4')],
    want: ['=', '=', 1],
  },
  {
    name: 'Id. binds to a statute',
    text: 'Epsilon v. Zeta, 5 U.S. 10. Then 18 U.S.C. § 3582(c)(1)(A) applies. Id. § 3582(d).',
    specs: [fullCase('5 U.S. 10', 'Epsilon', 'Zeta'), { kind: 'law', at: '18 U.S.C. § 3582(c)(1)(A)', code: 'U.S.C.', title: '18', section: '3582', pinCite: '(c)(1)(A)' }, idCite('Id. § 3582(d)', '§ 3582(d)')],
    want: ['=', '=', 1],
  },
  {
    name: 'Id. skips a cite inside an explanatory parenthetical',
    text: 'Eta v. Theta, 20 F.4th 7, 9 (1st Cir. 2021) (quoting Iota v. Kappa, 3 U.S. 40 (1800)). Id. at 9.',
    specs: [fullCase('20 F.4th 7', 'Eta', 'Theta'), fullCase('3 U.S. 40', 'Iota', 'Kappa', { inParenthetical: true }), idCite('Id. at 9', 'at 9')],
    want: ['=', '=', 0],
  },
  {
    name: 'Id. after a string of two authorities is ambiguous',
    text: 'See Lambda v. Mu, 1 U.S. 1 (1790); Nu v. Xi, 2 U.S. 5 (1791). Id. at 6.',
    specs: [fullCase('1 U.S. 1', 'Lambda', 'Mu', { full: 'Lambda v. Mu, 1 U.S. 1 (1790)' }), fullCase('2 U.S. 5', 'Nu', 'Xi', { full: 'Nu v. Xi, 2 U.S. 5 (1791)' }), idCite('Id. at 6', 'at 6')],
    want: ['=', '=', '?'],
  },
  {
    name: 'a string citing one authority twice is not ambiguous',
    text: 'See Lambda v. Mu, 1 U.S. 1, 3 (1790); Lambda, 1 U.S. at 5. Id. at 6.',
    specs: [fullCase('1 U.S. 1', 'Lambda', 'Mu', { full: 'Lambda v. Mu, 1 U.S. 1, 3 (1790)' }), shortCase('1 U.S. at 5', '1', 'U.S.', 'at 5', 'Lambda'), idCite('Id. at 6', 'at 6')],
    want: ['=', 0, 0],
  },
  {
    name: 'an Id. inside a parenthetical may bind to the cite in that parenthetical',
    text: 'Eta v. Theta, 20 F.4th 7 (1st Cir. 2021) (quoting Iota v. Kappa, 3 U.S. 40 (1800), and id. at 41).',
    specs: [fullCase('20 F.4th 7', 'Eta', 'Theta'), fullCase('3 U.S. 40', 'Iota', 'Kappa', { inParenthetical: true }), idCite('id. at 41', 'at 41', { inParenthetical: true })],
    want: ['=', '=', 1],
  },
  {
    name: 'two authorities in separate sentences: Id. takes the last',
    text: 'See Lambda v. Mu, 1 U.S. 1 (1790). And see Nu v. Xi, 2 U.S. 5 (1791). Id. at 6.',
    specs: [fullCase('1 U.S. 1', 'Lambda', 'Mu'), fullCase('2 U.S. 5', 'Nu', 'Xi'), idCite('Id. at 6', 'at 6')],
    want: ['=', '=', 1],
  },
  {
    name: 'parallel cites are one authority for Id.',
    text: 'Omicron v. Pi, 400 U.S. 10, 90 S. Ct. 200 (1970). Id. at 12.',
    specs: [fullCase('400 U.S. 10', 'Omicron', 'Pi', { authority: 'p1' }), fullCase('90 S. Ct. 200', 'Omicron', 'Pi', { authority: 'p1' }), idCite('Id. at 12', 'at 12')],
    want: ['=', '=', 1],
  },
  {
    name: 'Id. pin before the first page or past 150 pages, or a paragraph pin: unresolved',
    text: 'Rho v. Sigma, 7 U.S. 100. Id. at 500. Rho v. Sigma, 7 U.S. 100. Id. at 50. Rho v. Sigma, 7 U.S. 100. Id. at ¶ 3.',
    specs: [fullCase('7 U.S. 100', 'Rho', 'Sigma'), idCite('Id. at 500', 'at 500'), fullCase('7 U.S. 100', 'Rho', 'Sigma'), idCite('Id. at 50', 'at 50'), fullCase('7 U.S. 100', 'Rho', 'Sigma'), idCite('Id. at ¶ 3', 'at ¶ 3')],
    want: ['=', '-', '=', '-', '=', '-'],
  },
  {
    name: 'a star pin fits a Westlaw cite',
    text: 'Tau v. Upsilon, 2020 WL 1900495, at *2 (E.D. Pa. Apr. 1, 2020). Id. at *6.',
    specs: [{ ...fullCase('2020 WL 1900495', 'Tau', 'Upsilon'), pinCite: 'at *2' }, idCite('Id. at *6', 'at *6')],
    want: ['=', 0],
  },
  {
    name: 'Id. with a pin after a cite without a page: unresolved',
    text: 'Phi v. Chi, 9 U.S. ___ (2024). Id. at 3.',
    specs: [fullCase('9 U.S. ___', 'Phi', 'Chi'), idCite('Id. at 3', 'at 3')],
    want: ['=', '-'],
  },
  {
    name: 'Id. first in the document, or after an unresolved short cite: unresolved',
    text: 'Id. at 2. Psi v. Omega, 1 U.S. 1. 2 F.2d at 3. Id. at 3.',
    specs: [idCite('Id. at 2', 'at 2'), fullCase('1 U.S. 1', 'Psi', 'Omega'), shortCase('2 F.2d at 3', '2', 'F.2d', 'at 3'), idCite('Id. at 3', 'at 3')],
    want: ['-', '=', '-', '-'],
  },
  {
    name: 'Id. after an unknown citation: unresolved',
    text: 'Psi v. Omega, 1 U.S. 1. Blah § 2. Id. at 2.',
    specs: [fullCase('1 U.S. 1', 'Psi', 'Omega'), { kind: 'unknown', at: 'Blah § 2' }, idCite('Id. at 2', 'at 2')],
    want: ['=', '=', '-'],
  },
  {
    name: 'short case by volume and reporter',
    text: 'Able v. Baker, 10 F.3d 20 (1993). Later, 10 F.3d at 25.',
    specs: [fullCase('10 F.3d 20', 'Able', 'Baker'), shortCase('10 F.3d at 25', '10', 'F.3d', 'at 25')],
    want: ['=', 0],
  },
  {
    name: 'short case: the pin range breaks a tie of volume and reporter',
    text: 'Roe v. Wade, 410 U.S. 113 (1973); Doe v. Bolton, 410 U.S. 179 (1973). 410 U.S. at 120.',
    specs: [fullCase('410 U.S. 113', 'Roe', 'Wade'), fullCase('410 U.S. 179', 'Doe', 'Bolton'), shortCase('410 U.S. at 120', '410', 'U.S.', 'at 120')],
    want: ['=', '=', 0],
  },
  {
    name: 'short case: the name breaks a tie; without a name it is ambiguous',
    text: 'Able v. Baker, 1 U.S. 1. Cole v. Dunn, 1 U.S. 2. Cole, 1 U.S. at 3. 1 U.S. at 3.',
    specs: [fullCase('1 U.S. 1', 'Able', 'Baker'), fullCase('1 U.S. 2', 'Cole', 'Dunn'), shortCase('1 U.S. at 3', '1', 'U.S.', 'at 3', 'Cole'), shortCase('1 U.S. at 3', '1', 'U.S.', 'at 3')],
    want: ['=', '=', 1, '?'],
  },
  {
    name: 'short case: the same name on two authorities is ambiguous',
    text: 'Able v. Baker, 1 U.S. 1. Able v. Baker, 1 U.S. 2. Able, 1 U.S. at 3.',
    specs: [fullCase('1 U.S. 1', 'Able', 'Baker'), fullCase('1 U.S. 2', 'Able', 'Baker'), shortCase('1 U.S. at 3', '1', 'U.S.', 'at 3', 'Able')],
    want: ['=', '=', '?'],
  },
  {
    name: 'short case: a candidate of unknown name cannot be ruled out by name',
    text: 'Able v. Baker, 1 U.S. 1. See Able, 1 U.S. 2. Able, 1 U.S. at 3.',
    specs: [fullCase('1 U.S. 1', 'Able', 'Baker'), fullCase('1 U.S. 2'), shortCase('1 U.S. at 3', '1', 'U.S.', 'at 3', 'Able')],
    want: ['=', '=', '?'],
  },
  {
    name: 'supra by party name; repeated full cites are one authority',
    text: 'Evans v. Ford, 3 U.S. 7. Evans v. Ford, 3 U.S. 7. Evans, supra, at 9.',
    specs: [fullCase('3 U.S. 7', 'Evans', 'Ford'), fullCase('3 U.S. 7', 'Evans', 'Ford'), { kind: 'supra', at: 'supra, at 9', antecedentGuess: 'Evans', pinCite: 'at 9' }],
    want: ['=', '=', 1],
  },
  {
    name: 'supra naming two authorities is ambiguous; an unknown name unresolved',
    text: 'Evans v. Ford, 3 U.S. 7. Evans v. Ford, 3 U.S. 8. Evans, supra. Gray, supra.',
    specs: [fullCase('3 U.S. 7', 'Evans', 'Ford'), fullCase('3 U.S. 8', 'Evans', 'Ford'), { kind: 'supra', at: 'supra', antecedentGuess: 'Evans' }, { kind: 'supra', at: 'supra', antecedentGuess: 'Gray' }],
    want: ['=', '=', '?', '-'],
  },
  {
    name: 'reference by a bare name',
    text: 'United States v. Raia, 954 F.3d 594 (3d Cir. 2020). In Raia at 597, the court said so.',
    specs: [fullCase('954 F.3d 594', 'United States', 'Raia'), { kind: 'reference', at: 'Raia at 597', antecedentGuess: 'Raia', pinCite: 'at 597' }],
    want: ['=', 0],
  },
  {
    name: 'reference: a near-identical name on another authority makes it ambiguous',
    text: 'State v. Smlth, 3 U.S. 22. State v. Smith, 4 U.S. 33. In Smith at 40.',
    specs: [fullCase('3 U.S. 22', 'State', 'Smlth'), fullCase('4 U.S. 33', 'State', 'Smith'), { kind: 'reference', at: 'Smith at 40', antecedentGuess: 'Smith', pinCite: 'at 40' }],
    want: ['=', '=', '?'],
  },
  {
    name: 'a bare section refers to the last statute of that section',
    text: 'Under 18 U.S.C. § 3582(c)(1)(A), a court may reduce. Section 3582(c) also requires ... § 3582(c).',
    specs: [{ kind: 'law', at: '18 U.S.C. § 3582(c)(1)(A)', code: 'U.S.C.', title: '18', section: '3582' }, { kind: 'law', at: '§ 3582(c)', section: '3582(c)' }],
    want: ['=', 0],
  },
];

describe('resolveCitations', () => {
  it.each(rows)('$name', ({ text, specs, want }) => {
    const cites = build(text, specs);
    const out = resolveCitations(cites, text);
    const got = out.map((c) => (c.ambiguous ? '?' : c.resolvesTo !== null ? c.resolvesTo : ['case', 'law', 'record', 'journal', 'unknown'].includes(c.kind) ? '=' : '-'));
    expect(got).toEqual(want);
    // Never both resolved and ambiguous; a resolved short form carries its target's authority.
    for (const c of out) {
      expect(c.ambiguous && c.resolvesTo !== null).toBe(false);
      if (c.resolvesTo !== null) expect(c.authority).toBe(out[c.resolvesTo].authority);
    }
  });

  it('does not change its input', () => {
    const text = 'Able v. Baker, 10 F.3d 20. Id. at 21.';
    const cites = build(text, [fullCase('10 F.3d 20', 'Able', 'Baker'), idCite('Id. at 21', 'at 21')]);
    const before = JSON.stringify(cites);
    resolveCitations(cites, text);
    expect(JSON.stringify(cites)).toBe(before);
  });

  it('gives parallel and repeated cites one authority key, and different cases different keys', () => {
    const text = 'Omicron v. Pi, 400 U.S. 10, 90 S. Ct. 200 (1970). Later 90 S. Ct. 200 again; and Rho v. Tau, 401 U.S. 1. Also 9 U.S. ___ and 9 U.S. ___.';
    const cites = build(text, [
      fullCase('400 U.S. 10', 'Omicron', 'Pi', { authority: 'g' }), fullCase('90 S. Ct. 200', 'Omicron', 'Pi', { authority: 'g' }),
      fullCase('90 S. Ct. 200'), fullCase('401 U.S. 1', 'Rho', 'Tau'), fullCase('9 U.S. ___'), fullCase('9 U.S. ___'),
    ]);
    const keys = resolveCitations(cites, text).map((c) => c.authority);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
    expect(keys[4]).not.toBe(keys[5]);
    expect(new Set(keys).size).toBe(4);
  });

  it('trusts the finder\'s shared key only for neighbouring parallel cites', () => {
    const text = 'Foo v. Bar, 1 U.S. ___. Foo v. Bar, 1 U.S. ___.';
    const cites = build(text, [fullCase('1 U.S. ___', 'Foo', 'Bar', { authority: 'same' }), fullCase('1 U.S. ___', 'Foo', 'Bar', { authority: 'same' })]);
    const keys = resolveCitations(cites, text).map((c) => c.authority);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('warns when a short cite pin falls outside the cited pages', () => {
    const text = 'Able v. Baker, 10 F.3d 20 (1993). Later, 10 F.3d at 400.';
    const warnings: Warning[] = [];
    const out = resolveCitations(build(text, [fullCase('10 F.3d 20', 'Able', 'Baker'), shortCase('10 F.3d at 400', '10', 'F.3d', 'at 400')]), text, { warnings });
    expect(out[1].resolvesTo).toBe(0);
    expect(warnings.map((w) => w.code)).toEqual(['citation/pin-out-of-range']);
    expect(text.slice(...warnings[0].span!)).toBe('10 F.3d at 400');
  });

  it('handles an empty list', () => {
    expect(resolveCitations([], '')).toEqual([]);
  });
});

describe('resolveCitations inPlace: the same result on the given objects, the default leaves its input alone', () => {
  it.each([
    ['Hale v. Orr, 12 F.3d 40, 42 (2d Cir. 1994). Id. at 43. Hale, 12 F.3d at 44.'],
    ['Marsh v. Tully, 301 U.S. 5 (1937); see also 18 U.S.C. § 3582(c)(1)(A). Marsh at 9. § 3582(c).'],
    ['Pell v. Ostrow, 88 F. Supp. 2d 7 (D. Mass. 2000) (citing Ives v. Quaid, 5 F.3d 1 (1st Cir. 1993)). Ives, supra, at 3.'],
  ])('%s', (text) => {
    const copy = resolveCitations(findCitations(text), text);
    const input = findCitations(text);
    const before = JSON.stringify(input);
    const kept = resolveCitations(input, text);
    expect(JSON.stringify(input)).toBe(before);
    expect(kept.every((c, i) => c !== input[i])).toBe(true);
    const own = findCitations(text);
    const inPlace = resolveCitations(own, text, { inPlace: true });
    expect(inPlace.every((c, i) => c === own[i])).toBe(true);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copy));
    expect(copy.some((c) => c.resolvesTo !== null)).toBe(true);
  });
});
