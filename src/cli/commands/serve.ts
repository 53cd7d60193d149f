/** `courtreader serve [--db FILE] [--port N] [--host ADDR]`: the web app over an existing corpus. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openCorpus } from '../../corpus/index.js';
import type { CorpusStore } from '../../corpus/store.js';
import { startServer, type RunningServer } from '../../server/serve.js';
import { existingCorpus } from '../corpus-db.js';
import { UsageError } from '../errors.js';

export interface ServeCliOptions {
  db?: string;
  port?: string;
  host?: string;
  maxUploadMb?: string;
}

export function parsePort(s: string | undefined, def: number): number {
  if (s === undefined) return def;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, not "${s}"`);
  return n;
}

/** Serve `store` and print the address; stops cleanly on SIGINT/SIGTERM. */
export async function serveStore(store: CorpusStore | null, o: ServeCliOptions): Promise<RunningServer> {
  const maxMb = o.maxUploadMb ? Number(o.maxUploadMb) : 20;
  if (!(maxMb > 0)) throw new UsageError(`--max-upload-mb must be a positive number, not "${o.maxUploadMb}"`);
  const server = await startServer({ store, port: parsePort(o.port, 8080), host: o.host ?? '127.0.0.1', maxUploadBytes: Math.round(maxMb * 1048576) });
  process.stdout.write(`courtreader is serving on ${server.url}\n`);
  if (!/^(127\.|::1$|localhost$)/.test(o.host ?? '127.0.0.1')) {
    process.stderr.write('courtreader: warning: bound beyond this machine; the app has no login, anyone who can reach it can read the corpus\n');
  }
  const stop = () => {
    void server.close().then(() => store?.close()).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app (read, search, citator, analytics) and its JSON API on 127.0.0.1')
    .option('--db <file>', 'corpus database', './courtreader.db')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--max-upload-mb <n>', 'largest upload accepted, MB', '20')
    .action(async (o: ServeCliOptions) => {
      const db = o.db ?? './courtreader.db';
      parsePort(o.port, 8080); // a bad --port is reported before anything else
      if (!existsSync(db)) {
        process.stderr.write(`courtreader: no corpus at ${db}; the read page works, search needs "courtreader ingest PATH --db ${db}"\n`);
      }
      try {
        await serveStore(existsSync(db) ? openCorpus(existingCorpus(db)) : null, o);
      } catch (e) {
        throw listenError(e, o);
      }
    });
}

/** A failed listen() in words: which address, and what to do. */
export function listenError(e: unknown, o: ServeCliOptions): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  const where = `${o.host ?? '127.0.0.1'} port ${o.port ?? '8080'}`;
  if (code === 'EADDRINUSE') return new Error(`${where} is already in use; pick another with --port (0 = any free port)`);
  if (code === 'EACCES') return new Error(`no permission to listen on ${where}; use a port above 1023`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new Error(`cannot bind ${o.host}: not an address of this machine (--host)`);
  return e;
}
