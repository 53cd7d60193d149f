/** RFC 4180 CSV for the stats export. Cells that a spreadsheet would run as a formula are prefixed with '. */
import type { StatsResult } from '../corpus/store.js';

export function csvCell(v: unknown): string {
  if (v == null) return '';
  let s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(6)) : String(v);
  // =HYPERLINK(...) in a court name must not become a live formula in Excel or LibreOffice.
  if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function statsCsv(r: StatsResult): string {
  const head = [r.by, 'motions', 'decided', 'granted', 'denied', 'other', 'rate', 'ci_low', 'ci_high'];
  const lines = [head.join(',')];
  for (const row of [...r.rows, { ...r.total, key: 'ALL' }]) {
    lines.push([row.key, row.motions, row.decided, row.granted, row.denied, row.other, row.rate, row.low, row.high].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
