/** Rebuild a table row from codes stored in the corpus (`compassionateRelease.*` code rows). */
import type { CodeRow, StoredDocument } from '../../corpus/store.js';
import { circuitOf } from './circuits.js';
import type { CrRow } from './table.js';

const PREFIX = 'compassionateRelease.';

/** Null when the stored document has no compassionate-release codes. */
export function rowFromStored(doc: Pick<StoredDocument, 'path' | 'court' | 'judge' | 'date' | 'text' | 'codes'>): CrRow | null {
  const rows = doc.codes.filter((c) => c.code.startsWith(PREFIX));
  if (rows.length === 0) return null;
  const one = (k: string): CodeRow | undefined => rows.find((c) => c.code === PREFIX + k);
  const all = (k: string): CodeRow[] => rows.filter((c) => c.code === PREFIX + k);
  const str = (k: string): string | null => {
    const v = one(k)?.value;
    return v === undefined || v === null ? null : String(v);
  };
  const evidence: Record<string, string> = {};
  const rules: Record<string, string> = {};
  for (const c of rows) {
    const k = c.code.slice(PREFIX.length).replace(/\.ground$/, '').replace(/^groundsAsserted\.finding$/, 'findings').replace(/^groundsAsserted$/, 'grounds');
    if (evidence[k] !== undefined) continue;
    evidence[k] = c.span && doc.text ? doc.text.slice(c.span[0], c.span[1]).replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    rules[k] = c.rule;
  }
  const relief = all('relief').map((c) => c.value as { kind: string; months?: number; days?: number });
  const proSe = one('proSe')?.value;
  return {
    source: doc.path,
    court: doc.court,
    circuit: circuitOf(doc.court),
    judge: doc.judge,
    date: doc.date,
    docEntry: str('docEntry'),
    disposition: str('disposition'),
    outcome: str('outcome'),
    relief: relief.map((r) => r.kind),
    reducedTermMonths: relief.find((r) => r.kind === 'reduced_term')?.months ?? null,
    stayDays: relief.find((r) => r.kind === 'stay_of_release')?.days ?? null,
    movant: str('movant'),
    proSe: typeof proSe === 'boolean' ? proSe : null,
    governmentPosition: str('governmentPosition'),
    exhaustion: str('exhaustion'),
    grounds: all('groundsAsserted.ground').map((c) => String(c.value)),
    findings: all('groundsAsserted.finding').map((c) => String(c.value)),
    section3553a: str('section3553a'),
    danger: str('danger'),
    denialReasons: all('denialReasons').map((c) => String(c.value)),
    soleReason: str('soleReason'),
    legalRegime: str('legalRegime'),
    evidence,
    rules,
  };
}
