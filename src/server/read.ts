/**
 * Reading untrusted uploads without putting the server at risk: each read runs in a worker thread with a
 * memory cap and a deadline; the worker is terminated when either is exceeded, and the request gets a
 * clear refusal. At most `concurrency` reads run at once (one warm thread each); more are refused with 503.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Context } from 'hono';
import type { ReadResult } from '../web/read-page.js';
import { readCore, type ReadCoreOptions, type ReadInput } from './read-core.js';

export type { ReadInput } from './read-core.js';

/** A request we will not read, with the HTTP status and a message for the user. */
export class ReadRefused extends Error {
  override readonly name = 'ReadRefused';
  constructor(readonly status: 400 | 408 | 413 | 415 | 422 | 500 | 503, message: string) {
    super(message);
  }
}

export type Reader = (input: ReadInput) => Promise<ReadResult>;

export interface ReaderOptions {
  maxBytes: number;
  /** Whole read (parse + order) deadline. */
  timeoutMs: number;
  /** Heap cap of the worker, MB. */
  memoryMb: number;
  concurrency: number;
}

export const DEFAULT_READER_OPTIONS: ReaderOptions = { maxBytes: 20 * 1024 * 1024, timeoutMs: 20_000, memoryMb: 512, concurrency: 2 };

/** The built worker: next to this file in dist/, or dist/server/ when running from src/ (tests). */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  const candidates = [here.replace(/read\.(ts|js)$/, 'read-worker.js'), here.replace(/[\\/]src[\\/]server[\\/]read\.ts$/, '/dist/server/read-worker.js')];
  for (const f of candidates) if (f.endsWith('.js') && existsSync(f)) return f;
  return null;
}

const INPUT_ERRORS: Record<string, [ReadRefused['status'], string]> = {
  'too-large': [413, 'The file is too large.'],
  'binary-input': [415, 'This file is not a document courtreader can read (text, PDF, HTML or JSON).'],
  'unsupported-format': [415, 'This file is not a document courtreader can read (text, PDF, HTML or JSON).'],
  'pdf-timeout': [422, 'The PDF took too long to parse and was abandoned.'],
  'pdf-unreadable': [422, 'The PDF could not be parsed.'],
  'invalid-argument': [400, 'The input was not understood.'],
};

function refusalFor(code: string, message: string): ReadRefused {
  const known = INPUT_ERRORS[code];
  return known ? new ReadRefused(known[0], `${known[1]} (${message})`) : new ReadRefused(500, `Reading failed: ${message}`);
}

export function createReader(options: Partial<ReaderOptions> = {}): Reader {
  const o = { ...DEFAULT_READER_OPTIONS, ...options };
  const core: ReadCoreOptions = { maxBytes: o.maxBytes, pdfTimeoutMs: Math.max(1000, o.timeoutMs - 1000) };
  const file = workerFile();
  const slots = file ? Array.from({ length: o.concurrency }, () => new WorkerSlot(file, o)) : [];
  let running = 0;
  return async (input) => {
    if (running >= o.concurrency) throw new ReadRefused(503, 'The server is busy reading other documents; try again in a moment.');
    running++;
    try {
      const slot = slots.find((s) => !s.busy);
      if (!slot) return await inProcess(input, core, o.timeoutMs);
      return await slot.run(input, core);
    } finally {
      running--;
    }
  };
}

async function inProcess(input: ReadInput, core: ReadCoreOptions, timeoutMs: number): Promise<ReadResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadRefused(408, `Reading took longer than ${timeoutMs / 1000} s and was abandoned.`)), timeoutMs);
  });
  try {
    return await Promise.race([readCore(input, core), deadline]);
  } catch (e) {
    if (e instanceof ReadRefused) throw e;
    const err = e as { code?: string; message?: string };
    throw refusalFor(typeof err.code === 'string' ? err.code : 'read-failed', String(err.message ?? e));
  } finally {
    clearTimeout(timer);
  }
}

type WorkerReply = { id: number; ok: true; result: ReadResult } | { id: number; ok: false; code: string; message: string };

/**
 * One reader thread, kept warm between reads (the rule tables load once). A read that passes the
 * deadline or the heap cap kills the thread; the next read starts a fresh one. Idle threads are unref'd
 * so they never keep the process alive.
 */
class WorkerSlot {
  busy = false;
  private worker: Worker | null = null;
  private seq = 0;

  constructor(private file: string, private o: ReaderOptions) {}

  private spawn(): Worker {
    const w = new Worker(this.file, {
      resourceLimits: { maxOldGenerationSizeMb: this.o.memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.resume();
    // An idle thread that dies is simply replaced on the next read.
    w.on('error', () => { if (this.worker === w) this.worker = null; });
    w.on('exit', () => { if (this.worker === w) this.worker = null; });
    return w;
  }

  run(input: ReadInput, core: ReadCoreOptions): Promise<ReadResult> {
    this.busy = true;
    const w = (this.worker ??= this.spawn());
    w.ref();
    const id = ++this.seq;
    return new Promise<ReadResult>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          if (this.worker === w) this.worker = null;
          void w.terminate();
        } else w.unref();
        this.busy = false;
        fn();
      };
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        finish(() => (m.ok ? resolve(m.result) : reject(refusalFor(m.code, m.message))), false);
      };
      const onError = (err: Error & { code?: string }) => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(() => reject(oom ? new ReadRefused(413, `The document needs more than ${this.o.memoryMb} MB of memory to read and was refused.`) : refusalFor('read-failed', err.message)), true);
      };
      const onExit = (code: number) => finish(() => reject(new ReadRefused(500, `The reader stopped unexpectedly (exit ${code}).`)), true);
      const timer = setTimeout(
        () => finish(() => reject(new ReadRefused(408, `Reading took longer than ${this.o.timeoutMs / 1000} s and was abandoned.`)), true),
        this.o.timeoutMs,
      );
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ id, input, opts: core });
    });
  }
}

/**
 * The input of a read request: a multipart form (`file` and/or `text`), JSON `{"text": ...}`, or a raw
 * body (text/plain, application/pdf, application/octet-stream). A file wins over pasted text.
 */
export async function readInputFrom(c: Context): Promise<ReadInput> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const body = await c.req.parseBody();
    const file = body.file;
    if (file instanceof File && file.size > 0) {
      return { kind: 'bytes', bytes: new Uint8Array(await file.arrayBuffer()), name: safeName(file.name) };
    }
    const text = typeof body.text === 'string' ? body.text : '';
    if (text.trim()) return { kind: 'text', text, name: null };
    throw new ReadRefused(400, 'Paste the text of an order or choose a file to upload.');
  }
  if (type.startsWith('application/json')) {
    let j: unknown;
    try {
      j = await c.req.json();
    } catch {
      throw new ReadRefused(400, 'The request body is not valid JSON.');
    }
    const text = (j as { text?: unknown })?.text;
    if (typeof text !== 'string' || !text.trim()) throw new ReadRefused(400, 'Send {"text": "..."} with the text of an order.');
    return { kind: 'text', text, name: null };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (!bytes.length) throw new ReadRefused(400, 'The request body is empty.');
  return { kind: 'bytes', bytes, name: safeName(c.req.query('name') ?? null) };
}

/** The last path component of an uploaded file name, without control characters, at most 200 chars. */
function safeName(name: string | null): string | null {
  if (!name) return null;
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base ? base.slice(0, 200) : null;
}
