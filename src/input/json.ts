/**
 * CourtListener opinion JSON (API v3/v4 `opinions` objects, search results) and the `HTMLtext` /
 * `Case_Text` wrapper of CourtListener bulk exports: pick the best text field, skip junk fields, and
 * keep court, docket, date, judge and case name as metadata hints.
 */
import type { Warning } from '../engine/types.js';
import type { InputFormat } from './types.js';

export interface JsonText {
  /** The chosen field's content. */
  content: string;
  /** Whether `content` is markup (to be run through htmlToText) or plain text. */
  kind: 'html' | 'text';
  field?: string;
  format: InputFormat;
  meta: Record<string, string>;
  warnings: Warning[];
}

/** Text fields of a CourtListener opinion, best first (html_with_citations is built from the others). */
const CL_FIELDS: Array<{ field: string; kind: 'html' | 'text' }> = [
  { field: 'html_with_citations', kind: 'html' },
  { field: 'html_columbia', kind: 'html' },
  { field: 'html_lawbox', kind: 'html' },
  { field: 'xml_harvard', kind: 'html' },
  { field: 'html_anon_2020', kind: 'html' },
  { field: 'html', kind: 'html' },
  { field: 'plain_text', kind: 'text' },
];
/** The bulk-export wrapper's fields. */
const WRAPPER_FIELDS: Array<{ field: string; kind: 'html' | 'text' }> = [
  { field: 'HTMLtext', kind: 'html' },
  { field: 'Case_Text', kind: 'text' },
];
/** Generic fallbacks for other JSON holding one document. */
const GENERIC_FIELDS: Array<{ field: string; kind: 'html' | 'text' }> = [
  { field: 'text', kind: 'text' },
  { field: 'body', kind: 'text' },
  { field: 'content', kind: 'text' },
  { field: 'opinion', kind: 'text' },
];

/*
 * Junk that conversion tools left in a text field instead of the opinion:
 *   "Usage: wpd2html [OPTION] <wordperfect document>"   "--help   Shows this help message"
 *   "Error: could not convert"   "None"
 */
const JUNK = [
  { id: 'tool-usage', pattern: /\bUsage:\s*[\w.-]+\s*\[OPTIONS?\]|--help\s+Shows this help/i },
  { id: 'converter-error', pattern: /^\W*(?:error|exception|traceback)\b[^\n]{0,200}$/i },
];
/** A field with fewer letters than this is not an opinion. */
const MIN_LETTERS = 20;

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && n < MIN_LETTERS; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** Why a field value is unusable, or null when it looks like text. */
export function junkReason(value: string): string | null {
  const v = value.trim();
  if (v === '' || v === 'None' || v === 'null') return 'empty';
  for (const j of JUNK) if (j.pattern.test(v.slice(0, 2000))) return j.id;
  const withoutTags = v.replace(/<[^>]*>/g, '');
  if (letters(withoutTags) < MIN_LETTERS) return 'too-short';
  return null;
}

function looksLikeMarkup(s: string): boolean {
  return /<(?:p|div|pre|span|center|br|html|body|opinion|section|a|b|i|em|h\d)\b[^>]*>/i.test(s.slice(0, 5000));
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' || t === 'None' || t === 'null' ? undefined : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Court id from a CourtListener court URL: ".../api/rest/v3/courts/dcd/" -> "dcd". */
function courtIdFromUrl(u: string | undefined): string | undefined {
  return u ? /\/courts\/([a-z0-9]+)\/?$/.exec(u)?.[1] : undefined;
}

function setMeta(meta: Record<string, string>, key: string, ...values: unknown[]): void {
  if (meta[key] !== undefined) return;
  for (const v of values) {
    const s = str(v);
    if (s !== undefined) {
      meta[key] = s;
      return;
    }
  }
}

function collectMeta(root: Record<string, unknown>): Record<string, string> {
  const meta: Record<string, string> = {};
  const cluster = obj(root.CL_opinion_cluster) ?? obj(root.cluster);
  const docket = obj(cluster?.CL_cluster_docket) ?? obj(cluster?.docket) ?? obj(root.docket);
  const court = obj(docket?.CL_docket_court) ?? obj(docket?.court) ?? obj(root.court);
  const author = obj(root.CL_opinion_author) ?? obj(root.author);
  setMeta(meta, 'court', root.Court, court?.CL_court_full_name, court?.full_name, root.court_citation_string,
    typeof root.court === 'string' && !root.court.startsWith('http') ? root.court : undefined);
  setMeta(meta, 'courtId', root.court_id, courtIdFromUrl(str(court?.CL_court_resource_uri)),
    courtIdFromUrl(str(court?.resource_uri)), courtIdFromUrl(str(docket?.court)), courtIdFromUrl(str(root.court)));
  setMeta(meta, 'docketNumber', docket?.CL_docket_docket_number, docket?.docket_number, root.docketNumber,
    root.docket_number, root.Case_No);
  setMeta(meta, 'date', root.Opinion_Date, cluster?.CL_cluster_date_filed, cluster?.date_filed, root.dateFiled,
    root.date_filed);
  if (meta.date) meta.date = meta.date.replace(/[ T]00:00:00(?:\.0+)?Z?$/, '');
  const authorName = author
    ? [author.CL_person_name_first ?? author.name_first, author.CL_person_name_middle ?? author.name_middle,
      author.CL_person_name_last ?? author.name_last].map(str).filter(Boolean).join(' ')
    : undefined;
  setMeta(meta, 'judge', root.CL_opinion_author_str, root.author_str, authorName, cluster?.CL_cluster_judges,
    cluster?.judges, root.judge, root.judges);
  setMeta(meta, 'caseName', root.Title, cluster?.CL_cluster_case_name, cluster?.case_name, root.caseName,
    root.case_name, docket?.CL_docket_case_name, docket?.case_name);
  setMeta(meta, 'citation', root.Reporter_Citation, Array.isArray(root.citation) ? root.citation[0] : undefined);
  setMeta(meta, 'courtlistenerId', root.CL_opinion_id, root.id);
  setMeta(meta, 'opinionType', root.CL_opinion_type, root.type);
  setMeta(meta, 'url', root.absolute_url, root.CL_opinion_absolute_url, root.download_url);
  return meta;
}

/** Choose the text of a parsed JSON document. */
export function textFromJson(value: unknown): JsonText {
  const warnings: Warning[] = [];
  // A search or list response: {"count": 3, "results": [{...}, ...]}
  const results = obj(value)?.results;
  if (Array.isArray(results) && results.length > 0 && obj(results[0])) value = results;
  const root = obj(value) ?? obj(Array.isArray(value) ? value[0] : undefined);
  if (!root) {
    return { content: '', kind: 'text', format: 'json', meta: {}, warnings: [
      { code: 'json-no-text', message: 'JSON holds no object with a text field (expected a CourtListener opinion, or an object with "text" or "html")' },
    ] };
  }
  if (Array.isArray(value) && value.length > 1) {
    warnings.push({ code: 'json-many', message: `JSON array of ${value.length} objects; only the first was read (one object per file, or cite --jsonl, reads them all)` });
  }
  const isWrapper = 'HTMLtext' in root || 'Case_Text' in root;
  const isCl = CL_FIELDS.some((f) => f.field in root);
  const table = isWrapper ? WRAPPER_FIELDS : isCl ? CL_FIELDS : GENERIC_FIELDS;
  const format: InputFormat = isWrapper || isCl ? 'courtlistener-json' : 'json';
  let chosen: { field: string; kind: 'html' | 'text'; content: string } | undefined;
  for (const { field, kind } of table) {
    const v = root[field];
    if (typeof v !== 'string') continue;
    const why = junkReason(v);
    if (why && why !== 'empty') {
      warnings.push({ code: 'junk-field', message: `field ${field} skipped: ${why} (${JSON.stringify(v.slice(0, 60))}...)` });
    }
    if (why || chosen) continue;
    chosen = { field, kind: kind === 'html' && !looksLikeMarkup(v) ? 'text' : kind, content: v };
  }
  if (!chosen) {
    warnings.push({ code: 'json-no-text', message: `no usable text field in the JSON (looked for ${table.map((t) => t.field).join(', ')})` });
    return { content: '', kind: 'text', format, meta: collectMeta(root), warnings };
  }
  return { content: chosen.content, kind: chosen.kind, field: chosen.field, format, meta: collectMeta(root), warnings };
}
