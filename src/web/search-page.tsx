/** Page 2: full-text search with facets and pagination. */
import type { Child } from 'hono/jsx';
import type { FacetCount, SearchResult } from '../corpus/store.js';
import { DispositionTag, humanize, Layout, Notice, Pager, queryString } from './layout.js';

export type SearchParams = Record<'q' | 'court' | 'judge' | 'motion' | 'disposition' | 'from' | 'to' | 'cites', string | undefined>;

/** Store snippets wrap matches in `[[` and `]]`: split and bold them, escaping everything. */
export function Snippet(props: { text: string }) {
  const parts: Child[] = [];
  const re = /\[\[([\s\S]*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(props.text); m; m = re.exec(props.text)) {
    if (m.index > last) parts.push(props.text.slice(last, m.index));
    parts.push(<b>{m[1]}</b>);
    last = m.index + m[0].length;
  }
  if (last < props.text.length) parts.push(props.text.slice(last));
  return <div class="snippet">{parts}</div>;
}

function FacetList(props: { name: keyof SearchParams; title: string; counts: FacetCount[]; params: SearchParams }) {
  if (!props.counts.length) return null;
  const current = props.params[props.name];
  return (
    <div class="facet" data-facet={props.name}>
      <h3>{props.title}</h3>
      <ul>
        {props.counts.slice(0, 12).map((f) => {
          // The year facet sets both ends of the date range.
          const isYear = props.name === 'from';
          const on = current === f.value && (!isYear || props.params.to === f.value);
          const value = on ? undefined : f.value;
          const href = `/search?${queryString({ ...props.params, [props.name]: value, ...(isYear ? { to: value } : {}) })}`;
          return (
            <li>
              <a href={href} class={on ? 'on' : ''}>{on ? '✕ ' : ''}{humanize(f.value)}</a>
              <span class="count">{f.count.toLocaleString('en-US')}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function SearchPage(props: { params: SearchParams; result: SearchResult | null; offset: number; limit: number; error?: string; ms?: number }) {
  const { params, result } = props;
  const facets = result?.facets;
  const active = (Object.entries(params) as Array<[keyof SearchParams, string | undefined]>).filter(([k, v]) => k !== 'q' && v);
  return (
    <Layout title={params.q ? `Search: ${params.q}` : 'Search'} section="search" q={params.q}>
      <h1>Search the corpus</h1>
      <form class="card row" method="get" action="/search" id="search-form">
        <input type="search" name="q" value={params.q ?? ''} placeholder='e.g. "extraordinary and compelling" exhaust*' size={48} aria-label="query" />
        {active.filter(([k]) => k !== 'from' && k !== 'to').map(([k, v]) => <input type="hidden" name={k} value={v} />)}
        <label class="small">from <input type="text" name="from" value={params.from ?? ''} placeholder="2020-01" size={9} /></label>
        <label class="small">to <input type="text" name="to" value={params.to ?? ''} placeholder="2021-12" size={9} /></label>
        <button type="submit">Search</button>
        <span class="small muted">"phrases", AND / OR / NOT, -word, prefix*, title:word</span>
      </form>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      {active.length ? (
        <p class="small">
          Filters:{' '}
          {active.map(([k, v]) => (
            <><a class="tag" href={`/search?${queryString({ ...params, [k]: undefined })}`} title="remove this filter">{k}: {v} ✕</a>{' '}</>
          ))}
        </p>
      ) : null}
      {result ? (
        <div class="grid-side">
          <aside class="card">
            {facets ? (
              <>
                <FacetList name="court" title="Court" counts={facets.court} params={params} />
                <FacetList name="motion" title="Motion" counts={facets.motion} params={params} />
                <FacetList name="disposition" title="Disposition" counts={facets.disposition} params={params} />
                <FacetList name="judge" title="Judge" counts={facets.judge} params={params} />
                <FacetList name="from" title="Year" counts={facets.year} params={params} />
              </>
            ) : <p class="muted">No facets.</p>}
          </aside>
          <section class="card" id="results">
            <p class="muted small" id="result-count">
              {result.total.toLocaleString('en-US')} {result.total === 1 ? 'document' : 'documents'}
              {props.ms != null ? ` · ${props.ms} ms` : ''}
              {result.rankedOver ? ` · ranked among the ${result.rankedOver.toLocaleString('en-US')} most recently added matches (add words or filters to rank them all)` : ''}
            </p>
            {result.results.map((h) => (
              <div class="hit">
                <div class="title"><a href={`/documents/${h.id}`}>{h.title ?? h.path.split('/').pop() ?? `Document ${h.id}`}</a></div>
                <div class="meta">
                  {[h.court, h.docket, h.date, h.judge].filter(Boolean).join(' · ') || h.path}
                </div>
                {h.snippet ? <Snippet text={h.snippet} /> : null}
              </div>
            ))}
            {!result.results.length ? <p class="muted">Nothing matched.</p> : null}
            <Pager base="/search" params={params} offset={props.offset} limit={props.limit} total={result.total} />
          </section>
        </div>
      ) : null}
    </Layout>
  );
}

export { DispositionTag };
