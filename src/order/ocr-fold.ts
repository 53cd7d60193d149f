/**
 * OCR-folded copies of caption text, used only for matching. Every fold keeps the string's length, so an offset
 * found in the folded copy is an offset in the text it was made from (spans stay exact); a word that loses
 * characters gets blanks after it.
 *
 * - `foldOcrCaps`: the common OCR confusions inside a word in capitals: "COLUMBlA" -> "COLUMBIA", "OPlNlON" ->
 *   "OPINION", "D|STRICT" -> "DISTRICT", "C0URT" -> "COURT", a T read as quote marks around an I ("COUR'I`" ->
 *   "COURT  "), a stray backtick ("DIS`TRICT" -> "DISTRICT ").
 * - `foldSpaced`: words and numbers printed letter by letter, as in a clerk's stamp: "F I L E D" -> "FILED    ",
 *   "MAY 1 4 2013" -> "MAY 14  2013".
 */

// A T read as an I between quote marks: "'I`" · "'l'" · "’|`"
const QUOTED_T = /['’`][Il|1][`'’]/g;

/** The word in capitals that `token` reads as once OCR confusions are undone, or null when it is no such word. */
function foldToken(token: string): string | null {
  if (!/[l|1`0]|['’`][Il|1][`'’]/.test(token)) return null;
  const upper = token.match(/[A-Z]/g)?.length ?? 0;
  if (upper < 2) return null;
  // Lower-case letters other than "l" mean a word in ordinary case: "Dlstrlct" is left alone, so is "O'Neil".
  if (/[a-km-z]/.test(token)) return null;
  const digits = token.match(/[0-9]/g)?.length ?? 0;
  // A number with a letter code ("S32295", "A03A1865", "2D") is no word.
  if (digits > 0 && (digits >= upper || /[2-9]/.test(token))) return null;
  // A footnote mark after a clean word ("JUDGMENT1") is no letter.
  if (/^[A-Z]{3,}[01]$/.test(token)) return null;
  let w = token.replace(QUOTED_T, 'T');
  // A possessive stays: "DEFENDANT'S" · "PARTIES'"
  w = w.replace(/`/g, '').replace(/['’](?!S?$)/g, '');
  w = w.replace(/[l|1]/g, 'I').replace(/0/g, 'O');
  if (!/^[A-Z]+(?:['’]S?)?$/.test(w)) return null;
  return w;
}

/** The text with OCR confusions inside words in capitals undone; same length. */
// A capital next to a confusable mark: the only places a fold can apply ("COLUMBlA", "C0URT", "|STRICT", "R'I`").
const CANDIDATE = /[A-Z][l|1`0]|[l|1`0][A-Z]|['’`][Il|1][`'’]/;

// Only the word-like runs holding such a place are looked at.
const CANDIDATE_TOKEN = /(?<![A-Za-z0-9|`'’])(?=[A-Za-z0-9|`'’]*?(?:[A-Z][l|1`0]|[l|1`0][A-Z]|['’`][Il|1][`'’]))[A-Za-z0-9|`'’]+/g;

export function foldOcrCaps(s: string): string {
  if (!CANDIDATE.test(s)) return s;
  return s.replace(CANDIDATE_TOKEN, (t) => {
    const w = foldToken(t);
    return w === null ? t : w + ' '.repeat(t.length - w.length);
  });
}

// "F I L E D" · "O R D E R" (single capitals, one blank apart, at least three) · "1 4" · "2 0 1 3" (single digits)
const SPACED_LETTERS = /(?<![A-Za-z0-9])[A-Z](?: [A-Z]){2,}(?![A-Za-z0-9])/g;
const SPACED_DIGITS = /(?<![A-Za-z0-9])\d(?: \d)+(?![A-Za-z0-9])/g;

/** The text with letter-spaced words and digit-spaced numbers joined; same length. */
export function foldSpaced(s: string): string {
  const join = (m: string): string => {
    const w = m.replace(/ /g, '');
    return w + ' '.repeat(m.length - w.length);
  };
  return s.replace(SPACED_LETTERS, join).replace(SPACED_DIGITS, join);
}

/**
 * The end of a span found in folded text, moved to the end of the original word when the fold shortened it
 * ("COUR'I`" folds to "COURT  ": a match ending after the T ends after the backtick in the original).
 */
export function extendToWord(original: string, folded: string, end: number): number {
  let e = end;
  while (e < original.length && folded.charCodeAt(e) === 32 && /[A-Za-z0-9|`'’]/.test(original[e]) && /[A-Za-z0-9|`'’]/.test(original[e - 1] ?? '')) e++;
  return e;
}
