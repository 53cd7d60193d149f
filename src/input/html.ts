/**
 * HTML to text with an offset map back to the HTML source: court web pages (chrome dropped),
 * CourtListener opinion HTML (`html_with_citations`, `<pre class="inline">`), Harvard/CAP XML and
 * Caselaw Access Project casebody HTML. Block tags become line breaks, paragraphs blank lines,
 * whitespace collapses as a browser would (except inside `<pre>`), entities are decoded.
 */
import { Parser } from 'htmlparser2';
import type { Span } from '../engine/types.js';
import { OffsetMapBuilder } from '../text/offset-map.js';

export interface HtmlText {
  text: string;
  /** Set when the markup nests deeper than MAX_NESTING: how many tags were read as spaces. */
  flattenedTags?: number;
  /** Offset in `text` -> offset in the HTML source. */
  toHtml(offset: number): number;
  /** A text span as the HTML span that covers its characters. */
  toHtmlSpan(start: number, end: number): Span;
}

/** Elements whose content is never text of the document. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'form', 'button', 'select',
  'textarea', 'iframe', 'object', 'canvas', 'dialog', 'math',
]);
/** Page chrome, dropped unless it sits inside the opinion itself. */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
/** Elements that hold the opinion; `header`/`footer`/`aside` (CAP footnotes) inside them are kept. */
const CONTENT_TAGS = new Set(['article', 'opinion', 'main']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'complementary']);
/** class or id tokens of chrome and of page-number markers inside the text (`*1005`). */
const CHROME_TOKEN =
  /(?:^|\s)(?:nav|navbar|navigation|sidebar|sidebar-section|modal|breadcrumbs?|menu|skip-link|cookie-banner|hidden-print|d-print-none|no-print|noprint|sr-only|visually-hidden|star-pagination|page-label)(?:\s|$)/;

/** Elements that end a paragraph (blank line). */
const PARAGRAPH_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ol', 'ul', 'dl', 'section',
  'article', 'opinion', 'footnote', 'figure', 'hr', 'aside',
]);
/** Elements that end a line. */
const LINE_TAGS = new Set([
  'div', 'br', 'li', 'tr', 'dd', 'dt', 'center', 'address', 'main', 'header', 'footer', 'caption',
  'figcaption', 'fieldset', 'details', 'summary', 'author', 'title', 'tbody', 'thead', 'tfoot',
  'casebody', 'parties', 'docket', 'court', 'decisiondate', 'attorneys', 'headnotes', 'summary',
]);
const CELL_TAGS = new Set(['td', 'th']);

interface Open {
  name: string;
  skip: boolean;
  pre: boolean;
  content: boolean;
}

function isChrome(name: string, attribs: Record<string, string>, inContent: boolean): boolean {
  if (SKIP_TAGS.has(name)) return true;
  if (CHROME_TAGS.has(name) && !inContent) return true;
  const role = attribs.role;
  if (role !== undefined && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const cls = attribs.class;
  if (cls !== undefined && CHROME_TOKEN.test(cls)) return true;
  const id = attribs.id;
  return id !== undefined && CHROME_TOKEN.test(id);
}

// Whitespace a browser would collapse: a run of HTML spaces.   "  \n\t  "
const HTML_SPACE_RUN = /[ \t\n\r\f]+/g;
// Text needing collapsing: any tab/newline/CR/FF, two spaces, or a space at either end.
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}|^ | $/;

function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Open elements beyond this depth are read as spaces (the parser's cost grows with depth squared). */
export const MAX_NESTING = 1000;
/** Elements that hold no content, and elements a parser closes by itself when the next one opens. */
const NO_DEPTH = new Set([
  'br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', 'tfoot',
]);
// A start or end tag:  "<div class=x>"  "</font>"  "<br/>"
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/**
 * Markup nested thousands deep (`<div>` x 200,000, or `<font>` never closed) makes htmlparser2 slow
 * (quadratic: 35 s for 1 MB). Tags opened past MAX_NESTING, and the end tags that match them, are
 * replaced by as many spaces, so every offset still points at the same source character. Real opinions
 * nest a few dozen deep; unclosed `<p>`/`<li>`/`<td>` do not count (the parser closes them itself).
 */
export function flattenDeepNesting(html: string): { html: string; flattened: number } {
  const stack: string[] = [];
  const blanked = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (NO_DEPTH.has(name) || m[3] === '/') continue;
    if (m[1] !== '/') {
      if (stack.length >= MAX_NESTING) {
        cuts.push([m.index, m.index + m[0].length]);
        blanked.set(name, (blanked.get(name) ?? 0) + 1);
      } else stack.push(name);
      continue;
    }
    const excess = blanked.get(name) ?? 0;
    if (excess > 0 && stack[stack.length - 1] !== name) {
      cuts.push([m.index, m.index + m[0].length]);
      blanked.set(name, excess - 1);
      continue;
    }
    // Pop to the matching element when it is near the top (a stray end tag closes nothing).
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - 64; k--) {
      if (stack[k] === name) {
        stack.length = k;
        break;
      }
    }
  }
  if (cuts.length === 0) return { html, flattened: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of cuts) {
    parts.push(html.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), flattened: cuts.length };
}

export function htmlToText(source: string): HtmlText {
  const flat = flattenDeepNesting(source);
  const html = flat.html;
  const b = new OffsetMapBuilder();
  let acc = '';
  const stack: Open[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let contentDepth = 0;
  /** Trailing newlines emitted (0, 1, 2+), to merge block breaks. */
  let newlines = 2;
  /** Source offset of a collapsed space waiting for the next word, or -1. */
  let pendingSpace = -1;

  const breakAt = (count: 1 | 2, source: number) => {
    pendingSpace = -1;
    if (acc.length === 0) return; // no leading blank lines
    while (newlines < count) {
      acc += '\n';
      b.fixedAt(source, 1);
      newlines++;
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = isChrome(name, attribs, contentDepth > 0);
        const content = CONTENT_TAGS.has(name) || (attribs.class !== undefined && attribs.class.includes('casebody'));
        const pre = name === 'pre' || name === 'textarea' || name === 'plaintext';
        stack.push({ name, skip, pre, content });
        if (skip) skipDepth++;
        if (pre) preDepth++;
        if (content) contentDepth++;
        if (skipDepth > 0) return;
        if (PARAGRAPH_TAGS.has(name)) breakAt(2, parser.startIndex);
        else if (LINE_TAGS.has(name)) breakAt(1, parser.startIndex);
      },
      onclosetag(name) {
        let k = stack.length - 1;
        while (k >= 0 && stack[k].name !== name) k--;
        if (k < 0) return;
        while (stack.length > k) {
          const e = stack.pop()!;
          if (e.skip) skipDepth--;
          if (e.pre) preDepth--;
          if (e.content) contentDepth--;
          if (skipDepth > 0) continue;
          const at = Math.min(parser.startIndex, html.length - 1);
          if (e.name === 'br') breakAt(1, at);
          else if (PARAGRAPH_TAGS.has(e.name)) breakAt(2, at);
          else if (LINE_TAGS.has(e.name)) breakAt(1, at);
          else if (CELL_TAGS.has(e.name) && newlines === 0 && pendingSpace < 0) pendingSpace = at;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        // Plain text ends at endIndex (inclusive) and is verbatim in the source; anything else is a
        // decoded entity, whose characters all stand for its `&`.
        const end = parser.endIndex + 1;
        let start = end - data.length;
        if (!html.startsWith(data, start)) {
          start = Math.max(0, html.lastIndexOf('&', parser.endIndex));
          if (isWhitespaceOnly(data) && preDepth === 0) {
            if (newlines === 0 && pendingSpace < 0) pendingSpace = start;
            return;
          }
          flushSpace();
          acc += data;
          b.fixedAt(start, data.length);
          newlines = data.endsWith('\n') ? 1 : 0;
          return;
        }
        if (preDepth > 0) {
          if (data.length === 0) return;
          flushSpace();
          acc += data;
          b.run(start, data.length);
          newlines = trailingNewlines(data, newlines);
          return;
        }
        // Common case: no whitespace to collapse, the chunk is copied whole.
        if (!NEEDS_COLLAPSE.test(data)) {
          if (data.length === 0) return;
          flushSpace();
          acc += data;
          b.run(start, data.length);
          newlines = 0;
          return;
        }
        let at = 0;
        HTML_SPACE_RUN.lastIndex = 0;
        for (let m = HTML_SPACE_RUN.exec(data); m; m = HTML_SPACE_RUN.exec(data)) {
          if (m.index > at) {
            flushSpace();
            acc += data.slice(at, m.index);
            b.run(start + at, m.index - at);
            newlines = 0;
          }
          if (newlines === 0 && pendingSpace < 0 && acc.length > 0) pendingSpace = start + m.index;
          at = m.index + m[0].length;
        }
        if (at < data.length) {
          flushSpace();
          acc += data.slice(at);
          b.run(start + at, data.length - at);
          newlines = 0;
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: true },
  );

  function flushSpace() {
    if (pendingSpace >= 0) {
      acc += ' ';
      b.char(pendingSpace);
      pendingSpace = -1;
    }
  }

  parser.write(html);
  parser.end();
  // Drop trailing line breaks.
  let text = acc;
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === ' ')) end--;
  const map = b.build(html.length);
  if (end < text.length) text = text.slice(0, end);
  return {
    text,
    ...(flat.flattened ? { flattenedTags: flat.flattened } : {}),
    toHtml: (o) => map.toSource(Math.min(o, text.length)),
    toHtmlSpan: (s, e) => map.spanToSource(s, Math.min(e, text.length)),
  };
}

function isWhitespaceOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHtmlSpace(s.charCodeAt(i))) return false;
  return true;
}

function trailingNewlines(s: string, before: number): number {
  let k = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\n'; i--) k++;
  return k === s.length ? before + k : k;
}
