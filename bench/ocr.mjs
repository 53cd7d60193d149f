#!/usr/bin/env node
/**
 * OCR cost and yield on the image-only PDFs of ../shared/corpus (the files MANIFEST.csv marks "needs OCR"):
 * per file, pages, CPU of the child processes (pdftoppm + tesseract, from /proc/self/stat), CPU of this
 * process (process.cpuUsage), wall time, mean word confidence, and what readOrder then finds beside the
 * MANIFEST's court/docket/date/judge. Ends with the ratio to reading text-layer PDF pages in the same run.
 * Usage: npm run build && node bench/ocr.mjs   (COURTREADER_DIST=<dir> to use another build)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`${corpus} is absent`);
  process.exit(1);
}
const dist = (p) => path.join(process.env.COURTREADER_DIST ?? path.join(repoRoot, 'dist'), p);
const { readDocument } = await import(dist('input/read-document.js'));
const { ocrAvailable } = await import(dist('input/ocr.js'));
const { readOrder } = await import(dist('order/read-order.js'));
if (!ocrAvailable()) {
  console.error('pdftoppm/tesseract not on PATH: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils');
  process.exit(1);
}

/** cutime + cstime of this process in ms (Linux clock ticks of 10 ms). */
function childCpuMs() {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}

async function timed(file, ocr) {
  const c0 = childCpuMs();
  const p0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = await readDocument(file, { ocr });
  const wall = performance.now() - t0;
  const own = process.cpuUsage(p0);
  return { doc, wall, child: childCpuMs() - c0, own: (own.user + own.system) / 1000 };
}

const manifest = readFileSync(path.join(corpus, 'MANIFEST.csv'), 'utf8').split('\n');
const scans = manifest.filter((l) => /needs OCR/i.test(l)).map((l) => l.split(',')[0]);
let pages = 0;
let cpu = 0;
console.log('file | pages | child CPU s | own CPU s | wall s | confidence | court | docket | date | judge | MANIFEST');
for (const f of scans) {
  const r = await timed(path.join(corpus, f), 'auto');
  const o = readOrder(r.doc);
  const conf = /confidence ([\d.]+)%/.exec(r.doc.warnings.find((w) => w.code === 'ocr')?.message ?? '')?.[1] ?? '-';
  pages += r.doc.pages.length;
  cpu += r.child + r.own;
  const row = manifest.find((l) => l.startsWith(f + ','));
  console.log([f, r.doc.pages.length, (r.child / 1000).toFixed(2), (r.own / 1000).toFixed(2), (r.wall / 1000).toFixed(2), conf,
    o.court?.value.abbreviation ?? o.court?.value.name ?? '-', o.docketNumbers.map((d) => d.value.normalized).join(' ') || '-',
    o.date?.value ?? '-', o.judge?.value.name ?? '-', row?.match(/,pdf,[^,]*,("[^"]*"|[^,]*)/)?.[1] ?? ''].join(' | '));
}
// PDFs with a text layer and some scanned pages: `auto` OCRs just those pages (warning ocr-pages).
const layered = readdirSync(corpus).filter((f) => f.endsWith('.pdf') && !scans.includes(f));
let ppages = 0;
let pcpu = 0;
console.log('\nfile | pages | scanned pages OCRed | child CPU s | own CPU s | wall s | ocr-pages warning');
for (const f of layered) {
  const off = await readDocument(path.join(corpus, f), { ocr: 'never' });
  if (!off.warnings.some((w) => w.code === 'needs-ocr')) continue;
  const r = await timed(path.join(corpus, f), 'auto');
  const w = r.doc.warnings.find((x) => x.code === 'ocr-pages')?.message ?? '-';
  const n = /^pages? ([\d, -]+) of/.exec(w)?.[1].split(', ').reduce((k, part) => {
    const [a, b] = part.split('-').map(Number);
    return k + (b ? b - a + 1 : 1);
  }, 0) ?? 0;
  ppages += n;
  pcpu += r.child + r.own;
  console.log([f, r.doc.pages.length, n, (r.child / 1000).toFixed(2), (r.own / 1000).toFixed(2), (r.wall / 1000).toFixed(2), w].join(' | '));
}
if (ppages) console.log(`scanned pages of text-layer PDFs: ${ppages} pages OCRed, ${(pcpu / ppages / 1000).toFixed(2)} s CPU a page (whole file included)`);
// Text-layer PDFs of the corpus, same run: CPU per page of the ordinary path.
let lpages = 0;
let lcpu = 0;
for (const f of layered) {
  const r = await timed(path.join(corpus, f), 'never');
  lpages += r.doc.pages.length;
  lcpu += r.own + r.child;
}
const ocrPer = cpu / Math.max(pages, 1);
const layerPer = lcpu / Math.max(lpages, 1);
console.log(`\nOCR: ${pages} pages, ${(ocrPer / 1000).toFixed(2)} s CPU a page; text layer: ${lpages} pages, ${layerPer.toFixed(0)} ms CPU a page; ratio ${(ocrPer / layerPer).toFixed(0)}x`);
