import { describe, expect, it } from 'vitest';
import { detectTextFormat, findPdfMagic, formatFromPath, sniffUnsupported } from '../../src/input/detect.js';

const b = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('format detection', () => {
  it.each([
    ['{"plain_text": "x"}', 'json'],
    ['  \n[{"a": 1}]', 'json'],
    ['\ufeff<!DOCTYPE html><html>', 'html'],
    ['<?xml version="1.0"?><opinion>', 'html'],
    ['<div>\n<center>', 'html'],
    ['<!-- saved page --><p>x</p>', 'html'],
    ['UNITED STATES DISTRICT COURT', 'txt'],
    ['<< this is not markup >>', 'txt'],
    ['< 5 years', 'txt'],
    ['', 'txt'],
  ])('%j -> %s', (prefix, format) => {
    expect(detectTextFormat(prefix)).toBe(format);
  });

  it.each([
    ['%PDF-1.7\n', 0],
    ['%%EOF\r\n%PDF-1.4', 7],
    ['\r\n%PDF-1.3', 2],
    [`${' '.repeat(1100)}%PDF-1.4`, -1],
    ['plain text about %PDF files', -1],
  ])('PDF magic in %j at %d', (s, at) => {
    expect(findPdfMagic(b(s))).toBe(at);
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04], /ZIP/],
    [[0xd0, 0xcf, 0x11, 0xe0], /OLE2/],
    [[0xff, 0xd8, 0xff, 0xe0], /JPEG/],
    [[0x7f, 0x45, 0x4c, 0x46, 2, 1], /executable \(ELF\)/],
    [[0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00], /Windows executable/],
    [[...Buffer.from('GIF89a')], /GIF/],
    [[...Buffer.from('{\\rtf1\\ansi')], /RTF/],
    [[...Buffer.from('SQLite format 3\0')], /SQLite database/],
  ])('names unsupported containers %j', (bytes, re) => {
    expect(sniffUnsupported(new Uint8Array(bytes))).toMatch(re);
  });

  it.each([
    ['MZ Holdings, Inc. v. Rowe, No. 3:21-cv-7'],
    ['GIF Partners v. Doe'],
    ['SQLite is a database used by the clerk'],
    ['II. BACKGROUND'],
  ])('does not take text for a container: %j', (s) => {
    expect(sniffUnsupported(new Uint8Array(Buffer.from(s)))).toBeNull();
  });

  it.each([
    ['a/b/order.PDF', 'pdf'],
    ['x.htm', 'html'],
    ['x.json', 'json'],
    ['x.txt', 'txt'],
    ['x', undefined],
  ])('name %s suggests %s', (p, f) => {
    expect(formatFromPath(p)).toBe(f);
  });
});
