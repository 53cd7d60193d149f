/** The page frame: header navigation, main, footer. Everything rendered through hono/jsx is escaped. */
import type { Child } from 'hono/jsx';

export type Section = 'read' | 'search' | 'citator' | 'stats' | 'document';

export function Layout(props: { title: string; section: Section; q?: string; children?: Child }) {
  const nav: Array<[Section, string, string]> = [
    ['read', '/', 'Read an order'],
    ['search', '/search', 'Search'],
    ['citator', '/citator', 'Citator'],
    ['stats', '/stats', 'Analytics'],
  ];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · courtreader</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <header class="top">
          <div class="wrap">
            <a class="brand" href="/">courtreader</a>
            <nav>
              {nav.map(([id, href, label]) => (
                <a href={href} class={id === props.section ? 'on' : ''}>{label}</a>
              ))}
            </nav>
            <form action="/search" method="get" role="search">
              <input type="search" name="q" value={props.q ?? ''} placeholder="Search the corpus" aria-label="Search the corpus" />
            </form>
          </div>
        </header>
        <main>{props.children}</main>
        <footer>courtreader · runs locally · document text is shown as text, never as markup</footer>
      </body>
    </html>
  );
}

export function Notice(props: { kind: 'error' | 'warn'; children?: Child }) {
  return <div class={`notice ${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>{props.children}</div>;
}

/** Previous/next links that keep the other query parameters. */
export function Pager(props: { base: string; params: Record<string, string | undefined>; offset: number; limit: number; total: number }) {
  const { offset, limit, total } = props;
  if (total <= limit && offset === 0) return null;
  const link = (o: number) => `${props.base}?${queryString({ ...props.params, offset: o > 0 ? String(o) : undefined })}`;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <div class="pager">
      {offset > 0 ? <a class="button secondary" href={link(Math.max(0, offset - limit))} rel="prev">← Previous</a> : null}
      <span class="muted small">{from.toLocaleString('en-US')}–{to.toLocaleString('en-US')} of {total.toLocaleString('en-US')}</span>
      {offset + limit < total ? <a class="button secondary" href={link(offset + limit)} rel="next">Next →</a> : null}
    </div>
  );
}

/** `a=1&b=x` from the defined, non-empty entries. */
export function queryString(params: Record<string, string | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, v);
  return u.toString();
}

export function DispositionTag(props: { value: string | null }) {
  if (!props.value) return <span class="muted">—</span>;
  return <span class={`tag ${props.value}`}>{humanize(props.value)}</span>;
}

/** `denied_without_prejudice` -> `denied without prejudice` */
export function humanize(s: string): string {
  return s.replace(/_/g, ' ');
}

export function percent(x: number | null | undefined, digits = 1): string {
  return x == null ? '—' : `${(x * 100).toFixed(digits)}%`;
}
