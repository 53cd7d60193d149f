#!/usr/bin/env node
// Speed of readOrder on text orders (from the built dist/): a 20 KB order after warm-up, with and
// without the citation engine, and the whole of ../shared/cr-orders.
// Usage: npm run build && node bench/read-speed.mjs [--dist DIR]   (or COURTREADER_DIST=DIR)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
const dist = distArg >= 0 ? resolve(process.argv[distArg + 1]) : process.env.COURTREADER_DIST ? resolve(process.env.COURTREADER_DIST) : join(root, 'dist');
const { readOrder } = await import(join(dist, 'order/index.js'));
const { documentFromText } = await import(join(dist, 'input/read-document.js'));

// A 20 KB order: the sample order's caption and ruling around repeated discussion paragraphs.
const sample = readFileSync(join(root, 'examples/sample-order.txt'), 'utf8');
const cut = sample.indexOf('IT IS, THEREFORE');
const body = sample.slice(sample.indexOf('Defendant, who is'), cut);
let middle = '';
while (middle.length + sample.length < 20_000) middle += body;
const text20k = sample.slice(0, cut) + middle + sample.slice(cut);

function time(label, fn, n) {
  for (let i = 0; i < 30; i++) fn();
  const t = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  const cpu = process.cpuUsage(cpu0);
  t.sort((a, b) => a - b);
  const med = t[Math.floor(n / 2)];
  const min = t[0];
  // CPU time per call is what the machine's load does not inflate (wall time is shared with other jobs).
  console.log(`${label.padEnd(52)} wall median ${med.toFixed(2)} ms, min ${min.toFixed(2)} ms   cpu ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/call`);
}

console.log(`20 KB order: ${text20k.length} chars; load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
const doc = documentFromText(text20k);
time('readOrder(document), orders only (no citations)', () => readOrder(doc, { citations: false, domains: [] }), 200);
time('readOrder(document), with citations + domains', () => readOrder(doc), 100);
const { codeCompassionateRelease } = await import(join(dist, 'domains/compassionate-release/index.js'));
const order20k = readOrder(doc, { citations: false, domains: [] });
time('codeCompassionateRelease alone (the domain coder)', () => codeCompassionateRelease(order20k, text20k), 200);
time('documentFromText + readOrder, orders only', () => readOrder(documentFromText(text20k), { citations: false, domains: [] }), 200);

const cr = resolve(root, '../shared/cr-orders/orders');
if (existsSync(cr)) {
  const texts = readdirSync(cr).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(cr, f), 'utf8'));
  const s = performance.now();
  for (let r = 0; r < 5; r++) for (const t of texts) readOrder(t);
  const ms = performance.now() - s;
  console.log(`cr-orders: ${texts.length} orders x 5, full reading: ${(ms / (5 * texts.length)).toFixed(2)} ms/order, ${Math.round((5 * texts.length * 1000) / ms)} orders/s`);
}
