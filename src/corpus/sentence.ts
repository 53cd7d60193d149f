/** The sentence around a span, for citator listings. Bounded: never more than ~400 characters. */

const MAX_SIDE = 240;

/**
 * A sentence ends at `.`, `?` or `!` followed by space and a capital, unless the word before the
 * period is an abbreviation: `v.`, `F.3d`, `U.S.`, `Cir.`, `No.`, `Id.` (short, or with inner dots).
 */
function isBoundary(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' && text[i + 1] === '\n') return true;
  if (ch !== '.' && ch !== '?' && ch !== '!') return false;
  if (!/\s/.test(text[i + 1] ?? '')) return false;
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (!/[A-Z"“(]/.test(text[j] ?? '')) return false;
  if (ch !== '.') return true;
  let k = i - 1;
  while (k >= 0 && /[A-Za-z0-9.]/.test(text[k])) k--;
  const word = text.slice(k + 1, i);
  return word.length > 4 && !word.includes('.') && !/^\d/.test(word);
}

export function sentenceAround(text: string, span: [number, number]): string {
  const [start, end] = span;
  let s = start;
  const minS = Math.max(0, start - MAX_SIDE);
  while (s > minS && !isBoundary(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + MAX_SIDE);
  while (e < maxE && !isBoundary(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  const out = text.slice(s, e).replace(/\s+/g, ' ').trim();
  return `${s > minS || s === 0 ? '' : '…'}${out}${e < maxE || e >= text.length ? '' : '…'}`;
}
