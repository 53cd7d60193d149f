/**
 * Import Free Law Project's courts-db data (`courts.json` + `variables.json`) for users who have it,
 * so look-ups cover its ~2,800 courts. The data is read at run time from the user's directory;
 * none of it ships with courtreader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Court, CourtLevel } from './courts/types.js';
import { DISTRICT_STATES } from './courts/federal-districts.js';
import { circuitOf } from './courts.js';

/** One entry of courts-db's courts.json (only the fields we read). */
interface CourtsDbEntry {
  id: string;
  name?: string;
  citation_string?: string;
  regex?: string[];
  examples?: string[];
  system?: string;
  type?: string;
  level?: string;
  location?: string;
  federal_circuit?: number | string | null;
}

export interface CourtsDbImport {
  courts: Court[];
  /** courts-db's own name patterns, with `${var}` placeholders expanded, compiled case-insensitively. */
  patterns: Map<string, RegExp[]>;
  /** Patterns that JavaScript could not compile (Python-only syntax), as `id: pattern`. */
  skipped: string[];
}

const STATE_CODES = new Map<string, string>([
  ...DISTRICT_STATES.map((s): [string, string] => [s.name.toLowerCase(), s.code]),
  ['district of columbia', 'DC'],
]);

function levelOf(e: CourtsDbEntry): CourtLevel {
  if (e.id === 'scotus') return 'supreme';
  if (e.system === 'federal') {
    if (e.type === 'bankruptcy') return 'bankruptcy';
    if (e.type === 'trial') return 'district';
    if (e.type === 'appellate' && /^ca(\d+|dc|fc)$/.test(e.id)) return 'appellate';
    return 'specialty';
  }
  if (e.system === 'state') {
    if (e.level === 'colr') return 'state-supreme';
    if (e.level === 'iac' || e.type === 'appellate') return 'state-appellate';
    if (e.type === 'trial') return 'state-trial';
  }
  return 'other';
}

/** `${usdc} ${wd} North Carolina` with variables.json's values; placeholders may nest. */
export function expandCourtsDbPattern(pattern: string, variables: Record<string, string>): string {
  let out = pattern;
  for (let i = 0; i < 5 && out.includes('${'); i++) {
    out = out.replace(/\$\{(\w+)\}/g, (m, name: string) => variables[name] ?? m);
  }
  return out;
}

/** Read `courts.json` and `variables.json` from `dir`. Throws (I/O) when they are missing. */
export function loadCourtsDb(dir: string): CourtsDbImport {
  const entries = JSON.parse(readFileSync(path.join(dir, 'courts.json'), 'utf8')) as CourtsDbEntry[];
  const variables = JSON.parse(readFileSync(path.join(dir, 'variables.json'), 'utf8')) as Record<string, string>;
  const courts: Court[] = [];
  const patterns = new Map<string, RegExp[]>();
  const skipped: string[] = [];
  for (const e of entries) {
    if (!e || typeof e.id !== 'string') continue;
    const name = (e.name ?? e.id).trim();
    const fedCircuit = e.federal_circuit != null && e.federal_circuit !== '' ? `ca${e.federal_circuit}` : null;
    courts.push({
      id: e.id,
      name,
      citationString: e.citation_string ?? '',
      variants: [],
      captionNames: [name],
      level: levelOf(e),
      jurisdiction: e.system === 'federal' ? 'federal' : STATE_CODES.get((e.location ?? '').toLowerCase()) ?? (e.location ?? ''),
      circuit: e.system === 'federal' ? circuitOf(e.id) ?? fedCircuit : null,
      examples: e.examples ?? [],
    });
    const compiled: RegExp[] = [];
    for (const p of e.regex ?? []) {
      try {
        compiled.push(new RegExp(expandCourtsDbPattern(p, variables), 'i'));
      } catch {
        skipped.push(`${e.id}: ${p}`);
      }
    }
    if (compiled.length) patterns.set(e.id, compiled);
  }
  return { courts, patterns, skipped };
}

/**
 * The ids whose courts-db patterns match a court string (`United States District Court, W.D. North
 * Carolina`). The patterns are written for text without punctuation, so both forms are tried.
 */
export function matchCourtsDb(imported: CourtsDbImport, courtString: string): string[] {
  const bare = courtString.replace(/[.,;:]/g, ' ').replace(/\s+/g, ' ').trim();
  const ids: string[] = [];
  for (const [id, res] of imported.patterns) if (res.some((re) => re.test(courtString) || re.test(bare))) ids.push(id);
  return ids;
}
