/**
 * Plain text: decode bytes with the encoding they declare (BOM) or carry (valid UTF-8), else
 * windows-1252, which maps every byte to a character so nothing is lost (warning `encoding-fallback`).
 * Binary content (NUL bytes, many control characters) is refused with InputError `binary-input`.
 */
import type { Warning } from '../engine/types.js';
import { InputError } from './errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: Warning[];
}

/** How much of the input is checked for binary content. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, LF, CR, FF, ESC-free text) that makes content binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeText(bytes: Uint8Array, path?: string): DecodedText {
  const warnings: Warning[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', warnings };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warnings };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warnings };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    warnings.push({ code: 'encoding-guessed', message: `no byte-order mark; read as ${utf16.toUpperCase()}` });
    return { text: decode(utf16, bytes), encoding: utf16, warnings };
  }
  assertNotBinary(bytes, path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    warnings.push({
      code: 'encoding-fallback',
      message: `not valid UTF-8 (first bad byte at ${bad}); read as windows-1252`,
    });
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings };
  }
}

/** windows-1252 bytes 0x80-0x9F (Node's decoder treats them as Latin-1 C1 controls). 0 = undefined byte. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Every byte becomes one UTF-16 unit, so offsets stay byte offsets; undefined bytes keep their C1 code. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i];
      units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(0, n))));
  }
  return parts.join('');
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** UTF-16 without BOM: ASCII text then has a NUL in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function assertNotBinary(bytes: Uint8Array, path?: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      throw new InputError('binary-input', `binary content (NUL byte at offset ${i}), not text`, path);
    }
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new InputError(
      'binary-input',
      `binary content (${Math.round((100 * control) / n)}% control bytes), not text`,
      path,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}
