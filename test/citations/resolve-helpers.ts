// Builds Citation objects by hand for resolver and annotator tests (independent of the finder).
import type { Citation, CitationKind } from '../../src/citations/types.js';

export type Spec = Partial<Citation> & { kind: CitationKind; at: string; full?: string };

const blank = (kind: CitationKind, span: [number, number], text: string): Citation => ({
  kind, span, fullSpan: [span[0], span[1]], text: text.slice(span[0], span[1]),
  volume: null, reporter: null, reporterFound: null, page: null, pinCite: null, year: null, date: null,
  court: null, plaintiff: null, defendant: null, parenthetical: null, history: null, antecedentGuess: null,
  title: null, chapter: null, section: null, code: null, docEntry: null, resolvesTo: null, ambiguous: false,
  authority: null, inParenthetical: false, rule: 'test/hand-built',
});

/** Each spec's `at` is searched in the text after the previous one; `full` (optional) widens fullSpan. */
export function build(text: string, specs: Spec[]): Citation[] {
  let from = 0;
  return specs.map(({ at, full, ...fields }) => {
    const start = text.indexOf(at, from);
    if (start < 0) throw new Error(`"${at}" not in text after ${from}`);
    from = start + at.length;
    const c = { ...blank(fields.kind, [start, start + at.length], text), ...fields };
    if (full) {
      const fs = text.lastIndexOf(full, start + at.length);
      if (fs < 0 || fs > start) throw new Error(`full "${full}" does not cover "${at}"`);
      c.fullSpan = [fs, Math.max(fs + full.length, start + at.length)];
    }
    return c;
  });
}

/** `case` spec from `1 U.S. 1` plus party names. */
export const fullCase = (at: string, plaintiff: string | null = null, defendant: string | null = null, extra: Partial<Spec> = {}): Spec => {
  const m = /^(\d+)\s+(.+?)\s+(\d+|_+)$/.exec(at);
  if (!m) throw new Error(`not a case cite: ${at}`);
  return { kind: 'case', at, volume: m[1], reporter: m[2], reporterFound: m[2], page: /^\d+$/.test(m[3]) ? m[3] : null, plaintiff, defendant, ...extra };
};

export const shortCase = (at: string, volume: string, reporter: string, pinCite: string, antecedentGuess: string | null = null): Spec => ({
  kind: 'caseShort', at, volume, reporter, reporterFound: reporter, pinCite, antecedentGuess,
});

export const idCite = (at: string, pinCite: string | null = null, extra: Partial<Spec> = {}): Spec => ({ kind: 'id', at, pinCite, ...extra });
