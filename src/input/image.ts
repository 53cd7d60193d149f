/**
 * A scanned page saved as an image (PNG, JPEG, TIFF, GIF, BMP, WebP): read by OCR through tesseract when
 * it is installed and the option allows, as one page per image (per frame of a multi-page TIFF). Without
 * OCR the input is refused with a typed error saying what would read it. An image tesseract cannot decode
 * is refused too; an image it reads without finding letters is a Document with empty text and a warning.
 */
import type { Warning } from '../engine/types.js';
import { makeDocument } from './document.js';
import { InputError } from './errors.js';
import { OCR_INSTALL_HINT, ocrAvailable, ocrImage, type ImageKind, type OcrMode, type OcrOptions } from './ocr.js';
import type { Document } from './types.js';

const NAMES: Record<ImageKind, string> = { png: 'a PNG image', jpeg: 'a JPEG image', tiff: 'a TIFF image', gif: 'a GIF image', bmp: 'a BMP image', webp: 'a WebP image' };
const READS = 'courtreader reads plain text, PDF, HTML and JSON';

export interface ImageReadOptions {
  path?: string;
  ocr?: OcrMode | boolean;
  ocrOptions?: OcrOptions;
}

export async function readImage(bytes: Uint8Array, kind: ImageKind, opts: ImageReadOptions): Promise<Document> {
  const t0 = performance.now();
  const name = NAMES[kind];
  if (opts.ocr === 'never' || opts.ocr === false) {
    throw new InputError('unsupported-format', `the input is ${name}; ${READS}, and reads images only by OCR, which is off (option ocr 'never', --ocr never)`, opts.path);
  }
  if (!ocrAvailable()) {
    throw new InputError('unsupported-format', `the input is ${name}; ${READS}; to have it read images by OCR, ${OCR_INSTALL_HINT}`, opts.path);
  }
  const ocr = await ocrImage(bytes, kind, opts.ocrOptions ?? {});
  const failed = ocr.warnings.find((w) => w.code === 'ocr-failed');
  if (failed && ocr.pages.length === 0) {
    throw new InputError('unsupported-format', `the input is ${name} that OCR could not read (${failed.message}); ${READS}`, opts.path);
  }
  const confidence = ocr.confidence === null ? '' : `, mean word confidence ${ocr.confidence}%`;
  const warnings: Warning[] = [
    { code: 'ocr', message: `text read by OCR (${ocr.engine ?? 'tesseract'}${confidence}) from ${name} (${ocr.pages.length} page${ocr.pages.length === 1 ? '' : 's'}); expect OCR errors` },
    ...ocr.warnings,
  ];
  if (ocr.text.trim() === '') warnings.push({ code: 'ocr-failed', message: `OCR read no text in ${name}` });
  return makeDocument({ text: ocr.text, format: 'image', path: opts.path, field: 'ocr', bytes, pages: ocr.pages, warnings, ms: performance.now() - t0 });
}
