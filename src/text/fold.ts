/**
 * Character folds for the reading text: typographic quotes, dashes and spaces become their ASCII
 * look-alikes; invisible characters disappear. Every fold is one source character -> 0..3 characters.
 */

/** Characters folded to a plain space (and then collapsed with neighbouring spaces). */
export const SPACE_LIKE = new Set([
  ' ', '\t', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
  '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u000b',
]);

/** Characters dropped from the reading text: soft hyphen, zero-width spaces and joiners, BOM. */
export const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** One-to-one and one-to-many folds. */
export const FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u201f': '"', // ‟
  '\u2033': '"', // ″
  '\u00ab': '"', // «
  '\u00bb': '"', // »
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2026': '...', // …
  '\f': '\n', // page break in text layers
  '\r': '\n', // a lone CR (CRLF loses its CR instead)
  '\u2028': '\n',
  '\u2029': '\n',
};

/** True when `read` is `source` itself or one of the characters `source` folds to. */
export function isSameOrFolded(read: string, source: string): boolean {
  if (read === source) return true;
  if (read === ' ' && SPACE_LIKE.has(source)) return true;
  const f = FOLDS[source];
  return f !== undefined && f.includes(read);
}
