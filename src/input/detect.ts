/** Decide the format of an input from its first bytes, falling back to the file name. */
import type { ImageKind } from './ocr.js';
import type { InputFormat } from './types.js';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Offset of `%PDF-` within the first `window` bytes, or -1. */
export function findPdfMagic(bytes: Uint8Array, window = 1024): number {
  const n = Math.min(bytes.length - PDF_MAGIC.length, window);
  outer: for (let i = 0; i <= n; i++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (bytes[i + k] !== PDF_MAGIC[k]) continue outer;
    return i;
  }
  return -1;
}

/** The image kind of a scanned page saved as an image (read by OCR when tesseract is installed), or null. */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)) return 'tiff';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'gif';
  if (b[0] === 0x42 && b[1] === 0x4d && b.length > 26 && b[14] >= 12 && b[15] === 0 && b[6] === 0 && b[7] === 0) return 'bmp';
  if (startsWithAscii(b, 'RIFF') && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'webp';
  return null;
}

/** Container formats we do not read, recognized so the error can name them. */
export function sniffUnsupported(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'a ZIP container (DOCX/ODT?)';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'an OLE2 file (DOC/WPD?)';
  if (b[0] === 0xff && b[1] === 0x57 && b[2] === 0x50 && b[3] === 0x43) return 'a WordPerfect document';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'a PNG image';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'a JPEG image';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a)) {
    return 'a TIFF image';
  }
  if (b[0] === 0x1f && b[1] === 0x8b) return 'a gzip archive';
  if (b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) return 'an executable (ELF)';
  // "MZ" starts text too ("MZ Holdings v. ..."): an executable also has NUL bytes in its header.
  if (b[0] === 0x4d && b[1] === 0x5a && b.subarray(2, 64).includes(0)) return 'a Windows executable';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'a GIF image';
  if (b[0] === 0x7b && b[1] === 0x5c && b[2] === 0x72 && b[3] === 0x74 && b[4] === 0x66) return 'an RTF document';
  if (startsWithAscii(b, 'SQLite format 3\0')) return 'an SQLite database (a corpus? use --db with search, citator, stats)';
  return null;
}

function startsWithAscii(b: Uint8Array, s: string): boolean {
  if (b.length < s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[i] !== s.charCodeAt(i)) return false;
  return true;
}

/** First non-whitespace character of a decoded prefix (BOM skipped). */
function firstSignificant(prefix: string): string {
  const m = /^[\ufeff\s]*(\S)/.exec(prefix);
  return m ? m[1] : '';
}

// Markup starts with a tag, a doctype, a comment or an XML declaration:  "<div>"  "<!DOCTYPE html>"  "<?xml"
const MARKUP_START = /^[\ufeff\s]*<(?:[a-zA-Z][\w:-]*[\s/>]|!--|!doctype|\?xml)/i;

/**
 * The format of content whose decoded beginning is `prefix` (a few KB is enough).
 * `{`/`[` -> JSON, markup -> HTML, anything else -> text. PDF is decided on bytes (findPdfMagic).
 */
export function detectTextFormat(prefix: string): InputFormat {
  const c = firstSignificant(prefix);
  if (c === '{' || c === '[') return 'json';
  if (c === '<' && MARKUP_START.test(prefix)) return 'html';
  return 'txt';
}

/** The format a file name suggests, if any. */
export function formatFromPath(path: string | undefined): InputFormat | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(path ?? '');
  switch (m?.[1].toLowerCase()) {
    case 'pdf':
      return 'pdf';
    case 'htm':
    case 'html':
    case 'xhtml':
    case 'xml':
      return 'html';
    case 'json':
      return 'json';
    case 'txt':
    case 'text':
      return 'txt';
    default:
      return undefined;
  }
}
