/** Run one phrase family over the text and keep the hits whose scope the rule accepts. */
import type { Hit } from '../../engine/types.js';
import { scanAll } from '../../engine/scan.js';
import type { CrRule } from './rule.js';
import type { ScopeMap, ScopedSentence, Scope } from './scope.js';
import { scopeOfSpan } from './scope.js';
import { sentenceIndexAt } from './segment.js';

export interface ScopedHit<T> extends Hit<T> {
  sentenceIndex: number;
  sentence: ScopedSentence | undefined;
  scope: Scope;
}

export interface ScanContext {
  text: string;
  lower: string;
  scope: ScopeMap;
}

/** Every hit of the family with its sentence and scope; `keepAll` skips the scope filter. */
export function scanFamily<T>(ctx: ScanContext, rules: readonly CrRule<T>[], keepAll = false): ScopedHit<T>[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: ScopedHit<T>[] = [];
  for (const h of scanAll(rules, ctx.text, ctx.lower)) {
    const rule = byId.get(h.rule)!;
    const i = sentenceIndexAt(ctx.scope.sentences, h.span[0]);
    const sentence = i >= 0 ? ctx.scope.sentences[i] : undefined;
    const scope = scopeOfSpan(ctx.scope, sentence, h.span[0]);
    const hit: ScopedHit<T> = { ...h, sentenceIndex: i, sentence, scope };
    if (!keepAll) {
      const allowed = rule.scopes ?? ['court'];
      if (!allowed.includes(scope)) continue;
      if (!rule.allowGeneric && sentence?.generic) continue;
    }
    out.push(hit);
  }
  return out;
}
