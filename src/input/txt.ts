/**
 * Plain text: decode bytes with the encoding they declare (BOM) or carry (valid UTF-8), else
 * windows-1252, which maps every byte to a character so nothing is lost (warning `encoding-fallback`).
 * UTF-8 with a few stray windows-1252 bytes (a pasted curly quote or section sign) keeps its UTF-8
 * and reads only the stray bytes as windows-1252 (warning `encoding-mixed`).
 * A few NUL bytes in otherwise clean text (padding, a bad export) become spaces, one for one, so
 * offsets hold (warning `nul-bytes`). Binary content (many NUL or control bytes) is refused with
 * InputError `binary-input`.
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
/** Share of control characters (other than tab, LF, CR, FF) that makes content binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of NUL bytes (a trailing run of padding aside) that text may hold before it counts as binary. */
const MAX_NUL_SHARE = 0.01;
/** The same share when no other control byte occurs (NUL bytes sprinkled through clean text). */
const MAX_NUL_SHARE_IN_CLEAN_TEXT = 0.1;

const READS = 'courtreader reads plain text, PDF, HTML and JSON';

export function decodeText(bytes: Uint8Array, path?: string): DecodedText {
  const warnings: Warning[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(withoutNuls(bytes.subarray(3), warnings, path), warnings);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16('utf-16le', bytes.subarray(2), 2, warnings), encoding: 'utf-16le', warnings };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16('utf-16be', bytes.subarray(2), 2, warnings), encoding: 'utf-16be', warnings };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    warnings.push({ code: 'encoding-guessed', message: `no byte-order mark; read as ${utf16.toUpperCase()}` });
    return { text: decodeUtf16(utf16, bytes, 0, warnings), encoding: utf16, warnings };
  }
  return decodeUtf8(withoutNuls(bytes, warnings, path), warnings);
}

/** UTF-8 when valid; else per byte: valid UTF-8 sequences as UTF-8, every other byte as windows-1252. */
function decodeUtf8(bytes: Uint8Array, warnings: Warning[]): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.multibyte === 0) {
      warnings.push({
        code: 'encoding-fallback',
        message: `not valid UTF-8 (first bad byte at ${scan.firstInvalid}); read as windows-1252`,
      });
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings };
    }
    warnings.push({
      code: 'encoding-mixed',
      message:
        `UTF-8 with ${scan.invalid} byte${scan.invalid === 1 ? '' : 's'} that ${scan.invalid === 1 ? 'is' : 'are'} not ` +
        `(first at ${scan.firstInvalid}); ${scan.invalid === 1 ? 'it was' : 'those were'} read as windows-1252`,
    });
    return { text: decodeMixed(bytes), encoding: 'utf-8', warnings };
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

/**
 * UTF-16 text. Damage cannot be read byte for byte as in UTF-8, so it is named: an odd last byte (a file
 * cut short) or an unpaired surrogate becomes U+FFFD with warning `encoding-invalid`, the rest is kept.
 */
function decodeUtf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array, skipped: number, warnings: Warning[]): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const units = bytes.length >> 1;
    const odd = bytes.length % 2 === 1 ? `, and an odd last byte at offset ${skipped + bytes.length - 1} (the file may be cut short)` : '';
    let bad = 0;
    for (let i = 0; i < units; i++) {
      const u = encoding === 'utf-16le' ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
      if (u >= 0xd800 && u < 0xdc00) {
        const next = i + 1 < units ? (encoding === 'utf-16le' ? bytes[2 * i + 2] | (bytes[2 * i + 3] << 8) : (bytes[2 * i + 2] << 8) | bytes[2 * i + 3]) : -1;
        if (next >= 0xdc00 && next < 0xe000) i++;
        else bad++;
      } else if (u >= 0xdc00 && u < 0xe000) bad++;
    }
    warnings.push({
      code: 'encoding-invalid',
      message: `${encoding.toUpperCase()} with ${bad} unpaired surrogate${bad === 1 ? '' : 's'}${odd}; read as U+FFFD`,
    });
    return text;
  }
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

/**
 * The bytes with NUL bytes turned into spaces when they are few (or a trailing run of padding);
 * throws `binary-input` when NUL or other control bytes say the content is not text.
 */
function withoutNuls(bytes: Uint8Array, warnings: Warning[], path?: string): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  if (end === 0 && bytes.length > 0) {
    throw new InputError('binary-input', `nothing but NUL bytes (${bytes.length}), not text; ${READS}`, path);
  }
  const n = Math.min(end, SNIFF_BYTES);
  let control = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nuls++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (n > 0 && (nuls + control) / n > MAX_CONTROL_SHARE) {
    throw new InputError('binary-input', `binary content (${Math.round((100 * (nuls + control)) / n)}% NUL or control bytes), not text; ${READS}`, path);
  }
  // More NUL bytes than a stray few are still text when every other byte is: no control bytes at all
  // beside them ("The motion is\0DENIED.\0" from a bad export). Binary formats have control bytes too.
  const nulShare = n > 0 && control === 0 ? MAX_NUL_SHARE_IN_CLEAN_TEXT : MAX_NUL_SHARE;
  if (n > 0 && nuls / n > nulShare) {
    throw new InputError('binary-input', `binary content (NUL byte at offset ${bytes.indexOf(0)}), not text; ${READS}`, path);
  }
  const first = bytes.indexOf(0);
  if (first === -1) return bytes;
  if (first < end && end - n > 0) {
    // Beyond the sniffed window: still refuse content that turns binary later on.
    let more = 0;
    for (let i = n; i < end; i++) if (bytes[i] === 0) more++;
    if (more / (end - n) > nulShare) {
      throw new InputError('binary-input', `binary content (NUL bytes from offset ${first}), not text; ${READS}`, path);
    }
  }
  const out = new Uint8Array(bytes);
  let count = 0;
  for (let i = first; i < out.length; i++) {
    if (out[i] === 0) {
      out[i] = 0x20;
      count++;
    }
  }
  warnings.push({
    code: 'nul-bytes',
    message: `${count} NUL byte${count === 1 ? '' : 's'} (first at offset ${first}) read as spaces`,
  });
  return out;
}

interface Utf8Scan {
  /** Bytes that start no valid UTF-8 sequence. */
  invalid: number;
  /** Valid sequences of two to four bytes. */
  multibyte: number;
  firstInvalid: number;
}

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte starts none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let len: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b < 0xe0) len = 2;
  else if (b >= 0xe0 && b < 0xf0) {
    len = 3;
    if (b === 0xe0) min = 0xa0; // overlong
    if (b === 0xed) max = 0x9f; // surrogates
  } else if (b >= 0xf0 && b < 0xf5) {
    len = 4;
    if (b === 0xf0) min = 0x90;
    if (b === 0xf4) max = 0x8f;
  } else return 0;
  if (i + len > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < min || second > max) return 0;
  for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return len;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const r: Utf8Scan = { invalid: 0, multibyte: 0, firstInvalid: -1 };
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceAt(bytes, i);
    if (len === 0) {
      if (r.firstInvalid < 0) r.firstInvalid = i;
      r.invalid++;
      i++;
    } else {
      r.multibyte++;
      i += len;
    }
  }
  return r;
}

/** Valid UTF-8 runs decoded as UTF-8, each byte outside them as windows-1252. */
function decodeMixed(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceAt(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}

// UTF-8 text that was once misread as windows-1252 and saved again: "Â§ 3582" (for "§ 3582"),
// "â€œreleaseâ€" (for curly quotes), "Ã©" (for "é"), "Â " (for a no-break space).
const MOJIBAKE = /\u00e2\u20ac|\u00c2[\u00a0-\u00bf]|\u00c3[\u00a0-\u00bf\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/;

/**
 * A warning when extracted text carries double-encoded characters (any format: the bytes were valid,
 * the characters are wrong); the text itself is left as it is.
 */
export function findMojibake(text: string): Warning | null {
  const m = MOJIBAKE.exec(text);
  if (!m) return null;
  return {
    code: 'encoding-mojibake',
    message:
      `double-encoded characters ("${m[0]}" at offset ${m.index}), as when UTF-8 was once read as windows-1252 ` +
      'and saved again; section signs and quotes there may be misread',
  };
}
