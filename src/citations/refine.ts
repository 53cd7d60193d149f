/** Refiners over found citations: explanatory-parenthetical scope; references by case name (references.ts). */
import type { Citation } from './types.js';
import { isSpace } from '../text/space.js';

export { findReferences, referenceNames } from './references.js';

// The first word of an explanatory parenthetical: (quoting ...), (citing ...), (internal quotation ...)
const EXPLANATORY = /^\s*(?:[a-z]+ing\b|quoted\b|cited\b|see\b|cf\.|accord\b|internal\b|alteration|emphasis|brackets|footnote|citations?\b|aff['’]d\b|rev['’]d\b|overruled\b|abrogated\b|superseded\b|[a-z]+ed\s+(?:in|by|on)\b)/;

// An open or close parenthesis, or a paragraph break (a blank line).
const PAREN_OR_BREAK = /[()]|\n\s*\n/g;

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
  const re = PAREN_OR_BREAK;
  re.lastIndex = 0;
  let from = 0;
  // `test`, not `exec` (no match array per parenthesis): a match ending in a parenthesis is that one
  // character; any other is a paragraph break, from the first newline of the blank run before its end.
  while (k < order.length && re.test(text)) {
    const end = re.lastIndex;
    const ch = text.charCodeAt(end - 1);
    let index = end - 1;
    if (ch !== 40 && ch !== 41) {
      let s = end - 1;
      while (s > from && isSpace(text.charCodeAt(s - 1))) s--;
      index = text.indexOf('\n', s);
    }
    from = end;
    while (k < order.length && cites[order[k]].span[0] < index) mark(cites[order[k++]]);
    if (ch === 40) {
      LOWER_NEXT.lastIndex = index + 1;
      const e = LOWER_NEXT.test(text) && EXPLANATORY.test(text.slice(index + 1, index + 40));
      stack.push(e);
      if (e) explanatory++;
    } else if (ch === 41) {
      if (stack.pop()) explanatory--;
    } else {
      stack.length = 0;
      explanatory = 0;
    }
  }
  while (k < order.length) mark(cites[order[k++]]);
}
