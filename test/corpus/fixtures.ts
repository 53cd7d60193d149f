/** Constructed IngestRecords (fictional cases) for store tests, independent of the readers. */
import type { CitationRow, IngestRecord, MotionRow } from '../../src/corpus/store.js';
import { caseKey, lawKey } from '../../src/corpus/authority.js';

let n = 0;

export function cite(kind: string, text: string, ref: { key: string; cite: string } | null, at: number, sentence = `See ${text}.`): CitationRow {
  return {
    idx: 0, kind, authority: ref?.key ?? null, cite: ref?.cite ?? null, text, span: [at, at + text.length], rule: `citation/${kind}`,
    resolvesTo: null, sentence, caseName: null, year: null,
  };
}

export const RAIA = caseKey('954', 'F.3d', '594');
export const JONES = caseKey('12', 'F.4th', '345');
export const CR = lawKey('18', 'U.S.C.', '3582(c)(1)(A)');

export function motion(kind: string, disposition: string | null, idx = 0): MotionRow {
  return { idx, kind, docEntry: null, movant: 'defendant', proSe: true, disposition, span: [0, 6], rules: ['motion/test'] };
}

export function record(over: Partial<IngestRecord> & { text: string }): IngestRecord {
  n++;
  const cits = (over.citations ?? []).map((c, idx) => ({ ...c, idx }));
  return {
    path: `/tmp/fixture-${n}.txt`, sha256: `sha-${n}-${over.text.length}`, format: 'txt', bytes: over.text.length,
    title: null, court: null, docket: null, date: null, judge: null, caseType: 'criminal', error: null,
    facts: [{ field: 'judge', value: { name: over.judge ?? 'x', title: null }, span: [0, 1], rule: 'judge/signature', confidence: 0.9 }],
    motions: [], codes: [], ...over, citations: cits,
  };
}
