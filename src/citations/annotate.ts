/**
 * Annotation: wraps each citation in markup inside the original plain text or HTML.
 *
 * Plain text is HTML-escaped. In HTML, citations found on `htmlToText(html).text` are mapped back to
 * the source and the source is kept byte for byte outside the inserted markup. The output is never
 * broken: a wrapper that would straddle tags first grows over tags that touch its ends
 * (`<i>Howsam</i> at 84` -> one wrapper around the `<i>`), else it is split into one wrapper per
 * balanced piece (`<i><w>1 U.S.</w></i><w> 1</w>`), or skipped with `unbalanced: 'skip'`. Attribute
 * values are escaped, and `javascript:`/`data:` links are dropped.
 */
import { htmlToText } from '../input/html.js';
import type { Citation } from './types.js';

export interface AnnotateOptions {
  /** `auto` (default): HTML when `toHtml` is given or the input contains tags. */
  format?: 'auto' | 'text' | 'html';
  /** Which span to wrap: the citation core (default) or case name through parenthetical. */
  range?: 'span' | 'fullSpan';
  /** Makes each citation a link `<a class="citation" href=...>`; null = no link for this one. */
  href?: (citation: Citation, index: number) => string | null;
  /** Wrapper element and class (default `span`, `citation`; `a` when `href` gives a link). */
  tag?: string;
  className?: string;
  /** Extra attributes for the default wrapper (values escaped; null = left out). */
  attributes?: (citation: Citation, index: number) => Record<string, string | number | null>;
  /** Custom markup before/after each citation (inserted as is: the caller answers for it). */
  before?: (citation: Citation, index: number) => string;
  after?: (citation: Citation, index: number) => string;
  /** Replaces a wrapped piece entirely; `inner` is HTML (escaped text, or the source markup). */
  wrap?: (citation: Citation, index: number, inner: string) => string;
  /** HTML input: offset in the text the citations index -> offset in the HTML (default: htmlToText). */
  toHtml?: (offset: number) => number;
  /** A citation that straddles tags: split the wrapper (default) or leave it unannotated. */
  unbalanced?: 'split' | 'skip';
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text and attribute values for HTML. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

const UNSAFE_URL = /^[\s\u0000-\u001f]*(?:javascript|vbscript|data)\s*:/i;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;

/** Wraps every citation of `citations` (spans into the text, or into htmlToText(html).text). */
export function annotate(textOrHtml: string, citations: readonly Citation[], options: AnnotateOptions = {}): string {
  const html = options.format === 'html' || (options.format !== 'text' && (options.toHtml !== undefined || looksLikeHtml(textOrHtml)));
  return html ? annotateHtml(textOrHtml, citations, options) : annotateText(textOrHtml, citations, options);
}

/** A real tag (`<p>`, `</i>`, `<span class=..>`, `<!-- -->`), not `a < b` or `<12123`. */
function looksLikeHtml(s: string): boolean {
  return /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--)/.test(s);
}

// ---- wrappers --------------------------------------------------------------------------------------

interface Wrapper {
  open: string;
  close: string;
  wrap?: (inner: string) => string;
}

function wrapperFor(c: Citation, i: number, o: AnnotateOptions): Wrapper {
  if (o.wrap) {
    const w = o.wrap;
    return { open: '', close: '', wrap: (inner) => w(c, i, inner) };
  }
  if (o.before || o.after) return { open: o.before?.(c, i) ?? '', close: o.after?.(c, i) ?? '' };
  let href = o.href?.(c, i) ?? null;
  if (href !== null && UNSAFE_URL.test(href)) href = null;
  const tag = o.tag && TAG_NAME.test(o.tag) ? o.tag : href !== null ? 'a' : 'span';
  const attrs: Record<string, string | number | null> = {
    class: o.className ?? 'citation',
    ...(href !== null ? { href } : {}),
    'data-kind': c.kind,
    'data-authority': c.authority,
    'data-resolves-to': c.resolvesTo,
    ...(c.ambiguous ? { 'data-ambiguous': 'true' } : {}),
    ...(o.attributes?.(c, i) ?? {}),
  };
  let open = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || !/^[A-Za-z_:][-A-Za-z0-9_:.]*$/.test(k)) continue;
    open += ` ${k}="${escapeHtml(String(v))}"`;
  }
  return { open: open + '>', close: `</${tag}>` };
}

const render = (w: Wrapper, inner: string) => (w.wrap ? w.wrap(inner) : w.open + inner + w.close);

/** Citations in text order with a usable, non-overlapping range (the first of two overlapping wins). */
function ranges(citations: readonly Citation[], length: number, o: AnnotateOptions): Array<{ c: Citation; i: number; s: number; e: number }> {
  const list = citations
    .map((c, i) => {
      const r = o.range === 'fullSpan' ? c.fullSpan : c.span;
      return { c, i, s: r?.[0] ?? -1, e: r?.[1] ?? -1 };
    })
    .filter((x) => Number.isInteger(x.s) && Number.isInteger(x.e) && x.s >= 0 && x.e > x.s && x.e <= length)
    .sort((a, b) => a.s - b.s || b.e - a.e || a.i - b.i);
  const kept: typeof list = [];
  for (const x of list) if (kept.length === 0 || x.s >= kept[kept.length - 1].e) kept.push(x);
  return kept;
}

// ---- plain text ------------------------------------------------------------------------------------

function annotateText(text: string, citations: readonly Citation[], o: AnnotateOptions): string {
  let out = '';
  let at = 0;
  for (const { c, i, s, e } of ranges(citations, text.length, o)) {
    out += escapeHtml(text.slice(at, s)) + render(wrapperFor(c, i, o), escapeHtml(text.slice(s, e)));
    at = e;
  }
  return out + escapeHtml(text.slice(at));
}

// ---- HTML ------------------------------------------------------------------------------------------

type TokenType = 'text' | 'open' | 'close' | 'neutral';
interface Token {
  start: number;
  end: number;
  type: TokenType;
  name: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * Splits HTML into text runs and tags the way a browser's tokenizer does for our purpose: `<` opens a
 * tag only before a letter, `/`, `!` or `?` (`a < b`, `<12123` are text); quoted attribute values may
 * hold `>`; comments, doctypes, void elements and raw-text elements (`<script>...</script>`) are neutral.
 */
export function tokenizeHtml(html: string): Token[] {
  const tokens: Token[] = [];
  let text = 0;
  const pushText = (end: number) => {
    if (end > text) tokens.push({ start: text, end, type: 'text', name: '' });
  };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    let end = -1;
    let type: TokenType = 'neutral';
    let name = '';
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      end = close < 0 ? html.length : close + 3;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = html.indexOf('>', i);
      end = close < 0 ? html.length : close + 1;
    } else if (next === 47 /* / */ && /[A-Za-z]/.test(html[i + 2] ?? '')) {
      const close = html.indexOf('>', i);
      end = close < 0 ? html.length : close + 1;
      name = /^<\/([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64))?.[1].toLowerCase() ?? '';
      type = VOID.has(name) ? 'neutral' : 'close';
    } else if (letter) {
      end = tagEnd(html, i);
      name = /^<([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64))?.[1].toLowerCase() ?? '';
      const selfClosing = html.charCodeAt(end - 2) === 47;
      type = VOID.has(name) || selfClosing ? 'neutral' : 'open';
      if (RAW.has(name) && !selfClosing) {
        const m = new RegExp(`</${name}\\s*>`, 'ig');
        m.lastIndex = end;
        const r = m.exec(html);
        end = r ? r.index + r[0].length : html.length;
        type = 'neutral';
      }
    }
    if (end < 0) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    pushText(i);
    tokens.push({ start: i, end, type, name });
    text = end;
    i = html.indexOf('<', end);
  }
  pushText(html.length);
  return tokens;
}

/** End of a start tag, past quoted attribute values that may hold `>`. */
function tagEnd(html: string, i: number): number {
  let quote = 0;
  for (let k = i + 1; k < html.length; k++) {
    const ch = html.charCodeAt(k);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) {
      if (/[=\s]/.test(html[k - 1])) quote = ch;
    } else if (ch === 62) return k + 1;
  }
  return html.length;
}

/** Index of the token holding source offset `pos` (binary search). */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes (into `tokens`) of the tags in [a, b] that have no partner inside the range. */
function unmatched(tokens: Token[], a: number, b: number): number[] {
  const stack: number[] = [];
  const lone: number[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t.type === 'open') stack.push(k);
    else if (t.type === 'close') {
      if (stack.length > 0 && tokens[stack[stack.length - 1]].name === t.name) stack.pop();
      else lone.push(k);
    }
  }
  return [...lone, ...stack].sort((x, y) => x - y);
}

/** The source end of the text character at text offset `last` (entities and surrogate pairs whole). */
function charEnd(html: string, p: number): number {
  if (html[p] === '&') {
    const m = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/.exec(html.slice(p, p + 40));
    if (m) return p + m[0].length;
  }
  const ch = html.charCodeAt(p);
  return ch >= 0xd800 && ch <= 0xdbff ? p + 2 : p + 1;
}

function annotateHtml(html: string, citations: readonly Citation[], o: AnnotateOptions): string {
  let toHtml = o.toHtml;
  let textLength = Number.MAX_SAFE_INTEGER;
  if (!toHtml) {
    const t = htmlToText(html);
    toHtml = t.toHtml;
    textLength = t.text.length;
  }
  const tokens = tokenizeHtml(html);
  const inserts: Array<{ at: number; s: string }> = [];
  const replaces: Array<{ s: number; e: number; with: string }> = [];
  let lastEnd = 0;

  for (const { c, i, s, e } of ranges(citations, textLength, o)) {
    let hs = toHtml(s);
    let he = charEnd(html, toHtml(e - 1));
    if (!(hs >= lastEnd && he > hs && he <= html.length)) continue;
    let a = tokenAt(tokens, hs);
    let b = tokenAt(tokens, he - 1);
    if (tokens[a].type !== 'text' || tokens[b].type !== 'text') continue;

    // Grow over tags touching either end when that balances the range.
    if (unmatched(tokens, a, b).length > 0) {
      const starts = [a];
      for (let k = a - 1; k >= 0 && hs === tokens[a].start && tokens[k].type !== 'text' && starts.length < 5; k--) starts.push(k);
      const ends = [b];
      for (let k = b + 1; k < tokens.length && he === tokens[b].end && tokens[k].type !== 'text' && ends.length < 5; k++) ends.push(k);
      const tries = starts.flatMap((x, si) => ends.map((y, ei) => ({ x, y, cost: si + ei }))).sort((p, q) => p.cost - q.cost);
      const fit = tries.find((t) => t.cost > 0 && tokens[t.x].start >= lastEnd && unmatched(tokens, t.x, t.y).length === 0);
      if (fit) {
        if (fit.x !== a) hs = tokens[fit.x].start;
        if (fit.y !== b) he = tokens[fit.y].end;
        a = fit.x;
        b = fit.y;
      }
    }
    const lone = unmatched(tokens, a, b);
    const w = wrapperFor(c, i, o);
    if (lone.length === 0) {
      pushPiece(hs, he);
    } else if (o.unbalanced === 'skip') {
      continue;
    } else {
      // One wrapper per piece between tags that have no partner in the range.
      let from = hs;
      for (const k of lone) {
        pieceOrTexts(from, tokens[k].start);
        from = tokens[k].end;
      }
      pieceOrTexts(from, he);
    }
    lastEnd = he;

    function pushPiece(ps: number, pe: number) {
      if (w.wrap) replaces.push({ s: ps, e: pe, with: w.wrap(html.slice(ps, pe)) });
      else {
        inserts.push({ at: ps, s: w.open });
        inserts.push({ at: pe, s: w.close });
      }
    }
    function pieceOrTexts(ps: number, pe: number) {
      if (pe <= ps) return;
      const x = tokenAt(tokens, ps);
      const y = tokenAt(tokens, pe - 1);
      if (!tokens.slice(x, y + 1).some((t) => t.type === 'text')) return;
      if (unmatched(tokens, x, y).length === 0) return pushPiece(ps, pe);
      // Misnested markup: wrap each text run on its own.
      for (let k = x; k <= y; k++) if (tokens[k].type === 'text') pushPiece(Math.max(ps, tokens[k].start), Math.min(pe, tokens[k].end));
    }
  }

  // Apply in source order; at one offset, earlier insertions first (a close before the next open).
  const edits = [...inserts.map((x, n) => ({ s: x.at, e: x.at, with: x.s, n })), ...replaces.map((x, n) => ({ ...x, n: inserts.length + n }))];
  edits.sort((p, q) => p.s - q.s || p.n - q.n);
  let out = '';
  let at = 0;
  for (const ed of edits) {
    out += html.slice(at, ed.s) + ed.with;
    at = ed.e;
  }
  return out + html.slice(at);
}
