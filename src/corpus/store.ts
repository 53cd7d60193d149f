/**
 * The corpus storage interface. Ingest, search, the CLI and the web server talk only to `CorpusStore`;
 * SQLite (`sqlite/`) is the default implementation and a PostgreSQL store can implement the same
 * interface later. Every method returns a Promise so a networked store fits without changes upstream.
 *
 * Records are plain JSON (no class instances), so they cross worker threads and HTTP unchanged.
 */

/** One fact read from a document, flattened for storage: `caption.court`, `judge`, `date`, ... */
export interface FactRow {
  field: string;
  /** The fact's value, any JSON. */
  value: unknown;
  span: [number, number] | null;
  rule: string;
  confidence: number;
}

export interface MotionRow {
  /** 0-based position in the order's motions[] */
  idx: number;
  kind: string;
  docEntry: string | null;
  movant: string | null;
  proSe: boolean | null;
  disposition: string | null;
  span: [number, number] | null;
  /** Ids of the rules that produced kind, docEntry, movant, proSe, disposition (nulls dropped). */
  rules: string[];
}

/** A domain code (e.g. `compassionateRelease.exhaustion`), flattened from `order.codes`. */
export interface CodeRow {
  /** Index into the document's motions, when the code is about one motion. */
  motion: number | null;
  code: string;
  value: unknown;
  span: [number, number] | null;
  rule: string;
  confidence: number;
}

export interface CitationRow {
  /** 0-based position in the order's citations[] */
  idx: number;
  kind: string;
  /**
   * Lookup key of the authority cited (lower case, `|`-separated): `954|f3d|594` for a case,
   * `18|u.s.c.|3582(c)(1)(a)` for a law. Short forms carry the key of their antecedent.
   * Null for record cites and unresolved short forms.
   */
  authority: string | null;
  /** Display form of the authority: `954 F.3d 594`, `18 U.S.C. § 3582(c)(1)(A)`. */
  cite: string | null;
  /** The cite as written. */
  text: string;
  span: [number, number];
  rule: string;
  /** idx of the citation this short form refers to. */
  resolvesTo: number | null;
  /** The sentence around the citation (trimmed to ~400 chars). */
  sentence: string;
  /** Case name when the citation gives one: `United States v. Raia`. */
  caseName: string | null;
  year: number | null;
}

/** The metadata columns of a document, shared by what ingest writes and what the store lists. */
export interface DocumentMeta {
  path: string;
  sha256: string;
  format: string;
  bytes: number;
  title: string | null;
  court: string | null;
  docket: string | null;
  /** ISO date (YYYY-MM-DD) */
  date: string | null;
  judge: string | null;
  caseType: string | null;
  /** Set when the file could not be read; the other fields are then mostly empty. */
  error: string | null;
}

/** Everything ingest stores for one file. Produced by the worker, written by the store. */
export interface IngestRecord extends DocumentMeta {
  text: string;
  facts: FactRow[];
  motions: MotionRow[];
  codes: CodeRow[];
  citations: CitationRow[];
  /** Authority keys the document is itself known as (its reporter citations, from file metadata). */
  aliases?: string[];
  /** Replace the stored record even when the content hash is unchanged (reindex after a rule change). */
  force?: boolean;
}

export type AddStatus = 'added' | 'replaced' | 'skipped';

export interface AddResult {
  id: number;
  status: AddStatus;
}

/** A stored document without its text. */
export interface DocumentSummary extends DocumentMeta {
  id: number;
  ingestedAt: string;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  facts: FactRow[];
  motions: MotionRow[];
  codes: CodeRow[];
  citations: CitationRow[];
}

/** Filters shared by search, listing, the citator and stats. All optional. */
export interface Filters {
  /** Court id (`nysd`, `ca3`). */
  court?: string;
  /** Substring of the judge's name, case-insensitive. */
  judge?: string;
  /** Motion kind (`compassionate_release`). */
  motion?: string;
  /** Disposition of a motion (of that kind, when `motion` is set). */
  disposition?: string;
  /** Inclusive ISO dates; a year or year-month is allowed (`2020`, `2020-06`). */
  from?: string;
  to?: string;
  /** Only documents citing this authority (`954 F.3d 594`, `18 U.S.C. § 3582`). */
  cites?: string;
}

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface SearchQuery extends Filters, Paging {
  /** FTS query: words, "phrases", AND/OR/NOT, prefix*, parentheses. Empty = all documents. */
  q: string;
  /** Compute facet counts (default true). */
  facets?: boolean;
}

export interface SearchHit extends DocumentSummary {
  /** bm25 rank (lower is better); 0 when q is empty. */
  rank: number;
  /** Snippet with matches wrapped in `[[` and `]]`; escape before rendering as HTML. */
  snippet: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  court: FacetCount[];
  judge: FacetCount[];
  motion: FacetCount[];
  disposition: FacetCount[];
  year: FacetCount[];
}

export interface SearchResult {
  total: number;
  results: SearchHit[];
  facets: Facets | null;
  /**
   * Set when more documents matched than the store ranks: results are the best by bm25 among this many
   * matches (the most recently added); `total` and facets still count every match.
   */
  rankedOver?: number;
}

export interface ListQuery extends Filters, Paging {
  /** `date` (newest first, the default), `id`, `court`, `title` */
  sort?: 'date' | 'id' | 'court' | 'title';
  /** Only documents whose ingest failed. */
  errors?: boolean;
}

export interface ListResult {
  total: number;
  documents: DocumentSummary[];
}

export interface CitingDocument extends DocumentSummary {
  /** How many citations in the document refer to the authority (full cites and short forms). */
  count: number;
  /** The sentence of the first citing occurrence. */
  sentence: string;
  /** Span of the first citing occurrence. */
  span: [number, number];
}

export interface CitingResult {
  /** The authority key that was looked up (`954|f3d|594`), null when the input was not understood. */
  authority: string | null;
  /** Display form. */
  cite: string | null;
  /** Number of citing documents. */
  total: number;
  /** Total citation occurrences across all citing documents. */
  occurrences: number;
  documents: CitingDocument[];
}

export interface AuthorityCount {
  authority: string;
  cite: string;
  kind: string;
  caseName: string | null;
  /** Documents citing it. */
  documents: number;
  /** Citation occurrences. */
  occurrences: number;
}

export interface TopQuery extends Filters, Paging {
  /** `case`, `law`, `journal`; default all. */
  kind?: string;
}

export interface DocumentCitations {
  /** What the document cites, one entry per authority (record cites excluded). */
  cites: Array<{ authority: string; cite: string; kind: string; caseName: string | null; count: number; sentence: string; span: [number, number] }>;
  /** Other documents in the corpus that cite this one (by a cite it is known under: its own citation, if any). */
  citedBy: CitingDocument[];
}

export type StatsBy = 'court' | 'judge' | 'motion' | 'ground' | 'month' | 'disposition' | 'year';

export interface StatsQuery extends Filters {
  by: StatsBy;
  /** Drop groups with fewer decided motions (default 1). */
  minN?: number;
  limit?: number;
}

export interface StatsRow {
  key: string;
  /** Motions in the group. */
  motions: number;
  /** Decided motions (granted, granted in part, denied, dismissed): the rate's denominator. */
  decided: number;
  granted: number;
  denied: number;
  /** Moot, withdrawn, deferred, or no disposition found. */
  other: number;
  /** granted / decided, null when decided = 0 */
  rate: number | null;
  /** Wilson 95% interval of the rate. */
  low: number | null;
  high: number | null;
}

export interface StatsResult {
  by: StatsBy;
  total: StatsRow;
  rows: StatsRow[];
}

export interface CorpusCounts {
  documents: number;
  failed: number;
  citations: number;
  motions: number;
  bytes: number;
}

export interface CorpusStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The stored hash for a path, to skip unchanged files before reading them. */
  hashOf(path: string): Promise<string | null>;
  /** True when some document (any path) has this content hash. */
  hasHash(sha256: string): Promise<boolean>;
  /** Store one document (replacing the record of the same path), in one transaction. */
  addDocument(rec: IngestRecord): Promise<AddResult>;
  /** Store many documents in one transaction (all or nothing). */
  addDocuments(recs: IngestRecord[]): Promise<AddResult[]>;
  getDocument(id: number): Promise<StoredDocument | null>;
  listDocuments(q?: ListQuery): Promise<ListResult>;
  search(q: SearchQuery): Promise<SearchResult>;
  /** Documents citing an authority, given as typed (`954 F.3d 594`) or as a key (`954|f3d|594`). */
  citingDocuments(authority: string, opts?: Filters & Paging): Promise<CitingResult>;
  topAuthorities(opts?: TopQuery): Promise<AuthorityCount[]>;
  citationsOf(docId: number): Promise<DocumentCitations>;
  stats(q: StatsQuery): Promise<StatsResult>;
  counts(): Promise<CorpusCounts>;
  /** Iterate stored documents (id, path, text) for reindexing, in id order. */
  eachText(batch?: number): AsyncIterable<{ id: number; path: string; sha256: string; format: string; bytes: number; text: string }>;
  /**
   * Optional: builds what a long-lived reader (the web server) keeps in memory to answer fast, so the
   * first requests do not pay for it. Stores without such state need not implement it.
   */
  warm?(): Promise<void>;
  close(): Promise<void>;
}
