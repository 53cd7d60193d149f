/** Ranked full-text search with filters, snippets and facet counts. */
import type Database from 'better-sqlite3';
import type { FacetCount, Facets, SearchHit, SearchQuery, SearchResult } from '../store.js';
import { QueryError, toFtsQuery } from '../query.js';
import { buildWhere, hasFilters } from './filters.js';
import { SUMMARY_COLS, toSummary, type SummaryDbRow } from './rows.js';
import { FACET_LIMIT, cachedFacetIndex, dbVersion, facetIndex } from './facet-index.js';
import { BM25, pageHits, searchIndexed } from './search-indexed.js';

/**
 * Tuning, exported so tests can force each path. Searches over at most `facetSqlMax` documents (matches,
 * or the whole corpus for a query without words) are answered in SQL while the in-memory facet index is
 * not built; others, and every search once it is built, filter and count on that index (`facet-index.ts`,
 * `doc-mask.ts`; exact). When more than `rankMax` documents pass, bm25 ranks the `rankMax` most recently
 * added of them (totals and facets still count all): the result says so in `rankedOver`.
 */
export const searchTuning = { facetSqlMax: 1_000, rankMax: 30_000 };

export function clampPaging(limit?: number, offset?: number): { limit: number; offset: number } {
  const l = Number.isFinite(limit) ? Math.max(1, Math.min(1000, Math.floor(limit!))) : 20;
  const o = Number.isFinite(offset) ? Math.max(0, Math.floor(offset!)) : 0;
  return { limit: l, offset: o };
}

function top(counts: Map<string, number>): FacetCount[] {
  return [...counts].map(([value, count]) => ({ value, count: Math.round(count) }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, FACET_LIMIT);
}

/**
 * Facet counts over the hit list in three passes (CROSS JOIN keeps the hit list as the outer loop: the
 * planner has no statistics for the temp table and would otherwise scan every motion), counted here rather than in five GROUP BYs. */
function facetsFrom(db: Database.Database, source: string, scale = 1): Facets {
  const court = new Map<string, number>();
  const judge = new Map<string, number>();
  const year = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string | number | null) => { if (k != null) m.set(String(k), (m.get(String(k)) ?? 0) + scale); };
  for (const r of db.prepare(`SELECT d.court, d.judge, d.year FROM ${source} h CROSS JOIN documents d ON d.id = h.id`).raw().iterate() as Iterable<[string | null, string | null, number | null]>) {
    inc(court, r[0]); inc(judge, r[1]); inc(year, r[2]);
  }
  const motion = new Map<string, number>();
  const disposition = new Map<string, number>();
  // One count per document and value, as for the other facets.
  for (const r of db.prepare(`SELECT DISTINCT m.doc, m.kind FROM ${source} h CROSS JOIN motions m ON m.doc = h.id`).raw().iterate() as Iterable<[number, string]>) {
    inc(motion, r[1]);
  }
  for (const r of db.prepare(`SELECT DISTINCT m.doc, m.disposition FROM ${source} h CROSS JOIN motions m ON m.doc = h.id WHERE m.disposition IS NOT NULL`).raw().iterate() as Iterable<[number, string]>) {
    inc(disposition, r[1]);
  }
  return { court: top(court), judge: top(judge), motion: top(motion), disposition: top(disposition), year: top(year).sort((a, b) => b.value.localeCompare(a.value)) };
}

/** Facets of the whole corpus, straight from the indexes; cached until the database changes. */
const allCache = new WeakMap<Database.Database, { version: string; facets: Facets }>();

function allFacets(db: Database.Database): Facets {
  // data_version moves with other connections' commits, total_changes() with this one's.
  const version = dbVersion(db);
  const hit = allCache.get(db);
  if (hit && hit.version === version) return hit.facets;
  const by = (sql: string): FacetCount[] => db.prepare<[], FacetCount>(`${sql} ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`).all();
  const facets: Facets = {
    court: by('SELECT court AS value, count(*) AS count FROM documents WHERE court IS NOT NULL AND error IS NULL GROUP BY court'),
    judge: by('SELECT judge AS value, count(*) AS count FROM documents WHERE judge IS NOT NULL AND error IS NULL GROUP BY judge'),
    motion: by('SELECT kind AS value, count(DISTINCT doc) AS count FROM motions GROUP BY kind'),
    disposition: by('SELECT disposition AS value, count(DISTINCT doc) AS count FROM motions WHERE disposition IS NOT NULL GROUP BY disposition'),
    year: by('SELECT CAST(year AS TEXT) AS value, count(*) AS count FROM documents WHERE year IS NOT NULL AND error IS NULL GROUP BY year')
      .sort((a, b) => b.value.localeCompare(a.value)),
  };
  allCache.set(db, { version, facets });
  return facets;
}

/** Documents the search runs over: matches of the words, or the whole corpus when there are none. */
function extent(db: Database.Database, fts: string): number {
  return fts
    ? db.prepare('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(fts) as number
    : (db.prepare('SELECT max(id) FROM documents').pluck().get() as number | null) ?? 0;
}

export function search(db: Database.Database, q: SearchQuery): SearchResult {
  const fts = toFtsQuery(q.q ?? '');
  try {
    const index = cachedFacetIndex(db) ?? (extent(db, fts) > searchTuning.facetSqlMax ? facetIndex(db) : null);
    const paging = clampPaging(q.limit, q.offset);
    return index ? searchIndexed(db, index, fts, q, paging, searchTuning.rankMax) : searchSql(db, fts, q);
  } catch (err) {
    const msg = (err as Error).message ?? String(err);
    if (/fts5|syntax error|no such column/i.test(msg)) throw new QueryError(`search query not understood: ${msg}`);
    throw err;
  }
}

/** Small searches without the facet index: SQL joins and counts (the hit list is short). */
function searchSql(db: Database.Database, fts: string, q: SearchQuery): SearchResult {
  const where = buildWhere(q);
  const filtered = hasFilters(q);
  const { limit, offset } = clampPaging(q.limit, q.offset);
  const wantFacets = q.facets !== false;
  if (!fts) {
    const base = `FROM documents d WHERE d.error IS NULL AND ${where.sql}`;
    const rows = db.prepare(`SELECT ${SUMMARY_COLS}, (SELECT substr(t.text, 1, 240) FROM texts t WHERE t.id = d.id) AS snippet ${base}
      ORDER BY d.date DESC, d.id LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Array<SummaryDbRow & { snippet: string | null }>;
    let total: number;
    let facets: Facets | null = null;
    if (wantFacets && filtered) {
      const ids = db.prepare(`SELECT d.id ${base}`).pluck().all(...where.params) as number[];
      total = ids.length;
      facets = facetsFrom(db, fillHits(db, ids));
    } else {
      total = (db.prepare(`SELECT count(*) AS n ${base}`).get(...where.params) as { n: number }).n;
      if (wantFacets) facets = allFacets(db);
    }
    const results = rows.map((r) => ({ ...toSummary(r), rank: 0, snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim() }));
    return { total, results, facets };
  }
  // The page: ids and ranks only (SQLite would evaluate every selected column, snippets included, for
  // every match before sorting); metadata and snippets are then read for the page's rows alone.
  // Unfiltered, the page is sorted by SQLite (it keeps the best `limit` rows) and the ids are a second,
  // cheap pass over the index; filtered, one pass over the join gives both (the join is the costly part).
  let page: Array<[number, number]>;
  let ids: number[];
  if (filtered) {
    const matches = db.prepare(`SELECT d.id, ${BM25} FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
      WHERE documents_fts MATCH ? AND ${where.sql}`).raw().all(fts, ...where.params) as Array<[number, number]>;
    page = topByRank(matches, offset + limit).slice(offset);
    ids = matches.map((m) => m[0]);
  } else {
    page = db.prepare(`SELECT rowid, ${BM25} AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?`)
      .raw().all(fts, limit, offset) as Array<[number, number]>;
    ids = wantFacets ? db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck().all(fts) as number[] : [];
  }
  const results = pageHits(db, fts, page);
  const total = filtered || wantFacets ? ids.length
    : (db.prepare('SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(fts) as { n: number }).n;
  return { total, results, facets: wantFacets ? facetsFrom(db, fillHits(db, ids)) : null };
}

/** The k best [id, rank] pairs (lowest bm25 first, then lowest id), in order. */
export function topByRank(rows: Array<[number, number]>, k: number): Array<[number, number]> {
  const better = (a: [number, number], b: [number, number]) => a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
  if (k >= rows.length / 4) return [...rows].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, k);
  // Insertion into a short sorted list: one comparison per row for most rows.
  const best: Array<[number, number]> = [];
  for (const r of rows) {
    if (best.length === k && !better(r, best[k - 1])) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push(r);
    while (i > 0 && better(r, best[i - 1])) { best[i] = best[i - 1]; i--; }
    best[i] = r;
  }
  return best;
}

/** Puts ids in a temp table, for the facet joins; returns its name. */
function fillHits(db: Database.Database, ids: number[]): string {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS hits (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.hits');
  const ins = db.prepare('INSERT OR IGNORE INTO temp.hits (id) VALUES (?)');
  db.transaction(() => { for (const id of ids) ins.run(id); })();
  return 'temp.hits';
}
