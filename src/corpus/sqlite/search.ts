/** Ranked full-text search with filters, snippets and facet counts. */
import type Database from 'better-sqlite3';
import type { FacetCount, Facets, SearchHit, SearchQuery, SearchResult } from '../store.js';
import { QueryError, toFtsQuery } from '../query.js';
import { buildWhere, hasFilters } from './filters.js';
import { SUMMARY_COLS, toSummary, type SummaryDbRow } from './rows.js';

const FACET_LIMIT = 25;
/** Title hits weigh more than body hits. */
const BM25 = 'bm25(documents_fts, 4.0, 1.0)';

export function clampPaging(limit?: number, offset?: number): { limit: number; offset: number } {
  const l = Number.isFinite(limit) ? Math.max(1, Math.min(1000, Math.floor(limit!))) : 20;
  const o = Number.isFinite(offset) ? Math.max(0, Math.floor(offset!)) : 0;
  return { limit: l, offset: o };
}

function facetsFrom(db: Database.Database, source: string): Facets {
  // `source` is either the temp hit list or all readable documents; both expose `id`.
  const by = (expr: string, join = ''): FacetCount[] =>
    db.prepare<[], { value: string; count: number }>(
      `SELECT ${expr} AS value, count(DISTINCT d.id) AS count FROM ${source} h JOIN documents d ON d.id = h.id ${join}
       WHERE ${expr} IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`).all();
  return {
    court: by('d.court'),
    judge: by('d.judge'),
    motion: by('m.kind', 'JOIN motions m ON m.doc = d.id'),
    disposition: by('m.disposition', 'JOIN motions m ON m.doc = d.id'),
    year: by('CAST(d.year AS TEXT)').sort((a, b) => b.value.localeCompare(a.value)),
  };
}

export function search(db: Database.Database, q: SearchQuery): SearchResult {
  const fts = toFtsQuery(q.q ?? '');
  const where = buildWhere(q);
  const { limit, offset } = clampPaging(q.limit, q.offset);
  const wantFacets = q.facets !== false;
  try {
    if (!fts) {
      const base = `FROM documents d WHERE d.error IS NULL AND ${where.sql}`;
      const total = (db.prepare(`SELECT count(*) AS n ${base}`).get(...where.params) as { n: number }).n;
      const rows = db.prepare(`SELECT ${SUMMARY_COLS}, substr(d.text, 1, 240) AS snippet ${base}
        ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Array<SummaryDbRow & { snippet: string }>;
      let facets: Facets | null = null;
      if (wantFacets) {
        if (hasFilters(q)) {
          fillHits(db, `SELECT d.id ${base}`, where.params);
          facets = facetsFrom(db, 'temp.hits');
        } else {
          facets = facetsFrom(db, '(SELECT id FROM documents WHERE error IS NULL)');
        }
      }
      return { total, results: rows.map((r) => ({ ...toSummary(r), rank: 0, snippet: r.snippet.replace(/\s+/g, ' ').trim() })), facets };
    }
    const from = `FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? AND ${where.sql}`;
    const params = [fts, ...where.params];
    const rows = db.prepare(`SELECT ${SUMMARY_COLS}, ${BM25} AS rank, snippet(documents_fts, 1, '[[', ']]', '…', 24) AS snippet
      ${from} ORDER BY rank LIMIT ? OFFSET ?`).all(...params, limit, offset) as Array<SummaryDbRow & { rank: number; snippet: string }>;
    let total: number;
    let facets: Facets | null = null;
    if (wantFacets) {
      total = fillHits(db, `SELECT d.id ${from}`, params);
      facets = facetsFrom(db, 'temp.hits');
    } else {
      total = (db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
    }
    const results: SearchHit[] = rows.map((r) => ({ ...toSummary(r), rank: r.rank, snippet: r.snippet.replace(/\s+/g, ' ').trim() }));
    return { total, results, facets };
  } catch (err) {
    const msg = (err as Error).message ?? String(err);
    if (/fts5|syntax error|no such column/i.test(msg)) throw new QueryError(`search query not understood: ${msg}`);
    throw err;
  }
}

/** Puts the matching ids in a temp table so facet queries do not re-run the full-text match. */
function fillHits(db: Database.Database, select: string, params: unknown[]): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS hits (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.hits');
  return db.prepare(`INSERT INTO temp.hits (id) ${select}`).run(...params).changes;
}
