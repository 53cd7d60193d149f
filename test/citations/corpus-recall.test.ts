// Recall of the case citations CourtListener marked in ../shared/corpus/flpcitator-*.html (measured 98.8%).
import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import { findCitations } from '../../src/citations/find.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => /^flpcitator-.*\.html$/.test(f)) : [];

/** Text of the HTML (block tags as newlines) and the text spans of <span class="citation"> elements. */
function marked(html: string): { text: string; marks: Array<[number, number]> } {
  let text = '';
  const marks: Array<[number, number]> = [];
  const open: Array<number | null> = [];
  const re = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[4] !== undefined) {
      text += decodeHTML(m[4]);
      continue;
    }
    if (/^(?:p|div|br|li|tr|pre|blockquote)$/i.test(m[2]) && !text.endsWith('\n')) text += '\n';
    if (m[2].toLowerCase() !== 'span') continue;
    if (!m[1]) open.push(/class="citation"/.test(m[3]) ? text.length : null);
    else {
      const s = open.pop();
      if (s !== null && s !== undefined) marks.push([s, text.length]);
    }
  }
  return { text, marks };
}

describe.skipIf(files.length === 0)('CourtListener-marked citations in ../shared/corpus (skipped: corpus absent)', () => {
  it('finds at least 98% of them', () => {
    let total = 0;
    let found = 0;
    for (const f of files) {
      const { text, marks } = marked(readFileSync(path.join(corpus, f), 'utf8'));
      const spans = findCitations(text).flatMap((c) => [c.span, c.fullSpan]);
      for (const [s, e] of marks) {
        total++;
        if (spans.some(([a, b]) => a < e && b > s)) found++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(found / total).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
