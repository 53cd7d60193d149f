import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanPage, ocrAvailable, ocrPdf, parseTsv, resetOcrProbe } from '../../src/input/ocr.js';
import { readDocument } from '../../src/input/read-document.js';
import type { Document } from '../../src/input/types.js';
import { readOrder } from '../../src/order/read-order.js';
import { buildPdf, bytesOf, type TextRun } from './pdf-builder.js';
import { blankScan, imagePdf, lines, scanOf } from './scan-builder.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus');
const codes = (d: Document): string[] => d.warnings.map((w) => w.code);
const SLOW = 180_000;

describe('ocr: parsing tesseract output (no programs needed)', () => {
  it.each([
    ['two words and a line row', '5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t90\tORDER\n4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t\n5\t1\t1\t1\t1\t2\t70\t10\t50\t20\t80\tDENIED', 2, 170],
    ['a word of spaces and a header row', 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t95\t \n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t60.5\tCourt', 1, 60.5],
    ['nothing read', '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t', 0, 0],
  ])('parseTsv: %s', (_name, tsv, words, sum) => {
    expect(parseTsv(tsv)).toEqual({ words, confidenceSum: sum });
  });

  it.each([
    ['form feed and blank lines at the end', 'ORDER\n\nSo ordered.\n\n\f', 'ORDER\n\nSo ordered.'],
    ['blank lines before the text, trailing spaces', '\n\nCase No. 1:20-cv-7  \nORDER \n', 'Case No. 1:20-cv-7\nORDER'],
    ['an empty page', '\f', ''],
  ])('cleanPage: %s', (_name, raw, clean) => {
    expect(cleanPage(raw)).toBe(clean);
  });
});

describe('ocr: without the programs', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
    resetOcrProbe();
  });

  it.each([
    ['auto', 'needs-ocr', /tesseract-ocr.*poppler-utils/],
    ['never', 'needs-ocr', /OCR is off/],
  ] as const)("ocr '%s' on a scan gives %s saying what to do", async (mode, code, message) => {
    process.env.PATH = '/nonexistent';
    resetOcrProbe();
    expect(ocrAvailable()).toBe(false);
    const doc = await readDocument(imagePdf([blankScan()]), { ocr: mode });
    expect(doc.text).toBe('');
    const w = doc.warnings.find((x) => x.code === code);
    expect(w?.message).toMatch(message);
    expect(codes(doc)).not.toContain('ocr');
  });

  it("ocr 'always' on a text-layer PDF keeps the text layer and says OCR is unavailable", async () => {
    process.env.PATH = '/nonexistent';
    resetOcrProbe();
    const doc = await readDocument(bytesOf(buildPdf([lines(['UNITED STATES DISTRICT COURT', 'ORDER ON THE MOTION TO DISMISS'])])), { ocr: 'always' });
    expect(doc.text).toContain('UNITED STATES DISTRICT COURT');
    expect(codes(doc)).toContain('ocr-unavailable');
    expect(doc.source.field).toBeUndefined();
  });

  it('ocrPdf itself resolves with ocr-failed, never rejects', async () => {
    process.env.PATH = '/nonexistent';
    resetOcrProbe();
    const r = await ocrPdf(imagePdf([blankScan()]));
    expect(r.text).toBe('');
    expect(r.warnings.map((w) => w.code)).toEqual(['ocr-failed']);
  });
});

// Fictional orders, each captioned and numbered its own way.
const orders: Array<{ name: string; pages: TextRun[][]; court: RegExp; docket: string }> = [
  {
    name: 'criminal order, district on its own line, "Case No."',
    pages: [lines([
      'UNITED STATES DISTRICT COURT',
      'FOR THE DISTRICT OF MONTANA',
      'UNITED STATES OF AMERICA, Plaintiff,',
      'v.',
      'JARED PELLINGTON, Defendant.',
      'Case No. 4:19-cr-00112-BMM',
      'ORDER',
      'Before the Court is the Defendant\'s motion for compassionate release (Doc. 61).',
      'For the reasons below, the motion is DENIED.',
      'DATED this 3rd day of March, 2021.',
      'Brian M. Hollister',
      'United States District Judge',
    ])],
    court: /Montana/,
    docket: '4:19-cr-00112',
  },
  {
    name: 'civil order, "IN THE ... FOR THE" caption on one line, "No."',
    pages: [lines([
      'IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF KANSAS',
      'MARGARET OKAFOR,',
      'Plaintiff,',
      'v. No. 2:22-cv-02418-JAR',
      'PRAIRIE FREIGHT LINES, INC.,',
      'Defendant.',
      'MEMORANDUM AND ORDER',
      'Plaintiff asks for thirty more days to answer the counterclaim. The request is GRANTED.',
      'IT IS SO ORDERED.',
      'Dated: August 9, 2023',
    ])],
    court: /Kansas/,
    docket: '2:22-cv-02418',
  },
  {
    name: 'two pages, division line and a docket on page 1, signature on page 2',
    pages: [
      lines([
        'UNITED STATES DISTRICT COURT',
        'EASTERN DISTRICT OF WISCONSIN',
        'ALBERTO RUIZ-MENDEZ,',
        'Petitioner,',
        'v. Case No. 21-cv-1187-pp',
        'WARDEN THOMAS KELLER,',
        'Respondent.',
        'ORDER DISMISSING PETITION FOR WRIT OF HABEAS CORPUS',
        'The petitioner has not exhausted the remedies available in state court.',
      ]),
      lines(['The court DISMISSES the petition without prejudice.', 'Dated in Milwaukee, Wisconsin this 14th day of June, 2022.', 'HON. PAMELA PEPPERDINE', 'Chief United States District Judge']),
    ],
    court: /Wisconsin/,
    docket: '21-cv-01187',
  },
];

const withPrograms = ocrAvailable() ? describe : describe.skip;
if (!ocrAvailable()) {
  console.warn('ocr tests skipped: pdftoppm and tesseract are not on PATH (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)');
}

withPrograms('ocr: scans of fictional orders', () => {
  const scans = new Map<string, Uint8Array>();
  beforeAll(() => {
    for (const o of orders) scans.set(o.name, scanOf(o.pages));
  }, SLOW);

  it.each(orders)('$name: read by OCR, the reader finds the court and the docket', async (o) => {
    const scan = scans.get(o.name)!;
    // The image-only PDF has no text layer at all.
    expect((await readDocument(scan, { ocr: 'never' })).text.trim()).toBe('');
    const doc = await readDocument(scan);
    expect(doc.source.field).toBe('ocr');
    expect(codes(doc)).toContain('ocr');
    expect(codes(doc)).not.toContain('needs-ocr');
    expect(doc.warnings.find((w) => w.code === 'ocr')?.message).toMatch(/tesseract \d+\.\d+.*confidence \d/);
    expect(doc.pages).toHaveLength(o.pages.length);
    for (let i = 1; i < doc.pages.length; i++) expect(doc.text.slice(doc.pages[i - 1].span[1], doc.pages[i].span[0])).toBe('\n\f\n');
    const order = readOrder(doc);
    expect(order.court?.value.name).toMatch(o.court);
    expect(order.docketNumbers.map((d) => d.value.normalized)).toContain(o.docket);
    // Spans index the OCR text, which is the document's original text.
    for (const f of [order.court!, ...order.docketNumbers]) expect(doc.text.slice(...f.span).length).toBeGreaterThan(0);
    expect(order.docketNumbers[0].value.printed.replace(/\s/g, '')).toBe(doc.text.slice(...order.docketNumbers[0].span).replace(/\s/g, ''));
  }, SLOW);

  it("ocr 'always' reads a text-layer PDF by OCR too", async () => {
    const doc = await readDocument(bytesOf(buildPdf(orders[1].pages)), { ocr: 'always' });
    expect(doc.source.field).toBe('ocr');
    expect(readOrder(doc).court?.value.name).toMatch(orders[1].court);
  }, SLOW);

  it('the page cap reads the first pages and says so', async () => {
    const r = await ocrPdf(scans.get(orders[2].name)!, { maxPages: 1 });
    expect(r.pages).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toContain('ocr-too-many-pages');
    expect(r.text).toMatch(/WISCONSIN/i);
    expect(r.confidence).toBeGreaterThan(50);
  }, SLOW);

  it('a file path (named like an option) without a page count: pdfinfo counts the pages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-ocr-test-'));
    try {
      const file = path.join(dir, '-scan.pdf');
      writeFileSync(file, scans.get(orders[2].name)!);
      const r = await ocrPdf(file);
      expect(r.pages.map((p) => p.number)).toEqual([1, 2]);
      expect(r.text.slice(...r.pages[1].span)).toMatch(/DISMISSES/);
      expect(r.engine).toMatch(/^tesseract \d/);
      expect(r.warnings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it.each([
    ['a page time limit too short to render', { pageTimeoutMs: 1 }],
    ['a language model that is not installed', { lang: 'zzz' }],
    ['a language name that is an option', { lang: '--psm' }],
  ])('%s: ocr-failed, needs-ocr kept, no exception', async (_name, ocrOptions) => {
    const doc = await readDocument(scans.get(orders[0].name)!, { ocrOptions });
    expect(doc.text).toBe('');
    expect(codes(doc)).toEqual(expect.arrayContaining(['needs-ocr', 'ocr-failed']));
  }, SLOW);

  it.each([
    ['a scan with no letters', () => imagePdf([blankScan()])],
    ['an ECF stamp in the text layer and nothing else', () => bytesOf(buildPdf([[{ x: 72, y: 750, text: 'Case 3:21-cv-00410-KDB Document 12 Filed 05/02/22 Page 1 of 1', size: 8 }]]))],
  ])('%s: OCR finds nothing more, needs-ocr kept with ocr-failed', async (_name, make) => {
    const doc = await readDocument(make());
    expect(doc.source.field).toBeUndefined();
    expect(codes(doc)).toEqual(expect.arrayContaining(['needs-ocr', 'ocr-failed']));
  }, SLOW);
});

const images = ['flpxray-cacd-doc465-image.pdf', 'flpdoctor-cand-203070-27.pdf', 'flpcl-ocr-pdf-test.pdf', 'flpdoctor-image-pdf.pdf', 'flpcl-opinion-pdf-image-based.pdf'];
const corpusSuite = !existsSync(corpus) ? describe.skip : withPrograms;
if (!existsSync(corpus)) console.warn(`ocr corpus tests skipped: ${corpus} is absent`);

corpusSuite('ocr: the image-only PDFs of ../shared/corpus', () => {
  const docs = new Map<string, Document>();
  beforeAll(async () => {
    for (const f of images) docs.set(f, await readDocument(path.join(corpus, f)));
  }, SLOW * 2);

  it.each(images)("%s: ocr 'never' keeps needs-ocr and no text", async (f) => {
    const doc = await readDocument(path.join(corpus, f), { ocr: 'never' });
    expect(codes(doc)).toContain('needs-ocr');
    expect(doc.source.field).toBeUndefined();
    // At most a stamp, a date or a signature mark: fewer than 40 letters a page.
    expect(doc.text.replace(/[^A-Za-z]/g, '').length).toBeLessThan(40 * doc.pages.length + 60);
    // OCR finds more (the auto reading below).
    expect(docs.get(f)!.text.length).toBeGreaterThan(doc.text.length);
  });

  it.each(images)('%s: read by OCR, with more letters than the text layer', (f) => {
    const doc = docs.get(f)!;
    expect(codes(doc)).toContain('ocr');
    expect(codes(doc)).not.toContain('needs-ocr');
    expect(doc.text.replace(/[^A-Za-z]/g, '').length).toBeGreaterThan(5);
  });

  it('the reader finds a court or a docket number in the OCR text of most of them', () => {
    const found = images.filter((f) => {
      const o = readOrder(docs.get(f)!);
      return o.court !== null || o.docketNumbers.length > 0;
    });
    // Measured: 3 of 5 (two of the five hold a stamp and one word, or one sentence, and nothing else).
    expect(found.length).toBeGreaterThanOrEqual(3);
  });
});
