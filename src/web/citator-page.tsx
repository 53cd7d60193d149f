/** Page 4: the citator: documents citing an authority with the citing sentence; the most cited authorities. */
import type { AuthorityCount, CitingResult } from '../corpus/store.js';
import { CountBars } from './charts.js';
import { citator } from './facts.js';
import { Layout, Notice, Pager } from './layout.js';

function CiteForm(props: { cite?: string }) {
  return (
    <form class="card row" method="get" action="/citator" id="citator-form">
      <label for="cite"><strong>Authority</strong></label>
      <input type="text" id="cite" name="cite" value={props.cite ?? ''} placeholder="954 F.3d 594 or 18 U.S.C. § 3582" size={40} />
      <button type="submit">Find citing documents</button>
    </form>
  );
}

export function TopAuthoritiesTable(props: { rows: AuthorityCount[] }) {
  return (
    <table id="top-authorities">
      <thead><tr><th>Authority</th><th>Name</th><th>Kind</th><th class="num">Documents</th><th class="num">Citations</th></tr></thead>
      <tbody>
        {props.rows.map((a) => (
          <tr>
            <td><a href={citator(a.cite)}>{a.cite}</a></td>
            <td>{a.caseName ?? ''}</td>
            <td class="muted">{a.kind}</td>
            <td class="num">{a.documents.toLocaleString('en-US')}</td>
            <td class="num">{a.occurrences.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CitatorTopPage(props: { rows: AuthorityCount[]; kind?: string }) {
  const kinds: Array<[string | undefined, string]> = [[undefined, 'All'], ['case', 'Cases'], ['law', 'Statutes and rules']];
  return (
    <Layout title="Citator" section="citator">
      <h1>Citator</h1>
      <CiteForm />
      <div class="card">
        <div class="row">
          <h2>Most cited authorities</h2>
          <span class="small">
            {kinds.map(([k, label]) => (
              <>{k === props.kind ? <strong>{label}</strong> : <a href={k ? `/citator?kind=${k}` : '/citator'}>{label}</a>}{' · '}</>
            ))}
            <a href={`/api/citator${props.kind ? `?kind=${props.kind}` : ''}`}>JSON</a>
          </span>
        </div>
        {props.rows.length ? <TopAuthoritiesTable rows={props.rows} /> : <p class="muted">No citations in the corpus yet.</p>}
      </div>
    </Layout>
  );
}

export function CitatorPage(props: { cite: string; result: CitingResult; offset: number; limit: number }) {
  const r = props.result;
  return (
    <Layout title={`Citator: ${r.cite ?? props.cite}`} section="citator">
      <h1>Citing {r.cite ?? props.cite}</h1>
      <CiteForm cite={props.cite} />
      {r.authority == null ? <Notice kind="warn">“{props.cite}” was not understood as a citation.</Notice> : null}
      <p class="muted" id="citing-count">
        {r.total.toLocaleString('en-US')} {r.total === 1 ? 'document cites' : 'documents cite'} it,{' '}
        {r.occurrences.toLocaleString('en-US')} times in all (short forms included) ·{' '}
        <a href={`/api/citator?cite=${encodeURIComponent(props.cite)}`}>JSON</a> ·{' '}
        <a href={`/search?cites=${encodeURIComponent(r.cite ?? props.cite)}`}>search within them</a>
      </p>
      <div class="card">
        <table id="citing">
          <thead><tr><th>Document</th><th>Court</th><th>Date</th><th class="num">Times</th><th>Citing sentence</th></tr></thead>
          <tbody>
            {r.documents.map((d) => (
              <tr>
                <td><a href={`/documents/${d.id}#at${d.span[0]}`}>{d.title ?? d.path.split('/').pop()}</a>{d.docket ? <div class="small muted">{d.docket}</div> : null}</td>
                <td>{d.court ?? ''}</td>
                <td class="small">{d.date ?? ''}</td>
                <td class="num">{d.count}</td>
                <td class="small">{d.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager base="/citator" params={{ cite: props.cite }} offset={props.offset} limit={props.limit} total={r.total} />
      </div>
    </Layout>
  );
}

export function TopChart(props: { rows: AuthorityCount[] }) {
  return <CountBars title="Most cited authorities (documents citing)" data={props.rows.map((a) => ({ label: a.caseName ? `${a.cite} ${a.caseName}` : a.cite, count: a.documents, href: citator(a.cite) }))} />;
}
