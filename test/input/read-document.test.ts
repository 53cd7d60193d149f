import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromText, readDocument } from '../../src/input/read-document.js';
import { InputError } from '../../src/input/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'courtreader-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORDER = 'UNITED STATES DISTRICT COURT\nORDER\nThe motion (Doc. No. 55) is DENIED.\n';

describe('readDocument', () => {
  it('reads a path and records the source', async () => {
    const p = join(dir, 'order.txt');
    writeFileSync(p, ORDER);
    const doc = await readDocument(p);
    expect(doc.text).toBe(ORDER);
    expect(doc.source).toMatchObject({ path: p, format: 'txt', bytes: Buffer.byteLength(ORDER), encoding: 'utf-8' });
    expect(doc.source.sha256).toBe(createHash('sha256').update(ORDER).digest('hex'));
    expect(doc.pages).toEqual([{ number: 1, span: [0, ORDER.length] }]);
    expect(doc.reading.text).toBe(ORDER);
  });

  it.each([
    ['markup saved as .txt', 'page.txt', '<html><body><p>ORDER</p></body></html>', 'html', 'ORDER'],
    ['JSON saved without extension', 'opinion', '{"plain_text": "The motion is DENIED for the reasons stated."}', 'courtlistener-json', 'The motion is DENIED for the reasons stated.'],
    ['text saved as .html', 'x.html', 'ORDER\nDENIED.', 'txt', 'ORDER\nDENIED.'],
  ])('detects the format from content: %s', async (_n, name, content, format, text) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    const doc = await readDocument(p);
    expect(doc.source.format).toBe(format);
    expect(doc.text).toBe(text);
    expect(doc.warnings.map((w) => w.code)).toEqual(name === 'opinion' ? [] : ['format-by-content']);
  });

  it('honours an explicit format', async () => {
    const doc = await readDocument(new Uint8Array(Buffer.from('<p>x</p>')), { format: 'txt' });
    expect(doc.text).toBe('<p>x</p>');
  });

  it('splits text pages at form feeds', async () => {
    const doc = await readDocument(new Uint8Array(Buffer.from('page one\fpage two')));
    expect(doc.pages).toEqual([
      { number: 1, span: [0, 8] },
      { number: 2, span: [9, 17] },
    ]);
  });

  it.each([
    ['a missing file', () => readDocument(join(dir, 'nope.txt')), 'not-found'],
    ['a directory', () => readDocument(dir), 'is-directory'],
    ['bytes above maxBytes', () => readDocument(new Uint8Array(2000), { maxBytes: 1000 }), 'too-large'],
    ['a ZIP (DOCX)', () => readDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'unsupported-format'],
    ['binary bytes', () => readDocument(new Uint8Array([0x41, 0, 0x42, 0x43, 0, 0, 7, 8, 9, 0x41])), 'binary-input'],
    ['not a path or bytes', () => readDocument(42 as unknown as string), 'invalid-argument'],
    ['an ELF executable', () => readDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])), 'unsupported-format'],
    ['an SQLite database', () => readDocument(new Uint8Array([...Buffer.from('SQLite format 3\0'), 0x10, 0, 1, 1])), 'unsupported-format'],
  ])('refuses %s with a typed InputError', async (_n, run, code) => {
    const err = await run().catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    // The reason reads without the path, the message with it.
    expect((err as InputError).message.endsWith((err as InputError).reason)).toBe(true);
  });

  it('reads a named pipe (no size known) up to the limit', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const { createWriteStream } = await import('node:fs');
    const w = createWriteStream(fifo);
    w.end('The motion is DENIED. See 18 U.S.C. \u00a7 3582.');
    const doc = await readDocument(fifo);
    expect(doc.text).toBe('The motion is DENIED. See 18 U.S.C. \u00a7 3582.');
  });

  it('refuses a 100 MB file by its size without reading it', async () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, 100 * 1024 * 1024);
    const err = await readDocument(p).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('too-large');
    expect((err as Error).message).toMatch(/maxBytes/);
  });
});

describe('documentFromText', () => {
  it.each([
    ['plain text', ORDER, 'txt'],
    ['HTML', '<div><p>ORDER</p></div>', 'html'],
    ['CourtListener JSON', '{"html_with_citations": "<pre class=\\"inline\\">ORDER: the motion is DENIED in full.</pre>"}', 'courtlistener-json'],
  ])('%s', (_n, input, format) => {
    const doc = documentFromText(input);
    expect(doc.source.format).toBe(format);
    expect(doc.text).toMatch(/ORDER/);
    expect(doc.reading.text).toMatch(/ORDER/);
  });

  it('warns on empty text instead of throwing', () => {
    expect(documentFromText('').warnings.map((w) => w.code)).toEqual(['empty-text']);
  });

  it.each([['pdf'], ['image']] as const)('format %s needs the bytes: invalid-argument', (format) => {
    expect(() => documentFromText('ORDER', { format })).toThrow(/must be read with readDocument\(bytes\)/);
  });

  it('reading spans map back to the original text', () => {
    const text = 'Case 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 1 of 3\nThe \u201cmotion\u201d is DENIED.';
    const doc = documentFromText(text);
    const i = doc.reading.text.indexOf('DENIED');
    expect(doc.text.slice(...doc.reading.toOriginalSpan!(i, i + 6))).toBe('DENIED');
  });
});
