// Dates and dockets of orders copied from case-law web pages: a site's header date repeated by the judge's signature,
// a site's metadata block, an opinion on rehearing, a clerk's attestation. Constructed texts, fictional names.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const BODY = 'The motion is fully briefed, and the Court has considered the parties\u2019 arguments and the record as a whole. '.repeat(4);
const read = (text: string) => readOrder({ text } as never, { citations: false, domains: [] } as never);

interface DateCase {
  name: string;
  text: string;
  date: string | null;
  kind?: string;
  docket?: string;
}

const cases: DateCase[] = [
  // A site header date and the judge's signature date of the same day: signed.
  { name: 'header date + "Signed:" line', text: `Opinion\n1:18-cr-00221\n10-14-2021\nORDER\n${BODY}\nSigned: October 14, 2021\nAda P. Lindqvist\nUnited States District Judge`, date: '2021-10-14', kind: 'signed' },
  { name: 'header date + "SO ORDERED this 15th day of"', text: `Opinion\n3:09-cr-411\n09-15-2020\nMEMORANDUM AND ORDER\n${BODY}\nIt is SO ORDERED this 15th day of September, 2020.\nKarl T. Halvorsen\nSenior United States District Judge`, date: '2020-09-15', kind: 'signed' },
  { name: 'header date + Texas order form "Date:"', text: `Opinion\nNo. 01-18-00411-CV\n11-05-2018\nORDER\n${BODY}\nJudge's signature: /s/ Marta Okonkwo\nActing individually\nDate: November 5, 2018`, date: '2018-11-05', kind: 'signed' },
  { name: 'header date, a signature date of another day: header kept', text: `Opinion\n1:18-cv-00221\n10-20-2021\nORDER\n${BODY}\nSigned: October 14, 2021\nAda P. Lindqvist\nUnited States District Judge`, date: '2021-10-20', kind: 'decided' },
  { name: 'header date, a clerk\u2019s attestation of the same day: decided', text: `Opinion\nNo. 04-18-00311-CV\n10-09-2019\nORDER\n${BODY}\n/s/ Leo Tran, Justice\nIN WITNESS WHEREOF, I have hereunto set my hand and affixed the seal of the said court on this 9th day of October, 2019.\nAnn Roe, Clerk`, date: '2019-10-09', kind: 'decided' },
  // A site's metadata block: the filing date, never the site's modification date.
  { name: 'metadata: Filed Date and Modified Date', text: `Roe v. Poe\nDocketNumber: No. CV91 0412233\nJudges: TRAN, JUDGE.\nFiled Date: 3/12/1994\nStatus: Non-Precedential\nModified Date: 4/18/2021\n${BODY}\nLEO TRAN, JUDGE`, date: '1994-03-12', kind: 'filed', docket: 'CV91 0412233' },
  { name: 'metadata: Date Filed only', text: `Quenby v. Marlowe Bank\nDocket Number: 2:14-cv-0411\nDate Filed: March 2, 2004\nLatest Update Date: May 2, 2020\n${BODY}`, date: '2004-03-02', kind: 'filed', docket: '2:14-cv-0411' },
  { name: 'metadata: Modified Date alone is no date', text: `Okafor v. Ruiz\nModified Date: 4/18/2021\n${BODY}`, date: null },
  // The date of an opinion on rehearing.
  { name: 'On Rehearing date under the first date', text: `Roe v. Poe\n\nNo. 82-411.\n\nDistrict Court of Appeal of Florida, Third District.\n\nMarch 30, 1983.\nOn Rehearing May 3, 1983.\n\n${BODY}`, date: '1983-05-03', kind: 'decided' },
  { name: 'On Rehearing, comma', text: `No. 97-1201\nJune 2, 1998\nOn Rehearing, January 4, 1999\n\n${BODY}`, date: '1999-01-04', kind: 'decided' },
  { name: 'ON REHEARING: label', text: `No. 03-0042\nDecided August 2, 2004\nON REHEARING: September 9, 2004\n\n${BODY}`, date: '2004-09-09', kind: 'decided' },
  // A site's docket text closing with the filing date.
  { name: 'docket text (Filed on date)', text: `Poe v. Tran\n\nOrder by Hon. Ann Roe granting 41 Motion to Stay. (ar, COURT STAFF) (Filed on 3/4/2015)\n\nDownload PDF\n${BODY}`, date: '2015-03-04', kind: 'filed' },
  { name: 'docket text (Entered: date)', text: `Ruiz v. Okafor\nORDER granting 12 Motion to Amend. Signed by Judge Leo Tran. (Entered: 05/08/2013)\n${BODY}`, date: '2013-05-08', kind: 'entered' },
  { name: 'prose "(filed on behalf of ...)" is no date', text: `ORDER\nThe motion (filed on behalf of all defendants) is before the Court. ${BODY}`, date: null },
];

describe('dates on web pages', () => {
  it.each(cases)('$name', ({ text, date, kind, docket }) => {
    const o = read(text);
    expect(o.date?.value ?? null).toBe(date);
    if (kind) expect(o.date?.kind).toBe(kind);
    if (docket) expect(o.docketNumbers.map((d) => d.value.printed)).toContain(docket);
    if (o.date) expect(text.slice(o.date.span[0], o.date.span[1])).toMatch(/\d/);
  });
});

// The first page's e-filing stamp at the foot of the page (after the caption and the first paragraphs).
const stampCases = [
  { name: 'page 1 stamp after the body', line: 'Case 2:07-cv-01333-ABC-KJM Document 4 Filed 07/02/2007 Page 1 of 3', iso: '2007-07-02', printed: '07/02/2007' },
  { name: 'page 1 stamp with PageID', line: 'Case 1:12-cv-00411 Document 19 Filed 11/30/12 Page 1 of 5 PageID #: 88', iso: '2012-11-30', printed: '11/30/12' },
  { name: 'page 1 stamp of a bankruptcy filing', line: 'Case: 3:15-cv-00042 Document #: 7 Filed: 01/09/15 Page 1 of 2', iso: '2015-01-09', printed: '01/09/15' },
];

describe('the first page stamp below the text', () => {
  it.each(stampCases)('$name', ({ line, iso, printed }) => {
    const text = `KARL POE,\nPlaintiff,\nvs.\nLEO TRAN,\nDefendant.\n${BODY}${BODY}\n${line}\n${BODY}`;
    const o = readOrder({ text, original: text } as never, { citations: false, domains: [] } as never);
    expect(o.date?.value).toBe(iso);
    expect(text.slice(o.date!.span[0], o.date!.span[1])).toBe(printed);
  });
  it('a later page stamp is not page 1', () => {
    const text = `ORDER\n${BODY}${BODY}\nCase 2:07-cv-01333-ABC Document 4 Filed 07/02/2007 Page 2 of 3\n${BODY}`;
    const o = readOrder({ text, original: text } as never, { citations: false, domains: [] } as never);
    expect(o.date).toBeNull();
  });
});
