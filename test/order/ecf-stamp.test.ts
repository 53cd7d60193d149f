// The e-filing stamp atop federal court PDF pages: a fallback for the docket number and the filing date.
import { describe, expect, it } from 'vitest';
import { readEcfStamp } from '../../src/order/ecf-stamp.js';
import { readOrder } from '../../src/order/index.js';
import type { Document } from '../../src/input/types.js';

describe('readEcfStamp', () => {
  it.each([
    ['Case 2:21-cr-00412-ABC Document 88 Filed 06/14/22 Page 2 of 9 Page ID #:731', '2:21-cr-00412-ABC', '2:21-cr-00412', '2022-06-14'],
    ['Case: 1:19-cv-05123 Document #: 45 Filed: 05/01/20 Page 1 of 9 PageID #:300', '1:19-cv-05123', '1:19-cv-05123', '2020-05-01'],
    ['Case 17-41122 Doc 83 Filed 03/09/18 Entered 03/09/18 09:03:58 Desc Main', '17-41122', '17-41122', '2018-03-09'],
    ['Case 3:16-cr-00209-MOC-DSC Document 512-1 Filed 08/10/2020 Page 1 of 4', '3:16-cr-00209-MOC-DSC', '3:16-cr-00209', '2020-08-10'],
  ])('%j', (line, printed, normalized, iso) => {
    const text = `${line}\n\nUNITED STATES DISTRICT COURT\n`;
    const s = readEcfStamp(text);
    expect(s?.docket?.value).toEqual({ printed, normalized });
    expect(s?.filed?.value).toBe(iso);
    expect(text.slice(...s!.docket!.span)).toBe(printed);
  });

  it.each(['In this case the document was filed 03/09/18.', 'Case No. 12-345 was filed on 03/09/18', 'UNITED STATES DISTRICT COURT'])('no stamp in %j', (t) => {
    expect(readEcfStamp(t)).toBeNull();
  });
});

describe('readOrder falls back on the stamp the reading text dropped', () => {
  const BODY = 'The government moves in limine to exclude evidence of prior arrests, and the defendant opposes the motion. '.repeat(5);
  const stamp = 'Case 2:21-cr-00412-ABC Document 88 Filed 06/14/22 Page 3 of 9 Page ID #:731\n';
  const reading = `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nCRIMINAL MINUTES - GENERAL\n\nIII. DISCUSSION\n\n${BODY}`;
  const doc: Document = {
    text: stamp + reading,
    reading: { text: reading, toOriginal: (o: number) => o + stamp.length },
    pages: [{ number: 1, span: [0, stamp.length + reading.length] }],
    source: { format: 'txt', bytes: 0, sha256: '' },
    meta: {},
    warnings: [],
  };

  it('docket, filing date and case type from the stamp', () => {
    const o = readOrder(doc, { domains: [], citations: false });
    expect(o.docketNumbers.map((d) => d.value.normalized)).toEqual(['2:21-cr-00412']);
    expect(o.date?.value).toBe('2022-06-14');
    expect(o.date?.kind).toBe('filed');
    expect(o.caseType?.value).toBe('criminal');
    expect(doc.text.slice(...o.docketNumbers[0].span)).toBe('2:21-cr-00412-ABC');
  });

  it('a caption docket and a signed date come first', () => {
    const own = `${reading.replace('CRIMINAL MINUTES - GENERAL', 'UNITED STATES v. ROE\nCase No. 2:21-cr-00999')}\n\nDated: July 1, 2022\n`;
    const o = readOrder({ ...doc, text: stamp + own, reading: { text: own, toOriginal: (x: number) => x + stamp.length } }, { domains: [], citations: false });
    expect(o.docketNumbers.map((d) => d.value.normalized)).toEqual(['2:21-cr-00999']);
    expect(o.date?.value).toBe('2022-07-01');
  });
});
