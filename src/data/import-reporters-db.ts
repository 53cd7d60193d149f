/**
 * Importer for Free Law Project's reporters-db folder (reporters.json, regexes.json, journals.json).
 * A user who has that data set gets its full coverage: every edition and variation joins the reporter
 * trie; editions with their own citation shapes (`regexes` with $placeholders) become one extra rule;
 * journal abbreviations become a journal table. Nothing of that data is stored in this repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReporterEntry, ReporterKind } from './reporters.js';

/** An edition with a citation shape of its own ("2009 12345 (La.App. 1 Cir. 05/10/10)"). */
export interface ReporterShape {
  /** Canonical edition abbreviation. */
  abbr: string;
  /** JS regex source with named groups `volume`, `page`, `reporter` (Python `(?P<` converted). */
  source: string;
}

export interface ReportersDb {
  reporters: ReporterEntry[];
  shapes: ReporterShape[];
  journals: string[];
  warnings: string[];
}

interface DbEdition {
  start?: string | null;
  end?: string | null;
  regexes?: string[];
}
interface DbEntry {
  cite_type?: string;
  name?: string;
  editions?: Record<string, DbEdition>;
  variations?: Record<string, string> | string[];
  examples?: string[];
  regexes?: string[];
  start?: string | null;
  end?: string | null;
}

const KIND: Record<string, ReporterKind> = {
  federal: 'federal',
  state: 'state',
  state_regional: 'regional',
  scotus_early: 'scotus',
  neutral: 'state',
};

const year = (s: string | null | undefined): number | null => (s ? Number(String(s).slice(0, 4)) || null : null);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function readJson(path: string, warnings: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    warnings.push(`${path}: ${(e as Error).message}`);
    return null;
  }
}

/** regexes.json flattened: `full_cite_cch` -> template, `page_with_commas` -> regex, ... */
export function flattenRegexes(tree: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (o: unknown, prefix: string) => {
    if (typeof o === 'string') {
      out.set(prefix, o);
      return;
    }
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (k.endsWith('#')) continue;
      walk(v, k === '' ? prefix : prefix ? `${prefix}_${k}` : k);
    }
  };
  walk(tree, '');
  return out;
}

/**
 * Expands `$name` placeholders (recursively), `$edition` to the given spellings, `_optional`
 * suffixes, and converts Python syntax to JavaScript (`(?P<x>` -> `(?<x>`, `{,n}` -> `{0,n}`).
 */
export function expandTemplate(template: string, table: Map<string, string>, spellings: string[]): string | null {
  const edition = spellings.map((s) => escapeRe(s).replace(/ /g, '\\s+')).join('|');
  let ok = true;
  const expand = (t: string, depth: number): string =>
    t.replace(/\$([a-z][a-z0-9_]*)/g, (_all, name: string) => {
      if (depth > 8) {
        ok = false;
        return '';
      }
      if (name === 'edition') return `(?:${edition})`;
      // Longest known prefix, the rest being "_optional" or a literal tail like "-" (names never contain "-").
      let key = name;
      let optional = false;
      if (!table.has(key) && key.endsWith('_optional') && table.has(key.slice(0, -'_optional'.length))) {
        key = key.slice(0, -'_optional'.length);
        optional = true;
      }
      const body = table.get(key);
      if (body === undefined) {
        ok = false;
        return '';
      }
      const x = expand(body, depth + 1);
      return optional ? `(?:${x}\\s?)?` : x;
    });
  const out = expand(template, 0).replace(/\(\?P</g, '(?<').replace(/\{,(\d+)\}/g, '{0,$1}');
  return ok ? out : null;
}

/** Reads a reporters-db folder. Never throws on data problems: they go to `warnings`. */
export function loadReportersDb(dir: string): ReportersDb {
  const warnings: string[] = [];
  const reporters: ReporterEntry[] = [];
  const shapes: ReporterShape[] = [];
  const journals: string[] = [];
  if (!existsSync(join(dir, 'reporters.json'))) throw new Error(`not a reporters-db folder (no reporters.json): ${dir}`);
  const table = flattenRegexes(readJson(join(dir, 'regexes.json'), warnings) ?? {});
  const data = (readJson(join(dir, 'reporters.json'), warnings) ?? {}) as Record<string, DbEntry[]>;
  for (const [key, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const editions = e.editions && typeof e.editions === 'object' ? e.editions : { [key]: { start: e.start, end: e.end } };
      const variations = e.variations && !Array.isArray(e.variations) ? e.variations : {};
      for (const [abbr, ed] of Object.entries(editions)) {
        const variants = Object.entries(variations).filter(([, canon]) => canon === abbr).map(([v]) => v);
        const start = year(ed?.start);
        reporters.push({
          abbr,
          name: e.name ?? abbr,
          kind: KIND[e.cite_type ?? ''] ?? 'specialty',
          years: [start ?? 1600, year(ed?.end)],
          variants,
          court: e.cite_type === 'scotus_early' ? 'scotus' : undefined,
          example: e.examples?.[0] ?? `1 ${abbr} 1`,
        });
        const templates = [...(ed?.regexes ?? []), ...(e.regexes ?? [])].filter((t) => t !== '$full_cite');
        for (const t of new Set(templates)) {
          const source = expandTemplate(t, table, [abbr, ...variants]);
          if (source) shapes.push({ abbr, source });
          else warnings.push(`${abbr}: cannot expand ${t}`);
        }
      }
    }
  }
  const jdata = (existsSync(join(dir, 'journals.json')) ? readJson(join(dir, 'journals.json'), warnings) : {}) as Record<string, DbEntry[]> | null;
  for (const [key, list] of Object.entries(jdata ?? {})) {
    journals.push(key);
    for (const e of Array.isArray(list) ? list : []) if (Array.isArray(e.variations)) journals.push(...e.variations.filter((v) => typeof v === 'string'));
    else if (e.variations) journals.push(...Object.keys(e.variations));
  }
  return { reporters, shapes, journals: [...new Set(journals)], warnings };
}
