#!/usr/bin/env node
/**
 * Per-field accuracy of readOrder (from the built dist/) on three label sets:
 *   1. the hand-labelled development set, test/golden/order/*.expected.json (over ../shared/corpus);
 *   1b. the held-out set, test/golden/heldout/*.expected.json (same scoring; see docs/order-heldout.md);
 *   1c. held-out set 2, test/golden/heldout2/*.expected.json (appellate and other courts; docs/order-heldout2.md);
 *   2. MANIFEST.csv's court, docket, date and judge (source metadata, a second check);
 *   3. ../shared/cr-orders/labels.jsonl (80 post-conviction orders, mapped to our vocabulary).
 *   4. any extra label folder given as `--set DIR` (misses listed with --misses) or `--blind DIR` (figures
 *      only, misses never printed): documents sit beside their labels, `X.txt` with `X.txt.expected.json`.
 *      Used for evaluation sets that are not in the repo (real orders we may not redistribute).
 * Usage: npm run build && node bench/order-accuracy.mjs [--misses] [--set DIR]... [--blind DIR]...
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CR_KINDS, formatTotals, labelsFromCrOrder, scoreOrder, tally } from './order-score.mjs';
import { formatManifestTotals, manifestTotals, scoreManifestRow } from './order-manifest.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const showMisses = process.argv.includes('--misses');

const dist = (p) => path.join(process.env.COURTREADER_DIST ?? path.join(repoRoot, 'dist'), p);
if (!existsSync(dist('order/read-order.js')) || !existsSync(dist('input/read-document.js'))) {
  console.error('dist/ has no readOrder/readDocument yet: run `npm run build` first');
  process.exit(1);
}
const { readDocument } = await import(dist('input/read-document.js'));
const { readOrder } = await import(dist('order/read-order.js'));
const { findCourtInCaption, courtByCitationString } = await import(dist('data/courts.js'));

async function read(file) {
  try {
    return readOrder(await readDocument(file));
  } catch (e) {
    return { error: String(e), docketNumbers: [], parties: [], motions: [] };
  }
}

function report(title, totals, misses) {
  console.log(`\n## ${title}\n${formatTotals(totals)}`);
  if (showMisses && misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
}

/** Score every golden of one label folder (test/golden/<name>, or an absolute folder) against its documents. */
async function scoreGoldens(title, rel, { beside = false, blind = false } = {}) {
  const dir = path.resolve(repoRoot, rel);
  const goldens = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) : [];
  const totals = {};
  const misses = [];
  for (const g of goldens) {
    const r = scoreOrder(g.labels, await read(path.join(beside ? dir : path.join(shared, 'corpus'), g.file)));
    tally(totals, r);
    const wrong = Object.keys(r).filter((k) => !r[k]);
    if (wrong.length) misses.push(`${g.file}: ${wrong.join(', ')}`);
  }
  if (goldens.length) report(`${title} (${goldens.length} documents, ${rel})`, totals, blind ? [] : misses);
}

// 1. development set; 1b. held-out set (docs/order-heldout.md): same scoring, never tuned on
await scoreGoldens('development set', 'test/golden/order');
await scoreGoldens('held-out set', 'test/golden/heldout');
await scoreGoldens('held-out set 2', 'test/golden/heldout2'); // labelled blind, docs/order-heldout2.md
await scoreGoldens('held-out set 3', 'test/golden/heldout3'); // labelled blind, docs/order-heldout3.md
// 4. label folders outside the repo
const extra = (flag) => process.argv.flatMap((a, i) => (a === flag && process.argv[i + 1] ? [process.argv[i + 1]] : []));
for (const dir of extra('--set')) await scoreGoldens('extra set', path.resolve(dir), { beside: true });
for (const dir of extra('--blind')) await scoreGoldens('blind set (misses not shown)', path.resolve(dir), { beside: true, blind: true });

// 2. MANIFEST.csv metadata
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
{
  // Per field: all rows, the rows whose value the text prints, and the rest (where null is the right answer).
  const rows = parseCsv(readFileSync(path.join(shared, 'corpus/MANIFEST.csv'), 'utf8'));
  const results = [];
  const misses = [];
  let n = 0;
  for (const row of rows) {
    if (!row.court && !row.docket && !row.date && !row.judge) continue;
    n++;
    let doc = null;
    let order = { docketNumbers: [] };
    try {
      doc = await readDocument(path.join(shared, 'corpus', row.file));
      order = readOrder(doc);
    } catch {
      // scored as an empty reading
    }
    const r = scoreManifestRow(row, order, doc?.text ?? '', { findCourtInCaption, courtByCitationString });
    results.push(r);
    const wrong = Object.keys(r).filter((k) => !r[k].ok).map((k) => (r[k].inText ? k : `${k}(not in text${r[k].gave ? ', gave a value' : ''})`));
    if (wrong.length) misses.push(`${row.file}: ${wrong.join(', ')}`);
  }
  console.log(`\n## MANIFEST.csv metadata (${n} documents with any of court/docket/date/judge)\n${formatManifestTotals(manifestTotals(results))}`);
  if (showMisses && misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
}

// 3. cr-orders
{
  const dir = path.join(shared, 'cr-orders');
  const lines = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const totals = {};
  const misses = [];
  for (const line of lines) {
    const labels = labelsFromCrOrder(line, (s) => courtByCitationString(s)?.id ?? null);
    const r = scoreOrder(labels, await read(path.join(dir, 'orders', `${line.id}.txt`)), { kinds: CR_KINDS });
    tally(totals, r);
    const wrong = Object.keys(r).filter((k) => !r[k]);
    if (wrong.length) misses.push(`${line.id}: ${wrong.join(', ')}`);
  }
  report(`cr-orders (${lines.length} post-conviction orders, ../shared/cr-orders/labels.jsonl)`, totals, misses);
}
process.exit(0);
