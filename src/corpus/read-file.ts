/**
 * One file -> one IngestRecord. Runs inside a worker thread (or in-process with `workers: 0`).
 * Never throws for a bad file: the failure becomes the record's `error`.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Document } from '../input/types.js';
import type { OcrMode } from '../input/ocr.js';
import type { Order } from '../order/types.js';
import type { IngestRecord } from './store.js';
import { readDocument } from '../input/read-document.js';
import { readOrder } from '../order/read-order.js';
import { buildRecord, failedRecord } from './record.js';
import { parseAuthority } from './authority.js';

export type ReadDocument = (input: string | Uint8Array, opts?: { path?: string; format?: Document['source']['format']; ocr?: OcrMode }) => Promise<Document>;
export type ReadOrder = (doc: Document) => Order | Promise<Order>;

const defaults = { readDocument: readDocument as ReadDocument, readOrder: readOrder as ReadOrder };
let readers = defaults;

/**
 * Replaces the readers used in this thread (in-process ingest with `workers: 0`): a reader built with
 * extra rules, or a stub in tests. Unset parts keep the defaults.
 */
export function useReaders(r: { readDocument?: ReadDocument; readOrder?: ReadOrder }): void {
  readers = { readDocument: r.readDocument ?? defaults.readDocument, readOrder: r.readOrder ?? defaults.readOrder };
}

const loadReaders = async () => readers;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const extFormat = (p: string): string => (/\.pdf$/i.test(p) ? 'pdf' : /\.html?$/i.test(p) ? 'html' : /\.json$/i.test(p) ? 'json' : 'txt');

/** Reporter citations the file's metadata gives for the document itself (`Reporter_Citation`, `citation`). */
function aliasesOf(meta: Record<string, string>): string[] {
  const keys = new Set<string>();
  for (const [k, v] of Object.entries(meta ?? {})) {
    if (!/cit(e|ation)s?$/i.test(k) || typeof v !== 'string') continue;
    for (const piece of v.split(/[;\n]|,\s(?=\d)/)) {
      const a = parseAuthority(piece);
      if (a && /^\d+\|[a-z0-9]+\|\d+$/.test(a.key)) keys.add(a.key);
    }
  }
  return [...keys];
}

async function fromDocument(doc: Document, path: string, readOrder: ReadOrder): Promise<IngestRecord> {
  const order = await readOrder(doc);
  const rec = buildRecord(doc, order, path);
  rec.aliases = aliasesOf(doc.meta);
  if (!doc.text.trim()) {
    // An image-only PDF or an empty file: kept, and listed with the failures so it can be looked at.
    rec.error = `no text extracted${doc.warnings.length ? `: ${doc.warnings.map((w) => w.message).join('; ')}` : ''}`;
  }
  return rec;
}

// The row already holds the path: an InputError's `reason` is its message without the path.
const message = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const reason = (err as { reason?: unknown }).reason;
  return `${err.name === 'Error' ? '' : `${err.name}: `}${typeof reason === 'string' ? reason : err.message}`;
};

/**
 * Reads a file from disk. `path` should be absolute: it is the document's identity in the store.
 * `ocr` is readDocument's option (OCR of image-only PDFs; default auto).
 */
export async function readFileRecord(path: string, opts: { ocr?: OcrMode } = {}): Promise<IngestRecord> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return failedRecord(path, 'unreadable:' + path, 0, extFormat(path), message(err));
  }
  const hash = sha256(bytes);
  try {
    const { readDocument, readOrder } = await loadReaders();
    const doc = await readDocument(bytes, opts.ocr ? { path, ocr: opts.ocr } : { path });
    return await fromDocument(doc, path, readOrder);
  } catch (err) {
    return failedRecord(path, hash, bytes.length, extFormat(path), message(err));
  }
}

/** Re-reads a stored text with the current rules, keeping the original file's identity (hash, size, format). */
export async function reindexRecord(stored: { path: string; sha256: string; format: string; bytes: number; text: string }): Promise<IngestRecord> {
  try {
    const { readDocument, readOrder } = await loadReaders();
    const doc = await readDocument(Buffer.from(stored.text, 'utf8'), { path: stored.path, format: 'txt' });
    // The stored text is the original text; keep its offsets and the original file's identity.
    const rec = await fromDocument({ ...doc, text: stored.text }, stored.path, readOrder);
    return { ...rec, sha256: stored.sha256, format: stored.format, bytes: stored.bytes };
  } catch (err) {
    return failedRecord(stored.path, stored.sha256, stored.bytes, stored.format, message(err));
  }
}
