/** The corpus library: open a store, ingest files, search, cite, count. */
import type { CorpusStore } from './store.js';
import { SqliteStore, type SqliteOptions } from './sqlite/sqlite-store.js';

export type * from './store.js';
export { SqliteStore } from './sqlite/sqlite-store.js';
export type { SqliteOptions } from './sqlite/sqlite-store.js';
export { QueryError, toFtsQuery } from './query.js';
export { parseAuthority, authorityOf, caseKey, lawKey } from './authority.js';
export { buildRecord, failedRecord, flattenCodes } from './record.js';
export { GRANTED, DENIED } from './sqlite/stats.js';
export { ingest, reindex, defaultWorkers } from './ingest.js';
export type { IngestOptions, IngestProgress, IngestSummary, IngestProfile, TaskTiming, ThreadUse } from './ingest.js';
export { readFileRecord, useReaders } from './read-file.js';
export { walkFiles } from './walk.js';

export const DEFAULT_DB = './courtreader.db';

/** Opens (creating and migrating when needed) the corpus database. Only SQLite for now. */
export function openCorpus(path: string = DEFAULT_DB, opts: SqliteOptions = {}): CorpusStore {
  return new SqliteStore(path, opts);
}
