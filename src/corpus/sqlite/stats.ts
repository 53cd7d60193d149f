/** Counts and grant rates of motions, grouped by court, judge, motion kind, ground, month, year or disposition. */
import type Database from 'better-sqlite3';
import type { StatsQuery, StatsResult, StatsRow } from '../store.js';
import { wilson } from '../../domains/rates.js';
import { buildWhere } from './filters.js';
import { dbVersion } from './facet-index.js';

/** Granted (in whole or part) over decided; moot, withdrawn and deferred are not decisions. */
export const GRANTED = ['granted', 'granted_in_part'];
export const DENIED = ['denied', 'denied_without_prejudice', 'dismissed', 'dismissed_without_prejudice'];
const inList = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * Ground codes from the domain codings, e.g. `compassionateRelease.groundsAsserted` with value
 * `"covid_risk"` or `{"ground": "covid_risk", "finding": "not_found"}`.
 */
const GROUND_KEY = `CASE json_type(k.value) WHEN 'text' THEN json_extract(k.value, '$')
  ELSE coalesce(json_extract(k.value, '$.ground'), json_extract(k.value, '$.value.ground')) END`;
const GROUND_JOIN = `JOIN codes k ON k.doc = m.doc AND (k.motion IS NULL OR k.motion = m.idx)
  AND (k.code LIKE '%groundsAsserted' OR k.code LIKE '%.grounds' OR k.code = 'ground' OR k.code = 'grounds')`;

// Motions carry copies of their document's court, judge and date, so most tables read `motions` alone.
const KEYS: Record<StatsQuery['by'], { expr: string; join?: string }> = {
  court: { expr: 'm.court' },
  judge: { expr: 'm.judge' },
  motion: { expr: 'm.kind' },
  disposition: { expr: 'm.disposition' },
  month: { expr: 'substr(m.date, 1, 7)' },
  year: { expr: 'substr(m.date, 1, 4)' },
  ground: { expr: GROUND_KEY, join: GROUND_JOIN },
};

type Agg = { key: string | null; motions: number; granted: number; denied: number };

function row(key: string, a: Omit<Agg, 'key'>): StatsRow {
  const decided = a.granted + a.denied;
  const w = decided > 0 ? wilson(a.granted, decided) : null;
  return {
    key, motions: a.motions, decided, granted: a.granted, denied: a.denied, other: a.motions - decided,
    rate: w ? w.rate : null, low: w ? w.low : null, high: w ? w.high : null,
  };
}

/**
 * Results of recent stats queries per connection, dropped when the database changes (another connection's
 * commit or this one's write): a dashboard reloaded or paged through reads each table once.
 */
const recent = new WeakMap<Database.Database, { version: string; results: Map<string, StatsResult> }>();
const RECENT_MAX = 64;
/** `cache: false` computes every query (benchmarks time the queries themselves). */
export const statsTuning = { cache: true };

export function stats(db: Database.Database, q: StatsQuery): StatsResult {
  const version = dbVersion(db);
  let c = recent.get(db);
  if (!c || c.version !== version) recent.set(db, (c = { version, results: new Map() }));
  const id = JSON.stringify([q.by, q.court, q.judge, q.motion, q.disposition, q.from, q.to, q.cites, q.minN, q.limit]);
  const hit = statsTuning.cache ? c.results.get(id) : undefined;
  if (hit) return structuredClone(hit);
  const out = computeStats(db, q);
  if (c.results.size >= RECENT_MAX) c.results.delete(c.results.keys().next().value!);
  c.results.set(id, out);
  return structuredClone(out);
}

function computeStats(db: Database.Database, q: StatsQuery): StatsResult {
  const key = KEYS[q.by];
  if (!key) throw new RangeError(`cannot group by "${q.by}" (try court, judge, motion, ground, month, year, disposition)`);
  const where = buildWhere({ ...q, motion: undefined, disposition: undefined }, 'm', 'doc');
  const mConds: string[] = [];
  const mParams: unknown[] = [];
  if (q.motion) { mConds.push('m.kind = ?'); mParams.push(q.motion); }
  if (q.disposition) { mConds.push('m.disposition = ?'); mParams.push(q.disposition); }
  const cond = `${where.sql}${mConds.length ? ` AND ${mConds.join(' AND ')}` : ''}`;
  const params = [...where.params, ...mParams];
  const sums = `count(*) AS motions, coalesce(sum(m.disposition IN (${inList(GRANTED)})), 0) AS granted,
    coalesce(sum(m.disposition IN (${inList(DENIED)})), 0) AS denied`;
  // Grounds: one row per (motion, ground), DISTINCT guards against a ground coded twice for one motion.
  const rows = (key.join
    ? db.prepare(`WITH per AS (SELECT DISTINCT m.doc, m.idx, m.disposition, ${key.expr} AS key FROM motions m ${key.join} WHERE ${cond})
        SELECT key, ${sums} FROM per m GROUP BY key ORDER BY motions DESC, key`)
    : db.prepare(`SELECT ${key.expr} AS key, ${sums} FROM motions m WHERE ${cond} GROUP BY key ORDER BY motions DESC, key`)
  ).all(...params) as Agg[];
  const total = db.prepare(`SELECT ${sums} FROM motions m WHERE ${cond}`).get(...params) as Agg;
  const minN = q.minN ?? 1;
  let out = rows.map((r) => row(r.key ?? '(unknown)', r)).filter((r) => r.decided >= minN || minN <= 1);
  if (q.by === 'month' || q.by === 'year') out = out.sort((a, b) => a.key.localeCompare(b.key));
  if (q.limit) out = out.slice(0, q.limit);
  return { by: q.by, total: row('total', total), rows: out };
}
