// Dates and case types of a clerk's papers: a district court's minutes (entered by the deputy clerk; the heading
// says civil or criminal) and a court of appeals' order issued "By the Court:" (its date is the filing date).
// Constructed texts with fictional names, three wordings each, plus the opinion that keeps its decision date.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const BODY = '\n\nThe parties have filed their papers, and the Court has reviewed the record, the arguments and the applicable law with care before ruling.\n'.repeat(3);

describe('minutes', () => {
  it.each([
    ['civil, date beside the number', `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\nCase No. 2:18-cv-04410 Date March 3, 2019\nTitle ANA ROE v. PELL CORP.\n${BODY}`, '2019-03-03', 'civil'],
    ['criminal, redacted heading', `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nREDACTED CRIMINAL MINUTES - GENERAL\nDate: June 2, 2020\n\nImpeachment is governed by Rules 608 and 609. United States v. Dale, 1 F.3d 2 (9th Cir. 1990).${BODY}`, '2020-06-02', 'criminal'],
    ['criminal, numeric date', `UNITED STATES DISTRICT COURT\nCRIMINAL MINUTES - GENERAL\nDate 04/05/2021\n\nUnited States v. Ivo Brandt\n${BODY}`, '2021-04-05', 'criminal'],
  ])('%s', (_name, text, iso, type) => {
    const o = readOrder(text, { domains: [] });
    expect(o.date?.value).toBe(iso);
    expect(o.date?.kind).toBe('entered');
    expect(o.caseType?.value).toBe(type);
  });
});

describe('a court of appeals order "By the Court:"', () => {
  it.each([
    ['letterhead, date, By the Court', `United States Court of Appeals\nFor the Seventh Circuit\nChicago, Illinois 60604\n\nJuly 3, 2018\n\nBy the Court:\n\nNo. 18-2211\n${BODY}`, 'filed'],
    ['By the Court without a colon', `UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nMarch 9, 2016\n\nBY THE COURT\n\nNo. 16-1044\n${BODY}`, 'filed'],
    ['By the Court above the date', `United States Court of Appeals\nFor the Seventh Circuit\n\nBy the Court:\n\nJanuary 22, 2020\n\nNo. 19-3012\n${BODY}`, 'filed'],
    ['an opinion keeps its decision date', `United States Court of Appeals\nFor the Seventh Circuit\n\nNo. 19-3012\n\nJanuary 22, 2020\n\nBefore ROE, DOE, and POE, Circuit Judges.\n${BODY}`, 'decided'],
  ])('%s', (_name, text, kind) => {
    expect(readOrder(text, { domains: [] }).date?.kind).toBe(kind);
  });
});
