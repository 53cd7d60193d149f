// Bad input from the command line: every case gets one clear line on stderr naming the input and what is
// wrong, the documented exit status (0 done, 1 an input failed, 2 bad command line), and no stack trace.
// Runs the CLI in-process through runCli (no build needed); test/cli/stdin.test.ts covers the built bin.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { buildPdf } from '../input/pdf-builder.js';

const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-cli-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

const ORDER = 'UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nUnited States v. Ansel Quarry, No. 2:19-cr-44\n\n' +
  'Mr. Quarry moves under 18 U.S.C. \u00a7 3582(c)(1)(A). See United States v. Brooker, 976 F.3d 228, 237 (2d Cir. 2020). ' +
  'The \u201cmotion\u201d is DENIED.\n\nSO ORDERED.\n';
const CP1252: Record<string, number> = { '\u00a7': 0xa7, '\u201c': 0x93, '\u201d': 0x94 };

const f = (name: string, data: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};
const files = {
  good: f('good.txt', ORDER),
  empty: f('empty.txt', ''),
  missing: path.join(dir, 'missing.txt'),
  binary: f('program', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array(200).fill(0)])),
  zeros: f('zeros.txt', new Uint8Array(4096)),
  cp1252: f('cp1252.txt', new Uint8Array([...ORDER].map((c) => CP1252[c] ?? c.charCodeAt(0)))),
  utf16: f('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ORDER.replace(/\n/g, '\r\n'), 'utf16le')])),
  bom: f('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ORDER)])),
  nul: f('nul.txt', Buffer.from(ORDER.replace('SO ORDERED', 'SO\0ORDERED'))),
  html: f('page.html', `<html><head><script>alert("x")</script></head><body><p>${ORDER}</p><script>document.write(1)</script></body></html>`),
  notCl: f('other.json', '{"foo": [1, 2, 3], "bar": {"baz": "qux"}}'),
  truncatedPdf: f('cut.pdf', buildPdf([[{ x: 72, y: 700, text: 'The motion is DENIED.' }]]).slice(0, 120)),
  emptyDir: path.join(dir, 'nothing-here'),
  notDb: f('notes.db', 'this is not a database'),
};
mkdirSync(files.emptyDir);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: any) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: any) => ((stderr += String(c)), true));
  try {
    process.exitCode = undefined;
    const code = await runCli(['node', 'courtreader', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const NO_STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

describe('one input that cannot be read: exit 1, one line naming it and the problem', () => {
  it.each([
    ['cite', files.missing, /cite: .*missing\.txt: no such file/],
    ['read', files.missing, /read: .*missing\.txt: no such file/],
    ['explain', files.missing, /explain: .*missing\.txt: no such file/],
    ['cite', files.binary, /program: the input is an executable \(ELF\); courtreader reads plain text, PDF, HTML and JSON/],
    ['read', files.zeros, /zeros\.txt: nothing but NUL bytes \(4096\), not text/],
    ['cite', files.emptyDir, /nothing-here: no \.txt \.pdf \.html \.htm or \.json file in this folder/],
    ['read', files.emptyDir, /nothing-here: no \.txt/],
    ['explain', files.emptyDir, /nothing-here: is a folder, not a file/],
  ])('%s %s', async (command, input, message) => {
    const r = await cli(command, input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The path is said once, not "path: path: ...".
    expect(r.stderr.split(path.basename(input)).length).toBe(2);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('size limit', () => {
  it.each([['cite'], ['read'], ['explain'], ['table']])('%s --max-mb refuses a larger file by name, in MB', async (command) => {
    const big = f('big.txt', 'x'.repeat(1.5 * 1048576));
    const r = await cli(...(command === 'table' ? [command, 'compassionate-release'] : [command]), big, '--max-mb', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: file is 1\.5 MB, above the limit of 1\.0 MB/);
  });

  it('--max-mb must be a positive number', async () => {
    const r = await cli('read', files.good, '--max-mb', 'lots');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-mb must be a positive number/);
  });
});

describe('awkward input that can be read: exit 0, citations kept, a warning when something was guessed', () => {
  it.each([
    ['windows-1252 bytes', files.cp1252, 'encoding-fallback'],
    ['UTF-16LE with BOM and CRLF', files.utf16, null],
    ['UTF-8 with BOM', files.bom, null],
    ['a NUL byte in the text', files.nul, 'nul-bytes'],
    ['HTML full of scripts', files.html, null],
  ])('%s', async (_n, input, warning) => {
    const r = await cli('cite', input, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const texts = out.citations.map((c: { text: string }) => c.text);
    expect(texts).toContain('18 U.S.C. \u00a7 3582(c)(1)(A)');
    expect(texts.some((t: string) => t.startsWith('976 F.3d 228'))).toBe(true);
    const codes = out.warnings.map((w: { code: string }) => w.code);
    if (warning) expect(codes).toContain(warning);
    else expect(codes.filter((c: string) => c.startsWith('encoding') || c === 'nul-bytes')).toEqual([]);
    expect(JSON.stringify(out)).not.toContain('alert(');
  });

  it.each([
    ['an empty file', files.empty, 'empty-text'],
    ['JSON that is not CourtListener JSON', files.notCl, 'json-no-text'],
    ['a truncated PDF', files.truncatedPdf, 'pdf-'],
  ])('%s: exit 0 with a warning saying no text was found', async (_n, input, warning) => {
    const r = await cli('cite', input, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code).join(' ')).toContain(warning);
  });
});

describe('spans index the decoded text whatever the bytes were', () => {
  it.each([
    ['windows-1252', files.cp1252],
    ['UTF-16LE with CRLF', files.utf16],
    ['UTF-8 with BOM', files.bom],
    ['a NUL byte read as a space', files.nul],
  ])('%s', async (_n, input) => {
    const r = await cli('read', input, '--format', 'json', '--include-text');
    expect(r.code, r.stderr).toBe(0);
    const order = JSON.parse(r.stdout);
    const spans: Array<[number, number]> = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Array.isArray(o.span) && o.span.length === 2 && typeof o.span[0] === 'number') spans.push(o.span as [number, number]);
        Object.values(o).forEach(walk);
      }
    };
    walk({ ...order, text: undefined });
    expect(spans.length).toBeGreaterThan(3);
    for (const [a, b] of spans) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(order.text.length);
    }
    expect(order.text.slice(...order.motions[0].disposition.span)).toBe('DENIED');
    const cite = order.citations.find((c: { text: string }) => c.text.startsWith('18 U.S.C.'));
    expect(order.text.slice(...cite.span)).toBe('18 U.S.C. \u00a7 3582(c)(1)(A)');
  });
});

describe('a batch goes on past a bad input and says which failed', () => {
  it.each([
    ['cite', ['--format', 'jsonl']],
    ['read', ['--format', 'jsonl']],
  ])('%s %j', async (command, extra) => {
    const r = await cli(command, files.good, files.missing, files.binary, files.cp1252, ...extra);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => ('error' in l ? 'error' : 'ok'))).toEqual(['ok', 'error', 'error', 'ok']);
    expect(r.stderr).toMatch(/2 of 4 inputs failed/);
  });

  it('cite --format text prints the readable files and lists the failures on stderr', async () => {
    const r = await cli('cite', files.good, files.missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('good.txt: 2 citations');
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('table reads what it can and counts the failures', async () => {
    const r = await cli('table', 'compassionate-release', files.good, files.missing, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).motions).toBe(1);
    expect(r.stderr).toMatch(/1 of 2 files read \(1 failed\)/);
  });

  it('a folder is read file by file', async () => {
    const sub = path.join(dir, 'orders');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'a.txt'), ORDER);
    writeFileSync(path.join(sub, 'b.txt'), ORDER.replace('DENIED', 'GRANTED'));
    writeFileSync(path.join(sub, 'skip.docx'), 'not read');
    const r = await cli('read', sub, '--format', 'jsonl');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).file))).toEqual(['a.txt', 'b.txt']);
  });
});

describe('a wrong command line: exit 2 and a short hint, never a stack trace', () => {
  it.each([
    [['cite', '--format', 'xml', files.good], /argument 'xml' is invalid\. Allowed choices are json, jsonl, text/],
    [['read', '--format=yaml', files.good], /argument 'yaml' is invalid/],
    [['search', 'x', '--format', 'pdf'], /Allowed choices are text, json, csv/],
    [['cite', '--bogus', files.good], /unknown option '--bogus'/],
    [['read', '--fromat', 'json', files.good], /unknown option '--fromat'[\s\S]*Did you mean --format\?/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['explain'], /missing required argument 'file'/],
    [['search', 'x', '--limit', 'abc'], /--limit must be an integer >= 1/],
    [['citator', '--top', '0'], /--top must be an integer >= 1/],
    [['ingest', files.good, '--workers', '-1'], /--workers must be an integer >= 0/],
    [['table', 'sentencing', files.good], /unknown coding "sentencing" \(known: compassionate-release\)/],
    [['serve', '--port', '99999'], /--port must be an integer from 0 to 65535/],
  ])('%j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stderr.split('\n').length).toBeLessThan(6);
  });

  it.each([
    ['search', ['x']],
    ['citator', ['--top']],
    ['stats', []],
    ['reindex', []],
    ['table', ['compassionate-release']],
  ])('%s with a --db that does not exist or is not a corpus', async (command, rest) => {
    const missingDb = path.join(dir, 'no-such.db');
    const dbArgs = command === 'table' ? [missingDb] : ['--db', missingDb];
    const r1 = await cli(command, ...rest, ...dbArgs);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/no corpus database at .*no-such\.db \(create one with "courtreader ingest FOLDER --db/);
    if (command === 'table') return;
    const r2 = await cli(command, ...rest, '--db', files.notDb);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/notes\.db is not a courtreader corpus database/);
    const r3 = await cli(command, ...rest, '--db', files.emptyDir);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/nothing-here is a folder, not a corpus database file/);
  });

  it('ingest refuses to write into a file that is not a corpus', async () => {
    const r = await cli('ingest', files.good, '--db', files.notDb, '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.db is not a courtreader corpus database .*refusing to write to it/);
  });
});

describe('serve', () => {
  it('a port in use is one line saying so and what to do, exit 1', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = String((busy.address() as { port: number }).port);
    try {
      const r = await cli('serve', '--port', port, '--db', path.join(dir, 'none.db'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`serve: 127\\.0\\.0\\.1 port ${port} is already in use; pick another with --port`));
      expect(r.stderr).not.toMatch(NO_STACK);
    } finally {
      busy.close();
    }
  });
});

describe('help and version', () => {
  it.each([['cite'], ['read'], ['explain'], ['table'], ['ingest'], ['reindex'], ['search'], ['citator'], ['stats'], ['serve'], ['start']])(
    '%s --help lists its options and exits 0', async (command) => {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: courtreader ${command} `));
      expect(r.stdout).toContain('-h, --help');
    });

  it('--version prints the package version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('no command prints the command list and exits 2', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/Commands:[\s\S]*cite[\s\S]*serve/);
  });
});
