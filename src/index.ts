/** courtreader's public API: named exports only. */
export type { Span, Fact, Warning, Rule, Refiner, RuleSet, Hit } from './engine/types.js';
export type { Document, InputFormat, Page } from './input/types.js';
export { readDocument, documentFromText, htmlToText, normalizeForReading, InputError } from './input/index.js';
export type { Citation, CitationKind, FindOptions } from './citations/types.js';
export { findCitations, createCitationFinder, resolveCitations, annotate, citeText, citeHtml, createCiter, toCitationOutput, citationOutputSchema } from './citations/index.js';
export type { ResolveOptions, AnnotateOptions, CiteOptions, CitationOutput, FinderOptions } from './citations/index.js';
export type { Order, Motion, MotionKind, Movant, Disposition, DocketNumber } from './order/types.js';
export { readOrder } from './order/index.js';
