/** courtreader's public API: named exports only. */
export type { Span, Fact, Warning, Rule, Refiner, RuleSet, Hit } from './engine/types.js';
export type { Document, InputFormat, Page } from './input/types.js';
export { readDocument, documentFromText, htmlToText, normalizeForReading, InputError } from './input/index.js';
export type { Citation, CitationKind, FindOptions } from './citations/types.js';
export { findCitations, createCitationFinder, resolveCitations, annotate, citeText, citeHtml, createCiter, toCitationOutput, citationOutputSchema } from './citations/index.js';
export type { ResolveOptions, AnnotateOptions, CiteOptions, CitationOutput, FinderOptions } from './citations/index.js';
export type { Order, Motion, MotionKind, Movant, Disposition, DocketNumber } from './order/types.js';
export { readOrder } from './order/index.js';
export type { ReadOrderOptions } from './order/read-order.js';
export { codeCompassionateRelease } from './domains/compassionate-release/index.js';
export type { CompassionateReleaseCodes } from './domains/compassionate-release/types.js';
export { wilson, rateTable } from './domains/rates.js';
export { openCorpus, ingest, reindex, DEFAULT_DB } from './corpus/index.js';
export type { CorpusStore } from './corpus/index.js';
export { loadReportersDb } from './data/import-reporters-db.js';
export { loadCourtsDb } from './data/import-courts-db.js';
export { COURTS, courtById, courtByCitationString, findCourtInCaption } from './data/courts.js';
