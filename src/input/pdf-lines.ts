/**
 * Rebuild lines from pdf.js text items: items on the same baseline (within half a font size) form a
 * line, ordered left to right, with a space where the gap between two items is wider than a fraction
 * of the font size (two spaces for a column-wide gap); a vertical gap well above the page's usual line pitch becomes a blank line.
 */

export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text run). */
  size: number;
}

/** Gap (in font sizes) between two runs that stands for a space. */
const SPACE_GAP = 0.15;
/** Gap (in font sizes) that separates columns (pleading numbers, a caption's two halves): two spaces. */
const COLUMN_GAP = 1.5;
/** Baseline distance (in font sizes) within which two runs share a line. */
const SAME_LINE = 0.5;
/** A line pitch this many times the median starts a new paragraph. */
const PARAGRAPH_PITCH = 1.45;

interface Line {
  y: number;
  size: number;
  items: PositionedItem[];
}

export function linesFromItems(items: PositionedItem[]): string[] {
  const usable = items.filter((it) => it.str.length > 0 && Number.isFinite(it.x) && Number.isFinite(it.y));
  if (usable.length === 0) return [];
  // Top of the page first (PDF y grows upwards), then left to right.
  usable.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of usable) {
    const last = lines[lines.length - 1];
    const size = it.size > 0 ? it.size : 10;
    if (last && Math.abs(last.y - it.y) <= SAME_LINE * Math.min(size, last.size)) {
      last.items.push(it);
      last.size = Math.max(last.size, size);
    } else {
      lines.push({ y: it.y, size, items: [it] });
    }
  }
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) pitches.push(lines[i - 1].y - lines[i].y);
  pitches.sort((a, b) => a - b);
  const median = pitches.length > 0 ? pitches[pitches.length >> 1] : 0;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && median > 0 && lines[i - 1].y - line.y > PARAGRAPH_PITCH * median) out.push('');
    out.push(joinLine(line));
  }
  return out;
}

function joinLine(line: Line): string {
  const items = line.items.sort((a, b) => a.x - b.x);
  let s = '';
  let end = -Infinity;
  for (const it of items) {
    const size = it.size > 0 ? it.size : line.size;
    if (s.length > 0) {
      const gap = it.x - end;
      const spaced = /\s$/.test(s) || /^\s/.test(it.str);
      if (!spaced && gap > COLUMN_GAP * size) s += '  ';
      else if (!spaced && gap > SPACE_GAP * size) s += ' ';
    }
    s += it.str;
    end = Math.max(end, it.x + it.width);
  }
  return s.replace(/\s+$/, '');
}
