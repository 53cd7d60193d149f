/** Page 1: paste or upload an order, and see it read. */
import type { DocumentSummary } from '../corpus/store.js';
import type { Order } from '../order/types.js';
import { AnnotatedText } from './annotated-text.js';
import { captionName, citesFromOrder, factsFromOrder, marksOf, type FactView } from './facts.js';
import { DispositionTag, humanize, Layout, Notice } from './layout.js';

/** What /api/read returns: the document (without its functions) and the order read from it. */
export interface ReadResult {
  document: {
    text: string;
    pages: Array<{ number: number; span: [number, number] }>;
    source: { path?: string; format: string; field?: string; bytes: number; sha256: string };
    meta: Record<string, string>;
    warnings: Array<{ code: string; message: string; span?: [number, number] }>;
  };
  order: Order;
  /** Milliseconds spent reading. */
  ms: number;
}

export function ReadForm(props: { maxMb: number; text?: string }) {
  return (
    <form class="card" method="post" action="/read" enctype="multipart/form-data" id="read-form">
      <label for="text"><strong>Paste the text of an order</strong></label>
      <textarea id="text" name="text" placeholder="IN THE UNITED STATES DISTRICT COURT …">{props.text ?? ''}</textarea>
      <div class="row">
        <label for="file">or upload a file (text, PDF, HTML or CourtListener JSON, up to {props.maxMb} MB):</label>
        <input type="file" id="file" name="file" accept=".txt,.pdf,.html,.htm,.json,text/plain,application/pdf,text/html,application/json" />
        <button type="submit">Read it</button>
      </div>
    </form>
  );
}

export function ReadPage(props: { maxMb: number; counts?: { documents: number } | null; recent?: DocumentSummary[]; error?: string }) {
  return (
    <Layout title="Read an order" section="read">
      <h1>Read a court order</h1>
      <p class="muted">
        courtreader finds the caption, the motions and what the court did with them, the judge, the date and every
        citation — and shows where in the text it read each one. Nothing leaves this machine.
        {props.counts ? <> The corpus holds <a href="/search">{props.counts.documents.toLocaleString('en-US')} documents</a>.</> : null}
      </p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <ReadForm maxMb={props.maxMb} />
      {props.recent?.length ? (
        <div class="card" id="recent">
          <h2>Recently decided in the corpus</h2>
          <table>
            <thead><tr><th>Document</th><th>Court</th><th>Docket</th><th>Date</th><th>Judge</th></tr></thead>
            <tbody>
              {props.recent.map((d) => (
                <tr>
                  <td><a href={`/documents/${d.id}`}>{d.title ?? d.path.split('/').pop()}</a></td>
                  <td>{d.court ?? ''}</td>
                  <td class="small">{d.docket ?? ''}</td>
                  <td class="small">{d.date ?? ''}</td>
                  <td class="small">{d.judge ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="small"><a href="/search">All documents →</a></p>
        </div>
      ) : null}
    </Layout>
  );
}

function FactsPanel(props: { facts: FactView[] }) {
  const groups = new Map<string, FactView[]>();
  for (const f of props.facts) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  if (!props.facts.length) return <p class="muted">No facts were read.</p>;
  return (
    <div>
      {[...groups].map(([group, facts]) => (
        <>
          <h3>{group}</h3>
          <table class="facts">
            <tbody>
              {facts.map((f) => (
                <tr data-fact={f.id}>
                  <td class="field">{f.field}</td>
                  <td class="val">
                    {f.span ? <a href={`#f${f.id}`} title="show where this was read">{f.value}</a> : f.value}
                    {f.rule ? <div class="rule" title={f.confidence != null ? `confidence ${f.confidence}` : undefined}>{f.rule}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
    </div>
  );
}

export function MotionsSummary(props: { order: Order }) {
  const motions = props.order.motions ?? [];
  if (!motions.length) return <p class="muted">No motion decided by this order was found.</p>;
  return (
    <table class="motions">
      <thead><tr><th>Motion</th><th>Doc.</th><th>Movant</th><th>Pro se</th><th>Disposition</th></tr></thead>
      <tbody>
        {motions.map((m) => (
          <tr>
            <td>{humanize(m.kind.value)}</td>
            <td>{m.docEntry?.value ?? '—'}</td>
            <td>{m.movant ? humanize(m.movant.value) : '—'}</td>
            <td>{m.proSe == null ? '—' : m.proSe.value ? 'yes' : 'no'}</td>
            <td><DispositionTag value={m.disposition?.value ?? null} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReadResultPage(props: { result: ReadResult; name: string | null; json: string; maxMb: number }) {
  const { order, document } = props.result;
  const facts = factsFromOrder(order);
  const cites = citesFromOrder(order.citations ?? []);
  const warnings = [...(document.warnings ?? []), ...(order.warnings ?? [])];
  const heading = captionName(facts) ?? order.title?.value ?? 'Order';
  const caption = [order.title?.value, order.court?.value?.name, order.docketNumbers?.[0]?.value?.printed, order.date?.value].filter(Boolean).join(' · ');
  return (
    <Layout title={`Read: ${props.name ?? heading}`} section="read">
      <h1>{heading}</h1>
      <p class="muted" id="read-caption">
        {caption || 'No caption found'}
        {props.name ? <> · {props.name}</> : null} · {document.source.format} · {document.text.length.toLocaleString('en-US')} characters ·
        {' '}{order.citations?.length ?? 0} citations · read in {props.result.ms} ms
      </p>
      {warnings.map((w) => <Notice kind="warn">{w.code}: {w.message}</Notice>)}
      <div class="grid">
        <div>
          <div class="card"><MotionsSummary order={order} /></div>
          <AnnotatedText text={document.text} cites={cites} marks={marksOf(facts)} />
        </div>
        <aside>
          <div class="card" id="facts">
            <h2>Facts read</h2>
            <p class="small muted">Click a value to see where it was read. Under each value: the rule that read it.</p>
            <FactsPanel facts={facts} />
          </div>
          <div class="card">
            <details class="json" id="json">
              <summary>JSON</summary>
              <p class="small muted">The same record from <code>POST /api/read</code>.</p>
              <pre class="json">{props.json}</pre>
            </details>
          </div>
        </aside>
      </div>
      <h2>Read another</h2>
      <ReadForm maxMb={props.maxMb} />
    </Layout>
  );
}

export { FactsPanel };
