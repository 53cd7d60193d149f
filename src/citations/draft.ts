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
