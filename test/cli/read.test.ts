// Spawns the built CLI (`npm test` builds first; alone: `npx tsc -p . && npx vitest run test/cli/read`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orderOutputSchema, readLineSchema } from '../../src/order/schema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/courtreader.js');
const sample = path.join(repoRoot, 'examples/sample-order.txt');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-read-'));
const granted = path.join(dir, 'granted.txt');
writeFileSync(
  granted,
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MAINE\n\nUNITED STATES OF AMERICA\nv.\nODETTE FAIRWEATHER\n\nDocket No. 2:14-cr-00077-JAW\n\nORDER ON MOTION FOR COMPASSIONATE RELEASE\n\nOdette Fairweather moves for compassionate release. (ECF No. 240). The Court GRANTS the motion.\n\nSO ORDERED.\n\n/s/ Jonas A. Whitfield\nUNITED STATES DISTRICT JUDGE\n\nDated this 9th day of July, 2020\n`,
);

describe('courtreader read', () => {
  it('--format json prints the full record for one file, in the published shape', () => {
    const r = run(['read', sample, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const order = JSON.parse(r.stdout);
    expect(orderOutputSchema.safeParse(order).success).toBe(true);
    expect(order.court.value.id).toBe('nced');
    expect(order.docketNumbers[0].value.normalized).toBe('5:16-cr-00214');
    expect(order.date).toMatchObject({ value: '2021-05-03', kind: 'signed', rule: 'date/signed-label' });
    expect(order.motions.map((m: any) => [m.kind.value, m.docEntry.value, m.disposition.value])).toEqual([
      ['compassionate_release', '88', 'denied'],
      ['appoint_counsel', '89', 'moot'],
    ]);
    for (const key of ['value', 'span', 'rule', 'confidence']) expect(Object.keys(order.judge)).toContain(key);
    expect(order.text).toBeUndefined();
  });

  it('--include-text adds the original text, and spans index it', () => {
    const r = run(['read', sample, '--format', 'json', '--include-text']);
    const order = JSON.parse(r.stdout);
    expect(order.text.slice(...order.motions[0].disposition.span)).toBe('DENIED');
    expect(order.text.slice(...order.judge.span)).toContain('Beatrix O. Lindqvist');
  });

  it('--format jsonl writes one line per file, with an error line for a file it cannot read', () => {
    const r = run(['read', sample, path.join(dir, 'missing.txt'), granted, '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(readLineSchema.safeParse(l).success).toBe(true);
    expect(lines[0].file).toBe(sample);
    expect(lines[1].error).toBeTruthy();
    expect(lines[2].order.motions[0].disposition.value).toBe('granted');
    expect(r.status).toBe(1);
  });

  it('--format text is a one-screen summary quoting the evidence', () => {
    const r = run(['read', granted]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Court\s+D\. Me\. \(med\)/);
    expect(r.stdout).toContain('2:14-cr-00077');
    expect(r.stdout).toContain('GRANTED');
    expect(r.stdout).toContain('«GRANTS»');
    expect(r.stdout.split('\n').length).toBeLessThan(30);
  });
});

describe('courtreader explain', () => {
  it('lists every value with its rule id and the text it read', () => {
    const r = run(['explain', sample]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('motions[0].disposition');
    expect(r.stdout).toContain('rule disposition/denied');
    expect(r.stdout).toContain('rule docket/');
    expect(r.stdout).toContain('«May 3, 2021»');
  });

  it('fails cleanly on a missing file', () => {
    const r = run(['explain', path.join(dir, 'nope.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.txt');
  });
});
