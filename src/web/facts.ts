/**
 * Flattens what was read (an `Order` fresh from the reader, or a stored document's rows) into one list of
 * displayable facts and citation links, so the read page and the document page render the same way.
 */
import type { Order } from '../order/types.js';
import type { Citation } from '../citations/types.js';
import type { StoredDocument } from '../corpus/store.js';
import type { SpanPair, TextCite, TextMark } from './annotated-text.js';

export interface FactView {
  id: string;
  /** `Caption`, `Motion 1`, `compassionateRelease` */
  group: string;
  field: string;
  value: string;
  span: SpanPair | null;
  rule: string;
  confidence: number | null;
}

/** A readable string for any fact value. */
export function displayValue(v: unknown): string {
  if (v == null) return '—';
  // Codes like `denied_without_prejudice` read better with spaces; other strings stay as they are.
  if (typeof v === 'string') return /^[a-z0-9_]+$/.test(v) ? v.replace(/_/g, ' ') : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v === true ? 'yes' : v === false ? 'no' : String(v);
  if (Array.isArray(v)) return v.map(displayValue).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.printed === 'string') return o.printed;
    if (typeof o.date === 'string') return o.kind ? `${o.date} (${String(o.kind)})` : o.date;
    if (typeof o.name === 'string' && typeof o.id === 'string') return `${o.name} (${o.id})`;
    if (typeof o.name === 'string' && typeof o.role === 'string') return `${o.name} (${o.role})`;
    if (typeof o.name === 'string') return o.title ? `${o.name}, ${String(o.title)}` : o.name;
    return JSON.stringify(v);
  }
  return String(v);
}

interface FactLike { value: unknown; span?: unknown; rule?: unknown; confidence?: unknown }

function isFact(x: unknown): x is FactLike {
  return !!x && typeof x === 'object' && 'value' in (x as object) && 'rule' in (x as object);
}

function spanOf(x: unknown): SpanPair | null {
  return Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number' ? [x[0], x[1]] : null;
}

/** `compassionateRelease` -> `compassionate release`; `groundsAsserted[0].finding` -> `grounds asserted 1 · finding`. */
export function humanizePath(p: string): string {
  return p
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .replace(/\.(?=\S)/g, ' · ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/section3553a/, '§ 3553(a)')
    .trim();
}

class Collector {
  readonly facts: FactView[] = [];
  add(group: string, field: string, f: FactLike | null | undefined, value?: unknown): void {
    if (!f) return;
    this.facts.push({
      id: String(this.facts.length),
      group: humanizePath(group),
      field: humanizePath(field),
      value: displayValue(value !== undefined ? value : f.value),
      span: spanOf(f.span),
      rule: typeof f.rule === 'string' ? f.rule : '',
      confidence: typeof f.confidence === 'number' ? f.confidence : null,
    });
  }
  /** Walks a domain coding (`codes.compassionateRelease`) and keeps every fact-shaped leaf. */
  walk(group: string, path: string, x: unknown, depth = 0): void {
    if (depth > 6 || x == null) return;
    if (isFact(x)) {
      const extra = x as unknown as Record<string, unknown>;
      this.add(group, path, x, extra.kind && typeof extra.value === 'string' ? `${String(extra.value)} (${String(extra.kind)})` : undefined);
      // A fact may carry sub-facts (e.g. a ground with its finding).
      for (const [k, v] of Object.entries(extra)) if (!['value', 'span', 'rule', 'confidence'].includes(k) && typeof v === 'object') this.walk(group, `${path}.${k}`, v, depth + 1);
      return;
    }
    if (Array.isArray(x)) {
      x.forEach((v, i) => this.walk(group, `${path}[${i}]`, v, depth + 1));
      return;
    }
    if (typeof x === 'object') {
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) this.walk(group, path ? `${path}.${k}` : k, v, depth + 1);
    }
  }
}

export function factsFromOrder(order: Order): FactView[] {
  const c = new Collector();
  c.add('Caption', 'court', order.court);
  c.add('Caption', 'division', order.division);
  order.docketNumbers?.forEach((d) => c.add('Caption', 'docket', d));
  c.add('Caption', 'case type', order.caseType);
  order.parties?.forEach((p) => c.add('Caption', 'party', p));
  c.add('Caption', 'title', order.title);
  c.add('Signature', 'judge', order.judge);
  if (order.date) c.add('Signature', `date ${order.date.kind ?? ''}`.trim(), order.date);
  order.motions?.forEach((m, i) => {
    const g = `Motion ${i + 1}`;
    c.add(g, 'kind', m.kind);
    c.add(g, 'doc. entry', m.docEntry);
    c.add(g, 'movant', m.movant);
    c.add(g, 'pro se', m.proSe);
    c.add(g, 'disposition', m.disposition);
  });
  for (const [name, coding] of Object.entries(order.codes ?? {})) c.walk(name, '', coding);
  return c.facts;
}

export function factsFromStored(doc: StoredDocument): FactView[] {
  const c = new Collector();
  for (const f of doc.facts) c.add('Caption', f.field, f);
  doc.motions.forEach((m) => {
    const g = `Motion ${m.idx + 1}`;
    // A stored motion keeps its rule ids as one list; give each field the id of its family.
    const rule = (family: RegExp) => m.rules.find((r) => family.test(r)) ?? '';
    c.add(g, 'kind', { value: m.kind, span: m.span, rule: rule(/^motion/), confidence: null });
    if (m.docEntry) c.add(g, 'doc. entry', { value: m.docEntry, span: null, rule: rule(/^(record|doc)/), confidence: null });
    if (m.movant) c.add(g, 'movant', { value: m.movant, span: null, rule: rule(/^movant/), confidence: null });
    if (m.proSe != null) c.add(g, 'pro se', { value: m.proSe, span: null, rule: rule(/^pro-se/), confidence: null });
    c.add(g, 'disposition', { value: m.disposition, span: null, rule: rule(/^disposition/), confidence: null });
  });
  for (const code of doc.codes) {
    const [group, ...rest] = code.code.split('.');
    c.add(code.motion != null ? `${group} (motion ${code.motion + 1})` : group, rest.join('.') || group, code);
  }
  return c.facts;
}

export function marksOf(facts: FactView[]): TextMark[] {
  return facts.filter((f) => f.span).map((f) => ({ id: f.id, span: f.span as SpanPair, label: `${f.field}: ${f.value}` }));
}

const SHORT = new Set(['caseShort', 'id', 'supra', 'reference']);

/** `954 F.3d 594` for a full case cite, the cite as written otherwise. */
export function displayCite(c: Pick<Citation, 'kind' | 'volume' | 'reporter' | 'page' | 'text'>): string {
  if (c.kind === 'case' && c.volume && c.reporter && c.page) return `${c.volume} ${c.reporter} ${c.page}`;
  return c.text;
}

export function citator(cite: string): string {
  return `/citator?cite=${encodeURIComponent(cite)}`;
}

export function citesFromOrder(cites: Citation[]): TextCite[] {
  return cites.map((c, idx) => {
    let href: string | null = null;
    if (SHORT.has(c.kind)) href = c.resolvesTo != null ? `#c${c.resolvesTo}` : null;
    else if (c.kind === 'case' || c.kind === 'law' || c.kind === 'journal') href = citator(displayCite(c));
    const name = c.plaintiff && c.defendant ? `${c.plaintiff} v. ${c.defendant}` : null;
    const title = SHORT.has(c.kind)
      ? c.resolvesTo != null ? `short form of ${displayCite(cites[c.resolvesTo] ?? c)}` : c.ambiguous ? 'ambiguous short form' : 'unresolved short form'
      : [c.kind, name, displayCite(c)].filter(Boolean).join(' · ');
    return { idx, span: c.span, kind: c.kind, href, title };
  });
}

export function citesFromStored(doc: StoredDocument): TextCite[] {
  return doc.citations.map((c) => {
    let href: string | null = null;
    if (SHORT.has(c.kind)) href = c.resolvesTo != null ? `#c${c.resolvesTo}` : c.authority ? citator(c.authority) : null;
    else if (c.authority && c.kind !== 'record') href = citator(c.cite ?? c.authority);
    const title = SHORT.has(c.kind)
      ? c.resolvesTo != null ? `short form of ${c.cite ?? c.authority ?? ''}` : 'unresolved short form'
      : [c.kind, c.caseName, c.cite].filter(Boolean).join(' · ');
    return { idx: c.idx, span: c.span, kind: c.kind, href, title };
  });
}

/** `United States of America v. Darnell Prescott Holloway` from the caption's parties, or null. */
export function captionName(facts: FactView[]): string | null {
  const parties = facts.filter((f) => f.field === 'party').map((f) => f.value.replace(/\s*\([^)]*\)$/, '').replace(/,$/, ''));
  if (parties.length < 2) return null;
  const title = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/\b[a-z]/g, (ch) => ch.toUpperCase()) : s);
  return `${title(parties[0])} v. ${title(parties[1])}`;
}
