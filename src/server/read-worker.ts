/** Worker thread entry: reads one input and posts `{ok, result}` or `{ok: false, code, message}`. */
import { parentPort, workerData } from 'node:worker_threads';
import { readCore, type ReadCoreOptions, type ReadInput } from './read-core.js';

const { input, opts } = workerData as { input: ReadInput; opts: ReadCoreOptions };

readCore(input, opts).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (err: unknown) => {
    const e = err as { code?: string; message?: string };
    parentPort?.postMessage({ ok: false, code: typeof e?.code === 'string' ? e.code : 'read-failed', message: String(e?.message ?? err) });
  },
);
