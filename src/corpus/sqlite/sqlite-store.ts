/** The default CorpusStore: one SQLite file (WAL), full text through an FTS5 external-content table. */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type {
  AddResult, CorpusCounts, CorpusStore, Filters, IngestRecord, ListQuery, ListResult, Paging, SearchQuery, StatsQuery,
  StoredDocument, TopQuery,
} from '../store.js';
import { migrate } from './schema.js';
import { Writer } from './write.js';
import { search, clampPaging } from './search.js';
import { citingDocuments, citationsOf, topAuthorities } from './citator.js';
import { stats } from './stats.js';
import { buildWhere } from './filters.js';
import { SUMMARY_COLS, toCitation, toCode, toFact, toMotion, toSummary, type SummaryDbRow } from './rows.js';
import { facetIndex } from './facet-index.js';
import { authorityIndex } from './authority-index.js';

export interface SqliteOptions {
  readonly?: boolean;
}

const SORTS: Record<NonNullable<ListQuery['sort']>, string> = {
  // NULL sorts lowest, so DESC already puts undated documents last; written plainly, the date index
  // serves the order (with `d.date IS NULL` first, every listing sorted the whole table).
  date: 'd.date DESC, d.id',
  id: 'd.id',
  court: 'd.court IS NULL, d.court, d.date DESC, d.id',
  title: 'd.title IS NULL, d.title COLLATE NOCASE, d.id',
};

export class SqliteStore implements CorpusStore {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private writer: Writer | null = null;

  constructor(readonly path: string, opts: SqliteOptions = {}) {
    if (opts.readonly && path !== ':memory:' && !existsSync(path)) {
      throw new Error(`no corpus database at ${path} (create one with: courtreader ingest FOLDER --db ${path})`);
    }
    this.db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a crash can lose the last transactions, never corrupt the file. FULL makes
      // every commit durable against power loss too; process kills are covered by either.
      this.db.pragma('synchronous = NORMAL');
      // Checkpoint every ~40 MB of WAL rather than 4 MB: a batch of a few hundred documents rewrites the
      // same index pages, which one checkpoint then copies once (fewer page writes and fsyncs per document).
      this.db.pragma('wal_autocheckpoint = 10000');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('temp_store = MEMORY');
    // Up to 256 MB of page cache (allocated as used): the index B-trees of a 100k-document corpus
    // (citations, doc_authorities, FTS segments) stay in memory while writing and querying.
    this.db.pragma('cache_size = -262144');
    this.db.pragma('busy_timeout = 5000');
    if (!opts.readonly) migrate(this.db);
  }

  private w(): Writer {
    return (this.writer ??= new Writer(this.db));
  }

  async hashOf(path: string): Promise<string | null> {
    return (this.db.prepare<[string], { sha256: string }>('SELECT sha256 FROM documents WHERE path = ?').get(path))?.sha256 ?? null;
  }

  async hasHash(sha256: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1').get(sha256);
  }

  async addDocument(rec: IngestRecord): Promise<AddResult> {
    return this.w().addMany([rec])[0];
  }

  async addDocuments(recs: IngestRecord[]): Promise<AddResult[]> {
    return this.w().addMany(recs);
  }

  /** Synchronous write, for callers on the main thread that want no awaits between batches. */
  addDocumentsSync(recs: IngestRecord[]): AddResult[] {
    return this.w().addMany(recs);
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const r = this.db.prepare(`SELECT ${SUMMARY_COLS}, coalesce(t.text, '') AS text FROM documents d LEFT JOIN texts t ON t.id = d.id WHERE d.id = ?`).get(id) as (SummaryDbRow & { text: string }) | undefined;
    if (!r) return null;
    const all = (table: string, order: string) => this.db.prepare(`SELECT * FROM ${table} WHERE doc = ? ORDER BY ${order}`).all(id) as any[];
    return {
      ...toSummary(r),
      text: r.text,
      facts: all('facts', 'rowid').map(toFact),
      motions: all('motions', 'idx').map(toMotion),
      codes: all('codes', 'rowid').map(toCode),
      citations: all('citations', 'idx').map(toCitation),
    };
  }

  async listDocuments(q: ListQuery = {}): Promise<ListResult> {
    const where = buildWhere(q);
    const cond = `${where.sql}${q.errors ? ' AND d.error IS NOT NULL' : ''}`;
    const { limit, offset } = clampPaging(q.limit, q.offset);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${cond}`).get(...where.params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLS} FROM documents d WHERE ${cond} ORDER BY ${SORTS[q.sort ?? 'date'] ?? SORTS.date}
      LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as SummaryDbRow[];
    return { total, documents: rows.map(toSummary) };
  }

  async search(q: SearchQuery) {
    return search(this.db, q);
  }

  async citingDocuments(authority: string, opts: Filters & Paging = {}) {
    return citingDocuments(this.db, authority, opts);
  }

  async topAuthorities(opts: TopQuery = {}) {
    return topAuthorities(this.db, opts);
  }

  async citationsOf(docId: number) {
    return citationsOf(this.db, docId);
  }

  async stats(q: StatsQuery) {
    return stats(this.db, q);
  }

  async counts(): Promise<CorpusCounts> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number | null }).n ?? 0;
    return {
      documents: one('SELECT count(*) AS n FROM documents'),
      failed: one('SELECT count(*) AS n FROM documents WHERE error IS NOT NULL'),
      citations: one('SELECT count(*) AS n FROM citations'),
      motions: one('SELECT count(*) AS n FROM motions'),
      bytes: one('SELECT sum(bytes) AS n FROM documents'),
    };
  }

  async *eachText(batch = 200) {
    let last = 0;
    const page = this.db.prepare<[number, number], { id: number; path: string; sha256: string; format: string; bytes: number; text: string }>(
      `SELECT d.id, d.path, d.sha256, d.format, d.bytes, coalesce(t.text, '') AS text FROM documents d LEFT JOIN texts t ON t.id = d.id
       WHERE d.id > ? ORDER BY d.id LIMIT ?`);
    for (;;) {
      const rows = page.all(last, batch);
      if (!rows.length) return;
      for (const r of rows) yield r;
      last = rows[rows.length - 1].id;
    }
  }

  /** Builds the facet and authority indexes now (the server calls this once it is listening). */
  async warm(): Promise<void> {
    facetIndex(this.db);
    authorityIndex(this.db, true);
  }

  /** Rebuilds the FTS index and runs SQLite's own checks; returns 'ok' or the problems found. */
  check(): string[] {
    return (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  }

  async close(): Promise<void> {
    if (this.db.open) {
      try { this.db.pragma('optimize'); } catch { /* read-only or busy: skip */ }
      this.db.close();
    }
  }
}
