#!/usr/bin/env node
// Development stand-in for `courtreader cite --jsonl` (reads {id, text|html} lines, writes {id, citations}),
// found and resolved, on any build: COURTREADER_DIST=DIR runs another build than ./dist.
// Usage: node bench/cite-jsonl-dev.mjs [--reporters-db DIR] < in.jsonl
//        node ../shared/bench/eyecite/score.mjs -- node bench/cite-jsonl-dev.mjs --reporters-db ../shared/data/reporters-db
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(process.env.COURTREADER_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '../dist'));
const load = (rel) => import(pathToFileURL(join(dist, rel)).href);
const { createCiter } = await load('citations/index.js');
const { htmlToText } = await load('input/html.js');

const args = process.argv.slice(2);
const dbAt = args.indexOf('--reporters-db');
let options = {};
if (dbAt >= 0) {
  const { loadReportersDb } = await load('data/import-reporters-db.js');
  options = { reporters: loadReportersDb(args[dbAt + 1]) };
}
const citer = createCiter(options);

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let id = null;
  try {
    const o = JSON.parse(line);
    id = o.id;
    // For html, offsets index the text content (htmlToText), as in the CLI.
    const text = typeof o.text === 'string' ? o.text : htmlToText(String(o.html ?? '')).text;
    process.stdout.write(JSON.stringify({ id, citations: citer.cite(text) }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ id, error: String(e && e.message) }) + '\n');
  }
}
