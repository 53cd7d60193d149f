/**
 * Resolution: links each short form (`caseShort`, `id`, `supra`, `reference`, a bare `§ 3582(c)`) to
 * the full citation it refers to, and gives every citation of one authority the same `authority` key.
 *
 * Rules (Bluebook practice; ambiguity is reported, never guessed):
 * - Full cites (case, journal, law, record) get a key from what they cite (`case:954|f3d|594`,
 *   `law:usc|18|3582`, `record:55-1`); parallel cites grouped by the finder and repeated full cites of
 *   the same thing share one key. A case cite without a page (`1 U.S. ___`) is its own authority.
 * - `Id.` refers to the immediately preceding citation, whatever its kind (a record cite, a law), but
 *   never to one inside an explanatory parenthetical (unless the `Id.` is in one itself). It follows a
 *   preceding short form to its authority, fails when that failed, and is ambiguous after a string
 *   (`A, 1 U.S. 1; B, 2 U.S. 2. Id.`). A pin outside the cited pages (`1 U.S. 100 ... Id. at 500`,
 *   `Id. at ¶ 4` after a case) leaves it unresolved with a warning.
 * - `caseShort` (`954 F.3d at 597`) matches earlier full case cites by volume and reporter; a pin
 *   within the cited pages, then the name as written, break ties; several authorities left = ambiguous.
 * - `supra` matches the name as written against earlier case names (party or whole name).
 * - `reference` (`Raia at 597`): the bare name must match exactly one earlier authority even when
 *   names are compared with a one-character tolerance (OCR: `Smlth`/`Smith`), else ambiguous.
 * Citations are expected in document order (as `findCitations` returns them).
 */
import type { Warning } from '../engine/types.js';
import type { Citation } from './types.js';
import { caseNames, hasSentenceEnd, isBareSection, isParallelGap, isStringSeparator, nameIn, nearlyEqual, numericPage, parsePin, pinFits, sectionKey, squash, withoutParens, words } from './resolve-parts.js';

export interface ResolveOptions {
  /** Receives problems found while resolving (pin cites outside the cited pages, ...). */
  warnings?: Warning[];
  /** How many pages past its first page a case may run, for pin plausibility (default 150). */
  maxPages?: number;
  /**
   * Resolve the given citation objects themselves instead of copies (for callers that own a fresh
   * `find` result, such as `citeText`: one object per citation less to allocate). Default false.
   */
  inPlace?: boolean;
}

const FULL_KINDS = new Set(['case', 'journal', 'law', 'record']);
const SHORT_KINDS = new Set(['caseShort', 'id', 'supra', 'reference']);

/** Links short forms to their authority. Returns new citation objects; the input is not changed (unless `inPlace`). */
export function resolveCitations(citations: readonly Citation[], text: string, options: ResolveOptions = {}): Citation[] {
  const out = options.inPlace ? resetInPlace(citations as Citation[]) : citations.map((c) => ({ ...c, resolvesTo: null as number | null, ambiguous: false }));
  const warn = (code: string, message: string, c: Citation) => options.warnings?.push({ code, message, span: [c.span[0], c.span[1]] });
  assignAuthorities(out, text);
  const ctx = buildIndex(out, text, options.maxPages ?? 150);

  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.kind === 'law') {
      if (isBareSection(c)) resolveBareSection(ctx, i);
      else ctx.lastLawBySection.set(sectionKey(c), i);
    }
    if (!SHORT_KINDS.has(c.kind)) continue;
    let found: Found = null;
    if (c.kind === 'caseShort') found = resolveShortCase(ctx, i);
    else if (c.kind === 'supra') found = uniqueAuthority(out, candidatesByName(ctx, i, c.antecedentGuess, false));
    else if (c.kind === 'reference') found = uniqueAuthority(out, candidatesByName(ctx, i, c.antecedentGuess ?? c.defendant ?? c.plaintiff, true));
    else if (c.kind === 'id') found = resolveId(ctx, i, warn);
    if (found === 'ambiguous') c.ambiguous = true;
    else if (found !== null) {
      c.resolvesTo = found;
      c.authority = out[found].authority;
      if (c.kind !== 'id' && pinOutOfRange(ctx, found, i)) {
        warn('citation/pin-out-of-range', `pin cite ${c.pinCite} is outside the pages of ${out[found].text}`, c);
      }
    }
  }
  return out;
}

/** The state a copy would start from: not resolved, not ambiguous. */
function resetInPlace(citations: Citation[]): Citation[] {
  for (const c of citations) {
    c.resolvesTo = null;
    c.ambiguous = false;
  }
  return citations;
}

/** Look-up tables built once per call, so that each short form costs about the same in any document. */
interface Ctx {
  out: Citation[];
  text: string;
  maxPages: number;
  /** authority key -> indexes of its full cites, ascending. */
  members: Map<string, number[]>;
  /** `volume|reporter` -> indexes of full case cites, ascending. */
  byVolume: Map<string, number[]>;
  /** a party-name word -> the first case cite of each authority with that word, ascending (built on first use). */
  byWord: Map<string, number[]> | null;
  /** `length<first letter` and `length>last letter` -> indexed words (for one-edit look-ups), built on first use. */
  byDeletion: Map<string, string[]> | null;
  /** word -> indexed words within one edit of it (cache). */
  near: Map<string, string[]>;
  /** party names of each citation, as words (filled on demand). */
  names: Array<Array<readonly string[]> | undefined>;
  lastLawBySection: Map<string, number>;
}

const volumeKey = (c: Citation) => `${squash(c.volume)}|${squash(c.reporter ?? c.reporterFound)}`;

function buildIndex(out: Citation[], text: string, maxPages: number): Ctx {
  const ctx: Ctx = { out, text, maxPages, members: new Map(), byVolume: new Map(), byWord: null, byDeletion: null, near: new Map(), names: [], lastLawBySection: new Map() };
  const push = <K>(m: Map<K, number[]>, k: K, i: number) => {
    const l = m.get(k);
    if (!l) m.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  // byVolume keeps the first cite of each authority only: a case cited a thousand times must not
  // make every later short cite scan a thousand candidates.
  // volume key -> the authorities already listed for it (a cite without an authority is always listed).
  const seenVolumeAuthority = new Map<string, Set<string>>();
  out.forEach((c, i) => {
    if (FULL_KINDS.has(c.kind) && c.authority) push(ctx.members, c.authority, i);
    if (c.kind !== 'case') return;
    const vk = volumeKey(c);
    if (c.authority !== null) {
      let seen = seenVolumeAuthority.get(vk);
      if (!seen) seenVolumeAuthority.set(vk, (seen = new Set()));
      if (seen.has(c.authority)) return;
      seen.add(c.authority);
    }
    push(ctx.byVolume, vk, i);
  });
  return ctx;
}

/** The word index, built on first use (documents without supra or references never need it). */
function byWord(ctx: Ctx): Map<string, number[]> {
  return (ctx.byWord ??= wordIndex(ctx));
}

/** word key -> the first case cite of each authority whose party names have that word. */
function wordIndex(ctx: Ctx): Map<string, number[]> {
  const index = new Map<string, number[]>();
  // authority -> the words already indexed for it
  const seen = new Map<string, Set<string>>();
  let prev: Citation | null = null;
  ctx.out.forEach((c, i) => {
    if (c.kind !== 'case' || (c.plaintiff === null && c.defendant === null)) return;
    // Parallel and repeated cites carry the same names: one look is enough.
    if (prev && prev.plaintiff === c.plaintiff && prev.defendant === c.defendant && prev.authority === c.authority) return;
    prev = c;
    const key = c.authority ?? `#${i}`;
    let done = seen.get(key);
    if (!done) seen.set(key, (done = new Set()));
    for (const name of namesOf(ctx, i)) {
      for (const w of name) {
        if (done.has(w)) continue;
        done.add(w);
        const l = index.get(w);
        if (l) l.push(i);
        else index.set(w, [i]);
      }
    }
  });
  return index;
}

function namesOf(ctx: Ctx, j: number): Array<readonly string[]> {
  return (ctx.names[j] ??= caseNames(ctx.out[j]));
}

/** How many entries of an ascending index list are below `i`. */
function countBelow(list: number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of an ascending index list that are below `i`. */
function before(list: number[] | undefined, i: number): number[] {
  return list ? list.slice(0, countBelow(list, i)) : [];
}

/** True when some entry of an ascending index list below `i` passes `test`; the latest are tried first. */
function anyBefore(list: number[] | undefined, i: number, test: (j: number) => boolean): boolean {
  if (!list) return false;
  for (let k = countBelow(list, i) - 1; k >= 0; k--) if (test(list[k])) return true;
  return false;
}

/** The last entry below `i`, or null. */
function lastBefore(list: number[] | undefined, i: number): number | null {
  const n = list ? countBelow(list, i) : 0;
  return n > 0 ? list![n - 1] : null;
}

type Found = number | 'ambiguous' | null;

// ---- authority keys --------------------------------------------------------------------------------

function naturalKey(c: Citation, index: number): string | null {
  switch (c.kind) {
    case 'case':
    case 'journal': {
      if (numericPage(c) === null) return `${c.kind}@${index}`;
      return `${c.kind}:${squash(c.volume)}|${squash(c.reporter ?? c.reporterFound)}|${c.page!.trim()}`;
    }
    case 'law': {
      if (isBareSection(c)) return null;
      // 18 U.S.C. § 3582(c)(1)(A) -> the section 3582 of title 18 is the authority; subsections are pins.
      const section = (c.section ?? '').replace(/\(.*$/, '').trim();
      if (!c.code && !section) return `law:${squash(c.text)}`;
      return `law:${squash(c.code)}|${squash(c.title)}|${squash(c.chapter)}|${squash(section)}`;
    }
    case 'record': {
      if (c.docEntry) return `record:${squash(c.docEntry)}`;
      // Compl. ¶ 4 / Tr. 12:3: the document named, without the pinpoint.
      const doc = c.text.replace(/\s+at\s+.*$|\s*¶.*$|\s+\d+:\d+.*$/, '');
      return `record:${squash(doc)}`;
    }
    default:
      return null;
  }
}

/** Gives full cites their key; the finder's parallel groups and repeated cites merge (union-find). */
function assignAuthorities(out: Citation[], text: string): void {
  const parent = out.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys: (string | null)[] = out.map((c, i) => (FULL_KINDS.has(c.kind) ? naturalKey(c, i) : null));
  const byKey = new Map<string, number>();
  const byFinderGroup = new Map<string, number>();
  out.forEach((c, i) => {
    const k = keys[i];
    if (k === null) return;
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, i);
    else union(seen, i);
    // The finder's key groups parallel cites: trust it for neighbours only (`1 U.S. 1, 2 S. Ct. 3`).
    if (c.authority) {
      const g = byFinderGroup.get(c.authority);
      if (g !== undefined && g === i - 1 && isParallelGap(text.slice(out[g].span[1], c.span[0]))) union(g, i);
      byFinderGroup.set(c.authority, i);
    }
  });
  out.forEach((c, i) => {
    if (keys[i] === null) {
      if (!SHORT_KINDS.has(c.kind)) c.authority = null;
      return;
    }
    c.authority = keys[find(i)];
  });
  for (const c of out) if (SHORT_KINDS.has(c.kind)) c.authority = null;
}

// ---- pins ------------------------------------------------------------------------------------------

/** True when no full cite of the target's authority (before `i`) has pages that hold `i`'s pin. */
function pinOutOfRange(ctx: Ctx, target: number, i: number): boolean {
  const pin = parsePin(ctx.out[i].pinCite);
  if (pin === null) return false;
  const key = ctx.out[target].authority;
  const fits = (k: number) => pinFits(ctx.out[k], pin, ctx.maxPages);
  return key === null ? !fits(target) : !anyBefore(ctx.members.get(key), i, fits);
}

// ---- names -----------------------------------------------------------------------------------------

/**
 * Earlier case cites whose party names hold `name`: the latest cite of each such authority, at most
 * two (one = resolved, two = ambiguous).
 */
function candidatesByName(ctx: Ctx, i: number, name: string | null, tolerant: boolean): number[] | 'ambiguous' {
  if (!name) return [];
  const w = words(name.replace(/\bsupra\b.*$/i, ''));
  if (w.length === 0) return [];
  const lists: number[][] = [];
  if (!tolerant) {
    // Look up the rarest word of the name (`Raia`, not `United`).
    let best: number[] = [];
    let bestLen = Infinity;
    for (const x of w) {
      const l = byWord(ctx).get(x)?.length ?? 0;
      if (l < bestLen) [bestLen, best] = [l, byWord(ctx).get(x) ?? []];
    }
    lists.push(best);
  } else {
    // Words one edit apart differ in length by at most one and share their first or their last letter.
    if (!ctx.byDeletion) {
      ctx.byDeletion = new Map();
      for (const x of byWord(ctx).keys()) {
        for (const k of [`${x.length}<${x[0]}`, `${x.length}>${x[x.length - 1]}`]) {
          const l = ctx.byDeletion.get(k);
          if (l) l.push(x);
          else ctx.byDeletion.set(k, [x]);
        }
      }
    }
    const longest = w.reduce((a, b) => (b.length > a.length ? b : a));
    let near = ctx.near.get(longest);
    if (!near) {
      const found = new Set<string>();
      for (let len = longest.length - 1; len <= longest.length + 1; len++) {
        for (const k of [`${len}<${longest[0]}`, `${len}>${longest[longest.length - 1]}`]) {
          for (const x of ctx.byDeletion.get(k) ?? []) if (nearlyEqual(longest, x)) found.add(x);
        }
      }
      near = [...found];
      ctx.near.set(longest, near);
    }
    for (const x of near) lists.push(byWord(ctx).get(x)!);
  }
  // Walk the lists from the latest entry below `i` backwards, merged; each entry is a distinct
  // authority, so two verified entries already make the name ambiguous.
  const at = lists.map((l) => countBelow(l, i) - 1);
  const hits: number[] = [];
  let last = -1;
  for (let steps = 0; hits.length < 2; steps++) {
    let pick = -1;
    for (let k = 0; k < lists.length; k++) if (at[k] >= 0 && (pick < 0 || lists[k][at[k]] > lists[pick][at[pick]])) pick = k;
    if (pick < 0) break;
    const j = lists[pick][at[pick]--];
    if (j === last) continue;
    last = j;
    if (steps >= 400) return 'ambiguous'; // a name shared by hundreds of authorities
    if (!namesOf(ctx, j).some((nm) => nameIn(w, nm, tolerant))) continue;
    const key = ctx.out[j].authority;
    hits.push(key === null ? j : lastBefore(ctx.members.get(key), i) ?? j);
  }
  return hits.reverse();
}

/** One authority among the candidates -> its latest full cite; several -> ambiguous; none -> null. */
function uniqueAuthority(out: Citation[], candidates: number[] | 'ambiguous'): Found {
  if (candidates === 'ambiguous') return 'ambiguous';
  if (candidates.length === 0) return null;
  const keys = new Set(candidates.map((j) => out[j].authority ?? `#${j}`));
  return keys.size === 1 ? candidates[candidates.length - 1] : 'ambiguous';
}

// ---- each short form -------------------------------------------------------------------------------

function resolveShortCase(ctx: Ctx, i: number): Found {
  const { out } = ctx;
  const c = out[i];
  let cands = before(ctx.byVolume.get(volumeKey(c)), i);
  if (cands.length === 0) return null;
  const distinct = (xs: number[]) => new Set(xs.map((j) => out[j].authority ?? `#${j}`)).size;
  if (distinct(cands) > 1) {
    const pin = parsePin(c.pinCite);
    const fitting = cands.filter((j) => pinFits(out[j], pin, ctx.maxPages));
    if (fitting.length > 0) cands = fitting;
  }
  if (distinct(cands) > 1 && c.antecedentGuess) {
    // A candidate whose name we do not know cannot be ruled out by name.
    if (cands.some((j) => namesOf(ctx, j).length === 0)) return 'ambiguous';
    const w = words(c.antecedentGuess);
    cands = cands.filter((j) => namesOf(ctx, j).some((n) => nameIn(w, n, false)));
    if (cands.length === 0) return 'ambiguous';
  }
  // Point at the latest full cite of the authority (byVolume holds its first).
  const found = uniqueAuthority(out, cands);
  const key = typeof found === 'number' ? out[found].authority : null;
  return key ? lastBefore(ctx.members.get(key), i) ?? found : found;
}

/** May citation `j` be the antecedent of an `Id.` at `i`? Parenthetical cites only for an Id. in one. */
const idCandidate = (out: Citation[], i: number, j: number) => !out[j].inParenthetical || out[i].inParenthetical;

function resolveId(ctx: Ctx, i: number, warn: (code: string, msg: string, c: Citation) => void): Found {
  const { out, text, maxPages } = ctx;
  let j = i - 1;
  while (j >= 0 && j > i - 64 && !idCandidate(out, i, j)) j--;
  if (j < 0 || !idCandidate(out, i, j)) return null;
  const p = out[j];
  if (p.kind === 'unknown') return null;
  let target: number;
  if (SHORT_KINDS.has(p.kind) || (p.kind === 'law' && isBareSection(p) && p.resolvesTo !== null)) {
    if (p.resolvesTo === null) return p.ambiguous ? 'ambiguous' : null;
    target = p.resolvesTo;
  } else target = j;
  const key = out[target].authority;

  // A string of several authorities right before the Id. makes it ambiguous.
  let groupStart = p.fullSpan[0];
  for (let k = j - 1; k >= 0 && k >= j - 64; k--) {
    if (!idCandidate(out, i, k)) continue;
    const q = out[k];
    const gap = text.slice(Math.min(q.fullSpan[1], groupStart), groupStart);
    const qKey = SHORT_KINDS.has(q.kind) ? (q.resolvesTo !== null ? out[q.resolvesTo].authority : null) : q.authority;
    if (key !== null && qKey === key) {
      // Parallel cites, or the same authority cited twice in one string: still one authority.
      if (gap.length > 600 || hasSentenceEnd(withoutParens(gap))) break;
      groupStart = Math.min(groupStart, q.fullSpan[0]);
      continue;
    }
    if (isStringSeparator(gap)) return 'ambiguous';
    break;
  }

  const pin = parsePin(out[i].pinCite);
  const fits = (k: number) => pinFits(out[k], pin, maxPages);
  if (key === null ? !fits(target) : !anyBefore(ctx.members.get(key), i, fits)) {
    warn('citation/id-pin-out-of-range', `Id. pin ${out[i].pinCite ?? ''} does not fit ${out[target].text}`, out[i]);
    return null;
  }
  return target;
}

// ---- statutory short forms -------------------------------------------------------------------------

function resolveBareSection(ctx: Ctx, i: number): void {
  const j = ctx.lastLawBySection.get(sectionKey(ctx.out[i]));
  if (j === undefined) return;
  ctx.out[i].resolvesTo = j;
  ctx.out[i].authority = ctx.out[j].authority;
}
