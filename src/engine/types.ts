/** Shared vocabulary of the engine: spans, facts, warnings, rules and refiners. */

/** [start, end) UTF-16 offsets into a document's original text. */
export type Span = [start: number, end: number];

/** Every extracted value: what was read, where, by which rule, how sure. */
export interface Fact<T> {
  value: T;
  span: Span;
  /** Stable id of the rule that produced it, e.g. `disposition/denied-without-prejudice`. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** A whole-document problem. Text never throws; it gets a warning with a code. */
export interface Warning {
  code: string;
  message: string;
  span?: Span;
}

/** An example a rule must match (optionally with fields its parse must return). */
export interface RuleExample<T = unknown> {
  text: string;
  /** Subset of the parsed value the rule must return for this text. */
  expect?: Partial<T> | Record<string, unknown>;
}

/** A match produced by a rule: the raw hit before refiners turn it into domain values. */
export interface Hit<T> {
  value: T;
  span: Span;
  rule: string;
  priority: number;
  confidence: number;
}

/**
 * A rule is a plain object. The scanner runs its `pattern` (a global regex) over the text, calls
 * `parse` for each match, and keeps what `parse` returns (null = not this rule's after all).
 */
export interface Rule<T> {
  id: string;
  /** Literal strings (matched case-insensitively); the rule is skipped when none occur in the text. */
  anchors?: string[];
  /** Must carry the `g` flag. */
  pattern: RegExp;
  /**
   * Where a match can begin, when that is rarer than "anywhere": regex source (no flags) that matches
   * at every index where `pattern` can match, e.g. `\b\d{1,4}\s+[A-Z]` for `954 F.3d 594`. Rules with
   * the same `at` run together (`compileAtGroups`): one scan for those places, then each pattern, sticky,
   * only there; the hits are the same as a scan of each pattern over the whole text.
   */
  at?: string;
  parse(match: RegExpExecArray, text: string): Omit<Hit<T>, 'rule' | 'priority'> | T | null;
  /** Higher wins when two hits overlap. Explicit, never array order. */
  priority: number;
  examples: Array<string | RuleExample<T>>;
  counterexamples: string[];
}

/** Takes results and returns results (scope filters, mergers, enrichers). */
export type Refiner<T> = (items: T[], text: string) => T[];

/** A named, ordered table of rules: the table of contents of one domain. */
export interface RuleSet<T = unknown> {
  domain: string;
  rules: Rule<T>[];
}
