// Reads every file of the shared corpus (../shared/corpus): nothing throws, every document has text or
// says why not, warnings carry codes, and reading offsets map back into the original text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/input/read-document.js';
import { htmlToText } from '../../src/input/html.js';
import { isSameOrFolded } from '../../src/text/fold.js';
import type { Document } from '../../src/input/types.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const corpus = join(path_shared(), 'corpus');
function path_shared() {
  return resolve(repoRoot, '../shared');
}
const present = existsSync(corpus);
const files = present ? readdirSync(corpus).filter((f) => !/\.(csv|md)$/.test(f)).sort() : [];
const suite = present ? describe : describe.skip;
if (!present) console.warn(`corpus tests skipped: ${corpus} is absent`);

const docs = new Map<string, Document>();

suite('input corpus (../shared/corpus)', () => {
  it(`reads all ${files.length} files without throwing`, async () => {
    const failures: string[] = [];
    for (const f of files) {
      try {
        docs.set(f, await readDocument(join(corpus, f), { ocr: 'never' })); // the text layer; OCR: ocr.test.ts
      } catch (e) {
        failures.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(docs.size).toBe(files.length);
  });

  it('every document has text unless it says it needs OCR; warnings carry codes', () => {
    const bad: string[] = [];
    for (const [f, d] of docs) {
      const ocr = d.warnings.some((w) => w.code === 'needs-ocr');
      if (!ocr && d.reading.text.trim().length < 100) bad.push(`${f}: ${d.reading.text.length} chars`);
      for (const w of d.warnings) if (!/^[a-z][a-z0-9-]+$/.test(w.code) || !w.message) bad.push(`${f}: warning ${JSON.stringify(w)}`);
    }
    expect(bad).toEqual([]);
  });

  it('the image-only PDFs, and only PDFs, need OCR', () => {
    const ocr = [...docs].filter(([, d]) => d.warnings.some((w) => w.code === 'needs-ocr'));
    expect(ocr.every(([, d]) => d.source.format === 'pdf')).toBe(true);
    // SOURCES.md lists five image-only PDFs (two flpcl, two flpdoctor, one flpxray).
    const whole = ocr.filter(([, d]) => d.warnings.some((w) => w.code === 'needs-ocr' && /a scanned image/.test(w.message)));
    expect(whole.map(([f]) => f)).toHaveLength(5);
    // The others have a text layer and some scanned pages, which the warning names ("pages 29, 30 of 30").
    for (const [f, d] of ocr.filter((x) => !whole.includes(x))) {
      expect(d.warnings.find((w) => w.code === 'needs-ocr')?.message, f).toMatch(/^pages? [\d, -]+ of \d+ ha(?:s|ve) no usable text layer/);
    }
  });

  it('JSON whose plain_text is a converter message is read from another field, with a warning', () => {
    const junky = files.filter((f) => {
      if (!f.endsWith('.json')) return false;
      const v = JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Record<string, unknown>;
      return typeof v.plain_text === 'string' && /wpd2html|Usage:/.test(v.plain_text);
    });
    expect(junky.length).toBeGreaterThan(0);
    for (const f of junky) {
      const d = docs.get(f)!;
      expect(d.source.field, f).not.toBe('plain_text');
      expect(d.warnings.map((w) => w.code), f).toContain('junk-field');
      expect(d.text).not.toMatch(/wpd2html/);
      expect(d.reading.text.length).toBeGreaterThan(1000);
    }
  });

  it('formats are detected from content', () => {
    for (const [f, d] of docs) {
      const ext = f.slice(f.lastIndexOf('.') + 1);
      const expected = ext === 'json' ? 'courtlistener-json' : ext;
      expect(`${f} ${d.source.format}`).toBe(`${f} ${expected}`);
    }
  });

  it('reading offsets map to the same or a folded original character (sampled)', () => {
    for (const [f, d] of docs) {
      const r = d.reading;
      const step = Math.max(1, Math.floor(r.text.length / 500));
      for (let i = 0; i < r.text.length; i += step) {
        const o = r.toOriginal(i);
        if (!isSameOrFolded(r.text[i], d.text[o])) {
          expect.fail(`${f}: reading[${i}]=${JSON.stringify(r.text[i])} but text[${o}]=${JSON.stringify(d.text[o])}`);
        }
      }
    }
  });

  it('HTML text offsets map to the same characters in the markup (sampled)', () => {
    for (const [f, d] of docs) {
      if (d.html === undefined) continue;
      const h = htmlToText(d.html);
      expect(h.text, f).toBe(d.text);
      const step = Math.max(1, Math.floor(h.text.length / 500));
      for (let i = 0; i < h.text.length; i += step) {
        const c = h.text[i];
        const src = d.html[h.toHtml(i)];
        if (c === ' ' || c === '\n' || src === '&') continue;
        if (src !== c) expect.fail(`${f}: text[${i}]=${JSON.stringify(c)} but html[${h.toHtml(i)}]=${JSON.stringify(src)}`);
      }
    }
  });

  it('PDF page spans tile the text in order', () => {
    for (const [f, d] of docs) {
      if (d.source.format !== 'pdf' || d.pages.length === 0) continue;
      let prev = 0;
      for (const p of d.pages) {
        expect(p.span[0], f).toBeGreaterThanOrEqual(prev);
        expect(p.span[1], f).toBeLessThanOrEqual(d.text.length);
        prev = p.span[1];
      }
    }
  });
});
