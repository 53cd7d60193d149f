/**
 * Search over the in-memory facet index: filters are a mask over document ids (`doc-mask.ts`), and one
 * pass of the full-text index does the rest. A SQL function, `courtreader_hit(rowid)`, is the filter in
 * the WHERE clause: it answers from the mask and records every kept id, so the same statement that lets
 * SQLite keep the best page by bm25 also yields the total and the ids whose facets are counted, with no
 * join to `documents` and no list of matches copied into JavaScript row by row.
 */
import type Database from 'better-sqlite3';
import type { Facets, SearchHit, SearchQuery, SearchResult } from '../store.js';
import { facetsOfIds, type FacetIndex } from './facet-index.js';
import { docMask } from './doc-mask.js';
import { hasFilters } from './filters.js';
import { Hits, withHits } from './mask-function.js';
import { SUMMARY_COLS, toSummary, type SummaryDbRow } from './rows.js';

/** Title hits weigh more than body hits. (The function form measured faster than FTS5's rank column.) */
export const BM25 = 'bm25(documents_fts, 4.0, 1.0)';
export const SNIPPET = "snippet(documents_fts, 1, '[[', ']]', '…', 24)";

/** Total and facets of the whole corpus, per facet index (so per database version). */
const corpusCounts = new WeakMap<FacetIndex, { total: number; facets: Facets }>();

/** The k best ids by `key` (lower first, then lower id). */
export function topBy(ids: ArrayLike<number>, key: (id: number) => number, k: number): number[] {
  const best: number[] = [];
  const keys: number[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const v = key(id);
    if (best.length === k && (v > keys[k - 1] || (v === keys[k - 1] && id > best[k - 1]))) continue;
    let j = best.length === k ? k - 1 : best.length;
    while (j > 0 && (v < keys[j - 1] || (v === keys[j - 1] && id < best[j - 1]))) { best[j] = best[j - 1]; keys[j] = keys[j - 1]; j--; }
    best[j] = id; keys[j] = v;
  }
  return best;
}

export function searchIndexed(db: Database.Database, index: FacetIndex, fts: string, q: SearchQuery,
  paging: { limit: number; offset: number }, rankMax: number): SearchResult {
  const { limit, offset } = paging;
  const wantFacets = q.facets !== false;
  const mask = docMask(db, index, q);
  if (!fts) {
    // Newest first, as SQL's `ORDER BY date DESC, id` (no date last). Unfiltered (the search page's
    // first view), the date index gives the page and the whole corpus's counts are kept with the index.
    const all = !hasFilters(q);
    let ids: number[] = [];
    let total: number;
    let facets: Facets | null = null;
    let page: number[];
    if (all) {
      let whole = corpusCounts.get(index);
      if (!whole) {
        for (let id = 0; id < mask.length; id++) if (mask[id]) ids.push(id);
        corpusCounts.set(index, (whole = { total: ids.length, facets: facetsOfIds(index, ids) }));
      }
      total = whole.total;
      facets = wantFacets ? structuredClone(whole.facets) : null;
      page = db.prepare('SELECT id FROM documents d WHERE d.error IS NULL ORDER BY d.date DESC, d.id LIMIT ? OFFSET ?').pluck().all(limit, offset) as number[];
    } else {
      for (let id = 0; id < mask.length; id++) if (mask[id]) ids.push(id);
      total = ids.length;
      if (wantFacets) facets = facetsOfIds(index, ids);
      page = topBy(ids, (id) => -index.dateOrder[index.date[id]], offset + limit).slice(offset);
    }
    const one = db.prepare(`SELECT ${SUMMARY_COLS}, (SELECT substr(t.text, 1, 240) FROM texts t WHERE t.id = d.id) AS snippet FROM documents d WHERE d.id = ?`);
    const results: SearchHit[] = [];
    for (const id of page) {
      const r = one.get(id) as (SummaryDbRow & { snippet: string | null }) | undefined;
      if (r) results.push({ ...toSummary(r), rank: 0, snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim() });
    }
    return { total, results, facets };
  }
  const matches = db.prepare('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(fts) as number;
  // Expected survivors of the filters, if the matches are spread like the corpus.
  let expected = matches;
  if (hasFilters(q)) {
    let passing = 0;
    let live = 0;
    for (let id = 0; id < mask.length; id++) { passing += mask[id]; live += index.live[id]; }
    if (live) expected = (matches * passing) / live;
  }
  let page: Array<[number, number]>;
  let kept: Int32Array;
  let rankedOver: number | undefined;
  if (expected <= rankMax || matches <= rankMax) {
    // One pass: SQLite keeps the best `offset + limit` rows by bm25; the filter records the kept ids.
    const hits = new Hits(mask, true);
    page = withHits(db, hits, () => db.prepare(`SELECT rowid, ${BM25} AS rank FROM documents_fts
      WHERE documents_fts MATCH ? AND courtreader_hit(rowid) ORDER BY rank, rowid LIMIT ? OFFSET ?`).raw().all(fts, limit, offset) as Array<[number, number]>);
    kept = hits.kept();
  } else {
    // Very many matches: count and collect without ranking, then rank the `rankMax` most recently added
    // kept documents (a rowid range, which FTS5 seeks to); bm25's term statistics still cover the corpus.
    const hits = new Hits(mask, true);
    withHits(db, hits, () => db.prepare('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ? AND courtreader_hit(rowid)').pluck().get(fts));
    kept = hits.kept();
    const from = kept.length > rankMax ? kept[kept.length - rankMax] : 0;
    if (kept.length > rankMax) rankedOver = rankMax;
    // Unfiltered, every match is kept (failed files have no text to match), and the filter is left out.
    const filter = hasFilters(q) ? ' AND courtreader_hit(rowid)' : '';
    page = withHits(db, new Hits(mask, false), () => db.prepare(`SELECT rowid, ${BM25} AS rank FROM documents_fts
      WHERE documents_fts MATCH ? AND rowid >= ?${filter} ORDER BY rank, rowid LIMIT ? OFFSET ?`).raw().all(fts, from, limit, offset) as Array<[number, number]>);
  }
  const results = pageHits(db, fts, page);
  const out: SearchResult = { total: kept.length, results, facets: wantFacets ? facetsOfIds(index, kept) : null };
  if (rankedOver !== undefined) out.rankedOver = rankedOver;
  return out;
}

/** One page of ranked rowids -> summaries with their highlighted snippets (shared by both search paths). */
export function pageHits(db: Database.Database, fts: string, page: Array<[number, number]>): SearchHit[] {
  const one = db.prepare(`SELECT ${SUMMARY_COLS}, ${SNIPPET} AS snippet FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH ? AND documents_fts.rowid = ?`);
  const results: SearchHit[] = [];
  for (const [id, rank] of page) {
    const r = one.get(fts, id) as (SummaryDbRow & { snippet: string }) | undefined;
    if (r) results.push({ ...toSummary(r), rank, snippet: r.snippet.replace(/\s+/g, ' ').trim() });
  }
  return results;
}
