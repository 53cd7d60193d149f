/**
 * The research view: one flat row per coded motion, Commission-style rate tables over those rows,
 * and a CSV (RFC 4180) with every code and its evidence text, ready for R or pandas.
 */
import type { Fact } from '../../engine/types.js';
import type { Order } from '../../order/types.js';
import type { CompassionateReleaseCodes } from './types.js';
import { rateTable, wilson, type RateRow } from '../rates.js';
import { circuitOf } from './circuits.js';

export interface CrRow {
  source: string;
  court: string | null;
  circuit: string | null;
  judge: string | null;
  /** ISO date of the decision */
  date: string | null;
  docEntry: string | null;
  disposition: string | null;
  outcome: string | null;
  relief: string[];
  reducedTermMonths: number | null;
  stayDays: number | null;
  movant: string | null;
  proSe: boolean | null;
  governmentPosition: string | null;
  exhaustion: string | null;
  grounds: string[];
  /** Finding per ground, aligned with `grounds`. */
  findings: string[];
  section3553a: string | null;
  danger: string | null;
  denialReasons: string[];
  soleReason: string | null;
  legalRegime: string | null;
  /** Evidence text per code (the words the code was read from). */
  evidence: Record<string, string>;
  /** Rule id per code. */
  rules: Record<string, string>;
}

const EVIDENCE_MAX = 300;
function evidenceOf(text: string, f: Fact<unknown> | null | undefined): string {
  if (!f || !text) return '';
  const s = text.slice(f.span[0], f.span[1]).replace(/\s+/g, ' ').trim();
  return s.length > EVIDENCE_MAX ? `${s.slice(0, EVIDENCE_MAX - 1)}…` : s;
}

/** A row from a coded order: the codes, the order's court/judge/date, and the text for evidence. */
export function rowFromCodes(source: string, codes: CompassionateReleaseCodes, order: Pick<Order, 'court' | 'judge' | 'date'> | null, text: string): CrRow {
  const evidence: Record<string, string> = {};
  const rules: Record<string, string> = {};
  const note = (k: string, f: Fact<unknown> | null | undefined) => {
    if (!f) return;
    evidence[k] = evidenceOf(text, f);
    rules[k] = f.rule;
  };
  for (const k of ['motion', 'docEntry', 'disposition', 'movant', 'proSe', 'governmentPosition', 'exhaustion', 'section3553a', 'danger', 'soleReason', 'legalRegime'] as const) note(k, codes[k] as Fact<unknown> | null);
  note('relief', codes.relief[0]);
  note('grounds', codes.groundsAsserted[0]?.ground);
  note('findings', codes.groundsAsserted[0]?.finding);
  note('denialReasons', codes.denialReasons[0]);
  const court = order?.court?.value?.id ?? null;
  const reduced = codes.relief.find((r) => r.value.kind === 'reduced_term');
  const stay = codes.relief.find((r) => r.value.kind === 'stay_of_release');
  return {
    source,
    court,
    circuit: circuitOf(court) ?? circuitOf(order?.court?.value?.name),
    judge: order?.judge?.value?.name ?? null,
    date: order?.date?.value ?? null,
    docEntry: codes.docEntry?.value ?? null,
    disposition: codes.disposition?.value ?? null,
    outcome: codes.outcome?.value ?? null,
    relief: codes.relief.map((r) => r.value.kind),
    reducedTermMonths: reduced?.value.months ?? null,
    stayDays: stay?.value.days ?? null,
    movant: codes.movant.value,
    proSe: codes.proSe?.value ?? null,
    governmentPosition: codes.governmentPosition.value,
    exhaustion: codes.exhaustion.value,
    grounds: codes.groundsAsserted.map((g) => g.ground.value),
    findings: codes.groundsAsserted.map((g) => g.finding.value),
    section3553a: codes.section3553a.value,
    danger: codes.danger.value,
    denialReasons: codes.denialReasons.map((r) => r.value),
    soleReason: codes.soleReason?.value ?? null,
    legalRegime: codes.legalRegime?.value ?? null,
    evidence,
    rules,
  };
}

export type TableBy = 'court' | 'judge' | 'month' | 'ground' | 'circuit' | 'reason';

/** Granted = success, denied = failure, excluded (moot, deferred, withdrawn) and unknown = not counted. */
const isGrant = (r: CrRow): boolean | null => (r.outcome === 'granted' ? true : r.outcome === 'denied' ? false : null);

export interface CrTable {
  title: string;
  /** What `n` and the rate mean in this table. */
  measure: string;
  rows: RateRow[];
}

/** One grouping of the rows. `reason` is the share of denials citing each reason; the rest are grant rates. */
export function crTable(rows: readonly CrRow[], by: TableBy): CrTable {
  switch (by) {
    case 'court':
      return { title: 'by district', measure: 'grant rate', rows: rateTable(rows, (r) => r.court ?? '(unknown)', isGrant) };
    case 'circuit':
      return { title: 'by circuit', measure: 'grant rate', rows: rateTable(rows, (r) => r.circuit ?? '(unknown)', isGrant) };
    case 'judge':
      return { title: 'by judge', measure: 'grant rate', rows: rateTable(rows, (r) => r.judge ?? '(unknown)', isGrant) };
    case 'month':
      return { title: 'by month', measure: 'grant rate', rows: rateTable(rows, (r) => r.date?.slice(0, 7) ?? '(undated)', isGrant) };
    case 'ground':
      return { title: 'by ground asserted', measure: 'grant rate among motions asserting the ground', rows: rateTable(rows, (r) => (r.grounds.length ? r.grounds : ['(none found)']), isGrant) };
    case 'reason': {
      // Share of denials that give each reason: n = denials, success = the reason is given.
      const denials = rows.filter((r) => r.outcome === 'denied');
      const reasons = [...new Set(denials.flatMap((r) => r.denialReasons))];
      const out: RateRow[] = reasons.map((reason) => rateTable(denials, () => reason, (r) => r.denialReasons.includes(reason))[0]);
      out.push(rateTable(denials, () => '(no reason found)', (r) => r.denialReasons.length === 0)[0] ?? { key: '(no reason found)', n: 0, successes: 0, excluded: 0, rate: 0, low: 0, high: 0 });
      out.sort((a, b) => b.successes - a.successes);
      return { title: 'denials by reason', measure: 'share of denials giving the reason', rows: out.filter(Boolean) };
    }
  }
}

/** The Commission's layout: overall, by circuit, by district, grants by ground, denials by reason. */
export function commissionTables(rows: readonly CrRow[]): CrTable[] {
  const granted = rows.filter((r) => r.outcome === 'granted');
  const groundsOfGrants = rateTable(granted, (r) => (r.grounds.length ? r.grounds : ['(none found)']), () => true);
  for (const g of groundsOfGrants) Object.assign(g, { n: granted.length, ...shareOf(g.successes, granted.length) });
  return [
    { title: 'all motions', measure: 'grant rate', rows: rateTable(rows, () => 'all', isGrant) },
    crTable(rows, 'circuit'),
    crTable(rows, 'court'),
    { title: 'grants by ground', measure: 'share of grants citing the ground', rows: groundsOfGrants.sort((a, b) => b.successes - a.successes) },
    crTable(rows, 'reason'),
  ];
}

const shareOf = (k: number, n: number) => wilson(k, n);

// ---- CSV ----

export const CSV_COLUMNS = [
  'source', 'court', 'circuit', 'judge', 'date', 'doc_entry', 'disposition', 'outcome', 'relief', 'reduced_term_months', 'stay_days',
  'movant', 'pro_se', 'government_position', 'exhaustion', 'grounds', 'findings', 'section_3553a', 'danger', 'denial_reasons',
  'sole_reason', 'legal_regime',
] as const;
const EVIDENCE_COLUMNS = ['disposition', 'relief', 'movant', 'proSe', 'governmentPosition', 'exhaustion', 'grounds', 'findings', 'section3553a', 'danger', 'denialReasons', 'legalRegime'] as const;
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/3553a/, '_3553a');

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return [...CSV_COLUMNS, ...EVIDENCE_COLUMNS.map((c) => `${snake(c)}_evidence`), ...EVIDENCE_COLUMNS.map((c) => `${snake(c)}_rule`)].join(',');
}

export function csvLine(r: CrRow): string {
  const cells: unknown[] = [
    r.source, r.court, r.circuit, r.judge, r.date, r.docEntry, r.disposition, r.outcome, r.relief, r.reducedTermMonths, r.stayDays,
    r.movant, r.proSe, r.governmentPosition, r.exhaustion, r.grounds, r.findings, r.section3553a, r.danger, r.denialReasons,
    r.soleReason, r.legalRegime,
  ];
  for (const c of EVIDENCE_COLUMNS) cells.push(r.evidence[c] ?? '');
  for (const c of EVIDENCE_COLUMNS) cells.push(r.rules[c] ?? '');
  return cells.map(csvField).join(',');
}

/** The whole CSV, CRLF line ends as RFC 4180 asks. */
export function toCrCsv(rows: readonly CrRow[]): string {
  const parts = [csvHeader()];
  for (const r of rows) parts.push(csvLine(r));
  return `${parts.join('\r\n')}\r\n`;
}
