/**
 * `courtreader_hit(id)`, a SQL function that filters rows by a mask over document ids held in JavaScript
 * (`doc-mask.ts`) and can record the ids it keeps. One byte lookup per row: a full-text pass or a scan of
 * `doc_authorities` is filtered without joining `documents` or copying ids into a temp table.
 */
import type Database from 'better-sqlite3';

/** The ids kept by the running statement (better-sqlite3 runs one statement at a time per thread). */
export class Hits {
  ids = new Int32Array(1024);
  n = 0;
  constructor(readonly mask: Uint8Array, readonly collect: boolean) {}
  test(id: number): number {
    if (id >= this.mask.length || this.mask[id] === 0) return 0;
    if (this.collect) {
      if (this.n === this.ids.length) {
        const grown = new Int32Array(this.ids.length * 2);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[this.n++] = id;
    }
    return 1;
  }
  kept(): Int32Array {
    return this.ids.subarray(0, this.n);
  }
}

let current: Hits | null = null;
const registered = new WeakSet<Database.Database>();

export function withHits<T>(db: Database.Database, hits: Hits, run: () => T): T {
  if (!registered.has(db)) {
    // Not deterministic: SQLite must call it for every row, never reuse a result.
    db.function('courtreader_hit', { deterministic: false }, (id: unknown) => (current ? current.test(Number(id)) : 0));
    registered.add(db);
  }
  current = hits;
  try {
    return run();
  } finally {
    current = null;
  }
}
