#!/usr/bin/env node
/**
 * Corpus benchmark (run `npm run build` first):
 *  1. ingest ../shared/corpus with 1 and 2 worker threads: files/s, MB/s, speed-up;
 *  2. a synthetic corpus built from those texts: the full pipeline on TEMPLATES constructed files, then
 *     SYN_DOCS documents (default 100,000) written through the store from those records (text varied per
 *     document), then DB bytes/doc, search latency (median, p95), citator and stats latency.
 * Env: SYN_DOCS, TEMPLATES, CORPUS_DB=an already ingested corpus (skips step 1), SYN_DB=an already built
 * synthetic DB (only the query timings run; when the file does not exist yet it is built there and kept),
 * KEEP=1 (keep the temp folder), OUT=path for the JSON results, COURTREADER_DIST=the build to measure.
 */
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from './rng.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const corpus = path.join(shared, 'corpus');
// COURTREADER_DIST=a private build (`npx tsc -p tsconfig.json --outDir tmp/me-dist`) instead of dist/.
const dist = path.resolve(process.env.COURTREADER_DIST ?? path.join(root, 'dist'));
if (!existsSync(path.join(dist, 'corpus/index.js'))) throw new Error('run `npm run build` first');
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
const { openCorpus, ingest } = await import(path.join(dist, 'corpus/index.js'));

const SYN_DOCS = Number(process.env.SYN_DOCS ?? 100_000);
const TEMPLATES = Number(process.env.TEMPLATES ?? 1000);
const tmp = mkdtempSync(path.join(tmpdir(), 'cr-bench-'));
const results = { date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, node: process.version };
const log = (...a) => console.log(...a);

const random = mulberry32(42);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const ms = (x) => Math.round(x * 10) / 10;

async function timeIt(fn, runs) {
  const times = [];
  const cpu = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    out = await fn();
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  // CPU time of this process: on a shared, loaded machine it is steadier than wall time.
  return { median: ms(quantile(times, 0.5)), p95: ms(quantile(times, 0.95)), cpu: ms(quantile(cpu, 0.5)), out };
}

// ---- 1. the real corpus on 1 and 2 workers --------------------------------------------------------
results.corpus = {};
let refDb = process.env.CORPUS_DB ?? null;
for (const workers of refDb ? [] : [1, 2]) {
  const db = path.join(tmp, `corpus-w${workers}.db`);
  const store = openCorpus(db);
  const t = performance.now();
  const s = await ingest(store, [corpus], { workers });
  const secs = (performance.now() - t) / 1000;
  await store.close();
  results.corpus[`workers${workers}`] = {
    files: s.total, added: s.added, failed: s.failed, mb: ms(s.bytes / 1e6), seconds: ms(secs),
    filesPerSec: ms(s.total / secs), mbPerSec: ms(s.bytes / 1e6 / secs),
  };
  log(`corpus, ${workers} worker(s):`, results.corpus[`workers${workers}`]);
  refDb = db;
}
if (results.corpus.workers1) {
  results.corpus.speedup = ms(results.corpus.workers1.seconds / results.corpus.workers2.seconds);
  log('speed-up 2 vs 1:', results.corpus.speedup);
}

// ---- 2. synthetic corpus ----------------------------------------------------------------------------
const src = openCorpus(refDb, { readonly: true });
const texts = [];
for await (const d of src.eachText()) if (d.text.length > 2000) texts.push(d.text);
await src.close();

const COURTS = [['SOUTHERN DISTRICT OF NEW YORK', 'nysd'], ['EASTERN DISTRICT OF PENNSYLVANIA', 'paed'], ['NORTHERN DISTRICT OF ILLINOIS', 'ilnd'],
  ['WESTERN DISTRICT OF NORTH CAROLINA', 'ncwd'], ['DISTRICT OF MASSACHUSETTS', 'mad'], ['CENTRAL DISTRICT OF CALIFORNIA', 'cacd'],
  ['SOUTHERN DISTRICT OF TEXAS', 'txsd'], ['EASTERN DISTRICT OF MICHIGAN', 'mied']];
const MOTIONS = [
  ["Defendant's pro se Motion for Compassionate Release under 18 U.S.C. § 3582(c)(1)(A)", ['GRANTED', 'DENIED', 'DENIED WITHOUT PREJUDICE']],
  ["Defendant's Motion to Suppress Evidence", ['GRANTED', 'DENIED']],
  ["Plaintiff's Motion for Summary Judgment", ['GRANTED', 'DENIED', 'GRANTED IN PART and DENIED IN PART']],
  ["Defendants' Motion to Dismiss", ['GRANTED', 'DENIED']],
  ["Petitioner's Motion to Vacate under 28 U.S.C. § 2255", ['DENIED', 'DISMISSED']],
];
const SURNAMES = ['Abbott', 'Baxter', 'Castillo', 'Dunmore', 'Ellison', 'Farrow', 'Garland', 'Hollis', 'Ingram', 'Jessup', 'Kearney', 'Lindqvist'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function passage(minLen, maxLen) {
  const t = pick(texts);
  const len = Math.min(t.length, minLen + Math.floor(random() * (maxLen - minLen)));
  let start = Math.floor(random() * Math.max(1, t.length - len));
  const nl = t.indexOf('\n', start);
  if (nl >= 0 && nl - start < 400) start = nl + 1;
  return t.slice(start, start + len);
}

function syntheticOrder(i) {
  const [court] = pick(COURTS);
  const [motion, outcomes] = pick(MOTIONS);
  const outcome = pick(outcomes);
  const judge = `${pick(SURNAMES)} ${pick(SURNAMES)}`;
  const year = 2015 + Math.floor(random() * 10);
  return [
    'UNITED STATES DISTRICT COURT', `FOR THE ${court}`, '',
    `Case No. ${1 + (i % 9)}:${String(year).slice(2)}-cr-${String(i).padStart(5, '0')}`, '',
    'MEMORANDUM AND ORDER', '',
    `Before the Court is ${motion} (Doc. No. ${10 + (i % 90)}).`, '',
    passage(2000, 9000), '',
    `For these reasons, the ${motion.replace(/^\S+ (pro se )?/, '')} is ${outcome}.`, '',
    `SO ORDERED this ${1 + (i % 28)}th day of ${pick(MONTHS)}, ${year}.`, '',
    `/s/ ${judge}`, 'United States District Judge', '',
  ].join('\n');
}

const synDir = path.join(tmp, 'synthetic');
const templates = [];
const buildSyn = !process.env.SYN_DB || !existsSync(process.env.SYN_DB);
if (buildSyn) {
mkdirSync(synDir, { recursive: true });
// TPL_DB=an already ingested templates DB: skips writing and reading the constructed files.
let synBytes = 0;
for (let i = 0; i < TEMPLATES; i++) {
  const text = syntheticOrder(i);
  synBytes += Buffer.byteLength(text);
  writeFileSync(path.join(synDir, `order-${String(i).padStart(6, '0')}.txt`), text);
}
const tplDb = process.env.TPL_DB ?? path.join(tmp, 'templates.db');
if (!process.env.TPL_DB) {
  const store = openCorpus(tplDb);
  const t = performance.now();
  const s = await ingest(store, [synDir], { workers: 2 });
  const secs = (performance.now() - t) / 1000;
  await store.close();
  results.pipeline = { files: s.total, failed: s.failed, mb: ms(synBytes / 1e6), seconds: ms(secs), filesPerSec: ms(s.total / secs), mbPerSec: ms(synBytes / 1e6 / secs), workers: 2 };
  log('synthetic files, full pipeline (read + readOrder + store), 2 workers:', results.pipeline);
}

// Records of the templates, as the store would receive them from the workers.
{
  const store = openCorpus(tplDb, { readonly: true });
  const list = await store.listDocuments({ limit: 1000, sort: 'id' });
  for (let off = 0; off < list.total; off += 1000) {
    for (const d of (await store.listDocuments({ limit: 1000, offset: off, sort: 'id' })).documents) {
      const full = await store.getDocument(d.id);
      if (!full.error) templates.push(full);
    }
  }
  await store.close();
}
}

const bigDb = process.env.SYN_DB ?? path.join(tmp, 'synthetic-100k.db');
if (buildSyn) {
  const store = openCorpus(bigDb);
  const BATCH = 500;
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < SYN_DOCS; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(SYN_DOCS, i + BATCH); j++) {
      const tpl = templates[j % templates.length];
      const [, court] = COURTS[(j * 7) % COURTS.length];
      const year = 2015 + (j % 10);
      const text = `${tpl.text}\nsynthetic document ${j} token${j % 997}`;
      bytes += text.length;
      batch.push({
        ...tpl, path: path.join(synDir, `virtual-${j}.txt`), sha256: `syn-${j}`, bytes: text.length, text, court,
        date: `${year}-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + (j % 28)).padStart(2, '0')}`,
        judge: `${SURNAMES[j % 12]} ${SURNAMES[(j >> 3) % 12]}`, aliases: [],
      });
    }
    await store.addDocuments(batch);
    if ((i / BATCH) % 40 === 0) process.stderr.write(`  synthetic: ${i}/${SYN_DOCS} ${ms((performance.now() - t) / 1000)} s\n`);
  }
  const secs = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const counts = await store.counts();
  await store.close();
  const size = statSync(bigDb).size;
  results.synthetic = {
    documents: counts.documents, citations: counts.citations, motions: counts.motions, textMB: ms(bytes / 1e6),
    writeSeconds: ms(secs), cpuSeconds: ms((cpu.user + cpu.system) / 1e6), docsPerSec: ms(SYN_DOCS / secs), dbMB: ms(size / 1e6), bytesPerDoc: Math.round(size / SYN_DOCS),
  };
  log('synthetic store writes:', results.synthetic);
}

// ---- 3. query latency on the synthetic DB -------------------------------------------------------------
{
  const store = openCorpus(bigDb, { readonly: true });
  {
    // The first search of a connection over a large corpus builds the in-memory facet index once.
    const c = process.cpuUsage();
    const t = performance.now();
    await store.search({ q: 'exhaust*' });
    const d = process.cpuUsage(c);
    results.facetIndexBuild = { ms: ms(performance.now() - t), cpuMs: ms((d.user + d.system) / 1000) };
    log('first search (builds the facet index):', results.facetIndexBuild);
  }
  const queries = [
    { q: 'compassionate release' }, { q: '"extraordinary and compelling"' }, { q: 'exhaust*' }, { q: 'summary judgment' },
    { q: 'qualified immunity' }, { q: 'habeas AND petition' }, { q: 'covid OR pandemic' }, { q: 'suppress NOT granted' },
    { q: '"probable cause"' }, { q: 'Anderson' }, { q: 'token17' }, { q: 'compassionate', court: 'nysd' },
    { q: 'motion', from: '2020', to: '2021' }, { q: '', motion: 'compassionate_release', disposition: 'denied' }, { q: '' },
  ];
  const rows = [];
  const all = [];
  const allNoFacets = [];
  const allCpu = [];
  for (const q of queries) {
    await store.search(q);
    const f = await timeIt(() => store.search({ ...q, limit: 20 }), 7);
    const nf = await timeIt(() => store.search({ ...q, limit: 20, facets: false }), 7);
    all.push(f.median); allNoFacets.push(nf.median); allCpu.push(f.cpu);
    rows.push({ query: JSON.stringify(q), total: f.out.total, withFacetsMs: f.median, withFacetsP95: f.p95, withFacetsCpuMs: f.cpu, noFacetsMs: nf.median });
  }
  console.table(rows);
  results.search = {
    queries: rows, withFacets: { median: ms(quantile(all, 0.5)), p95: ms(quantile(all, 0.95)) },
    resultsOnly: { median: ms(quantile(allNoFacets, 0.5)), p95: ms(quantile(allNoFacets, 0.95)) },
    withFacetsCpu: { median: ms(quantile(allCpu, 0.5)), p95: ms(quantile(allCpu, 0.95)) },
    note: 'per query: median (and p95) of 7 runs; overall median and p95 are taken over the 15 per-query medians',
  };
  log('search latency over the queries (ms):', results.search.withFacets, 'CPU:', results.search.withFacetsCpu, 'results only:', results.search.resultsOnly);

  const top = await store.topAuthorities({ limit: 5 });
  // Stats results are cached per connection until the database changes: time the queries themselves,
  // then one repeated query with the cache on.
  const { statsTuning } = await import(path.join(dist, 'corpus/sqlite/stats.js'));
  const statsCache = (on) => { if (statsTuning) statsTuning.cache = on; };
  statsCache(false);
  const other = [
    ['citator: documents citing the most-cited authority', () => store.citingDocuments(top[0].authority, { limit: 50 })],
    ['citator: documents citing 18 U.S.C. § 3582', () => store.citingDocuments('18 U.S.C. § 3582', { limit: 50 })],
    ['citator: top 20 authorities', () => store.topAuthorities({ limit: 20 })],
    ['citator: top 20 in one court', () => store.topAuthorities({ limit: 20, court: 'nysd' })],
    ['citator: top 20 in one year', () => store.topAuthorities({ limit: 20, from: '2020', to: '2020' })],
    ['citator: top 12 cases in compassionate-release orders (dashboard)', () => store.topAuthorities({ limit: 12, kind: 'case', motion: 'compassionate_release' })],
    ['citator: top 12 cases, compassionate release, one court', () => store.topAuthorities({ limit: 12, kind: 'case', motion: 'compassionate_release', court: 'nysd' })],
    ['citator: top 20 for one judge', () => store.topAuthorities({ limit: 20, judge: 'Abbott' })],
    ['search: motion (every document matches)', () => store.search({ q: 'motion', limit: 20 })],
    ['search: compassionate (most documents match)', () => store.search({ q: 'compassionate', limit: 20 })],
    ['citator: what document #777 cites', () => store.citationsOf(777)],
    ['stats by court', () => store.stats({ by: 'court' })],
    ['stats by judge', () => store.stats({ by: 'judge' })],
    ['stats by month', () => store.stats({ by: 'month' })],
    ['stats by motion', () => store.stats({ by: 'motion' })],
    ['stats by court, compassionate release', () => store.stats({ by: 'court', motion: 'compassionate_release' })],
    ['list documents page 200', () => store.listDocuments({ limit: 50, offset: 10000 })],
    ['stats by month, compassionate release, repeated (cached)', async () => { statsCache(true); try { return await store.stats({ by: 'month', motion: 'compassionate_release' }); } finally { statsCache(false); } }],
  ];
  const orows = [];
  for (const [name, fn] of other) {
    // A query slower than 10 s (an older build's plan) is timed once, not 6 times.
    const once = await timeIt(fn, 1);
    const r = once.median > 10_000 ? once : await timeIt(fn, 5);
    orows.push({ query: name, medianMs: r.median, p95Ms: r.p95, cpuMs: r.cpu });
  }
  console.table(orows);
  results.queries = orows;
  statsCache(true);

  // Pages of the web app, rendered in-process (app.request, no socket), HTML included.
  const { createApp } = await import(path.join(dist, 'server/app.js'));
  const app = createApp({ store, reader: async () => { throw new Error('no reads in this bench'); } });
  const pages = [
    '/search?q=compassionate+release', '/search?q=motion&from=2020&to=2021', '/search?q=&motion=compassionate_release&disposition=denied',
    '/search', '/search?q=compassionate', '/stats', '/stats?motion=&court=nysd', '/citator', '/citator?cite=18+U.S.C.+%C2%A7+3582',
    `/citator?cite=${encodeURIComponent(top[0].cite)}`, '/documents/54321', '/',
  ];
  const prows = [];
  for (const url of pages) {
    const get = async () => { const r = await app.request(url); if (r.status !== 200) throw new Error(`${url}: ${r.status}`); return r.text(); };
    // The first request fills the caches (facet and authority indexes are already built by the queries
    // above; stats results are not): reported apart.
    const first = await timeIt(get, 1);
    const r = await timeIt(get, 5);
    prows.push({ page: url, firstMs: first.median, firstCpuMs: first.cpu, medianMs: r.median, p95Ms: r.p95, cpuMs: r.cpu, kB: Math.round(r.out.length / 1024) });
  }
  console.table(prows);
  results.pages = prows;
  await store.close();
}

const out = process.env.OUT ?? path.join(root, 'bench/results/corpus-ingest.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`results -> ${path.relative(process.cwd(), out)}`);
if (process.env.KEEP) log(`kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
