/** The HTML pages. Each handler queries the store through paginated, indexed calls and renders JSX. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { QueryError } from '../corpus/query.js';
import { CitatorPage, CitatorTopPage } from '../web/citator-page.js';
import { DocumentPage } from '../web/document-page.js';
import { Layout, Notice } from '../web/layout.js';
import { ReadPage, ReadResultPage } from '../web/read-page.js';
import { SearchPage, type SearchParams } from '../web/search-page.js';
import { StatsPage, type StatsParams } from '../web/stats-page.js';
import type { AppContext } from './app.js';
import { filtersFrom, pagingFrom, param } from './params.js';
import { readInputFrom, ReadRefused } from './read.js';

async function render(c: Context, node: JSX.Element, status: 200 | 400 | 404 | 408 | 413 | 415 | 422 | 500 | 503 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await node.toString()}`, status);
}

function NoCorpus() {
  return (
    <Layout title="No corpus" section="search">
      <Notice kind="warn">No corpus is open. Start the server with <code>courtreader serve --db FILE</code> or run <code>npm start</code>.</Notice>
    </Layout>
  );
}

function NotFound(props: { what: string }) {
  return (
    <Layout title="Not found" section="search">
      <h1>Not found</h1>
      <p class="muted">{props.what}</p>
    </Layout>
  );
}

export function pageRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const q = (c: Context) => (name: string) => c.req.query(name);
  const maxMb = Math.round(ctx.maxUploadBytes / 1048576);

  app.get('/', async (c) => {
    const store = ctx.store;
    // listDocuments' total is an indexed count; counts() also sums bytes and is slower on big corpora.
    const recent = store ? await store.listDocuments({ sort: 'date', limit: 8 }) : null;
    return render(c, <ReadPage maxMb={maxMb} counts={recent ? { documents: recent.total } : null} recent={recent?.documents} />);
  });
  app.get('/read', (c) => c.redirect('/', 302));

  app.post(
    '/read',
    bodyLimit({
      maxSize: ctx.maxUploadBytes + 64 * 1024,
      onError: (c) => render(c, <ReadPage maxMb={maxMb} error={`The upload is larger than the limit of ${maxMb} MB and was refused.`} />, 413),
    }),
    async (c) => {
      try {
        const input = await readInputFrom(c);
        const result = await ctx.reader(input);
        const json = JSON.stringify(result, null, 2);
        return render(c, <ReadResultPage result={result} name={input.name} json={json} maxMb={maxMb} />);
      } catch (e) {
        if (e instanceof ReadRefused) return render(c, <ReadPage maxMb={maxMb} error={e.message} />, e.status);
        throw e;
      }
    },
  );

  app.get('/search', async (c) => {
    if (!ctx.store) return render(c, <NoCorpus />, 503);
    const params: SearchParams = { q: param(q(c), 'q', 1000), ...filtersFrom(q(c)) } as SearchParams;
    const { limit, offset } = pagingFrom(q(c), 20, 100);
    const t0 = performance.now();
    try {
      const result = await ctx.store.search({ q: params.q ?? '', ...filtersFrom(q(c)), limit, offset, facets: true });
      return render(c, <SearchPage params={params} result={result} offset={offset} limit={limit} ms={Math.round(performance.now() - t0)} />);
    } catch (e) {
      if (e instanceof QueryError) return render(c, <SearchPage params={params} result={null} offset={0} limit={limit} error={e.message} />, 400);
      throw e;
    }
  });

  app.get('/documents/:id', async (c) => {
    if (!ctx.store) return render(c, <NoCorpus />, 503);
    const id = Number(c.req.param('id'));
    const doc = Number.isSafeInteger(id) && id > 0 ? await ctx.store.getDocument(id) : null;
    if (!doc) return render(c, <NotFound what={`There is no document ${c.req.param('id')}.`} />, 404);
    const links = await ctx.store.citationsOf(id);
    return render(c, <DocumentPage doc={doc} links={links} maxChars={ctx.maxTextChars} />);
  });

  app.get('/citator', async (c) => {
    if (!ctx.store) return render(c, <NoCorpus />, 503);
    const cite = param(q(c), 'cite');
    if (!cite) {
      const kind = param(q(c), 'kind');
      const rows = await ctx.store.topAuthorities({ ...filtersFrom(q(c)), kind, limit: 50 });
      return render(c, <CitatorTopPage rows={rows} kind={kind} />);
    }
    const { limit, offset } = pagingFrom(q(c), 25, 100);
    const result = await ctx.store.citingDocuments(cite, { ...filtersFrom(q(c)), limit, offset });
    return render(c, <CitatorPage cite={cite} result={result} offset={offset} limit={limit} />);
  });

  app.get('/stats', async (c) => {
    if (!ctx.store) return render(c, <NoCorpus />, 503);
    const store = ctx.store;
    const motionParam = c.req.query('motion');
    const params: StatsParams = {
      // The dashboard opens on compassionate release; `motion=` (empty) selects every motion.
      motion: motionParam === undefined ? 'compassionate_release' : param(q(c), 'motion'),
      court: param(q(c), 'court'),
      judge: param(q(c), 'judge'),
      from: param(q(c), 'from'),
      to: param(q(c), 'to'),
    };
    const filters = { motion: params.motion, court: params.court, judge: params.judge, from: params.from, to: params.to };
    const [byCourt, byMonth, top, motions] = await Promise.all([
      store.stats({ by: 'court', ...filters, limit: 40 }),
      store.stats({ by: 'month', ...filters, limit: 120 }),
      // Most cited cases in the documents deciding the chosen motions, within the court, judge and dates.
      store.topAuthorities({ ...filters, kind: 'case', limit: 12 }),
      store.stats({ by: 'motion', limit: 50 }),
    ]);
    return render(c, <StatsPage params={params} byCourt={byCourt} byMonth={byMonth} top={top} motions={motions.rows.map((r) => r.key)} />);
  });

  app.notFound((c) => render(c, <NotFound what="There is no page at this address." />, 404));
  return app;
}
