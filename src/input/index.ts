/** Input: every format to a Document. */
export type { Document, InputFormat, Page } from './types.js';
export { readDocument, documentFromText, DEFAULT_MAX_BYTES, DEFAULT_PDF_TIMEOUT_MS } from './read-document.js';
export type { ReadOptions, FromTextOptions } from './read-document.js';
export { InputError } from './errors.js';
export type { InputErrorCode } from './errors.js';
export { htmlToText } from './html.js';
export type { HtmlText } from './html.js';
export { textFromJson, junkReason } from './json.js';
export type { JsonText } from './json.js';
export { decodeText } from './txt.js';
export type { DecodedText, TextEncodingName } from './txt.js';
export { detectTextFormat, findPdfMagic, formatFromPath } from './detect.js';
export { makeDocument, pagesFromFormFeeds } from './document.js';
export { readPdf } from './pdf.js';
export type { PdfText } from './pdf.js';
export { normalizeForReading } from '../text/normalize.js';
export type { ReadingText } from '../text/normalize.js';
