/**
 * Human-readable views of an order for the CLI: a one-screen summary quoting the evidence, and the
 * explain listing (every value, the rule that produced it, and the text it read).
 */
import type { Fact } from '../engine/types.js';
import type { Order } from './types.js';

const quote = (text: string, f: { span: [number, number] } | null | undefined, max = 70): string => {
  if (!f) return '';
  const s = text.slice(f.span[0], f.span[1]).replace(/\s+/g, ' ').trim();
  return `«${s.length > max ? s.slice(0, max - 1) + '…' : s}»`;
};

/** Every fact of the order with a dotted path, in reading order of the record. */
export function orderFacts(order: Order): Array<{ path: string; fact: Fact<unknown> & { kind?: string } }> {
  const out: Array<{ path: string; fact: Fact<unknown> & { kind?: string } }> = [];
  const add = (path: string, f: Fact<unknown> | null | undefined): void => {
    if (f) out.push({ path, fact: f });
  };
  add('court', order.court);
  add('division', order.division);
  order.docketNumbers.forEach((d, i) => add(`docketNumbers[${i}]`, d));
  add('caseType', order.caseType);
  order.parties.forEach((p, i) => add(`parties[${i}]`, p));
  add('caseName', order.caseName);
  add('title', order.title);
  add('judge', order.judge);
  add('panel', order.panel);
  add('date', order.date);
  order.motions.forEach((m, i) => {
    add(`motions[${i}].kind`, m.kind);
    add(`motions[${i}].docEntry`, m.docEntry);
    add(`motions[${i}].movant`, m.movant);
    add(`motions[${i}].proSe`, m.proSe);
    add(`motions[${i}].disposition`, m.disposition);
  });
  return out;
}

const isFact = (v: unknown): v is Fact<unknown> =>
  typeof v === 'object' && v !== null && 'value' in v && 'span' in v && 'rule' in v;

/** A code family's value in a few words: facts by value, lists in brackets, pairs joined by `:`. */
function brief(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isFact(v)) return typeof v.value === 'object' ? JSON.stringify(v.value) : String(v.value);
  if (Array.isArray(v)) return `[${v.map(brief).filter(Boolean).join(', ')}]`;
  if (typeof v === 'object') return Object.values(v).map(brief).filter(Boolean).join(':');
  return String(v);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  if ('normalized' in v) return `${v.printed} -> ${v.normalized}`;
  if ('role' in v) return `${v.name} (${v.role})`;
  if ('id' in v && 'name' in v) return `${v.abbreviation ?? v.name} (${v.id})`;
  if ('name' in v && 'title' in v) return [v.name, v.title].filter(Boolean).join(', ');
  return JSON.stringify(value);
}

/** `courtreader explain`: one line per value, with its rule, confidence, offsets and the text read. */
export function explainOrder(order: Order, text: string): string {
  const lines: string[] = [];
  for (const { path, fact } of orderFacts(order)) {
    const kind = fact.kind ? ` (${fact.kind})` : '';
    lines.push(`${path.padEnd(26)} ${show(fact.value)}${kind}`);
    lines.push(`${''.padEnd(26)}   rule ${fact.rule}  confidence ${fact.confidence}  span [${fact.span[0]}, ${fact.span[1]})  ${quote(text, fact, 120)}`);
  }
  for (const { path, fact } of codeFacts(order.codes)) {
    lines.push(`${path.padEnd(26)} ${show(fact.value)}`);
    lines.push(`${''.padEnd(26)}   rule ${fact.rule}  confidence ${fact.confidence}  span [${fact.span[0]}, ${fact.span[1]})  ${quote(text, fact, 120)}`);
  }
  if (order.citations.length) lines.push(`citations                  ${order.citations.length} (${countKinds(order)})`);
  order.citations.forEach((c, i) => {
    const to = c.resolvesTo !== null ? ` -> [${c.resolvesTo}]` : c.ambiguous ? ' -> ambiguous' : '';
    lines.push(`${`citations[${i}]`.padEnd(26)} ${c.kind} ${c.text.replace(/\s+/g, ' ')}${to}`);
    lines.push(`${''.padEnd(26)}   rule ${c.rule}  span [${c.span[0]}, ${c.span[1]})${c.authority ? '  authority ' + c.authority : ''}`);
  });
  for (const w of order.warnings) lines.push(`warning ${w.code}: ${w.message}`);
  return lines.join('\n') + '\n';
}

/** Every Fact inside the domain codes, with a dotted path (`codes.compassionateRelease.exhaustion`). */
function codeFacts(codes: Record<string, unknown>): Array<{ path: string; fact: Fact<unknown> }> {
  const out: Array<{ path: string; fact: Fact<unknown> }> = [];
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v !== 'object') return;
    if (isFact(v)) out.push({ path, fact: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  for (const [name, v] of Object.entries(codes)) walk(v, `codes.${name}`);
  return out;
}

function countKinds(order: Order): string {
  const by = new Map<string, number>();
  for (const c of order.citations) by.set(c.kind, (by.get(c.kind) ?? 0) + 1);
  return [...by].map(([k, n]) => `${n} ${k}`).join(', ');
}

/** `courtreader read --format text`: one screen, the facts with quoted evidence. */
export function summarizeOrder(order: Order, text: string, file?: string): string {
  const L: string[] = [];
  const row = (label: string, value: string, evidence = ''): void => {
    L.push(`${label.padEnd(10)} ${value}${evidence ? '   ' + evidence : ''}`);
  };
  if (file) L.push(file);
  const court = order.court ? show(order.court.value) + (order.division ? ` — ${order.division.value}` : '') : '—';
  row('Court', court, quote(text, order.court));
  row('Docket', order.docketNumbers.map((d) => show(d.value)).join('; ') || '—', order.caseType ? `(${order.caseType.value})` : '');
  row('Case', order.caseName?.value ?? (order.parties.map((p) => show(p.value)).join(' / ') || '—'));
  row('Title', order.title?.value ?? '—');
  row('Judge', order.judge ? show(order.judge.value) : '—', quote(text, order.judge, 50));
  row('Date', order.date ? `${order.date.value} (${order.date.kind})` : '—', quote(text, order.date));
  row('Motions', order.motions.length ? String(order.motions.length) : 'none found');
  order.motions.forEach((m, i) => {
    const bits = [
      m.kind.value,
      m.docEntry ? `entry ${m.docEntry.value}` : null,
      m.movant ? m.movant.value : null,
      m.proSe ? (m.proSe.value ? 'pro se' : 'counsel') : null,
      m.disposition ? m.disposition.value.toUpperCase() : 'disposition unknown',
    ].filter(Boolean);
    L.push(`  ${i + 1}. ${bits.join(' · ')}`);
    L.push(`     ${quote(text, m.kind)}${m.disposition ? ' … ' + quote(text, m.disposition) + ` [${m.disposition.rule}]` : ''}`);
  });
  if (order.citations.length) row('Citations', `${order.citations.length} (${countKinds(order)})`);
  for (const [name, codes] of Object.entries(order.codes)) {
    if (!codes || typeof codes !== 'object') continue;
    row('Codes', name);
    for (const [key, v] of Object.entries(codes as Record<string, unknown>)) {
      const b = brief(v);
      if (b) L.push(`  ${key.padEnd(20)} ${b}`);
    }
  }
  for (const w of order.warnings) row('Warning', `${w.code}: ${w.message}`);
  return L.join('\n') + '\n';
}
