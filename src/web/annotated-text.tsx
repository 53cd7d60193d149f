/**
 * The document text with citations linked and facts marked where they were read.
 * Spans may overlap and cross, so the text is cut at every span boundary and each piece is wrapped
 * on its own: a piece inside a citation becomes `<a class="cite">`, a piece inside facts gets `<mark>`.
 * The first piece of a citation carries `id="c{idx}"` (and is preceded by an empty `#at{start}` anchor), the first piece of a fact `id="f{id}"`, so
 * short forms link to their antecedents (`#c3`) and the facts panel links to its evidence (`#f2`).
 * All text goes through JSX and is escaped.
 */
import type { Child } from 'hono/jsx';

export type SpanPair = [number, number];

export interface TextCite {
  idx: number;
  span: SpanPair;
  /** `case`, `caseShort`, `id`, `supra`, `law`, `record`, ... */
  kind: string;
  href: string | null;
  title: string;
}

export interface TextMark {
  id: string;
  span: SpanPair;
  label: string;
}

const SHORT_KINDS = new Set(['caseShort', 'id', 'supra', 'reference']);

function citeClass(kind: string): string {
  if (SHORT_KINDS.has(kind)) return 'cite short';
  if (kind === 'law') return 'cite law';
  if (kind === 'record') return 'cite record';
  return 'cite';
}

function validSpan(s: SpanPair | null | undefined, len: number): s is SpanPair {
  return !!s && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] > s[0] && s[1] <= len;
}

export function AnnotatedText(props: { text: string; cites: TextCite[]; marks: TextMark[]; maxChars?: number }) {
  const text = props.maxChars && props.text.length > props.maxChars ? props.text.slice(0, props.maxChars) : props.text;
  const len = text.length;
  const cites = props.cites.filter((c) => validSpan(c.span, len)).sort((a, b) => a.span[0] - b.span[0]);
  // Citations should not overlap; if they do, keep the earlier one.
  const kept: TextCite[] = [];
  for (const c of cites) if (!kept.length || c.span[0] >= kept[kept.length - 1].span[1]) kept.push(c);
  const marks = props.marks.filter((m) => validSpan(m.span, len));

  const cuts = new Set<number>([0, len]);
  for (const c of kept) { cuts.add(c.span[0]); cuts.add(c.span[1]); }
  for (const m of marks) { cuts.add(m.span[0]); cuts.add(m.span[1]); }
  const points = [...cuts].sort((a, b) => a - b);

  const out: Child[] = [];
  let ci = 0;
  const openedMarks = new Set<string>();
  const openedCites = new Set<number>();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const piece = text.slice(s, e);
    while (ci < kept.length && kept[ci].span[1] <= s) ci++;
    const cite = ci < kept.length && kept[ci].span[0] <= s && kept[ci].span[1] >= e ? kept[ci] : null;
    const covering = marks.filter((m) => m.span[0] <= s && m.span[1] >= e);
    let node: Child = piece;
    if (covering.length) {
      const first = covering.find((m) => !openedMarks.has(m.id));
      if (first) openedMarks.add(first.id);
      node = (
        <mark id={first ? `f${first.id}` : undefined} data-f={covering.map((m) => m.id).join(' ')} title={covering.map((m) => m.label).join('; ')}>
          {piece}
        </mark>
      );
    }
    if (cite) {
      const isFirst = !openedCites.has(cite.idx);
      openedCites.add(cite.idx);
      // An empty anchor at the citation's start offset lets the citator link to `#at{offset}`.
      if (isFirst) out.push(<span id={`at${cite.span[0]}`} class="at"></span>);
      node = (
        <a class={citeClass(cite.kind)} id={isFirst ? `c${cite.idx}` : undefined} href={cite.href ?? undefined} title={cite.title} data-kind={cite.kind}>
          {node}
        </a>
      );
    }
    out.push(node);
  }
  return <div class="doc-text">{out}</div>;
}
