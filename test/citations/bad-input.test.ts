// Bad input to the citation pipeline: a clear message or an empty result, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { annotate, citeHtml, citeText } from '../../src/citations/index.js';

const cli = resolve(__dirname, '../../bin/courtreader.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 120_000 });

describe('citation pipeline on bad input', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t '],
    ['NUL and control bytes', '\u0000\u0001\u0002 954 \u0000F.3d\u0007 594'],
    ['lone surrogates around a cite', '\uD800See 954 F.3d 594, 595 (3d Cir. 2020).\uDC00 Id. at 597.\uD83D'],
  ])('%s: returns a list whose spans slice the input', (_name, text) => {
    const cites = citeText(text);
    for (const c of cites) expect(text.slice(...c.span)).toBe(c.text);
  });

  it('still finds the cite between lone surrogates and resolves Id. to it', () => {
    const text = '\uD800See United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020).\uDC00 Id. at 597.';
    const cites = citeText(text);
    expect(cites.map((c) => c.kind)).toEqual(['case', 'id']);
    expect(cites[1].resolvesTo).toBe(0);
  });

  it.each([
    ['unclosed tags', '<p><i>See United States v. Raia, 954 F.3d 594 (3d Cir. 2020)</p><p>Id. at 597'],
    ['stray closing tags', '</b></i>See 954 F.3d 594.</div></div> Id.</span>'],
    ['a tag cut off at the end', 'See 954 F.3d 594 <a href="x'],
  ])('HTML with %s: cites found on the text, annotation keeps every original character', (_name, html) => {
    const { text, citations, toHtml } = citeHtml(html);
    expect(citations.some((c) => c.text === '954 F.3d 594')).toBe(true);
    for (const c of citations) expect(text.slice(...c.span)).toBe(c.text);
    const out = annotate(html, citations, { toHtml, format: 'html', tag: 'cite' });
    expect(out).toContain('<cite');
    expect(out.replace(/<\/?cite[^>]*>/g, '')).toBe(html);
  });

  it('a 50 MB text completes, with a count proportional to its size', () => {
    const unit = 'The Court follows United States v. Raia, 954 F.3d 594, 595 (3d Cir. 2020). Id. at 597. ' + 'x'.repeat(900) + '\n';
    const small = citeText(unit.repeat(100)).length;
    const big = citeText(unit.repeat(Math.ceil(50_000_000 / unit.length)));
    expect(big.length).toBeGreaterThanOrEqual(Math.floor(small * 500));
  }, 300_000);

  it('the CLI answers a binary file with a clear error and exit status, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-bad-'));
    const file = join(dir, 'blob.bin');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const r = run(['cite', file, '--format', 'json']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/binary|not a (text|document)|unsupported/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the batch mode reports a malformed line and goes on', () => {
    const r = run(['cite', '--jsonl'], '{"id":"a","text":"954 F.3d 594"}\nnot json\n{"id":"c","html":"<p>Id.</p"}\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].citations[0].reporter).toBe('F.3d');
    expect(lines[1].error).toBeTruthy();
    expect(Array.isArray(lines[2].citations)).toBe(true);
  });
});
