#!/usr/bin/env node
// Recall of the case citations CourtListener marked (<span class="citation">) in ../shared/corpus/flpcitator-*.html.
// A marked span counts as found when a citation's span or fullSpan overlaps it.
// Usage: node bench/flp-recall.mjs [--misses N] [--reporters-db DIR]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { createCitationFinder } from '../dist/citations/find.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../shared/corpus');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : 0;
let options = {};
if (args.includes('--reporters-db')) {
  const { loadReportersDb } = await import('../dist/data/import-reporters-db.js');
  options = { reporters: loadReportersDb(args[args.indexOf('--reporters-db') + 1]) };
}
const finder = createCitationFinder(options);
const BLOCK = /^(?:p|div|br|li|tr|h\d|pre|blockquote|center|table)$/i;

/** HTML -> text, with the text spans of <span class="citation"> elements. */
function toText(html) {
  let text = '';
  const marks = [];
  const open = []; // stack of span kinds: 'cite' | 'other'
  const re = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;
  let m;
  while ((m = re.exec(html)) !== null) {
    if (m[4] !== undefined) { text += decodeHTML(m[4]); continue; }
    const [, close, tag, attrs] = m;
    if (BLOCK.test(tag) && !text.endsWith('\n')) text += '\n';
    if (tag.toLowerCase() !== 'span') continue;
    if (!close) {
      const isCite = /class="citation"/.test(attrs);
      open.push(isCite ? { start: text.length } : null);
    } else {
      const o = open.pop();
      if (o) marks.push([o.start, text.length]);
    }
  }
  return { text, marks };
}

let total = 0, found = 0, bytes = 0, ms = 0, count = 0;
const misses = [];
for (const f of readdirSync(corpus).filter((f) => /^flpcitator-.*\.html$/.test(f))) {
  const { text, marks } = toText(readFileSync(join(corpus, f), 'utf8'));
  const t0 = performance.now();
  const cites = finder.find(text);
  ms += performance.now() - t0;
  bytes += text.length;
  count += cites.length;
  const spans = cites.flatMap((c) => [c.span, c.fullSpan]).sort((a, b) => a[0] - b[0]);
  for (const [s, e] of marks) {
    total++;
    if (spans.some(([a, b]) => a < e && b > s)) found++;
    else misses.push(`${f}: ${JSON.stringify(text.slice(Math.max(0, s - 60), s))} [[${text.slice(s, e)}]] ${JSON.stringify(text.slice(e, e + 40))}`);
  }
}
for (const x of misses.slice(0, showMisses)) console.log(x);
console.log(`flp-recall: ${found}/${total} (${(100 * found / total).toFixed(1)}%), ${count} citations found, ${(bytes / 1e6).toFixed(2)} MB text in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)`);
