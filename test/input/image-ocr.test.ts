/**
 * A scanned page saved as an image file (PNG, JPEG, TIFF) is read by OCR when tesseract is installed;
 * without it, or with OCR off, it is refused with a typed error that says what would read it.
 * The images are rendered in the test from fictional orders (pdftoppm), never taken from the corpus.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sniffImage } from '../../src/input/detect.js';
import { InputError } from '../../src/input/errors.js';
import { ocrAvailable, resetOcrProbe } from '../../src/input/ocr.js';
import { readDocument } from '../../src/input/read-document.js';
import { readOrder } from '../../src/order/read-order.js';
import { buildPdf, bytesOf, type TextRun } from './pdf-builder.js';
import { lines, multiPageTiff, renderPages } from './scan-builder.js';

const SLOW = 180_000;

/** The page rendered by pdftoppm as `kind` (png, jpeg or tiff) at 150 dpi. */
function render(runs: TextRun[], kind: 'png' | 'jpeg' | 'tiff'): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-image-test-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), bytesOf(buildPdf([runs])));
    execFileSync('pdftoppm', ['-r', '150', '-gray', `-${kind}`, '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const file = readdirSync(dir).find((f) => f.startsWith('page.'))!;
    return new Uint8Array(readFileSync(path.join(dir, file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sniffImage', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpeg'],
    ['TIFF little-endian', [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0], 'tiff'],
    ['TIFF big-endian', [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8], 'tiff'],
    ['WebP', [...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')], 'webp'],
    ['text starting "BM"', [...Buffer.from('BMW of North America v. Gore, 517 U.S. 559 (1996).')], null],
    ['text starting "II*"', [...Buffer.from('II* The motion is denied.')], null],
    ['a PDF', [...Buffer.from('%PDF-1.7\n')], null],
  ])('%s', (_name, bytes, kind) => {
    expect(sniffImage(new Uint8Array(bytes))).toBe(kind);
  });
});

const orders: Array<{ name: string; kind: 'png' | 'jpeg' | 'tiff'; runs: TextRun[]; words: RegExp[]; docket?: string }> = [
  {
    name: 'a magistrate judge order saved as PNG',
    kind: 'png',
    runs: lines(['UNITED STATES DISTRICT COURT', 'DISTRICT OF NEW MEXICO', 'TOMAS ECHEVARRIA v. SANDOVAL COUNTY', 'No. 1:23-cv-00518-KRS', 'ORDER GRANTING EXTENSION OF TIME', 'The unopposed motion for an extension of time is GRANTED.'], 700, 26),
    words: [/EXTENSION OF TIME/, /GRANTED/],
    docket: '1:23-cv-00518',
  },
  {
    name: 'a state appellate order faxed as JPEG',
    kind: 'jpeg',
    runs: lines(['COURT OF APPEALS OF THE STATE OF OREGON', 'STATE OF OREGON v. MARCUS LINDQVIST', 'ORDER DENYING MOTION FOR RECONSIDERATION', 'Appellant moves for reconsideration. The motion is denied.'], 700, 26),
    words: [/RECONSIDERATION/, /denied/],
  },
  {
    name: 'a bankruptcy order scanned to TIFF',
    kind: 'tiff',
    runs: lines(['UNITED STATES BANKRUPTCY COURT', 'WESTERN DISTRICT OF TEXAS', 'In re: PEDERNALES STONEWORKS, INC.', 'Case No. 24-50211-cag', 'ORDER CONFIRMING CHAPTER 11 PLAN', 'The plan is CONFIRMED.'], 700, 26),
    words: [/CHAPTER 11 PLAN/, /CONFIRMED/],
    docket: '24-50211',
  },
];

describe('images without OCR: a typed error that says what would read them', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
    resetOcrProbe();
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  it.each([
    ["ocr 'never'", { ocr: 'never' as const }, /PNG image.*OCR, which is off/],
    ['tesseract not installed', {}, /PNG image.*install the Debian packages tesseract-ocr/],
  ])('%s', async (_name, opts, reason) => {
    if (!('ocr' in opts)) {
      process.env.PATH = '/nonexistent';
      resetOcrProbe();
    }
    const err = await readDocument(png, { path: 'scan.png', ...opts }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe('unsupported-format');
    expect(err.reason).toMatch(reason);
  });
});

const withPrograms = ocrAvailable() ? describe : describe.skip;
if (!ocrAvailable()) console.warn('image OCR tests skipped: pdftoppm and tesseract are not on PATH (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)');

withPrograms('images read by OCR (tesseract)', () => {
  const images = new Map<string, Uint8Array>();
  beforeAll(() => {
    for (const o of orders) images.set(o.name, render(o.runs, o.kind));
  }, SLOW);

  it.each(orders)('$name', async (o) => {
    const bytes = images.get(o.name)!;
    expect(sniffImage(bytes)).toBe(o.kind);
    const doc = await readDocument(bytes, { path: `scan.${o.kind}` });
    expect(doc.source.format).toBe('image');
    expect(doc.source.field).toBe('ocr');
    expect(doc.warnings.find((w) => w.code === 'ocr')?.message).toMatch(/tesseract \d.*confidence \d/);
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0].span).toEqual([0, doc.text.length]);
    for (const w of o.words) expect(doc.text).toMatch(w);
    if (o.docket) expect(readOrder(doc).docketNumbers.map((d) => d.value.normalized)).toContain(o.docket);
  }, SLOW);

  it('a multi-page TIFF (a faxed order) gives one page per frame, in order', async () => {
    const pages = [
      lines(['SUPERIOR COURT OF NEW JERSEY', 'LAW DIVISION, MERCER COUNTY', 'ORDER FOR SUBSTITUTION OF ATTORNEY'], 700, 30),
      lines(['The substitution of counsel is APPROVED.', 'IT IS SO ORDERED.'], 700, 30),
      lines(['Hon. Philippa Ostrander, J.S.C.'], 700, 30),
    ];
    const doc = await readDocument(multiPageTiff(renderPages(pages)), { path: 'fax.tif' });
    expect(doc.source.format).toBe('image');
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    const texts = doc.pages.map((p) => doc.text.slice(...p.span));
    expect(texts[0]).toMatch(/SUBSTITUTION OF ATTORNEY/);
    expect(texts[1]).toMatch(/APPROVED/);
    expect(texts[2]).toMatch(/Ostrander/);
    for (let i = 1; i < 3; i++) expect(doc.text.slice(doc.pages[i - 1].span[1], doc.pages[i].span[0])).toBe('\n\f\n');
  }, SLOW);

  it('a damaged image is refused with the reason, not a crash', async () => {
    const bytes = images.get(orders[0].name)!;
    const err = await readDocument(bytes.subarray(0, 60), { path: 'cut.png' }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.reason).toMatch(/PNG image that OCR could not read/);
  }, SLOW);
});
