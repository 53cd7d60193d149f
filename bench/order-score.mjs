/**
 * Scoring of readOrder output against hand labels (golden files of test/golden/order, MANIFEST.csv
 * metadata, cr-orders labels). Plain ESM so both the vitest scorer and bench/order-accuracy.mjs use it.
 * A label lists only the fields it asserts; `null` asserts that the document has none.
 */

const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .toLowerCase();

/** `Harold H. Greene` -> ['harold', 'greene'] (initials and suffixes dropped). */
export function nameTokens(s) {
  return fold(s)
    .replace(/[^a-z' -]+/g, ' ')
    .split(/[\s-]+/)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter((t) => t.length > 1 && !['jr', 'sr', 'ii', 'iii', 'iv', 'hon', 'honorable', 'judge', 'the'].includes(t));
}

/**
 * The judges a metadata field names, as separate names: `MR. JUSTICE FRASER.` -> ['FRASER'];
 * `Katzmann and Hall, Circuit Judges, and Jones` -> ['Katzmann', 'Hall', 'Jones']; `WILLIAMS, C. J. (after ...)` -> ['WILLIAMS'].
 * A field that names no judge (an Attorney General's opinion) gives [].
 */
export function judgeNames(field) {
  let s = String(field ?? '').replace(/<[^>]*>/g, ' ');
  if (/\battorney\s+general\b/i.test(s)) return [];
  s = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bdelivered\b.*$/i, ' ')
    .replace(/^.*?\b(?:for\s+the\s+[A-Z][\w ]*?\s+)?by\s+/i, ' ')
    .replace(/,?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4}/gi, ' ')
    .replace(/\b(?:Mr|Mrs|Ms)\.?\s/gi, ' ')
    .replace(/\b(?:Chief|Presiding|Senior|Associate|Circuit|District|Magistrate|Bankruptcy|Justices?|Judges?|Chairman|Commissioner|Magistrate|Concur(?:s|ring)?|Dissent(?:s|ing)?|Opinion|Per\s+Curiam|Before|Hon\.?|Honorable)\b/gi, ' ')
    .replace(/\b(?:C\.\s?J|P\.\s?J|J\.\s?J|JJ|J)\.?(?=[\s,;:]|$)/g, ' ');
  return s
    .split(/[,;:]|\band\b/i)
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => nameTokens(x).length > 0);
}

/** Every significant token of the expected name occurs in the actual name. */
export function sameName(expected, actual) {
  const want = nameTokens(expected);
  const got = new Set(nameTokens(actual));
  return want.length > 0 && want.every((t) => got.has(t));
}

/** Digit groups without leading zeros: `1:17-CR-00085-MOC` -> ['1','17','85']. */
export function docketDigits(s) {
  return (String(s ?? '').match(/\d+/g) ?? []).map((d) => String(Number(d)));
}

/**
 * Same docket number when the digit groups agree, allowing the actual to add an office prefix
 * (`1:94-cv-00182` for `94 cv 182`) or a trailing suffix (`97-7111-13` for `97-7111`).
 */
export function sameDocket(expected, actual) {
  const e = docketDigits(expected);
  const a = docketDigits(actual);
  if (e.length === 0 || a.length === 0) return false;
  // A four-digit year against the two digits the court prints (`2013-0704` for `13-cv-00704`).
  const yy = (d) => (d.length > 1 && /^(?:19|20)\d\d$/.test(d[0]) ? [String(Number(d[0].slice(2))), ...d.slice(1)] : null);
  if (yy(e) && sameDocketDigits(yy(e), a)) return true;
  if (yy(a) && sameDocketDigits(e, yy(a))) return true;
  // One run of digits against the same digits printed in groups (`2498024` for `2498-02-4`).
  const run = (x) => String(x ?? '').replace(/\D/g, '');
  if ((e.length === 1 || a.length === 1) && e.length !== a.length && run(expected) === run(actual) && run(expected).length >= 5) return true;
  return sameDocketDigits(e, a);
}

function sameDocketDigits(e, a) {
  for (let off = 0; off <= 1; off++) {
    const a2 = a.slice(off);
    const e2 = e.length > a2.length && off === 0 ? e.slice(e.length - a2.length) : e;
    if (e2.length >= 2 && e2.length <= a2.length && e2.every((d, i) => a2[i] === d)) return true;
  }
  return e.join('-') === a.join('-');
}

const normText = (s) => fold(s).replace(/[^a-z0-9§]+/g, ' ').trim();
// (the docket entries a title names after it, "... TO COMPEL [ECF No. 36]", are the motion's docEntry, scored there: labels
// written from the same kind of page keep them or leave them out)
const normTitle = (s) => normText(s.replace(/[\s,]*[[(]?\s*(?:Re:?\s*)?(?:ECF|DOC|DKT|DOCKET|D\.\s?[IE]\.)\b\.?(?:\s*(?:NOS?\.?|ENTRY|ENTRIES)?\s*\d[\d, &-]*)?\s*[\])]?[\s.]*$/i, ''));
const normDivision = (s) => normText(s).replace(/\bdivision\b/g, '').trim();
const normJudgeTitle = (s) => normText(s).replace(/\b(united|states?|us|u s|the|honorable)\b/g, ' ').replace(/\s+/g, ' ').trim();

function roleWords(r) {
  return new Set(fold(r).split(/[^a-z]+/).filter(Boolean).map((w) => w.replace(/s$/, '')));
}
function sameRole(expected, actual) {
  const a = roleWords(actual);
  return [...roleWords(expected)].some((w) => a.has(w));
}
function samePartyName(expected, actual) {
  const e = normText(expected);
  const a = normText(actual);
  return e.length > 0 && a.length > 0 && (a.includes(e) || e.includes(a) || sameName(expected, actual));
}

const val = (fact) => (fact && typeof fact === 'object' && 'value' in fact ? fact.value : fact ?? null);

/**
 * Compare an Order (readOrder's record) to labels. Returns `{ field: boolean }` for every field
 * the labels assert (motion fields once per labelled motion, as `field#i`).
 */
export function scoreOrder(labels, order, options = {}) {
  const r = {};
  // A label set with a smaller vocabulary of kinds (cr-orders) files every other kind under `other`.
  const kindOf = (k) => (options.kinds && k !== null && !options.kinds.has(k) ? 'other' : k);
  const has = (k) => Object.prototype.hasOwnProperty.call(labels, k);
  if (has('court')) r.court = (val(order.court)?.id ?? null) === labels.court;
  if (has('division')) {
    const got = val(order.division);
    r.division = labels.division === null ? got === null : got !== null && normDivision(got) === normDivision(labels.division);
  }
  if (has('docketNumbers')) {
    const got = (order.docketNumbers ?? []).map(val).filter(Boolean);
    r.docket =
      labels.docketNumbers.length === 0
        ? got.length === 0
        : labels.docketNumbers.every((d) => got.some((g) => sameDocket(d.normalized ?? d.printed, g.normalized) || sameDocket(d.printed, g.printed)));
  }
  if (has('caseType')) r.caseType = (val(order.caseType) ?? null) === labels.caseType;
  if (has('parties')) {
    const got = (order.parties ?? []).map(val).filter(Boolean);
    r.parties = labels.parties.every((p) => got.some((g) => sameRole(p.role, g.role) && samePartyName(p.name, g.name)));
  }
  if (has('title')) {
    const got = val(order.title);
    r.title = labels.title === null ? got === null : got !== null && normTitle(got) === normTitle(labels.title);
  }
  if (has('judge')) {
    const got = val(order.judge);
    if (labels.judge === null) r.judge = got === null;
    else {
      r.judge = got !== null && sameName(labels.judge.name, got.name);
      if (labels.judge.title !== undefined) r.judgeTitle = got !== null && normJudgeTitle(got.title) === normJudgeTitle(labels.judge.title);
    }
  }
  if (has('date')) {
    const got = order.date ?? null;
    if (labels.date === null) r.date = got === null;
    else {
      r.date = got !== null && val(got) === labels.date.value;
      if (labels.date.kind) r.dateKind = got !== null && got.kind === labels.date.kind;
    }
  }
  if (has('motions')) {
    const got = (order.motions ?? []).map((m) => ({
      kind: kindOf(val(m.kind)),
      docEntry: val(m.docEntry),
      movant: val(m.movant),
      proSe: val(m.proSe),
      disposition: val(m.disposition),
    }));
    if (labels.motions.length === 0) r.noMotions = got.length === 0;
    const used = new Set();
    labels.motions.forEach((want, i) => {
      // Pair with the first unused motion of the same kind (and entry, when labelled; else movant, when labelled).
      let j = got.findIndex((g, k) => !used.has(k) && g.kind === want.kind && (want.docEntry === undefined || String(g.docEntry) === want.docEntry));
      // Cross-motions of one kind and no entries: pair by movant when both sides are labelled.
      if (want.docEntry === undefined && want.movant !== undefined) {
        const jm = got.findIndex((g, k) => !used.has(k) && g.kind === want.kind && String(want.movant).split('|').includes(g.movant));
        if (jm >= 0) j = jm;
      }
      if (j < 0) j = got.findIndex((g, k) => !used.has(k) && g.kind === want.kind);
      if (j < 0 && want.docEntry !== undefined) j = got.findIndex((g, k) => !used.has(k) && String(g.docEntry) === want.docEntry);
      const g = j >= 0 ? got[j] : null;
      if (j >= 0) used.add(j);
      r[`motionKind#${i}`] = g !== null && g.kind === want.kind;
      if (want.disposition !== undefined) r[`disposition#${i}`] = g !== null && g.disposition === want.disposition;
      // `defendant|government`: either answer is right (the United States as a civil defendant).
      // (`unknown`: a filer of no listed side, an intervenor or a probation office; the reader's answer is no movant)
      if (want.movant !== undefined) r[`movant#${i}`] = g !== null && String(want.movant).split('|').some((w) => w === g.movant || (w === 'unknown' && g.movant === null));
      if (want.proSe !== undefined) r[`proSe#${i}`] = g !== null && g.proSe === want.proSe;
      if (want.docEntry !== undefined) r[`docEntry#${i}`] = g !== null && String(g.docEntry) === want.docEntry;
    });
  }
  return r;
}

/** Add one document's results into per-field totals: { field: { right, total } }. */
export function tally(totals, result) {
  for (const [k, ok] of Object.entries(result)) {
    const field = k.replace(/#\d+$/, '');
    const t = (totals[field] ??= { right: 0, total: 0 });
    t.total++;
    if (ok) t.right++;
  }
  return totals;
}

export function formatTotals(totals) {
  return Object.entries(totals)
    .map(([f, t]) => `${f.padEnd(12)} ${((100 * t.right) / t.total).toFixed(1).padStart(5)}%  (${t.right}/${t.total})`)
    .join('\n');
}

/** cr-orders vocabulary -> courtreader's. */
export const CR_MOTION_KIND = { home_confinement_only: 'home_confinement' };
export const CR_DISPOSITION = { dismissed_lack_of_jurisdiction: 'dismissed' };
/** The motion kinds cr-orders labels (ours); any other kind we read is its `other`. */
export const CR_KINDS = new Set(['compassionate_release', 'home_confinement', 'sentence_reduction_3582c2', 'fsa_404', 'section_2255', 'appoint_counsel', 'reconsideration', 'other']);

/** One cr-orders label line -> golden-style labels (fields it has), or null motions when truncated. */
export function labelsFromCrOrder(line, courtIdOf) {
  const labels = {};
  if (line.docket_number) labels.docketNumbers = [{ printed: line.docket_number, normalized: line.docket_number }];
  if (line.decision_date) labels.date = { value: line.decision_date };
  // "JOHN C. NIVISON, Magistrate Judge." -> the name alone
  if (line.judge) labels.judge = { name: judgeNames(line.judge)[0] ?? line.judge };
  if (line.court) {
    const id = courtIdOf(line.court);
    if (id) labels.court = id;
  }
  if (line.doc_title) labels.title = line.doc_title;
  const motions = [];
  for (const m of line.motions ?? []) {
    if (m.disposition === 'unknown_truncated') continue;
    const want = { kind: CR_MOTION_KIND[m.type] ?? m.type, disposition: CR_DISPOSITION[m.disposition] ?? m.disposition };
    if (m.movant === 'defendant_pro_se') Object.assign(want, { movant: 'defendant', proSe: true });
    else if (m.movant === 'defendant_counsel') Object.assign(want, { movant: 'defendant', proSe: false });
    else if (m.movant && m.movant !== 'unknown') want.movant = m.movant;
    motions.push(want);
  }
  if (motions.length) labels.motions = motions;
  return labels;
}
