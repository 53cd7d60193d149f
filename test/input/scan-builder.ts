/**
 * Builds PDFs with scanned pages for tests: a page is either text runs (a text layer, Helvetica, as in
 * pdf-builder) or a greyscale image with no text layer. `renderPages` makes the images by rendering text
 * pages with poppler's pdftoppm, so a "scan" holds real letters for tesseract to read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { buildPdf, bytesOf, type TextRun } from './pdf-builder.js';

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** One page: text runs drawn as text, or an image covering a letter-size page. */
export type MixedPage = { runs: TextRun[] } | { image: Gray } | { glyphs: number[][] };

function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * A valid PDF (correct xref) of text pages, image pages and "glyph" pages: text drawn with a font whose
 * codes map to no character (a Type3 font without /ToUnicode and with private-use codes), which pdf.js
 * extracts as characters that are not text.
 */
export function mixedPdf(pages: MixedPage[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const n = pages.length;
  // 1 catalog, 2 pages, 3 Helvetica, then (image or unused, content, page) per page.
  const total = 3 + 3 * n;
  push('%PDF-1.4\n');
  const obj = (id: number, body: string, stream?: Buffer) => {
    offsets[id] = length;
    push(`${id} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 3 * i} 0 R`).join(' ')}] /Count ${n} >>`);
  obj(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  pages.forEach((page, i) => {
    const aux = 4 + 3 * i;
    let ops: string;
    let resources: string;
    let box = '[0 0 612 792]';
    if ('image' in page) {
      const g = page.image;
      const data = deflateSync(g.pixels);
      obj(aux, `<< /Type /XObject /Subtype /Image /Width ${g.width} /Height ${g.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>`, data);
      // A landscape image gets a landscape page, so nothing is stretched.
      const [w, h] = g.width > g.height ? [792, 612] : [612, 792];
      ops = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
      box = `[0 0 ${w} ${h}]`;
      resources = `<< /XObject << /Im0 ${aux} 0 R >> >>`;
    } else if ('glyphs' in page) {
      // A Type3 font whose every glyph is a filled square; codes 1-31 with no /ToUnicode.
      const box = Buffer.from('600 0 0 0 500 500 d1 0 0 500 500 re f', 'latin1');
      const procs: string[] = [];
      obj(aux, `<< /Length ${box.length} >>`, box);
      for (let c = 1; c < 32; c++) procs.push(`/g${c} ${aux} 0 R`);
      const diffs = Array.from({ length: 31 }, (_, k) => `/g${k + 1}`).join(' ');
      resources = `<< /Font << /T3 << /Type /Font /Subtype /Type3 /FontBBox [0 0 600 600] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${procs.join(' ')} >> /Encoding << /Type /Encoding /Differences [1 ${diffs}] >> /FirstChar 1 /LastChar 31 /Widths [${Array(31).fill(600).join(' ')}] >> >> >>`;
      ops = page.glyphs
        .map((codes, k) => `BT /T3 12 Tf 72 ${720 - 18 * k} Td <${codes.map((c) => c.toString(16).padStart(2, '0')).join('')}> Tj ET`)
        .join('\n');
    } else {
      obj(aux, '<< >>');
      ops = page.runs.map((r) => `BT /F1 ${r.size ?? 12} Tf ${r.x} ${r.y} Td (${escapePdf(r.text)}) Tj ET`).join('\n');
      resources = '<< /Font << /F1 3 0 R >> >>';
    }
    const content = Buffer.from(ops, 'latin1');
    obj(aux + 1, `<< /Length ${content.length} >>`, content);
    obj(aux + 2, `<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Contents ${aux + 1} 0 R /Resources ${resources} >>`);
  });
  const xref = length;
  push(`xref\n0 ${total + 1}\n0000000000 65535 f \n`);
  for (let id = 1; id <= total; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${total + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** A PDF whose pages are greyscale images only (no text layer). */
export function imagePdf(pages: Gray[]): Uint8Array {
  return mixedPdf(pages.map((image) => ({ image })));
}

/** The image turned a quarter clockwise: a page scanned sideways. */
export function turnClockwise(g: Gray): Gray {
  const { width, height, pixels } = g;
  const out = new Uint8Array(width * height);
  // Pixel (x, y) moves to (height - 1 - y, x) in an image `height` wide.
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = pixels[y * width + x];
  return { width: height, height: width, pixels: out };
}

/** A white page with a grey box and no letters: a scan of a stamp or a photo. */
export function blankScan(): Gray {
  const width = 200;
  const height = 260;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 40; y < 80; y++) for (let x = 30; x < 170; x++) pixels[y * width + x] = 90;
  return { width, height, pixels };
}

/** Renders text pages (drawn by pdf-builder) to greyscale images with pdftoppm. Needs poppler-utils. */
export function renderPages(pages: TextRun[][], dpi = 150): Gray[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'courtreader-ocr-test-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), bytesOf(buildPdf(pages)));
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', path.join(dir, 'in.pdf'), path.join(dir, 'p')]);
    const grays: Gray[] = [];
    for (let i = 1; i <= pages.length; i++) {
      const file = [`p-${i}.pgm`, `p-${String(i).padStart(2, '0')}.pgm`].map((f) => path.join(dir, f)).find(existsSync)!;
      grays.push(parsePgm(readFileSync(file)));
    }
    return grays;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An image-only PDF of the text pages: a scan without a text layer. */
export function scanOf(pages: TextRun[][], dpi = 150): Uint8Array {
  return imagePdf(renderPages(pages, dpi));
}

/** "P5\n1275 1650\n255\n" then one byte per pixel. */
export function parsePgm(b: Buffer): Gray {
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(b.subarray(0, 64).toString('latin1'));
  if (!head) throw new Error('not a PGM');
  const start = head[0].length;
  const width = Number(head[1]);
  const height = Number(head[2]);
  return { width, height, pixels: new Uint8Array(b.subarray(start, start + width * height)) };
}

/** Text runs, one line each, from the top of a letter-size page. */
export const lines = (texts: string[], top = 720, step = 18): TextRun[] => texts.map((text, i) => ({ x: 72, y: top - i * step, text }));

/** An uncompressed 8-bit greyscale TIFF with one frame per image (a multi-page fax or scan). */
export function multiPageTiff(images: Gray[], dpi = 150): Uint8Array {
  const chunks: Buffer[] = [];
  let length = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  let linkAt = 4; // where the offset of the next IFD goes
  const patches: Array<[number, number]> = [];
  for (const g of images) {
    const pixelsAt = length;
    chunks.push(Buffer.from(g.pixels));
    length += g.pixels.length;
    if (length % 2) {
      chunks.push(Buffer.alloc(1));
      length++;
    }
    const rationalAt = length;
    const rational = Buffer.alloc(8);
    rational.writeUInt32LE(dpi, 0);
    rational.writeUInt32LE(1, 4);
    chunks.push(rational);
    length += 8;
    // tag, type (3 SHORT, 4 LONG, 5 RATIONAL), value
    const entries: Array<[number, number, number]> = [
      [256, 4, g.width], [257, 4, g.height], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, pixelsAt],
      [277, 3, 1], [278, 4, g.height], [279, 4, g.pixels.length], [282, 5, rationalAt], [283, 5, rationalAt], [296, 3, 2],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    patches.push([linkAt, length]);
    linkAt = length + 2 + entries.length * 12;
    chunks.push(ifd);
    length += ifd.length;
  }
  const out = Buffer.concat(chunks);
  for (const [at, value] of patches) out.writeUInt32LE(value, at);
  return new Uint8Array(out);
}
