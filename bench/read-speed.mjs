#!/usr/bin/env node
// Speed of readOrder on text orders (from the built dist/): a 20 KB order after warm-up, with and
// without the citation engine, and the whole of ../shared/cr-orders.
// Usage: npm run build && node bench/read-speed.mjs [--dist DIR] [--base DIR] [--rounds N]
//   (or COURTREADER_DIST=DIR). With --base, a second build (e.g. the starting commit built with
//   `npx tsc -p tsconfig.json --outDir tmp/base-dist`) runs in the same process, the two builds
//   alternating round by round, so both see the same machine load; the last column is this build's
//   CPU time over the base build's (add --base-first to load the base build first). The alloc column is the bytes allocated on the JS heap per call,
//   measured in a child process (--expose-gc and a 64 MB young generation, so no collection runs
//   inside a measured call): heap used after a call minus heap used after a full collection before it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import v8 from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = argValue('--dist') ? resolve(argValue('--dist')) : process.env.COURTREADER_DIST ? resolve(process.env.COURTREADER_DIST) : join(root, 'dist');
const baseDist = argValue('--base') ? resolve(argValue('--base')) : null;
const rounds = Number(argValue('--rounds') ?? 10);
const allocChild = process.argv.includes('--alloc-child');

async function load(dir, name) {
  const { readOrder } = await import(join(dir, 'order/index.js'));
  const { documentFromText } = await import(join(dir, 'input/read-document.js'));
  const { codeCompassionateRelease } = await import(join(dir, 'domains/compassionate-release/index.js'));
  return { name, readOrder, documentFromText, codeCompassionateRelease };
}
// Which build is loaded first can move the ratio by a few per cent (two copies of one build: 0.94-1.04),
// so compare two runs, one with --base-first, and take the geometric mean of their ratios.
const baseFirst = baseDist && process.argv.includes('--base-first');
const baseBuild = baseFirst ? await load(baseDist, 'base') : null;
const builds = [await load(dist, baseDist ? 'this' : 'dist')];
if (baseDist) builds.push(baseBuild ?? (await load(baseDist, 'base')));

// A 20 KB order: the sample order's caption and ruling around repeated discussion paragraphs.
const sample = readFileSync(join(root, 'examples/sample-order.txt'), 'utf8');
const cut = sample.indexOf('IT IS, THEREFORE');
const body = sample.slice(sample.indexOf('Defendant, who is'), cut);
let middle = '';
while (middle.length + sample.length < 20_000) middle += body;
const text20k = sample.slice(0, cut) + middle + sample.slice(cut);

for (const b of builds) {
  b.doc = b.documentFromText(text20k);
  b.order20k = b.readOrder(b.doc, { citations: false, domains: [] });
}

/**
 * `n` calls per build, split into `rounds` batches that alternate between builds. Wall time per call
 * (median, min) and CPU time per call (process.cpuUsage: user + system, all threads, so GC work done
 * off the main thread counts too).
 */
function time(label, fn, n) {
  const per = Math.max(1, Math.ceil(n / rounds));
  const stats = builds.map(() => ({ wall: [], cpu: 0, calls: 0 }));
  for (const b of builds) for (let i = 0; i < 30; i++) fn(b);
  for (let r = 0; r < rounds; r++) {
    builds.forEach((b, k) => {
      const s = stats[k];
      const cpu0 = process.cpuUsage();
      for (let i = 0; i < per; i++) {
        const t0 = performance.now();
        fn(b);
        s.wall.push(performance.now() - t0);
      }
      const cpu = process.cpuUsage(cpu0);
      s.cpu += (cpu.user + cpu.system) / 1000;
      s.calls += per;
    });
  }
  const cpuPer = stats.map((s) => s.cpu / s.calls);
  builds.forEach((b, k) => {
    const t = stats[k].wall.sort((x, y) => x - y);
    const med = t[Math.floor(t.length / 2)];
    const ratio = builds.length > 1 && k === 0 ? `   cpu ${(cpuPer[0] / cpuPer[1]).toFixed(2)}x base, wall median ${(med / stats[1].wall.sort((x, y) => x - y)[Math.floor(stats[1].wall.length / 2)]).toFixed(2)}x` : '';
    const name = builds.length > 1 ? `[${b.name}] ` : '';
    const bytes = alloc[label]?.[k];
    const allocText = bytes === undefined ? '' : `   alloc ${(bytes / 1e6).toFixed(2)} MB/call`;
    console.log(`${(name + label).padEnd(60)} wall median ${med.toFixed(2)} ms, min ${t[0].toFixed(2)} ms   cpu ${cpuPer[k].toFixed(2)} ms/call${allocText}${ratio}`);
  });
}

const cases = [
  ['readOrder(document), orders only (no citations)', (b) => b.readOrder(b.doc, { citations: false, domains: [] })],
  ['readOrder(document), with citations + domains', (b) => b.readOrder(b.doc)],
  ['codeCompassionateRelease alone (the domain coder)', (b) => b.codeCompassionateRelease(b.order20k, text20k)],
  ['documentFromText + readOrder, orders only', (b) => b.readOrder(b.documentFromText(text20k), { citations: false, domains: [] })],
];

/** Bytes allocated per call (median of 15 samples of 3 calls), in a process started with --expose-gc. */
function allocPerCall(fn, b) {
  const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;
  for (let i = 0; i < 10; i++) fn(b);
  const samples = [];
  while (samples.length < 15) {
    globalThis.gc();
    const n0 = newSpace();
    const h0 = process.memoryUsage().heapUsed;
    for (let i = 0; i < 3; i++) fn(b);
    const h1 = process.memoryUsage().heapUsed;
    if (newSpace() >= n0) samples.push((h1 - h0) / 3); // a young collection inside the sample: retry
  }
  return samples.sort((x, y) => x - y)[7];
}

if (allocChild) {
  const out = {};
  for (const [label, fn] of cases) out[label] = builds.map((b) => allocPerCall(fn, b));
  console.log(JSON.stringify(out));
  process.exit(0);
}

const alloc = (() => {
  const r = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', fileURLToPath(import.meta.url), ...process.argv.slice(2), '--alloc-child'], { encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    console.error('allocation not measured:', r.stderr.slice(0, 300));
    return {};
  }
})();

console.log(`20 KB order: ${text20k.length} chars; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores${baseDist ? `; this build ${dist}, base ${baseDist}` : ''}`);
for (const [label, fn] of cases) time(label, fn, 200);

const cr = resolve(root, '../shared/cr-orders/orders');
if (existsSync(cr)) {
  const texts = readdirSync(cr).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(cr, f), 'utf8'));
  const ms = builds.map(() => 0);
  const cpuMs = builds.map(() => 0);
  for (let r = 0; r < 5; r++) {
    builds.forEach((b, k) => {
      const c0 = process.cpuUsage();
      const s = performance.now();
      for (const t of texts) b.readOrder(t);
      ms[k] += performance.now() - s;
      const c = process.cpuUsage(c0);
      cpuMs[k] += (c.user + c.system) / 1000;
    });
  }
  builds.forEach((b, k) => {
    const name = builds.length > 1 ? `[${b.name}] ` : '';
    const ratio = builds.length > 1 && k === 0 ? `   cpu ${(cpuMs[0] / cpuMs[1]).toFixed(2)}x base` : '';
    console.log(`${name}cr-orders: ${texts.length} orders x 5, full reading: ${(ms[k] / (5 * texts.length)).toFixed(2)} ms/order, ${Math.round((5 * texts.length * 1000) / ms[k])} orders/s, cpu ${(cpuMs[k] / (5 * texts.length)).toFixed(2)} ms/order${ratio}`);
  });
}
