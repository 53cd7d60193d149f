/**
 * `courtreader start` (what `npm start` runs): with no --db, ingests the sample corpus the project ships
 * (examples/corpus/, constructed orders) into ./courtreader.db, skipping files already there; then serves
 * the web app on 127.0.0.1 and prints the address.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_DB, openCorpus } from '../../corpus/index.js';
import { ingest } from '../../corpus/ingest.js';
import { listenError, serveStore, type ServeCliOptions } from './serve.js';
import { existingCorpus } from '../corpus-db.js';

/** examples/corpus/ of the installed package (dist/cli/commands/ -> package root). */
export function sampleCorpusDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../../examples/corpus');
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled sample orders (unless --db is given) and serve the web app on 127.0.0.1')
    .option('--db <file>', 'serve this corpus instead of the sample one')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .action(async (o: ServeCliOptions) => {
      let db = o.db;
      if (!db) {
        db = DEFAULT_DB;
        const dir = sampleCorpusDir();
        if (existsSync(dir)) {
          const store = openCorpus(db);
          try {
            const s = await ingest(store, [dir]);
            process.stdout.write(`sample corpus: added ${s.added}, replaced ${s.replaced}, already there ${s.skipped}, failed ${s.failed} -> ${db}\n`);
            for (const f of s.failures) process.stdout.write(`  failed: ${f.path}: ${f.error}\n`);
          } finally {
            await store.close();
          }
        } else {
          process.stderr.write(`courtreader: no sample corpus at ${dir}; serving ${db} as it is\n`);
        }
      } else {
        existingCorpus(db);
      }
      const store = openCorpus(db);
      try {
        await serveStore(store, { ...o, db });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || o.port !== '8080') throw listenError(e, o);
        // The default port is taken: pick a free one rather than fail.
        await serveStore(store, { ...o, db, port: '0' });
      }
    });
}
