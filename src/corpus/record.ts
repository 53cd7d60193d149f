/**
 * Turns what the readers return (Document + Order) into the flat, JSON-only IngestRecord the store
 * writes. Every value keeps its span and rule id.
 */
import type { Document } from '../input/types.js';
import type { Order } from '../order/types.js';
import type { Fact } from '../engine/types.js';
import type { CitationRow, CodeRow, FactRow, IngestRecord, MotionRow } from './store.js';
import { authorityOf } from './authority.js';
import { sentenceAround } from './sentence.js';
import { courtById, courtByCitationString, findCourtInCaption } from '../data/courts.js';

type AnyFact = Fact<unknown>;

function isFact(x: unknown): x is AnyFact {
  return typeof x === 'object' && x !== null && 'value' in x && 'rule' in x && 'span' in x;
}

function factRow(field: string, f: AnyFact): FactRow {
  return { field, value: f.value, span: f.span ?? null, rule: f.rule, confidence: f.confidence ?? 1 };
}

/** Metadata keys (case-insensitive) that hint at a field when the text gave none. */
const META_HINTS: Record<'title' | 'court' | 'date' | 'judge' | 'docket', RegExp> = {
  title: /^(case_?name(_full)?|title|caption)$/i,
  court: /^(court(_id)?)$/i,
  date: /^(date(_filed)?|opinion_date|decision_date|date_decided)$/i,
  judge: /^(judges?|author(_str)?|cl_opinion_author_str)$/i,
  docket: /^(docket(_number)?|case_no)$/i,
};

/** Longest believable hint: a long value is a paragraph of markup, not a name. */
const MAX_HINT = 120;

function metaHint(meta: Record<string, string>, field: keyof typeof META_HINTS): string | null {
  for (const [k, v] of Object.entries(meta ?? {})) {
    if (!META_HINTS[field].test(k) || v == null) continue;
    const clean = String(v).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    if (clean && clean.length <= MAX_HINT) return clean;
  }
  return null;
}

/** A court hint as an id: `nysd` stays, `District Court, S.D. New York` -> `nysd`; unknown names stay as given. */
function courtId(hint: string | null): string | null {
  if (!hint) return null;
  const c = courtById(hint) ?? courtByCitationString(hint) ?? findCourtInCaption(hint)?.court ?? null;
  return c?.id ?? hint;
}

function isoDate(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  return m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : null;
}

/** Flattens `order.codes` into rows: each Fact leaf becomes one row named by its path (array indices dropped). */
export function flattenCodes(codes: Record<string, unknown>): CodeRow[] {
  const rows: CodeRow[] = [];
  const walk = (node: unknown, path: string, motion: number | null, depth: number): void => {
    if (depth > 6 || node == null) return;
    if (isFact(node)) {
      rows.push({ motion, code: path, value: node.value, span: node.span ?? null, rule: node.rule, confidence: node.confidence ?? 1 });
      // A fact may carry sub-facts (a ground with its finding).
      if (typeof node.value === 'object' && node.value !== null) walk(node.value, path, motion, depth + 1);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path, motion, depth + 1);
      return;
    }
    if (typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const m = typeof obj.motion === 'number' ? obj.motion : motion;
      for (const [k, v] of Object.entries(obj)) if (k !== 'motion') walk(v, path ? `${path}.${k}` : k, m, depth + 1);
    }
  };
  walk(codes, '', null, 0);
  return rows;
}

function motionRows(order: Order): MotionRow[] {
  return order.motions.map((m, idx) => ({
    idx,
    kind: m.kind.value,
    docEntry: m.docEntry?.value ?? null,
    movant: m.movant?.value ?? null,
    proSe: m.proSe?.value ?? null,
    disposition: m.disposition?.value ?? null,
    span: m.kind.span ?? null,
    rules: [m.kind, m.docEntry, m.movant, m.proSe, m.disposition].filter((f): f is NonNullable<typeof f> => !!f).map((f) => f.rule),
  }));
}

function citationRows(order: Order, text: string): CitationRow[] {
  const all = order.citations;
  return all.map((c, idx) => {
    const a = authorityOf(c, all);
    return {
      idx,
      kind: c.kind,
      authority: a?.key ?? null,
      cite: a?.cite ?? null,
      text: c.text,
      span: c.span,
      rule: c.rule,
      resolvesTo: c.resolvesTo,
      sentence: c.kind === 'record' ? '' : sentenceAround(text, c.span),
      caseName: c.plaintiff && c.defendant ? `${c.plaintiff} v. ${c.defendant}` : c.plaintiff ?? c.defendant ?? c.antecedentGuess ?? null,
      year: c.year,
    };
  });
}

function factRows(order: Order): FactRow[] {
  const rows: FactRow[] = [];
  const one = (field: string, f: AnyFact | null) => { if (f) rows.push(factRow(field, f)); };
  one('court', order.court);
  one('division', order.division);
  order.docketNumbers.forEach((f) => one('docket', f));
  one('caseType', order.caseType);
  order.parties.forEach((f) => one('party', f));
  one('title', order.title);
  one('judge', order.judge);
  if (order.date) rows.push({ ...factRow('date', order.date), value: { date: order.date.value, kind: order.date.kind } });
  return rows;
}

export function buildRecord(doc: Document, order: Order, path: string): IngestRecord {
  const facts = factRows(order);
  const meta = doc.meta ?? {};
  const hint = (field: keyof typeof META_HINTS): string | null => {
    const v = metaHint(meta, field);
    if (v) facts.push({ field, value: v, span: null, rule: `meta/${field}`, confidence: 0.5 });
    return v;
  };
  return {
    path,
    sha256: doc.source.sha256,
    format: doc.source.format,
    bytes: doc.source.bytes,
    text: doc.text,
    title: order.title?.value ?? hint('title'),
    court: order.court?.value.id ?? courtId(hint('court')),
    docket: order.docketNumbers[0]?.value.normalized ?? hint('docket'),
    date: isoDate(order.date?.value ?? hint('date')),
    judge: order.judge?.value.name ?? hint('judge'),
    caseType: order.caseType?.value ?? null,
    error: null,
    facts,
    motions: motionRows(order),
    codes: flattenCodes(order.codes ?? {}),
    citations: citationRows(order, doc.text),
  };
}

/** The record of a file that could not be read: kept so the run goes on and the failure is visible. */
export function failedRecord(path: string, sha256: string, bytes: number, format: string, error: string): IngestRecord {
  return {
    path, sha256, format, bytes, text: '', title: null, court: null, docket: null, date: null, judge: null,
    caseType: null, error, facts: [], motions: [], codes: [], citations: [],
  };
}
