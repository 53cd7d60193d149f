/**
 * CPU time of the calling thread, for ingest's per-thread figures. `process.cpuUsage()` sums every thread
 * of the process (workers, V8's compiler and GC threads, libuv's pool), so it cannot tell a busy worker
 * from an idle one. Linux gives each thread's own time in /proc/thread-self/schedstat
 * (`"1234567890 5678 42\n"`: ns on the CPU, ns waiting for one, time slices). Elsewhere: null.
 */
import { readFileSync } from 'node:fs';

let available: boolean | null = null;

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The calling thread's CPU time in ms, or null where the platform does not expose it. */
export function threadCpuMs(): number | null {
  if (available === false) return null;
  const s = read('/proc/thread-self/schedstat');
  const ns = s ? Number(s.split(' ')[0]) : NaN;
  available = Number.isFinite(ns);
  return available ? ns / 1e6 : null;
}
