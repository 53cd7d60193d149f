/** Page 3: one stored document: facts, motions, codes, annotated text, what it cites and what cites it. */
import type { DocumentCitations, StoredDocument } from '../corpus/store.js';
import { AnnotatedText } from './annotated-text.js';
import { captionName, citator, citesFromStored, factsFromStored, marksOf } from './facts.js';
import { DispositionTag, humanize, Layout, Notice } from './layout.js';
import { FactsPanel } from './read-page.js';

export function DocumentPage(props: { doc: StoredDocument; links: DocumentCitations; maxChars: number }) {
  const { doc, links } = props;
  const facts = factsFromStored(doc);
  const name = doc.path.split('/').pop() ?? doc.path;
  const truncated = doc.text.length > props.maxChars;
  const heading = captionName(facts) ?? doc.title ?? name;
  return (
    <Layout title={heading} section="document">
      <h1>{heading}</h1>
      <p class="muted" id="doc-meta">
        {[heading === doc.title ? null : doc.title, doc.court, doc.docket, doc.date, doc.judge].filter(Boolean).join(' · ')}
        {' · '}<span title={doc.path}>{name}</span> · {doc.format} · {doc.bytes.toLocaleString('en-US')} bytes ·{' '}
        <a href={`/api/documents/${doc.id}`}>JSON</a>
      </p>
      {doc.error ? <Notice kind="error">This file could not be read: {doc.error}</Notice> : null}
      <div class="grid">
        <div>
          {doc.motions.length ? (
            <div class="card">
              <table class="motions">
                <thead><tr><th>Motion</th><th>Doc.</th><th>Movant</th><th>Pro se</th><th>Disposition</th></tr></thead>
                <tbody>
                  {doc.motions.map((m) => (
                    <tr>
                      <td>{humanize(m.kind)}</td>
                      <td>{m.docEntry ?? '—'}</td>
                      <td>{m.movant ? humanize(m.movant) : '—'}</td>
                      <td>{m.proSe == null ? '—' : m.proSe ? 'yes' : 'no'}</td>
                      <td><DispositionTag value={m.disposition} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {truncated ? <Notice kind="warn">Showing the first {props.maxChars.toLocaleString('en-US')} of {doc.text.length.toLocaleString('en-US')} characters.</Notice> : null}
          <AnnotatedText text={doc.text} cites={citesFromStored(doc)} marks={marksOf(facts)} maxChars={props.maxChars} />
        </div>
        <aside>
          <div class="card" id="facts">
            <h2>Facts read</h2>
            <FactsPanel facts={facts} />
          </div>
          <div class="card" id="cites">
            <h2>Cites ({links.cites.length})</h2>
            {links.cites.length ? (
              <table>
                <tbody>
                  {links.cites.map((c) => (
                    <tr>
                      <td>
                        <a href={citator(c.cite)}>{c.cite}</a>
                        {c.caseName ? <div class="small muted">{c.caseName}</div> : null}
                      </td>
                      <td class="num" title="times cited in this document">{c.count}×</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : <p class="muted">No citations.</p>}
          </div>
          <div class="card" id="cited-by">
            <h2>Cited by ({links.citedBy.length})</h2>
            {links.citedBy.length ? (
              <ul>
                {links.citedBy.map((d) => <li><a href={`/documents/${d.id}`}>{d.title ?? d.path}</a> <span class="muted small">{d.court} {d.date}</span></li>)}
              </ul>
            ) : <p class="muted small">No document in the corpus cites this one.</p>}
          </div>
        </aside>
      </div>
    </Layout>
  );
}
