// readOrder CPU over the non-PDF corpus documents, two builds interleaved in one process, R rounds (default 3).
// Usage: R=3 node bench/read-order-ab.mjs DIST_A DIST_B   (e.g. dist and a build of another commit)
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
const dists = process.argv.slice(2).map((d) => resolve(d));
const corpus = resolve(new URL('..', import.meta.url).pathname, '../shared/corpus');
const files = readdirSync(corpus).filter((f) => /\.(json|html|txt)$/.test(f) && f !== 'MANIFEST.csv').sort();
const libs = [];
for (const d of dists) {
  const { readOrder } = await import(join(d, 'order/index.js'));
  const { readDocument } = await import(join(d, 'input/index.js'));
  const docs = [];
  for (const f of files) { try { docs.push(await readDocument(join(corpus, f))); } catch {} }
  libs.push({ name: d.split('/').pop(), readOrder, docs });
}
for (const L of libs) for (const d of L.docs) L.readOrder(d);
const R = +(process.env.R || 3);
const cpu = libs.map(() => []);
for (let r = 0; r < R; r++) libs.forEach((L, k) => {
  const c0 = process.cpuUsage();
  for (const d of L.docs) L.readOrder(d);
  const c = process.cpuUsage(c0);
  cpu[k].push((c.user + c.system) / 1000);
});
libs.forEach((L, k) => console.log(`${L.name}: ${L.docs.length} documents, readOrder CPU per pass ${cpu[k].map((x) => (x / 1000).toFixed(2)).join(' / ')} s (min ${(Math.min(...cpu[k]) / 1000).toFixed(2)} s)`));
if (libs.length === 2) console.log(`ratio of minima ${(Math.min(...cpu[0]) / Math.min(...cpu[1])).toFixed(2)}`);
