/**
 * Decompression-bomb guard: before pdf.js sees a PDF, every large FlateDecode stream is inflated with
 * an output cap. Deflate expands at most ~1,032x, so streams under LARGE_STREAM bytes cannot exceed
 * about 260 MB each and are left to pdf.js; the total over all checked streams is capped too.
 */
import { inflateSync, constants } from 'node:zlib';

/** Compressed size from which a stream is checked. */
const LARGE_STREAM = 64 * 1024;
/** Largest decompressed size accepted for one stream. */
const MAX_STREAM_OUTPUT = 256 * 1024 * 1024;
/** Largest decompressed total accepted over the checked streams. */
const MAX_TOTAL_OUTPUT = 1024 * 1024 * 1024;

/** A message when the PDF holds a stream that inflates beyond the caps, else null. */
export function findInflationBomb(data: Uint8Array): string | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let total = 0;
  let at = 0;
  for (;;) {
    const s = buf.indexOf('stream', at, 'latin1');
    if (s < 0) return null;
    at = s + 6;
    if (buf[s - 1] === 0x64 /* d of endstream */) continue;
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf('endstream', start, 'latin1');
    if (end < 0) return null;
    at = end + 9;
    if (end - start < LARGE_STREAM) continue;
    const dict = buf.subarray(Math.max(0, s - 512), s).toString('latin1');
    if (!/\/FlateDecode\b/.test(dict.slice(dict.lastIndexOf('<<')))) continue;
    try {
      const out = inflateSync(buf.subarray(start, end), {
        maxOutputLength: MAX_STREAM_OUTPUT,
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      total += out.length;
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return `a stream at byte ${start} inflates to more than ${MAX_STREAM_OUTPUT} bytes`;
      }
      // A damaged stream is pdf.js's problem, not a bomb.
    }
    if (total > MAX_TOTAL_OUTPUT) return `streams inflate to more than ${MAX_TOTAL_OUTPUT} bytes in total`;
  }
}
