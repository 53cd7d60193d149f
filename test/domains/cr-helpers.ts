// Shared by the compassionate-release tests: where the fixtures and the shared data live.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Order } from '../../src/order/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = path.resolve(repoRoot, '../shared');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/cr-constructed');

export interface FixtureLabel {
  file: string;
  isCr?: boolean;
  disposition?: string;
  proSe?: boolean | null;
  exhaustion?: string;
  grounds?: string[];
  findings?: Record<string, string>;
  denialReasons?: string[];
  relief?: string;
  governmentPosition?: string;
  section3553a?: string;
  danger?: string;
  legalRegime?: string;
  movant?: string;
}

export function fixtureLabels(): FixtureLabel[] {
  return fs.readFileSync(path.join(fixturesDir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export const readFixture = (file: string): string => fs.readFileSync(path.join(fixturesDir, file), 'utf8');

/** An order with nothing read: the coder works from the text alone. */
export function bareOrder(): Order {
  return { court: null, division: null, docketNumbers: [], caseType: null, parties: [], title: null, judge: null, date: null, motions: [], citations: [], codes: {}, warnings: [] } as unknown as Order;
}

/** The style of a constructed order, from its file name prefix. */
export const styleOf = (file: string): string =>
  ({ a: 'short-form denial', b: 'memorandum reciting arguments', c: 'several motions', d: 'AO 248 checkbox', e: 'grant to time served', f: 'denial without prejudice (exhaustion)', g: 'assumed E&C, denied on § 3553(a)', n: 'no compassionate-release motion' })[file[0]] ?? 'other';
