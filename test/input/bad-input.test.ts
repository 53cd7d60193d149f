/**
 * Bad input, end to end through readDocument: each case gives a typed InputError with a clear reason, or a
 * Document with a warning and the best text that can be had; never a crash, a hang, or silent data loss.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/errors.js';
import { htmlToText } from '../../src/input/html.js';
import { readDocument } from '../../src/input/read-document.js';
import type { Document } from '../../src/input/types.js';
import { buildPdf, bytesOf } from './pdf-builder.js';

const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORDER = 'UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nThe defendant moves under 18 U.S.C. \u00a7 3582(c)(1)(A).\n' +
  'The \u201cmotion\u201d is DENIED \u2014 see Mu\u00f1oz.\n';
/** The order in windows-1252: \u00a7 = 0xA7, curly quotes 0x93/0x94, em dash 0x97, \u00f1 = 0xF1. */
const CP1252: Record<string, number> = { '\u00a7': 0xa7, '\u201c': 0x93, '\u201d': 0x94, '\u2014': 0x97, '\u00f1': 0xf1 };
const cp1252 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => CP1252[c] ?? c.charCodeAt(0)));
const utf16 = (s: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  const b = order === 'le' ? le : Buffer.from(le).swap16();
  return new Uint8Array(Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), b]));
};
const codes = (d: Document): string[] => d.warnings.map((w) => w.code);

async function readBytes(bytes: Uint8Array, name: string): Promise<Document | InputError> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  try {
    return await readDocument(file);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e; // anything else is a crash: the test fails
  }
}

describe('inputs refused with a typed error that says what they are', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...randomBytes(200)]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...randomBytes(100)]);
  const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...randomBytes(300)]);
  const random = new Uint8Array(randomBytes(64 * 1024));
  it.each([
    ['random bytes', random, 'binary-input', /binary content/],
    ['a PNG image', png, 'unsupported-format', /PNG image/],
    ['a ZIP archive (a DOCX)', zip, 'unsupported-format', /ZIP/],
    ['a Windows executable', exe, 'unsupported-format', /Windows executable/],
    ['nothing but NUL bytes', new Uint8Array(5000), 'binary-input', /NUL/],
  ] as const)('%s', async (_name, bytes, code, reason) => {
    const r = await readBytes(bytes, 'input.txt');
    expect(r).toBeInstanceOf(InputError);
    expect((r as InputError).code).toBe(code);
    expect((r as InputError).reason).toMatch(reason);
    expect((r as InputError).message).toContain('input.txt');
  });

  it('a 200 MB file is refused by its size before it is read (no memory spent on it)', async () => {
    const file = path.join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk or memory used
    closeSync(fd);
    const rss = process.memoryUsage().rss;
    const err = await readDocument(file).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/200 MB, above the limit of 64 MB/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
    // The same bytes handed over in memory past the limit are refused too.
    const big = await readDocument(new Uint8Array(65 * 1024 * 1024)).catch((e) => e);
    expect(big.code).toBe('too-large');
  });
});

describe('text that needs care: the right characters, a warning, offsets that hold', () => {
  it.each([
    ['UTF-16 LE with BOM', utf16(ORDER, 'le', true), 'utf-16le', []],
    ['UTF-16 BE with BOM', utf16(ORDER, 'be', true), 'utf-16be', []],
    ['UTF-16 LE without BOM', utf16(ORDER, 'le', false), 'utf-16le', ['encoding-guessed']],
    ['UTF-16 BE without BOM', utf16(ORDER, 'be', false), 'utf-16be', ['encoding-guessed']],
    ['windows-1252 (section sign 0xA7, quotes 0x93/0x94)', cp1252(ORDER), 'windows-1252', ['encoding-fallback']],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(ORDER)]), 'utf-8', []],
    ['UTF-8 with one pasted windows-1252 section sign', new Uint8Array(Buffer.concat([Buffer.from(ORDER.replace('\u00a7 3582', '')), Buffer.from([0xa7]), Buffer.from(' 3582')])), 'utf-8', ['encoding-mixed']],
  ] as const)('%s', async (_name, bytes, encoding, warn) => {
    const doc = (await readBytes(bytes, 'order.txt')) as Document;
    expect(doc).not.toBeInstanceOf(InputError);
    expect(doc.source.encoding).toBe(encoding);
    expect(codes(doc)).toEqual(warn);
    expect(doc.text).not.toContain('\ufffd');
    expect(doc.text).toContain('\u00a7 3582');
    if (!warn.includes('encoding-mixed')) expect(doc.text).toBe(ORDER);
  });

  it.each([
    ['Latin-1 accents (0xE9, 0xF1, 0xFC)', new Uint8Array([...Buffer.from('Jos', 'latin1'), 0xe9, ...Buffer.from(' Mu'), 0xf1, ...Buffer.from('oz v. M'), 0xfc, ...Buffer.from('ller, motion denied.')]), 'Jos\u00e9 Mu\u00f1oz v. M\u00fcller, motion denied.'],
    ['Latin-1 section sign and pilcrow', new Uint8Array([...Buffer.from('See 28 U.S.C. '), 0xa7, ...Buffer.from(' 2255 at '), 0xb6, ...Buffer.from(' 4.')]), 'See 28 U.S.C. \u00a7 2255 at \u00b6 4.'],
    ['windows-1252 apostrophe and dash', new Uint8Array([...Buffer.from('the Court'), 0x92, ...Buffer.from('s order '), 0x96, ...Buffer.from(' denied')]), 'the Court\u2019s order \u2013 denied'],
  ])('%s: decoded byte for byte', async (_name, bytes, text) => {
    const doc = (await readBytes(bytes, 'latin.txt')) as Document;
    expect(doc.text).toBe(text);
    expect(codes(doc)).toContain('encoding-fallback');
  });

  it.each([
    ['CRLF, LF and lone CR mixed', 'ORDER\r\nThe motion is\rDENIED.\nSO ORDERED.\r\n'],
    ['CR only (old Mac)', 'ORDER\rThe motion is\rDENIED.\rSO ORDERED.\r'],
    ['LF then CRLF then blank CR lines', 'ORDER\nThe motion is\r\nDENIED.\r\r\nSO ORDERED.\n'],
  ])('%s: text kept as is, reading text has plain line breaks', async (_name, s) => {
    const doc = (await readBytes(Buffer.from(s), 'lines.txt')) as Document;
    expect(doc.text).toBe(s);
    expect(doc.reading.text).not.toMatch(/\r/);
    expect(doc.reading.text).toMatch(/ORDER\nThe motion is\nDENIED\.\n+SO ORDERED\./);
    const at = doc.reading.text.indexOf('DENIED');
    expect(doc.text.slice(doc.reading.toOriginal(at), doc.reading.toOriginal(at) + 6)).toBe('DENIED');
  });

  it.each([
    ['a NUL between words, in every sentence', 'The motion is\0DENIED. '.repeat(5), 5],
    ['NUL padding inside a line', 'ORDER\0\0\0 granting the motion to dismiss in part and denying it in part.', 3],
    ['NUL bytes at the end (padding)', 'The petition is DISMISSED.\n'.repeat(5) + '\0'.repeat(40), 40],
  ])('%s: read as spaces, one for one, with a warning', async (_name, s, count) => {
    const doc = (await readBytes(Buffer.from(s), 'nul.txt')) as Document;
    expect(doc.text).toBe(s.replace(/\0/g, ' '));
    expect(doc.warnings.find((w) => w.code === 'nul-bytes')?.message).toMatch(new RegExp(`^${count} NUL bytes`));
  });

  it.each([
    ['UTF-16 LE with an odd trailing byte (cut short)', new Uint8Array([...utf16(ORDER, 'le', true), 0x41])],
    ['UTF-16 BE with a lone surrogate', new Uint8Array([...utf16(ORDER, 'be', true), 0xd8, 0x00, 0x00, 0x41])],
  ])('%s: the damage is named, the text kept', async (_name, bytes) => {
    const doc = (await readBytes(bytes, 'cut.txt')) as Document;
    expect(doc.text).toContain('\u00a7 3582');
    expect(codes(doc)).toContain('encoding-invalid');
  });
});

describe('empty and near-empty inputs: a Document with a warning', () => {
  it.each([
    ['an empty file', '', 'empty-text'],
    ['whitespace only', ' \n\t\r\n   \n', 'empty-text'],
    ['HTML with only scripts and styles', '<html><head><style>p{}</style><script>var x = "ORDER";</script></head><body><script>document.write("x")</script></body></html>', 'empty-text'],
    ['JSON that is not an opinion', '{"status": "ok", "count": 3, "items": [1, 2, 3]}', 'json-no-text'],
    ['JSON with every text field empty', '{"id": 1, "plain_text": "", "html": "", "html_with_citations": "  ", "html_lawbox": null, "xml_harvard": ""}', 'json-no-text'],
    ['an empty JSON list', '[]', 'json-no-text'],
  ])('%s', async (_name, s, code) => {
    const doc = (await readBytes(Buffer.from(s), 'input')) as Document;
    expect(doc).not.toBeInstanceOf(InputError);
    expect(doc.text.trim()).toBe('');
    expect(codes(doc)).toContain(code);
  });
});

describe('damaged PDFs: warnings and the text that can be had', () => {
  const page = [{ x: 72, y: 700, text: 'The motion to suppress is DENIED.' }, { x: 72, y: 680, text: 'Signed on June 4, 2024.' }];
  const pdf = buildPdf([page, [{ x: 72, y: 700, text: 'SO ORDERED.' }]]);
  const xrefAt = pdf.indexOf('\nxref\n') + 1;
  it.each([
    ['cut before the xref', pdf.slice(0, xrefAt), ['pdf-truncated'], /motion to suppress is DENIED/],
    ['cut in the middle of page 2', pdf.slice(0, pdf.indexOf('SO ORDERED')), ['pdf-truncated'], /motion to suppress is DENIED/],
    ['an xref whose offsets are all wrong', pdf.slice(0, xrefAt) + pdf.slice(xrefAt).replace(/^\d{10}(?= 00000 n)/gm, '0000000003'), [], /SO ORDERED/],
    ['a startxref that points nowhere', pdf.replace(/startxref\n\d+/, 'startxref\n999999'), [], /SO ORDERED/],
    ['no xref or trailer at all, %%EOF kept', pdf.slice(0, xrefAt) + '%%EOF\n', [], /motion to suppress is DENIED/],
  ])('%s', async (_name, s, warn, text) => {
    const doc = (await readBytes(bytesOf(s), 'damaged.pdf')) as Document;
    expect(doc).not.toBeInstanceOf(InputError);
    expect(doc.text).toMatch(text);
    expect(codes(doc)).toEqual(expect.arrayContaining(warn));
  });

  it.each([
    ['restricts printing and copying only', 'The motion to suppress evidence seized from the vehicle is DENIED.'],
    ['holds parentheses and a backslash', 'Relief under 28 U.S.C. (2255) is DENIED; see Docket \\ Entry (ECF No. 41).'],
    ['is a one-line minute order', 'MINUTE ORDER: the status hearing set for May 9 is continued to June 13.'],
  ])('encrypted with an owner password only (RC4, empty user password), a PDF that %s reads normally', async (_name, line) => {
    const doc = (await readBytes(ownerLockedPdf([{ x: 72, y: 700, text: line }]), 'owner-locked.pdf')) as Document;
    expect(doc.text).toBe(line);
    expect(codes(doc)).toEqual([]);
  });

  it.each([
    ['a user password (bogus /O and /U: no empty password opens it)', '<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> >>'],
    ['an unknown security handler', '<< /Filter /FooLock /V 4 /R 4 /Length 128 /P -4 >>'],
  ])('encrypted with %s: pdf-encrypted says a password or the owner is needed; no exception', async (_name, dict) => {
    const enc = pdf.replace('trailer\n<<', `trailer\n<< /Encrypt ${dict} /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`);
    const doc = (await readBytes(bytesOf(enc), 'locked.pdf')) as Document;
    expect(doc).not.toBeInstanceOf(InputError);
    expect(doc.warnings.find((w) => w.code === 'pdf-encrypted')?.message).toMatch(/password|encrypt/i);
    // No garbage pretending to be text: encrypted streams are not scanned raw.
    expect(codes(doc)).not.toContain('pdf-raw-text');
  });
});

describe('markup nested thousands deep: read in linear time, text kept, offsets hold', () => {
  it.each([
    ['<div> nested 100,000 deep around one sentence', '<div>'.repeat(100_000) + 'The motion to compel is GRANTED.' + '</div>'.repeat(100_000), ['The motion to compel is GRANTED.']],
    ['<font> opened for every paragraph and never closed', '<html><body>' + Array.from({ length: 20_000 }, (_, i) => `<font size=3>Paragraph ${i} of the opinion.`).join('') + '</body></html>', ['Paragraph 0 of the opinion.', 'Paragraph 19999 of the opinion.']],
    ['CourtListener JSON whose html field nests <span> 60,000 deep', JSON.stringify({ html_with_citations: '<span>'.repeat(60_000) + '<p>Petition for rehearing DENIED.</p>' + '</span>'.repeat(60_000) }), ['Petition for rehearing DENIED.']],
  ])('%s', async (_name, s, kept) => {
    const doc = (await readBytes(Buffer.from(s), 'deep')) as Document;
    expect(doc).not.toBeInstanceOf(InputError);
    for (const k of kept) expect(doc.text).toContain(k);
    // Tags read as spaces keep every offset: the text maps back to the same words in the markup.
    const h = htmlToText(doc.html!);
    const at = h.text.indexOf(kept[0]);
    expect(doc.html!.slice(h.toHtml(at), h.toHtml(at) + 10)).toBe(kept[0].slice(0, 10));
    expect(doc.warnings.find((w) => w.code === 'html-deep-nesting')?.message).toMatch(/more than 1000 elements deep: \d+ tags/);
  });

  it.each([
    ['3,000 unclosed <p>', Array.from({ length: 3000 }, (_, i) => `<p>Finding ${i}.`).join('')],
    ['3,000 unclosed <li>', '<ol>' + Array.from({ length: 3000 }, (_, i) => `<li>Item ${i}`).join('') + '</ol>'],
    ['a table of 3,000 rows without end tags', '<table>' + Array.from({ length: 3000 }, (_, i) => `<tr><td>Row ${i}<td>paid`).join('') + '</table>'],
  ])('%s: ordinary flat markup is not touched', async (_name, s) => {
    const doc = (await readBytes(Buffer.from(`<html><body>${s}</body></html>`), 'flat.html')) as Document;
    expect(codes(doc)).not.toContain('html-deep-nesting');
    expect(doc.text.split('\n').length).toBeGreaterThanOrEqual(3000);
  });
});

/** RC4, for the standard security handler of PDF 1.4 (revision 2, 40-bit key). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + S[i] + key[i % key.length]) & 255;
    [S[i], S[j]] = [S[j], S[i]];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + S[i]) & 255;
    [S[i], S[j]] = [S[j], S[i]];
    out[k] = data[k] ^ S[(S[i] + S[j]) & 255];
  }
  return out;
}

/** A one-page PDF encrypted as PDF 1.4 tools do for an owner password alone: anyone may open it. */
function ownerLockedPdf(runs: Array<{ x: number; y: number; text: string }>): Uint8Array {
  const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
  const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const pad = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const id = Buffer.from('5c1e8a0b9d2f47a6b3c4d5e6f7081920', 'hex');
  const P = -3904; // print and copy not allowed
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  const O = rc4(md5(pad('court-owner')).subarray(0, 5), pad(''));
  const key = md5(pad(''), O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objKey = (n: number) => md5(key, new Uint8Array([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  const ops = runs.map((r) => `BT /F1 12 Tf ${r.x} ${r.y} Td (${r.text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
  const content = rc4(objKey(4), new Uint8Array(Buffer.from(ops, 'latin1')));
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const objects: Array<Buffer> = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [5 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), Buffer.from(content), Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>'),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${P} /O <${hex(O)}> /U <${hex(U)}> >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail));
  return new Uint8Array(Buffer.concat(parts));
}
