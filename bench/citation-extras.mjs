#!/usr/bin/env node
// Citations we find that CourtListener did not mark, in ../shared/corpus/flpcitator-*.html: counts by
// kind, then an even spread of 50 with context, for reading by hand (run after `npx tsc -p .`).
// Usage: node bench/citation-extras.mjs [--n 50]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(repo, '../shared/corpus');
if (!existsSync(corpus)) {
  console.log(`citation-extras: skipped, ${corpus} is absent`);
  process.exit(0);
}
const args = process.argv.slice(2);
const n = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 50;
const { createCiter } = await import(join(repo, 'dist/citations/index.js'));
const { htmlToText } = await import(join(repo, 'dist/input/html.js'));
const citer = createCiter();
const kinds = new Set(['case', 'caseShort', 'reference', 'supra']);
const extras = [];
for (const f of readdirSync(corpus).filter((x) => /^flpcitator-.*\.html$/.test(x)).sort()) {
  const html = readFileSync(join(corpus, f), 'utf8');
  const t = htmlToText(html);
  // Text offset of an HTML offset: the first text offset whose source is at or after it.
  const toText = (h) => { let lo = 0, hi = t.text.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (t.toHtml(mid) < h) lo = mid + 1; else hi = mid; } return lo; };
  const spans = [];
  for (const m of html.matchAll(/<span class="(citation[^"]*)"[^>]*>([\s\S]*?)<\/span>/g)) {
    const s = toText(m.index + m[0].indexOf('>') + 1);
    const e = toText(m.index + m[0].length - '</span>'.length);
    if (e > s) spans.push([s, e]);
  }
  for (const c of citer.cite(t.text)) {
    if (!kinds.has(c.kind) || spans.some(([s, e]) => c.fullSpan[0] < e && c.fullSpan[1] > s)) continue;
    extras.push({ f, kind: c.kind, ctx: `${t.text.slice(Math.max(0, c.span[0] - 90), c.span[0])}[[${c.text}]]${t.text.slice(c.span[1], c.span[1] + 50)}` });
  }
}
const byKind = {};
for (const e of extras) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
console.log(`citations CourtListener did not mark: ${extras.length} ${JSON.stringify(byKind)}`);
const step = extras.length / n;
for (let i = 0; i < n && extras.length; i++) {
  const e = extras[Math.floor(i * step + step / 2)];
  console.log(`${i + 1}. ${e.kind} ${e.f}: ${e.ctx.replace(/\s+/g, ' ')}`);
}
