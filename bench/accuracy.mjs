#!/usr/bin/env node
// Accuracy of the citation engine on ../shared (run `npm run bench:accuracy`; it builds first):
//  1. eyecite-derived find + resolution cases: ../shared/bench/eyecite/score.mjs against the `cite --jsonl`
//     command, with the built-in tables and with --reporters-db.
//  2. all 32 resolution cases scored here, in process (score.mjs scores 27 of them: it leaves out the
//     segment cases eyecite resolves differently once joined, and the "reference with resolved name" cases).
//  3. the 23 annotation cases, scored here (exact output, or the same characters wrapped per citation).
//  4. recall of the case citations CourtListener marked in ../shared/corpus/flpcitator-*.html, and the
//     citations we find that it did not mark (a sample is written for spot checks).
// Usage: node bench/accuracy.mjs [--extras FILE] [--verbose] [--only eyecite,resolve,annotate,marked]
// COURTREADER_DIST=DIR runs another build than ./dist (e.g. a private `tsc --outDir` copy).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.COURTREADER_DIST ?? join(repo, 'dist'));
const load = (rel) => import(pathToFileURL(join(dist, rel)).href);

// `node bench/accuracy.mjs --as-cli cite --jsonl ...`: this script stands in for bin/courtreader.js on `dist`.
if (process.argv[2] === '--as-cli') {
  const { main } = await load('cli/main.js');
  await main([process.argv[0], process.argv[1], ...process.argv.slice(3)]);
} else await run();

async function run() {
const shared = resolve(repo, '../shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const extrasFile = args.includes('--extras') ? args[args.indexOf('--extras') + 1] : '/tmp/courtreader-extras.json';
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const want = (section) => !only || only.has(section);
if (!existsSync(join(shared, 'bench/eyecite'))) {
  console.log(`accuracy: skipped, ${shared} is absent (the shared test data is not in the repository)`);
  process.exit(0);
}
const reportersDb = join(shared, 'data/reporters-db');
const { createCiter, annotate } = await load('citations/index.js');
const { htmlToText } = await load('input/html.js');
const importer = await load('data/import-reporters-db.js').catch(() => null);
const reporters = importer && existsSync(reportersDb) ? importer.loadReportersDb(reportersDb) : undefined;
const citers = [['built-in tables', createCiter({})], ...(reporters ? [['with reporters-db', createCiter({ reporters })]] : [])];

const rows = [];

// ---- 1. eyecite suite --------------------------------------------------------------------------------
function score(extra) {
  const r = spawnSync(process.execPath, [join(shared, 'bench/eyecite/score.mjs'), '--', process.execPath, fileURLToPath(import.meta.url), '--as-cli', 'cite', '--jsonl', ...extra], { encoding: 'utf8', cwd: repo, maxBuffer: 1 << 28 });
  const out = r.stdout.trim();
  const last = out.split('\n').pop() ?? '';
  const json = out.slice(0, out.lastIndexOf('\n')).trim();
  let summary = null;
  try { summary = JSON.parse(json); } catch { /* the command failed; the last line says so */ }
  return { last, summary };
}
for (const [label, extra] of want('eyecite') ? [['built-in tables', []], ['--reporters-db', ['--reporters-db', reportersDb]]] : []) {
  if (extra.length && !importer) { rows.push([`eyecite find+resolve (${label})`, 'skipped: no reporters-db importer in this build']); continue; }
  const { last, summary } = score(extra);
  if (!summary) { rows.push([`eyecite (${label})`, last]); continue; }
  rows.push([`eyecite exact cases (${label})`, `${summary.exactCases}  P ${summary.precision} R ${summary.recall}`]);
  rows.push([`eyecite resolution (${label})`, summary.resolution]);
}

// ---- 2. all resolution cases, in process ---------------------------------------------------------------
const rcases = JSON.parse(readFileSync(join(shared, 'bench/eyecite/eyecite-resolve-cases.json'), 'utf8'));
const resFailures = [];
/**
 * Authority number of each citation (in order of first appearance), null when it resolves to nothing.
 * score.mjs gives every root that is not a short form an authority, an `unknown` cite (`Blah § 2`) too;
 * eyecite gives an unknown citation no resource. `strict` counts the score.mjs way.
 */
function resources(list, strict) {
  const SHORT = new Set(['id', 'supra', 'caseShort', 'reference']);
  const root = (i, seen = new Set()) => {
    if (i == null || seen.has(i) || !list[i]) return null;
    seen.add(i);
    return list[i].resolvesTo == null ? i : root(list[i].resolvesTo, seen);
  };
  const order = new Map();
  return list.map((_, i) => {
    const r = root(i);
    if (r == null || SHORT.has(list[r].kind) || (!strict && list[r].kind === 'unknown')) return null;
    const key = list[r].authority ?? 'i' + r;
    if (!order.has(key)) order.set(key, order.size);
    return order.get(key);
  });
}
for (const [label, citer] of want('resolve') ? citers : []) {
  let pass = 0, strictPass = 0;
  for (const c of rcases) {
    const cites = citer.cite(c.text);
    for (const strict of [true, false]) {
    const have = resources(cites, strict);
    let ok, wantText;
    if (c.type === 'segments') {
      const expected = c.expected.map((e) => e.resource);
      ok = JSON.stringify(have) === JSON.stringify(expected);
      wantText = JSON.stringify(expected);
    } else if (c.type === 'clusters') {
      const groups = new Map();
      have.forEach((v, i) => { if (v != null) { if (!groups.has(v)) groups.set(v, []); groups.get(v).push(i); } });
      ok = JSON.stringify([...groups.values()]) === JSON.stringify(c.clusters);
      wantText = JSON.stringify(c.clusters);
    } else {
      // The name of the first cite, as eyecite would learn it from a database, finds one more reference
      // to it: we must find it from the text alone (`State v. W1ngler` ... `State v. Wingler at 175`).
      const refs = cites.filter((x) => x.kind === 'reference');
      ok = cites.length === c.expected_total_citations && refs.length === c.expected_new_references && refs.every((x) => have[cites.indexOf(x)] === have[0] && have[0] !== null);
      wantText = `${c.expected_total_citations} citations, ${c.expected_new_references} reference to the first`;
    }
    if (ok) strict ? strictPass++ : pass++;
    else resFailures.push({ tables: label + (strict ? ', score.mjs counting' : ''), id: c.id, want: wantText, got: cites.map((x, i) => `${x.kind} ${JSON.stringify(x.text)} -> ${have[i]}`).join(' | ') });
    }
  }
  rows.push([`resolution, all ${rcases.length} cases (${label})`, `${pass}/${rcases.length} (${strictPass}/${rcases.length} when an unknown cite counts as an authority, as score.mjs does)`]);
}

// ---- 3. annotation --------------------------------------------------------------------------------------
const acases = JSON.parse(readFileSync(join(shared, 'bench/eyecite/eyecite-annotate-cases.json'), 'utf8'));
const annFailures = [];
for (const [label, citer] of want('annotate') ? citers : []) {
  let exact = 0, same = 0;
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
    annFailures.push({ tables: label, id: c.id, expected: c.expected_output, got: out });
  }
  rows.push([`annotation cases (${label})`, `${same}/${acases.length} wrap the same characters (${exact} byte-identical)`]);
}

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

// ---- 4. CourtListener-marked spans -----------------------------------------------------------------------
if (want('marked')) {
  const citer = citers[citers.length - 1][1];
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
  writeFileSync(extrasFile, JSON.stringify({ extras: extras.filter((_, i) => i % step === 0).slice(0, 50), misses: misses.slice(0, 200), annotationFailures: annFailures, resolutionFailures: resFailures }, null, 1));
}

// ---- summary -------------------------------------------------------------------------------------------
const w = Math.max(...rows.map((r) => r[0].length));
console.log('\ncitation accuracy');
for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
if (verbose) for (const f of annFailures) console.log(`\n${f.id} (${f.tables})\n  want ${f.expected}\n  got  ${f.got}`);
if (verbose) for (const f of resFailures) console.log(`\n${f.id} (${f.tables})\n  want ${f.want}\n  got  ${f.got}`);
}
