#!/usr/bin/env node
// Development speed check of findCitations over corpus text (HTML crudely stripped); best of N runs.
// Usage: node bench/find-speed-dev.mjs [files=60] [runs=5]
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCitationFinder } from '../dist/citations/find.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const [nFiles = 60, runs = 5] = process.argv.slice(2).map(Number);
const text = readdirSync(corpus).filter((f) => /\.(html|txt)$/.test(f)).slice(0, nFiles)
  .map((f) => readFileSync(join(corpus, f), 'utf8').replace(/<[^>]+>/g, ' ')).join('\n\n');
const finder = createCitationFinder();
const trie = new RegExp(`(?:${finder.index.source})`, 'g');
const best = (fn) => { let b = Infinity; for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); b = Math.min(b, performance.now() - t0); } return b; };
const tFind = best(() => finder.find(text));
const tTrie = best(() => { trie.lastIndex = 0; while (trie.exec(text)); });
const mb = text.length / 1e6;
console.log(`find: ${(mb / (tFind / 1000)).toFixed(1)} MB/s over ${mb.toFixed(2)} MB (${tFind.toFixed(0)} ms); reporter-trie scan alone ${(mb / (tTrie / 1000)).toFixed(1)} MB/s; ratio ${(tFind / tTrie).toFixed(1)}x`);
