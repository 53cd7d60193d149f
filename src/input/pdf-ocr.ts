/**
 * The OCR step of the PDF reader: which pages of a PDF to read by OCR and how their text joins the text
 * layer. A scan is read whole (`ocr`); scanned pages inside a PDF with a text layer, or the untyped pages
 * of a scan that has typed ones, are read one by one and spliced in page order (`ocr-pages`), every page
 * span rebuilt; pages left unread are named (`needs-ocr`, `pdf-empty-pages`).
 */
import type { Warning } from '../engine/types.js';
import { findPdfMagic } from './detect.js';
import { ocrPdf, type OcrOptions } from './ocr.js';
import { countLetters, PAGE_SEPARATOR, pageList, withoutHeaders } from './page-text.js';
import type { PdfText } from './pdf.js';
import type { Page } from './types.js';

/** The scanned pages stay unread: `needs-ocr` names them (in place of `pdf-empty-pages`) and says why. */
export function unreadGaps(layer: PdfText, why: string): void {
  const gaps = layer.gaps ?? [];
  if (!gaps.length) return;
  layer.warnings = layer.warnings.filter((w) => w.code !== 'pdf-empty-pages');
  layer.warnings.push({
    code: 'needs-ocr',
    message: `page${gaps.length > 1 ? 's' : ''} ${pageList(gaps)} of ${layer.pages.length} ha${gaps.length > 1 ? 've' : 's'} no usable text layer (scanned) and ${gaps.length > 1 ? 'were' : 'was'} not read; ${why}`,
  });
}

/**
 * OCRs the gap pages and splices each page's OCR text in place of its layer text when it reads more
 * letters (ECF stamps aside). Every page span is rebuilt, so spans index the spliced text.
 */
export async function withPageOcr(layer: PdfText, bytes: Uint8Array, o: OcrOptions): Promise<PdfText> {
  const gaps = layer.gaps ?? [];
  const at = findPdfMagic(bytes);
  const ocr = await ocrPdf(at > 0 ? bytes.subarray(at) : bytes, { ...o, pages: o.pages ?? layer.pages.length, pageNumbers: gaps });
  const read = new Map<number, string>();
  for (const p of ocr.pages) read.set(p.number, ocr.text.slice(p.span[0], p.span[1]));
  const parts: string[] = [];
  const pages: Page[] = [];
  const spliced: number[] = [];
  const blank: number[] = [];
  let length = 0;
  for (const page of layer.pages) {
    let text = layer.text.slice(page.span[0], page.span[1]);
    const o = read.get(page.number);
    if (o !== undefined && countLetters(withoutHeaders(o)) > countLetters(withoutHeaders(text))) {
      text = o;
      spliced.push(page.number);
    } else if (gaps.includes(page.number)) {
      blank.push(page.number);
    }
    if (pages.length > 0) {
      parts.push(PAGE_SEPARATOR);
      length += PAGE_SEPARATOR.length;
    }
    pages.push({ number: page.number, span: [length, length + text.length] });
    parts.push(text);
    length += text.length;
  }
  const warnings = layer.warnings.filter((w) => w.code !== 'pdf-empty-pages');
  const of = `of ${layer.pages.length}`;
  if (spliced.length) {
    const confidence = ocr.confidence === null ? '' : `, mean word confidence ${ocr.confidence}%`;
    warnings.push({
      code: 'ocr-pages',
      message: `page${spliced.length > 1 ? 's' : ''} ${pageList(spliced)} ${of} had no usable text layer and ${spliced.length > 1 ? 'were' : 'was'} read by OCR (${ocr.engine ?? 'tesseract'}${confidence}); expect OCR errors there`,
    });
  }
  if (blank.length) {
    const failed = ocr.warnings.find((w) => w.code === 'ocr-failed');
    const why = failed ? `OCR failed (${failed.message})` : 'OCR read no letters there (a picture or a blank page)';
    warnings.push({ code: 'pdf-empty-pages', message: `pages without text: ${pageList(blank)} ${of}; ${why}` });
  }
  warnings.push(...ocr.warnings.filter((w) => w.code !== 'ocr-failed' || !blank.length));
  return { text: parts.join(''), pages, warnings, meta: layer.meta, gaps: blank };
}

/** OCRs the PDF; for a scan, its text replaces the layer when it reads more letters than the layer had, ECF stamps aside. */
export async function withOcr(layer: PdfText, bytes: Uint8Array, o: OcrOptions, scan: Warning | undefined): Promise<PdfText> {
  const at = findPdfMagic(bytes);
  const ocr = await ocrPdf(at > 0 ? bytes.subarray(at) : bytes, { ...o, pages: o.pages ?? (layer.pages.length || undefined) });
  const letters = countLetters(withoutHeaders(ocr.text));
  // A scan must gain letters over its layer (often an ECF stamp alone); `always` takes any OCR text.
  if (letters === 0 || (scan && letters <= countLetters(withoutHeaders(layer.text)))) {
    const why = ocr.warnings.find((w) => w.code === 'ocr-failed')?.message ?? `OCR read ${letters} letters, ECF stamps aside: no more than the text layer`;
    layer.warnings.push(...ocr.warnings.filter((w) => w.code !== 'ocr-failed'), { code: 'ocr-failed', message: why });
    return layer;
  }
  const confidence = ocr.confidence === null ? '' : `, mean word confidence ${ocr.confidence}%`;
  const kept = layer.warnings.filter((w) => w !== scan && w.code !== 'pdf-empty-pages');
  const warnings: Warning[] = [
    ...kept,
    { code: 'ocr', message: `text read by OCR (${ocr.engine ?? 'tesseract'}${confidence}) from ${ocr.pages.length} page image(s); expect OCR errors` },
    ...ocr.warnings,
  ];
  return { text: ocr.text, pages: ocr.pages, warnings, meta: layer.meta, field: 'ocr' };
}
