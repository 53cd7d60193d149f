/** Run one phrase family over the text and keep the hits whose scope the rule accepts. */
import type { Hit } from '../../engine/types.js';
import { runRule } from '../../engine/scan.js';
import { trieSource } from '../../engine/trie.js';
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
  anchorsFound?: Set<string>;
}

export interface ScopedHit<T> extends Hit<T> {
  sentenceIndex: number;
  sentence: ScopedSentence | undefined;
  scope: Scope;
}

// Every anchor of every family in one trie: one pass over the text tells which rules can match, where
// a per-rule `includes` check would read the whole text once for each absent anchor (155 anchors).
let anchorIndex: { re: RegExp; words: string[] } | null = null;
function anchorsIn(lower: string): Set<string> {
  if (!anchorIndex) {
    const words = [...new Set(compassionateReleaseRules.rules.flatMap((r) => (r.anchors ?? []).map((a) => a.toLowerCase())))];
    anchorIndex = { re: new RegExp(trieSource(words), 'g'), words };
  }
  const found = new Set<string>();
  const { re, words } = anchorIndex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The trie prefers the longest anchor at a place; shorter anchors that are its prefixes are there too,
  // and stepping one character on finds anchors that start inside a match.
  while ((m = re.exec(lower)) !== null) {
    const s = m[0];
    if (!found.has(s)) for (const w of words) if (s.startsWith(w)) found.add(w);
    re.lastIndex = m.index + 1;
  }
  return found;
}

const ruleIds = new WeakMap<readonly CrRule<unknown>[], Map<string, CrRule<unknown>>>();

function present(ctx: ScanContext, rule: CrRule<unknown>): boolean {
  if (!rule.anchors || rule.anchors.length === 0) return true;
  ctx.anchorsFound ??= anchorsIn(ctx.lower);
  for (const a of rule.anchors) {
    const low = a.toLowerCase();
    // An anchor outside the domain's table (a rule added at run time) is checked directly.
    if (ctx.anchorsFound.has(low) || (!anchorIndex!.words.includes(low) && ctx.lower.includes(low))) return true;
  }
  return false;
}

/** Every hit of the family with its sentence and scope; `keepAll` skips the scope filter. */
export function scanFamily<T>(ctx: ScanContext, rules: readonly CrRule<T>[], keepAll = false): ScopedHit<T>[] {
  let byId = ruleIds.get(rules as readonly CrRule<unknown>[]);
  if (!byId) {
    byId = new Map(rules.map((r) => [r.id, r as CrRule<unknown>]));
    ruleIds.set(rules as readonly CrRule<unknown>[], byId);
  }
  const hits: Hit<T>[] = [];
  for (const rule of rules) if (present(ctx, rule as CrRule<unknown>)) runRule(rule, ctx.text, hits);
  // The engine's scanAll order: by start, the longer first.
  hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: ScopedHit<T>[] = [];
  for (const h of hits) {
    const rule = byId.get(h.rule)!;
    const i = sentenceIndexAt(ctx.scope.sentences, h.span[0]);
    const sentence = i >= 0 ? ctx.scope.sentences[i] : undefined;
    const scope = scopeOfSpan(ctx.scope, sentence, h.span[0]);
    if (!keepAll) {
      const allowed = rule.scopes ?? ['court'];
      if (!allowed.includes(scope)) continue;
      if (!rule.allowGeneric && sentence?.generic) continue;
    }
    out.push({ ...h, sentenceIndex: i, sentence, scope });
  }
  return out;
}
