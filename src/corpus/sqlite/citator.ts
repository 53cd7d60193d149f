/** The citator: who cites an authority, the most-cited authorities, what a document cites. */
import type Database from 'better-sqlite3';
import type { AuthorityCount, CitingDocument, CitingResult, DocumentCitations, Filters, Paging, TopQuery } from '../store.js';
import { parseAuthority } from '../authority.js';
import { authorityMatch, buildWhere, hasFilters } from './filters.js';
import { clampPaging } from './search.js';
import { SUMMARY_COLS, toSummary, type SummaryDbRow } from './rows.js';
import { cachedFacetIndex } from './facet-index.js';
import { docMask, sqlMask } from './doc-mask.js';
import { Hits, withHits } from './mask-function.js';
import { authorityIndex, tallyAuthorities } from './authority-index.js';

type CitingDbRow = SummaryDbRow & { n: number; sentence: string; span_start: number; span_end: number };

function citingRows(db: Database.Database, key: string, f: Filters, paging: Paging, excludeDoc?: number) {
  const m = authorityMatch(key, 'a');
  const where = buildWhere({ ...f, cites: undefined });
  const filtered = hasFilters({ ...f, cites: undefined }) || excludeDoc != null;
  const cond = `${m.sql} AND ${where.sql}${excludeDoc != null ? ' AND d.id <> ?' : ''}`;
  const params = [...m.params, ...where.params, ...(excludeDoc != null ? [excludeDoc] : [])];
  // Unfiltered: the kept counts (keys are whole sections, so the subsection range adds nothing but exact
  // keys); filtered: count the per-document rows.
  const agg = (filtered
    ? db.prepare(`SELECT count(DISTINCT a.doc) AS documents, coalesce(sum(a.n), 0) AS occurrences FROM doc_authorities a JOIN documents d ON d.id = a.doc WHERE ${cond}`).get(...params)
    : db.prepare(`SELECT coalesce(sum(a.documents), 0) AS documents, coalesce(sum(a.occurrences), 0) AS occurrences FROM authorities a WHERE ${m.sql}`).get(...m.params)
  ) as { documents: number; occurrences: number };
  const { limit, offset } = clampPaging(paging.limit, paging.offset);
  const rows = db.prepare(`
    SELECT ${SUMMARY_COLS}, a.n, f.sentence, f.span_start, f.span_end
    FROM doc_authorities a JOIN documents d ON d.id = a.doc JOIN citations f ON f.doc = a.doc AND f.idx = a.first
    WHERE ${cond} ORDER BY a.n DESC, a.doc DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as CitingDbRow[];
  const documents: CitingDocument[] = rows.map((r) => ({ ...toSummary(r), count: r.n, sentence: r.sentence, span: [r.span_start, r.span_end] }));
  return { total: agg.documents, occurrences: agg.occurrences, documents };
}

export function citingDocuments(db: Database.Database, authority: string, opts: Filters & Paging = {}): CitingResult {
  const ref = parseAuthority(authority);
  if (!ref) return { authority: null, cite: null, total: 0, occurrences: 0, documents: [] };
  const known = db.prepare<[string], { cite: string }>('SELECT cite FROM authorities WHERE authority = ?').get(ref.key);
  return { authority: ref.key, cite: known?.cite ?? ref.cite, ...citingRows(db, ref.key, opts, opts) };
}

type AuthDbRow = { authority: string; cite: string; kind: string; case_name: string | null; documents: number; occurrences: number };
const toAuthority = (r: AuthDbRow): AuthorityCount => ({
  authority: r.authority, cite: r.cite, kind: r.kind, caseName: r.case_name, documents: r.documents, occurrences: r.occurrences,
});

export function topAuthorities(db: Database.Database, opts: TopQuery = {}): AuthorityCount[] {
  const { limit, offset } = clampPaging(opts.limit, opts.offset);
  const kind = opts.kind ? ' AND a.kind = ?' : '';
  const kindParams = opts.kind ? [opts.kind] : [];
  if (!hasFilters(opts)) {
    // The kept-up-to-date counts: an index scan.
    return (db.prepare(`SELECT a.* FROM authorities a WHERE a.documents > 0${kind} ORDER BY a.documents DESC, a.occurrences DESC, a.authority
      LIMIT ? OFFSET ?`).all(...kindParams, limit, offset) as AuthDbRow[]).map(toAuthority);
  }
  const onlyCourtDate = !opts.judge && !opts.motion && !opts.disposition && !opts.cites;
  let per: string;
  let params: unknown[];
  let mask: Uint8Array | null = null;
  if (onlyCourtDate) {
    // Court and date filters read doc_authorities' own copies (an index range).
    const where = buildWhere({ court: opts.court, from: opts.from, to: opts.to }, 'c');
    per = `SELECT c.authority, count(*) AS documents, sum(c.n) AS occurrences FROM doc_authorities c WHERE ${where.sql} GROUP BY c.authority`;
    params = where.params;
  } else {
    // Other filters: the documents passing them as a mask, and one scan of doc_authorities filtered by it,
    // read from its (authority, n, doc) index: authority order, so the grouping streams, and smaller rows
    // than the table's. (Measured at 100,000 documents: 91 ms against 151 ms over the table, and 510 ms
    // for a join from the filtered documents, which looks up each of their citations in turn.)
    const index = cachedFacetIndex(db);
    mask = index ? docMask(db, index, opts) : sqlMask(db, opts);
    const ix = authorityIndex(db);
    if (ix) {
      const row = db.prepare<[string], AuthDbRow>('SELECT * FROM authorities WHERE authority = ?');
      return tallyAuthorities(ix, mask, opts.kind, limit, offset).flatMap((t) => {
        const r = row.get(t.authority);
        return r ? [toAuthority({ ...r, documents: t.documents, occurrences: t.occurrences })] : [];
      });
    }
    per = `SELECT c.authority, count(*) AS documents, sum(c.n) AS occurrences FROM doc_authorities c INDEXED BY doc_authorities_rank
      WHERE courtreader_hit(c.doc) GROUP BY c.authority`;
    params = [];
  }
  const sql = `WITH per AS (${per})
    SELECT a.authority, a.cite, a.kind, a.case_name, per.documents, per.occurrences FROM per JOIN authorities a ON a.authority = per.authority
    WHERE 1${kind} ORDER BY per.documents DESC, per.occurrences DESC, a.authority LIMIT ? OFFSET ?`;
  const run = () => db.prepare(sql).all(...params, ...kindParams, limit, offset) as AuthDbRow[];
  return (mask ? withHits(db, new Hits(mask, false), run) : run()).map(toAuthority);
}

export function citationsOf(db: Database.Database, docId: number): DocumentCitations {
  const cites = (db.prepare(`
    WITH per AS (SELECT authority, n, first FROM doc_authorities WHERE doc = ?)
    SELECT per.authority, coalesce(a.cite, f.cite, f.text) AS cite, coalesce(a.kind, f.kind) AS kind, coalesce(f.case_name, a.case_name) AS case_name,
      per.n, f.sentence, f.span_start, f.span_end
    FROM per JOIN citations f ON f.doc = ? AND f.idx = per.first LEFT JOIN authorities a ON a.authority = per.authority
    ORDER BY per.first`).all(docId, docId) as Array<{
      authority: string; cite: string; kind: string; case_name: string | null; n: number; sentence: string; span_start: number; span_end: number;
    }>).map((r) => ({ authority: r.authority, cite: r.cite, kind: r.kind, caseName: r.case_name, count: r.n, sentence: r.sentence, span: [r.span_start, r.span_end] as [number, number] }));
  const aliases = db.prepare<[number], { authority: string }>('SELECT authority FROM aliases WHERE doc = ?').all(docId);
  const seen = new Map<number, CitingDocument>();
  for (const { authority } of aliases) {
    for (const d of citingRows(db, authority, {}, { limit: 1000 }, docId).documents) {
      const prev = seen.get(d.id);
      if (prev) prev.count += d.count;
      else seen.set(d.id, d);
    }
  }
  return { cites, citedBy: [...seen.values()].sort((a, b) => b.count - a.count) };
}
