/** Ranked full-text search with filters, snippets and facet counts. */
import type Database from 'better-sqlite3';
import type { FacetCount, Facets, SearchHit, SearchQuery, SearchResult } from '../store.js';
import { QueryError, toFtsQuery } from '../query.js';
import { buildWhere, hasFilters } from './filters.js';
import { SUMMARY_COLS, toSummary, type SummaryDbRow } from './rows.js';

const FACET_LIMIT = 25;
/** Above this many matches, facets are counted on an even sample of the matches and scaled up. */
export const FACET_EXACT_MAX = 10_000;
/** Title hits weigh more than body hits. */
const BM25 = 'bm25(documents_fts, 4.0, 1.0)';

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
  const version = `${db.pragma('data_version', { simple: true })}:${(db.prepare('SELECT total_changes() AS c').get() as { c: number }).c}`;
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

export function search(db: Database.Database, q: SearchQuery): SearchResult {
  const fts = toFtsQuery(q.q ?? '');
  const where = buildWhere(q);
  const { limit, offset } = clampPaging(q.limit, q.offset);
  const wantFacets = q.facets !== false;
  try {
    if (!fts) {
      const base = `FROM documents d WHERE d.error IS NULL AND ${where.sql}`;
      const total = (db.prepare(`SELECT count(*) AS n ${base}`).get(...where.params) as { n: number }).n;
      const rows = db.prepare(`SELECT ${SUMMARY_COLS}, (SELECT substr(t.text, 1, 240) FROM texts t WHERE t.id = d.id) AS snippet ${base}
        ORDER BY d.date DESC, d.id LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Array<SummaryDbRow & { snippet: string | null }>;
      let facets: Facets | null = null;
      let approximate = false;
      if (wantFacets) {
        if (hasFilters(q)) ({ facets, approximate } = hitFacets(db, fillHits(db, `SELECT d.id ${base}`, where.params)));
        else facets = allFacets(db);
      }
      const results = rows.map((r) => ({ ...toSummary(r), rank: 0, snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim() }));
      return approximate ? { total, results, facets, facetsApproximate: true } : { total, results, facets };
    }
    const from = `FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? AND ${where.sql}`;
    const params = [fts, ...where.params];
    const rows = db.prepare(`SELECT ${SUMMARY_COLS}, ${BM25} AS rank, snippet(documents_fts, 1, '[[', ']]', '…', 24) AS snippet
      ${from} ORDER BY rank LIMIT ? OFFSET ?`).all(...params, limit, offset) as Array<SummaryDbRow & { rank: number; snippet: string }>;
    let total: number;
    let facets: Facets | null = null;
    let facetsApproximate = false;
    if (wantFacets) {
      total = fillHits(db, `SELECT d.id ${from}`, params);
      ({ facets, approximate: facetsApproximate } = hitFacets(db, total));
    } else {
      total = (db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
    }
    const results: SearchHit[] = rows.map((r) => ({ ...toSummary(r), rank: r.rank, snippet: r.snippet.replace(/\s+/g, ' ').trim() }));
    return facetsApproximate ? { total, results, facets, facetsApproximate } : { total, results, facets };
  } catch (err) {
    const msg = (err as Error).message ?? String(err);
    if (/fts5|syntax error|no such column/i.test(msg)) throw new QueryError(`search query not understood: ${msg}`);
    throw err;
  }
}

/** Facets of the ids in temp.hits: exact up to FACET_EXACT_MAX, else from every k-th id, scaled. */
function hitFacets(db: Database.Database, total: number): { facets: Facets; approximate: boolean } {
  if (total <= FACET_EXACT_MAX) return { facets: facetsFrom(db, 'temp.hits'), approximate: false };
  // Every k-th id of the matches: spread over the whole corpus, so proportions hold.
  const k = Math.ceil(total / FACET_EXACT_MAX);
  const sample = `(SELECT id FROM temp.hits WHERE id % ${k} = 0)`;
  const n = (db.prepare(`SELECT count(*) AS n FROM ${sample}`).get() as { n: number }).n;
  return { facets: facetsFrom(db, sample, n > 0 ? total / n : 1), approximate: true };
}

/** Puts the matching ids in a temp table so facet queries do not re-run the full-text match. */
function fillHits(db: Database.Database, select: string, params: unknown[]): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS hits (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.hits');
  return db.prepare(`INSERT INTO temp.hits (id) ${select}`).run(...params).changes;
}
