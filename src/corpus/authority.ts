/**
 * Authority keys: one lookup string per authority cited, shared by every citation of it.
 * Cases and journals: `volume|reporter|page` (`954|f3d|594`); laws: `title|code|section`, the
 * section without its subsections, which are pins (`18 U.S.C. § 3582(c)(1)(A)` -> `18|usc|3582`,
 * `U.S.S.G. § 1B1.13` -> `|ussg|1b113`). Lower case without spaces, dots or commas, so
 * `954 F. 3d 594` and `954 F.3d 594` meet (the citation engine's resolver squashes the same way).
 */
import type { Citation } from '../citations/types.js';

export interface AuthorityRef {
  key: string;
  cite: string;
}

const part = (s: string): string => s.toLowerCase().replace(/[\s.,]+/g, '');

export function caseKey(volume: string, reporter: string, page: string): AuthorityRef {
  return { key: `${part(volume)}|${part(reporter)}|${part(page)}`, cite: `${volume} ${reporter} ${page}` };
}

export function lawKey(title: string | null, code: string, fullSection: string): AuthorityRef {
  const section = fullSection.replace(/\(.*$/, '').trim() || fullSection;
  const shown = `${title ? `${title} ` : ''}${code}${/^U\.S\.C|C\.F\.R|U\.S\.S\.G/i.test(code) ? ' §' : ''} ${section}`;
  return { key: `${part(title ?? '')}|${part(code)}|${part(section)}`, cite: shown };
}

/** The authority a citation refers to; short forms follow `resolvesTo` to their antecedent. */
export function authorityOf(c: Citation, all: readonly Citation[], depth = 0): AuthorityRef | null {
  if (depth > 8) return null;
  switch (c.kind) {
    case 'case':
    case 'journal':
      return c.volume && c.reporter && c.page ? caseKey(c.volume, c.reporter, c.page) : null;
    case 'law':
      return c.code && c.section ? lawKey(c.title, c.code, c.section) : null;
    case 'caseShort':
    case 'id':
    case 'supra':
    case 'reference': {
      const target = c.resolvesTo != null ? all[c.resolvesTo] : undefined;
      if (target && target !== c) return authorityOf(target, all, depth + 1);
      // `954 F.3d at 597` names volume and reporter but not the first page: no key without an antecedent.
      return null;
    }
    default:
      return null;
  }
}

/**
 * Reads an authority as a user types it, into a key. Accepts a key itself (`954|f.3d|594`).
 * Returns null when the text is not a citation shape.
 */
export function parseAuthority(input: string): AuthorityRef | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  if (s.includes('|')) {
    const parts = s.split('|');
    if (parts.length !== 3) return null;
    return { key: parts.map(part).join('|'), cite: parts.filter(Boolean).join(' ') };
  }
  // 18 U.S.C. § 3582(c)(1)(A)   28 C.F.R. §§ 571.60   U.S.S.G. § 1B1.13
  let m = /^(?:(\d+)\s+)?(.+?)\s*§§?\s*(\S+)$/.exec(s);
  if (m) return lawKey(m[1] ?? null, m[2], m[3]);
  // 954 F.3d 594   100 Harv. L. Rev. 1
  m = /^(\d+)\s+(.+?)\s+(\d+)$/.exec(s);
  if (m) return caseKey(m[1], m[2], m[3]);
  // Fed. R. Crim. P. 35(b)   Fed. R. Evid. 702
  m = /^([A-Za-z][A-Za-z. ]*?\.)\s*(\d[\w().-]*)$/.exec(s);
  if (m) return lawKey(null, m[1], m[2]);
  return null;
}
