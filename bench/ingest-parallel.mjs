#!/usr/bin/env node
/**
 * Parallel ingest benchmark: ingests a corpus (default ../shared/corpus) into fresh databases with 0 (main
 * thread only), 1 and 2 worker threads, alternating, and prints for each run: wall time, files/s, MB/s,
 * CPU of the whole process, of the main thread (walk, hash, dispatch, commits), of each reader thread
 * and of the rest (V8's compiler and GC threads), when the last read ended, how far apart the threads
 * finished (the tail), and the slowest files. Speed-ups are medians of wall times; on a loaded machine
 * read the CPU columns (a 2-core machine cannot beat processCpu / 2).
 *
 *   npm run build && node bench/ingest-parallel.mjs
 * Env: COURTREADER_DIST=built copy to use (default dist/), CORPUS=folder, WORKERS=0,1,2 (list), REPEAT=1,
 * SCALE=k (ingest k copies of the corpus, each file given one extra trailing newline so no copy is a
 * duplicate of another: shows how the per-thread start-up cost amortizes), OUT=results JSON.
 */
import { copyFileSync, appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.COURTREADER_DIST ?? path.join(root, 'dist'));
const corpus = path.resolve(process.env.CORPUS ?? path.join(root, '../shared/corpus'));
if (!existsSync(path.join(dist, 'corpus/index.js'))) throw new Error(`no build at ${dist}: run \`npm run build\` (or set COURTREADER_DIST)`);
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
const { openCorpus, ingest } = await import(path.join(dist, 'corpus/index.js'));

const WORKERS = (process.env.WORKERS ?? '0,1,2').split(',').map(Number);
const REPEAT = Number(process.env.REPEAT ?? 1);
const SCALE = Number(process.env.SCALE ?? 1);
const tmp = mkdtempSync(path.join(tmpdir(), 'cr-ingest-par-'));
const r1 = (x) => Math.round(x * 10) / 10;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

let input = corpus;
if (SCALE > 1) {
  input = path.join(tmp, 'corpus');
  for (let k = 0; k < SCALE; k++) {
    const dir = path.join(input, `copy${k}`);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(corpus)) {
      if (!/\.(txt|pdf|html?|json)$/i.test(name)) continue;
      copyFileSync(path.join(corpus, name), path.join(dir, name));
      if (k > 0) appendFileSync(path.join(dir, name), '\n'.repeat(k));
    }
  }
}

async function once(workers) {
  const db = path.join(tmp, `w${workers}.db`);
  rmSync(db, { force: true });
  const store = openCorpus(db);
  const tasks = [];
  const load = loadavg()[0];
  const s = await ingest(store, [input], { workers, onTask: (t) => tasks.push(t) });
  await store.close();
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const p = s.profile;
  const secs = p.wallMs / 1000;
  const readers = p.threads.filter((t) => t.thread !== 0);
  const readerCpu = readers.reduce((n, t) => n + (t.threadCpuMs ?? 0), 0);
  const slowest = [...tasks].sort((a, b) => (b.cpuMs ?? b.endAtMs - b.startAtMs) - (a.cpuMs ?? a.endAtMs - a.startAtMs)).slice(0, 5)
    .map((t) => ({ file: path.basename(t.path), thread: t.thread, ms: Math.round(t.endAtMs - t.startAtMs), cpuMs: t.cpuMs == null ? null : Math.round(t.cpuMs) }));
  return {
    workers, files: s.total, failed: s.failed, mb: r1(s.bytes / 1e6), seconds: r1(secs),
    filesPerSec: r1(s.total / secs), mbPerSec: r1(s.bytes / 1e6 / secs), loadBefore: r1(load),
    processCpuMs: p.processCpuMs, mainCpuMs: p.mainCpuMs,
    readerThreads: readers.map((t) => ({ thread: t.thread, files: t.files, busyMs: t.busyMs, cpuMs: t.threadCpuMs, firstStartAtMs: t.firstStartAtMs, lastEndAtMs: t.lastEndAtMs })),
    // CPU of everything else in the process: V8's optimizing compiler and GC threads, libuv's pool.
    otherCpuMs: workers > 0 && p.mainCpuMs != null ? p.processCpuMs - p.mainCpuMs - readerCpu : null,
    lastReadAtMs: p.lastReadAtMs, spreadMs: p.spreadMs, tailMs: p.tailMs,
    // The shortest wall time this run's CPU allows on this machine: all its CPU spread evenly over the cores,
    // and never less than its busiest single thread.
    cpuBoundSeconds: r1(Math.max(p.processCpuMs / availableParallelism(), ...readers.map((t) => t.threadCpuMs ?? 0), workers === 0 ? p.mainCpuMs ?? 0 : 0) / 1000),
    slowest,
  };
}

const runs = [];
for (let i = 0; i < REPEAT; i++) {
  for (const w of i % 2 ? [...WORKERS].reverse() : WORKERS) {
    const r = await once(w);
    runs.push(r);
    console.log(JSON.stringify(r));
  }
}
const by = (w) => runs.filter((r) => r.workers === w);
const summary = {};
for (const w of WORKERS) {
  const rs = by(w);
  summary[`workers${w}`] = {
    seconds: r1(median(rs.map((r) => r.seconds))), filesPerSec: r1(median(rs.map((r) => r.filesPerSec))), mbPerSec: r1(median(rs.map((r) => r.mbPerSec))),
    processCpuSeconds: r1(median(rs.map((r) => r.processCpuMs)) / 1000),
    mainCpuSeconds: r1(median(rs.map((r) => r.mainCpuMs ?? 0)) / 1000),
    readerCpuSeconds: r1(median(rs.map((r) => r.readerThreads.reduce((n, t) => n + (t.cpuMs ?? 0), 0))) / 1000),
    otherCpuSeconds: w > 0 ? r1(median(rs.map((r) => r.otherCpuMs ?? 0)) / 1000) : null,
  };
}
if (by(1).length && by(2).length) summary.speedup2over1 = r1((median(by(1).map((r) => r.seconds)) / median(by(2).map((r) => r.seconds))) * 100) / 100;
if (by(0).length && by(2).length) summary.speedup2over0 = r1((median(by(0).map((r) => r.seconds)) / median(by(2).map((r) => r.seconds))) * 100) / 100;
console.table(summary);
console.log(summary);

const out = process.env.OUT ?? path.join(root, 'bench/results/ingest-parallel.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: availableParallelism(), corpus, scale: SCALE, summary, runs }, null, 2)}\n`);
console.log(`results -> ${path.relative(process.cwd(), out)}`);
rmSync(tmp, { recursive: true, force: true });
