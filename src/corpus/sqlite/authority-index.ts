/**
 * The citing documents of every authority, in memory: per authority its documents and citation counts,
 * read from `doc_authorities` in one grouped query. "Most cited among the documents passing these
 * filters" is then one pass over ~15 entries per document with a byte mask (`doc-mask.ts`), instead of
 * a scan of the table through a SQL function. Cached per connection and database version, like the
 * facet index; a connection builds it the second time it needs it, so a one-shot CLI query never does.
 */
import type Database from 'better-sqlite3';
import { dbVersion } from './facet-index.js';

export interface AuthorityIndex {
  version: string;
  keys: string[];
  kinds: string[];
  /** Authority a's citing documents are `docs[start[a] .. start[a + 1])`, with `counts` their occurrences. */
  start: Int32Array;
  docs: Int32Array;
  counts: Int32Array;
}

const cache = new WeakMap<Database.Database, AuthorityIndex>();
const asked = new WeakMap<Database.Database, string>();

/** Appends the comma-separated integers of `s` to `out` from `at`; returns the new end. */
function parseInts(s: string, out: Int32Array, at: number): number {
  let v = 0;
  let digits = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) { v = v * 10 + (c - 48); digits = true; } else if (c === 44) { if (digits) out[at++] = v; v = 0; digits = false; }
  }
  if (digits) out[at++] = v;
  return at;
}

function build(db: Database.Database, version: string): AuthorityIndex {
  const total = (db.prepare('SELECT count(*) FROM doc_authorities').pluck().get() as number) ?? 0;
  const docs = new Int32Array(total);
  const counts = new Int32Array(total);
  const keys: string[] = [];
  const kinds: string[] = [];
  const start: number[] = [0];
  let end = 0;
  // One row per authority (in key order, so the grouping streams); the two lists line up row for row.
  const rows = db.prepare(`SELECT c.authority, coalesce(a.kind, ''), group_concat(c.doc), group_concat(c.n)
    FROM doc_authorities c LEFT JOIN authorities a ON a.authority = c.authority GROUP BY c.authority`).raw().iterate() as Iterable<[string, string, string, string]>;
  for (const [key, kind, ds, ns] of rows) {
    const from = end;
    end = parseInts(ds, docs, from);
    if (parseInts(ns, counts, from) !== end) throw new Error(`authority index: lists of ${key} do not line up`);
    keys.push(key); kinds.push(kind); start.push(end);
  }
  return { version, keys, kinds, start: Int32Array.from(start), docs: docs.subarray(0, end), counts: counts.subarray(0, end) };
}

/**
 * The index when current; built on the second request of a connection for the same database version,
 * or at once with `now`.
 */
export function authorityIndex(db: Database.Database, now = false): AuthorityIndex | null {
  const version = dbVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit;
  if (!now && asked.get(db) !== version) {
    asked.set(db, version);
    return null;
  }
  const built = build(db, version);
  cache.set(db, built);
  return built;
}

export interface AuthorityTally {
  authority: string;
  documents: number;
  occurrences: number;
}

/**
 * Authorities cited by the documents in `mask`, most citing documents first (then occurrences, then key),
 * `offset` .. `offset + limit`; only those of `kind` when given.
 */
export function tallyAuthorities(ix: AuthorityIndex, mask: Uint8Array, kind: string | undefined, limit: number, offset: number): AuthorityTally[] {
  const nAuth = ix.keys.length;
  const documents = new Int32Array(nAuth);
  const occurrences = new Float64Array(nAuth);
  const { start, docs, counts } = ix;
  for (let a = 0; a < nAuth; a++) {
    if (kind && ix.kinds[a] !== kind) continue;
    let d = 0;
    let o = 0;
    for (let j = start[a], e = start[a + 1]; j < e; j++) {
      const doc = docs[j];
      if (doc < mask.length && mask[doc]) { d++; o += counts[j]; }
    }
    documents[a] = d; occurrences[a] = o;
  }
  const order: number[] = [];
  for (let a = 0; a < nAuth; a++) if (documents[a] > 0) order.push(a);
  order.sort((x, y) => documents[y] - documents[x] || occurrences[y] - occurrences[x] || (ix.keys[x] < ix.keys[y] ? -1 : ix.keys[x] > ix.keys[y] ? 1 : 0));
  return order.slice(offset, offset + limit).map((a) => ({ authority: ix.keys[a], documents: documents[a], occurrences: occurrences[a] }));
}
