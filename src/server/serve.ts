/** Starts the web app on a socket (127.0.0.1 by default) and returns its address and a way to stop it. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { CorpusStore } from '../corpus/store.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  store: CorpusStore | null;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      // Build the store's in-memory indexes while no one is waiting for a page (about a second at
      // 100,000 documents), rather than during the first search or dashboard request.
      const store = opts.store;
      if (store?.warm) setImmediate(() => { store.warm!().catch((e) => process.stderr.write(`courtreader serve: warming the corpus indexes failed: ${e}\n`)); });
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((res) => server.close(() => res())),
      });
    });
    server.once('error', reject);
  });
}
