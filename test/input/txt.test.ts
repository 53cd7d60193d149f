import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/txt.js';
import { InputError } from '../../src/input/errors.js';
import { readDocument } from '../../src/input/read-document.js';

const utf16 = (s: string, be: boolean, bom: boolean) => {
  const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(...(be ? [c >> 8, c & 255] : [c & 255, c >> 8]));
  }
  return new Uint8Array(out);
};
const TEXT = 'ORDER \u2014 the motion is DENIED. \u00a7 3582';

describe('decodeText', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(TEXT, 'utf8')), 'utf-8', []],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(TEXT, 'utf8')]), 'utf-8', []],
    ['UTF-16 LE with BOM', utf16(TEXT, false, true), 'utf-16le', []],
    ['UTF-16 BE with BOM', utf16(TEXT, true, true), 'utf-16be', []],
    ['UTF-16 LE without BOM', utf16(TEXT, false, false), 'utf-16le', ['encoding-guessed']],
  ])('%s', (_n, bytes, encoding, codes) => {
    const d = decodeText(bytes);
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe(encoding);
    expect(d.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('falls back to windows-1252 for invalid UTF-8 and keeps every character', () => {
    // "court\x92s" with a 1252 right quote, "caf\xe9"
    const d = decodeText(new Uint8Array([...Buffer.from('the court'), 0x92, ...Buffer.from('s caf'), 0xe9]));
    expect(d.text).toBe('the court\u2019s caf\u00e9');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings.map((w) => w.code)).toEqual(['encoding-fallback']);
    expect(d.warnings[0].message).toMatch(/byte at 9/);
  });

  it.each([
    ['NUL bytes', new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44, 0x00, 0x00, 0x01, 0x02, 0x03, 0x41, 0x41])],
    ['mostly control bytes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 30) + 1)))],
  ])('refuses binary content: %s', (_n, bytes) => {
    expect(() => decodeText(bytes)).toThrow(InputError);
    try {
      decodeText(bytes);
    } catch (e) {
      expect((e as InputError).code).toBe('binary-input');
    }
  });

  it('readDocument passes the encoding and warning through', async () => {
    const doc = await readDocument(new Uint8Array([...Buffer.from('Denied'), 0x97, ...Buffer.from('moot')]));
    expect(doc.text).toBe('Denied\u2014moot');
    expect(doc.reading.text).toBe('Denied-moot');
    expect(doc.source.encoding).toBe('windows-1252');
    expect(doc.warnings.map((w) => w.code)).toContain('encoding-fallback');
  });
});
