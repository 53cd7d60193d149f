/** Ingest progress on stderr: a cli-progress bar on a terminal, a plain line every few seconds otherwise. */
import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest.js';
import { formatDuration } from './format.js';

export interface ProgressView {
  update(p: IngestProgress): void;
  stop(): void;
}

const rate = (p: IngestProgress) => (p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0);

export function progressView(label: string, stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): ProgressView {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} files | {rate} files/s | {mb} MB | ETA {eta_formatted} | +{added} ~{replaced} ={skipped} !{failed}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(p) {
        const payload = { rate: rate(p).toFixed(1), mb: (p.bytes / 1e6).toFixed(1), added: p.added, replaced: p.replaced, skipped: p.skipped, failed: p.failed };
        if (!started) { bar.start(p.total, p.done, payload); started = true; }
        bar.setTotal(p.total);
        bar.update(p.done, payload);
      },
      stop() { if (started) bar.stop(); },
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < everyMs || p.done === 0) return;
      last = now;
      const r = rate(p);
      const eta = r > 0 ? ((p.total - p.done) / r) * 1000 : NaN;
      stream.write(`${label}: ${p.done}/${p.total} files (${Math.floor((100 * p.done) / Math.max(1, p.total))}%), ${r.toFixed(1)} files/s, ETA ${formatDuration(eta)}\n`);
    },
    stop() {},
  };
}
