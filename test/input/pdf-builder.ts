/** Builds minimal PDFs by hand for tests: one page per entry, Helvetica text lines at given positions. */

export interface TextRun {
  x: number;
  y: number;
  text: string;
  size?: number;
}

function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A valid PDF (correct xref) whose pages show the given runs; a page of [] has no text at all. */
export function buildPdf(pages: TextRun[][], opts: { prefix?: string } = {}): string {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 pages, 3 font, then content+page pairs.
  const fontId = 3;
  let next = 4;
  const pageObjs: Array<[number, string]> = [];
  for (const runs of pages) {
    const contentId = next++;
    const pageId = next++;
    pageIds.push(pageId);
    const ops = runs
      .map((r) => `BT /F1 ${r.size ?? 12} Tf ${r.x} ${r.y} Td (${escapePdf(r.text)}) Tj ET`)
      .join('\n');
    pageObjs.push([contentId, `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`]);
    pageObjs.push([
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentId} 0 R /Resources << /Font << /F1 ${fontId} 0 R >> >> >>`,
    ]);
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (const [id, body] of pageObjs) objects[id] = body;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return (opts.prefix ?? '') + out;
}

export const bytesOf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
