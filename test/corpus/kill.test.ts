/**
 * Kills `courtreader ingest` at random points (SIGKILL, 20 times), resumes, and checks that the DB is
 * valid and holds exactly what an uninterrupted run stores. Runs the built CLI (dist/).
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { rng, writeCorpus } from './generate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/courtreader.js');
const built = existsSync(path.join(repoRoot, 'dist/corpus/worker.js')) && existsSync(path.join(repoRoot, 'dist/cli/main.js'));
const KILLS = 20;
const FILES = 200;

function ingestArgs(db: string, dir: string): string[] {
  return [bin, 'ingest', dir, '--db', db, '--workers', '2', '--batch-size', '8', '--quiet'];
}

/** Everything stored, keyed by path, without ids and timestamps (they differ from run to run). */
function contents(dbFile: string) {
  // Read-write: FTS5's integrity-check is issued as an INSERT.
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    const docs = db.prepare(`SELECT d.path, d.sha256, d.format, d.bytes, d.title, d.court, d.docket, d.date, d.judge, d.case_type, d.error,
      (SELECT length(t.text) FROM texts t WHERE t.id = d.id) AS len,
      (SELECT json_group_array(json_array(field, value, span_start, span_end, rule)) FROM (SELECT * FROM facts f WHERE f.doc = d.id ORDER BY rowid)) AS facts,
      (SELECT json_group_array(json_array(idx, kind, disposition, rules)) FROM (SELECT * FROM motions m WHERE m.doc = d.id ORDER BY idx)) AS motions,
      (SELECT json_group_array(json_array(idx, kind, authority, span_start, rule, resolves_to)) FROM (SELECT * FROM citations c WHERE c.doc = d.id ORDER BY idx)) AS citations,
      (SELECT count(*) FROM codes k WHERE k.doc = d.id) AS codes
      FROM documents d ORDER BY d.path`).all();
    const authorities = db.prepare('SELECT * FROM authorities ORDER BY authority').all();
    const fts = db.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'compassionate'`).get();
    const integrity = db.pragma('integrity_check', { simple: true });
    const ftsCheck = (() => { try { db.prepare(`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`).run(); return 'ok'; } catch (e) { return String(e); } })();
    return { docs, authorities, fts, integrity, ftsCheck };
  } finally {
    db.close();
  }
}

/** PRAGMA integrity_check (ok when the run was killed before it created the file) and the documents stored. */
function integrity(dbFile: string): { check: string; documents: number } {
  if (!existsSync(dbFile)) return { check: 'ok', documents: 0 };
  const db = new Database(dbFile, { readonly: true });
  try {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'documents'`).get();
    const documents = hasTable ? (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : 0;
    return { check: String(db.pragma('integrity_check', { simple: true })), documents };
  } finally {
    db.close();
  }
}

/** Stored document count, read without disturbing the writer (null before the schema exists). */
function storedCount(dbFile: string): number | null {
  if (!existsSync(dbFile)) return null;
  try {
    const db = new Database(dbFile, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Runs ingest and SIGKILLs it after `afterMs`, or as soon as the DB holds `whenStored` documents
 * (polled), whichever is given; resolves how the run ended.
 */
function runKilled(args: string[], dbFile: string, at: { afterMs?: number; whenStored?: number }): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = at.afterMs != null ? setTimeout(() => child.kill('SIGKILL'), at.afterMs) : null;
    const poll = at.whenStored != null
      ? setInterval(() => { if ((storedCount(dbFile) ?? -1) >= at.whenStored!) child.kill('SIGKILL'); }, 15)
      : null;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`ingest exited with ${code}: ${stderr}`));
    });
  });
}

(built ? describe : describe.skip)('ingest survives SIGKILL (needs `npm run build`)', () => {
  it(`killed ${KILLS} times, resumed, ends equal to an uninterrupted run`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-kill-'));
    try {
      const docs = path.join(dir, 'docs');
      writeCorpus(docs, FILES);
      const ref = path.join(dir, 'ref.db');
      const t0 = Date.now();
      const r = spawnSync(process.execPath, ingestArgs(ref, docs), { encoding: 'utf8' });
      const fullMs = Date.now() - t0;
      expect(r.status, r.stderr).toBe(0);
      const expected = contents(ref);
      expect(expected.docs).toHaveLength(FILES);

      const db = path.join(dir, 'killed.db');
      const seed = Number(process.env.KILL_SEED ?? Date.now() % 100000);
      const random = rng(seed);
      let killed = 0;
      const partial: number[] = [];
      for (let attempt = 0; attempt < KILLS; attempt++) {
        // Odd attempts: a random moment of a full run's time (module loading, opening, reading, committing).
        // Even attempts, the first among them: right after a random number of further documents is committed,
        // so kills land mid-run whatever the machine's speed (a timed first kill can come after a fast run has
        // finished, leaving nothing partial to test).
        const before = storedCount(db) ?? 0;
        const at = attempt % 2 === 1
          ? { afterMs: Math.floor(random() * fullMs) }
          : { whenStored: before + 1 + Math.floor(random() * Math.max(1, (FILES - before) / 3)) };
        if ((await runKilled(ingestArgs(db, docs), db, at)) === 'killed') killed++;
        const mid = integrity(db);
        expect(mid.check, `seed ${seed}`).toBe('ok');
        if (mid.documents > 0 && mid.documents < FILES) partial.push(mid.documents);
      }
      const done = spawnSync(process.execPath, ingestArgs(db, docs), { encoding: 'utf8' });
      expect(done.status, done.stderr).toBe(0);
      const got = contents(db);
      expect(killed, `seed ${seed}: no run was killed`).toBeGreaterThan(0);
      // At least one kill landed mid-ingest, after some commits and before the last one.
      expect(partial.length, `seed ${seed}: stored counts after kills never partial`).toBeGreaterThan(0);
      expect(got.integrity).toBe('ok');
      expect(got.ftsCheck).toBe('ok');
      expect(got.docs).toEqual(expected.docs);
      expect(got.authorities).toEqual(expected.authorities);
      expect(got.fts).toEqual(expected.fts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
