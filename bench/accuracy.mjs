#!/usr/bin/env node
// Accuracy of the citation engine on ../shared (run `npm run bench:accuracy`; it builds first):
//  1. eyecite-derived find + resolution cases: ../shared/bench/eyecite/score.mjs against
//     `node bin/courtreader.js cite --jsonl`, with the built-in tables and with --reporters-db.
//  2. the 23 annotation cases, scored here (exact output, or the same characters wrapped per citation).
//  3. recall of the case citations CourtListener marked in ../shared/corpus/flpcitator-*.html, and the
//     citations we find that it did not mark (a sample is written for spot checks).
// Usage: node bench/accuracy.mjs [--extras FILE] [--verbose]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const extrasFile = args.includes('--extras') ? args[args.indexOf('--extras') + 1] : '/tmp/courtreader-extras.json';
if (!existsSync(join(shared, 'bench/eyecite'))) {
  console.log(`accuracy: skipped, ${shared} is absent (the shared test data is not in the repository)`);
  process.exit(0);
}
const reportersDb = join(shared, 'data/reporters-db');
const { createCiter, annotate } = await import(join(repo, 'dist/citations/index.js'));
const { htmlToText } = await import(join(repo, 'dist/input/html.js'));
const importer = await import(join(repo, 'dist/data/import-reporters-db.js')).catch(() => null);

const rows = [];

// ---- 1. eyecite suite --------------------------------------------------------------------------------
function score(extra) {
  const r = spawnSync(process.execPath, [join(shared, 'bench/eyecite/score.mjs'), '--', process.execPath, join(repo, 'bin/courtreader.js'), 'cite', '--jsonl', ...extra], { encoding: 'utf8', cwd: repo, maxBuffer: 1 << 28 });
  const out = r.stdout.trim();
  const last = out.split('\n').pop() ?? '';
  const json = out.slice(0, out.lastIndexOf('\n')).trim();
  let summary = null;
  try { summary = JSON.parse(json); } catch { /* the command failed; the last line says so */ }
  return { last, summary };
}
for (const [label, extra] of [['built-in tables', []], ['--reporters-db', ['--reporters-db', reportersDb]]]) {
  if (extra.length && !importer) { rows.push([`eyecite find+resolve (${label})`, 'skipped: no reporters-db importer in this build']); continue; }
  const { last, summary } = score(extra);
  if (!summary) { rows.push([`eyecite (${label})`, last]); continue; }
  rows.push([`eyecite exact cases (${label})`, `${summary.exactCases}  P ${summary.precision} R ${summary.recall}`]);
  rows.push([`eyecite resolution (${label})`, summary.resolution]);
}

// ---- 2. annotation --------------------------------------------------------------------------------------
const reporters = importer && existsSync(reportersDb) ? importer.loadReportersDb(reportersDb) : undefined;
const citer = createCiter(reporters ? { reporters } : {});
const acases = JSON.parse(readFileSync(join(shared, 'bench/eyecite/eyecite-annotate-cases.json'), 'utf8'));
let exact = 0, same = 0;
const annFailures = [];
for (const c of acases) {
  const isHtml = c.input === 'markup' || (c.clean_steps ?? []).includes('html');
  const marks = c.annotation === 'anchor'
    ? { before: () => "<a href='something'>", after: () => '</a>' }
    : { before: (_x, i) => `<${i}>`, after: (_x, i) => `</${i}>` };
  const opts = c.annotator?.callable === 'lower_annotator'
    ? { wrap: (x, i, inner) => marks.before(x, i) + inner.toLowerCase() + marks.after(x, i) }
    : marks;
  let out;
  if (isHtml) {
    const t = htmlToText(c.text);
    out = annotate(c.text, citer.cite(t.text), { format: 'html', toHtml: t.toHtml, ...opts });
  } else out = annotate(c.text, citer.cite(c.text), { format: 'text', ...opts });
  // Plain inputs are escaped by annotate; the expected outputs are not: compare unescaped text.
  if (!isHtml) out = out.replace(/&(amp|lt|gt|quot|#39);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
  if (out === c.expected_output) { exact++; same++; continue; }
  if (coverage(out, c.annotation) === coverage(c.expected_output, c.annotation)) { same++; continue; }
  annFailures.push({ id: c.id, expected: c.expected_output, got: out });
}
rows.push([`annotation cases (${reporters ? 'with reporters-db' : 'built-in tables'})`, `${same}/${acases.length} wrap the same characters (${exact} byte-identical)`]);

/**
 * The document's text characters, each tagged with the citation wrapping it; the document's own tags
 * are left out, so a wrapper split at a tag or grown over one compares equal.
 */
function coverage(s, mode) {
  const marker = mode === 'anchor' ? /<a href='something'>|<\/a>/g : /<\/?\d+>/g;
  const chars = [], labels = [];
  let at = 0, open = '-';
  const take = (str) => { for (let i = 0; i < str.length; i++) { chars.push(str[i]); labels.push(open); } };
  for (const m of s.matchAll(marker)) {
    take(s.slice(at, m.index));
    open = m[0].startsWith('</') ? '-' : (mode === 'anchor' ? 'a' : m[0].slice(1, -1));
    at = m.index + m[0].length;
  }
  take(s.slice(at));
  const plain = chars.join('');
  const inTag = new Uint8Array(plain.length);
  for (const m of plain.matchAll(/<\/?[A-Za-z][^>]*>/g)) inTag.fill(1, m.index, m.index + m[0].length);
  return chars.map((ch, i) => (inTag[i] ? '' : `${ch}\u0000${labels[i]}\u0001`)).join('');
}

// ---- 3. CourtListener-marked spans -----------------------------------------------------------------------
const files = readdirSync(join(shared, 'corpus')).filter((f) => /^flpcitator-.*\.html$/.test(f)).sort();
let marked = 0, found = 0, ours = 0, extras = [];
const byClass = {};
const misses = [];
for (const f of files) {
  const html = readFileSync(join(shared, 'corpus', f), 'utf8');
  const t = htmlToText(html);
  const cites = citer.cite(t.text);
  ours += cites.length;
  // Text offset of an HTML offset: the first text offset whose source is at or after it.
  const toText = (h) => { let lo = 0, hi = t.text.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (t.toHtml(mid) < h) lo = mid + 1; else hi = mid; } return lo; };
  const spans = [];
  const re = /<span class="(citation[^"]*)"[^>]*>([\s\S]*?)<\/span>/g;
  for (const m of html.matchAll(re)) {
    const innerStart = m.index + m[0].indexOf('>') + 1;
    const s = toText(innerStart), e = toText(m.index + m[0].length - '</span>'.length);
    if (e <= s) continue;
    spans.push([s, e, m[1]]);
  }
  // Found = a citation's span or fullSpan overlaps the marked span (CourtListener marks the name of
  // `Holden v. Hardy, supra`, our supra core is `supra`).
  const starts = cites.flatMap((c) => [c.span, c.fullSpan]);
  for (const [s, e, cls] of spans) {
    marked++;
    const hit = starts.some(([a, b]) => a < e && b > s);
    byClass[cls] ??= { n: 0, ok: 0 };
    byClass[cls].n++;
    if (hit) { found++; byClass[cls].ok++; } else misses.push(`${f}: ${t.text.slice(Math.max(0, s - 60), s)}[[${t.text.slice(s, e)}]]${t.text.slice(e, e + 40)}`.replace(/\s+/g, ' '));
  }
  for (const c of cites) {
    if (c.kind !== 'case' && c.kind !== 'caseShort') continue;
    if (spans.some(([s, e]) => c.span[0] < e && c.span[1] > s)) continue;
    extras.push({ file: f, kind: c.kind, text: c.text, context: t.text.slice(Math.max(0, c.fullSpan[0] - 80), c.fullSpan[1] + 40).replace(/\s+/g, ' ') });
  }
}
rows.push([`CourtListener-marked spans found (${reporters ? 'with reporters-db' : 'built-in tables'})`, `${found}/${marked} (${(100 * found / Math.max(1, marked)).toFixed(1)}%) in ${files.length} files`]);
for (const [cls, v] of Object.entries(byClass)) rows.push([`  class "${cls}"`, `${v.ok}/${v.n}`]);
rows.push(['case/short cites CourtListener did not mark', `${extras.length} of ${ours} citations found (sample: ${extrasFile})`]);
// A fixed, evenly spread sample of 50 for spot checks.
const step = Math.max(1, Math.floor(extras.length / 50));
writeFileSync(extrasFile, JSON.stringify({ extras: extras.filter((_, i) => i % step === 0).slice(0, 50), misses: misses.slice(0, 200), annotationFailures: annFailures }, null, 1));

// ---- summary -------------------------------------------------------------------------------------------
const w = Math.max(...rows.map((r) => r[0].length));
console.log('\ncitation accuracy');
for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
if (verbose) for (const f of annFailures) console.log(`\n${f.id}\n  want ${f.expected}\n  got  ${f.got}`);
