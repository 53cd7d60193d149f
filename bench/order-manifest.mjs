/**
 * Scoring of readOrder against MANIFEST.csv's source metadata (court, docket, date, judge), with a check
 * of whether the metadata value is printed in the document at all: metadata often holds a filing date the
 * text never prints, a judge the text never names or a docket the reporter left out. Where the value is
 * not in the text the right answer is null ("unknown"); a value there cannot be checked against the text.
 */
import { judgeNames, nameTokens, sameDocket, sameName } from './order-score.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Feb. 15; 2011.` or `June 3, 2013` in a docket field is a date, not a docket number. */
const DATE_LIKE = /^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/i;

/** The docket numbers a metadata field lists (`Docket No. 1.; Docket No. 2.`); [] for a date in the docket field. */
export function manifestDockets(field) {
  if (DATE_LIKE.test(String(field ?? ''))) return [];
  return String(field ?? '')
    .split(/;\s*(?=\D*\d)/)
    .map((d) => d.trim())
    .filter((d) => /\d/.test(d) && !DATE_LIKE.test(d));
}

/** Whether `iso` (YYYY-MM-DD) is printed in `text` in any usual style. */
export function datePrinted(text, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return false;
  const month = MONTHS[m - 1];
  const mon = `${esc(month.slice(0, 3))}[a-z]*\\.?`;
  const dd = `0?${d}(?:st|nd|rd|th)?`;
  const sp = '[\\s\\u00a0]+';
  const res = [
    `\\b${mon}${sp}${dd},?${sp}${y}\\b`,
    `\\b${dd}${sp}(?:day${sp}of${sp})?${mon},?${sp}${y}\\b`,
    `\\b0?${m}[/.-]0?${d}[/.-](?:${y}|${String(y).slice(2)})\\b`,
    `\\b${y}-0?${m}-0?${d}\\b`,
  ];
  const flat = text.replace(/\s+/g, ' ');
  return res.some((r) => new RegExp(r, 'i').test(flat));
}

/** Whether the digits of a docket number are printed in `text` in order (any separators, a 2-digit year too). */
export function docketPrinted(text, docket) {
  const groups = String(docket).match(/\d+/g) ?? [];
  if (!groups.length) return false;
  const variants = [groups];
  if (groups.length > 1 && /^(?:19|20)\d\d$/.test(groups[0])) variants.push([groups[0].slice(2), ...groups.slice(1)]);
  // Separators never hold a comma or a line break ("November 18, 1998" is no `18-1998`); a short lone number
  // counts only after "No." (a `23` is printed everywhere).
  return variants.some((g) => {
    const body = g.map((x) => x.replace(/^0+(?=\d)/, '')).join('[^\\d,\\n]{0,8}0*');
    const lead = g.length === 1 && g[0].length < 4 ? 'Nos?\\.\\s*' : '';
    return new RegExp(`${lead}(?<!\\d)0*${body}(?!\\d)`).test(text);
  });
}

/** Whether the judge's surname (the last significant token of one listed name) is printed in `text`. */
export function judgePrinted(text, names) {
  const folded = text.normalize('NFKD').toLowerCase();
  return names.some((n) => {
    const t = nameTokens(n);
    const last = t[t.length - 1];
    return last && new RegExp(`(?<![a-z])${esc(last)}(?![a-z])`).test(folded);
  });
}

/** Every court the text names (ids), scanning the whole text with the caption look-up. */
function courtsNamed(text, findCourtInCaption) {
  const ids = new Set();
  if (/\bSupreme\s+Court\s+of\s+(?:the\s+)?United\s+States\b/i.test(text)) ids.add('scotus');
  let from = 0;
  for (let k = 0; k < 200; k++) {
    const hit = findCourtInCaption(text, from);
    if (!hit) break;
    ids.add(hit.court.id);
    from = Math.max(hit.span[1], from + 1);
  }
  return ids;
}

/**
 * One MANIFEST row against one Order. Returns `{ field: { ok, inText, gave } }` for each field the row
 * fills (and that can be scored: a court the table knows, a docket that is not a date, a judge that is a judge).
 */
export function scoreManifestRow(row, order, text, courts) {
  const v = (f) => (f && typeof f === 'object' && 'value' in f ? f.value : null);
  const out = {};
  if (row.court) {
    const want = courts.findCourtInCaption(row.court)?.court.id ?? courts.courtByCitationString(row.court)?.id ?? null;
    if (want) {
      const got = v(order.court)?.id ?? null;
      out.court = { ok: got === want, inText: courtsNamed(text, courts.findCourtInCaption).has(want), gave: got !== null };
    }
  }
  const dockets = manifestDockets(row.docket);
  if (dockets.length) {
    const got = (order.docketNumbers ?? []).map(v).filter(Boolean);
    out.docket = {
      ok: got.some((d) => dockets.some((w) => sameDocket(w, d.normalized) || sameDocket(w, d.printed))),
      inText: dockets.some((w) => docketPrinted(text, w)),
      gave: got.length > 0,
    };
  }
  if (row.date) {
    const want = row.date.slice(0, 10);
    const got = v(order.date);
    out.date = { ok: got === want, inText: datePrinted(text, want), gave: got !== null };
  }
  const names = row.judge ? judgeNames(row.judge) : [];
  if (names.length) {
    const got = v(order.judge)?.name ?? null;
    out.judge = { ok: got !== null && names.some((n) => sameName(n, got)), inText: judgePrinted(text, names), gave: got !== null };
  }
  return out;
}

/** Totals for one field: all rows; rows whose value is printed; rows whose value is not (null answers counted). */
export function manifestTotals(results) {
  const t = {};
  for (const r of results)
    for (const [f, x] of Object.entries(r)) {
      const a = (t[f] ??= { all: [0, 0], inText: [0, 0], absent: [0, 0], absentGave: 0 });
      a.all[1]++;
      if (x.ok) a.all[0]++;
      const b = x.inText ? a.inText : a.absent;
      b[1]++;
      if (x.ok) b[0]++;
      if (!x.inText && !x.ok && x.gave) a.absentGave++;
    }
  return t;
}

export function formatManifestTotals(t) {
  const pct = ([r, n]) => (n ? ((100 * r) / n).toFixed(1) : '  -  ').padStart(5);
  const lines = ['field        all rows              value printed in text   not printed: right / gave another value / null'];
  for (const [f, a] of Object.entries(t)) {
    const nulls = a.absent[1] - a.absent[0] - a.absentGave;
    lines.push(
      `${f.padEnd(12)} ${pct(a.all)}%  (${a.all[0]}/${a.all[1]})`.padEnd(34) +
        ` ${pct(a.inText)}%  (${a.inText[0]}/${a.inText[1]})`.padEnd(24) +
        ` ${a.absent[0]} / ${a.absentGave} / ${nulls}  (of ${a.absent[1]})`,
    );
  }
  return lines.join('\n');
}
