/**
 * PDF text layer through pdf.js (loaded on first use): lines rebuilt from positioned text items,
 * pages separated by "\n\f\n" and recorded as Document.pages spans. Broken files give the best text
 * pdf.js can recover plus a warning; an image-only PDF is read by OCR when tesseract is installed
 * (option `ocr`, see ocr.ts), else gives `needs-ocr`; so are the scanned pages (no text layer, or a layer
 * that is not text) of a PDF that otherwise has one, their OCR text spliced in page order (`ocr-pages`);
 * a parse that runs past `timeoutMs` is abandoned with InputError `pdf-timeout`; decompression bombs are refused.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Warning } from '../engine/types.js';
import { findPdfMagic } from './detect.js';
import { InputError } from './errors.js';
import { linesFromItems, type PositionedItem } from './pdf-lines.js';
import { findInflationBomb } from './pdf-guard.js';
import { rawPdfText } from './pdf-raw.js';
import { OCR_INSTALL_HINT, ocrAvailable, type OcrMode, type OcrOptions } from './ocr.js';
import { countLetters, countNonSpace, isJunkText, MIN_PAGE_CHARS, PAGE_SEPARATOR, pageList, withoutHeaders } from './page-text.js';
import { unreadGaps, withOcr, withPageOcr } from './pdf-ocr.js';
import type { Page } from './types.js';

export { isJunkText, PAGE_SEPARATOR, pageList };

export interface PdfText {
  text: string;
  pages: Page[];
  warnings: Warning[];
  meta: Record<string, string>;
  /** `ocr` when the text was read by OCR rather than from the text layer. */
  field?: string;
  /** Pages (1-based) whose text layer is missing or is not text: the ones to OCR. */
  gaps?: number[];
  /** Letters of each page's text layer, ECF stamps aside. */
  pageLetters?: number[];
}

export interface PdfOptions {
  path?: string;
  timeoutMs: number;
  /**
   * OCR through tesseract: `auto` (default) when the PDF has no usable text layer and the programs are
   * installed, `never`, or `always` (even over a text layer). `true` is `auto`, `false` is `never`.
   */
  ocr?: OcrMode | boolean;
  /** Page cap, time limit per page, resolution and language of the OCR. */
  ocrOptions?: OcrOptions;
  /** Stop extracting after this many pages (default 5,000). */
  maxPages?: number;
  /** Stop extracting after this many characters of text (default 50 million). */
  maxChars?: number;
}

/** A document with fewer letters per page than this (ECF headers aside) is a scan: `needs-ocr`. */
const MIN_LETTERS_PER_PAGE = 40;
/** In a scan, a page whose layer holds this many letters (ECF stamps aside) is typed: kept, not OCRed. */
const TYPED_PAGE_LETTERS = 200;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;
let assetDir: string | undefined;

function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsPromise) {
    const require = createRequire(import.meta.url);
    assetDir = dirname(require.resolve('pdfjs-dist/package.json'));
    pdfjsPromise = import('pdfjs-dist/legacy/build/pdf.mjs');
  }
  return pdfjsPromise;
}

/** The text layer, or the OCR text when the option and the document call for it (see PdfOptions.ocr). */
export async function readPdf(bytes: Uint8Array, opts: PdfOptions): Promise<PdfText> {
  const layer = await readTextLayer(bytes, opts);
  const mode: OcrMode = opts.ocr === true || opts.ocr === undefined ? 'auto' : opts.ocr === false ? 'never' : opts.ocr;
  const scan = layer.warnings.find((w) => w.code === 'needs-ocr');
  if (layer.warnings.some((w) => w.code === 'pdf-inflation-bomb')) return layer;
  // A scan that still has typed pages (a typed order before many scanned exhibits): those keep their
  // layer text and the other pages are OCRed, as below.
  const typed = (layer.pageLetters ?? []).filter((n) => n >= TYPED_PAGE_LETTERS).length;
  if (scan && mode === 'auto' && typed > 0 && typed < layer.pages.length && ocrAvailable()) {
    layer.gaps = layer.pages.filter((p, i) => (layer.pageLetters?.[i] ?? 0) < TYPED_PAGE_LETTERS).map((p) => p.number);
    layer.warnings = layer.warnings.filter((w) => w !== scan && w.code !== 'pdf-empty-pages');
    return withPageOcr(layer, bytes, opts.ocrOptions ?? {});
  }
  // Scanned pages inside a PDF with a text layer: `auto` OCRs just those.
  const pagesOnly = !scan && mode === 'auto' && (layer.gaps?.length ?? 0) > 0;
  if (mode === 'never' || (mode === 'auto' && !scan && !pagesOnly)) {
    const off = "OCR is off (option ocr 'never', --ocr never)";
    if (scan) scan.message += `; ${off}`;
    else unreadGaps(layer, off);
    return layer;
  }
  if (!ocrAvailable()) {
    const hint = `to have courtreader OCR ${scan ? 'it' : 'them'}, ${OCR_INSTALL_HINT} (or OCR it first, e.g. with ocrmypdf)`;
    if (scan) scan.message += `; ${hint}`;
    else if (pagesOnly) unreadGaps(layer, hint);
    else layer.warnings.push({ code: 'ocr-unavailable', message: `OCR was asked for but pdftoppm/tesseract are not installed (${OCR_INSTALL_HINT}); the text layer was read` });
    return layer;
  }
  if (pagesOnly) return withPageOcr(layer, bytes, opts.ocrOptions ?? {});
  return withOcr(layer, bytes, opts.ocrOptions ?? {}, scan);
}

async function readTextLayer(bytes: Uint8Array, opts: PdfOptions): Promise<PdfText> {
  const warnings: Warning[] = [];
  const meta: Record<string, string> = {};
  const at = findPdfMagic(bytes);
  let data = bytes;
  if (at > 0) {
    warnings.push({ code: 'pdf-leading-garbage', message: `${at} bytes before %PDF- were skipped` });
    data = bytes.subarray(at);
  }
  if (!hasEofMarker(data)) {
    warnings.push({ code: 'pdf-truncated', message: 'no %%EOF near the end: the file may be truncated' });
  }
  const bomb = findInflationBomb(data);
  if (bomb) {
    warnings.push({ code: 'pdf-inflation-bomb', message: bomb });
    return { text: '', pages: [], warnings, meta };
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // pdf.js takes ownership of its buffer
    standardFontDataUrl: join(assetDir!, 'standard_fonts') + '/',
    cMapUrl: join(assetDir!, 'cmaps') + '/',
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new InputError('pdf-timeout', `PDF parsing took longer than ${opts.timeoutMs} ms`, opts.path));
    }, opts.timeoutMs);
  });
  try {
    return await Promise.race([extract(task, opts, warnings, meta), timeout]);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const why = (e as Error)?.message ?? String(e);
    // Encrypted streams scanned raw give noise, never text: say what is needed instead.
    if ((e as Error)?.name === 'PasswordException' || /password|encrypt/i.test(why)) {
      warnings.push({
        code: 'pdf-encrypted',
        message: `the PDF is encrypted and cannot be opened without its password (pdf.js: ${why}); get an unlocked copy, or remove the password first (e.g. qpdf --decrypt --password=... in.pdf out.pdf)`,
      });
      return { text: '', pages: [], warnings, meta };
    }
    warnings.push({ code: 'pdf-unreadable', message: `pdf.js could not open the file: ${why}` });
    const raw = rawPdfText(data);
    if (!raw) return { text: '', pages: [], warnings, meta };
    warnings.push({ code: 'pdf-raw-text', message: 'text recovered by scanning the raw bytes; layout is approximate' });
    return { text: raw, pages: pagesOf(raw), warnings, meta };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** True when `%%EOF` ends the file (trailing NUL padding and whitespace allowed). */
function hasEofMarker(data: Uint8Array): boolean {
  let end = data.length;
  while (end > 0 && (data[end - 1] === 0 || data[end - 1] <= 32)) end--;
  const tail = Buffer.from(data.buffer, data.byteOffset, end).subarray(Math.max(0, end - 2048));
  return tail.includes('%%EOF');
}

type LoadingTask = ReturnType<PdfJs['getDocument']>;

async function extract(task: LoadingTask, opts: PdfOptions, warnings: Warning[], meta: Record<string, string>): Promise<PdfText> {
  const doc = await task.promise;
  try {
    const info = (await doc.getMetadata().catch(() => null))?.info as Record<string, unknown> | undefined;
    for (const [k, key] of [['Title', 'pdfTitle'], ['Author', 'pdfAuthor'], ['CreationDate', 'pdfCreated'], ['Producer', 'pdfProducer']] as const) {
      const v = info?.[k];
      if (typeof v === 'string' && v.trim() !== '') meta[key] = v.trim();
    }
  } catch {
    // metadata is a hint only
  }
  const maxPages = opts.maxPages ?? 5000;
  const maxChars = opts.maxChars ?? 50_000_000;
  const count = Math.min(doc.numPages, maxPages);
  if (doc.numPages > maxPages) {
    warnings.push({ code: 'pdf-too-many-pages', message: `read the first ${maxPages} of ${doc.numPages} pages` });
  }
  const parts: string[] = [];
  const pages: Page[] = [];
  const empty: number[] = [];
  const junk: number[] = [];
  const perPage: number[] = [];
  let letters = 0;
  let length = 0;
  for (let n = 1; n <= count; n++) {
    let pageText = '';
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const t = it.transform as number[];
        items.push({ str: it.str, x: t[4], y: t[5], width: it.width, size: Math.hypot(t[2], t[3]) || it.height });
      }
      pageText = linesFromItems(items).join('\n');
      page.cleanup();
    } catch (e) {
      warnings.push({ code: 'pdf-page-error', message: `page ${n}: ${(e as Error).message}` });
    }
    const own = withoutHeaders(pageText);
    const pageLetters = countLetters(own);
    letters += pageLetters;
    perPage.push(pageLetters);
    if (countNonSpace(own) < MIN_PAGE_CHARS) empty.push(n);
    else if (isJunkText(own)) junk.push(n);
    if (n > 1) {
      parts.push(PAGE_SEPARATOR);
      length += PAGE_SEPARATOR.length;
    }
    if (length + pageText.length > maxChars) {
      warnings.push({ code: 'pdf-text-truncated', message: `text cut at ${maxChars} characters (page ${n})` });
      break;
    }
    pages.push({ number: n, span: [length, length + pageText.length] });
    parts.push(pageText);
    length += pageText.length;
  }
  if (count > 0 && letters < MIN_LETTERS_PER_PAGE * count) {
    warnings.push({
      code: 'needs-ocr',
      message: `${letters} letters of text on ${count} page(s), ECF stamps aside: a scanned image with no text layer`,
    });
  } else if (empty.length + junk.length > 0) {
    const what = [
      empty.length ? `pages without a text layer: ${pageList(empty)}` : '',
      junk.length ? `pages whose text layer is not text (glyphs without a character mapping): ${pageList(junk)}` : '',
    ].filter(Boolean);
    warnings.push({ code: 'pdf-empty-pages', message: `${what.join('; ')} of ${count} (OCR needed for them)` });
  }
  await doc.destroy();
  const gaps = [...empty, ...junk].filter((p) => p <= pages.length).sort((a, b) => a - b);
  return { text: parts.join(''), pages, warnings, meta, pageLetters: perPage.slice(0, pages.length), ...(gaps.length ? { gaps } : {}) };
}

/** Pages of raw-scanned text, split where content streams were joined. */
function pagesOf(text: string): Page[] {
  const pages: Page[] = [];
  let start = 0;
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) {
    pages.push({ number: pages.length + 1, span: [start, i] });
    start = i + 1;
  }
  pages.push({ number: pages.length + 1, span: [start, text.length] });
  return pages;
}
