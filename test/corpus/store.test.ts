import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCorpus, QueryError, type CorpusStore, type IngestRecord } from '../../src/corpus/index.js';
import { CR, JONES, RAIA, cite, motion, record } from './fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-store-'));
let store: CorpusStore;
let recs: IngestRecord[];
const ids: number[] = [];

beforeAll(async () => {
  store = openCorpus(path.join(dir, 'test.db'));
  recs = [
    record({
      text: 'Defendant moves for compassionate release. The motion is DENIED for failure to exhaust. See United States v. Raia, 954 F.3d 594 (3d Cir. 2020). Raia, 954 F.3d at 597.',
      title: 'United States v. Alder', court: 'nysd', judge: 'Mary Smith', date: '2020-06-01',
      motions: [motion('compassionate_release', 'denied')],
      citations: [cite('case', '954 F.3d 594', RAIA, 110, 'See United States v. Raia, 954 F.3d 594 (3d Cir. 2020).'), cite('caseShort', '954 F.3d at 597', RAIA, 140), cite('law', '18 U.S.C. § 3582(c)(1)(A)', CR, 10)],
      codes: [{ motion: 0, code: 'compassionateRelease.groundsAsserted', value: 'covid_risk', span: [0, 5], rule: 'cr/ground-covid', confidence: 0.8 }],
    }),
    record({
      text: 'The Court GRANTS the motion for compassionate release and reduces the sentence to time served, citing Raia.',
      title: 'United States v. Birch', court: 'nysd', judge: 'Mary Smith', date: '2020-07-15',
      motions: [motion('compassionate_release', 'granted')],
      citations: [cite('case', '954 F.3d 594', RAIA, 80)],
      codes: [{ motion: 0, code: 'compassionateRelease.groundsAsserted', value: 'covid_risk', span: [0, 5], rule: 'cr/ground-covid', confidence: 0.8 }],
    }),
    record({
      text: 'Motion to suppress evidence is denied. The officers had probable cause. Jones controls, 12 F.4th 345.',
      title: 'United States v. Cedar', court: 'cand', judge: 'Paul Jones', date: '2021-03-02',
      motions: [motion('suppress', 'denied'), motion('compassionate_release', 'moot', 1)],
      citations: [cite('case', '12 F.4th 345', JONES, 90)],
    }),
  ];
  for (const r of await store.addDocuments(recs)) ids.push(r.id);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore writes', () => {
  it('adds, skips the same content, replaces changed content', async () => {
    expect((await store.addDocument(recs[0])).status).toBe('skipped');
    const changed = { ...recs[2], sha256: 'changed', text: recs[2].text + ' Further ordered: sealed.' };
    const r = await store.addDocument(changed);
    expect(r).toEqual({ id: ids[2], status: 'replaced' });
    expect((await store.search({ q: 'sealed' })).total).toBe(1);
    expect((await store.counts()).documents).toBe(3);
  });

  it('round-trips a document with its facts, motions, codes and citations', async () => {
    const d = await store.getDocument(ids[0]);
    expect(d?.title).toBe('United States v. Alder');
    expect(d?.motions[0]).toMatchObject({ kind: 'compassionate_release', disposition: 'denied', proSe: true, rules: ['motion/test'] });
    expect(d?.citations.map((c) => c.authority)).toEqual([RAIA.key, RAIA.key, CR.key]);
    expect(d?.facts[0]).toMatchObject({ field: 'judge', rule: 'judge/signature' });
    expect(d?.codes[0]).toMatchObject({ code: 'compassionateRelease.groundsAsserted', value: 'covid_risk' });
  });
});

describe('search', () => {
  it.each([
    ['compassionate release', 2],
    ['"compassionate release" NOT granted', 1],
    ['suppress OR exhaust*', 2],
    ['3582(c)(1)(A)', 0],
    ['title:birch', 1],
    ['probable -cause', 0],
    ['(raia OR jones) AND denied', 2],
  ])('%s -> %i documents', async (q, total) => {
    expect((await store.search({ q })).total).toBe(total);
  });

  it.each(['"unclosed', 'NOT covid', 'covid AND', '(covid', 'covid)'])('rejects %s with a QueryError', async (q) => {
    await expect(store.search({ q })).rejects.toBeInstanceOf(QueryError);
  });

  it('highlights matches and returns facets', async () => {
    const r = await store.search({ q: 'compassionate' });
    expect(r.results[0].snippet).toMatch(/\[\[compassionate\]\]/i);
    expect(r.facets?.court).toEqual([{ value: 'nysd', count: 2 }]);
    expect(r.facets?.year).toEqual([{ value: '2020', count: 2 }]);
  });

  it.each([
    [{ court: 'cand' }, 1],
    [{ judge: 'smith' }, 2],
    [{ motion: 'compassionate_release', disposition: 'granted' }, 1],
    [{ from: '2020-07', to: '2021' }, 2],
    [{ cites: '954 F. 3d 594' }, 2],
    [{ cites: '18 U.S.C. § 3582' }, 1],
  ])('filters %o -> %i', async (f, total) => {
    expect((await store.search({ q: '', ...f })).total).toBe(total);
  });
});

describe('citator', () => {
  it('lists citing documents with counts and sentences', async () => {
    const r = await store.citingDocuments('954 F.3d 594');
    expect(r.total).toBe(2);
    expect(r.occurrences).toBe(3);
    expect(r.documents[0]).toMatchObject({ id: ids[0], count: 2 });
    expect(r.documents[0].sentence).toContain('Raia');
  });

  it('ranks the most cited authorities, also within a court', async () => {
    const top = await store.topAuthorities({ limit: 2 });
    expect(top[0]).toMatchObject({ authority: RAIA.key, documents: 2, occurrences: 3 });
    const cand = await store.topAuthorities({ court: 'cand' });
    expect(cand.map((a) => a.authority)).toEqual([JONES.key]);
  });

  it('lists what a document cites', async () => {
    const r = await store.citationsOf(ids[0]);
    expect(r.cites.map((c) => [c.authority, c.count])).toEqual([[RAIA.key, 2], [CR.key, 1]]);
  });
});

describe('stats', () => {
  it('groups motions and computes grant rates with Wilson intervals', async () => {
    const s = await store.stats({ by: 'court' });
    const nysd = s.rows.find((r) => r.key === 'nysd')!;
    expect(nysd).toMatchObject({ motions: 2, decided: 2, granted: 1, rate: 0.5 });
    expect(nysd.low!).toBeLessThan(0.5);
    expect(nysd.high!).toBeGreaterThan(0.5);
    expect(s.total).toMatchObject({ motions: 4, decided: 3, granted: 1, other: 1 });
  });

  it.each([
    ['motion', 'compassionate_release', 3],
    ['disposition', 'denied', 2],
    ['ground', 'covid_risk', 2],
    ['month', '2020-06', 1],
  ] as const)('by %s: %s has %i motions', async (by, key, motions) => {
    const s = await store.stats({ by });
    expect(s.rows.find((r) => r.key === key)?.motions).toBe(motions);
  });

  it('answers a repeated query from its cache, unaffected by what a caller did to the last result, and not after a write', async () => {
    const q = { by: 'court' as const, motion: 'compassionate_release' };
    const first = await store.stats(q);
    first.rows.length = 0;
    const again = await store.stats(q);
    expect(again.rows.find((r) => r.key === 'nysd')?.motions).toBe(2);
    // A different filter is a different entry.
    expect((await store.stats({ ...q, court: 'cand' })).total.motions).toBe(1);
    await store.addDocuments([record({ text: 'Compassionate release is denied.', court: 'nysd', date: '2022-01-05', motions: [motion('compassionate_release', 'denied')] })]);
    expect((await store.stats(q)).rows.find((r) => r.key === 'nysd')?.motions).toBe(3);
  });
});
