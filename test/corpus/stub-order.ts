/**
 * A stand-in for readOrder over constructed texts with labelled lines (`COURT: nysd`), so ingest
 * mechanics are tested apart from the order reader's accuracy.
 */
import type { Document } from '../../src/input/types.js';
import type { Order, Motion } from '../../src/order/types.js';
import type { Citation } from '../../src/citations/types.js';

const fact = <T>(value: T, start: number, end: number, rule: string) => ({ value, span: [start, end] as [number, number], rule, confidence: 0.9 });

function line(text: string, label: string) {
  const m = new RegExp(`^${label}: (.+)$`, 'm').exec(text);
  return m ? { value: m[1].trim(), start: m.index + label.length + 2, end: m.index + m[0].length } : null;
}

function citation(text: string, m: RegExpExecArray): Citation {
  return {
    kind: 'case', span: [m.index, m.index + m[0].length], fullSpan: [m.index, m.index + m[0].length], text: m[0],
    volume: m[1], reporter: m[2], reporterFound: m[2], page: m[3], pinCite: null, year: null, date: null, court: null,
    plaintiff: null, defendant: null, parenthetical: null, history: null, antecedentGuess: null, title: null, chapter: null,
    section: null, code: null, docEntry: null, resolvesTo: null, ambiguous: false, authority: null, inParenthetical: false,
    rule: 'citation/stub-case',
  };
}

export function stubReadOrder(doc: Document): Order {
  const t = doc.text;
  const court = line(t, 'COURT');
  const judge = line(t, 'JUDGE');
  const date = line(t, 'DATE');
  const title = line(t, 'TITLE');
  const motions: Motion[] = [];
  for (const m of t.matchAll(/^MOTION: (\w+) (\w+)$/gm)) {
    motions.push({
      kind: fact(m[1] as Motion['kind']['value'], m.index!, m.index! + m[0].length, 'motion/stub'),
      docEntry: null, movant: null, proSe: null,
      disposition: fact(m[2] as any, m.index!, m.index! + m[0].length, 'disposition/stub'),
      citation: null,
    });
  }
  const citations: Citation[] = [];
  for (const m of t.matchAll(/\b(\d+) (F\.3d|F\.4th|U\.S\.) (\d+)\b/g)) citations.push(citation(t, m as RegExpExecArray));
  return {
    court: court ? fact({ id: court.value, name: court.value }, court.start, court.end, 'court/stub') : null,
    division: null, docketNumbers: [], caseType: null, parties: [],
    title: title ? fact(title.value, title.start, title.end, 'title/stub') : null,
    judge: judge ? fact({ name: judge.value, title: null }, judge.start, judge.end, 'judge/stub') : null,
    date: date ? { ...fact(date.value, date.start, date.end, 'date/stub'), kind: 'signed' } : null,
    motions, citations, codes: {}, warnings: [],
  };
}

/** A constructed order text (fictional parties). */
export function orderText(i: number, opts: { court?: string; disposition?: string; cites?: string[] } = {}): string {
  const court = opts.court ?? ['nysd', 'cand', 'ilnd'][i % 3];
  const disposition = opts.disposition ?? (i % 4 === 0 ? 'granted' : 'denied');
  const cites = opts.cites ?? [i % 2 ? '954 F.3d 594' : '12 F.4th 345'];
  return [
    `TITLE: United States v. Example${i}`,
    `COURT: ${court}`,
    `JUDGE: Judge Number${i % 5}`,
    `DATE: 202${i % 4}-0${1 + (i % 9)}-1${i % 10}`,
    `MOTION: compassionate_release ${disposition}`,
    '',
    `Order number ${i}. The defendant moves for compassionate release. See United States v. Raia, ${cites.join(', ')}.`,
    `The motion is ${disposition.toUpperCase()}. Word${i} marker${i % 7}.`,
    '',
  ].join('\n');
}
