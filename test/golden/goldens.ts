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
