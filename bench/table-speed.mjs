#!/usr/bin/env node
// Speed of the compassionate-release research table: synthesize N coded motions (default 10,000),
// then time the Commission-style aggregation (all groupings) and the full CSV with evidence text.
// Bar: under 2 s for 10,000. Usage: npm run build && node bench/table-speed.mjs [N] [--dist DIR]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 ? path.resolve(args[distArg + 1]) : path.join(repoRoot, 'dist');
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10000);
const table = await import(pathToFileURL(path.join(dist, 'domains/compassionate-release/table.js')).href);

// A deterministic generator (no Math.random: runs compare).
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const courts = ['ncwd', 'nced', 'nysd', 'nyed', 'txnd', 'txsd', 'mied', 'ohnd', 'tned', 'cand', 'flmd', 'ilnd', 'paed', 'mdd', 'dcd', 'kand', 'wawd', 'gand', 'azd', 'mnd'];
const judges = Array.from({ length: 120 }, (_, i) => `Judge ${String.fromCharCode(65 + (i % 26))}. Example-${i}`);
const grounds = ['covid_risk', 'serious_medical', 'age', 'family_circumstances', 'rehabilitation', 'unusually_long_sentence', 'terminal_illness'];
const reasons = ['failure_to_exhaust', 'no_extraordinary_compelling', 'section_3553a', 'danger'];
const sentence = 'Defendant has not shown that he exhausted available administrative remedies by first asking the Bureau, "as required", to file a motion on his behalf, and the Court DENIED it.';

const rows = [];
for (let i = 0; i < n; i++) {
  const outcome = rnd() < 0.17 ? 'granted' : rnd() < 0.95 ? 'denied' : 'excluded';
  const g = grounds.filter(() => rnd() < 0.3);
  const r = outcome === 'denied' ? reasons.filter(() => rnd() < 0.35) : [];
  const evidence = Object.fromEntries(['disposition', 'relief', 'movant', 'proSe', 'governmentPosition', 'exhaustion', 'grounds', 'findings', 'section3553a', 'danger', 'denialReasons', 'legalRegime'].map((k) => [k, sentence.slice(0, 40 + (i % 120))]));
  const court = pick(courts);
  rows.push({
    source: `orders/${i}.txt`, court, circuit: null, judge: pick(judges), date: `20${20 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    docEntry: String(i % 400), disposition: outcome === 'granted' ? 'granted' : outcome === 'denied' ? 'denied' : 'moot', outcome,
    relief: outcome === 'granted' ? ['time_served'] : [], reducedTermMonths: null, stayDays: outcome === 'granted' ? 14 : null,
    movant: 'defendant', proSe: rnd() < 0.7, governmentPosition: 'opposed', exhaustion: pick(['satisfied', 'not_satisfied', 'not_addressed']),
    grounds: g, findings: g.map(() => pick(['found', 'not_found', 'not_reached'])), section3553a: pick(['weighs_against', 'not_reached']),
    danger: 'not_addressed', denialReasons: r, soleReason: r.length === 1 ? r[0] : null, legalRegime: 'old_policy_statement', evidence,
    rules: { disposition: 'cr/disposition/passive', exhaustion: 'cr/exhaustion/not-shown' },
  });
}
// circuits as the row builder would set them
const { circuitOf } = await import(pathToFileURL(path.join(dist, 'domains/compassionate-release/circuits.js')).href);
for (const r of rows) r.circuit = circuitOf(r.court);

const c0 = process.cpuUsage();
const t0 = performance.now();
const tables = [...table.commissionTables(rows), ...['court', 'judge', 'month', 'ground', 'circuit', 'reason'].map((by) => table.crTable(rows, by))];
const t1 = performance.now();
const csv = table.toCrCsv(rows);
const t2 = performance.now();
const total = t2 - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`${n} coded motions: ${tables.length} tables in ${(t1 - t0).toFixed(0)} ms, CSV (${(csv.length / 1e6).toFixed(1)} MB) in ${(t2 - t1).toFixed(0)} ms; total ${total.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (bar: 2000 ms) ${total < 2000 ? 'PASS' : 'FAIL'}`);
