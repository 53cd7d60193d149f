/** Row shapes and their conversion to the store's JSON records. */
import type { CitationRow, CodeRow, DocumentSummary, FactRow, MotionRow } from '../store.js';

export const SUMMARY_COLS = 'd.id, d.path, d.sha256, d.format, d.bytes, d.title, d.court, d.docket, d.date, d.judge, d.case_type, d.ingested_at, d.error';

export interface SummaryDbRow {
  id: number; path: string; sha256: string; format: string; bytes: number; title: string | null; court: string | null;
  docket: string | null; date: string | null; judge: string | null; case_type: string | null; ingested_at: string; error: string | null;
}

export function toSummary(r: SummaryDbRow): DocumentSummary {
  return {
    id: r.id, path: r.path, sha256: r.sha256, format: r.format, bytes: r.bytes, title: r.title, court: r.court,
    docket: r.docket, date: r.date, judge: r.judge, caseType: r.case_type, ingestedAt: r.ingested_at, error: r.error,
  };
}

type SpanCols = { span_start: number | null; span_end: number | null };
const span = (r: SpanCols): [number, number] | null => (r.span_start == null || r.span_end == null ? null : [r.span_start, r.span_end]);

export const toFact = (r: SpanCols & { field: string; value: string; rule: string; confidence: number }): FactRow => ({
  field: r.field, value: JSON.parse(r.value), span: span(r), rule: r.rule, confidence: r.confidence,
});

export const toMotion = (r: SpanCols & {
  idx: number; kind: string; doc_entry: string | null; movant: string | null; pro_se: number | null; disposition: string | null; rules: string;
}): MotionRow => ({
  idx: r.idx, kind: r.kind, docEntry: r.doc_entry, movant: r.movant, proSe: r.pro_se == null ? null : r.pro_se === 1,
  disposition: r.disposition, span: span(r), rules: JSON.parse(r.rules),
});

export const toCode = (r: SpanCols & { motion: number | null; code: string; value: string; rule: string; confidence: number }): CodeRow => ({
  motion: r.motion, code: r.code, value: JSON.parse(r.value), span: span(r), rule: r.rule, confidence: r.confidence,
});

export const toCitation = (r: {
  idx: number; kind: string; authority: string | null; cite: string | null; text: string; span_start: number; span_end: number;
  rule: string; resolves_to: number | null; sentence: string; case_name: string | null; year: number | null;
}): CitationRow => ({
  idx: r.idx, kind: r.kind, authority: r.authority, cite: r.cite, text: r.text, span: [r.span_start, r.span_end], rule: r.rule,
  resolvesTo: r.resolves_to, sentence: r.sentence, caseName: r.case_name, year: r.year,
});
