/**
 * Worker thread entry: stays up between reads. Receives `{id, input, opts}`, answers
 * `{id, ok: true, result}` or `{id, ok: false, code, message}`. The parent terminates it on a deadline.
 */
import { parentPort } from 'node:worker_threads';
import { readCore, type ReadCoreOptions, type ReadInput } from './read-core.js';

parentPort?.on('message', (m: { id: number; input: ReadInput; opts: ReadCoreOptions }) => {
  readCore(m.input, m.opts).then(
    (result) => parentPort?.postMessage({ id: m.id, ok: true, result }),
    (err: unknown) => {
      const e = err as { code?: string; message?: string };
      parentPort?.postMessage({ id: m.id, ok: false, code: typeof e?.code === 'string' ? e.code : 'read-failed', message: String(e?.message ?? err) });
    },
  );
});
