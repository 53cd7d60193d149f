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

const cp1252 = (s: string) => {
  // The few windows-1252 characters these tests use, outside Latin-1.
  const high: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97 };
  return [...s].map((ch) => high[ch] ?? ch.charCodeAt(0));
};
const utf8 = (s: string) => [...Buffer.from(s, 'utf8')];
const bytesOf = (...parts: number[][]) => new Uint8Array(parts.flat());

describe('decodeText: windows-1252 and stray bytes', () => {
  it.each([
    ['section sign and curly quotes', '18 U.S.C. \u00a7 3582(c)(1)(A) \u201ccompassionate release\u201d'],
    ['em dash and apostrophe', 'the Court\u2019s order \u2014 DENIED'],
    ['double section sign and en dash', 'See \u00a7\u00a7 3553(a)\u20133582.'],
  ])('a whole windows-1252 file: %s', (_n, text) => {
    const d = decodeText(new Uint8Array(cp1252(text)));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings.map((w) => w.code)).toEqual(['encoding-fallback']);
  });

  it.each([
    ['a 1252 section sign in UTF-8 text', [utf8('Judge Mu\u00f1oz: 18 U.S.C. '), cp1252('\u00a7'), utf8(' 3582 \u2014 denied')], 'Judge Mu\u00f1oz: 18 U.S.C. \u00a7 3582 \u2014 denied'],
    ['1252 curly quotes pasted into UTF-8', [utf8('\u00a7 1983. '), cp1252('\u201cmoot\u201d'), utf8(' \u2014 ok')], '\u00a7 1983. \u201cmoot\u201d \u2014 ok'],
    ['a truncated UTF-8 sequence before ASCII', [utf8('caf\u00e9 '), [0xe2, 0x80], utf8(' end \u00a7 2')], 'caf\u00e9 \u00e2\u20ac end \u00a7 2'],
  ])('mixed: %s keeps the UTF-8 and reads only the stray bytes as windows-1252', (_n, parts, text) => {
    const d = decodeText(bytesOf(...(parts as number[][])));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings.map((w) => w.code)).toEqual(['encoding-mixed']);
    expect(d.text).not.toContain('\ufffd');
  });

  it('names the first stray byte and how many there are', () => {
    const d = decodeText(bytesOf(utf8('\u00a7 1 '), [0xa7], utf8(' x '), [0x92]));
    expect(d.warnings[0].message).toMatch(/2 bytes .*first at 5/);
  });
});

describe('decodeText: NUL bytes', () => {
  it.each([
    ['two NULs inside a line', bytesOf(utf8('The motion is '), [0, 0], utf8('DENIED. '.repeat(30))), 2, 14],
    ['padding after the text', bytesOf(utf8('SO ORDERED.\n'), new Array(300).fill(0)), 300, 12],
    ['one NUL after a UTF-8 BOM', bytesOf([0xef, 0xbb, 0xbf], utf8('ORDER\n'), [0], utf8('Motion GRANTED. '.repeat(20))), 1, 6],
  ])('%s: read as spaces, one for one, with a warning', (_n, bytes, count, first) => {
    const d = decodeText(bytes);
    expect(d.text).not.toContain('\0');
    expect(d.warnings.map((w) => w.code)).toEqual(['nul-bytes']);
    expect(d.warnings[0].message).toContain(`${count} NUL byte`);
    expect(d.warnings[0].message).toContain(`offset ${first}`);
    // One space per NUL: every other character keeps its offset.
    expect(d.text.length).toBe(bytes.length - (bytes[0] === 0xef ? 3 : 0));
  });

  it.each([
    ['every other byte NUL, not UTF-16', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0 : 0x41)))],
    ['text that turns binary past the sniffed window', bytesOf(utf8('a'.repeat(70_000)), Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 0 : 7)))],
    ['an executable-like header', bytesOf([0x7f, 0x45, 0x4c, 0x46], new Array(60).fill(0), utf8('libc.so.6'))],
  ])('still refuses binary content: %s', (_n, bytes) => {
    expect(() => decodeText(bytes)).toThrow(/binary content/);
  });
});

describe('double-encoded text, in any format', () => {
  it.each([
    ['a section sign in plain text', utf8('18 U.S.C. \u00c2\u00a7 3582'), '18 U.S.C. \u00c2\u00a7 3582'],
    ['curly quotes in HTML', utf8('<p>\u00e2\u20ac\u0153compassionate release\u00e2\u20ac\u009d</p>'), '\u00e2\u20ac\u0153compassionate release\u00e2\u20ac\u009d'],
    ['an accented name escaped in JSON', utf8(`{"plain_text": "${'Judge Nu\\u00c3\\u00b1ez denied the motion for a sentence reduction. '.repeat(3)}"}`), 'Judge Nu\u00c3\u00b1ez denied the motion for a sentence reduction. '.repeat(3).trim()],
  ])('warns about %s and leaves the text as it is', async (_n, bytes, text) => {
    const doc = await readDocument(new Uint8Array(bytes));
    expect(doc.text.trim()).toBe(text);
    expect(doc.warnings.map((w) => w.code)).toContain('encoding-mojibake');
  });

  it.each([['S\u00e3o Paulo \u00a7 12'], ['\u00c3 la carte \u2014 \u00a7 3'], ['\u00c2ge \u00e2ge']])('no warning on clean text: %j', async (text) => {
    expect((await readDocument(new Uint8Array(utf8(text)))).warnings).toEqual([]);
  });
});
