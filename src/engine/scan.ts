/** The scanner: runs a rule table over a text and resolves overlapping hits by priority. */
import type { Hit, Rule } from './types.js';

/** True when at least one anchor occurs in the text (case-insensitive), or the rule has none. */
export function anchorsPresent(rule: { anchors?: string[] }, lowerText: string): boolean {
  if (!rule.anchors || rule.anchors.length === 0) return true;
  for (const a of rule.anchors) if (lowerText.includes(a.toLowerCase())) return true;
  return false;
}

function isHitShape<T>(x: unknown): x is Omit<Hit<T>, 'rule' | 'priority'> {
  return typeof x === 'object' && x !== null && 'span' in x && 'value' in x && 'confidence' in x;
}

/** Runs one rule over the whole text, appending its hits (a rule's parse may return null: not a hit). */
export function runRule<T>(rule: Rule<T>, text: string, hits: Hit<T>[]): void {
  const re = rule.pattern;
  if (!re.global) throw new TypeError(`rule ${rule.id}: pattern needs the g flag`);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const parsed = rule.parse(m, text);
    if (parsed === null || parsed === undefined) continue;
    if (isHitShape<T>(parsed)) hits.push({ value: parsed.value, span: parsed.span, confidence: parsed.confidence, rule: rule.id, priority: rule.priority });
    else hits.push({ value: parsed as T, span: [m.index, m.index + m[0].length], rule: rule.id, priority: rule.priority, confidence: 1 });
  }
}

/** Every hit of every rule, in text order; overlapping hits are all kept (see `resolveOverlaps`). */
export function scanAll<T>(rules: readonly Rule<T>[], text: string, lowerText = text.toLowerCase()): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const rule of rules) if (anchorsPresent(rule, lowerText)) runRule(rule, text, hits);
  hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return hits;
}

/**
 * Keep the best of overlapping hits: higher priority first, then the longer span, then the earlier.
 * Greedy over hits sorted by preference; O(n log n) with an interval check against kept spans.
 */
export function resolveOverlaps<T>(hits: Hit<T>[]): Hit<T>[] {
  const ranked = [...hits].sort(
    (a, b) => b.priority - a.priority || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0],
  );
  const kept: Hit<T>[] = [];
  // Kept spans are disjoint; keep them sorted by start for a binary-search overlap test.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const h of ranked) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < h.span[1]) lo = mid + 1;
      else hi = mid;
    }
    // Candidates that could overlap: the kept span just before position lo.
    const i = lo - 1;
    if (i >= 0 && ends[i] > h.span[0]) continue;
    starts.splice(lo, 0, h.span[0]);
    ends.splice(lo, 0, h.span[1]);
    kept.push(h);
  }
  kept.sort((a, b) => a.span[0] - b.span[0]);
  return kept;
}
