import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(?:ts|mts|mjs|js|css|html)$/.test(name)) out.push(p);
  }
  return out;
}

// A control character in a source file is nearly always an escape an editing script turned into a byte:
// a regex's `\b` written as a backspace matches nothing, silently.
describe('source files', () => {
  const files = ['src', 'bench', 'test', 'scripts'].flatMap((d) => {
    try {
      return sources(path.join(root, d));
    } catch {
      return [];
    }
  });
  it('were found', () => expect(files.length).toBeGreaterThan(50));
  it('hold no control characters (other than tab, newline, carriage return, form feed)', () => {
    const bad: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((l, i) => {
        if (/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(l)) bad.push(`${path.relative(root, f)}:${i + 1}`);
      });
    }
    expect(bad).toEqual([]);
  });
});
