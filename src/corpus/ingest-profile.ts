/**
 * Where an ingest spent its time: per reader thread (files, busy time, CPU), the main thread's CPU
 * (walking, hashing, dispatch, commits), the whole process's CPU (which also counts V8's compiler and
 * GC threads), and the shape of the end of the run (when the last read finished, how long the threads
 * finished apart, how long the last commits took). All times in ms; `*AtMs` are from the start of ingest.
 */
import { threadCpuMs } from './thread-cpu.js';
import type { TaskStats } from './worker.js';

export interface ThreadUse {
  /** Worker thread id (0: the main thread, with `workers: 0`). */
  thread: number;
  files: number;
  /** Time with at least one file in hand, wall clock. */
  busyMs: number;
  /** CPU time of the thread from its first file's start to its last file's end (null where unknown). */
  cpuMs: number | null;
  /** CPU time of the thread from its start to its last task (module loading included). */
  threadCpuMs: number | null;
  firstStartAtMs: number;
  lastEndAtMs: number;
}

export interface TaskTiming {
  path: string;
  bytes: number;
  thread: number;
  startAtMs: number;
  endAtMs: number;
  cpuMs: number | null;
}

export interface IngestProfile {
  wallMs: number;
  /** CPU of every thread of the process during the ingest. */
  processCpuMs: number;
  /** CPU of the calling thread: walking, hashing, handing out files, committing. */
  mainCpuMs: number | null;
  threads: ThreadUse[];
  /** When the last file finished reading. */
  lastReadAtMs: number;
  /** From the first reader thread running out of files to the last one finishing: the long tail. */
  spreadMs: number;
  /** From the last read to the end (the last commits). */
  tailMs: number;
}

interface Span { start: number; end: number; cpuStart: number | null; cpuEnd: number | null }

/** Total length of a set of intervals, overlaps counted once (a thread may hold two files at a time). */
function unionMs(spans: Span[]): number {
  let total = 0;
  let end = -Infinity;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}

export class ProfileRecorder {
  private readonly t0 = Date.now();
  private readonly cpu0 = process.cpuUsage();
  private readonly main0 = threadCpuMs();
  private readonly spans = new Map<number, Span[]>();

  constructor(private readonly onTask?: (t: TaskTiming) => void) {}

  task(path: string, bytes: number, s: TaskStats): void {
    const span: Span = { start: s.startMs - this.t0, end: s.endMs - this.t0, cpuStart: s.cpuStartMs, cpuEnd: s.cpuEndMs };
    const list = this.spans.get(s.thread) ?? [];
    list.push(span);
    this.spans.set(s.thread, list);
    const cpuMs = span.cpuStart != null && span.cpuEnd != null ? span.cpuEnd - span.cpuStart : null;
    this.onTask?.({ path, bytes, thread: s.thread, startAtMs: span.start, endAtMs: span.end, cpuMs });
  }

  private use(thread: number, spans: Span[]): ThreadUse {
    const cpuStarts = spans.map((s) => s.cpuStart).filter((x): x is number => x != null);
    const cpuEnds = spans.map((s) => s.cpuEnd).filter((x): x is number => x != null);
    const known = cpuStarts.length === spans.length && cpuEnds.length === spans.length;
    return {
      thread,
      files: spans.length,
      busyMs: Math.round(unionMs(spans)),
      // From its first file to its last: on the main thread (workers: 0) that includes the commits.
      cpuMs: known ? Math.round(Math.max(...cpuEnds) - Math.min(...cpuStarts)) : null,
      threadCpuMs: known && thread !== 0 ? Math.round(Math.max(...cpuEnds)) : null,
      firstStartAtMs: Math.round(Math.min(...spans.map((s) => s.start))),
      lastEndAtMs: Math.round(Math.max(...spans.map((s) => s.end))),
    };
  }

  finish(): IngestProfile {
    const wallMs = Date.now() - this.t0;
    const cpu = process.cpuUsage(this.cpu0);
    const main1 = threadCpuMs();
    const threads = [...this.spans].sort((a, b) => a[0] - b[0]).map(([t, spans]) => this.use(t, spans));
    const ends = threads.map((t) => t.lastEndAtMs);
    const lastReadAtMs = ends.length ? Math.max(...ends) : 0;
    return {
      wallMs,
      processCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      mainCpuMs: this.main0 != null && main1 != null ? Math.round(main1 - this.main0) : null,
      threads,
      lastReadAtMs,
      spreadMs: ends.length ? lastReadAtMs - Math.min(...ends) : 0,
      tailMs: Math.max(0, wallMs - lastReadAtMs),
    };
  }
}
