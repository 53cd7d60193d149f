import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCorpus, type CorpusStore } from '../../src/corpus/index.js';
import { ingest, reindex } from '../../src/corpus/ingest.js';
import { useReaders } from '../../src/corpus/read-file.js';
import { costliestFirst, readingCost } from '../../src/corpus/walk.js';
import type { IngestProgress, TaskTiming } from '../../src/corpus/ingest.js';
import { orderText, stubReadOrder } from './stub-order.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-ingest-'));
const docs = path.join(dir, 'docs');
let store: CorpusStore;

beforeAll(() => {
  useReaders({ readOrder: stubReadOrder });
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(path.join(docs, 'sub'), { recursive: true });
  for (let i = 0; i < 8; i++) writeFileSync(path.join(docs, i < 4 ? '' : 'sub', `order-${i}.txt`), orderText(i));
  writeFileSync(path.join(docs, 'order-8.html'), `<html><body><p>${orderText(8).replace(/\n/g, '</p><p>')}</p></body></html>`);
  writeFileSync(path.join(docs, 'notes.docx'), 'not a supported extension');
  writeFileSync(path.join(docs, 'broken.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0, 1, 2, 3]));
  writeFileSync(path.join(docs, 'binary.txt'), Buffer.alloc(4096, 0));
  store = openCorpus(path.join(dir, 'c.db'));
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest', () => {
  it('adds every supported file and records failures without stopping', async () => {
    const s = await ingest(store, [docs], { workers: 0 });
    expect(s.total).toBe(11);
    expect(s.failures).toHaveLength(2);
    expect(s.added).toBe(9);
    expect(s.failed).toBe(2);
    expect(s.failures.map((f) => path.basename(f.path)).sort()).toEqual(['binary.txt', 'broken.pdf']);
    const failed = await store.listDocuments({ errors: true });
    expect(failed.total).toBe(2);
    expect(failed.documents.every((d) => d.error && d.error.length > 0)).toBe(true);
  });

  it('re-ingesting the same files is a no-op', async () => {
    const before = await store.counts();
    const s = await ingest(store, [docs], { workers: 0 });
    expect(s).toMatchObject({ added: 0, replaced: 0, failed: 0, skipped: 11 });
    expect(await store.counts()).toEqual(before);
  });

  it('a changed file replaces its old record', async () => {
    const file = path.join(docs, 'order-1.txt');
    const id = (await store.search({ q: 'Word1' })).results[0].id;
    writeFileSync(file, orderText(1, { court: 'mad', disposition: 'granted', cites: ['590 U.S. 1'] }).replace('Word1', 'Changed1'));
    const s = await ingest(store, [file], { workers: 0 });
    expect(s).toMatchObject({ replaced: 1, added: 0 });
    expect((await store.search({ q: 'Word1' })).total).toBe(0);
    const hit = (await store.search({ q: 'Changed1' })).results[0];
    expect(hit).toMatchObject({ id, court: 'mad' });
    expect((await store.citingDocuments('954 F.3d 594')).documents.map((d) => d.id)).not.toContain(id);
    expect((await store.citingDocuments('590 U.S. 1')).documents.map((d) => d.id)).toEqual([id]);
  });

  it('stores the rule id with every value', async () => {
    const id = (await store.search({ q: 'Word2' })).results[0].id;
    const d = (await store.getDocument(id))!;
    expect(d.facts.map((f) => f.rule).sort()).toEqual(['court/stub', 'date/stub', 'judge/stub', 'title/stub']);
    expect(d.motions[0].rules).toEqual(['motion/stub', 'disposition/stub']);
    expect(d.citations[0].rule).toBe('citation/stub-case');
    for (const f of d.facts) expect(d.text.slice(...f.span!)).toContain(String((f.value as any)?.name ?? (f.value as any)?.id ?? (f.value as any)?.date ?? f.value));
  });

  it.each([
    ['compassionate', {}, 9],
    ['compassionate', { court: 'nysd' }, 3],
    ['', { disposition: 'granted' }, 4],
    ['', { cites: '12 F.4th 345' }, 5],
  ])('search %j %o -> %i', async (q, f, total) => {
    expect((await store.search({ q, ...f })).total).toBe(total);
  });

  it('reindex re-reads stored texts with the current rules, keeping ids', async () => {
    const before = await store.listDocuments({ sort: 'id', limit: 100 });
    useReaders({ readOrder: (doc) => { const o = stubReadOrder(doc); if (o.court) o.court = { ...o.court, rule: 'court/stub-v2' }; return o; } });
    try {
      const s = await reindex(store, null, { workers: 0 });
      expect(s.replaced).toBe(9);
      const after = await store.listDocuments({ sort: 'id', limit: 100 });
      expect(after.documents.map((d) => [d.id, d.path, d.sha256])).toEqual(before.documents.map((d) => [d.id, d.path, d.sha256]));
      const id = (await store.search({ q: 'Word2' })).results[0].id;
      expect((await store.getDocument(id))!.facts.find((f) => f.field === 'court')?.rule).toBe('court/stub-v2');
    } finally {
      useReaders({ readOrder: stubReadOrder });
    }
  });

  it('citator and stats agree with the files', async () => {
    const top = await store.topAuthorities();
    expect(top[0]).toMatchObject({ cite: '12 F.4th 345', documents: 5 });
    const s = await store.stats({ by: 'court' });
    expect(s.total).toMatchObject({ motions: 9, granted: 4, denied: 5 });
  });
});

describe('reading order', () => {
  it.each([
    ['text formats: largest first', { 'a.txt': 10, 'b.html': 300, 'c.json': 20 }, ['b.html', 'c.json', 'a.txt']],
    ['a small PDF (pdf.js start-up) before a middling text file', { 'order.txt': 90_000, 'scan.pdf': 40_000 }, ['scan.pdf', 'order.txt']],
    ['a very large JSON before a small PDF', { 'scan.pdf': 40_000, 'opinion.json': 1_500_000 }, ['opinion.json', 'scan.pdf']],
    ['equal costs keep path order', { 'b.txt': 5, 'a.txt': 5, 'c.htm': 5 }, ['a.txt', 'b.txt', 'c.htm']],
    ['PDFs among themselves by size', { 'x.PDF': 10, 'y.pdf': 2_000_000, 'z.pdf': 500 }, ['y.pdf', 'z.pdf', 'x.PDF']],
  ])('%s', (_name, sizes: Record<string, number>, expected) => {
    const files = Object.keys(sizes).map((f) => `/c/${f}`);
    const map = new Map(files.map((f) => [f, sizes[path.basename(f)]]));
    expect(costliestFirst(files, map).map((f) => path.basename(f))).toEqual(expected);
    expect(files.map((f) => path.basename(f))).toEqual(Object.keys(sizes));
  });

  it.each([
    ['a.txt', 1000, 1000],
    ['a.HTML', 0, 0],
    ['a.pdf', 0, 600_000],
    ['a.pdf', 400_000, 700_000],
  ])('readingCost(%s, %i) = %i', (file, bytes, cost) => {
    expect(readingCost(file, bytes)).toBe(cost);
  });
});

describe('ingest profile and commits', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cr-ingest-prof-'));
  const files = path.join(root, 'docs');

  beforeAll(() => {
    useReaders({ readOrder: stubReadOrder });
    mkdirSync(files, { recursive: true });
    // Different sizes, so the order of reading differs from the order of names.
    for (let i = 0; i < 6; i++) writeFileSync(path.join(files, `order-${i}.txt`), orderText(i) + '\nfiller line\n'.repeat(i * 40));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('times every file read, on the thread that read it; skipped files are not read', async () => {
    const st = openCorpus(path.join(root, 'p.db'));
    try {
      const tasks: TaskTiming[] = [];
      const s = await ingest(st, [files], { workers: 0, onTask: (t) => tasks.push(t) });
      // Files are handed out costliest first (the table above); reads overlap, so they end in any order.
      expect(tasks.map((t) => path.basename(t.path)).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `order-${i}.txt`));
      expect(s.files.map((f) => path.basename(f))).toEqual([0, 1, 2, 3, 4, 5].map((i) => `order-${i}.txt`));
      const p = s.profile;
      expect(p.threads).toHaveLength(1);
      expect(p.threads[0]).toMatchObject({ thread: 0, files: 6 });
      for (const t of tasks) {
        expect(t.thread).toBe(0);
        expect(t.endAtMs).toBeGreaterThanOrEqual(t.startAtMs);
        expect(t.bytes).toBeGreaterThan(0);
      }
      expect(p.lastReadAtMs).toBe(Math.max(...tasks.map((t) => Math.round(t.endAtMs))));
      expect(p.lastReadAtMs).toBeLessThanOrEqual(p.wallMs);
      expect(p.tailMs).toBe(p.wallMs - p.lastReadAtMs);
      expect(p.spreadMs).toBe(0);
      expect(p.processCpuMs).toBeGreaterThanOrEqual(0);

      const again: TaskTiming[] = [];
      const s2 = await ingest(st, [files], { workers: 0, onTask: (t) => again.push(t) });
      expect(s2.skipped).toBe(6);
      expect(again).toHaveLength(0);
      expect(s2.profile.threads).toHaveLength(0);
    } finally {
      await st.close();
    }
  });

  // Worker threads run the built reader (dist/), with the real readOrder rather than the stub.
  const built = existsSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/corpus/worker.js'));
  (built ? it : it.skip)('with worker threads: every file read once, by a worker; a re-run over unchanged files starts none (needs `npm run build`)', async () => {
    const st = openCorpus(path.join(root, 'w.db'));
    try {
      const tasks: TaskTiming[] = [];
      const s = await ingest(st, [files], { workers: 2, onTask: (t) => tasks.push(t) });
      expect(s.added).toBe(6);
      expect(tasks.map((t) => path.basename(t.path)).sort()).toEqual(s.files.map((f) => path.basename(f)));
      expect(s.profile.threads.every((t) => t.thread !== 0)).toBe(true);
      expect(s.profile.threads.reduce((n, t) => n + t.files, 0)).toBe(6);
      expect(s.profile.threads.length).toBeLessThanOrEqual(2);
      const again = await ingest(st, [files], { workers: 2 });
      expect(again).toMatchObject({ skipped: 6, added: 0 });
      expect(again.profile.threads).toEqual([]);
    } finally {
      await st.close();
    }
  }, 120_000);

  it.each([
    ['one record per transaction when each is over the byte cap', { batchBytes: 1 }, [1, 2, 3, 4, 5, 6]],
    ['one record per transaction by count', { batchSize: 1 }, [1, 2, 3, 4, 5, 6]],
    ['two per transaction by count', { batchSize: 2 }, [2, 4, 6]],
    ['everything in one transaction', { batchSize: 64, batchBytes: 1e9 }, [6]],
  ])('%s', async (_name, opts, commits) => {
    const st = openCorpus(path.join(root, `b-${commits.length}-${Object.keys(opts).join('')}.db`));
    try {
      const seen: number[] = [];
      const onProgress = (p: IngestProgress) => { if (p.done && p.done !== seen[seen.length - 1]) seen.push(p.done); };
      const s = await ingest(st, [files], { workers: 0, flushMs: 60_000, ...opts, onProgress });
      expect(s.added).toBe(6);
      expect(seen).toEqual(commits);
    } finally {
      await st.close();
    }
  });
});
