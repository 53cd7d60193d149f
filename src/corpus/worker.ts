/** The piscina worker: a task is a file path (or a stored document id to reindex); the answer is a record. */
import Database from 'better-sqlite3';
import type { IngestRecord } from './store.js';
import { readFileRecord, reindexRecord } from './read-file.js';

export type Task = { path: string } | { db: string; id: number };

let db: Database.Database | null = null;
let dbPath = '';

export default async function run(task: Task): Promise<IngestRecord> {
  if ('path' in task) return readFileRecord(task.path);
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
