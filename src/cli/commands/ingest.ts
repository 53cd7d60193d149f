/** `courtreader ingest PATH... [--db FILE] [--workers N]`: read files into the corpus database. */
import { InvalidArgumentError, type Command } from 'commander';
import type { OcrMode } from '../../input/ocr.js';
import { ocrOption } from '../inputs.js';
import { openCorpus, DEFAULT_DB } from '../../corpus/index.js';
import { ingest, defaultWorkers } from '../../corpus/ingest.js';
import { progressView } from '../../corpus/progress.js';
import { writableCorpus } from '../corpus-db.js';
import { EXIT } from '../errors.js';

export const intOption = (name: string, min = 0) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}.`);
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
    .addOption(ocrOption())
    .action(async (paths: string[], o: { db: string; workers?: number; batchSize?: number; json?: boolean; quiet?: boolean; ocr?: OcrMode }) => {
      const store = openCorpus(writableCorpus(o.db));
      const view = o.quiet ? null : progressView('ingest');
      try {
        const s = await ingest(store, paths, { workers: o.workers, batchSize: o.batchSize, ocr: o.ocr, onProgress: (p) => view?.update(p) });
        view?.stop();
        for (const m of s.missing) process.stderr.write(`courtreader ingest: ${m}: no such file or folder\n`);
        if (s.total === 0 && s.missing.length < paths.length) {
          process.stderr.write('courtreader ingest: no .txt .pdf .html .htm or .json file under the given paths\n');
        }
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
        // Failed files are in the database with their error (courtreader search --errors); the rest is ingested.
        if (s.missing.length || s.failed || s.total === 0) process.exitCode = EXIT.failed;
      } finally {
        view?.stop();
        await store.close();
      }
    });
}
