/**
 * The inputs of a reading command (cite, read, explain, table): files, folders (every .txt .pdf .html
 * .htm .json file under them) and `-` for stdin. Each input is read on its own; a failure is reported
 * for that input and the run goes on, so a batch never drops a file silently.
 */
import { stat } from 'node:fs/promises';
import { walkFiles } from '../corpus/walk.js';
import { InputError } from '../input/errors.js';
import type { Document } from '../input/types.js';
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, readDocument, type ReadOptions } from '../input/read-document.js';
import { OCR_MODES, type OcrMode } from '../input/ocr.js';
import { EXIT, UsageError, exitCodeOf, reasonOf } from './errors.js';

export const STDIN = '-';

export interface ExpandedInputs {
  /** Files (and `-`) in the order given, folders expanded in name order. */
  inputs: string[];
  /** Folders that hold no file courtreader reads. */
  emptyFolders: string[];
}

/** Expands folders; with no path, stdin when it is piped, else a usage error. */
export async function expandInputs(paths: string[]): Promise<ExpandedInputs> {
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give FILE... or a folder, or pipe text on stdin ("-")');
    return { inputs: [STDIN], emptyFolders: [] };
  }
  const out: ExpandedInputs = { inputs: [], emptyFolders: [] };
  for (const p of paths) {
    if (p === STDIN) {
      out.inputs.push(STDIN);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // Missing or unreadable: readDocument says which, in words.
    }
    if (!isDir) {
      out.inputs.push(p);
      continue;
    }
    const w = await walkFiles([p]);
    if (w.files.length === 0) out.emptyFolders.push(p);
    out.inputs.push(...w.files);
  }
  return out;
}

/** The name an input goes by in messages. */
export const inputName = (input: string): string => (input === STDIN ? 'stdin' : input);

/** All of stdin, refused past `maxBytes` without holding more than that in memory. */
export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new InputError('too-large', `input is above the limit of ${+(maxBytes / 1048576).toFixed(2)} MB (raise it with --max-mb)`, STDIN);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

let stdinRead = false;

/** `--max-mb <n>`: the size limit of one input, shared by the reading commands. */
export const maxMbOption = (): Option =>
  new Option('--max-mb <n>', 'refuse inputs larger than this many MB')
    .default(DEFAULT_MAX_BYTES / 1048576)
    .argParser((v: string) => {
      const n = Number(v);
      if (v.trim() === '' || !(n > 0)) throw new InvalidArgumentError('--max-mb must be a positive number.');
      return n;
    });

/** `--ocr <mode>`: OCR of scanned PDF pages and images through Debian's tesseract-ocr and poppler-utils, shared by the reading commands. */
export const ocrOption = (): Option =>
  new Option('--ocr <mode>', 'OCR scanned PDF pages and images with tesseract: auto (pages without a text layer, and image files, when tesseract-ocr and poppler-utils are installed), never, always')
    .choices(OCR_MODES)
    .default('auto');

/** Reads one input into a Document; stdin can be read once per run. */
export async function readInput(input: string, opts: { maxMb?: number; ocr?: OcrMode } = {}): Promise<Document> {
  const read: ReadOptions = opts.maxMb ? { maxBytes: Math.round(opts.maxMb * 1048576) } : {};
  if (opts.ocr) read.ocr = opts.ocr;
  if (input !== STDIN) return readDocument(input, read);
  if (stdinRead) throw new UsageError('stdin ("-") can be read only once');
  stdinRead = true;
  return readDocument(await readStdin(read.maxBytes), { ...read, path: STDIN });
}

export interface InputFailure {
  input: string;
  error: string;
  exitCode: number;
}

/** Collects failures of a batch, prints each to stderr, and settles the exit code at the end. */
export class FailureLog {
  readonly failures: InputFailure[] = [];
  constructor(private readonly command: string) {}

  add(input: string, e: unknown): InputFailure {
    const f = { input, error: reasonOf(e, input), exitCode: exitCodeOf(e) };
    this.failures.push(f);
    process.stderr.write(`courtreader ${this.command}: ${inputName(input)}: ${f.error}\n`);
    return f;
  }

  /** Reports folders with nothing to read. */
  addExpansion(x: ExpandedInputs): void {
    for (const d of x.emptyFolders) {
      process.stderr.write(`courtreader ${this.command}: ${d}: no .txt .pdf .html .htm or .json file in this folder\n`);
      this.failures.push({ input: d, error: 'no readable file in this folder', exitCode: EXIT.failed });
    }
  }

  /** A closing line for batches (more than one input) that had failures. */
  summary(total: number): void {
    if (total > 1 && this.failures.length) {
      process.stderr.write(`courtreader ${this.command}: ${this.failures.length} of ${total} input${total === 1 ? '' : 's'} failed\n`);
    }
  }

  /** Sets process.exitCode: the highest code of any failure, 0 when none. */
  settle(): void {
    const code = this.failures.reduce((c, f) => Math.max(c, f.exitCode), 0);
    if (code > Number(process.exitCode ?? 0)) process.exitCode = code;
  }
}
