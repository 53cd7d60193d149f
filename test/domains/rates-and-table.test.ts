// Wilson intervals, the grouping helper, the circuit table and the RFC 4180 CSV of the research view.
import { describe, expect, it } from 'vitest';
import { rateTable, wilson } from '../../src/domains/rates.js';
import { circuitOf } from '../../src/domains/compassionate-release/circuits.js';
import { commissionTables, crTable, csvField, rowFromCodes, toCrCsv, type CrRow } from '../../src/domains/compassionate-release/table.js';
import { codeCompassionateRelease } from '../../src/domains/compassionate-release/index.js';
import { bareOrder, fixtureLabels, readFixture } from './cr-helpers.js';

describe('wilson', () => {
  it.each([
    // successes, n, rate, low, high (Wilson score, z = 1.96)
    [5, 10, 0.5, 0.2366, 0.7634],
    [0, 10, 0, 0, 0.2775],
    [10, 10, 1, 0.7225, 1],
    [1, 20, 0.05, 0.0089, 0.2361],
    [2101, 12138, 0.1731, 0.1664, 0.1799],
  ])('%i of %i', (k, n, rate, low, high) => {
    const w = wilson(k, n);
    expect(w.rate).toBeCloseTo(rate, 4);
    expect(w.low).toBeCloseTo(low, 3);
    expect(w.high).toBeCloseTo(high, 3);
  });
  it('n = 0 gives zeros, never NaN', () => {
    expect(wilson(0, 0)).toEqual({ rate: 0, low: 0, high: 0 });
  });
});

describe('rateTable', () => {
  const rows = [
    { court: 'a', g: ['x', 'y'], out: true },
    { court: 'a', g: ['x'], out: false },
    { court: 'b', g: [], out: null },
    { court: 'b', g: ['y'], out: true },
  ];
  it('groups by one key, skips undecided rows from n but counts them as excluded', () => {
    const t = rateTable(rows, (r) => r.court, (r) => r.out);
    expect(t.map((r) => [r.key, r.n, r.successes, r.excluded])).toEqual([['a', 2, 1, 0], ['b', 1, 1, 1]]);
  });
  it('counts a row under each of several keys', () => {
    const t = rateTable(rows, (r) => r.g, (r) => r.out);
    expect(Object.fromEntries(t.map((r) => [r.key, [r.n, r.successes]]))).toEqual({ x: [2, 1], y: [2, 2] });
  });
});

describe('circuitOf', () => {
  it.each([
    ['ncwd', '4th'], ['nysd', '2nd'], ['txnd', '5th'], ['dcd', 'D.C.'], ['mdd', '4th'], ['prd', '1st'], ['nmid', '9th'],
    ['W.D.N.C.', '4th'], ['N.D. Tex.', '5th'], ['D. Md.', '4th'], ['E.D. Mich.', '6th'], ['ca3', '3rd'], [null, null], ['zzz', null],
  ])('%s -> %s', (court, circuit) => {
    expect(circuitOf(court)).toBe(circuit);
  });
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [['x', 'y'], 'x;y'],
  ])('%j -> %s', (v, want) => {
    expect(csvField(v)).toBe(want);
  });

  const rows: CrRow[] = fixtureLabels()
    .filter((l) => l.isCr !== false)
    .map((l) => rowFromCodes(l.file, codeCompassionateRelease(bareOrder(), readFixture(l.file))!, null, readFixture(l.file)));

  it('one row per motion, every row as wide as the header, evidence quoted', () => {
    const csv = toCrCsv(rows);
    const records = parseCsv(csv);
    expect(records.length).toBe(rows.length + 1);
    for (const r of records) expect(r.length).toBe(records[0].length);
    const header = records[0];
    const ev = header.indexOf('exhaustion_evidence');
    const file = header.indexOf('source');
    const a01 = records.find((r) => r[file] === 'a01-short-denial-covid.txt')!;
    expect(a01[ev]).toMatch(/has not shown that he asked the warden/);
    expect(a01[header.indexOf('denial_reasons')]).toBe('failure_to_exhaust;no_extraordinary_compelling');
  });

  it('Commission layout: overall, circuit, district, grants by ground, denials by reason', () => {
    const tables = commissionTables(rows);
    expect(tables.map((t) => t.title)).toEqual(['all motions', 'by circuit', 'by district', 'grants by ground', 'denials by reason']);
    const all = tables[0].rows[0];
    expect(all.n).toBe(rows.filter((r) => r.outcome !== 'excluded' && r.outcome !== null).length);
    expect(all.successes).toBe(rows.filter((r) => r.outcome === 'granted').length);
    const reasons = crTable(rows, 'reason').rows;
    expect(reasons.find((r) => r.key === 'failure_to_exhaust')!.successes).toBe(rows.filter((r) => r.denialReasons.includes('failure_to_exhaust') && r.outcome === 'denied').length);
  });
});

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(s: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(f); out.push(row); row = []; f = ''; i++; }
    else f += c;
  }
  return out;
}
