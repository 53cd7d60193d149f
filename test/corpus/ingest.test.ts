import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCorpus, type CorpusStore } from '../../src/corpus/index.js';
import { ingest, reindex } from '../../src/corpus/ingest.js';
import { useReaders } from '../../src/corpus/read-file.js';
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
