/** What every input adapter produces. */
import type { Span, Warning } from '../engine/types.js';

export type InputFormat = 'txt' | 'pdf' | 'html' | 'courtlistener-json' | 'json' | 'image';

export interface Page {
  /** 1-based page number */
  number: number;
  span: Span;
}

export interface Document {
  /**
   * The extracted original text. Every span in courtreader's output indexes this string.
   * (For HTML input it is the text content with block breaks as newlines; for PDF the text layer, or the OCR text when
   * `source.field` is `ocr`; for an image, its OCR text.)
   */
  text: string;
  /** The reading text: page headers, line numbers and end-of-line hyphens removed, quotes folded. */
  reading: {
    text: string;
    /** Maps an offset in `reading.text` to an offset in `text`. */
    toOriginal(offset: number): number;
    /** Maps a span of `reading.text` to the span of `text` that covers its characters. */
    toOriginalSpan?(start: number, end: number): Span;
  };
  pages: Page[];
  /** The source markup when the input was HTML (for annotation in place). */
  html?: string;
  source: {
    path?: string;
    format: InputFormat;
    /** Which field or part held the text, e.g. `html_with_citations`, `plain_text`, `HTMLtext`;
     * `ocr` for a PDF read by OCR. */
    field?: string;
    bytes: number;
    /** sha256 of the input bytes, hex */
    sha256: string;
    /** Character encoding the bytes were decoded with (text, HTML and JSON input). */
    encoding?: string;
    /** Milliseconds spent reading and converting the input (PDF parsing included). */
    ms?: number;
  };
  /** Metadata found beside the text (JSON fields), as hints; never used as evidence. */
  meta: Record<string, string>;
  warnings: Warning[];
}
