// Spawns the built CLI (`npm test` builds first; alone: `npx tsc -p . && npx vitest run test/cli/cite`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/courtreader.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'cite', ...args], { input, encoding: 'utf8', cwd: repoRoot, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The keys every citation object carries (issue 2's list first, then the extras), in this order. */
const KEYS = [
  'kind', 'span', 'fullSpan', 'text', 'volume', 'reporter', 'reporterFound', 'page', 'pinCite', 'year', 'court',
  'plaintiff', 'defendant', 'parenthetical', 'antecedentGuess', 'title', 'chapter', 'section', 'docEntry',
  'resolvesTo', 'authority', 'rule', 'date', 'code', 'history', 'ambiguous', 'inParenthetical',
];

const ORDER = 'See United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020). Raia, 954 F.3d at 597. Id. at 597. The exhibit (Doc. No. 55-1 at 3) shows it. Id. at 4.';

describe('courtreader cite --jsonl (batch contract)', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: ORDER }),
    'this is not JSON',
    JSON.stringify({ id: 'b', html: '<p><i>United States v. Raia</i>, 954 F.3d 594 (3d Cir. 2020).</p><p>Id. at 597.</p>' }),
    JSON.stringify({ id: 'c' }),
    '',
    JSON.stringify({ id: 7, text: '' }),
    JSON.stringify([1, 2]),
  ];
  const r = run(['--jsonl'], lines.join('\n') + '\n');
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('answers every non-blank line, in order, and exits 0', () => {
    expect(r.status).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 7, null]);
  });

  it.each([
    [1, /JSON/],
    [3, /text.*html/],
    [5, /object/],
  ])('line %i gets an error and the run goes on', (i, re) => {
    expect(out[i].error).toMatch(re);
    expect(out[i].citations).toBeUndefined();
  });

  it('writes every key, camelCase, absent = null, spans slicing back to the text', () => {
    const cites = out[0].citations;
    expect(cites.length).toBeGreaterThanOrEqual(5);
    for (const c of cites) {
      expect(Object.keys(c)).toEqual(KEYS);
      expect(ORDER.slice(c.span[0], c.span[1])).toBe(c.text);
      for (const v of Object.values(c)) expect(v).not.toBeUndefined();
    }
  });

  it('resolves Id. to the record cite before it, and the short cite to the full cite', () => {
    const cites = out[0].citations as Array<Record<string, any>>;
    const ids = cites.filter((c) => c.kind === 'id');
    expect(cites[ids[0].resolvesTo].kind).toBe('case');
    expect(cites[ids[1].resolvesTo].kind).toBe('record');
    const short = cites.find((c) => c.kind === 'caseShort')!;
    expect(cites[short.resolvesTo].text).toBe('954 F.3d 594');
    expect(short.authority).toBe(cites[short.resolvesTo].authority);
  });

  it('reads html lines on their text content', () => {
    const kinds = out[2].citations.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(['case', 'id']);
    expect(out[2].citations[1].resolvesTo).toBe(0);
  });

  it('empty text gives no citations', () => {
    expect(out[4].citations).toEqual([]);
  });
});

describe('courtreader cite FILE', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-cite-'));
  const file = path.join(dir, 'order.txt');
  writeFileSync(file, ORDER);

  it.each(['json', 'jsonl', 'text'])('--format %s', (format) => {
    const r = run([file, '--format', format]);
    expect(r.status, r.stderr).toBe(0);
    if (format === 'json') {
      const doc = JSON.parse(r.stdout);
      expect(doc.source).toBe(file);
      expect(doc.citations.map((c: { text: string }) => c.text)).toContain('Doc. No. 55-1 at 3');
      expect(Array.isArray(doc.warnings)).toBe(true);
    } else if (format === 'jsonl') {
      const o = JSON.parse(r.stdout.trim());
      expect(o.id).toBe(file);
      expect(o.citations.length).toBeGreaterThan(0);
    } else {
      expect(r.stdout).toMatch(/citations/);
      expect(r.stdout).toMatch(/id\s+Id\. at 4 -> #\d+/);
    }
  });

  it('reads stdin with -', () => {
    const r = run(['-', '--format', 'jsonl'], ORDER);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).citations.length).toBeGreaterThan(0);
  });

  const shared = path.resolve(repoRoot, '../shared');
  it.skipIf(!existsSync(path.join(shared, 'data/reporters-db')))('--reporters-db loads Free Law Project data (needs ../shared)', () => {
    const r = run([file, '--format', 'jsonl', '--reporters-db', path.join(shared, 'data/reporters-db')]);
    expect(r.status, r.stderr).toBe(0);
    const base = JSON.parse(run([file, '--format', 'jsonl']).stdout);
    expect(JSON.parse(r.stdout).citations.map((c: { text: string }) => c.text)).toEqual(base.citations.map((c: { text: string }) => c.text));
  });

  it('a bad --reporters-db folder is a clear error', () => {
    const r = run([file, '--reporters-db', path.join(dir, 'no-such-dir')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^courtreader cite: .+/);
  });

  it('a missing file is a clear error, not a crash', () => {
    const r = run([path.join(dir, 'nope.txt')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no such file|not-found/i);
  });
});
