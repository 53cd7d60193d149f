/** The JSON API under /api: the same data as the pages. Every list is paginated (limit <= 100). */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { QueryError } from '../corpus/query.js';
import type { CorpusStore } from '../corpus/store.js';
import type { AppContext } from './app.js';
import { statsCsv } from './csv.js';
import { filtersFrom, pagingFrom, param, statsByFrom } from './params.js';
import { readInputFrom, ReadRefused } from './read.js';

export function apiRoutes(ctx: AppContext): Hono {
  const api = new Hono();
  const q = (c: Context) => (name: string) => c.req.query(name);

  const noStore = (c: Context) => c.json({ error: 'no corpus is open; start the server with --db FILE' }, 503);
  const withStore = (fn: (c: Context, store: CorpusStore) => Promise<Response>) => async (c: Context) => {
    if (!ctx.store) return noStore(c);
    try {
      return await fn(c, ctx.store);
    } catch (e) {
      if (e instanceof QueryError) return c.json({ error: e.message }, 400);
      throw e;
    }
  };

  api.post(
    '/read',
    bodyLimit({
      maxSize: ctx.maxUploadBytes + 64 * 1024,
      onError: (c) => c.json({ error: `The upload is larger than the limit of ${Math.round(ctx.maxUploadBytes / 1048576)} MB.` }, 413),
    }),
    async (c) => {
      try {
        const input = await readInputFrom(c);
        return c.json(await ctx.reader(input));
      } catch (e) {
        if (e instanceof ReadRefused) return c.json({ error: e.message }, e.status);
        throw e;
      }
    },
  );

  api.get('/health', async (c) => c.json({ ok: true, corpus: ctx.store ? await ctx.store.counts() : null }));

  api.get('/search', withStore(async (c, store) => {
    const r = await store.search({ q: param(q(c), 'q', 1000) ?? '', ...filtersFrom(q(c)), ...pagingFrom(q(c)), facets: c.req.query('facets') !== '0' });
    return c.json(r);
  }));

  api.get('/documents', withStore(async (c, store) => {
    const sort = param(q(c), 'sort') as 'date' | 'id' | 'court' | 'title' | undefined;
    return c.json(await store.listDocuments({ ...filtersFrom(q(c)), ...pagingFrom(q(c)), sort, errors: c.req.query('errors') === '1' }));
  }));

  api.get('/documents/:id', withStore(async (c, store) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id < 1) return c.json({ error: 'document id must be a positive integer' }, 400);
    const doc = await store.getDocument(id);
    if (!doc) return c.json({ error: `no document ${id}` }, 404);
    const links = await store.citationsOf(id);
    const body = c.req.query('text') === '0' ? { ...doc, text: undefined } : doc;
    return c.json({ ...body, cites: links.cites, citedBy: links.citedBy });
  }));

  api.get('/citator', withStore(async (c, store) => {
    const cite = param(q(c), 'cite');
    const filters = filtersFrom(q(c));
    const paging = pagingFrom(q(c), cite ? 20 : 50);
    if (cite) return c.json(await store.citingDocuments(cite, { ...filters, ...paging }));
    const kind = param(q(c), 'kind');
    return c.json({ authorities: await store.topAuthorities({ ...filters, ...paging, kind }) });
  }));

  const stats = async (c: Context, store: CorpusStore) => {
    const by = statsByFrom(q(c));
    if (!by) return null;
    const minN = Number.parseInt(c.req.query('minN') ?? '', 10);
    const limit = Number.parseInt(c.req.query('limit') ?? '', 10);
    return store.stats({ by, ...filtersFrom(q(c)), minN: Number.isFinite(minN) ? minN : undefined, limit: Number.isFinite(limit) ? Math.min(1000, limit) : undefined });
  };

  api.get('/stats', withStore(async (c, store) => {
    const r = await stats(c, store);
    return r ? c.json(r) : c.json({ error: 'by must be one of court, judge, motion, ground, month, disposition, year' }, 400);
  }));

  api.get('/stats.csv', withStore(async (c, store) => {
    const r = await stats(c, store);
    if (!r) return c.text('by must be one of court, judge, motion, ground, month, disposition, year\n', 400);
    return c.body(statsCsv(r), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="courtreader-stats-by-${r.by}.csv"`,
    });
  }));

  api.all('*', (c) => c.json({ error: 'no such API route; see docs/web.md' }, 404));
  return api;
}
