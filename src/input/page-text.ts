/**
 * Page text measures shared by the PDF reader and its OCR step: letters and non-space characters outside
 * ECF stamps, text layers that are not text, and page lists for messages ("7, 9-11").
 */
import { ecfHeader } from '../text/page-furniture.js';

/** Pages are joined with this in `Document.text` (PDF text layer and OCR alike). */
export const PAGE_SEPARATOR = '\n\f\n';
/** A page with fewer non-space characters than this (ECF header aside) has no usable text layer. */
export const MIN_PAGE_CHARS = 5;

/** "7, 9-11" */
export function pageList(pages: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(j > i + 1 ? `${pages[i]}-${pages[j]}` : j === i + 1 ? `${pages[i]}, ${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return out.join(', ');
}

/** The page text without ECF header lines, which are stamped on scanned pages too. */
export function withoutHeaders(pageText: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ecfHeader.cuts(pageText)) {
    out += pageText.slice(at, s);
    at = e;
  }
  return out + pageText.slice(at);
}

/**
 * True when most of a page's characters are not text a court writes: private-use code points, U+FFFD,
 * control characters, or scripts far from Latin. What a font without a character map gives pdf.js:
 *   "\ue000\ue001\ue002 \ue003\ue004"  or  "\u0003\u0011\u0004\u0005"
 * Latin letters, digits, punctuation, typographic quotes and dashes, §, ¶ and ligatures are text.
 */
export function isJunkText(s: string): boolean {
  let nonSpace = 0;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0) {
      if (c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 32 && c !== 0xa0) {
        nonSpace++;
        bad++;
      }
      continue;
    }
    nonSpace++;
    if (c < 0x7f || (c >= 0xa1 && c < 0x250)) continue; // ASCII, Latin-1, Latin Extended
    if ((c >= 0x2000 && c < 0x2070) || (c >= 0x20a0 && c < 0x2150) || (c >= 0xfb00 && c <= 0xfb06)) continue;
    if (c >= 0xd800 && c < 0xdc00) continue; // a surrogate pair counts once, by its low half
    bad++;
  }
  return nonSpace >= MIN_PAGE_CHARS && bad * 2 > nonSpace;
}

export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}
