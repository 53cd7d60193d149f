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

export interface BombLimits {
  largeStream: number;
  maxStreamOutput: number;
  maxTotalOutput: number;
}

const DEFAULT_LIMITS: BombLimits = {
  largeStream: LARGE_STREAM,
  maxStreamOutput: MAX_STREAM_OUTPUT,
  maxTotalOutput: MAX_TOTAL_OUTPUT,
};

/** A message when the PDF holds a stream that inflates beyond the caps, else null. */
export function findInflationBomb(data: Uint8Array, limits: BombLimits = DEFAULT_LIMITS): string | null {
  const { largeStream, maxStreamOutput, maxTotalOutput } = limits;
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
    if (end - start < largeStream) continue;
    const dict = buf.subarray(Math.max(0, s - 512), s).toString('latin1');
    if (!/\/FlateDecode\b/.test(dict.slice(dict.lastIndexOf('<<')))) continue;
    try {
      const out = inflateSync(buf.subarray(start, end), {
        maxOutputLength: maxStreamOutput,
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      total += out.length;
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return `a stream at byte ${start} inflates to more than ${maxStreamOutput} bytes`;
      }
      // A damaged stream is pdf.js's problem, not a bomb.
    }
    if (total > maxTotalOutput) return `streams inflate to more than ${maxTotalOutput} bytes in total`;
  }
}
