/**
 * Search runs two ways by size: in SQL (joins, facet counts in SQL) and on the in-memory facet index
 * (filters as a mask over ids, facets counted on typed arrays, bm25 ranking of a bounded candidate set
 * when very many match); thresholds are changed here so a small corpus goes through each path, and the
 * two must agree. The citator's most-cited list with filters is checked against a count done here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCorpus, type CorpusStore, type Facets, type SearchQuery } from '../../src/corpus/index.js';
import type { Filters } from '../../src/corpus/store.js';
import { searchTuning, topByRank } from '../../src/corpus/sqlite/search.js';
import { topBy } from '../../src/corpus/sqlite/search-indexed.js';
import { CR, JONES, RAIA, cite, motion, record } from './fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-facets-'));
let store: CorpusStore;
const saved = { ...searchTuning };
const COURTS = ['nysd', 'cand', 'ilnd'];
const KINDS = ['compassionate_release', 'suppress', 'dismiss'];
const DISPS = ['granted', 'denied', null];
const JUDGES = ['Ada Byrne', 'ada quill', 'Basil Oakes', 'Cora Lindqvist'];
/** Authorities cited by document i (the keys, so the expected counts can be worked out here). */
const citedBy = (i: number) => [RAIA, JONES, CR].filter((_, k) => (i + k) % (k + 2) === 0);
const DATES = (i: number) => (i % 11 === 0 ? null : i % 13 === 0 ? `${2018 + (i % 4)}` : `${2018 + (i % 4)}-0${1 + (i % 9)}-10`);
const times = (i: number, key: string) => 1 + ((i + key.length) % 2);
function motionsOf(i: number) {
  const motions = [motion(KINDS[i % 3], DISPS[i % 3])];
  // Every fifth document has a second motion of another kind, and one of the same kind (counted once).
  if (i % 5 === 0) motions.push(motion(KINDS[(i + 1) % 3], 'denied', 1), motion(KINDS[i % 3], 'granted', 2));
  return motions;
}
const docs: Array<{ id: number; i: number }> = [];

beforeAll(async () => {
  store = openCorpus(path.join(dir, 'facets.db'));
  const recs = [];
  for (let i = 0; i < 90; i++) {
    recs.push(record({
      text: `Order number ${i}. ${i % 2 ? 'The motion for release is considered.' : 'The petition is considered.'} ${i % 7 === 0 ? 'Sealed.' : ''}`,
      court: COURTS[i % 3], judge: JUDGES[i % 4], date: DATES(i), motions: motionsOf(i),
      citations: citedBy(i).flatMap((a) => Array.from({ length: times(i, a.key) }, () => cite('case', a.cite, a, 0))),
    }));
  }
  // A failed file: no text, never counted.
  recs.push(record({ text: '', error: 'no text extracted', court: 'nysd' }));
  (await store.addDocuments(recs)).slice(0, 90).forEach((r, i) => docs.push({ id: r.id, i }));
});

afterEach(() => Object.assign(searchTuning, saved));

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES: SearchQuery[] = [
  { q: 'considered' }, { q: 'release' }, { q: 'order OR sealed' }, { q: 'considered', court: 'cand' },
  { q: '', motion: 'suppress' }, { q: '', from: '2019', to: '2020' }, { q: 'order', disposition: 'denied' },
  // Kind and disposition on one motion: documents whose suppress motion was granted, not any granted motion.
  { q: 'order', motion: 'suppress', disposition: 'granted' },
  // Judge: a case-insensitive substring, as SQL LIKE.
  { q: '', judge: 'ADA' }, { q: 'petition', judge: 'oakes' },
  // Dates as text: a bare year stored as the date is inside from=2019 but before 2019-01-01.
  { q: 'order', from: '2019-03', to: '2021-02-15' }, { q: '', to: '2019' },
  { q: 'considered', cites: '954 F.3d 594' }, { q: '', cites: '18 U.S.C. § 3582', court: 'nysd' },
  { q: '', court: 'nowhere' }, { q: 'sealed', motion: 'no_such_kind' },
  { q: 'order', limit: 5, offset: 7 },
  // No words, no filter: newest first over the whole corpus (undated last), and its paging.
  { q: '' }, { q: '', limit: 4, offset: 85 },
];

const sum = (f: Facets, k: keyof Facets) => f[k].reduce((s, x) => s + x.count, 0);

describe('search facets', () => {
  it.each(QUERIES)('in-memory index counts equal the SQL counts: %j', async (q) => {
    // The index is cached per connection: a fresh one has none, so it counts in SQL.
    Object.assign(searchTuning, { facetSqlMax: 1e9 });
    const fresh = openCorpus(path.join(dir, 'facets.db'), { readonly: true });
    const bySql = await fresh.search(q).finally(() => fresh.close());
    Object.assign(searchTuning, { facetSqlMax: 0 });
    const byIndex = await store.search(q);
    if (q.court !== 'nowhere' && q.motion !== 'no_such_kind') expect(bySql.total).toBeGreaterThan(0);
    expect(byIndex.facets).toEqual(bySql.facets);
    expect(byIndex.total).toBe(bySql.total);
    expect(byIndex.results.map((r) => r.id)).toEqual(bySql.results.map((r) => r.id));
  });

  it('counts a document once per motion kind, and skips failed files', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0 });
    const r = await store.search({ q: 'order' });
    expect(r.total).toBe(90);
    expect(sum(r.facets!, 'court')).toBe(90);
    // 90 documents with one kind each, plus one more kind on the 18 documents with extra motions.
    expect(sum(r.facets!, 'motion')).toBe(108);
  });

  it('ranks only the most recently added matches above rankMax, and says so; totals and facets count all', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0 });
    const all = await store.search({ q: 'order', limit: 100 });
    Object.assign(searchTuning, { facetSqlMax: 0, rankMax: 10 });
    const r = await store.search({ q: 'order', limit: 100 });
    expect(all.rankedOver).toBeUndefined();
    expect(r.rankedOver).toBe(10);
    expect(r.total).toBe(all.total);
    expect(r.facets).toEqual(all.facets);
    const newest = all.results.map((x) => x.id).sort((a, b) => b - a).slice(0, 10);
    expect(r.results.map((x) => x.id).sort((a, b) => b - a)).toEqual(newest);
    // The same bm25 (corpus-wide statistics), so the order is the full ranking's order restricted.
    expect(r.results.map((x) => x.id)).toEqual(all.results.filter((x) => newest.includes(x.id)).map((x) => x.id));
  });

  it('warm() builds the index up front: even a short search then takes the index path', async () => {
    Object.assign(searchTuning, { facetSqlMax: 1e9, rankMax: 2 });
    for (const warm of [false, true]) {
      const fresh = openCorpus(path.join(dir, 'facets.db'), { readonly: true });
      try {
        if (warm) await fresh.warm!();
        // Only the index path bounds the ranking; the SQL path ranks every match.
        expect((await fresh.search({ q: 'order' })).rankedOver).toBe(warm ? 2 : undefined);
      } finally {
        await fresh.close();
      }
    }
  });

  it('uses the index once it is built, even for short hit lists', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0 });
    const exact = await store.search({ q: 'order' });
    Object.assign(searchTuning, { facetSqlMax: 1e9 });
    const r = await store.search({ q: 'order' });
    expect(r.facets).toEqual(exact.facets);
    expect(r.total).toBe(exact.total);
  });

  it('rebuilds the index after a write', async () => {
    Object.assign(searchTuning, { facetSqlMax: 0 });
    const before = await store.search({ q: 'order' });
    await store.addDocuments([record({ text: 'Order number 1000.', court: 'txsd', motions: [motion('suppress', 'granted')] })]);
    const after = await store.search({ q: 'order' });
    expect(after.total).toBe(before.total + 1);
    expect(after.facets!.court.find((c) => c.value === 'txsd')?.count).toBe(1);
  });
});

describe('facet index values', () => {
  // Control characters and empty strings in values: the index counts them as SQL does (a database per case).
  it.each(['Ada\u0001Byrne', '\u0002', '\u0003', 'Basil, Oakes', ''])('a value with a separator or mark (%j) is read exactly', async (judge) => {
    const file = path.join(dir, `sep-${judge.charCodeAt(0) || 0}-${judge.length}.db`);
    const s = openCorpus(file);
    try {
      await s.addDocuments([0, 1, 2].map((k) => record({ text: `Order on the separator case ${k}.`, court: k ? 'txsd' : null, judge: k === 1 ? judge : 'Cora Lindqvist', date: k === 2 ? null : '2024-01-02', motions: [motion('suppress', k ? 'denied' : null)] })));
      Object.assign(searchTuning, { facetSqlMax: 1e9 });
      const bySql = await s.search({ q: 'order' });
      Object.assign(searchTuning, { facetSqlMax: 0 });
      const byIndex = await s.search({ q: 'order' });
      expect(byIndex.facets).toEqual(bySql.facets);
      expect(byIndex.facets!.judge.some((j) => j.value === judge)).toBe(true);
    } finally {
      await s.close();
    }
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

describe('most cited authorities with filters', () => {
  /** Document i passes the filters, worked out from the fixture's own definitions. */
  function passes(i: number, f: Filters): boolean {
    const date = DATES(i);
    const to = f.to && f.to.length === 4 ? `${f.to}-12-31` : f.to;
    return (!f.court || COURTS[i % 3] === f.court)
      && (!f.judge || JUDGES[i % 4].toLowerCase().includes(f.judge.toLowerCase()))
      && (!f.from || (date != null && date >= f.from)) && (!to || (date != null && date <= to))
      && (!(f.motion || f.disposition) || motionsOf(i).some((m) => (!f.motion || m.kind === f.motion) && (!f.disposition || m.disposition === f.disposition)))
      && (!f.cites || citedBy(i).some((a) => a.cite === f.cites));
  }
  function expected(f: Filters) {
    const per = new Map<string, { documents: number; occurrences: number }>();
    for (const { i } of docs) {
      if (!passes(i, f)) continue;
      for (const a of citedBy(i)) {
        const c = per.get(a.key) ?? { documents: 0, occurrences: 0 };
        c.documents++; c.occurrences += times(i, a.key);
        per.set(a.key, c);
      }
    }
    return [...per].map(([authority, c]) => ({ authority, ...c }))
      .sort((a, b) => b.documents - a.documents || b.occurrences - a.occurrences || (a.authority < b.authority ? -1 : 1));
  }
  const FILTERS: Filters[] = [
    { motion: 'compassionate_release' }, { motion: 'suppress', disposition: 'granted' }, { disposition: 'denied' },
    { judge: 'ADA' }, { court: 'nysd' }, { from: '2019', to: '2020' }, { motion: 'dismiss', court: 'ilnd', from: '2018-06' },
    { cites: JONES.cite }, { motion: 'no_such_kind' },
  ];
  it.each(FILTERS)('without the facet index: %j', async (f) => {
    const fresh = openCorpus(path.join(dir, 'facets.db'), { readonly: true });
    try {
      const got = await fresh.topAuthorities({ ...f, limit: 10 });
      expect(got.map(({ authority, documents, occurrences }) => ({ authority, documents, occurrences }))).toEqual(expected(f));
    } finally {
      await fresh.close();
    }
  });
  it.each(FILTERS)('with the facet index built: %j', async (f) => {
    Object.assign(searchTuning, { facetSqlMax: 0 });
    await store.search({ q: 'order' });
    const got = await store.topAuthorities({ ...f, limit: 10 });
    expect(got.map(({ authority, documents, occurrences }) => ({ authority, documents, occurrences }))).toEqual(expected(f));
    expect(await store.topAuthorities({ ...f, kind: 'law' })).toEqual([]);
  });
  it.each(FILTERS)('from the in-memory authority index (second request): %j', async (f) => {
    await store.topAuthorities({ ...f, limit: 10 });
    const got = await store.topAuthorities({ ...f, limit: 10 });
    expect(got.map(({ authority, documents, occurrences }) => ({ authority, documents, occurrences }))).toEqual(expected(f));
    const paged = await store.topAuthorities({ ...f, limit: 1, offset: 1 });
    expect(paged.map((a) => a.authority)).toEqual(expected(f).slice(1, 2).map((a) => a.authority));
  });
  it('follows a write (the index is rebuilt for the new version)', async () => {
    const f = { motion: 'suppress', disposition: 'granted' };
    await store.topAuthorities(f);
    const before = (await store.topAuthorities(f)).find((a) => a.authority === JONES.key)?.documents ?? 0;
    await store.addDocuments([record({ text: 'Order on a later motion.', court: 'txsd', motions: [motion('suppress', 'granted')], citations: [cite('case', JONES.cite, JONES, 0)] })]);
    await store.topAuthorities(f);
    const after = await store.topAuthorities(f);
    expect(after.find((a) => a.authority === JONES.key)?.documents).toBe(before + 1);
  });
});

describe('topBy', () => {
  const ids = Array.from({ length: 60 }, (_, i) => (i * 17) % 60);
  const key = (id: number) => (id * 7) % 5;
  const sorted = [...ids].sort((a, b) => key(a) - key(b) || a - b);
  it.each([0, 1, 4, 20, 59, 60, 100])('k = %i equals a full sort', (k) => {
    expect(topBy(ids, key, k)).toEqual(sorted.slice(0, k));
  });
});
