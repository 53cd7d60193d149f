import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/input/read-document.js';
import { InputError } from '../../src/input/errors.js';
import { linesFromItems } from '../../src/input/pdf-lines.js';
import { buildPdf, bytesOf } from './pdf-builder.js';

const order = [
  { x: 72, y: 750, text: 'Case 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 1 of 2', size: 8 },
  { x: 200, y: 700, text: 'UNITED STATES DISTRICT COURT' },
  { x: 72, y: 650, text: 'The motion for compas-' },
  { x: 72, y: 636, text: 'sionate release is DENIED.' },
  { x: 72, y: 600, text: 'The defendant has not shown extraordinary and compelling reasons for a reduction.' },
];
const page2 = [
  { x: 72, y: 750, text: 'Case 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 2 of 2', size: 8 },
  { x: 72, y: 650, text: 'SO ORDERED.' },
];

describe('readDocument on PDF', () => {
  it('reads the text layer into lines and pages', async () => {
    const doc = await readDocument(bytesOf(buildPdf([order, page2])));
    expect(doc.source.format).toBe('pdf');
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(doc.text.slice(...doc.pages[1].span)).toContain('SO ORDERED.');
    expect(doc.text.slice(...doc.pages[0].span)).toContain('UNITED STATES DISTRICT COURT');
    expect(doc.text).toContain('The motion for compas-\nsionate release is DENIED.');
    expect(doc.reading.text).toContain('The motion for compassionate release is DENIED.');
    expect(doc.reading.text).not.toContain('Document 56');
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    ['a stray %%EOF before the header', '%%EOF\r\n', 'pdf-leading-garbage'],
    ['CRLF before the header', '\r\n', 'pdf-leading-garbage'],
  ])('recovers from %s with a warning', async (_n, prefix, code) => {
    const doc = await readDocument(bytesOf(buildPdf([order], { prefix })));
    expect(doc.text).toContain('UNITED STATES DISTRICT COURT');
    expect(doc.warnings.map((w) => w.code)).toContain(code);
  });

  it('a truncated file gives the text it can and a warning, not an exception', async () => {
    const full = buildPdf([order, page2]);
    const doc = await readDocument(bytesOf(full.slice(0, full.indexOf('xref'))));
    expect(doc.warnings.map((w) => w.code)).toContain('pdf-truncated');
    expect(doc.text).toContain('UNITED STATES DISTRICT COURT');
  });

  it('garbage after the magic gives a warning and no text', async () => {
    const doc = await readDocument(bytesOf('%PDF-1.4\n' + 'garbage '.repeat(50)));
    expect(doc.text).toBe('');
    expect(doc.warnings.length).toBeGreaterThan(0);
    expect(doc.warnings.every((w) => typeof w.code === 'string' && w.code.length > 0)).toBe(true);
  });

  it('an image-only PDF (only an ECF stamp) says it needs OCR', async () => {
    const stampOnly = [[order[0]], [page2[0]]];
    const doc = await readDocument(bytesOf(buildPdf(stampOnly)), { ocr: 'never' }); // OCR of it: ocr.test.ts
    expect(doc.warnings.map((w) => w.code)).toContain('needs-ocr');
    const blank = await readDocument(bytesOf(buildPdf([[]])), { ocr: 'never' });
    expect(blank.warnings.map((w) => w.code)).toContain('needs-ocr');
  });

  it('a parse that outlives timeoutMs is an InputError, not a hang', async () => {
    const many = Array.from({ length: 40 }, () => order);
    const err = await readDocument(bytesOf(buildPdf(many)), { timeoutMs: 0 }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('pdf-timeout');
  });

  it('detects PDF by content whatever the name', async () => {
    const doc = await readDocument(bytesOf(buildPdf([order])), { path: 'order.txt' });
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.path).toBe('order.txt');
  });
});

describe('linesFromItems', () => {
  const it_ = (str: string, x: number, y: number, width = str.length * 6, size = 12) => ({ str, x, y, width, size });
  it.each([
    ['runs on one baseline join left to right', [it_('world', 110, 700), it_('hello', 72, 700)], ['hello world']],
    ['a column-wide gap is two spaces', [it_('1', 40, 700, 6), it_('The motion', 100, 700)], ['1  The motion']],
    ['touching runs join without a space', [it_('compas', 72, 700, 36), it_('sionate', 108, 700)], ['compassionate']],
    ['a raised footnote mark stays on its line', [it_('text', 72, 700, 24), it_('1', 96.5, 703, 4, 8)], ['text1']],
    ['top of the page comes first', [it_('second', 72, 686), it_('first', 72, 700)], ['first', 'second']],
    ['a wide vertical gap is a blank line', [it_('a', 72, 700), it_('b', 72, 686), it_('c', 72, 672), it_('d', 72, 620)], ['a', 'b', 'c', '', 'd']],
  ])('%s', (_n, items, lines) => {
    expect(linesFromItems(items)).toEqual(lines);
  });
});
