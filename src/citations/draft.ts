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

/**
 * The Citation for a rule's draft: every field in one object literal (one shape for all citations,
 * no copying of a rest object); internal fields (`coreEnd`, `ruleId`) stay behind.
 */
export const citationFromDraft = (d: Draft, span: Span, text: string, rule: string): Citation => ({
  kind: d.kind,
  span,
  fullSpan: [span[0], span[1]],
  text: text.slice(span[0], span[1]),
  volume: d.volume ?? null,
  reporter: d.reporter ?? null,
  reporterFound: d.reporterFound ?? null,
  page: d.page ?? null,
  pinCite: d.pinCite ?? null,
  year: d.year ?? null,
  date: d.date ?? null,
  court: d.court ?? null,
  plaintiff: d.plaintiff ?? null,
  defendant: d.defendant ?? null,
  parenthetical: d.parenthetical ?? null,
  history: d.history ?? null,
  antecedentGuess: d.antecedentGuess ?? null,
  title: d.title ?? null,
  chapter: d.chapter ?? null,
  section: d.section ?? null,
  code: d.code ?? null,
  docEntry: d.docEntry ?? null,
  resolvesTo: d.resolvesTo ?? null,
  ambiguous: d.ambiguous ?? false,
  authority: d.authority ?? null,
  inParenthetical: d.inParenthetical ?? false,
  rule,
});

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
