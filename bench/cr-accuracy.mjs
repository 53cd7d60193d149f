#!/usr/bin/env node
// Per-code accuracy of compassionate-release coding on the labelled development set
// (../shared/cr-orders: 80 real orders, labels.jsonl) and on our constructed orders
// (test/fixtures/cr-constructed). Usage: npm run build && node bench/cr-accuracy.mjs [--verbose] [--text-only] [--dist DIR]
// --text-only codes without readOrder (the coder's own subject, disposition and date readers).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 ? path.resolve(args[distArg + 1]) : path.join(repoRoot, 'dist');

const cr = await import(pathToFileURL(findModule(dist, 'domains/compassionate-release/index.js')).href);
let readOrder = null;
const readOrderPath = args.includes('--text-only') ? null : findModule(dist, 'order/read-order.js', true);
if (readOrderPath) {
  const mod = await import(pathToFileURL(readOrderPath).href);
  readOrder = mod.readOrder ?? null;
}

function findModule(root, rel, optional = false) {
  for (const p of [path.join(root, rel), path.join(root, 'src', rel)]) if (fs.existsSync(p)) return p;
  if (optional) return null;
  throw new Error(`cannot find ${rel} under ${root}: run npm run build first`);
}

const emptyOrder = () => ({ court: null, division: null, docketNumbers: [], caseType: null, parties: [], title: null, judge: null, date: null, motions: [], citations: [], codes: {}, warnings: [] });

function code(text) {
  let order = emptyOrder();
  if (readOrder) {
    try {
      order = readOrder(text, { domains: [] }) ?? order;
    } catch { order = emptyOrder(); }
  }
  return cr.codeCompassionateRelease(order, text);
}

// The development set's vocabulary mapped onto ours.
const GROUND_MAP = { family_caregiver: 'family_circumstances' };
const OUR_GROUND_TO_LABEL = { change_in_law: 'other', family_circumstances: 'family_caregiver' };
const DISPOSITION_MAP = { dismissed_lack_of_jurisdiction: 'dismissed' };
const outcomeOf = (d) => (['granted', 'granted_in_part'].includes(d) ? 'granted' : ['moot', 'deferred', 'withdrawn'].includes(d) ? 'excluded' : 'denied');
const proSeOf = (movant) => (movant === 'defendant_pro_se' ? true : movant === 'defendant_counsel' ? false : null);
const sameSet = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function scoreSet(name, items) {
  const tally = {};
  for (const { code: k, ok, detail } of items) {
    tally[k] ??= { n: 0, ok: 0, misses: [] };
    tally[k].n++;
    if (ok) tally[k].ok++;
    else tally[k].misses.push(detail);
  }
  console.log(`\n${name}`);
  for (const [k, t] of Object.entries(tally)) {
    console.log(`  ${k.padEnd(18)} ${String(t.ok).padStart(3)}/${String(t.n).padEnd(3)} ${(100 * t.ok / t.n).toFixed(1)}%`);
    if (verbose) for (const m of t.misses) console.log(`      miss ${m}`);
  }
  return tally;
}

function compare(id, want, got, items) {
  const isCr = want.isCr;
  items.push({ code: 'is_cr', ok: isCr === (got !== null), detail: `${id} want ${isCr} got ${got !== null}` });
  if (!isCr || !got) return;
  if (want.disposition) {
    const d = got.disposition?.value ?? null;
    items.push({ code: 'disposition', ok: d === want.disposition, detail: `${id} want ${want.disposition} got ${d}` });
    items.push({ code: 'outcome', ok: got.outcome?.value === outcomeOf(want.disposition), detail: `${id} want ${outcomeOf(want.disposition)} got ${got.outcome?.value}` });
  }
  if (want.proSe !== undefined) {
    const p = got.proSe ? got.proSe.value : null;
    items.push({ code: 'movant/proSe', ok: p === want.proSe && (want.movant ? got.movant.value === want.movant : true), detail: `${id} want ${want.proSe} got ${p}` });
  }
  if (want.exhaustion) items.push({ code: 'exhaustion', ok: got.exhaustion.value === want.exhaustion, detail: `${id} want ${want.exhaustion} got ${got.exhaustion.value}` });
  if (want.grounds) {
    const g = got.groundsAsserted.map((x) => want.groundVocabulary === 'label' ? (OUR_GROUND_TO_LABEL[x.ground.value] ?? x.ground.value) : x.ground.value);
    items.push({ code: 'grounds', ok: sameSet([...new Set(g)], want.grounds), detail: `${id} want [${want.grounds}] got [${g}]` });
  }
  if (want.findings) {
    const f = Object.fromEntries(got.groundsAsserted.map((x) => [x.ground.value, x.finding.value]));
    const ok = Object.entries(want.findings).every(([k, v]) => f[k] === v);
    items.push({ code: 'findings', ok, detail: `${id} want ${JSON.stringify(want.findings)} got ${JSON.stringify(f)}` });
  }
  if (want.denialReasons && want.disposition) {
    const r = got.denialReasons.map((x) => x.value);
    items.push({ code: 'denial_reasons', ok: sameSet(r, want.denialReasons), detail: `${id} want [${want.denialReasons}] got [${r}]` });
  }
  if (want.relief !== undefined && want.relief !== null) {
    const r = got.relief.some((x) => x.value.kind === 'time_served') ? 'time_served' : got.relief.some((x) => x.value.kind === 'reduced_term') ? 'reduced_term' : 'none';
    items.push({ code: 'relief', ok: r === want.relief, detail: `${id} want ${want.relief} got ${r}` });
  }
  if (want.movant) items.push({ code: 'movant', ok: got.movant.value === want.movant, detail: `${id} want ${want.movant} got ${got.movant.value}` });
  for (const k of ['governmentPosition', 'section3553a', 'danger', 'legalRegime']) {
    if (want[k] !== undefined) items.push({ code: k, ok: (got[k]?.value ?? null) === want[k], detail: `${id} want ${want[k]} got ${got[k]?.value ?? null}` });
  }
}

// 1. The real development set.
const shared = path.resolve(repoRoot, '../shared/cr-orders');
if (fs.existsSync(shared)) {
  const items = [];
  const t0 = performance.now();
  for (const line of fs.readFileSync(path.join(shared, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const label = JSON.parse(line);
    const text = fs.readFileSync(path.join(shared, 'orders', `${label.id}.txt`), 'utf8');
    // When an order decides two compassionate-release motions (one withdrawn, one decided), either ruling counts.
    const crMotions = label.motions.filter((x) => x.type === 'compassionate_release');
    const m = crMotions[crMotions.length - 1];
    const want = { isCr: !!m, groundVocabulary: 'label' };
    if (m) {
      if (m.disposition !== 'unknown_truncated') {
        want.disposition = DISPOSITION_MAP[m.disposition] ?? m.disposition;
        want.denialReasons = label.denial_reasons;
      }
      want.proSe = proSeOf(m.movant);
      if (m.movant === 'government') want.movant = 'government';
      if (label.exhaustion !== 'unknown_truncated') want.exhaustion = label.exhaustion;
      want.grounds = label.grounds_asserted;
      want.relief = label.relief;
    }
    compare(label.id, want, code(text), items);
  }
  const ms = performance.now() - t0;
  scoreSet(`cr-orders (80 real orders, ${readOrder ? 'with readOrder' : 'text only: readOrder not built'}; ${ms.toFixed(0)} ms)`, items);
} else console.log('../shared/cr-orders not found: skipping the real development set');

// 2. Our constructed orders (labels in our own vocabulary).
const fixtures = path.join(repoRoot, 'test/fixtures/cr-constructed');
const labelsFile = path.join(fixtures, 'labels.jsonl');
if (fs.existsSync(labelsFile)) {
  const items = [];
  for (const line of fs.readFileSync(labelsFile, 'utf8').split('\n').filter(Boolean)) {
    const want = JSON.parse(line);
    const text = fs.readFileSync(path.join(fixtures, want.file), 'utf8');
    compare(want.file, { ...want, isCr: want.isCr ?? true }, code(text), items);
  }
  scoreSet('constructed orders (test/fixtures/cr-constructed)', items);
}
