/** Assemble a Document from extracted text: reading text, pages, source facts. */
import { createHash } from 'node:crypto';
import type { Warning } from '../engine/types.js';
import { normalizeForReading } from '../text/normalize.js';
import { findMojibake } from './txt.js';
import type { Document, InputFormat, Page } from './types.js';

export interface DocumentParts {
  text: string;
  format: InputFormat;
  path?: string;
  field?: string;
  /** Input bytes, for size and hash (defaults to the UTF-8 of `text`). */
  bytes?: Uint8Array;
  encoding?: string;
  html?: string;
  pages?: Page[];
  meta?: Record<string, string>;
  warnings?: Warning[];
  ms?: number;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Pages of a text without a page structure of its own: split at form feeds, else one page. */
export function pagesFromFormFeeds(text: string): Page[] {
  const pages: Page[] = [];
  let start = 0;
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) {
    pages.push({ number: pages.length + 1, span: [start, i] });
    start = i + 1;
  }
  if (start < text.length || pages.length === 0) pages.push({ number: pages.length + 1, span: [start, text.length] });
  return pages;
}

export function makeDocument(parts: DocumentParts): Document {
  const reading = normalizeForReading(parts.text);
  const doc: Document = {
    text: parts.text,
    reading: { text: reading.text, toOriginal: reading.toOriginal, toOriginalSpan: reading.toOriginalSpan },
    pages: parts.pages ?? pagesFromFormFeeds(parts.text),
    source: {
      format: parts.format,
      // Without input bytes, size and hash are those of the text's UTF-8.
      bytes: parts.bytes ? parts.bytes.length : Buffer.byteLength(parts.text, 'utf8'),
      sha256: sha256Hex(parts.bytes ?? parts.text),
    },
    meta: parts.meta ?? {},
    warnings: parts.warnings ?? [],
  };
  if (parts.path !== undefined) doc.source.path = parts.path;
  if (parts.field !== undefined) doc.source.field = parts.field;
  if (parts.encoding !== undefined) doc.source.encoding = parts.encoding;
  if (parts.ms !== undefined) doc.source.ms = parts.ms;
  if (parts.html !== undefined) doc.html = parts.html;
  const mojibake = findMojibake(parts.text);
  if (mojibake) doc.warnings.push(mojibake);
  if (parts.text.trim() === '' && !doc.warnings.some((w) => w.code === 'needs-ocr')) {
    doc.warnings.push({ code: 'empty-text', message: 'no text was found in the input' });
  }
  return doc;
}
