/**
 * findCitations: runs the citation rule tables over a text, then the refiners: post-cite reading
 * (pin, court/year, parentheticals, history), parallel grouping, case names, short-form antecedents,
 * statutory short forms, references, explanatory-parenthetical scope.
 */
import { compileRules, resolveOverlaps, type CompiledRules } from '../engine/scan.js';
import { stableSort } from '../engine/sort.js';
import { trieSource } from '../engine/trie.js';
import type { Hit, Rule } from '../engine/types.js';
import { reporters as builtInReporters, type ReporterEntry } from '../data/reporters.js';
import type { Citation, FindOptions } from './types.js';
import { citationFromDraft, type Draft } from './draft.js';
import { buildReporterIndex, chooseReporter, type ReporterIndex } from './reporter-index.js';
import { caseRules } from './rules/case.js';
import { neutralRules } from './rules/neutral.js';
import { shortFormRules } from './rules/short-forms.js';
import { lawRules } from './rules/law.js';
import { recordRules } from './rules/record.js';
import { journalRules } from './rules/journal.js';
import { journalTableRule, shapeRule } from './rules/reporters-db.js';
import type { ReporterShape } from '../data/import-reporters-db.js';
import { readPostCite, type PostCite } from './postcite.js';
import { lookBackName } from './case-name.js';
import { courtByCitationString } from '../data/courts.js';
import { findReferences, markInParenthetical } from './refine.js';

export interface CitationFinder {
  find(text: string): Citation[];
  /** The compiled rules (for `explain` and the generic rule test). */
  rules: Rule<Draft>[];
  index: ReporterIndex;
}

export interface FinderOptions extends FindOptions {
  /** Also emit `reference` for a bare case name used again after its full cite (default true). */
  bareNameReferences?: boolean;
}

/** Extra reporters: an array of entries, or what `loadReportersDb` returns (reporters, shapes, journals). */
function extraTables(r: unknown): { reporters: ReporterEntry[]; shapes: ReporterShape[]; journals: string[] } {
  if (Array.isArray(r)) return { reporters: r as ReporterEntry[], shapes: [], journals: [] };
  const o = (r && typeof r === 'object' ? r : {}) as { reporters?: unknown; shapes?: unknown; journals?: unknown };
  return {
    reporters: Array.isArray(o.reporters) ? (o.reporters as ReporterEntry[]) : [],
    shapes: Array.isArray(o.shapes) ? (o.shapes as ReporterShape[]) : [],
    journals: Array.isArray(o.journals) ? (o.journals as string[]) : [],
  };
}

export function createCitationFinder(options: FinderOptions = {}): CitationFinder {
  const extra = extraTables(options.reporters);
  const index = buildReporterIndex(extra.reporters.length ? [...builtInReporters, ...extra.reporters] : builtInReporters);
  const dbRules = [shapeRule(extra.shapes), journalTableRule(extra.journals)].filter((r): r is Rule<Draft> => r !== null);
  // The full-case rule also emits short cites in the same pass, so the separate short rule is not run.
  const rules: Rule<Draft>[] = [...caseRules(index).filter((r) => r.id !== 'citation/case-short'), ...neutralRules, ...shortFormRules, ...lawRules, ...recordRules, ...journalRules, ...dbRules];
  const bare = options.bareNameReferences !== false;
  const compiled = rules.map((rule) => ({ rule, anchor: rule.anchors?.length ? rule.anchors.map((a) => a.toLowerCase()) : null }));
  const anchorWords = [...new Set(compiled.flatMap((c) => c.anchor ?? []))];
  const allAnchors = anchorWords.length ? new RegExp(trieSource(anchorWords), 'gi') : null;
  const table = compileRules(rules);
  return { rules, index, find: (text) => runFinder(text, { compiled, table }, allAnchors, index, bare) };
}

let defaultFinder: CitationFinder | null = null;

/** Every citation in `text`, in text order. Never throws on document text. */
export function findCitations(text: string, options?: FinderOptions): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (options && (options.reporters || options.bareNameReferences === false)) return createCitationFinder(options).find(text);
  defaultFinder ??= createCitationFinder();
  return defaultFinder.find(text);
}

const SEP_PARALLEL = /^\s*,?\s*[[(]?\s*$/;

type Compiled = Array<{ rule: Rule<Draft>; anchor: string[] | null }>;
interface Tables {
  compiled: Compiled;
  table: CompiledRules<Draft>;
}

// The built-in citation rules carry no anchors: with `at` (see Rule.at) a rule runs only at its
// places, and every other rule's own scan costs less than the case-insensitive anchor pass (measured
// on the whole corpus: the anchor pass took about a quarter of the scanning time, the five rules it
// could skip about a twentieth). Anchors remain supported for rules added by callers.
/**
 * Which anchors occur: one pass of one case-insensitive trie regex over the text (measured on the
 * whole corpus: 77 ms against 129 ms for lower-casing the text first, 201 ms for `includes` per anchor).
 */
function anchorsSeen(text: string, all: RegExp | null, compiled: Compiled): boolean[] {
  const ok = compiled.map((c) => c.anchor === null);
  if (!all) return ok;
  let missing = ok.filter((x) => !x).length;
  const seen = new Set<string>();
  all.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Stops as soon as every anchored rule has one of its anchors (most long opinions: early).
  while (missing > 0 && (m = all.exec(text)) !== null) {
    const a = m[0].toLowerCase();
    if (seen.has(a)) continue;
    seen.add(a);
    compiled.forEach((c, k) => {
      if (!ok[k] && c.anchor!.includes(a)) {
        ok[k] = true;
        missing--;
      }
    });
  }
  return ok;
}

/** Every hit of every rule whose anchors occur (the engine's runRule, without lower-casing the text). */
function scan({ compiled, table }: Tables, text: string, allAnchors: RegExp | null): Hit<Draft>[] {
  const hits: Hit<Draft>[] = [];
  table.run(text, hits, anchorsSeen(text, allAnchors, compiled));
  // A rule may name a more precise rule id for a hit (`citation/case-full` vs its variants).
  for (const h of hits) if (h.value.ruleId) h.rule = h.value.ruleId;
  return hits;
}

function runFinder(text: string, rules: Tables, allAnchors: RegExp | null, index: ReporterIndex, bareNames: boolean): Citation[] {
  const hits = resolveOverlaps(scan(rules, text, allAnchors));
  const cites: Citation[] = hits.map((h) => citationFromDraft(h.value, h.span, text, h.rule));
  const stops = new Set(cites.map((c) => c.span[0]));
  const coreEnd: number[] = cites.map((c) => c.span[1]);

  // Post-cite reading and parallel groups of full case cites.
  let i = 0;
  while (i < cites.length) {
    const c = cites[i];
    if (c.kind !== 'case') {
      const post = readPostCite(text, c.span[1], stops, { pin: c.kind === 'journal' });
      applyOther(c, post);
      coreEnd[i] = post.courtYear ? post.courtYear.span[1] : post.pinEnd;
      i++;
      continue;
    }
    const group = [i];
    const posts: PostCite[] = [readPostCite(text, c.span[1], stops)];
    while (i + group.length < cites.length) {
      const last = posts[posts.length - 1];
      const next = cites[i + group.length];
      if (next.kind !== 'case' || last.courtYear || last.parentheticals.length) break;
      if (!SEP_PARALLEL.test(text.slice(last.pinEnd, next.span[0]))) break;
      group.push(i + group.length);
      posts.push(readPostCite(text, next.span[1], stops));
    }
    const lowerBound = i > 0 ? coreEnd[i - 1] : 0;
    const name = lookBackName(text, c.span[0], lowerBound);
    const last = posts[posts.length - 1];
    const cy = last.courtYear ?? (name.pre ? { ...name.pre, span: [0, 0] as [number, number] } : null);
    const courtText = cy?.courtText ?? '';
    const authority = `${c.volume ?? ''} ${c.reporter ?? ''} ${c.page ?? ''}`.trim();
    group.forEach((g, k) => {
      const m = cites[g];
      m.pinCite = posts[k].pinCite;
      m.plaintiff = name.plaintiff;
      m.defendant = name.defendant;
      m.year = validYear(cy?.year ?? null);
      m.date = cy?.date ?? null;
      const known = courtText ? courtIdOf(courtText) : null;
      m.court = known ?? (courtText && !/^\d/.test(courtText) ? null : m.court);
      m.parenthetical = last.parentheticals[0]?.text ?? null;
      m.history = last.history;
      m.fullSpan = [Math.min(name.start, c.span[0]), Math.max(last.end, m.span[1])];
      m.authority = authority;
      if (m.year !== null && m.reporter) {
        const better = chooseReporter(index.lookup(m.reporterFound ?? m.reporter), m.year);
        if (better) m.reporter = better.abbr;
      }
      coreEnd[g] = k === group.length - 1 ? (last.courtYear ? last.courtYear.span[1] : last.pinEnd) : posts[k].pinEnd;
    });
    i += group.length;
  }

  // Names for short forms, supra spans, section short forms.
  const lawSections = new Map<string, Citation>();
  const drop = new Set<number>();
  for (let k = 0; k < cites.length; k++) {
    const c = cites[k];
    const lowerBound = k > 0 ? coreEnd[k - 1] : 0;
    if (c.kind === 'caseShort') {
      const name = lookBackName(text, c.span[0], lowerBound);
      c.antecedentGuess = antecedentFrom(name.lastWord, text, c.span[0], lowerBound) ?? c.antecedentGuess;
      // "Chisholm v. Georgia, 2 Dall., at 434": the short cite names both parties.
      if (name.defendant && name.start >= lowerBound) {
        c.plaintiff = name.plaintiff;
        c.defendant = name.defendant;
        c.fullSpan = [Math.min(c.fullSpan[0], name.start), c.fullSpan[1]];
      } else if (c.antecedentGuess) c.fullSpan = [Math.min(c.fullSpan[0], nameStart(text, c.span[0], c.antecedentGuess, lowerBound)), c.fullSpan[1]];
    } else if (c.kind === 'supra') {
      // "Kaiser, supra, 13 Cal. App. 5th at 1146" is a short case cite, not a supra.
      const nxt = cites[k + 1];
      if (nxt && (nxt.kind === 'caseShort' || nxt.kind === 'case') && /^[\s,]*$/.test(text.slice(c.span[1], nxt.span[0]))) {
        if (!nxt.antecedentGuess) nxt.antecedentGuess = nameRun(text, c.span[0], lowerBound) ?? c.antecedentGuess;
        const nm = lookBackName(text, c.span[0], lowerBound);
        const from = nm.defendant ? nm.start : c.antecedentGuess ? nameStart(text, c.span[0], c.antecedentGuess, lowerBound) : c.span[0];
        nxt.fullSpan = [Math.min(from, nxt.fullSpan[0]), nxt.fullSpan[1]];
        drop.add(k);
      } else if (c.antecedentGuess) {
        const nm = lookBackName(text, c.span[0], lowerBound);
        c.fullSpan = [nm.defendant ? nm.start : nameStart(text, c.span[0], c.antecedentGuess, lowerBound), c.fullSpan[1]];
      }
    } else if (c.kind === 'law' && c.section) {
      lawSections.set(sectionHead(c.section), c);
    } else if (c.kind === 'unknown' && c.section) {
      const prior = lawSections.get(sectionHead(c.section));
      if (prior) {
        c.kind = 'law';
        c.code = prior.code;
        c.reporter = prior.reporter;
        c.title = prior.title;
        c.chapter = prior.chapter;
      }
    }
  }
  let out = drop.size ? cites.filter((_, k) => !drop.has(k)) : cites;
  const refs = findReferences(text, out, bareNames);
  if (refs.length) out = stableSort([...out, ...refs], (a, b) => a.span[0] - b.span[0]);
  markInParenthetical(text, out);
  return out;
}

/** A section number up to its first '.' or '(' ("3582" of "3582(c)(1)(A)"): `s.split(/[.(]/)[0]` without the array. */
function sectionHead(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 40) return s.slice(0, i);
  }
  return s;
}

function applyOther(c: Citation, post: PostCite): void {
  if (post.pinCite && !c.pinCite) c.pinCite = post.pinCite;
  if (post.courtYear) {
    if (c.kind === 'law' || c.kind === 'journal') c.year = validYear(post.courtYear.year);
  }
  const paren = post.parentheticals[0] ?? (post.courtYear && c.kind !== 'law' && c.kind !== 'journal' && c.kind !== 'caseShort' ? null : null);
  c.parenthetical = paren ? paren.text : null;
  if (c.kind === 'record') return;
  c.fullSpan = [c.fullSpan[0], Math.max(c.span[1], c.kind === 'id' || c.kind === 'supra' || c.kind === 'caseShort' ? post.parentheticals[0]?.span[1] ?? c.span[1] : post.end)];
}

// The same court strings come back in every opinion ("3d Cir.", "S.D.N.Y."): look each up once.
const courtIds = new Map<string, string | null>();
function courtIdOf(courtText: string): string | null {
  let id = courtIds.get(courtText);
  if (id === undefined) {
    id = courtByCitationString(courtText)?.id ?? null;
    if (courtIds.size >= 20_000) courtIds.clear();
    courtIds.set(courtText, id);
  }
  return id;
}

const LAST_YEAR = new Date().getFullYear() + 1;
const validYear = (y: number | null): number | null => (y !== null && y >= 1600 && y <= LAST_YEAR ? y : null);

/** The antecedent of a short form: the word right before it, unless that word is not a name. */
function antecedentFrom(lastWord: string | null, text: string, start: number, lowerBound: number): string | null {
  if (!lastWord) return null;
  const gap = text.slice(Math.max(lowerBound, start - lastWord.length - 6), start);
  // "Foo,” 1 U.S. at 2": a closing quote means the word ended a quotation, not a name.
  if (/[”"]\s*,?\s*$/.test(gap) || /[”"],/.test(gap)) return null;
  if (!/^[A-Z]/.test(lastWord) || /^(?:See|In|Id|Cf|But|And|Also|supra)\.?$/i.test(lastWord)) return null;
  return nameRun(text, start, lowerBound) ?? lastWord.replace(/[.,]$/, '');
}

const NOT_NAME = /^(?:See|In|Id|Cf|But|And|Also|The|This|That|However|Under|Accord|Compare|Contra|Quoting|Citing|Court)\.?,?$/;

/** "Piper Aircraft, 454 U.S. at 241": the run of capitalized words (up to four) that ends right before the cite. */
function nameRun(text: string, start: number, lowerBound: number): string | null {
  const w = text.slice(Math.max(lowerBound, start - 80), start).replace(/[\s,]+$/, '');
  const words = w.split(/\s+/);
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < 4; k--) {
    const t = words[k].replace(/^[(\[“"]+/, '');
    if (!/^[A-Z][\w'’&.-]*$/.test(t) || NOT_NAME.test(t)) break;
    if (run.length > 0 && /[a-z]{2,}\.$/.test(t) && !/^(?:Co|Corp|Inc|Bros|Cmty|Coll|Sys|Ass'n|Dep't|Nat'l|Int'l)\.$/.test(t)) break;
    run.unshift(t);
    if (words[k] !== t) break;
  }
  return run.length ? run.join(' ').replace(/[.,]$/, '') : null;
}

/** Where `name` last starts at or before `before`, not before `lowerBound` (searched only in that window: linear in the text). */
function nameStart(text: string, before: number, name: string, lowerBound: number): number {
  const at = text.slice(lowerBound, before + name.length).lastIndexOf(name);
  return at >= 0 ? lowerBound + at : before;
}
