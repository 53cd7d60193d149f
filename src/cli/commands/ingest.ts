/** `courtreader ingest PATH... [--db FILE] [--workers N]`: read files into the corpus database. */
import type { Command } from 'commander';
import { openCorpus, DEFAULT_DB } from '../../corpus/index.js';
import { ingest, defaultWorkers } from '../../corpus/ingest.js';
import { progressView } from '../../corpus/progress.js';

export const intOption = (name: string, min = 0) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${v}"`);
  return n;
};

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read every .txt .pdf .html .htm .json file under PATH... into the corpus database')
    .argument('<paths...>', 'files or folders')
    .option('--db <file>', 'corpus database', DEFAULT_DB)
    .option('--workers <n>', `worker threads (0 = read on the main thread; default ${defaultWorkers()})`, intOption('--workers'))
    .option('--batch-size <n>', 'documents per transaction (default 64)', intOption('--batch-size', 1))
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], o: { db: string; workers?: number; batchSize?: number; json?: boolean; quiet?: boolean }) => {
      const store = openCorpus(o.db);
      const view = o.quiet ? null : progressView('ingest');
      try {
        const s = await ingest(store, paths, { workers: o.workers, batchSize: o.batchSize, onProgress: (p) => view?.update(p) });
        view?.stop();
        for (const m of s.missing) process.stderr.write(`courtreader: no such file or folder: ${m}\n`);
        if (o.json) {
          process.stdout.write(`${JSON.stringify({ ...s, files: s.files.length }, null, 2)}\n`);
        } else {
          const secs = s.elapsedMs / 1000;
          process.stdout.write(
            `added ${s.added}, replaced ${s.replaced}, skipped ${s.skipped}, failed ${s.failed} ` +
            `(${s.total} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s: ` +
            `${(s.total / Math.max(secs, 1e-3)).toFixed(1)} files/s) -> ${o.db}\n`);
          for (const f of s.failures.slice(0, 20)) process.stdout.write(`  failed: ${f.path}: ${f.error}\n`);
          if (s.failures.length > 20) process.stdout.write(`  ... and ${s.failures.length - 20} more (courtreader search --errors)\n`);
        }
        if (s.missing.length) process.exitCode = 2;
      } finally {
        view?.stop();
        await store.close();
      }
    });
}
