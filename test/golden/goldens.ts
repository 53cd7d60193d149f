// What the two golden suites share: where the labels and the corpus are, and the label file shape.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus');

export interface Golden {
  file: string;
  format: string;
  level: string;
  labels: Record<string, unknown>;
}

/** The `*.expected.json` names of a label folder under test/golden, sorted ([] when it is absent). */
export function labelFileNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort() : [];
}

export function readGolden(dir: string, name: string): Golden {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Golden;
}

export type Totals = Record<string, { right: number; total: number }>;

/**
 * Reads each golden's document, scores it field by field and adds it into per-field totals; a crash
 * scores every labelled field wrong. Returns the totals and one line per document with a miss.
 */
export async function scoreAll(
  goldens: Golden[],
  read: (file: string) => Promise<unknown>,
  score: { scoreOrder: (labels: unknown, order: unknown) => Record<string, boolean>; tally: (t: Totals, r: Record<string, boolean>) => void },
): Promise<{ totals: Totals; misses: string[] }> {
  const totals: Totals = {};
  const misses: string[] = [];
  for (const g of goldens) {
    let result: Record<string, boolean>;
    try {
      result = score.scoreOrder(g.labels, await read(path.join(corpus, g.file)));
    } catch (e) {
      result = score.scoreOrder(g.labels, { docketNumbers: [], parties: [], motions: [] });
      for (const k of Object.keys(result)) result[k] = false;
      misses.push(`${g.file}: CRASH ${String(e).slice(0, 120)}`);
    }
    score.tally(totals, result);
    const wrong = Object.entries(result).filter(([, ok]) => !ok).map(([k]) => k);
    if (wrong.length) misses.push(`${g.file}: ${wrong.join(', ')}`);
  }
  return { totals, misses };
}
