/** Refiners over found citations: explanatory-parenthetical scope; references by case name (references.ts). */
import type { Citation } from './types.js';

export { findReferences, referenceNames } from './references.js';

// The first word of an explanatory parenthetical: (quoting ...), (citing ...), (internal quotation ...)
const EXPLANATORY = /^\s*(?:[a-z]+ing\b|quoted\b|cited\b|see\b|cf\.|accord\b|internal\b|alteration|emphasis|brackets|footnote|citations?\b|aff['’]d\b|rev['’]d\b|overruled\b|abrogated\b|superseded\b|[a-z]+ed\s+(?:in|by|on)\b)/;

/** Marks citations inside an explanatory parenthetical `(quoting ...)`. One linear pass over the text. */
export function markInParenthetical(text: string, cites: Citation[]): void {
  if (cites.length === 0) return;
  const order = cites.map((c, i) => i).sort((a, b) => cites[a].span[0] - cites[b].span[0]);
  const stack: number[] = [];
  const mark = (c: Citation) => {
    // Any enclosing paren that reads as explanatory puts the cite in scope.
    for (let s = stack.length - 1; s >= 0; s--) {
      const open = stack[s];
      if (EXPLANATORY.test(text.slice(open + 1, open + 40))) {
        c.inParenthetical = true;
        return;
      }
    }
  };
  let k = 0;
  const re = /[()]|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while (k < order.length && (m = re.exec(text)) !== null) {
    while (k < order.length && cites[order[k]].span[0] < m.index) mark(cites[order[k++]]);
    if (m[0] === '(') stack.push(m.index);
    else if (m[0] === ')') stack.pop();
    else stack.length = 0;
  }
  while (k < order.length) mark(cites[order[k++]]);
}
