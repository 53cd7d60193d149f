/**
 * Reads one uploaded or pasted input into `{document, order}`: the work behind POST /read and /api/read.
 * Runs inside a worker thread (read-worker.ts) so a runaway PDF can be stopped; also callable in-process.
 */
import { documentFromText, readDocument } from '../input/read-document.js';
import type { Document } from '../input/types.js';
import type { Order } from '../order/types.js';
import type { ReadResult } from '../web/read-page.js';

export type ReadInput =
  | { kind: 'text'; text: string; name: string | null }
  | { kind: 'bytes'; bytes: Uint8Array; name: string | null };

export interface ReadCoreOptions {
  maxBytes: number;
  pdfTimeoutMs: number;
}

type ReadOrderFn = (doc: Document) => Order | Promise<Order>;

// The order reader is loaded lazily: the worker pays for its rule tables once per read.
const ORDER_MODULE = '../order/read-order.js';
let readOrderFn: ReadOrderFn | null = null;
async function loadReadOrder(): Promise<ReadOrderFn> {
  if (!readOrderFn) {
    const mod = (await import(ORDER_MODULE)) as { readOrder: ReadOrderFn };
    readOrderFn = mod.readOrder;
  }
  return readOrderFn;
}

/** A Document is not cloneable (it carries functions): keep its data only. */
export function plainDocument(doc: Document): ReadResult['document'] {
  return {
    text: doc.text,
    pages: doc.pages.map((p) => ({ number: p.number, span: [p.span[0], p.span[1]] as [number, number] })),
    source: { ...doc.source },
    meta: { ...doc.meta },
    warnings: doc.warnings.map((w) => ({ ...w })),
  };
}

export async function readCore(input: ReadInput, opts: ReadCoreOptions): Promise<ReadResult> {
  const t0 = performance.now();
  const path = input.name ?? undefined;
  const doc = input.kind === 'text'
    ? documentFromText(input.text, { path })
    : await readDocument(input.bytes, { path, maxBytes: opts.maxBytes, timeoutMs: opts.pdfTimeoutMs, ocr: false });
  const readOrder = await loadReadOrder();
  const order = await readOrder(doc);
  return { document: plainDocument(doc), order: JSON.parse(JSON.stringify(order)) as Order, ms: Math.round(performance.now() - t0) };
}
