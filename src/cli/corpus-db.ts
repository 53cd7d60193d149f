/** Checks on the --db file before a command opens it, so a typo gets a sentence and not an SQLite error. */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { UsageError } from './errors.js';

const SQLITE_HEADER = 'SQLite format 3\0';

/** What is wrong with `db` as a corpus file, or null when it looks like an SQLite database (or is new and empty). */
function problemWith(db: string): string | null {
  const s = statSync(db);
  if (s.isDirectory()) return 'is a folder, not a corpus database file';
  if (!s.isFile()) return 'is not a regular file';
  if (s.size === 0) return null;
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(db, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === SQLITE_HEADER ? null : 'is not a courtreader corpus database (not an SQLite file)';
}

/** For commands that read a corpus: it must exist and be a database. */
export function existingCorpus(db: string): string {
  if (db === ':memory:') return db;
  if (!existsSync(db)) throw new UsageError(`no corpus database at ${db} (create one with "courtreader ingest FOLDER --db ${db}")`);
  const p = problemWith(db);
  if (p) throw new UsageError(`${db} ${p}`);
  if (statSync(db).size === 0) throw new UsageError(`${db} is empty, not a corpus database (create one with "courtreader ingest FOLDER --db ${db}")`);
  return db;
}

/** For commands that write a corpus: a new file is fine, an existing one must be a database. */
export function writableCorpus(db: string): string {
  if (db === ':memory:' || !existsSync(db)) return db;
  const p = problemWith(db);
  if (p) throw new UsageError(`--db ${db} ${p}; refusing to write to it`);
  return db;
}
