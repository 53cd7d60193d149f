#!/usr/bin/env node
// Field-by-field misses of readOrder on ../shared/cr-orders (80 labelled post-conviction orders), for rule work.
// Usage: npm run build && node bench/order-cr-detail.mjs [--verbose] [--dist DIR]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 ? resolve(args[distArg + 1]) : join(root, 'dist');
const shared = resolve(root, '../shared/cr-orders');
if (!existsSync(join(shared, 'labels.jsonl'))) {
  console.log(`no labelled orders at ${shared}; nothing to score`);
  process.exit(0);
}
const { readOrder } = await import(join(dist, 'order/index.js'));

const KIND = { home_confinement_only: 'home_confinement' };
const DISP = { dismissed_lack_of_jurisdiction: 'dismissed' };
const squash = (s) => s.toLowerCase().replace(/[\s.,:]+/g, '');
const score = {};
const bump = (field, ok, note) => {
  const s = (score[field] ??= { ok: 0, n: 0, misses: [] });
  s.n++;
  if (ok) s.ok++;
  else s.misses.push(note);
};
const quote = (text, f) => (f ? `${f.rule}: «${text.slice(...f.span).slice(0, 70).replace(/\n/g, ' ')}»` : '');

for (const line of readFileSync(join(shared, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const L = JSON.parse(line);
  const text = readFileSync(join(shared, 'orders', `${L.id}.txt`), 'utf8');
  const o = readOrder(text, { domains: [] });
  if (L.docket_number) {
    const ok = o.docketNumbers.some((d) => squash(L.docket_number).includes(squash(d.value.printed)) && squash(d.value.printed).length >= 4);
    bump('docket', ok, `${L.id}: want ${L.docket_number} got ${o.docketNumbers.map((d) => d.value.printed).join(' | ')}`);
  }
  if (L.decision_date) bump('date', o.date?.value === L.decision_date, `${L.id}: want ${L.decision_date} got ${o.date?.value} (${o.date?.rule})`);
  if (L.judge) {
    const surname = L.judge.replace(/,.*$/, '').replace(/\b(?:Jr|Sr|III|II)\.?$/i, '').trim().split(/\s+/).pop().toLowerCase();
    bump('judge', !!o.judge && o.judge.value.name.toLowerCase().includes(surname), `${L.id}: want ${L.judge} got ${o.judge?.value.name} (${o.judge?.rule})`);
  }
  if (L.court) bump('court', !!o.court && squash(o.court.value.abbreviation ?? '') === squash(L.court), `${L.id}: want ${L.court} got ${o.court?.value.abbreviation ?? null}`);
  if (L.doc_title) bump('title', !!o.title && squash(o.title.value) === squash(L.doc_title), `${L.id}: want ${L.doc_title} got ${o.title?.value}`);
  const used = new Set();
  for (const lm of L.motions) {
    const kind = KIND[lm.type] ?? lm.type;
    const entry = lm.doc_ref ? (/(\d+)/.exec(lm.doc_ref) ?? [])[1] : null;
    let m = entry ? o.motions.find((x, i) => !used.has(i) && x.kind.value === kind && x.docEntry?.value.split('-')[0] === entry) : undefined;
    m ??= o.motions.find((x, i) => !used.has(i) && x.kind.value === kind && (!entry || !x.docEntry));
    if (!m && entry) m = o.motions.find((x, i) => !used.has(i) && x.docEntry?.value.split('-')[0] === entry);
    if (m) used.add(o.motions.indexOf(m));
    bump('motion found', !!m, `${L.id}: want ${kind} ${lm.doc_ref ?? ''} got ${o.motions.map((x) => `${x.kind.value}:${x.docEntry?.value ?? '-'}`).join(', ')}`);
    if (!m) {
      if (lm.disposition !== 'unknown_truncated') bump('disposition', false, `${L.id}: want ${lm.disposition} for ${kind}, motion not found`);
      continue;
    }
    if (entry) bump('docEntry', m.docEntry?.value.split('-')[0] === entry, `${L.id}: want ${entry} got ${m.docEntry?.value}`);
    if (lm.movant !== 'unknown') {
      const want = lm.movant.startsWith('defendant') ? 'defendant' : lm.movant;
      bump('movant', m.movant?.value === want, `${L.id}: want ${want} got ${m.movant?.value}`);
      if (lm.movant === 'defendant_pro_se') bump('proSe', m.proSe?.value === true, `${L.id}: want pro se got ${m.proSe?.value}`);
    }
    if (lm.disposition === 'unknown_truncated') bump('no guess when truncated', m.disposition === null, `${L.id}: ${kind} label unknown, got ${m.disposition?.value} (${quote(text, m.disposition)})`);
    else bump('disposition', m.disposition?.value === (DISP[lm.disposition] ?? lm.disposition), `${L.id}: want ${lm.disposition} got ${m.disposition?.value} (${quote(text, m.disposition)})`);
  }
  const extra = o.motions.filter((_, i) => !used.has(i));
  bump('no extra motions', extra.length === 0, `${L.id}: extra ${extra.map((x) => `${x.kind.value}:${x.docEntry?.value ?? '-'}:${x.disposition?.value ?? '-'}`).join(', ')}`);
}

for (const [field, s] of Object.entries(score)) {
  console.log(`${field.padEnd(24)} ${s.ok}/${s.n}  ${((100 * s.ok) / s.n).toFixed(1)}%`);
  if (verbose) for (const m of s.misses) console.log('    ' + m);
}
