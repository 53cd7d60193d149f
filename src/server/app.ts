/**
 * The web app: server-rendered pages and a JSON API over one CorpusStore. `createApp` builds a Hono app
 * that can be served (serve.ts) or exercised without a socket through `app.request()` (tests).
 */
import { Hono } from 'hono';
import type { CorpusStore } from '../corpus/store.js';
import { clientScript, styleSheet } from '../web/assets.js';
import { apiRoutes } from './api.js';
import { pageRoutes } from './pages.js';
import { createReader, DEFAULT_READER_OPTIONS, type Reader } from './read.js';
import { securityHeaders } from './security.js';

export interface AppOptions {
  /** The corpus; null serves only the read page and /api/read. */
  store: CorpusStore | null;
  /** Reads an uploaded or pasted order (default: a worker-thread reader with limits). */
  reader?: Reader;
  /** Upload limit in bytes (default 20 MB). */
  maxUploadBytes?: number;
  /** Characters of a document's text shown on its page (default 2,000,000). */
  maxTextChars?: number;
}

export interface AppContext {
  store: CorpusStore | null;
  reader: Reader;
  maxUploadBytes: number;
  maxTextChars: number;
}

export function createApp(opts: AppOptions): Hono {
  const ctx: AppContext = {
    store: opts.store,
    maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_READER_OPTIONS.maxBytes,
    reader: opts.reader ?? createReader({ maxBytes: opts.maxUploadBytes ?? DEFAULT_READER_OPTIONS.maxBytes }),
    maxTextChars: opts.maxTextChars ?? 2_000_000,
  };
  const app = new Hono();
  app.use('*', securityHeaders);
  app.get('/static/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(styleSheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/static/app.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(clientScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.route('/api', apiRoutes(ctx));
  app.route('/', pageRoutes(ctx));
  app.onError((err, c) => {
    process.stderr.write(`courtreader serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err}\n`);
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'internal error' }, 500);
    return c.text('Internal error. The server is still running; see its log.', 500);
  });
  return app;
}
