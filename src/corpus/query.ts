/**
 * The user's search syntax, checked and rewritten into a safe FTS5 expression. Supported:
 *   words                 compassionate release     (all words, implicit AND)
 *   "phrases"             "extraordinary and compelling"
 *   AND OR NOT            exhaustion NOT covid    (upper case, as in FTS5)
 *   -word                 exhaustion -covid       (same as NOT)
 *   prefix*               exhaust*
 *   ( )                   (covid OR pandemic) AND obesity
 *   column:word           title:raia
 * Every word and phrase is re-quoted, so punctuation (`3582(c)(1)(A)`, `F.3d`) never reaches the FTS5
 * parser as syntax. A malformed query raises QueryError with a message meant for the user.
 */

export class QueryError extends Error {
  override name = 'QueryError';
}

type Token =
  | { t: 'term'; text: string; prefix: boolean; column: string | null }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: 'open' }
  | { t: 'close' };

const COLUMNS = new Set(['title', 'text']);

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const s = input;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(') { out.push({ t: 'open' }); i++; continue; }
    if (ch === ')') { out.push({ t: 'close' }); i++; continue; }
    let column: string | null = null;
    // title:raia   title:"compassionate release"
    const col = /^([a-z]+):(?=\S)/i.exec(s.slice(i, i + 12));
    if (col && COLUMNS.has(col[1].toLowerCase())) { column = col[1].toLowerCase(); i += col[0].length; }
    let negate = false;
    if (s[i] === '-' && i + 1 < s.length && /[^\s-]/.test(s[i + 1]) && (i === 0 || /[\s(]/.test(s[i - 1]))) { negate = true; i++; }
    if (negate) out.push({ t: 'op', op: 'NOT' });
    if (s[i] === '"' || s[i] === '“') {
      const close = s[i] === '“' ? /["”]/g : /"/g;
      close.lastIndex = i + 1;
      const m = close.exec(s);
      if (!m) throw new QueryError(`unclosed quote in search query at position ${i + 1}`);
      const text = s.slice(i + 1, m.index);
      i = m.index + 1;
      const prefix = s[i] === '*';
      if (prefix) i++;
      if (text.trim()) out.push({ t: 'term', text, prefix, column });
      continue;
    }
    const m = /[^\s()"]+/y;
    m.lastIndex = i;
    const w = m.exec(s);
    if (!w) { i++; continue; }
    i += w[0].length;
    const word = w[0];
    if (!column && !negate && (word === 'AND' || word === 'OR' || word === 'NOT')) { out.push({ t: 'op', op: word }); continue; }
    const prefix = word.endsWith('*');
    const text = word.replace(/\*+$/, '');
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if (negate) out.pop();
      continue; // punctuation alone (`§`, `--`) carries no terms
    }
    out.push({ t: 'term', text, prefix, column });
  }
  return out;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Rewrites a user query into FTS5 syntax, or throws QueryError. Returns '' for an empty query. */
export function toFtsQuery(input: string): string {
  const tokens = tokenize(input);
  const parts: string[] = [];
  let depth = 0;
  // `expectOperand`: at the start, after an operator or `(`.
  let expectOperand = true;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.t === 'term') {
      const term = `${tok.column ? `${tok.column} : ` : ''}${quote(tok.text)}${tok.prefix ? ' *' : ''}`;
      parts.push(expectOperand ? term : `AND ${term}`);
      expectOperand = false;
    } else if (tok.t === 'open') {
      parts.push(expectOperand ? '(' : 'AND (');
      depth++;
      expectOperand = true;
    } else if (tok.t === 'close') {
      if (depth === 0) throw new QueryError('unbalanced ")" in search query');
      if (expectOperand) throw new QueryError('empty group or operator before ")" in search query');
      parts.push(')');
      depth--;
    } else {
      if (expectOperand) {
        if (tok.op === 'NOT' && parts.length === 0) throw new QueryError('a query cannot start with NOT (FTS needs something to exclude from: try "word NOT other")');
        throw new QueryError(`"${tok.op}" needs a word or phrase before it`);
      }
      parts.push(tok.op);
      expectOperand = true;
    }
  }
  if (depth > 0) throw new QueryError('unbalanced "(" in search query');
  if (parts.length && expectOperand) throw new QueryError('search query ends with an operator');
  return parts.join(' ').replace(/ \*/g, '*');
}
