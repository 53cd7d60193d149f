/**
 * The piscina worker: a task is a file path (or a stored document id to reindex); the answer is the record
 * with the thread's timing for that task (see `TaskStats`), which ingest turns into per-thread figures.
 */
import Database from 'better-sqlite3';
import { threadId } from 'node:worker_threads';
import type { IngestRecord } from './store.js';
import { readFileRecord, reindexRecord } from './read-file.js';
import { threadCpuMs } from './thread-cpu.js';
import type { OcrMode } from '../input/ocr.js';

export type Task = { path: string; ocr?: OcrMode } | { db: string; id: number };

/** When a task ran on its thread (epoch ms) and the thread's CPU time (ms) before and after it. */
export interface TaskStats {
  thread: number;
  startMs: number;
  endMs: number;
  /** CPU time of this thread when the task began and ended (null where the platform does not say). */
  cpuStartMs: number | null;
  cpuEndMs: number | null;
}

export interface TaskResult {
  record: IngestRecord;
  stats: TaskStats;
}

let db: Database.Database | null = null;
let dbPath = '';

function storedRecord(task: { db: string; id: number }): Promise<IngestRecord> {
  if (!db || dbPath !== task.db) {
    db?.close();
    db = new Database(task.db, { readonly: true, fileMustExist: true });
    dbPath = task.db;
  }
  const row = db.prepare(`SELECT d.path, d.sha256, d.format, d.bytes, coalesce(t.text, '') AS text
    FROM documents d LEFT JOIN texts t ON t.id = d.id WHERE d.id = ?`).get(task.id) as
    | { path: string; sha256: string; format: string; bytes: number; text: string }
    | undefined;
  if (!row) throw new Error(`document ${task.id} not found`);
  return reindexRecord(row);
}

export default async function run(task: Task): Promise<TaskResult> {
  const cpuStartMs = threadCpuMs();
  const startMs = Date.now();
  const record = 'path' in task ? await readFileRecord(task.path, { ocr: task.ocr }) : await storedRecord(task);
  return { record, stats: { thread: threadId, startMs, endMs: Date.now(), cpuStartMs, cpuEndMs: threadCpuMs() } };
}
