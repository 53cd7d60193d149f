/**
 * Rates with Wilson 95% score intervals, and a grouping helper: the arithmetic behind the
 * Sentencing Commission-style tables (grant rate by district, by ground, by reason).
 */

export interface Rate {
  /** successes / n (0 when n = 0) */
  rate: number;
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** Wilson score interval for `successes` out of `n` (95% by default). n = 0 gives {0, 0, 0}. */
export function wilson(successes: number, n: number, z = Z95): Rate {
  if (!(n > 0)) return { rate: 0, low: 0, high: 0 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface RateRow extends Rate {
  key: string;
  /** Rows in the group (a row with several keys counts once under each). */
  n: number;
  /** Rows counted as successes (`isGrant`). */
  successes: number;
  /** Rows the key function skipped (isGrant returned null: not decided). */
  excluded: number;
}

/**
 * Group rows by `keyFn` (one key, several keys, or null to skip) and compute a Wilson rate per group.
 * `isGrant` returns true (success), false (failure) or null (not counted in n, e.g. moot or deferred).
 * Groups are sorted by n descending, then key.
 */
export function rateTable<R>(
  rows: Iterable<R>,
  keyFn: (row: R) => string | readonly string[] | null | undefined,
  isGrant: (row: R) => boolean | null,
): RateRow[] {
  const groups = new Map<string, { n: number; s: number; x: number }>();
  for (const row of rows) {
    const k = keyFn(row);
    if (k == null) continue;
    const keys = typeof k === 'string' ? [k] : k;
    const g = isGrant(row);
    for (const key of keys) {
      let t = groups.get(key);
      if (!t) groups.set(key, (t = { n: 0, s: 0, x: 0 }));
      if (g === null) t.x++;
      else {
        t.n++;
        if (g) t.s++;
      }
    }
  }
  const out: RateRow[] = [];
  for (const [key, t] of groups) out.push({ key, n: t.n, successes: t.s, excluded: t.x, ...wilson(t.s, t.n) });
  out.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}
