/** The phrase-rule shape of this domain: an engine Rule plus where its hits count. */
import type { Rule } from '../../engine/types.js';
import type { Scope } from './scope.js';

export interface CrRule<T> extends Rule<T> {
  /** Scopes in which a hit counts (default: the court's own words only). */
  scopes?: Scope[];
  /** Whether a hit inside a general statement of law counts (default: no). */
  allowGeneric?: boolean;
}

/** The words just before a match inside its sentence, for negation and context checks. */
export function before(text: string, index: number, width = 60): string {
  const from = Math.max(0, index - width);
  const chunk = text.slice(from, index);
  const cut = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

/** The words just after a match, up to the end of its sentence or `width`. */
export function after(text: string, end: number, width = 160): string {
  const chunk = text.slice(end, end + width);
  const cut = chunk.search(/\.\s+[A-Z(]|\n/);
  return cut >= 0 ? chunk.slice(0, cut) : chunk;
}

/** "not", "no", "cannot", "n't", "unless", "whether", "if" just before: the phrase is negated or hypothetical. */
export const NEGATED = /\b(?:not|no|never|cannot|nor|unless|whether|if|without)\s+(?:\w+\s+){0,3}$|n[’']t\s+(?:\w+\s+){0,3}$/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** "14", "fourteen", "twenty-one", "one hundred twenty" -> number; null when unreadable. */
export function readNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const n = NUMBER_WORDS[w];
    if (n === undefined) return null;
    any = true;
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return any ? total : null;
}
