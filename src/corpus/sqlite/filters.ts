/** Filters -> SQL WHERE clauses over `documents d`. Values are always bound, never spliced. */
import type { Filters } from '../store.js';
import { parseAuthority } from '../authority.js';

export interface Where {
  sql: string;
  params: unknown[];
}

/** `2020` -> `2020`, `2020-06` -> `2020-06` for `from`; the same widened to the period's end for `to`. */
export function dateBound(s: string, end: boolean): string {
  const t = s.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${s}`);
  if (!end) return t;
  return t.length === 4 ? `${t}-12-31` : t.length === 7 ? `${t}-31` : t;
}

/**
 * SQL (with `?` params) that is true when row `alias` (with an `authority` column) refers to the key.
 * Law keys are whole sections (subsections are pins), so equality is enough and keeps the index order.
 */
export function authorityMatch(key: string, alias = 'c'): Where {
  return { sql: `${alias}.authority = ?`, params: [key] };
}

/**
 * `d` is the alias of a table with court, judge and date columns, `idCol` its document id column:
 * `documents d` (id) or `motions m` (doc).
 */
export function buildWhere(f: Filters, d = 'd', idCol = 'id'): Where {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (f.court) { sql.push(`${d}.court = ?`); params.push(f.court); }
  if (f.judge) { sql.push(`${d}.judge LIKE ? ESCAPE '\\'`); params.push(`%${f.judge.replace(/[\\%_]/g, (c) => `\\${c}`)}%`); }
  if (f.from) { sql.push(`${d}.date >= ?`); params.push(dateBound(f.from, false)); }
  if (f.to) { sql.push(`${d}.date <= ?`); params.push(dateBound(f.to, true)); }
  if (f.motion || f.disposition) {
    const m: string[] = [];
    if (f.motion) { m.push('m.kind = ?'); params.push(f.motion); }
    if (f.disposition) { m.push('m.disposition = ?'); params.push(f.disposition); }
    // IN, not a correlated EXISTS: the planner can start from the motions index (a few thousand
    // documents) instead of probing the motions of every document.
    sql.push(`${d}.${idCol} IN (SELECT m.doc FROM motions m WHERE ${m.join(' AND ')})`);
  }
  if (f.cites) {
    const a = parseAuthority(f.cites);
    if (!a) throw new RangeError(`not a citation: ${f.cites} (try "954 F.3d 594" or "18 U.S.C. § 3582")`);
    const m = authorityMatch(a.key);
    sql.push(`EXISTS (SELECT 1 FROM doc_authorities c WHERE c.doc = ${d}.${idCol} AND ${m.sql})`);
    params.push(...m.params);
  }
  return { sql: sql.length ? sql.join(' AND ') : '1', params };
}

export function hasFilters(f: Filters): boolean {
  return !!(f.court || f.judge || f.from || f.to || f.motion || f.disposition || f.cites);
}
