/**
 * The read endpoints with the real reader (a worker thread per read, from the build in dist/):
 * limits, refusals, and a server that keeps answering after each of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createReader, ReadRefused } from '../../src/server/read.js';
import { activeContent } from './inert.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(path.join(repoRoot, 'dist/server/read-worker.js'));
const sample = readFileSync(path.join(repoRoot, 'examples/corpus/01-wdnc-cr-denied-exhaustion.txt'), 'utf8');

function multipart(file: Uint8Array | string, name = 'order.txt'): FormData {
  const form = new FormData();
  form.set('file', new File([file], name));
  return form;
}

/** A one-page PDF whose content stream is `size` bytes of spaces, deflated (a small file that inflates big). */
function pdfWithStream(size: number): Uint8Array {
  const z = deflateSync(Buffer.alloc(size, 0x20), { level: 1 });
  const parts: Array<string | Buffer> = [];
  const offsets: number[] = [];
  let len = 0;
  const push = (p: string | Buffer) => { parts.push(p); len += Buffer.byteLength(p as string); };
  push('%PDF-1.4\n');
  const obj = (n: number, body: string | Buffer[]) => {
    offsets[n] = len;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else { push(`${n} 0 obj\n`); body.forEach(push); push('\nendobj\n'); }
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>');
  obj(4, [Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`), z, Buffer.from('\nendstream')]);
  const xref = len;
  push(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
}

describe.skipIf(!built)('POST /read and /api/read with the real reader', () => {
  const app = createApp({ store: null });

  it('reads pasted text as JSON: the document and the order with citations', async () => {
    const res = await app.request('/api/read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: sample }) });
    expect(res.status).toBe(200);
    const j = await res.json();
    expect(Object.keys(j).sort()).toEqual(['document', 'ms', 'order']);
    expect(j.document.text).toBe(sample);
    expect(j.order.motions.length).toBeGreaterThan(0);
    expect(j.order.citations.some((c: { text: string }) => c.text === '954 F.3d 594')).toBe(true);
    for (const c of j.order.citations) expect(sample.slice(c.span[0], c.span[1])).toBe(c.text);
  });

  it('reads an uploaded file into a page with the facts and the JSON', async () => {
    const res = await app.request('/read', { method: 'POST', body: multipart(sample) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="facts"');
    expect(html).toContain('<details class="json" id="json">');
    expect(html).toMatch(/<a class="cite" id="c\d+" href="\/citator\?cite=954%20F\.3d%20594"/);
  });

  it('renders an uploaded HTML page full of script as inert text', async () => {
    const html = `<html><head><script>alert(1)</script><style>body{}</style></head><body onload="alert(2)">
      <p>ORDER</p><p>The motion for compassionate release (Doc. No. 55) is DENIED. <img src=x onerror="alert(3)">
      See United States v. Raia, 954 F.3d 594 (3d Cir. 2020).</p><script>document.write('<b>x</b>')</script>
      <a href="javascript:alert(4)">&lt;script&gt;alert(5)&lt;/script&gt;</a></body></html>`;
    const res = await app.request('/read', { method: 'POST', body: multipart(html, 'evil.html') });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(activeContent(page)).toEqual([]);
    expect(page).toContain('954 F.3d 594');
    expect(page).not.toContain('javascript:');
  });

  it.each([
    ['an empty form', () => new FormData(), 400],
    ['a PNG image', () => multipart(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0]), 'x.png'), 415],
  ])('refuses %s with a message', async (_, body, status) => {
    const res = await app.request('/api/read', { method: 'POST', body: body() });
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(/\w/);
  });

  it('refuses a body over the default 20 MB limit without reading it', async () => {
    const res = await app.request('/api/read', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: new Uint8Array(21 * 1024 * 1024).fill(0x61) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/20 MB/);
  });

  it('refuses an upload over a configured limit, on the page too', async () => {
    const small = createApp({ store: null, maxUploadBytes: 1024 });
    const big = 'x'.repeat(200 * 1024);
    const api = await small.request('/api/read', { method: 'POST', body: multipart(big) });
    expect(api.status).toBe(413);
    const page = await small.request('/read', { method: 'POST', body: multipart(big) });
    expect(page.status).toBe(413);
    expect(await page.text()).toMatch(/larger than the limit/);
  });

  it('answers a broken PDF with a warning or a refusal, never a crash, and keeps serving', async () => {
    const res = await app.request('/api/read', { method: 'POST', body: multipart('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n', 'broken.pdf') });
    expect(res.status).not.toBe(500);
    const j = await res.json();
    if (res.status === 200) expect(j.document.warnings.length).toBeGreaterThan(0);
    else expect(j.error).toMatch(/PDF/);
    expect((await app.request('/')).status).toBe(200);
  });

  it('abandons a read that passes its deadline and keeps serving', async () => {
    const slow = createApp({ store: null, reader: createReader({ timeoutMs: 5 }) });
    const res = await slow.request('/api/read', { method: 'POST', body: multipart(pdfWithStream(1000)) });
    expect(res.status).toBe(408);
    expect((await res.json()).error).toMatch(/longer than/);
    expect((await slow.request('/')).status).toBe(200);
  });

  it('refuses a PDF that inflates past the memory cap and keeps serving', async () => {
    const capped = createApp({ store: null, reader: createReader({ memoryMb: 64, timeoutMs: 30_000 }) });
    const bomb = pdfWithStream(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024); // ~1.4 MB on disk, 300 MB inflated
    const res = await capped.request('/api/read', { method: 'POST', body: multipart(bomb, 'bomb.pdf') });
    expect(res.status).not.toBe(500);
    const j = await res.json();
    // Either the worker is stopped at its memory cap, or the PDF reader notices the bomb and says so.
    if (res.status === 200) expect(j.document.warnings.map((w: { code: string }) => w.code).join(' ')).toMatch(/bomb|empty|ocr/);
    else expect(j.error).toMatch(/memory|PDF|long/);
    expect((await capped.request('/')).status).toBe(200);
  });

  it('refuses reads beyond its concurrency with 503', async () => {
    const reader = createReader({ concurrency: 1 });
    const first = reader({ kind: 'text', text: sample, name: null });
    await expect(reader({ kind: 'text', text: sample, name: null })).rejects.toMatchObject({ status: 503 });
    await expect(first).resolves.toHaveProperty('order');
    expect(ReadRefused).toBeDefined();
  });
});
