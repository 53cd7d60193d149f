/** Run one phrase family over the text and keep the hits whose scope the rule accepts. */
import type { Hit } from '../../engine/types.js';
import { anchorWordsIn, expectAnchorWords, runRule } from '../../engine/scan.js';
import { stableSort } from '../../engine/sort.js';
import type { CrRule } from './rule.js';
import type { ScopeMap, ScopedSentence, Scope } from './scope.js';
import { scopeOfSpan } from './scope.js';
import { sentenceIndexAt } from './segment.js';
import { compassionateReleaseRules } from './rules.js';

export interface ScanContext {
  text: string;
  lower: string;
  scope: ScopeMap;
  /** Anchors of the domain's rules found in `lower`: filled by the first scan, shared by the rest. */
  anchorsFound?: ReadonlySet<string>;
}

export interface ScopedHit<T> extends Hit<T> {
  sentenceIndex: number;
  sentence: ScopedSentence | undefined;
  scope: Scope;
}

// Every anchor of every family in one set: one pass over the text tells which rules can match, where
// a per-rule `includes` check would read the whole text once for each absent anchor (155 anchors).
// When the order reader reads the same text, its rule tables' pass decides these too (see
// `expectCompassionateReleaseAnchors`).
const crWords = [...new Set(compassionateReleaseRules.rules.flatMap((r) => (r.anchors ?? []).map((a) => a.toLowerCase())))];
const anchorIndex = { known: new Set(crWords) };

/** The domain's anchors present in `lower` (each exactly when `lower.includes(anchor)`; other words may be listed too). */
function anchorsIn(lower: string): ReadonlySet<string> {
  return anchorWordsIn(anchorIndex, crWords, lower);
}

/** Before the order reader reads `lower` (the coder's own text, lower-cased): its first anchor pass decides the coder's anchors too. */
export function expectCompassionateReleaseAnchors(lower: string): void {
  expectAnchorWords(anchorIndex, crWords, lower);
}

/** A family's rules with what the scan needs of each, computed once per family table. */
interface FamilyInfo {
  /** Each rule's anchors, lower-cased; null when the rule has none (it always runs). */
  anchors: Array<string[] | null>;
  /** Each rule's accepted scopes. */
  scopes: Scope[][];
}
const familyInfo = new WeakMap<readonly CrRule<unknown>[], FamilyInfo>();
const COURT_ONLY: Scope[] = ['court'];

function infoOf(rules: readonly CrRule<unknown>[]): FamilyInfo {
  let info = familyInfo.get(rules);
  if (!info) {
    info = {
      anchors: rules.map((r) => (r.anchors && r.anchors.length ? r.anchors.map((a) => a.toLowerCase()) : null)),
      scopes: rules.map((r) => r.scopes ?? COURT_ONLY),
    };
    familyInfo.set(rules, info);
  }
  return info;
}

function present(ctx: ScanContext, anchors: string[] | null): boolean {
  if (anchors === null) return true;
  ctx.anchorsFound ??= anchorsIn(ctx.lower);
  for (const low of anchors) {
    // An anchor outside the domain's table (a rule added at run time) is checked directly.
    if (ctx.anchorsFound.has(low) || (!anchorIndex!.known.has(low) && ctx.lower.includes(low))) return true;
  }
  return false;
}

/** Every hit of the family with its sentence and scope; `keepAll` skips the scope filter. */
export function scanFamily<T>(ctx: ScanContext, rules: readonly CrRule<T>[], keepAll = false): ScopedHit<T>[] {
  const info = infoOf(rules as readonly CrRule<unknown>[]);
  const hits: Hit<T>[] = [];
  // The rule of each hit, by position in `hits` (rules run in table order, so ranges are contiguous).
  const ruleOf: number[] = [];
  for (let k = 0; k < rules.length; k++) {
    if (!present(ctx, info.anchors[k])) continue;
    const before = hits.length;
    runRule(rules[k], ctx.text, hits);
    for (let j = before; j < hits.length; j++) ruleOf.push(k);
  }
  if (hits.length === 0) return [];
  // The engine's scanAll order: by start, the longer first (a stable sort, as before).
  const order = hits.map((_, j) => j);
  stableSort(order, (a, b) => hits[a].span[0] - hits[b].span[0] || hits[b].span[1] - hits[a].span[1] || a - b);
  const sentences = ctx.scope.sentences;
  const out: ScopedHit<T>[] = [];
  for (const j of order) {
    const h = hits[j] as ScopedHit<T>;
    const k = ruleOf[j];
    const i = sentenceIndexAt(sentences, h.span[0]);
    const sentence = i >= 0 ? sentences[i] : undefined;
    const scope = scopeOfSpan(ctx.scope, sentence, h.span[0]);
    if (!keepAll) {
      if (!info.scopes[k].includes(scope)) continue;
      if (!rules[k].allowGeneric && sentence?.generic) continue;
    }
    // The hit objects are this scan's own: extend them in place rather than copy each.
    h.sentenceIndex = i;
    h.sentence = sentence;
    h.scope = scope;
    out.push(h);
  }
  return out;
}
