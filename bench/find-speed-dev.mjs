#!/usr/bin/env node
// Development speed check of findCitations, document by document, over corpus text (HTML crudely stripped); best of N runs.
// Usage: node bench/find-speed-dev.mjs [files=60] [runs=5]   (COURTREADER_DIST=DIR runs another build than ./dist)
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.env.COURTREADER_DIST ? resolve(process.env.COURTREADER_DIST) : resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const { createCitationFinder } = await import(join(dist, 'citations/find.js'));

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const [nFiles = 60, runs = 5] = process.argv.slice(2).map(Number);
const docs = readdirSync(corpus).filter((f) => /\.(html|txt)$/.test(f)).slice(0, nFiles)
  .map((f) => readFileSync(join(corpus, f), 'utf8').replace(/<[^>]+>/g, ' '));
const text = docs.join('\n\n');
const finder = createCitationFinder();
const trie = new RegExp(`(?:${finder.index.source})`, 'g');
// CPU time of this process (user), best of N: steadier than wall time on a shared machine.
const cpu = () => process.cpuUsage().user / 1000;
const best = (fn) => { let b = Infinity; for (let i = 0; i < runs; i++) { const t0 = cpu(); fn(); b = Math.min(b, cpu() - t0); } return b; };
const tFind = best(() => { for (const d of docs) finder.find(d); });
const tBig = best(() => finder.find(text));
const tTrie = best(() => { trie.lastIndex = 0; while (trie.exec(text)); });
const mb = text.length / 1e6;
console.log(`find: ${(mb / (tFind / 1000)).toFixed(1)} MB/s over ${mb.toFixed(2)} MB (${tFind.toFixed(0)} ms); reporter-trie scan alone ${(mb / (tTrie / 1000)).toFixed(1)} MB/s; ratio ${(tFind / tTrie).toFixed(1)}x; all documents as one text: ${(mb / (tBig / 1000)).toFixed(1)} MB/s`);
