/** Rules built from an imported reporters-db: editions with their own citation shapes, and its journal list. */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';
import type { ReporterShape } from '../../data/import-reporters-db.js';
import { firstCharClass, flexTrieSource } from '../reporter-index.js';

/** One rule for every shaped edition: one alternation, group names made unique per alternative. */
export function shapeRule(shapes: ReporterShape[]): Rule<Draft> | null {
  const alts: string[] = [];
  const abbrs: string[] = [];
  for (const s of shapes) {
    const i = alts.length;
    const body = s.source.replace(/\(\?<([A-Za-z_]\w*)>/g, (_a, name: string) => `(?<${name}__${i}>`);
    try {
      new RegExp(body);
    } catch {
      continue;
    }
    alts.push(`(?<g__${i}>${body})`);
    abbrs.push(s.abbr);
  }
  if (alts.length === 0) return null;
  return {
    id: 'citation/case-reporters-db-shape',
    // e.g. 2009 12345 (La.App. 1 Cir. 05/10/10) / Bankr. L. Rep. (CCH) P12,345
    pattern: new RegExp(`(?:${alts.join('|')})(?![\\w])`, 'g'),
    priority: 45,
    parse(m, text) {
      if (preceded(text, m.index, '.-') || (m.index > 0 && /\w/.test(text[m.index - 1]))) return null;
      const g = m.groups ?? {};
      const i = abbrs.findIndex((_a, k) => g[`g__${k}`] !== undefined);
      if (i < 0) return null;
      const volume = g[`volume__${i}`] ?? null;
      const page = g[`page__${i}`] ?? null;
      const found = g[`reporter__${i}`] ?? abbrs[i];
      return { value: { kind: 'case', volume, reporter: abbrs[i], reporterFound: found, page }, span: [m.index, m.index + m[0].length], confidence: 0.8 };
    },
    examples: [],
    counterexamples: [],
  };
}

/** Journal abbreviations from the data set: `1 F. B. I. S. 1`. */
export function journalTableRule(journals: string[]): Rule<Draft> | null {
  const names = journals.filter((j) => /[A-Za-z]/.test(j) && j.length >= 3);
  if (names.length === 0) return null;
  return {
    id: 'citation/journal-table',
    // 1 Minn. L. Rev. 1 / 1 F. B. I. S. 1
    pattern: new RegExp(String.raw`\b(\d{1,4})\s+(${flexTrieSource(names)})(?![\w'’])\s*,?\s+(\d{1,5})(?![\w])`, 'g'),
    at: volumeAt(firstCharClass(names)),
    priority: 31,
    parse: (m, text) =>
      preceded(text, m.index, '.§-')
        ? null
        : { value: { kind: 'journal', volume: m[1], reporter: m[2].replace(/\s+/g, ' '), reporterFound: m[2], page: m[3] }, span: [m.index, m.index + m[0].length], confidence: 0.85 },
    examples: [],
    counterexamples: [],
  };
}
