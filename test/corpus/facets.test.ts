/**
 * Search facets are counted three ways by hit-list size (SQL, the in-memory facet index, a scaled
 * sample); thresholds are lowered here so a small corpus goes through each path.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCorpus, type CorpusStore, type Facets, type SearchQuery } from '../../src/corpus/index.js';
import { searchTuning, topByRank } from '../../src/corpus/sqlite/search.js';
import { motion, record } from './fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-facets-'));
let store: CorpusStore;
const saved = { ...searchTuning };
const COURTS = ['nysd', 'cand', 'ilnd'];
const KINDS = ['compassionate_release', 'suppress', 'dismiss'];
const DISPS = ['granted', 'denied', null];

beforeAll(async () => {
  store = openCorpus(path.join(dir, 'facets.db'));
  const recs = [];
  for (let i = 0; i < 90; i++) {
    const motions = [motion(KINDS[i % 3], DISPS[i % 3])];
    // Every fifth document has a second motion of another kind, and one of the same kind (counted once).
    if (i % 5 === 0) motions.push(motion(KINDS[(i + 1) % 3], 'denied', 1), motion(KINDS[i % 3], 'granted', 2));
    recs.push(record({
      text: `Order number ${i}. ${i % 2 ? 'The motion for release is considered.' : 'The petition is considered.'} ${i % 7 === 0 ? 'Sealed.' : ''}`,
      court: COURTS[i % 3], judge: `Judge ${String.fromCharCode(65 + (i % 4))}`, date: `${2018 + (i % 4)}-0${1 + (i % 9)}-10`, motions,
    }));
  }
  // A failed file: no text, never counted.
  recs.push(record({ text: '', error: 'no text extracted', court: 'nysd' }));
  await store.addDocuments(recs);
});

afterEach(() => Object.assign(searchTuning, saved));

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES: SearchQuery[] = [
  { q: 'considered' }, { q: 'release' }, { q: 'order OR sealed' }, { q: 'considered', court: 'cand' },
  { q: '', motion: 'suppress' }, { q: '', from: '2019', to: '2020' }, { q: 'order', disposition: 'denied' },
];

const sum = (f: Facets, k: keyof Facets) => f[k].reduce((s, x) => s + x.count, 0);

describe('search facets', () => {
  it.each(QUERIES)('in-memory index counts equal the SQL counts: %j', async (q) => {
    // The index is cached per connection: a fresh one has none, so it counts in SQL.
    Object.assign(searchTuning, { facetSqlMax: 1e9 });
    const fresh = openCorpus(path.join(dir, 'facets.db'), { readonly: true });
    const bySql = await fresh.search(q).finally(() => fresh.close());
    Object.assign(searchTuning, { facetSqlMax: 0, facetExactMax: 1e9 });
    const byIndex = await store.search(q);
    expect(bySql.total).toBeGreaterThan(0);
    expect(byIndex.facetsApproximate).toBeUndefined();
    expect(byIndex.facets).toEqual(bySql.facets);
    expect(byIndex.total).toBe(bySql.total);
    expect(byIndex.results.map((r) => r.id)).toEqual(bySql.results.map((r) => r.id));
  });

  it('counts a document once per motion kind, and skips failed files', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0, facetExactMax: 1e9 });
    const r = await store.search({ q: 'order' });
    expect(r.total).toBe(90);
    expect(sum(r.facets!, 'court')).toBe(90);
    // 90 documents with one kind each, plus one more kind on the 18 documents with extra motions.
    expect(sum(r.facets!, 'motion')).toBe(108);
  });

  it('above facetExactMax with no index built, samples and scales (marked approximate)', async () => {
    const fresh = openCorpus(path.join(dir, 'facets.db'), { readonly: true });
    try {
      Object.assign(searchTuning, { facetSqlMax: 10, facetExactMax: 20 });
      const r = await fresh.search({ q: 'order' });
      expect(r.facetsApproximate).toBe(true);
      expect(r.total).toBe(90);
      // 9 sampled of 90, scaled by 10: totals stay near the true ones.
      expect(sum(r.facets!, 'court')).toBe(90);
      for (const c of r.facets!.court) expect(c.count % 10).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('uses the index once it is built, even above facetExactMax (exact again)', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0, facetExactMax: 1e9 });
    const exact = await store.search({ q: 'order' });
    Object.assign(searchTuning, { facetSqlMax: 10, facetExactMax: 20 });
    const r = await store.search({ q: 'order' });
    expect(r.facetsApproximate).toBeUndefined();
    expect(r.facets).toEqual(exact.facets);
  });

  it('rebuilds the index after a write', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0, facetExactMax: 1e9 });
    const before = await store.search({ q: 'order' });
    await store.addDocuments([record({ text: 'Order number 1000.', court: 'txsd', motions: [motion('suppress', 'granted')] })]);
    const after = await store.search({ q: 'order' });
    expect(after.total).toBe(before.total + 1);
    expect(after.facets!.court.find((c) => c.value === 'txsd')?.count).toBe(1);
  });
});

describe('topByRank', () => {
  // Ranks with ties (i % 7), ids shuffled: the k best must equal a full sort's first k, ties by id.
  const rows: Array<[number, number]> = Array.from({ length: 200 }, (_, i) => [(i * 37) % 200, -((i * 13) % 7)]);
  const sorted = [...rows].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  it.each([1, 3, 20, 49, 51, 200, 500])('k = %i', (k) => {
    expect(topByRank(rows, k)).toEqual(sorted.slice(0, k));
  });
  it('handles no rows', () => expect(topByRank([], 20)).toEqual([]));
});
