/**
 * Ingest: files -> worker threads (read + readOrder) -> batched transactions on the calling thread.
 * Unchanged files are skipped by content hash before any parsing; each batch commits as one
 * transaction, so a killed run loses at most the batch in flight and the next run picks up from there.
 * Files are handed out costliest first, one at a time as threads ask (never in fixed shares), and each
 * thread holds one file in reserve so it keeps reading while the calling thread commits.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AddStatus, CorpusStore, IngestRecord } from './store.js';
import { readFileRecord, reindexRecord, sha256 } from './read-file.js';
import { costliestFirst, walkFiles } from './walk.js';
import runTask, { type Task, type TaskResult, type TaskStats } from './worker.js';
import { ProfileRecorder, type IngestProfile, type TaskTiming } from './ingest-profile.js';
import { threadCpuMs } from './thread-cpu.js';
import type { OcrMode } from '../input/ocr.js';

export type { IngestProfile, TaskTiming, ThreadUse } from './ingest-profile.js';

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
  /** Text per transaction (default 2 MB): a commit blocks the calling thread, keep each one short. */
  batchBytes?: number;
  /** Longest time a finished record waits before its batch commits (default 1000 ms). */
  flushMs?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Called once per file with what happened to it. */
  onFile?: (file: string, status: AddStatus | 'failed', error?: string) => void;
  /** Called once per file read, with its thread and timing (for benchmarks and profiles). */
  onTask?: (t: TaskTiming) => void;
  /** OCR of image-only PDFs (readDocument's option): auto (default), never, always. */
  ocr?: OcrMode;
}

export interface IngestSummary extends IngestProgress {
  files: string[];
  missing: string[];
  failures: Array<{ path: string; error: string }>;
  /** Where the time went: per-thread busy time and CPU, main-thread and process CPU, the tail. */
  profile: IngestProfile;
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
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  readonly failures: Array<{ path: string; error: string }> = [];

  constructor(private store: CorpusStore, private p: IngestProgress, private opts: IngestOptions) {}

  push(rec: IngestRecord): void {
    this.pending.push(rec);
    this.pendingBytes += rec.text.length;
    if (this.pending.length >= (this.opts.batchSize ?? 64) || this.pendingBytes >= (this.opts.batchBytes ?? 2_000_000)) this.flush();
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
    this.pendingBytes = 0;
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

interface Runner {
  run: (t: Task) => Promise<TaskResult>;
  close: () => Promise<void>;
}

/** A read on the calling thread, timed like a worker's. */
async function local(read: () => Promise<IngestRecord>): Promise<TaskResult> {
  const cpuStartMs = threadCpuMs();
  const startMs = Date.now();
  const record = await read();
  const stats: TaskStats = { thread: 0, startMs, endMs: Date.now(), cpuStartMs, cpuEndMs: threadCpuMs() };
  return { record, stats };
}

/** A worker built before tasks carried their timing answers with the bare record: still take it. */
function asResult(r: TaskResult | IngestRecord): TaskResult {
  if ('record' in r && 'stats' in r) return r;
  const now = Date.now();
  return { record: r as IngestRecord, stats: { thread: -1, startMs: now, endMs: now, cpuStartMs: null, cpuEndMs: null } };
}

function makeRunner(workers: number): Runner {
  if (workers <= 0) {
    return {
      run: async (t) => ('path' in t ? runTask(t) : Promise.reject(new Error('in-process reindex takes records'))),
      close: async () => {},
    };
  }
  const filename = workerFile();
  // Started on the first file that needs reading: a re-run over unchanged files starts no thread at all
  // (each would load the readers, ~0.2 s of CPU, for nothing).
  let piscina: Piscina<Task, TaskResult | IngestRecord> | null = null;
  const pool = () => (piscina ??= new Piscina<Task, TaskResult | IngestRecord>({
    filename, minThreads: workers, maxThreads: workers, idleTimeout: 1000,
    // Two tasks per thread: the second waits inside the worker, so a thread that finishes a file while the
    // calling thread is busy committing starts the next one at once instead of idling until it is free.
    concurrentTasksPerWorker: 2,
  }));
  // The reader never throws for a bad file, so a rejected task is the thread itself failing (it could not
  // load, or died): read that file here instead of losing it.
  const run = (t: Task): Promise<TaskResult> =>
    pool().run(t).then(asResult, (err: unknown) => ('path' in t ? local(() => readFileRecord(t.path, { ocr: t.ocr })) : Promise.reject(err)));
  return { run, close: async () => { await piscina?.destroy(); } };
}

export async function ingest(store: CorpusStore, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const profile = new ProfileRecorder(opts.onTask);
  const { files, missing, sizes } = await walkFiles(paths);
  const p: IngestProgress = { total: files.length, done: 0, added: 0, replaced: 0, skipped: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  const committer = new Committer(store, p, opts);
  const workers = opts.workers ?? defaultWorkers();
  // Never more threads than files.
  const runner = makeRunner(Math.min(workers, files.length));
  const tick = setInterval(() => { p.elapsedMs = Date.now() - started; opts.onProgress?.(p); }, 500);
  try {
    await pool(costliestFirst(files, sizes), Math.max(1, workers) * 3, async (file) => {
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
      const { record, stats } = await runner.run({ path: file, ocr: opts.ocr });
      profile.task(file, size, stats);
      committer.push(record);
    });
    await committer.flush();
  } finally {
    clearInterval(tick);
    await runner.close();
  }
  p.elapsedMs = Date.now() - started;
  opts.onProgress?.(p);
  return { ...p, files, missing, failures: committer.failures, profile: profile.finish() };
}

/** Re-reads every stored document with the current rules (texts come from the DB; failed files from disk). */
export async function reindex(store: CorpusStore, dbPath: string | null, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const profile = new ProfileRecorder(opts.onTask);
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
        const { record, stats } = !row.text
          ? await local(() => readFileRecord(row.path, { ocr: opts.ocr }))
          : workers > 0 ? await runner.run({ db: dbPath!, id: row.id }) : await local(() => reindexRecord(row));
        profile.task(row.path, row.text.length, stats);
        committer.push(force(record));
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
  return { ...p, files: [], missing: [], failures: committer.failures, profile: profile.finish() };
}
