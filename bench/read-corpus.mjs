#!/usr/bin/env node
/**
 * What `courtreader read` does, over the whole of ../shared/corpus in one process (PDFs included):
 * readDocument then readOrder (citations and compassionate-release codes on), file by file.
 * Reports documents/second and where the time goes: PDF parsing, other formats' extraction, reading.
 * Image-only PDFs are read with `ocr: 'never'` (OCR has its own benchmark, bench/ocr.mjs).
 * Usage: npm run build && node bench/read-corpus.mjs [--passes N]   (COURTREADER_DIST=DIR for another build)
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} is absent (the corpus lives beside the project, in ../shared)`);
  process.exit(0);
}
const dist = process.env.COURTREADER_DIST ? path.resolve(process.env.COURTREADER_DIST) : path.join(repoRoot, 'dist');
const { readDocument } = await import(path.join(dist, 'input/read-document.js'));
const { readOrder } = await import(path.join(dist, 'order/read-order.js'));
const passesArg = process.argv.indexOf('--passes');
const passes = passesArg >= 0 ? Number(process.argv[passesArg + 1]) : 2;

const files = readdirSync(corpus)
  .filter((f) => !/\.(?:csv|md)$/i.test(f))
  .sort()
  .map((f) => path.join(corpus, f));

let last = null;
for (let pass = 1; pass <= passes; pass++) {
  const t = { extract: {}, read: 0, files: 0, pages: 0, crashes: 0, motions: 0, citations: 0 };
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  for (const f of files) {
    const a = performance.now();
    let doc;
    try {
      doc = await readDocument(f, { ocr: 'never' });
    } catch (e) {
      t.crashes++;
      console.error(`${path.basename(f)}: ${e}`);
      continue;
    }
    const b = performance.now();
    const fmt = doc.source?.format ?? 'other';
    const x = (t.extract[fmt] ??= { files: 0, ms: 0 });
    x.files++;
    x.ms += b - a;
    if (fmt === 'pdf') t.pages += Array.isArray(doc.pages) ? doc.pages.length : 0;
    try {
      const o = readOrder(doc);
      t.motions += o.motions.length;
      t.citations += o.citations.length;
    } catch (e) {
      t.crashes++;
      console.error(`${path.basename(f)}: readOrder: ${e}`);
    }
    t.read += performance.now() - b;
    t.files++;
  }
  const wall = performance.now() - w0;
  const cpu = process.cpuUsage(cpu0);
  t.wall = wall;
  t.cpu = (cpu.user + cpu.system) / 1000;
  last = t;
  console.log(`pass ${pass}${pass === 1 ? ' (cold: module compilation, pdf.js warm-up)' : ''}: ${t.files} files in ${(wall / 1000).toFixed(2)} s wall, ${(t.cpu / 1000).toFixed(2)} s process CPU -> ${(t.files / (wall / 1000)).toFixed(1)} documents/s; crashes ${t.crashes}`);
}
const t = last;
const pdf = t.extract.pdf ?? { files: 0, ms: 0 };
const extractAll = Object.values(t.extract).reduce((s, x) => s + x.ms, 0);
console.log(`\nlast pass, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores:`);
for (const [fmt, x] of Object.entries(t.extract).sort()) console.log(`  extract ${fmt.padEnd(18)} ${String(x.files).padStart(4)} files  ${(x.ms / 1000).toFixed(2).padStart(6)} s  ${((100 * x.ms) / t.wall).toFixed(1).padStart(5)}% of the wall time`);
console.log(`  readOrder (caption, motions, citations, codes)  ${(t.read / 1000).toFixed(2)} s  ${((100 * t.read) / t.wall).toFixed(1)}%`);
console.log(`  PDF parsing: ${((100 * pdf.ms) / t.wall).toFixed(1)}% of the time${t.pages ? `, ${(pdf.ms / t.pages).toFixed(1)} ms/page over ${t.pages} pages` : ''}; all extraction ${((100 * extractAll) / t.wall).toFixed(1)}%`);
console.log(`  found: ${t.motions} motions, ${t.citations} citations`);
