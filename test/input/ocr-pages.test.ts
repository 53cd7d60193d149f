/**
 * Scanned pages inside a PDF that has a text layer (a scanned signature page after typed pages, a scanned
 * exhibit in the middle): `ocr: 'auto'` OCRs exactly those pages and splices their text in page order;
 * without OCR they are named in `needs-ocr`. Every PDF here is built in the test (fictional orders).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isBlankPgm, ocrAvailable, ocrPdf, resetOcrProbe } from '../../src/input/ocr.js';
import { isJunkText, pageList } from '../../src/input/pdf.js';
import { readDocument } from '../../src/input/read-document.js';
import type { Document } from '../../src/input/types.js';
import { readOrder } from '../../src/order/read-order.js';
import type { TextRun } from './pdf-builder.js';
import { blankScan, lines, mixedPdf, renderPages, turnClockwise, type MixedPage } from './scan-builder.js';

const SLOW = 180_000;
const codes = (d: Document): string[] => d.warnings.map((w) => w.code);
const warning = (d: Document, code: string): string => d.warnings.find((w) => w.code === code)?.message ?? '';

/** The text of each page, by its span. */
const pageTexts = (d: Document): string[] => d.pages.map((p) => d.text.slice(...p.span));

/** Pages are contiguous, numbered 1..n, and separated by "\n\f\n". */
function expectConsistentPages(d: Document, count: number): void {
  expect(d.pages.map((p) => p.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(d.pages[0].span[0]).toBe(0);
  expect(d.pages[count - 1].span[1]).toBe(d.text.length);
  for (let i = 1; i < count; i++) expect(d.text.slice(d.pages[i - 1].span[1], d.pages[i].span[0])).toBe('\n\f\n');
}

describe('isJunkText: a text layer that is not text', () => {
  it.each([
    ['private-use glyph codes', '\ue000\ue001\ue002 \ue003\ue004\ue005\ue006'],
    ['control characters from a font without a character map', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\n\u000e\u000f\u0010'],
    ['replacement characters', '\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd Ok'],
    ['box-drawing and dingbats', '\u2580\u2584\u2588 \u2756\u2756\u2756 \u25a0\u25a0'],
  ])('%s: junk', (_name, s) => {
    expect(isJunkText(s)).toBe(true);
  });

  it.each([
    ['an ordinary sentence', 'The motion to dismiss is GRANTED.'],
    ['a statute with a section sign and curly quotes', '18 U.S.C. \u00a7 3582(c)(1)(A) \u201cextraordinary and compelling\u201d \u2014 denied'],
    ['ligatures and accented names', 'ﬁnds the ﬂow of José Muñoz’s claim; Zoë'],
    ['a table of figures', '$1,250.00   $3,400.00   12/03/2021   47 %'],
    ['too short to judge', '\ue000\ue001'],
  ])('%s: text', (_name, s) => {
    expect(isJunkText(s)).toBe(false);
  });
});

describe('pageList', () => {
  it.each([
    [[7], '7'],
    [[2, 3], '2, 3'],
    [[1, 3, 4, 5, 9], '1, 3-5, 9'],
    [[], ''],
  ])('%j -> %s', (pages, out) => {
    expect(pageList(pages)).toBe(out);
  });
});

// Typed pages long enough to be a text layer (not a scan as a whole).
const typed = (heading: string, body: string[]): TextRun[] => lines([heading, ...body]);
const BODY = [
  'Before the Court is the motion of the defendant for a reduction of sentence under 18 U.S.C. 3582.',
  'The Government opposes the motion. The Court has considered the record and the applicable factors.',
  'The defendant has served less than half of the sentence imposed and the offense involved a firearm.',
];

/** Layer-only stand-in for a scanned page, used where no renderer is needed: a grey box, no letters. */
const grey: MixedPage = { image: blankScan() };

describe('scanned pages without OCR (programs absent, or ocr never)', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
    resetOcrProbe();
  });

  it.each([
    ['a scanned last page', [{ runs: typed('ORDER', BODY) }, { runs: typed('DISCUSSION', BODY) }, grey], /^page 3 of 3 has no usable text layer/],
    ['a scanned exhibit in the middle', [{ runs: typed('MEMORANDUM OPINION', BODY) }, grey, grey, { runs: typed('CONCLUSION', BODY) }], /^pages 2, 3 of 4 have/],
    ['a page of unmapped glyphs', [{ runs: typed('ORDER ON MOTION', BODY) }, { glyphs: [[1, 2, 3, 4, 5, 6, 7, 8], [14, 15, 16, 17, 18, 19]] }], /^page 2 of 2 has/],
  ] as const)("%s: needs-ocr names the pages, the typed pages are read (ocr 'never' and 'auto' without programs)", async (_name, pages, names) => {
    const pdf = mixedPdf([...pages]);
    const off = await readDocument(pdf, { ocr: 'never' });
    process.env.PATH = '/nonexistent';
    resetOcrProbe();
    const missing = await readDocument(pdf);
    for (const [doc, why] of [[off, /OCR is off/], [missing, /install .*tesseract-ocr/]] as const) {
      expect(warning(doc, 'needs-ocr')).toMatch(names);
      expect(warning(doc, 'needs-ocr')).toMatch(why);
      expect(codes(doc)).not.toContain('pdf-empty-pages');
      expect(codes(doc)).not.toContain('ocr-pages');
      expectConsistentPages(doc, pages.length);
      expect(doc.text).toContain('The Government opposes the motion.');
    }
    expect(missing.text).toBe(off.text);
  });
});

const withPrograms = ocrAvailable() ? describe : describe.skip;
if (!ocrAvailable()) {
  console.warn('ocr-pages tests skipped: pdftoppm and tesseract are not on PATH (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)');
}

// Fictional orders whose last or middle page is a scan; `scanned` holds the pages drawn as images.
const cases: Array<{ name: string; pages: TextRun[][]; scanned: number[]; expect: RegExp[]; date?: string }> = [
  {
    name: 'district court order, typed, with a scanned signature page',
    pages: [
      typed('UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA', ['UNITED STATES OF AMERICA v. CORBIN ASHWORTH', 'Case No. 8:18-cr-00231-RFR', 'ORDER', ...BODY]),
      typed('For these reasons, the motion is denied.', BODY),
      lines(['IT IS SO ORDERED.', 'Dated this 14th day of June, 2022.', 'BY THE COURT:', 'Rosalind F. Whitcombe', 'United States District Judge'], 600, 26),
    ],
    scanned: [3],
    expect: [/SO ORDERED/, /Whitcombe/],
    date: '2022-06-14',
  },
  {
    name: 'bankruptcy order with a scanned exhibit between typed pages',
    pages: [
      typed('UNITED STATES BANKRUPTCY COURT, DISTRICT OF OREGON', ['In re: HALVERSEN ORCHARDS, LLC, Debtor.', 'Case No. 23-30417-pcm11', 'ORDER APPROVING SALE OF PERSONAL PROPERTY', ...BODY]),
      lines(['EXHIBIT A', 'BILL OF SALE', 'Seller conveys to Buyer the following equipment:', 'two tractors, one sprayer, one flatbed trailer.'], 640, 26),
      typed('The sale described in Exhibit A is APPROVED.', ['The Debtor shall file a report of sale within fourteen days.', ...BODY]),
    ],
    scanned: [2],
    expect: [/EXHIBIT A/, /BILL OF SALE/, /tractors/],
  },
  {
    name: 'state trial court ruling, two scanned pages at the end',
    pages: [
      typed('IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS', ['COUNTY DEPARTMENT, LAW DIVISION', 'DELPHINE MARCHETTI v. LAKESHORE TRANSIT CO.', 'No. 2021 L 004417', 'MEMORANDUM OPINION AND ORDER', ...BODY]),
      lines(['The motion for summary judgment is granted in part.', 'Count II is dismissed with prejudice.'], 640, 26),
      lines(['ENTERED:', 'Judge Augustin P. Varela', 'Dated: March 3, 2023'], 640, 26),
    ],
    scanned: [2, 3],
    expect: [/summary judgment/, /Count II/, /Varela/],
    date: '2023-03-03',
  },
];

withPrograms('scanned pages read by OCR (tesseract)', () => {
  const pdfs = new Map<string, Uint8Array>();
  beforeAll(() => {
    for (const c of cases) {
      const images = renderPages(c.scanned.map((p) => c.pages[p - 1]));
      pdfs.set(c.name, mixedPdf(c.pages.map((runs, i) => (c.scanned.includes(i + 1) ? { image: images[c.scanned.indexOf(i + 1)] } : { runs }))));
    }
  }, SLOW);

  it.each(cases)('$name: only the scanned pages are OCRed, in page order, typed pages unchanged', async (c) => {
    const pdf = pdfs.get(c.name)!;
    const layer = await readDocument(pdf, { ocr: 'never' });
    const doc = await readDocument(pdf);
    expect(doc.source.field).toBeUndefined();
    expect(codes(doc)).not.toContain('needs-ocr');
    expect(codes(doc)).not.toContain('pdf-empty-pages');
    expect(warning(doc, 'ocr-pages')).toMatch(new RegExp(`^pages? ${pageList(c.scanned)} of ${c.pages.length} had no usable text layer.*tesseract \\d.*confidence \\d`));
    expectConsistentPages(doc, c.pages.length);
    const before = pageTexts(layer);
    const after = pageTexts(doc);
    for (let i = 0; i < c.pages.length; i++) {
      if (c.scanned.includes(i + 1)) {
        expect(before[i].trim()).toBe('');
        expect(after[i].length).toBeGreaterThan(0);
      } else {
        expect(after[i]).toBe(before[i]);
      }
    }
    const ocrText = c.scanned.map((p) => after[p - 1]).join('\n');
    for (const re of c.expect) expect(ocrText).toMatch(re);
    // Spans the reader gives point into the spliced text.
    const order = readOrder(doc);
    for (const f of [order.court, order.date, order.judge, ...order.docketNumbers]) {
      if (f) expect(doc.text.slice(...f.span).trim().length).toBeGreaterThan(0);
    }
    if (c.date) expect(order.date?.value).toBe(c.date);
  }, SLOW);

  it.each([
    ['a scanned grey box (a photo, a stamp)', { image: blankScan() }],
    ['a blank separator page (nothing drawn)', { runs: [] }],
    ['a white scanned sheet', { image: { width: 120, height: 160, pixels: new Uint8Array(120 * 160).fill(250) } }],
  ] as const)('%s: the page stays empty and is named in pdf-empty-pages', async (_name, page) => {
    const pdf = mixedPdf([{ runs: typed('ORDER', BODY) }, page, { runs: typed('SO ORDERED.', BODY) }]);
    const doc = await readDocument(pdf);
    expect(warning(doc, 'pdf-empty-pages')).toMatch(/^pages without text: 2 of 3; OCR read no letters/);
    expect(codes(doc)).not.toContain('ocr-pages');
    expectConsistentPages(doc, 3);
    expect(doc.text).toBe((await readDocument(pdf, { ocr: 'never' })).text);
  }, SLOW);

  it.each([
    ['a one-column exhibit', ['EXHIBIT 4', 'SCHEDULE OF PAYMENTS RECEIVED', 'January rent paid in full on the first day', 'February rent paid late with a penalty']],
    ['a signature page', ['IT IS SO ORDERED.', 'Entered this 9th day of May, 2024.', 'Honorable Lucinda Farragut', 'United States Magistrate Judge']],
    ['a certificate of service', ['CERTIFICATE OF SERVICE', 'The undersigned certifies that on April 2, 2024,', 'motion on all counsel of record by electronic mail.', 'Theodora Quayle, Paralegal']],
  ])('%s scanned sideways is read upright (orientation detection)', async (_name, texts) => {
    const [image] = renderPages([lines(texts, 700, 30)]);
    const pdf = mixedPdf([{ runs: typed('ORDER', BODY) }, { image: turnClockwise(image) }]);
    const doc = await readDocument(pdf);
    expect(warning(doc, 'ocr-pages')).toMatch(/^page 2 of 2/);
    const page = pageTexts(doc)[1];
    for (const t of texts.slice(0, 2)) expect(page).toContain(t.split(' ').slice(0, 3).join(' '));
  }, SLOW);

  it.each([
    ['a typed order before a scanned exhibit and blank scanned sheets', 1, 7],
    ['a scanned cover letter before a typed order, then blank sheets', 2, 7],
    ['a typed order in the middle of a scanned filing', 3, 8],
  ])('a scan with one typed page (%s): the typed page keeps its layer, the others are OCRed', async (_name, typedAt, count) => {
    // One typed page of about 240 letters among `count` pages: fewer than 40 letters a page, so a scan.
    const typedPage = typed('ORDER', ['The Court has reviewed the exhibit attached to the motion and finds it authentic.', 'No party objects to its admission.', 'The motion to admit the exhibit is GRANTED and the clerk shall file it.', 'The hearing set for next week is vacated as moot.', 'Each side shall bear its own costs.']);
    expect(typedPage.map((r) => r.text).join('').replace(/[^A-Za-z]/g, '').length).toBeGreaterThanOrEqual(200);
    const [exhibit] = renderPages([lines(['EXHIBIT 7', 'LEASE AGREEMENT BETWEEN THE PARTIES', 'Monthly rent of nine hundred dollars'], 700, 30)]);
    const white = { width: 120, height: 160, pixels: new Uint8Array(120 * 160).fill(252) };
    const pages: MixedPage[] = Array.from({ length: count }, (_, i) => (i + 1 === typedAt ? { runs: typedPage } : i === (typedAt === 1 ? 1 : 0) ? { image: exhibit } : { image: white }));
    const pdf = mixedPdf(pages);
    const layer = await readDocument(pdf, { ocr: 'never' });
    expect(warning(layer, 'needs-ocr')).toMatch(/a scanned image/);
    const doc = await readDocument(pdf);
    expect(codes(doc)).not.toContain('needs-ocr');
    expectConsistentPages(doc, count);
    const texts = pageTexts(doc);
    expect(texts[typedAt - 1]).toBe(pageTexts(layer)[typedAt - 1]);
    const exhibitAt = typedAt === 1 ? 2 : 1;
    expect(texts[exhibitAt - 1]).toMatch(/LEASE AGREEMENT/);
    expect(warning(doc, 'ocr-pages')).toMatch(new RegExp(`^page ${exhibitAt} of ${count}`));
    expect(warning(doc, 'pdf-empty-pages')).toMatch(/OCR read no letters/);
  }, SLOW);

  it('ocrPdf with pageNumbers reads only those pages, numbered as in the PDF, under the page cap', async () => {
    const c = cases[2];
    const pdf = pdfs.get(c.name)!;
    const r = await ocrPdf(pdf, { pageNumbers: [3, 2, 99] });
    expect(r.pages.map((p) => p.number)).toEqual([2, 3]);
    expect(r.text.slice(...r.pages[1].span)).toMatch(/Varela/);
    const capped = await ocrPdf(pdf, { pageNumbers: [2, 3], maxPages: 1 });
    expect(capped.pages.map((p) => p.number)).toEqual([2]);
    expect(capped.warnings.map((w) => w.code)).toContain('ocr-too-many-pages');
  }, SLOW);
});

describe('isBlankPgm: skip tesseract on a blank page', () => {
  const pgm = (w: number, h: number, fill: (i: number) => number): Uint8Array =>
    new Uint8Array([...Buffer.from(`P5\n${w} ${h}\n255\n`), ...Array.from({ length: w * h }, (_, i) => fill(i))]);
  it.each([
    ['all white', pgm(300, 400, () => 255), true],
    ['white with a few specks of dust', pgm(300, 400, (i) => (i % 40_000 === 7 ? 0 : 250)), true],
    ['light grey paper tone', pgm(300, 400, () => 200), true],
    ['a line of text (a dark band)', pgm(300, 400, (i) => (i > 60_000 && i < 63_000 && i % 3 ? 20 : 255)), false],
    ['a grey box', pgm(300, 400, (i) => (Math.floor(i / 300) % 100 < 20 ? 90 : 255)), false],
    ['not a PGM', new Uint8Array(Buffer.from('P6\n2 2\n255\n............')), false],
    ['cut short', new Uint8Array(Buffer.from('P5\n300 400\n255\n\xff\xff')), false],
  ])('%s', (_name, bytes, blank) => {
    expect(isBlankPgm(bytes)).toBe(blank);
  });
});
