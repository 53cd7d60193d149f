#!/usr/bin/env node
// Speed of find + resolve over the plain text of the whole ../shared/corpus, single thread
// (run `npm run bench`; it builds first). In the same run: one precompiled plain regex scan of the same
// text, for the ratio, and linearity (a 10 MB concatenation against a 1 MB one).
// Usage: node bench/speed.mjs [--rounds N]   (COURTREADER_DIST=DIR runs another build than ./dist)
// Figures are steady-state throughput: one untimed pass over the corpus comes first (see the warm-up).
// A larger young generation (`node --max-semi-space-size=64 bench/speed.mjs`) cuts garbage-collection
// time: the finder allocates many short-lived strings per citation.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(repo, '../shared/corpus');
if (!existsSync(corpus)) {
  console.log(`speed: skipped, ${corpus} is absent (the shared corpus is not in the repository)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const dist = process.env.COURTREADER_DIST ? resolve(process.env.COURTREADER_DIST) : join(repo, 'dist');
const { createCiter } = await import(join(dist, 'citations/index.js'));
const { readDocument } = await import(join(dist, 'input/read-document.js'));
const { createCitationFinder } = await import(join(dist, 'citations/find.js'));

// ---- the corpus as plain text ---------------------------------------------------------------------
process.stdout.write('reading the corpus with readDocument ...\n');
const t0 = performance.now();
const texts = [];
let failed = 0;
for (const f of readdirSync(corpus).sort()) {
  if (/\.(csv|md)$/i.test(f)) continue;
  try {
    const doc = await readDocument(join(corpus, f), { ocr: false });
    if (doc.text) texts.push(doc.text);
  } catch {
    failed++;
  }
}
const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;
const totalMb = texts.reduce((a, t) => a + mb(t), 0);
console.log(`corpus: ${texts.length} documents, ${totalMb.toFixed(2)} MB of text (UTF-8), read in ${((performance.now() - t0) / 1000).toFixed(1)} s${failed ? `, ${failed} unreadable` : ''}`);

const citer = createCiter();
// Example the baseline matches: `954 F.3d 594`, `55 P. (2d) 1083` is not (a plain, cheap shape).
const baseline = /\b\d+\s+[A-Z][A-Za-z.\s]{0,20}\s+\d+/g;

/** Best of `rounds`: wall time, and CPU time of this process (steadier on a shared machine). */
function timeIt(fn) {
  let best = Infinity;
  let bestCpu = Infinity;
  let result;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const s = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - s);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  return { ms: best, cpuMs: bestCpu, result };
}

// Warm-up: one untimed pass over the whole corpus. The first pass costs two to three times a later one
// in CPU time (V8 optimizes the code on background threads, counted in this process's CPU time, and the
// look-up caches fill); a 200 kB warm-up left that in the best of 3 rounds.
for (const t of texts) citer.cite(t);
const ours = timeIt(() => {
  let n = 0;
  for (const t of texts) n += citer.cite(t).length;
  return n;
});
const finder = createCitationFinder();
const findOnly = timeIt(() => {
  let n = 0;
  for (const t of texts) n += finder.find(t).length;
  return n;
});
const scan = timeIt(() => {
  let n = 0;
  for (const t of texts) {
    baseline.lastIndex = 0;
    while (baseline.exec(t) !== null) n++;
  }
  return n;
});
const oursRate = totalMb / (ours.ms / 1000);
const scanRate = totalMb / (scan.ms / 1000);
const oursCpuRate = totalMb / (ours.cpuMs / 1000);
const scanCpuRate = totalMb / (scan.cpuMs / 1000);

// ---- linearity ----------------------------------------------------------------------------------------
function concat(targetMb) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < targetMb * 1e6; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    size += mb(texts[i]) * 1e6 + 2;
  }
  return parts.join('\n\n');
}
const one = concat(1);
// 10 MB = the 1 MB text ten times: the same mix of text, so time should grow ten times.
const ten = Array(10).fill(one).join('\n\n');
const t1 = timeIt(() => citer.cite(one).length);
const t10 = timeIt(() => citer.cite(ten).length);

const rows = [
  ['find + resolve (whole corpus, per document)', `${oursRate.toFixed(1)} MB/s`, `CPU ${oursCpuRate.toFixed(1)} MB/s; ${ours.result} citations, ${(ours.ms / 1000).toFixed(2)} s`],
  ['find alone (same documents)', `${(totalMb / (findOnly.ms / 1000)).toFixed(1)} MB/s`, `CPU ${(totalMb / (findOnly.cpuMs / 1000)).toFixed(1)} MB/s; ${findOnly.result} citations, ${(findOnly.ms / 1000).toFixed(2)} s`],
  ['plain regex scan, same text', `${scanRate.toFixed(1)} MB/s`, `CPU ${scanCpuRate.toFixed(1)} MB/s; ${scan.result} matches, ${(scan.ms / 1000).toFixed(2)} s`],
  ['ratio regex / find+resolve', `${(scanRate / oursRate).toFixed(1)}x`, `CPU ${(scanCpuRate / oursCpuRate).toFixed(1)}x`],
  [`1 MB concatenation (${mb(one).toFixed(2)} MB)`, `${(t1.ms / 1000).toFixed(3)} s`, `CPU ${(t1.cpuMs / 1000).toFixed(3)} s; ${t1.result} citations`],
  [`the 1 MB text x10 (${mb(ten).toFixed(2)} MB)`, `${(t10.ms / 1000).toFixed(3)} s`, `CPU ${(t10.cpuMs / 1000).toFixed(3)} s; ${t10.result} citations`],
  ['10 MB / 1 MB time (linear = ~10)', `${(t10.ms / t1.ms).toFixed(1)}x`, `CPU ${(t10.cpuMs / t1.cpuMs).toFixed(1)}x`],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
const load = (await import('node:os')).loadavg()[0];
console.log(`\ncitation speed (single thread, best of ${rounds}, Node ${process.version}; wall clock, and CPU time of this process; load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores${process.execArgv.length ? `; node ${process.execArgv.join(' ')}` : ''})`);
for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
