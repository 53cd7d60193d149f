/**
 * readDocument: one entry for every input. A string is a file path, bytes are content. The format is
 * decided from the content (`%PDF-` in the first KB, `{` JSON, `<` markup), not from the file name.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Warning } from '../engine/types.js';
import { makeDocument } from './document.js';
import { detectTextFormat, findPdfMagic, formatFromPath, sniffImage, sniffUnsupported } from './detect.js';
import { InputError } from './errors.js';
import { htmlToText, MAX_NESTING, type HtmlText } from './html.js';
import { textFromJson } from './json.js';
import { decodeText } from './txt.js';
import type { OcrMode, OcrOptions } from './ocr.js';
import type { Document, InputFormat } from './types.js';

export interface ReadOptions {
  /** File name to record (and a hint for the format) when the input is bytes. */
  path?: string;
  /** Skip detection and read as this format. */
  format?: InputFormat;
  /** Refuse inputs larger than this many bytes (default 64 MB). */
  maxBytes?: number;
  /** Give up on a PDF that takes longer than this (default 30 s). */
  timeoutMs?: number;
  /**
   * OCR through Debian's tesseract-ocr and poppler-utils, when installed: `auto` (default) reads a PDF
   * without a usable text layer by OCR (warning `ocr`), the scanned pages of a PDF that has one (warning
   * `ocr-pages`), and image files (PNG, JPEG, TIFF...); `never` leaves scans unread with `needs-ocr` and
   * refuses images; `always` OCRs every PDF. `true` is `auto`, `false` is `never`.
   */
  ocr?: OcrMode | boolean;
  /** OCR page cap (default 50), time limit per page (default 60 s), dpi (300) and language (`eng`). */
  ocrOptions?: OcrOptions;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

async function loadBytes(input: string | Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (typeof input !== 'string') {
    if (!(input instanceof Uint8Array)) throw new InputError('invalid-argument', 'input must be a path or bytes');
    if (input.length > maxBytes) {
      throw new InputError('too-large', `input is ${mb(input.length)}, above the limit of ${mb(maxBytes)} (option maxBytes)`);
    }
    return input;
  }
  let s: Stats;
  try {
    s = await stat(input);
  } catch (e) {
    throw ioError(e, input);
  }
  if (s.isDirectory()) {
    throw new InputError('is-directory', 'is a folder, not a file (pass the files in it, or ingest the folder)', input);
  }
  // A pipe or device ("<(zcat order.txt.gz)", /dev/stdin) has no size: read it up to the limit.
  if (!s.isFile()) return readStream(input, maxBytes);
  if (s.size > maxBytes) {
    throw new InputError('too-large', `file is ${mb(s.size)}, above the limit of ${mb(maxBytes)} (raise it with --max-mb, or maxBytes in the API)`, input);
  }
  try {
    return await readFile(input);
  } catch (e) {
    throw ioError(e, input);
  }
}

/** "70.2 MB" */
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;

/** An InputError for a failed file system call, in words (no errno dump). */
function ioError(e: unknown, path: string): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new InputError('not-found', 'no such file', path);
    case 'EACCES':
    case 'EPERM':
      return new InputError('io', 'permission denied', path);
    case 'EISDIR':
      return new InputError('is-directory', 'is a folder, not a file', path);
    case 'ENOTDIR':
      return new InputError('not-found', 'no such file (a part of the path is not a folder)', path);
    default:
      return new InputError('io', `could not read the file (${code ?? (e as Error)?.message ?? String(e)})`, path);
  }
}

async function readStream(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new InputError('too-large', `input is above the limit of ${mb(maxBytes)} (raise it with --max-mb, or maxBytes in the API)`, path);
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw ioError(e, path);
  }
  return Buffer.concat(chunks);
}

/** Read a file (path) or content (bytes) into a Document. Throws InputError only for I/O and misuse. */
export async function readDocument(input: string | Uint8Array, opts: ReadOptions = {}): Promise<Document> {
  const t0 = performance.now();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const path = typeof input === 'string' ? input : opts.path;
  const bytes = await loadBytes(input, maxBytes);
  const pdfAt = findPdfMagic(bytes);
  const format = opts.format ?? (pdfAt >= 0 ? 'pdf' : undefined);
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    const pdf = await readPdf(bytes, { path, timeoutMs: opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS, ocr: opts.ocr, ocrOptions: opts.ocrOptions });
    return makeDocument({
      text: pdf.text,
      format: 'pdf',
      path,
      ...(pdf.field ? { field: pdf.field } : {}),
      bytes,
      pages: pdf.pages,
      warnings: pdf.warnings,
      meta: pdf.meta,
      ms: performance.now() - t0,
    });
  }
  const image = !format || format === 'image' ? sniffImage(bytes) : null;
  if (image) {
    const { readImage } = await import('./image.js');
    return readImage(bytes, image, { path, ocr: opts.ocr, ocrOptions: opts.ocrOptions });
  }
  if (!format) {
    const what = sniffUnsupported(bytes);
    if (what) throw new InputError('unsupported-format', `the input is ${what}; courtreader reads plain text, PDF, HTML and JSON (convert it to one of these first)`, path);
  }
  const decoded = decodeText(bytes, path);
  const doc = fromDecodedText(decoded.text, {
    path,
    format,
    warnings: decoded.warnings,
    bytes,
    encoding: decoded.encoding,
  });
  doc.source.ms = performance.now() - t0;
  return doc;
}

export interface FromTextOptions {
  path?: string;
  /** Read as this format instead of detecting it from the content. */
  format?: InputFormat;
}

/** A Document from a string held in memory (API, CLI stdin, server). Synchronous; never throws on text. */
export function documentFromText(text: string, opts: FromTextOptions = {}): Document {
  if (typeof text !== 'string') throw new InputError('invalid-argument', 'documentFromText needs a string');
  if (opts.format === 'pdf' || opts.format === 'image') throw new InputError('invalid-argument', `${opts.format === 'pdf' ? 'a PDF' : 'an image'} must be read with readDocument(bytes)`);
  return fromDecodedText(text, { path: opts.path, format: opts.format, warnings: [] });
}

function warnDeepNesting(h: HtmlText, warnings: Warning[]): void {
  if (h.flattenedTags) {
    warnings.push({ code: 'html-deep-nesting', message: `markup nested more than ${MAX_NESTING} elements deep: ${h.flattenedTags} tags past that depth were read as spaces` });
  }
}

interface DecodedSource {
  path?: string;
  format?: InputFormat;
  warnings: Warning[];
  bytes?: Uint8Array;
  encoding?: string;
}

function fromDecodedText(text: string, o: DecodedSource): Document {
  const warnings = [...o.warnings];
  const src = { path: o.path, bytes: o.bytes, encoding: o.encoding };
  let format: InputFormat = o.format ?? detectTextFormat(text.slice(0, 4096));
  if (!o.format) {
    const byName = formatFromPath(o.path);
    if (byName && byName !== format) {
      // Content wins; say so when the name disagrees (e.g. markup saved as .txt).
      warnings.push({ code: 'format-by-content', message: `file name suggests ${byName}; content reads as ${format}` });
    }
  }
  if (format === 'json' || format === 'courtlistener-json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      warnings.push({ code: 'json-invalid', message: `not valid JSON (${(e as Error).message}); read as text` });
      format = 'txt';
    }
    if (format !== 'txt') {
      const j = textFromJson(value);
      warnings.push(...j.warnings);
      if (j.kind === 'html') {
        const h = htmlToText(j.content);
        warnDeepNesting(h, warnings);
        return makeDocument({ ...src, text: h.text, html: j.content, format: j.format, field: j.field, meta: j.meta, warnings });
      }
      return makeDocument({ ...src, text: j.content, format: j.format, field: j.field, meta: j.meta, warnings });
    }
  }
  if (format === 'html') {
    const h = htmlToText(text);
    warnDeepNesting(h, warnings);
    return makeDocument({ ...src, text: h.text, html: text, format: 'html', warnings });
  }
  return makeDocument({ ...src, text, format: 'txt', warnings });
}
