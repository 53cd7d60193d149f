import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { openCorpus } from '../../src/corpus/index.js';
import { ingest } from '../../src/corpus/ingest.js';
import { useReaders } from '../../src/corpus/read-file.js';
import { orderText, stubReadOrder } from './stub-order.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-cli-'));
const db = path.join(dir, 'c.db');

beforeAll(async () => {
  useReaders({ readOrder: stubReadOrder });
  mkdirSync(path.join(dir, 'docs'));
  for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, 'docs', `o${i}.txt`), orderText(i));
  const store = openCorpus(db);
  await ingest(store, [path.join(dir, 'docs')], { workers: 0 });
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => { out += String(chunk); return true; });
  try {
    await main(['node', 'courtreader', ...args, '--db', db]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('corpus commands', () => {
  it('search --format json prints total, results and facets', async () => {
    const r = JSON.parse(await run('search', 'compassionate', '--court', 'nysd', '--format', 'json'));
    expect(r.total).toBe(4);
    expect(r.results).toHaveLength(4);
    expect(r.results[0].snippet).toContain('[[compassionate]]');
    expect(r.facets.court).toEqual([{ value: 'nysd', count: 4 }]);
  });

  it.each([
    [['search', 'release', '--format', 'csv', '--limit', '3'], /^id,title,court,date,judge,docket,path,rank,snippet\n(.*\n){3}$/],
    [['search', 'Word3', '--format', 'text'], /^1 document match "Word3"/],
    [['citator', '954 F.3d 594'], /954 F\.3d 594: cited 6 times in 6 documents/],
    [['citator', '--top', '2', '--format', 'csv'], /^authority,cite,kind,caseName,documents,occurrences\n12\|f4th\|345,12 F\.4th 345,case,,6,6\n954\|f3d\|594,954 F\.3d 594,case,,6,6\n$/],
    [['citator', '--doc', '1'], /cites 1 authorities/],
    [['stats', '--by', 'court', '--format', 'csv'], /^key,motions,decided,granted,denied,other,rate,low,high\n/],
    [['stats', '--by', 'month'], /grant rate/],
  ])('%j', async (args, pattern) => {
    expect(await run(...args)).toMatch(pattern);
  });

  it('stats --format json gives rates with intervals', async () => {
    const s = JSON.parse(await run('stats', '--by', 'motion', '--format', 'json'));
    expect(s.rows[0]).toMatchObject({ key: 'compassionate_release', motions: 12, granted: 3, decided: 12, rate: 0.25 });
    expect(s.rows[0].low).toBeLessThan(0.25);
  });

  it.each([['search', '"unclosed'], ['search', 'x', '--from', 'yesterday'], ['citator', 'not a cite'], ['citator', '--doc', '999']])(
    '%j fails with a clear message', async (...args) => {
      await expect(run(...args)).rejects.toThrow(/quote|date|citation|no document/);
    });
});
