import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findInflationBomb } from '../../src/input/pdf-guard.js';
import { rawPdfText } from '../../src/input/pdf-raw.js';

const pdfWithStream = (body: Buffer, filter = '/Filter /FlateDecode') =>
  Buffer.concat([
    Buffer.from(`%PDF-1.4\n4 0 obj\n<< /Length ${body.length} ${filter} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);

// Small limits stand in for the real ones (64 KB, 256 MB, 1 GB) so the test inflates little.
const limits = { largeStream: 100, maxStreamOutput: 1_000_000, maxTotalOutput: 3_000_000 };

describe('findInflationBomb', () => {
  it.each([
    ['a stream that inflates past the cap', deflateSync(Buffer.alloc(5_000_000)), /inflates to more than 1000000/],
    ['a stream under the cap', deflateSync(Buffer.alloc(500_000)), null],
    ['a damaged stream', Buffer.alloc(500, 7), null],
  ])('%s', (_n, body, expected) => {
    const found = findInflationBomb(new Uint8Array(pdfWithStream(body)), limits);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });

  it('caps the total over many streams', () => {
    const one = pdfWithStream(deflateSync(Buffer.alloc(900_000)));
    const many = Buffer.concat([one, one, one, one]);
    expect(findInflationBomb(new Uint8Array(many), limits)).toMatch(/in total/);
  });
});

describe('rawPdfText', () => {
  it.each([
    ['Tj strings and line moves', 'BT /F1 12 Tf 72 700 Td (ORDER) Tj 0 -14 Td (The motion is DENIED.) Tj ET', 'ORDER\nThe motion is DENIED.'],
    ['TJ arrays with kerning and word gaps', 'BT [(DEN) 20 (IED) -300 (in part)] TJ ET', 'DENIED in part'],
    ['escapes', 'BT (Smith \\(pro se\\) \\\\ 18 U.S.C.) Tj ET', 'Smith (pro se) \\ 18 U.S.C.'],
  ])('%s', (_n, content, text) => {
    expect(rawPdfText(new Uint8Array(pdfWithStream(Buffer.from(content, 'latin1'), '')))).toBe(text);
    expect(rawPdfText(new Uint8Array(pdfWithStream(deflateSync(Buffer.from(content, 'latin1')))))).toBe(text);
  });
});
