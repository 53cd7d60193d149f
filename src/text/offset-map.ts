/**
 * A piecewise map from offsets in a derived text (reading text, HTML text content) back to offsets in
 * its source. Built in one pass (O(n)), looked up by binary search (O(log segments)).
 *
 * Each segment starts at `from[i]` in the derived text and at `to[i]` in the source. A *linear*
 * segment advances one source offset per derived offset (copied or 1:1 folded characters); a *fixed*
 * segment maps every derived offset to the same source offset (one source character or tag that
 * produced several derived characters, e.g. `…` -> `...`, or a newline generated at a `<p>` tag).
 */
import type { Span } from '../engine/types.js';

export interface OffsetMap {
  /** Source offset of the derived character at `offset` (or of the end, for `offset === length`). */
  toSource(offset: number): number;
  /** A derived span `[start, end)` as a source span that covers exactly the source of its characters. */
  spanToSource(start: number, end: number): Span;
  /** Number of segments (for tests and benchmarks). */
  readonly segments: number;
}

export class OffsetMapBuilder {
  private from: number[] = [];
  private to: number[] = [];
  private fixed: boolean[] = [];
  /** Derived length so far. */
  length = 0;
  private lastSource = -2;
  private lastFixed = false;

  /** One derived character that copies or folds the source character at `source`. */
  char(source: number): void {
    if (!(this.lastSource === source - 1 && !this.lastFixed && this.from.length > 0)) {
      this.push(this.length, source, false);
    }
    this.lastSource = source;
    this.lastFixed = false;
    this.length += 1;
  }

  /** `count` consecutive derived characters copied from `source...source+count`. */
  run(source: number, count: number): void {
    if (count <= 0) return;
    this.char(source);
    this.lastSource = source + count - 1;
    this.length += count - 1;
  }

  /** `count` derived characters that all stand for the source character (or tag) at `source`. */
  fixedAt(source: number, count: number): void {
    if (count <= 0) return;
    if (!(this.lastFixed && this.lastSource === source)) this.push(this.length, source, true);
    this.lastSource = source;
    this.lastFixed = true;
    this.length += count;
  }

  private push(from: number, to: number, fixed: boolean): void {
    this.from.push(from);
    this.to.push(to);
    this.fixed.push(fixed);
  }

  /** @param sourceLength length of the source, the image of the derived end offset */
  build(sourceLength: number): OffsetMap {
    const from = Int32Array.from(this.from);
    const to = Int32Array.from(this.to);
    const fixed = Uint8Array.from(this.fixed, (f) => (f ? 1 : 0));
    const length = this.length;
    const n = from.length;
    const toSource = (offset: number): number => {
      if (n === 0) return Math.min(Math.max(0, offset), sourceLength);
      if (offset >= length) {
        // The end of the derived text: just past its last character.
        if (length === 0) return 0;
        return toSource(length - 1) + 1;
      }
      if (offset <= 0) return to[0];
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (from[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return fixed[lo] ? to[lo] : to[lo] + (offset - from[lo]);
    };
    const spanToSource = (start: number, end: number): Span => {
      const s = toSource(start);
      if (end <= start) return [s, s];
      return [s, Math.max(s, toSource(end - 1) + 1)];
    };
    return { toSource, spanToSource, segments: n };
  }
}

/** The identity map of a text of `length` characters. */
export function identityMap(length: number): OffsetMap {
  const clamp = (o: number) => Math.min(Math.max(0, o), length);
  return {
    toSource: clamp,
    spanToSource: (start, end) => [clamp(start), clamp(Math.max(start, end))],
    segments: 1,
  };
}
