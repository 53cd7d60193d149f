/**
 * The caption: court, division, docket numbers, parties with roles, the document's title and the
 * case type. Reads only the head of the document (see `headEnd`) plus the signature block for the court.
 */
import type { Fact, Rule, RuleSet } from '../engine/types.js';
import { scanAll, resolveOverlaps } from '../engine/scan.js';
import { readColumns, type ColumnCaption } from './caption-columns.js';
import { readCourt } from './caption-court.js';
import { readCourtFromOwnDocket } from './court-body.js';
import { continueTitle, titleRules } from './caption-title.js';
import { readEcfStamp } from './ecf-stamp.js';
import { foldOcrCaps } from './ocr-fold.js';
import { docketRules, normalizeDocket, type DocketValue } from './docket.js';
import { fact, linesIn, squash, titleCase, trimmed, type Line, type ReadContext } from './text-util.js';
import type { DocketNumber, Order } from './types.js';

export type { CourtValue } from './caption-court.js';
export { titleRules } from './caption-title.js';

// A long caption line that lists parties ends with their role: "..., and Nurse Rita, Defendants." · "..., Appellees." ·
// "... and Carl Dee. Plaintiffs," (a stray period before the role) · "..., Defendants/Appellees-Appellees."
const PARTY_LIST_END = /[,.]\s*(?:et\s+al\.,?\s*)?(?:the\s+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Debtors?|Movants?|Intervenors?|Claimants?|Third-Party\s+Defendants?)(?:[-\s/](?:Appellants?|Appellees?|Petitioners?|Respondents?)){0,3}[.,;]?$/i;

// A publisher's notice above the caption: "NOTICE: Although citation of unpublished opinions ..." · "[EDITORS' NOTE: ...]"
const HEADER_NOTICE = /^(?:NOTICE\b|\[?\s*(?:EDITORS?'?|PUBLISHER'?S?)\s+NOTE\b|\[?\s*(?:NOT\s+FOR\s+PUBLICATION|UNPUBLISHED))/i;

/** Where the caption ends: the first body paragraph (a long line or a "THIS MATTER" opener). */
export function findHeadEnd(text: string): number {
  let cap = Math.min(text.length, 6000);
  let pos = 0;
  let seen = 0;
  while (pos < cap) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    const line = text.slice(pos, e).trim();
    if (line.length > 0) seen++;
    // Long party lists do not use up the caption's length budget.
    if (line.length > 320 && PARTY_LIST_END.test(line)) cap = Math.min(text.length, cap + line.length);
    // A prose line (not a summary blurb before the caption) or a body opener ends the head.
    // A long line in capitals is a title, not prose: "DECISION ON APPLICATION OF THE UNITED STATES TRUSTEE FOR ...".
    if (seen > 1 && ((line.length > 320 && !PARTY_LIST_END.test(line) && !HEADER_NOTICE.test(line) && /[a-z]{3,}/.test(line)) || /^(?:THIS MATTER|This matter|Before the Court|Pending before|Now before|Presently before|This case|This cause|The Court has|On [A-Z][a-z]+ \d)/.test(line))) return pos;
    pos = e + 1;
  }
  return Math.min(text.length, Math.max(pos, 0));
}

// ---- division --------------------------------------------------------------------------------

export const divisionRules: Rule<string>[] = [
  {
    id: 'division/caption-line',
    anchors: ['division'],
    // "ASHEVILLE DIVISION" · "Southern Division" · "CHARLOTTE DIVISION"
    pattern: /^[ \t*_]*((?:[A-Z][A-Za-z.'-]+[ \t]){1,3}DIVISION)\b[ \t*_,]*$/gim,
    parse: (m) => {
      const t = m[1];
      if (/\b(?:the|of|this)\b/i.test(t)) return null;
      const start = m.index + m[0].indexOf(t);
      return { value: titleCase(t.replace(/\s+/g, ' ').toUpperCase()), span: [start, start + t.length], confidence: 0.95 };
    },
    priority: 10,
    examples: [{ text: 'ASHEVILLE DIVISION', expect: undefined }, 'Southern Division'],
    counterexamples: ['the Criminal Division of the Department'],
  },
];

const PART_NAMES: Record<string, string> = { N: 'Northern', S: 'Southern', E: 'Eastern', W: 'Western', C: 'Central', M: 'Middle' };

divisionRules.push({
  id: 'division/court-line',
  anchors: ['court'],
  // The division at the end of a reporter's court line: "United States District Court, M.D. Alabama, Southern Division." ·
  // "District Court, N. D. Illinois, E. D." (the abbreviation after the state is the division)
  pattern: /^[^\n]*\bCourt\b[^\n]*?,[ \t]*((?:[A-Z][A-Za-z.'-]+[ \t]){1,3}Division|[NSEWCM]\.[ \t]?D\.)[ \t.]*$/gm,
  parse: (m) => {
    const t = m[1];
    const start = m.index + m[0].lastIndexOf(t);
    const abbr = /^([NSEWCM])\./.exec(t);
    if (abbr && !/,[^,\n]*,[ \t]*[NSEWCM]\.[ \t]?D\.[ \t.]*$/.test(m[0])) return null;
    const value = abbr ? `${PART_NAMES[abbr[1]]} Division` : titleCase(t.replace(/\s+/g, ' ').toUpperCase());
    return { value, span: [start, start + t.length], confidence: 0.85 };
  },
  priority: 8,
  examples: [
    { text: 'United States District Court, M.D. Alabama, Southern Division.', expect: undefined },
    { text: 'District Court, N. D. Illinois, E. D.' },
  ],
  counterexamples: ['United States District Court, S.D. New York.', 'United States District Court, E. D.'],
});

export const captionRuleSet: RuleSet<unknown> = { domain: 'order-caption', rules: [...(titleRules as Rule<unknown>[]), ...(divisionRules as Rule<unknown>[])] };

// ---- parties ---------------------------------------------------------------------------------

// "Plaintiff" · "Defendants-Appellants" · "Plaintiff-Appellant" · "Appellants-Cross-Appellees" · "Petitioner/Appellant"
const ROLE_WORD = '(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|debtors?|movants?|claimants?|intervenors?|creditors?|trustees?|counterclaimants?|counter-defendants?)';
const ROLE_RE = new RegExp(`^(?:cross-)?${ROLE_WORD}(?:[-/](?:cross-)?${ROLE_WORD})*\\b[.,;]?$`, 'i');
const VS_LINE = /^(?:v\.?|vs\.?|versus|-\s*v\.?\s*-|–\s*v\.?\s*–|-\s*vs\.?\s*-|-\s*against\s*-|against)$/i;
const HEADER_LINE = /\b(?:COURT|DISTRICT|DIVISION|CIRCUIT|DOCKET|CASE\s+NO|No\.|Nos\.|CRIMINAL|CIVIL|ACTION|SECTION|ORDER|OPINION|MEMORANDUM|Chapter)\b/i;

interface CapLine extends Line {}

/** Caption lines with the right-hand column (after ")" "§" "|" ":") cut off; a two-column block gives its left pieces. */
function captionLines(ctx: ReadContext, columns: ColumnCaption | null): CapLine[] {
  const all = linesIn(ctx.text, 0, ctx.headEnd);
  const lines = columns ? [...all.filter((l) => l.end <= columns.start), ...columns.left, ...all.filter((l) => l.start > columns.end)] : all;
  return lines.map((l) => {
    // The right-hand column starts at ")" "§" "|" "]" or a wide gap, or at a docket label beside the name
    // ("DENNIS B. ROE, Case No. 2:18-cv-10166").
    // Also a title beside the name ("Bainbridge Fund LTD, ORDER") and a docket label beside the role ("Plaintiff - Appellee, Docket No. 25-1686").
    const cut = l.text.search(
      /\s*(?:\)|§|\||\])(?:\s|$)|\s{6,}\S|,?\s+(?=(?:Case|Civil\s+Action|Criminal\s+Action|Civil|Criminal|Misc\.?|Docket)\s+No\b)|,?\s+(?=(?:MEMORANDUM\s+)?(?:ORDER|OPINION|JUDGMENT)(?:\s+AND\s+[A-Z]+)?\s*$)/,
    );
    const text = cut >= 0 ? l.text.slice(0, cut) : l.text;
    return trimmed({ start: l.start, end: l.start + text.length, text });
  });
}

// The unnamed defendants after a named one: "ROE; and DOES 1 through 10, inclusive" · "ROE, and DOES 1-50" · "ROE, DOES 1 to 5"
const DOES_TAIL = /[,;]?\s+(?:and\s+)?(?:DOES|Does)\s+\d+\b.*$/;

function cleanName(s: string): string {
  return squash(s).replace(DOES_TAIL, '').replace(/^[,;:\s]+|[,;:\s]+$/g, '').replace(/,?\s+et\s+al\.?$/i, '').replace(/[.,]$/, '');
}

function roleOf(word: string): string {
  const w = word.toLowerCase().replace(/[.,;]$/, '');
  // "plaintiff-appellant" -> "appellant" (the role on appeal); "appellants/cross-appellees" -> "appellee"
  if (/[-/]/.test(w)) return w.split(/[-/]/).pop()!.replace(/s$/, '');
  return w.replace(/s$/, '');
}

function readParties(ctx: ReadContext, columns: ColumnCaption | null): { parties: Fact<{ role: string; name: string }>[]; caseName: Fact<string> | null } {
  const lines = captionLines(ctx, columns);
  const parties: Fact<{ role: string; name: string }>[] = [];
  let inRe: Fact<string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // "UNITED STATES OF AMERICA, v. HECTOR GONZALEZ, Defendant." on one line
    const inline = /^(.{3,120}?),?\s+(?:v\.|vs\.?|versus)\s+(.{3,160}?)(?:,\s*([A-Za-z]+(?:\s*[-/]\s*[A-Za-z]+)*)\.?)?$/.exec(l.text);
    // "v. Civil Action No. 11-cv-01564 (BAH)" · "v. JUDGMENT": the "v." with the right column beside it
    const vsBeside = /^(?:v\.?|vs\.?)\s+(?=(?:Civil|Criminal|Case|No\.|Cause|Docket|Misc|JUDGMENT|ORDER|MEMORANDUM|OPINION)\b)/i.test(l.text);
    if (VS_LINE.test(l.text) || vsBeside || (inline && !HEADER_LINE.test(l.text.replace(/\bUnited States\b/gi, '')) && /^[A-Z]/.test(inline[1]) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(l.text))) {
      let left: { s: number; e: number; name: string; role: string | null } | null = null;
      let right: { s: number; e: number; name: string; role: string | null } | null = null;
      if (!VS_LINE.test(l.text) && !vsBeside && inline) {
        const s1 = l.start + l.text.indexOf(inline[1]);
        const s2 = l.start + l.text.lastIndexOf(inline[2]);
        const role3 = inline[3]?.replace(/\s*([-/])\s*/g, '-');
        const r2 = role3 && ROLE_RE.test(role3) ? roleOf(role3) : null;
        left = { s: s1, e: s1 + inline[1].length, name: inline[1], role: null };
        right = { s: s2, e: s2 + inline[2].length, name: r2 ? inline[2] : inline[2] + (inline[3] ? ', ' + inline[3] : ''), role: r2 };
      } else {
        left = collect(lines, i, -1);
        right = collect(lines, i, +1);
      }
      if (!left || !right) continue;
      const lname = titleCase(cleanName(left.name));
      const rname = titleCase(cleanName(right.name));
      if (!lname || !rname) continue;
      const isUS = /^United States(?: of America)?$/i.test(lname);
      const lrole = left.role ?? (isUS ? 'plaintiff' : 'plaintiff');
      const rrole = right.role ?? 'defendant';
      parties.push(fact(ctx, { role: lrole, name: lname }, left.s, left.e, 'party/caption-versus', left.role ? 0.95 : 0.8));
      parties.push(fact(ctx, { role: rrole, name: rname }, right.s, right.e, 'party/caption-versus', right.role ? 0.95 : 0.8));
      const short = (n: string): string => (/^United States of America$/i.test(n) ? 'United States' : n.replace(/,.*$/, ''));
      const caseName = inRe ?? fact(ctx, `${short(lname)} v. ${short(rname)}`, left.s, right.e, 'party/caption-versus', 0.9);
      return { parties, caseName };
    }
    // "In re: )" alone on its line, the name below it: "In Re: )\n\nALLEN ROE, LLC, ) Case No. ...\n\nDebtor. )"
    if (!inRe && /^In\s+(?:re|the\s+Matter\s+of):?$/i.test(l.text)) {
      const below = collect(lines, i, +1);
      const name = below ? titleCase(cleanName(below.name)) : '';
      if (below && name) {
        parties.push(fact(ctx, { role: below.role ?? 'subject', name }, below.s, below.e, 'party/in-re', 0.85));
        inRe = fact(ctx, `In re ${name}`, l.start, below.e, 'party/in-re', 0.85);
      }
      continue;
    }
    // "In re: JANE ROE, Debtor."
    const re = /^In\s+(?:re|the\s+Matter\s+of):?\s+(.{2,120}?)(?:,\s*([A-Za-z-]+)\.?)?$/i.exec(l.text);
    if (re) {
      let role = re[2] && ROLE_RE.test(re[2]) ? roleOf(re[2]) : null;
      let name = re[2] && !role ? `${re[1]}, ${re[2]}` : re[1];
      if (!role) {
        const next = lines.slice(i + 1, i + 4).find((x) => ROLE_RE.test(x.text));
        if (next) role = roleOf(next.text);
      }
      const s = l.start + l.text.indexOf(re[1]);
      name = titleCase(cleanName(name));
      if (inRe) continue;
      parties.push(fact(ctx, { role: role ?? 'subject', name }, s, s + re[1].length, 'party/in-re', 0.9));
      // An adversary proceeding names its own parties below the "In re" line: keep reading.
      inRe = fact(ctx, `In re ${name}`, l.start, l.end, 'party/in-re', 0.9);
    }
  }
  return { parties, caseName: inRe };
}

/** The first party of a long list: cut at the first comma, semicolon, "d/b/a" or "and" once the name is long. */
function firstParty(t: string): string {
  if (t.length <= 60) return t;
  const m = /,|;|\s+d\/b\/a\b|\s+and\s+|\s+\(/.exec(t.slice(3));
  return m ? t.slice(0, m.index + 3) : t;
}

/** Gather a party name from the lines before (dir -1) or after (dir +1) the "v." line, with its role word. */
function collect(lines: CapLine[], at: number, dir: 1 | -1): { s: number; e: number; name: string; role: string | null } | null {
  const names: CapLine[] = [];
  let role: string | null = null;
  for (let j = at + dir, steps = 0; j >= 0 && j < lines.length && steps < 8; j += dir, steps++) {
    const t = lines[j].text;
    if (!t) {
      if (names.length && dir === 1 && role) break;
      continue;
    }
    // Above the "v.": a rule line or an "In re" line ends the party; a role line above collected names is another party's.
    if (dir === -1 && (/^[_=*-]{5,}$/.test(t) || /^In\s+(?:re|the\s+Matter\s+of)\b/i.test(t))) {
      if (names.length || /^In\s/i.test(t)) break;
      continue;
    }
    // "Plaintiff," · "Petitioner - Appellant,"
    const roleText = t.replace(/\s*([-/])\s*/g, '$1');
    if (ROLE_RE.test(roleText)) {
      if (dir === 1) {
        role = roleOf(roleText);
        break;
      }
      if (names.length) break;
      role ??= roleOf(roleText);
      continue;
    }
    // A trailing role after the name: "JOHN DOE, Defendant." · "JOHN DOE, Petitioner - Appellant" · a long list
    // "L. REID, K. COOPER, ..., Defendants." (first named party kept). Such a line is a party line whatever words it holds.
    const tail = /^(.*?),\s*([A-Za-z]+(?:\s*[-/]\s*[A-Za-z]+)*)\.?,?$/.exec(t);
    if (tail && ROLE_RE.test(tail[2].replace(/\s*([-/])\s*/g, '$1').replace(/\//g, '-'))) {
      if (dir === -1 && names.length) break;
      role = roleOf(tail[2].replace(/\s*([-/])\s*/g, '$1').replace(/\//g, '-'));
      const name = firstParty(tail[1]);
      const cut = { ...lines[j], end: lines[j].start + name.length, text: name };
      if (dir === 1) names.push(cut);
      else names.unshift(cut);
      if (dir === 1) break;
      continue;
    }
    // A second "v." (a third-party caption) ends the party; so do, above a name, a clerk's stamp ("JOHN ROE\nCLERK") and
    // a court's initials left of a docket label ("D.C. Docket No. ...").
    if (VS_LINE.test(t)) break;
    // Below a service member's name, the service: "Airman Basic ROE\nUnited States Air Force".
    if (names.length && /^(?:United\s+States\s+)?(?:Air\s+Force|Army|Navy|Marine\s+Corps|Coast\s+Guard)$/i.test(t)) break;
    if (names.length && (/^[A-Z .,'-]*\bCLERK$/.test(t) || /^(?:[A-Z]\.\s?){1,3}$/.test(t))) break;
    // OCR noise beside the caption ("t t > la~7O"): no word of three letters, stray marks or hardly any letters.
    if (!/[A-Za-z]{3}/.test(t) && (/[~<>{}^|\\\]\[]/.test(t) || (t.match(/[A-Za-z]/g)?.length ?? 0) <= 4) && !ROLE_RE.test(t)) continue;
    // A judge or docket line in the left column ("Judge Beryl A. Howell", "Case No. 1:15-cv-01039") is no party.
    if (/^(?:(?:Hon\.|Honorable|Judge)\s+[A-Z]|(?:Case|Civil|Criminal|Civ\.|Crim\.|Docket|Misc\.?|No\.)[^\n]*\d)/.test(t)) continue;
    // The line right after "v." is a party even when long or numbered: "David GOLDSTEIN d/b/a Wayne Manor Apartments and ..."
    if (dir === 1 && names.length === 0 && (t.length > 90 || /\d{2}/.test(t)) && !HEADER_LINE.test(t)) {
      const name = firstParty(t);
      names.push({ ...lines[j], end: lines[j].start + name.length, text: name });
      continue;
    }
    // The line right above a role line is that party's name even with a header word in it ("DISTRICT TITLE,"),
    // unless it names a court or its parts.
    const namedAboveRole = dir === -1 && names.length === 0 && role !== null && t.length <= 90 && !/\b(?:COURT|DISTRICT\s+OF|DIVISION|CIRCUIT|No\.)/i.test(t);
    if (!namedAboveRole && HEADER_LINE.test(t) && !/^(?:THE\s+)?UNITED STATES(?: OF AMERICA)?,?$/i.test(t)) break;
    if (t.length > 90 || /\d{2}/.test(t)) break;
    if (dir === 1) names.push(lines[j]);
    else names.unshift(lines[j]);
    if (names.length >= 3) break;
  }
  if (names.length === 0) return null;
  return { s: names[0].start, e: names[names.length - 1].end, name: names.map((n) => n.text).join(' '), role };
}

// ---- all together ----------------------------------------------------------------------------

export interface CaptionFacts {
  court: Order['court'];
  division: Order['division'];
  docketNumbers: Fact<DocketNumber>[];
  caseType: Order['caseType'];
  parties: Order['parties'];
  caseName: Fact<string> | null;
  title: Order['title'];
}

export function readCaption(ctx: ReadContext): CaptionFacts {
  const head = ctx.text.slice(0, ctx.headEnd);
  const headLower = ctx.lower.slice(0, ctx.headEnd);
  // Docket numbers: on short caption lines only (a long line is prose that cites other cases).
  const docketHits = resolveOverlaps(scanAll(docketRules, head, headLower)).filter((h) => {
    const ls = head.lastIndexOf('\n', h.span[0]) + 1;
    let le = head.indexOf('\n', h.span[1]);
    if (le < 0) le = head.length;
    return le - ls <= 160;
  });
  const seen = new Set<string>();
  const docketNumbers: Fact<DocketNumber>[] = [];
  let type: DocketValue['type'] = null;
  let typeHit: (typeof docketHits)[number] | null = null;
  for (const h of docketHits) {
    // A list on one line ("Nos. 20-1234, 20-1235") gives each number its own fact.
    const items = [{ v: h.value, s: h.span[0] }, ...(h.value.also ?? []).map((x) => ({ v: x, s: h.span[0] + x.offset }))];
    for (const { v, s } of items) {
      if (seen.has(v.normalized)) continue;
      seen.add(v.normalized);
      docketNumbers.push(fact(ctx, { printed: v.printed, normalized: v.normalized }, s, s + v.printed.length, h.rule, h.confidence));
    }
    if (!type && h.value.type) {
      type = h.value.type;
      typeHit = h;
    }
  }
  // No docket in the caption: the e-filing stamp atop the page names the case.
  if (!docketNumbers.length && ctx.original) {
    const stamp = readEcfStamp(ctx.original)?.docket;
    if (stamp) docketNumbers.push(stamp);
  }
  const court = readCourt(ctx) ?? readCourtFromOwnDocket(ctx, docketNumbers.map((d) => d.value.printed));
  const columns = readColumns(ctx);
  const { parties, caseName } = readParties(ctx, columns);
  let caseType: Order['caseType'] = null;
  // "UNITED STATES BANKRUPTCY APPELLATE PANEL" · "Court of Appeals of Kansas." opening a header line
  const appellate = /^[ \t*_]*(?:IN\s+THE\s+)?(?:UNITED\s+STATES\s+)?(?:COURT\s+OF\s+APPEALS|BANKRUPTCY\s+APPELLATE\s+PANEL)\b/im.exec(head);
  if (court && /^ca(?:\d+|dc|fed)$/.test(court.value.id) && docketNumbers[0]) {
    caseType = { value: 'appeal', span: court.span, rule: 'case-type/appellate-court', confidence: 0.9 };
  } else if (appellate) {
    const at = appellate.index + appellate[0].search(/\S/);
    caseType = fact(ctx, 'appeal', at, appellate.index + appellate[0].length, 'case-type/appellate-words', 0.85);
  } else if (type && typeHit) {
    caseType = fact(ctx, type, typeHit.span[0], typeHit.span[1], 'case-type/docket-code', 0.9);
  } else {
    const bk = /\bChapter\s+(?:7|9|11|12|13|15)\b|\bBankruptcy\s+(?:Court|Case)\b|^[ \t]*In\s+(?:re|the\s+Matter\s+of)\b[^\n]*,\s*Debtors?\b/im.exec(head);
    if (bk) caseType = fact(ctx, 'bankruptcy', bk.index, bk.index + bk[0].length, 'case-type/bankruptcy-words', 0.85);
    else if (parties.length >= 2) {
      // No docket code: the government against a named person with no "Plaintiff" in the caption is a prosecution;
      // parties styled plaintiff/defendant or petitioner/respondent otherwise make a civil case.
      const [left, right] = parties;
      const gov = /^(?:The\s+)?(?:United\s+States(?:\s+of\s+America)?|State\s+of\s+\w+|People\s+of\s+the\s+State\s+of\s+\w+|Commonwealth\s+of\s+\w+)$/i.test(left.value.name);
      const criminal = gov && right.value.role === 'defendant' && !/\bPlaintiffs?\b/.test(head);
      caseType = { value: criminal ? 'criminal' : 'civil', span: left.span, rule: 'case-type/parties', confidence: 0.6 };
    }
  }
  // The stamp's type code when nothing else told the case type: "Case 2:19-cr-00595-CAS Document 123 ..."
  const stamped = docketNumbers.length === 1 && docketNumbers[0].rule === 'docket/ecf-stamp' ? docketNumbers[0] : null;
  const stampType = stamped ? normalizeDocket(stamped.value.printed, '')?.type : null;
  if (!caseType && stamped && stampType) caseType = { value: stampType, span: stamped.span, rule: 'case-type/docket-code', confidence: 0.8 };
  const divisionHit = scanAll(divisionRules, head, headLower)[0];
  const division = divisionHit ? fact(ctx, divisionHit.value, divisionHit.span[0], divisionHit.span[1], divisionHit.rule, divisionHit.confidence) : null;
  // Title: prefer one after the caption's docket/parties, then upper case, then the first.
  const captionEnd = Math.max(0, ...docketHits.map((h) => h.span[1]));
  // Titles are matched on an OCR-folded copy of the head ("MEMORANDUM OPlNlON" reads "MEMORANDUM OPINION").
  const titleHead = foldOcrCaps(head);
  const titles = titleHead === head ? scanAll(titleRules, head, headLower) : scanAll(titleRules, titleHead, titleHead.toLowerCase());
  let title: Order['title'] = null;
  let bestScore = -1;
  let titleHit: (typeof titles)[number] | null = null;
  // A paper that is itself a motion gives its name only when nothing in capitals names the order.
  const strong = titles.some((h) => h.rule !== 'title/motion-paper' && h.confidence >= 0.85);
  for (const h of titles) {
    if (strong && h.rule === 'title/motion-paper') continue;
    const score = (h.span[0] >= captionEnd ? 2 : 0) + (h.confidence >= 0.9 ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      titleHit = h;
    }
  }
  if (columns?.title) {
    // A title read from the right-hand column of a two-column caption, whole.
    title = fact(ctx, columns.title.value, columns.title.start, columns.title.end, 'title/right-column', 0.85);
  } else if (titleHit) {
    const [value, end] = continueTitle(titleHead, titleHit.value, titleHit.span[1]);
    // A footnote mark glued to the title's last word: "ORDER AND JUDGMENT1" · "OPINION*"
    const mark = /(?<=[A-Z]{3})(?:\d{1,2}|\*{1,3}|†)$/.exec(value);
    title = mark && end === titleHit.span[1]
      ? fact(ctx, value.slice(0, mark.index), titleHit.span[0], end - mark[0].length, titleHit.rule, titleHit.confidence)
      : fact(ctx, value, titleHit.span[0], end, titleHit.rule, titleHit.confidence);
  }
  return { court, division, docketNumbers, caseType, parties, caseName, title };
}
