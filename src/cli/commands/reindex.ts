/** `courtreader reindex [--db FILE]`: re-read stored documents with the current rules. */
import type { Command } from 'commander';
import { openCorpus, DEFAULT_DB } from '../../corpus/index.js';
import { defaultWorkers, reindex } from '../../corpus/ingest.js';
import { progressView } from '../../corpus/progress.js';
import { intOption } from './ingest.js';
import { existingCorpus } from '../corpus-db.js';
import { EXIT } from '../errors.js';
import type { OcrMode } from '../../input/ocr.js';
import { ocrOption } from '../inputs.js';

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('re-read every stored document with the current rules (texts from the database; failed files from disk)')
    .option('--db <file>', 'corpus database', DEFAULT_DB)
    .option('--workers <n>', `worker threads (0 = read on the main thread; default ${defaultWorkers()})`, intOption('--workers'))
    .option('--quiet', 'no progress output')
    .addOption(ocrOption())
    .action(async (o: { db: string; workers?: number; quiet?: boolean; ocr?: OcrMode }) => {
      const store = openCorpus(existingCorpus(o.db));
      const view = o.quiet ? null : progressView('reindex');
      try {
        const s = await reindex(store, o.db, { workers: o.workers, ocr: o.ocr, onProgress: (p) => view?.update(p) });
        view?.stop();
        process.stdout.write(`reindexed ${s.replaced} documents, failed ${s.failed} (${(s.elapsedMs / 1000).toFixed(1)} s)\n`);
        for (const f of s.failures.slice(0, 20)) process.stdout.write(`  failed: ${f.path}: ${f.error}\n`);
        if (s.failures.length > 20) process.stdout.write(`  ... and ${s.failures.length - 20} more (courtreader search --errors)\n`);
        if (s.failed) process.exitCode = EXIT.failed;
      } finally {
        view?.stop();
        await store.close();
      }
    });
}
