/** Query-string parsing shared by the pages and the API: filters, paging, trimmed and length-capped. */
import type { Filters, StatsBy } from '../corpus/store.js';

type Query = (name: string) => string | undefined;

/** A parameter trimmed and capped at 300 characters; empty becomes undefined. */
export function param(q: Query, name: string, max = 300): string | undefined {
  const v = q(name)?.trim();
  return v ? v.slice(0, max) : undefined;
}

export function filtersFrom(q: Query): Filters {
  const f: Filters = {};
  for (const k of ['court', 'judge', 'motion', 'disposition', 'from', 'to', 'cites'] as const) {
    const v = param(q, k);
    if (v) f[k] = v;
  }
  return f;
}

/** limit (1..max, default `def`) and offset (0..10^7). */
export function pagingFrom(q: Query, def = 20, max = 100): { limit: number; offset: number } {
  const l = Number.parseInt(q('limit') ?? '', 10);
  const o = Number.parseInt(q('offset') ?? '', 10);
  return {
    limit: Number.isFinite(l) ? Math.max(1, Math.min(max, l)) : def,
    offset: Number.isFinite(o) ? Math.max(0, Math.min(10_000_000, o)) : 0,
  };
}

export const STATS_BY: readonly StatsBy[] = ['court', 'judge', 'motion', 'ground', 'month', 'disposition', 'year'];

export function statsByFrom(q: Query): StatsBy | null {
  const v = param(q, 'by') ?? 'court';
  return (STATS_BY as readonly string[]).includes(v) ? (v as StatsBy) : null;
}
