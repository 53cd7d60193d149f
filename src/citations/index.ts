/**
 * The citation engine's front door: find + resolve in one call, on plain text or HTML, and the
 * pieces for callers that want them separately.
 */
import type { Warning } from '../engine/types.js';
import { htmlToText } from '../input/html.js';
import { createCitationFinder, findCitations, type FinderOptions } from './find.js';
import { resolveCitations } from './resolve.js';
import type { Citation } from './types.js';

export { findCitations, createCitationFinder } from './find.js';
export type { FinderOptions, CitationFinder } from './find.js';
export { resolveCitations } from './resolve.js';
export type { ResolveOptions } from './resolve.js';
export { annotate, escapeHtml } from './annotate.js';
export type { AnnotateOptions } from './annotate.js';
export { toCitationOutput, citationOutputSchema, citeLineSchema, citeDocumentSchema } from './schema.js';
export type { CitationOutput } from './schema.js';

export interface CiteOptions extends FinderOptions {
  /** Receives resolution warnings (pin cites outside the cited pages, ...). */
  warnings?: Warning[];
}

/** Every citation in `text`, resolved (`resolvesTo`, `authority`, `ambiguous` filled). */
export function citeText(text: string, opts: CiteOptions = {}): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { warnings, ...find } = opts;
  // The finder's result is fresh and ours: resolved in place, not copied.
  return resolveCitations(findCitations(text, find), text, { warnings, inPlace: true });
}

/** The citations of an HTML document, on its text content; `toHtml` maps their offsets into the HTML. */
export function citeHtml(html: string, opts: CiteOptions = {}): { text: string; citations: Citation[]; toHtml(offset: number): number } {
  const t = htmlToText(html);
  return { text: t.text, citations: citeText(t.text, opts), toHtml: t.toHtml };
}

/** A reusable citer: the reporter tables are compiled once (for batches and servers). */
export function createCiter(opts: FinderOptions = {}): { cite(text: string, warnings?: Warning[]): Citation[] } {
  const finder = createCitationFinder(opts);
  return {
    cite(text, warnings) {
      if (typeof text !== 'string' || text.length === 0) return [];
      return resolveCitations(finder.find(text), text, { warnings, inPlace: true });
    },
  };
}
