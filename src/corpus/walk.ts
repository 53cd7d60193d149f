/** Finds the supported files under the given paths, sorted, each once, as absolute paths. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const SUPPORTED = /\.(txt|pdf|html?|json)$/i;

export async function walkFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const out = new Set<string>();
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
      out.add(p);
    }
  };
  for (const p of paths) await visit(path.resolve(p), true);
  return { files: [...out].sort(), missing };
}
