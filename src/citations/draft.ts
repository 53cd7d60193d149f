/** What a citation rule returns before refiners complete it into a Citation. */
import type { Citation, CitationKind } from './types.js';
import type { Span } from '../engine/types.js';

export type Draft = Partial<Omit<Citation, 'kind' | 'span' | 'fullSpan' | 'text' | 'rule'>> & {
  kind: CitationKind;
  /** Internal: end of pin cites / court-year parenthetical (where the next name look-back may start). */
  coreEnd?: number;
  /** Internal: the rule id to report when one scan serves two rules (full and short case cites). */
  ruleId?: string;
};

export interface DraftHit {
  value: Draft;
  span: Span;
  rule: string;
  priority: number;
  confidence: number;
}

/** True when the character before `i` is one of `chars` (a boundary the regex leaves to the parser, for speed). */
export const preceded = (text: string, i: number, chars: string): boolean => i > 0 && chars.includes(text[i - 1]);

/**
 * `at` (see `Rule.at`) of the rules whose match begins with a volume or year number: a number that
 * starts a word, then whitespace, an optional star page and one of `first` (a regex class body), or a
 * dash and a capital. Matches at `954 F.3d`, `2020 WL`, `18 U.S.C.`, `66 B.U. L. Rev.`, `2006-Ohio`.
 * Rules that share it are run in one scan of these places (a few per cent of the numbers in a text).
 */
export const volumeAt = (first = 'A-Z&'): string => String.raw`\b\d{1,4}(?:-[A-Z])?(?:\s+(?:\*\d{1,4}\s+)?[${first}]|-[A-Z])`;

/** The draft fields a Citation takes over (not `kind`, set first, nor the internal `coreEnd`, `ruleId`). */
const DRAFT_FIELDS = new Set<string>([
  'volume', 'reporter', 'reporterFound', 'page', 'pinCite', 'year', 'date', 'court', 'plaintiff', 'defendant',
  'parenthetical', 'history', 'antecedentGuess', 'title', 'chapter', 'section', 'code', 'docEntry', 'resolvesTo',
  'ambiguous', 'authority', 'inParenthetical',
]);

/**
 * The Citation for a rule's draft: the empty citation (one object literal, one shape for all
 * citations), then the few fields the draft sets. Drafts come in many shapes, so reading each of the
 * Citation's fields from the draft was a slow (megamorphic) look-up per field; a draft sets a handful.
 * A field the draft leaves null or undefined keeps its empty value (null, or false for the flags).
 */
export const citationFromDraft = (d: Draft, span: Span, text: string, rule: string): Citation => {
  const c = emptyCitation(d.kind, span, text, rule);
  const out = c as unknown as Record<string, unknown>;
  const src = d as unknown as Record<string, unknown>;
  for (const k in src) {
    const v = src[k];
    if (v !== null && v !== undefined && DRAFT_FIELDS.has(k)) out[k] = v;
  }
  return c;
};

export const emptyCitation = (kind: CitationKind, span: Span, text: string, rule: string): Citation => ({
  kind,
  span,
  fullSpan: [span[0], span[1]],
  text: text.slice(span[0], span[1]),
  volume: null,
  reporter: null,
  reporterFound: null,
  page: null,
  pinCite: null,
  year: null,
  date: null,
  court: null,
  plaintiff: null,
  defendant: null,
  parenthetical: null,
  history: null,
  antecedentGuess: null,
  title: null,
  chapter: null,
  section: null,
  code: null,
  docEntry: null,
  resolvesTo: null,
  ambiguous: false,
  authority: null,
  inParenthetical: false,
  rule,
});
