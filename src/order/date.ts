/**
 * The order's own date: signature lines ("Signed: August 10, 2020", "this 3rd day of March, 2024",
 * "Dated: ...", "ENTERED: 08/10/2020", "Decided: ..."), a date standing alone on a header line, or a
 * bare date line in the signature block. Never a date read out of the body's prose.
 */
import type { Hit, Rule, RuleSet } from '../engine/types.js';
import { scanAll } from '../engine/scan.js';
import { DATE_SRC, parseDate } from './date-parse.js';
import { fact, type ReadContext } from './text-util.js';
import type { Order } from './types.js';

export type DateKind = 'signed' | 'filed' | 'entered' | 'decided';
export interface DateValue {
  iso: string;
  kind: DateKind;
}

const dateRe = (prefix: string, suffix = ''): RegExp => new RegExp(`${prefix}(${DATE_SRC})${suffix}`, 'gi');

function parseWith(kind: DateKind, confidence: number) {
  return (m: RegExpExecArray): Omit<Hit<DateValue>, 'rule' | 'priority'> | null => {
    const printed = m[m.length - 1] ?? m[1];
    const iso = parseDate(printed.replace(/\s+/g, ' '));
    if (!iso) return null;
    const start = m.index + m[0].lastIndexOf(printed);
    return { value: { iso, kind }, span: [start, start + printed.length], confidence };
  };
}

export const dateRules: Rule<DateValue>[] = [
  {
    id: 'date/signed-label',
    anchors: ['signed', 'dated', 'date:', 'so ordered'],
    // "Signed: August 10, 2020" · "Dated: March 3, 2024" · "Date: 5/8/2020" · "SO ORDERED this June 1, 2021"
    pattern: dateRe('\\b(Signed|Dated|Date(?=\\s*:)|SO ORDERED|ORDERED)(?:\\s+(?:and\\s+(?:entered|filed)|at\\s+[A-Z][\\w .,]{1,40}?|on|this))?\\s*[:,]?\\s*(?:on\\s+|this\\s+)?'),
    // A label in prose ("an Order dated January 6, 2011", "orders signed May 13") is history, not the signature.
    parse: (m) => (/^[A-Z]/.test(m[1]) && !/^(?:SO ORDERED|ORDERED)$/.test(m[1]) || /^[A-Z ]+$/.test(m[1]) ? parseWith('signed', 0.95)(m) : null),
    priority: 30,
    examples: [
      { text: 'Signed: August 10, 2020', expect: { iso: '2020-08-10', kind: 'signed' } },
      { text: 'Date: 5/8/2020', expect: { iso: '2020-05-08' } },
      { text: 'Dated: Jan. 4, 2019', expect: { iso: '2019-01-04' } },
      { text: 'SO ORDERED on March 3, 2024.', expect: { iso: '2024-03-03' } },
    ],
    counterexamples: ['Signed by the parties', 'dated 2020', 'an Order dated January 6, 2011', 'orders signed May 13, 2020'],
  },
  {
    id: 'date/day-of',
    anchors: ['day of'],
    // "this 3rd day of March, 2024" · "on this the 14th day of May 2021"
    pattern: dateRe('\\b(?:this|on\\s+this)\\s+(?:the\\s+)?', ''),
    parse: (m) => {
      if (!/day\s+of/i.test(m[1])) return null;
      return parseWith('signed', 0.95)(m);
    },
    priority: 30,
    examples: [
      { text: 'DONE and ORDERED this 3rd day of March, 2024.', expect: { iso: '2024-03-03', kind: 'signed' } },
      { text: 'on this the 14th day of May 2021', expect: { iso: '2021-05-14' } },
    ],
    counterexamples: ['this March 3, 2024 hearing'],
  },
  {
    id: 'date/entered-label',
    anchors: ['entered', 'filed'],
    // "ENTERED: 08/10/2020" · "Entered on Docket: March 3, 2024" · "FILED: 3/3/24"
    pattern: dateRe('\\b(ENTERED|Entered|FILED|Filed)(?:\\s+on\\s+(?:the\\s+)?docket)?\\s*[:]\\s*'),
    parse: (m) => parseWith(/^f/i.test(m[1]) ? 'filed' : 'entered', 0.9)(m),
    priority: 25,
    examples: [
      { text: 'ENTERED: 08/10/2020', expect: { iso: '2020-08-10', kind: 'entered' } },
      { text: 'Filed: March 3, 2024', expect: { kind: 'filed' } },
    ],
    counterexamples: ['the judgment entered on March 3, 2024'],
  },
  {
    id: 'date/decided-label',
    anchors: ['decided', 'filed'],
    // "Decided: June 1, 2020" · "Decided and Filed June 1, 2020" · "(Decided June 1, 2020)"
    pattern: dateRe('\\b(?:Decided|DECIDED)(?:\\s+and\\s+(?:Filed|FILED))?\\s*:?\\s*'),
    parse: parseWith('decided', 0.95),
    priority: 28,
    examples: [{ text: 'Decided: June 1, 2020', expect: { iso: '2020-06-01', kind: 'decided' } }],
    counterexamples: ['Argued: May 1, 2020'],
  },
  {
    id: 'date/signed-by-judge',
    anchors: ['signed by'],
    // "Signed by Judge Max O. Cogburn, Jr on 8/10/2020."
    pattern: dateRe('\\bSigned\\s+by\\s+(?:[\\w.,\'’-]+\\s+){1,8}?on\\s+'),
    parse: parseWith('signed', 0.9),
    priority: 29,
    examples: [{ text: 'Signed by Judge Max O. Cogburn, Jr on 8/10/2020.', expect: { iso: '2020-08-10' } }],
    counterexamples: ['signed by Judge Smith yesterday'],
  },
  {
    id: 'date/standalone-line',
    // A date alone on its line: "04-27-2021", "March 16, 2009", "New York, New York\nMay 3, 2021"
    pattern: new RegExp(`^[ \\t*_]*(?:[A-Z][\\w. ]{1,30},\\s+[A-Z][\\w. ]{1,30}\\s*[,;]?\\s*)?(${DATE_SRC})[ \\t*_.]*$`, 'gm'),
    parse: parseWith('filed', 0.8),
    priority: 10,
    examples: [{ text: 'ORDER\n04-27-2021\n', expect: { iso: '2021-04-27' } }, { text: 'New York, New York\nMarch 16, 2009' }],
    counterexamples: ['On March 16, 2009, the court sentenced him.'],
  },
];

export const dateRuleSet: RuleSet<DateValue> = { domain: 'order-date', rules: dateRules };

/** Picks the order's date: a labelled signature date wins; a standalone line counts only in the head or the tail. */
export function readDate(ctx: ReadContext): Order['date'] {
  const hits = scanAll(dateRules, ctx.text, ctx.lower);
  const n = ctx.text.length;
  const tailStart = Math.max(0, n - 2500);
  let best: { h: Hit<DateValue>; score: number } | null = null;
  for (const h of hits) {
    let score = h.priority;
    if (h.rule === 'date/standalone-line') {
      if (h.span[0] < ctx.headEnd) score += 5;
      else if (h.span[0] >= tailStart) score += 8; // bare date in the signature block
      else continue;
    } else if (h.span[0] >= tailStart || h.span[0] < ctx.headEnd) score += 5;
    // Later signature lines beat earlier ones of the same strength (the last "Signed" is the order's).
    if (!best || score > best.score || (score === best.score && h.span[0] > best.h.span[0] && h.span[0] >= tailStart)) best = { h, score };
  }
  if (!best) return null;
  const f = fact(ctx, best.h.value.iso, best.h.span[0], best.h.span[1], best.h.rule, best.h.confidence);
  return { ...f, kind: best.h.value.kind };
}
