/**
 * Optional OCR of image-only PDFs through two Debian programs: `pdftoppm` (poppler-utils) renders one
 * page at a time to a greyscale image in a temporary folder, `tesseract` (tesseract-ocr, with the
 * tesseract-ocr-eng model) reads it. No shell: each program is spawned with execFile, a time limit per
 * page and a page cap; the folder is removed afterwards. Never throws on a document: what went wrong
 * becomes a warning (`ocr-failed`) and the pages that could be read are kept.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Warning } from '../engine/types.js';
import type { Page } from './types.js';

/** `auto`: OCR a PDF without a usable text layer when the programs are installed; `always`: OCR every PDF. */
export type OcrMode = 'auto' | 'never' | 'always';
export const OCR_MODES: readonly OcrMode[] = ['auto', 'never', 'always'];

export interface OcrOptions {
  /** Pages in the PDF when the caller knows it (else `pdfinfo` is asked). */
  pages?: number;
  /** OCR at most this many pages (default 50). */
  maxPages?: number;
  /** Time limit for rendering, and again for reading, one page (default 60 s). */
  pageTimeoutMs?: number;
  /** Rendering resolution (default 300 dpi, what tesseract's models are trained for). */
  dpi?: number;
  /** Tesseract language model(s), e.g. `eng` or `eng+fra` (default `eng`). */
  lang?: string;
  /** OCR only these pages (1-based), e.g. the scanned pages of a PDF that otherwise has a text layer. */
  pageNumbers?: number[];
}

export interface OcrResult {
  /** Page texts joined with `separator` (pages that failed are empty). */
  text: string;
  /** One entry per page read, numbered as in the PDF (with `pageNumbers`, only those pages). */
  pages: Page[];
  warnings: Warning[];
  /** Mean word confidence (0-100) over the pages read, null when no word was read. */
  confidence: number | null;
  /** e.g. `tesseract 5.3.0`, null when it could not be told. */
  engine: string | null;
  /** CPU time (user + system, ms) of the child processes, when the platform reports it. */
  childCpuMs: number;
}

export const OCR_PROGRAMS = ['pdftoppm', 'tesseract'] as const;
export const OCR_INSTALL_HINT = 'install the Debian packages tesseract-ocr, tesseract-ocr-eng and poppler-utils';

const DEFAULTS = { maxPages: 50, pageTimeoutMs: 60_000, dpi: 300, lang: 'eng' };
const SEPARATOR = '\n\f\n';

let available: boolean | undefined;

/** True when `pdftoppm` and `tesseract` are both on PATH (probed once, no process started). */
export function ocrAvailable(): boolean {
  available ??= OCR_PROGRAMS.every((p) => onPath(p));
  return available;
}

/** Forget the probe (tests, or after installing the programs in a long-running process). */
export function resetOcrProbe(): void {
  available = undefined;
  engine = undefined;
}

function onPath(program: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

interface Run {
  stdout: string;
  error: string | null;
}

/** Runs a program without a shell; a non-zero exit, a signal or the time limit is an error string. */
function run(program: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    // One thread per tesseract: ingest already reads files in parallel, and OpenMP threads fight over cores.
    const env = { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' };
    execFile(program, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return resolve({ stdout, error: null });
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
      const why = e.killed || e.signal === 'SIGKILL'
        ? `timed out after ${Math.round(timeoutMs / 1000)} s`
        : e.code === 'ENOENT'
          ? 'not installed'
          : (String(stderr).trim().split('\n').pop() || e.message).slice(0, 200);
      resolve({ stdout, error: `${program}: ${why}` });
    });
  });
}

let engine: Promise<string | null> | undefined;

/** `tesseract 5.3.0` from `tesseract --version` (asked once). */
export function ocrEngine(): Promise<string | null> {
  engine ??= run('tesseract', ['--version'], 10_000).then((r) => {
    const m = /tesseract\s+v?(\d+(?:\.\d+)*)/i.exec(r.stdout);
    return m ? `tesseract ${m[1]}` : null;
  });
  return engine;
}

/** Words read on one page and the sum of their confidences, from tesseract's TSV output (level 5 rows are words). */
export function parseTsv(tsv: string): { words: number; confidenceSum: number } {
  let words = 0;
  let confidenceSum = 0;
  for (const line of tsv.split('\n')) {
    const cells = line.split('\t');
    // level page_num block_num par_num line_num word_num left top width height conf text
    // 5     1        1         1       1        1        98   120 240   38     91.5 ORDER
    if (cells.length < 12 || cells[0] !== '5') continue;
    const conf = Number(cells[10]);
    if (!(conf >= 0) || cells[11].trim() === '') continue;
    words++;
    confidenceSum += conf;
  }
  return { words, confidenceSum };
}

/** Page count from `pdfinfo` ("Pages:          12"), null when it cannot tell. */
async function pageCount(pdf: string, timeoutMs: number): Promise<number | null> {
  const r = await run('pdfinfo', [pdf], timeoutMs);
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  return m ? Number(m[1]) : null;
}

/** The options with defaults and an empty result; `ready` is false (with an `ocr-failed` warning) when OCR cannot run. */
function startOcr(opts: OcrOptions, programs: string): { o: typeof DEFAULTS; result: OcrResult; ready: boolean } {
  const o = { ...DEFAULTS, ...stripUndefined(opts) };
  const result: OcrResult = { text: '', pages: [], warnings: [], confidence: null, engine: null, childCpuMs: 0 };
  if (!ocrAvailable()) {
    result.warnings.push({ code: 'ocr-failed', message: `OCR programs not found (${programs}): ${OCR_INSTALL_HINT}` });
    return { o, result, ready: false };
  }
  // `eng`, `eng+fra`, `script/Latin`: anything else is not a model name (and must not read as an option).
  if (!/^[A-Za-z0-9_]+(?:[+/][A-Za-z0-9_]+)*$/.test(o.lang)) {
    result.warnings.push({ code: 'ocr-failed', message: `not a tesseract language: ${JSON.stringify(o.lang)}` });
    return { o, result, ready: false };
  }
  return { o, result, ready: true };
}

/** OCRs a PDF (bytes or a path). Resolves with the text read and warnings; never rejects on a bad file. */
export async function ocrPdf(input: Uint8Array | string, opts: OcrOptions = {}): Promise<OcrResult> {
  const { o, result, ready } = startOcr(opts, 'pdftoppm, tesseract');
  const warnings = result.warnings;
  if (!ready) return result;
  const cpu0 = childCpu();
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'courtreader-ocr-'));
    // An absolute path: a file name starting with '-' must not read as an option.
    const pdf = typeof input === 'string' ? resolve(input) : join(dir, 'in.pdf');
    if (typeof input !== 'string') await writeFile(pdf, input);
    const count = opts.pages ?? (await pageCount(pdf, o.pageTimeoutMs));
    if (count === null) {
      warnings.push({ code: 'ocr-failed', message: 'pdfinfo could not count the pages' });
      return result;
    }
    const wanted = opts.pageNumbers
      ? [...new Set(opts.pageNumbers)].filter((p) => Number.isInteger(p) && p >= 1 && p <= count).sort((a, b) => a - b)
      : Array.from({ length: count }, (_, i) => i + 1);
    const list = wanted.slice(0, o.maxPages);
    const n = list.length;
    if (wanted.length > n) {
      const which = opts.pageNumbers ? `${n} of the ${wanted.length} pages asked for` : `the first ${n} of ${count} pages`;
      warnings.push({ code: 'ocr-too-many-pages', message: `OCR read ${which} (option maxPages)` });
    }
    result.engine = await ocrEngine();
    const texts: string[] = [];
    const failed: string[] = [];
    let words = 0;
    let confidenceSum = 0;
    for (const p of list) {
      const page = await ocrPage(pdf, dir, p, o);
      if (page.error) failed.push(`page ${p}: ${page.error}`);
      texts.push(page.text);
      words += page.words;
      confidenceSum += page.confidenceSum;
    }
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) at += SEPARATOR.length;
      result.pages.push({ number: list[i], span: [at, at + texts[i].length] });
      at += texts[i].length;
    }
    result.text = texts.join(SEPARATOR);
    result.confidence = words ? Math.round((confidenceSum / words) * 10) / 10 : null;
    if (failed.length) warnings.push({ code: 'ocr-failed', message: `OCR failed on ${failed.length} of ${n} page(s): ${failed.slice(0, 5).join('; ')}` });
  } catch (e) {
    warnings.push({ code: 'ocr-failed', message: `OCR could not run: ${(e as Error).message}` });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    result.childCpuMs = childCpu() - cpu0;
  }
  return result;
}

interface PageRead {
  text: string;
  words: number;
  confidenceSum: number;
  error: string | null;
}

/** Renders page `p` to a greyscale PGM and reads it with tesseract (text and TSV in one run). */
async function ocrPage(pdf: string, dir: string, p: number, o: typeof DEFAULTS): Promise<PageRead> {
  const read: PageRead = { text: '', words: 0, confidenceSum: 0, error: null };
  const image = join(dir, `page-${p}`);
  const out = join(dir, `out-${p}`);
  try {
    const r = await run('pdftoppm', ['-r', String(o.dpi), '-gray', '-f', String(p), '-l', String(p), '-singlefile', pdf, image], o.pageTimeoutMs);
    if (r.error) return { ...read, error: r.error };
    // A blank page (a separator sheet, the back of a scanned sheet) has nothing for tesseract.
    if (isBlankPgm(await readFile(`${image}.pgm`))) return read;
    return await readImageFile(`${image}.pgm`, out, o, ['--dpi', String(o.dpi)]);
  } catch (e) {
    return { ...read, error: (e as Error).message };
  } finally {
    const files = [`${image}.pgm`, `${out}.txt`, `${out}.tsv`, `${out}-osd.txt`, `${out}-osd.tsv`];
    await Promise.all(files.map((f) => rm(f, { force: true }).catch(() => undefined)));
  }
}

/**
 * True when a binary greyscale PGM ("P5 <w> <h> 255\n" then a byte a pixel) has almost no dark pixel:
 * fewer than one in 20,000 darker than mid-grey (dust on a blank scan). False when it cannot tell.
 */
export function isBlankPgm(pgm: Uint8Array): boolean {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(Buffer.from(pgm.buffer, pgm.byteOffset, Math.min(pgm.length, 64)).toString('latin1'));
  if (!head || head[3] !== '255') return false;
  const start = head[0].length;
  const pixels = Number(head[1]) * Number(head[2]);
  if (pgm.length < start + pixels || pixels === 0) return false;
  const limit = pixels / 20_000;
  let dark = 0;
  for (let i = start; i < start + pixels; i++) if (pgm[i] < 128 && ++dark > limit) return false;
  return true;
}

/**
 * Reads one image with tesseract. Low confidence on the words read is what a page turned sideways (a
 * landscape exhibit, a map) gives: it is read again with orientation detection (the osd model) and the
 * more confident reading kept.
 */
async function readImageFile(image: string, out: string, o: typeof DEFAULTS, extra: string[]): Promise<PageRead> {
  const first = await tesseract(image, out, o, extra);
  if (first.error) return first;
  if (first.words > 0 && first.confidenceSum / first.words < ROTATION_RETRY_CONFIDENCE) {
    const again = await tesseract(image, `${out}-osd`, o, [...extra, '--psm', '1']);
    if (!again.error && again.words > 0 && again.confidenceSum / again.words > first.confidenceSum / first.words + 10) return again;
  }
  return first;
}

/** Below this mean word confidence (0-100) a page is read again with orientation detection. */
const ROTATION_RETRY_CONFIDENCE = 60;

/** One tesseract run writing `out`.txt and `out`.tsv; the page text and its word confidences. */
async function tesseract(image: string, out: string, o: typeof DEFAULTS, extra: string[]): Promise<PageRead> {
  const t = await run('tesseract', [image, out, '-l', o.lang, ...extra, 'txt', 'tsv'], o.pageTimeoutMs);
  if (t.error) return { text: '', words: 0, confidenceSum: 0, error: t.error };
  const s = parseTsv(await readFile(`${out}.tsv`, 'utf8').catch(() => ''));
  // Pages of a multi-page image (TIFF) end with a form feed: kept as the page mark, each page cleaned.
  const text = (await readFile(`${out}.txt`, 'utf8')).replace(/\f\s*$/, '').split('\f').map(cleanPage).join('\f');
  return { text, words: s.words, confidenceSum: s.confidenceSum, error: null };
}

/** Tesseract ends a page with a form feed and blank lines; the page separator is ours to add. */
export function cleanPage(s: string): string {
  return s.replace(/\f/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+/, '').replace(/\s+$/, '');
}

/**
 * CPU time (ms) of this process's finished children: cutime + cstime of /proc/self/stat, in clock ticks
 * of 10 ms (Linux). 0 where there is no /proc. Process-wide: parallel readers share the figure.
 */
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // "pid (comm) state ppid ...": after the command name, cutime and cstime are the 14th and 15th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10 || 0;
  } catch {
    return 0;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Image kinds tesseract reads directly (through leptonica). */
export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'gif' | 'bmp' | 'webp';

/**
 * OCRs an image file's bytes (a scanned page saved as PNG, JPEG or TIFF; a multi-page TIFF gives one
 * page each). Resolves with the text and warnings; never rejects. The image's own resolution is used.
 */
export async function ocrImage(bytes: Uint8Array, kind: ImageKind, opts: OcrOptions = {}): Promise<OcrResult> {
  const { o, result, ready } = startOcr(opts, 'tesseract');
  const warnings = result.warnings;
  if (!ready) return result;
  const cpu0 = childCpu();
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'courtreader-ocr-'));
    const file = join(dir, `in.${kind}`);
    await writeFile(file, bytes);
    result.engine = await ocrEngine();
    const read = await readImageFile(file, join(dir, 'out'), o, []);
    if (read.error) {
      warnings.push({ code: 'ocr-failed', message: `OCR could not read the image: ${read.error}` });
      return result;
    }
    const texts = read.text.split('\f');
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) at += SEPARATOR.length;
      result.pages.push({ number: i + 1, span: [at, at + texts[i].length] });
      at += texts[i].length;
    }
    result.text = texts.join(SEPARATOR);
    result.confidence = read.words ? Math.round((read.confidenceSum / read.words) * 10) / 10 : null;
  } catch (e) {
    warnings.push({ code: 'ocr-failed', message: `OCR could not run: ${(e as Error).message}` });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    result.childCpuMs = childCpu() - cpu0;
  }
  return result;
}
