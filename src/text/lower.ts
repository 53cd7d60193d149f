/**
 * The lower-cased text, remembered for the last text asked: the order reader and the domain coder
 * both read a document's text case-free, and lower-casing 20 KB again is a copy of 20-40 KB.
 */
let lastText: string | null = null;
let lastLower = '';

/** `text.toLowerCase()`, computed once for consecutive calls on the same text. */
export function lowerCased(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}
