/**
 * Docket numbers read in session 12 (fictional parties): a typed federal number with no label in a caption the page ran
 * into one line, and a case-law site's header numbers in state and specialty courts' shapes.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const flat = (caption: string) =>
  `Okafor v. Lakeshore Dairy, Inc.\n\nFiling 39\n\nORDER denying 33 Motion for Leave. (tmg)\n\nDownload PDF\n${caption} This matter is before the Court on the motion for leave to appear, which is DENIED for the reasons the parties know well and which need not be repeated at any length in this short order of the Court.\n`;

const cases: Array<[string, string, string[]]> = [
  ['"DIVISION 3:11-CV-110 ANNY ROE, )"', flat('UNITED STATES DISTRICT COURT WESTERN DISTRICT OF NORTH CAROLINA CHARLOTTE DIVISION 3:11-CV-110 ANNA OKAFOR, ) ) Plaintiff, ) ) v. ) ) LAKESHORE DAIRY, INC., ) ) Defendant. ) ORDER'), ['3:11-cv-00110']],
  ['"Defendants. ) ) ) 8:08CV448 ORDER"', flat('IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA ANNA OKAFOR, et al., Plaintiffs, vs. KARL POE, et al., Defendants. ) ) ) ) ) 8:08CV448 ORDER'), ['8:08-cv-00448']],
  ['": 12 Civ. 6010 (JMF) (GWG) -v.- :"', flat('UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF NEW YORK ---x ANNA OKAFOR LIMITED : : OPINION AND ORDER Plaintiff, : 12 Civ. 6010 (JMF) (GWG) -v.- : : LAKESHORE DAIRY, INC., : Defendant. : ---x'), ['12-cv-06010']],
  ['no number in the flattened caption', flat('UNITED STATES DISTRICT COURT WESTERN DISTRICT OF NORTH CAROLINA CHARLOTTE DIVISION ANNA OKAFOR, ) ) Plaintiff, ) ) v. ) ) LAKESHORE DAIRY, INC., ) ) Defendant. ) ORDER'), []],
  ['Tax Court number in a site header', 'Opinion\n4410-19S\n03-09-2022\nORDER OF DISMISSAL FOR LACK OF JURISDICTION\nThe motion to dismiss is granted.\n', ['4410-19S']],
  ['Texas court of appeals number in a site header', 'Opinion\n05-12-00418-CR\n01-04-2013\nORDER\nThe motion for rehearing is denied.\n', ['05-12-00418-CR']],
  ['a motion number after the case number', 'Opinion\n2020-10433 Motion 212-20\n06-02-2020\nMOTION DECISION\nIt is hereby ORDERED that the motion is denied.\n', ['2020-10433']],
];

describe('session-12 docket numbers', () => {
  it.each(cases)('%s', (_name, text, want) => {
    const o = readOrder(text, { domains: [] });
    expect(o.docketNumbers.map((d) => d.value.normalized)).toEqual(want);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});
