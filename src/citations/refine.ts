/** Refiners over found citations: explanatory-parenthetical scope; references by case name (references.ts). */
import type { Citation } from './types.js';

export { findReferences, referenceNames } from './references.js';

// The first word of an explanatory parenthetical: (quoting ...), (citing ...), (internal quotation ...)
const EXPLANATORY = /^\s*(?:[a-z]+ing\b|quoted\b|cited\b|see\b|cf\.|accord\b|internal\b|alteration|emphasis|brackets|footnote|citations?\b|aff['’]d\b|rev['’]d\b|overruled\b|abrogated\b|superseded\b|[a-z]+ed\s+(?:in|by|on)\b)/;

// Every explanatory opening starts with a lower-case word: a cheap test before the slice and regex.
const LOWER_NEXT = /\s*[a-z]/y;

/** Marks citations inside an explanatory parenthetical `(quoting ...)`. One linear pass over the text. */
export function markInParenthetical(text: string, cites: Citation[]): void {
  if (cites.length === 0) return;
  // (Citations come in text order: then the index order is the sorted one, with no sort to run.)
  const order = cites.map((c, i) => i);
  if (cites.some((c, i) => i > 0 && c.span[0] < cites[i - 1].span[0])) order.sort((a, b) => cites[a].span[0] - cites[b].span[0]);
  // Open parens, each with whether it reads as explanatory, and how many of those are open: a cite is
  // in scope when any enclosing paren is explanatory (constant time per cite, however deep the nesting).
  const stack: boolean[] = [];
  let explanatory = 0;
  const mark = (c: Citation) => {
    if (explanatory > 0) c.inParenthetical = true;
  };
  let k = 0;
  const re = /[()]|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while (k < order.length && (m = re.exec(text)) !== null) {
    while (k < order.length && cites[order[k]].span[0] < m.index) mark(cites[order[k++]]);
    if (m[0] === '(') {
      LOWER_NEXT.lastIndex = m.index + 1;
      const e = LOWER_NEXT.test(text) && EXPLANATORY.test(text.slice(m.index + 1, m.index + 40));
      stack.push(e);
      if (e) explanatory++;
    } else if (m[0] === ')') {
      if (stack.pop()) explanatory--;
    } else {
      stack.length = 0;
      explanatory = 0;
    }
  }
  while (k < order.length) mark(cites[order[k++]]);
}
