// Spawns the built CLI (`npm test` builds first; alone: `npx tsc -p . && npx vitest run test/cli/stdin`;
// COURTREADER_DIST=other/dist runs another build). Covers what an in-process run cannot: stdin and exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/courtreader.js');

function run(args: string[], input: string | Uint8Array) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, cwd: repoRoot, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const ORDER = 'UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nUnited States v. Wren Talbot, No. 3:18-cr-9\n\n' +
  'Ms. Talbot moves for compassionate release under 18 U.S.C. \u00a7 3582(c)(1)(A). The motion is GRANTED.\n\nIT IS SO ORDERED.\n';
const cp1252 = (s: string) => new Uint8Array([...s].map((c) => (c === '\u00a7' ? 0xa7 : c.charCodeAt(0))));

describe('stdin ("-")', () => {
  it.each([
    ['cite - (UTF-8)', ['cite', '-', '--format', 'json'], ORDER, /"18 U\.S\.C\. § 3582\(c\)\(1\)\(A\)"/],
    ['cite with no file reads piped stdin (windows-1252)', ['cite', '--format', 'json'], cp1252(ORDER), /"18 U\.S\.C\. § 3582\(c\)\(1\)\(A\)"[\s\S]*"encoding-fallback"/],
    ['read -', ['read', '-', '--format', 'jsonl'], ORDER, /"file":"stdin".*"granted"/],
    ['explain -', ['explain', '-'], ORDER, /disposition[\s\S]*«GRANTED»/],
  ])('%s', (_n, args, input, out) => {
    const r = run(args as string[], input as string | Uint8Array);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(out as RegExp);
  });

  it('stdin holding a binary program fails with exit 1 and names stdin', () => {
    const r = run(['cite', '-'], new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0]));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^courtreader cite: stdin: the input is an executable \(ELF\)/);
  });

  it('stdin above --max-mb is refused by size, exit 1', () => {
    const r = run(['read', '-', '--max-mb', '0.01'], 'x'.repeat(20_000));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^courtreader read: stdin: input is above the limit of 0\.01 MB \(raise it with --max-mb\)/);
  });

  const bigText = path.join(mkdtempSync(path.join(tmpdir(), 'courtreader-pipe-')), 'long.txt');
  writeFileSync(bigText, 'The motion is DENIED. See 18 U.S.C. \u00a7 3582.\n'.repeat(6500));
  it.each([
    ['help', `"${bin}" cite --help | head -1`],
    // Output well past a pipe buffer (64 KB), so the write after head exits does fail.
    ['300 KB of JSON', `"${bin}" read - --format json --include-text < "${bigText}" | head -c 10`],
  ])('output cut short by | head (%s) stops quietly, no EPIPE stack', (_n, pipeline) => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" ${pipeline}`], { cwd: repoRoot, timeout: 60_000 });
    expect(r.stderr.toString()).toBe('');
    expect(r.stdout.toString().length).toBeGreaterThan(0);
  });

  it('an unknown option exits 2 without a stack trace', () => {
    const r = run(['read', '--nope', '-'], ORDER);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--nope'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
