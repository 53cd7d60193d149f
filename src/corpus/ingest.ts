/**
 * Ingest: files -> worker threads (read + readOrder) -> batched transactions on the calling thread.
 * Unchanged files are skipped by content hash before any parsing; each batch commits as one
 * transaction, so a killed run loses at most the batch in flight and the next run picks up from there.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AddStatus, CorpusStore, IngestRecord } from './store.js';
import { readFileRecord, reindexRecord, sha256 } from './read-file.js';
import { walkFiles } from './walk.js';
import type { Task } from './worker.js';

export interface IngestProgress {
  total: number;
  done: number;
  added: number;
  replaced: number;
  skipped: number;
  failed: number;
  bytes: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Worker threads; 0 reads in the calling thread. Default: min(2, cores). */
  workers?: number;
  /** Records per transaction (default 64). */
  batchSize?: number;
  /** Longest time a finished record waits before its batch commits (default 1000 ms). */
  flushMs?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Called once per file with what happened to it. */
  onFile?: (file: string, status: AddStatus | 'failed', error?: string) => void;
}

export interface IngestSummary extends IngestProgress {
  files: string[];
  missing: string[];
  failures: Array<{ path: string; error: string }>;
}

/** The compiled worker; under a TypeScript runner (tests) the built copy in dist/ is used. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  const built = path.resolve(path.dirname(here), '../../dist/corpus/worker.js');
  if (!existsSync(built)) throw new Error(`worker threads need the build (${built}); run \`npm run build\` or use workers: 0`);
  return built;
}

export const defaultWorkers = (): number => Math.max(1, Math.min(2, availableParallelism()));

/** Commits records in batches and keeps the counts. */
class Committer {
  private pending: IngestRecord[] = [];
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  readonly failures: Array<{ path: string; error: string }> = [];

  constructor(private store: CorpusStore, private p: IngestProgress, private opts: IngestOptions) {}

  push(rec: IngestRecord): void {
    this.pending.push(rec);
    if (this.pending.length >= (this.opts.batchSize ?? 64)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.opts.flushMs ?? 1000);
  }

  count(status: AddStatus | 'failed', file: string, error?: string): void {
    this.p.done++;
    if (status === 'failed') {
      this.p.failed++;
      this.failures.push({ path: file, error: error ?? 'unknown error' });
    } else this.p[status]++;
    this.opts.onFile?.(file, status, error);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) {
      this.chain = this.chain.then(async () => {
        const results = await this.store.addDocuments(batch);
        results.forEach((r, i) => {
          const rec = batch[i];
          this.count(rec.error && r.status !== 'skipped' ? 'failed' : r.status, rec.path, rec.error ?? undefined);
          if (!rec.error || r.status === 'skipped') this.p.bytes += rec.bytes;
        });
        this.opts.onProgress?.(this.p);
      });
    }
    return this.chain;
  }
}

/** Runs `work` over items with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

function makeRunner(workers: number): { run: (t: Task) => Promise<IngestRecord>; close: () => Promise<void> } {
  if (workers <= 0) {
    return {
      run: async (t) => ('path' in t ? readFileRecord(t.path) : Promise.reject(new Error('in-process reindex takes records'))),
      close: async () => {},
    };
  }
  const piscina = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  // The reader never throws for a bad file, so a rejected task is the thread itself failing (it could not
  // load, or died): read that file here instead of losing it.
  const run = (t: Task): Promise<IngestRecord> =>
    piscina.run(t).catch((err: unknown) => ('path' in t ? readFileRecord(t.path) : Promise.reject(err)));
  return { run, close: () => piscina.destroy() };
}

export async function ingest(store: CorpusStore, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const { files, missing } = await walkFiles(paths);
  const p: IngestProgress = { total: files.length, done: 0, added: 0, replaced: 0, skipped: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  const committer = new Committer(store, p, opts);
  const workers = opts.workers ?? defaultWorkers();
  const runner = makeRunner(workers);
  const tick = setInterval(() => { p.elapsedMs = Date.now() - started; opts.onProgress?.(p); }, 500);
  try {
    await pool(files, Math.max(1, workers) * 3, async (file) => {
      // Hash first: an unchanged file costs one read and one index lookup, no parsing.
      let hash: string | null = null;
      let size = 0;
      try {
        const bytes = await readFile(file);
        hash = sha256(bytes);
        size = bytes.length;
      } catch { /* unreadable: the reader records the error */ }
      const stored = hash ? await store.hashOf(file) : null;
      if (hash && (stored === hash || (stored === null && (await store.hasHash(hash))))) {
        p.bytes += size;
        committer.count('skipped', file);
        return;
      }
      committer.push(await runner.run({ path: file }));
    });
    await committer.flush();
  } finally {
    clearInterval(tick);
    await runner.close();
  }
  p.elapsedMs = Date.now() - started;
  opts.onProgress?.(p);
  return { ...p, files, missing, failures: committer.failures };
}

/** Re-reads every stored document with the current rules (texts come from the DB; failed files from disk). */
export async function reindex(store: CorpusStore, dbPath: string | null, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const counts = await store.counts();
  const p: IngestProgress = { total: counts.documents, done: 0, added: 0, replaced: 0, skipped: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  const committer = new Committer(store, p, opts);
  const workers = dbPath ? (opts.workers ?? defaultWorkers()) : 0;
  const runner = makeRunner(workers);
  const tick = setInterval(() => { p.elapsedMs = Date.now() - started; opts.onProgress?.(p); }, 500);
  const force = (rec: IngestRecord): IngestRecord => ({ ...rec, force: true });
  try {
    const inflight = new Set<Promise<void>>();
    for await (const row of store.eachText()) {
      const task = async () => {
        const rec = !row.text
          ? await readFileRecord(row.path)
          : workers > 0 ? await runner.run({ db: dbPath!, id: row.id }) : await reindexRecord(row);
        committer.push(force(rec));
      };
      const t = task().finally(() => inflight.delete(t));
      inflight.add(t);
      if (inflight.size >= Math.max(1, workers) * 3) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await committer.flush();
  } finally {
    clearInterval(tick);
    await runner.close();
  }
  p.elapsedMs = Date.now() - started;
  return { ...p, files: [], missing: [], failures: committer.failures };
}
