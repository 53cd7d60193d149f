#!/usr/bin/env node
// Development stand-in for `courtreader cite --jsonl` (reads {id, text|html} lines, writes {id, citations}).
// Usage: node bench/cite-jsonl-dev.mjs [--reporters-db DIR] < in.jsonl
import { createInterface } from 'node:readline';
import { createCitationFinder } from '../dist/citations/find.js';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--reporters-db');
let options = {};
if (dbAt >= 0) {
  const { loadReportersDb } = await import('../dist/data/import-reporters-db.js');
  options = { reporters: loadReportersDb(args[dbAt + 1]) };
}
const finder = createCitationFinder(options);

// Crude HTML to text: drop tags, decode a few entities. Offsets then index this text.
const stripHtml = (html) =>
  html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let id = null;
  try {
    const o = JSON.parse(line);
    id = o.id;
    const text = typeof o.text === 'string' ? o.text : stripHtml(String(o.html ?? ''));
    process.stdout.write(JSON.stringify({ id, citations: finder.find(text) }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ id, error: String(e && e.message) }) + '\n');
  }
}
