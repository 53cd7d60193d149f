/** The scanner: runs a rule table over a text and resolves overlapping hits by priority. */
import type { Hit, Rule } from './types.js';
import { compileAnchors, type AnchorSet } from './anchors.js';
import { stableSort } from './sort.js';

// Anchor presence for the last few texts seen: many rules (and several rule tables run on one text) share
// anchors ("grant", "judge"), and each look is a scan of the whole text. One reading alternates between
// texts (the whole order, its head, a short phrase), so the last few are kept, not only the last.
interface TextMemo {
  /** The words of `decided` (the last anchor set passed over this text) that occur in it. */
  present: Set<string>;
  decided: AnchorSet | null;
  /** Other anchors, each looked up on its own. */
  found: Map<string, boolean>;
  /** The rule tables whose anchors are all decided. */
  tables: Set<object>;
  /** Words a later reader of the same text will ask about (`expectAnchorWords`): the first pass decides them too. */
  expected: { key: object; words: readonly string[] } | null;
}
const MEMO_TEXTS = 4;
const EMPTY: Set<string> = new Set();
const memos = new Map<string, TextMemo>();
let lastText: string | null = null;
let lastMemo: TextMemo | null = null;

/**
 * Forget the texts seen so far: a reader calls this when it starts on a new document, so that the
 * memo holds only that document's texts (and a repeated reading of one text costs what the first did).
 */
export function forgetAnchorMemo(): void {
  memos.clear();
  lastText = null;
  lastMemo = null;
}

function memoFor(lowerText: string): TextMemo {
  if (lowerText === lastText && lastMemo !== null) return lastMemo;
  let m = memos.get(lowerText);
  if (m === undefined) {
    if (memos.size >= MEMO_TEXTS) memos.delete(memos.keys().next().value!);
    m = { present: EMPTY, decided: null, found: new Map(), tables: new Set(), expected: null };
    memos.set(lowerText, m);
  }
  lastText = lowerText;
  lastMemo = m;
  return m;
}

/** True when at least one anchor occurs in the text (case-insensitive), or the rule has none. */
export function anchorsPresent(rule: { anchors?: string[] }, lowerText: string): boolean {
  if (!rule.anchors || rule.anchors.length === 0) return true;
  const m = memoFor(lowerText);
  const memo = m.found;
  for (const a of rule.anchors) {
    const low = a.toLowerCase();
    if (m.decided !== null && m.decided.has(low)) {
      if (m.present.has(low)) return true;
      continue;
    }
    let found = memo.get(low);
    if (found === undefined) {
      found = lowerText.includes(low);
      memo.set(low, found);
    }
    if (found) return true;
  }
  return false;
}

function isHitShape<T>(x: unknown): x is Omit<Hit<T>, 'rule' | 'priority'> {
  return typeof x === 'object' && x !== null && 'span' in x && 'value' in x && 'confidence' in x;
}

function pushHit<T>(rule: Rule<T>, m: RegExpExecArray, text: string, hits: Hit<T>[]): void {
  const parsed = rule.parse(m, text);
  if (parsed === null || parsed === undefined) return;
  if (isHitShape<T>(parsed)) hits.push({ value: parsed.value, span: parsed.span, confidence: parsed.confidence, rule: rule.id, priority: rule.priority });
  else hits.push({ value: parsed as T, span: [m.index, m.index + m[0].length], rule: rule.id, priority: rule.priority, confidence: 1 });
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
    pushHit(rule, m, text, hits);
  }
}

/** Rules sharing one `at`: the places are found once, each pattern runs sticky there. */
interface AtGroup<T> {
  at: RegExp;
  members: number[];
  sticky: RegExp[];
}

/** A rule table compiled once for repeated scans (see `Rule.at`). */
export interface CompiledRules<T> {
  rules: readonly Rule<T>[];
  /** Appends the hits of every rule (or of those `enabled`), rule by rule in table order, like `runRule` on each. */
  run(text: string, hits: Hit<T>[], enabled?: readonly boolean[]): void;
}

export function compileRules<T>(rules: readonly Rule<T>[]): CompiledRules<T> {
  for (const r of rules) if (!r.pattern.global) throw new TypeError(`rule ${r.id}: pattern needs the g flag`);
  const groupOf = new Map<string, AtGroup<T>>();
  const ruleGroup: Array<AtGroup<T> | null> = rules.map((r, k) => {
    if (!r.at) return null;
    let g = groupOf.get(r.at);
    if (!g) {
      g = { at: new RegExp(r.at, 'g'), members: [], sticky: [] };
      groupOf.set(r.at, g);
    }
    g.members.push(k);
    g.sticky.push(new RegExp(r.pattern.source, r.pattern.flags.replace('g', '') + 'y'));
    return g;
  });
  return {
    rules,
    run(text, hits, enabled) {
      const buckets = new Map<number, Hit<T>[]>();
      for (let k = 0; k < rules.length; k++) {
        if (enabled && !enabled[k]) continue;
        const g = ruleGroup[k];
        if (!g) runRule(rules[k], text, hits);
        else {
          if (!buckets.has(k)) runGroup(g, rules, text, buckets, enabled);
          for (const h of buckets.get(k)!) hits.push(h);
        }
      }
    },
  };
}

/**
 * One scan of the group's `at`; at each place, each member's sticky pattern. A member skips places
 * inside its own previous match, as a global regex does, so the hits equal a whole-text scan.
 */
function runGroup<T>(g: AtGroup<T>, rules: readonly Rule<T>[], text: string, buckets: Map<number, Hit<T>[]>, enabled?: readonly boolean[]): void {
  const n = g.members.length;
  const on = g.members.map((k) => !enabled || enabled[k]);
  const next = new Array<number>(n).fill(0);
  const out = g.members.map((k) => {
    const list: Hit<T>[] = [];
    buckets.set(k, list);
    return list;
  });
  const at = g.at;
  at.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = at.exec(text)) !== null) {
    const i = p.index;
    for (let j = 0; j < n; j++) {
      if (!on[j] || i < next[j]) continue;
      const re = g.sticky[j];
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null) continue;
      if (m[0].length === 0) {
        next[j] = i + 1;
        continue;
      }
      next[j] = i + m[0].length;
      pushHit(rules[g.members[j]], m, text, out[j]);
    }
    at.lastIndex = i + 1;
  }
}

// The anchors of every rule table scanned so far, lower-cased, compiled into one set: one pass over a
// text decides them all, for this table and the ones that follow on the same text.
const tableWords = new WeakMap<readonly Rule<unknown>[], string[]>();
const knownWords = new Set<string>();
let knownSet: AnchorSet | null = null;

/** Decides every anchor of a table for `lowerText` (and those of the tables seen before), into the memo `anchorsPresent` reads. */
function primeAnchors<T>(rules: readonly Rule<T>[], lowerText: string): void {
  let words = tableWords.get(rules);
  if (words === undefined) {
    words = [...new Set(rules.flatMap((r) => (r.anchors ?? []).map((a) => a.toLowerCase())))];
    tableWords.set(rules, words);
  }
  primeWords(rules, words, lowerText);
}

function registerAnchorWords(words: Iterable<string>): void {
  for (const w of words) {
    if (!knownWords.has(w)) {
      knownWords.add(w);
      knownSet = null;
    }
  }
}

// The tables' anchors with one reader's expected words, compiled once for the current `knownSet`.
let union: { base: AnchorSet; key: object; set: AnchorSet } | null = null;

function primeWords(key: object, words: readonly string[], lowerText: string): void {
  if (lowerText.length === 0) return;
  const m = memoFor(lowerText);
  const tables = m.tables;
  if (tables.has(key)) return;
  tables.add(key);
  const decided = m.decided;
  if (decided !== null && words.every((w) => decided.has(w))) return;
  registerAnchorWords(words);
  knownSet ??= compileAnchors(knownWords);
  let set = knownSet;
  if (m.expected !== null) {
    if (union === null || union.base !== knownSet || union.key !== m.expected.key) {
      union = { base: knownSet, key: m.expected.key, set: compileAnchors([...knownWords, ...m.expected.words]) };
    }
    set = union.set;
  }
  // (the set's answer is kept as it is, not copied word by word into a map)
  m.present = set.present(lowerText);
  m.decided = set;
}

/**
 * Tells the engine that `words` (lower-cased; `key` names the list) will be asked about in
 * `lowerText` (`anchorWordsIn`) after the rule tables have read it: their shared pass over the text
 * then looks for these words too.
 */
export function expectAnchorWords(key: object, words: readonly string[], lowerText: string): void {
  if (lowerText.length > 0) memoFor(lowerText).expected = { key, words };
}

const ownSets = new WeakMap<object, AnchorSet>();

/**
 * Which of `words` (lower-cased; `key` names the list) occur in `lowerText` (other words may be
 * answered too): the answer of the tables' pass over the same text when it decided them all
 * (`expectAnchorWords`), else one pass of the words' own set.
 */
export function anchorWordsIn(key: object, words: readonly string[], lowerText: string): ReadonlySet<string> {
  const m = lowerText === lastText ? lastMemo : memos.get(lowerText);
  const decided = m?.decided;
  if (m && decided && words.every((w) => decided.has(w))) return m.present;
  let own = ownSets.get(key);
  if (own === undefined) {
    own = compileAnchors(words);
    ownSets.set(key, own);
  }
  return own.present(lowerText);
}

/** Every hit of every rule, in text order; overlapping hits are all kept (see `resolveOverlaps`). */
export function scanAll<T>(rules: readonly Rule<T>[], text: string, lowerText = text.toLowerCase()): Hit<T>[] {
  const hits: Hit<T>[] = [];
  primeAnchors(rules, lowerText);
  for (const rule of rules) if (anchorsPresent(rule, lowerText)) runRule(rule, text, hits);
  stableSort(hits, (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return hits;
}

/**
 * Keep the best of overlapping hits: higher priority first, then the longer span, then the earlier.
 * Hits that overlap one another (directly or through a chain) form a cluster, and the greedy choice in
 * one cluster never depends on another: so clusters are resolved one by one (O(n log n) for the text,
 * the greedy interval check only inside a cluster, which holds a handful of hits).
 */
export function resolveOverlaps<T>(hits: Hit<T>[]): Hit<T>[] {
  // Scanners return hits in text order: then the index order is already the sorted one (no sort, no copy).
  const byStart = hits.map((_h, i) => i);
  if (!startsAscending(hits)) stableSort(byStart, (a, b) => hits[a].span[0] - hits[b].span[0] || a - b);
  const kept: Hit<T>[] = [];
  for (let k = 0; k < byStart.length; ) {
    let end = hits[byStart[k]].span[1];
    let j = k + 1;
    for (; j < byStart.length && hits[byStart[j]].span[0] < end; j++) end = Math.max(end, hits[byStart[j]].span[1]);
    if (j === k + 1) kept.push(hits[byStart[k]]);
    else keepBest(stableSort(byStart.slice(k, j), (a, b) => a - b).map((i) => hits[i]), kept);
    k = j;
  }
  if (!startsAscending(kept)) stableSort(kept, (a, b) => a.span[0] - b.span[0]);
  return kept;
}

/** True when the hits' starts never decrease (a stable sort by start would leave them as they are). */
function startsAscending<T>(hits: readonly Hit<T>[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i].span[0] < hits[i - 1].span[0]) return false;
  return true;
}

/** The greedy choice over one cluster (hits in input order): best first, each kept unless it overlaps a kept one. */
function keepBest<T>(cluster: Hit<T>[], out: Hit<T>[]): void {
  const ranked = stableSort(
    cluster,
    (a, b) => b.priority - a.priority || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0],
  );
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
    out.push(h);
  }
}
