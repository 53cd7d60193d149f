/** Finds the supported files under the given paths, sorted, each once, as absolute paths. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

// (images are read by OCR when tesseract is installed; without it they are reported as unsupported, not skipped)
export const SUPPORTED = /\.(txt|pdf|html?|json|png|jpe?g|tiff?|gif|bmp|webp)$/i;

export interface WalkResult {
  files: string[];
  missing: string[];
  /** Size in bytes of each file found (as stat saw it while walking). */
  sizes: Map<string, number>;
}

export async function walkFiles(paths: string[]): Promise<WalkResult> {
  const sizes = new Map<string, number>();
  const missing: string[] = [];
  const visit = async (p: string, top: boolean): Promise<void> => {
    let s;
    try {
      s = await stat(p);
    } catch {
      if (top) missing.push(p);
      return;
    }
    if (s.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith('.')) continue;
        await visit(path.join(p, e.name), false);
      }
    } else if (s.isFile() && (top || SUPPORTED.test(p))) {
      sizes.set(p, s.size);
    }
  };
  for (const p of paths) await visit(path.resolve(p), true);
  return { files: [...sizes.keys()].sort(), missing, sizes };
}

/**
 * Rough reading cost of a file, in "text bytes": what ordering the work needs, not a forecast. Text
 * formats cost about their size (~0.2 ms/KB measured over the corpus); a PDF pays a fixed price for
 * pdf.js (~100-400 ms whatever its size: fonts, page tree) and its bytes are mostly compressed streams
 * and images, so they count for little.
 */
export function readingCost(file: string, bytes: number): number {
  return /\.pdf$/i.test(file) ? 600_000 + bytes / 4 : bytes;
}

/**
 * The files in the order they should be read: costliest first, so the long ones start while the other
 * threads still have short ones to take and no thread is left reading one big file at the end.
 * Equal costs keep path order, so the order is the same from run to run.
 */
export function costliestFirst(files: string[], sizes: Map<string, number>): string[] {
  const cost = new Map(files.map((f) => [f, readingCost(f, sizes.get(f) ?? 0)]));
  return [...files].sort((a, b) => cost.get(b)! - cost.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}
