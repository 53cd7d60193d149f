/**
 * The Wilson interval used by corpus stats. It re-exports the shared implementation once
 * `src/domains/rates.ts` lands; until then this local copy has the same signature.
 */
export interface Rate {
  rate: number;
  low: number;
  high: number;
}

/** Wilson score interval, 95% (z = 1.96), for `successes` out of `n` (n > 0). */
export function wilson(successes: number, n: number, z = 1.959963984540054): Rate {
  if (n <= 0) return { rate: 0, low: 0, high: 0 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
