/**
 * Judges read in session 12 (fictional names): a docket text's "Ordered by Magistrate Judge X." and "ORDER by District
 * Judge X GRANTING ...", a signature whose title line carries the date, a caption line "JUDGE X" in capitals, and an
 * electronic signature a flattened page ran into one line.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const docketHeader = (entry: string) =>
  `Halvorsen et al v. Lakeshore Dairy et al\n\nFiling 48\n\n${entry}\n\nDownload PDF\nIN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA\nThe motion is granted.\n`;

const cases: Array<[string, string, { name: string; title: string } | null]> = [
  ['docket text closing "Ordered by Magistrate Judge X."',
    docketHeader('ORDER granting 45 Motion to Compel. The defendants shall serve responses. Ordered by Magistrate Judge Hal D. Okafor. (TRL)'),
    { name: 'Hal D. Okafor', title: 'Magistrate Judge' }],
  ['docket text "ORDER by District Judge X GRANTING 35 ..."',
    docketHeader('MEMORANDUM OPINION AND ORDER by District Judge Ruth P. Lindqvist GRANTING 35 Motion for Conditional Certification. (mag)'),
    { name: 'Ruth P. Lindqvist', title: 'District Judge' }],
  ['"ordered by the Court" names no judge',
    docketHeader('ORDER granting 45 Motion to Compel, as ordered by the Court at the hearing. (TRL)'),
    null],
  ['the date on the title line of a signature',
    'MEMORANDUM OPINION\n\nThe action will be dismissed for want of jurisdiction.\n\n/s/_________\nLENA M. OKAFOR\nUNITED STATES DISTRICT JUDGE Date: September 27, 2016\nRichmond, Virginia\n',
    { name: 'LENA M. OKAFOR', title: 'United States District Judge' }],
  ['a caption line "JUDGE X" in capitals',
    'Opinion\nNo. 1:12-00005\n09-04-2012\nJUDGE HALVORSEN\nORDER\nThe trial of this action is set for November 6, 2012. The motion to continue is denied.\n',
    { name: 'HALVORSEN', title: 'Judge' }],
  ['an electronic signature run into one line, the name printed twice',
    'ORDER\n\nAccordingly, plaintiffs\' Motion for an Ex Parte Temporary Restraining Order is hereby DENIED. Date: November 17, 2005 Kansas City, Missouri S/ KARL J. OKAFOR, JR. Karl J. Okafor, Jr. United States District Judge Case 4:05-cv-01143-FJG 2 Document 4 Filed 11/17/2005 Page 2 of 2\n',
    { name: 'Karl J. Okafor, Jr.', title: 'United States District Judge' }],
  ['a lawyer\'s electronic signature is no judge\'s',
    'ORDER\n\nThe motion is DENIED.\n\nRespectfully submitted, S/ KARL J. OKAFOR Attorney for Plaintiff\n',
    null],
];

describe('session-12 judges', () => {
  it.each(cases)('%s', (_name, text, want) => {
    const o = readOrder(text, { domains: [] });
    if (!want) {
      expect(o.judge).toBeNull();
      return;
    }
    expect(o.judge?.value).toEqual(want);
    expect(text.slice(o.judge!.span[0], o.judge!.span[1])).toContain(want.name.split(' ').pop()!.replace(/,$/, ''));
  });
});
