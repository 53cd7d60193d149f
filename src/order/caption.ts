/**
 * The caption: court, division, docket numbers, parties with roles, the document's title and the
 * case type. Reads only the head of the document (see `headEnd`) plus the signature block for the court.
 */
import type { Fact, Rule, RuleSet } from '../engine/types.js';
import { scanAll, resolveOverlaps } from '../engine/scan.js';
import { readColumns } from './caption-columns.js';
import { readFlatParties, readParties } from './caption-parties.js';
import { flatCaptionAt, readCourt, readFlatCourt } from './caption-court.js';
import { readCourtFromDocketShape, readCourtFromOwnCiteLine, readCourtFromOwnDocket, readCourtFromShortDistrictLine, readCourtFromSiteHeader } from './court-body.js';
import { courtById } from '../data/courts.js';
import { continueTitle, flatTitle, titleRules } from './caption-title.js';
import { belowCourtNumber, caseTypeFromText, caseTypeFromWords } from './case-type.js';
import { readEcfStamp } from './ecf-stamp.js';
import { foldOcrCaps } from './ocr-fold.js';
import { docketRules, normalizeDocket, type DocketValue } from './docket.js';
import { fact, titleCase, type ReadContext } from './text-util.js';
import type { DocketNumber, Order } from './types.js';

export type { CourtValue } from './caption-court.js';

/** Courts whose every case is one under review (see `CourtLevel`). */
const APPELLATE_LEVELS = new Set(['supreme', 'appellate', 'state-supreme', 'state-appellate']);
// The opening of an opinion that has no caption: "This appeal is from a judgment ..." · "This is an appeal from a
// general verdict" · "... brought to this court on an appeal from the judgment" · "... to which the defendant
// excepted and appealed."
const OPENING_APPEAL = /\b(?:this|an)\s+appeal\b|\bappeal(?:s|ed)?\s+from\b|\b(?:excepted|objected)\s+and\s+appealed\b|\bpreserved\s+(?:an\s+)?exception\s+and\s+appealed\b/i;
// The opening of an uncaptioned opinion that reviews a lower court's ruling "before us": "The challenge to the decree of
// the District Court presently before us ..." (both a lower court and "before us" must be there)
const LOWER_COURT = /\b(?:District|Superior|Circuit|County|Chancery|[Tt]rial|[Ll]ower)[ \t]+[Cc]ourt\b|\bcourt[ \t]+below\b/;
const BEFORE_US = /\b(?:presently[ \t]+)?before[ \t]+us\b/;
// The closing line of an uncaptioned opinion, a reviewing court's disposition alone: "Reversed." · "Judgment affirmed." ·
// "Exceptions overruled." · "Affirmed in part, reversed in part, and remanded."
const CLOSING_APPEAL = /^[ \t*_]*(?:(?:The[ \t]+)?(?:Judgment|Decree|Order)s?[ \t]+)?(?:Affirmed|Reversed|Vacated)\b[^\n]{0,80}$|^[ \t*_]*Exceptions[ \t]+(?:overruled|sustained)\b[^\n]{0,40}$/im;

// The label of a lower court's number, just before it: "LC No." · "L.T. Case No." · "Lower Court Case No." · "Trial Court No." ·
// "Super. Ct. No." · "Arapahoe County District Court No." · "D.C. Docket No." (not "UNITED STATES DISTRICT COURT Case No.")
const LOWER_COURT_LABEL = /\b(?:LC|L\.[ \t]?T\.|Lower[ \t]+(?:Court|Tribunal)|Trial[ \t]+Court|Super\.[ \t]+Ct\.|County[ \t]+(?:District|Circuit|Superior)[ \t]+Court|D\.[ \t]?C\.(?:[ \t]+Docket)?)(?:[ \t]+Case)?[ \t]+No\.?[ \t]*:?[ \t]*$/i;

export { titleRules } from './caption-title.js';

// A long caption line that lists parties ends with their role: "..., and Nurse Rita, Defendants." · "..., Appellees." ·
// "... and Carl Dee. Plaintiffs," (a stray period before the role) · "..., Defendants/Appellees-Appellees."
const PARTY_LIST_END = /[,.]\s*(?:et\s+al\.,?\s*)?(?:the\s+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Debtors?|Movants?|Intervenors?|Claimants?|Third-Party\s+Defendants?)(?:[-\s/](?:Appellants?|Appellees?|Petitioners?|Respondents?)){0,3}[.,;]?$/i;

// A long appearance line a case-law site prints above the title: "Ann Roe, Office of the U.S. Attorney, 1 Main St, Dayton, OH
// 45402, ann.roe@usdoj.gov, for Plaintiff." (the lawyers of a side, not the body's first paragraph)
const APPEARANCE_END = /,[ \t]*(?:(?:attorneys?|counsel)[ \t]+)?for[ \t]+(?:the[ \t]+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Debtors?|Movants?|Claimants?|United[ \t]+States(?:[ \t]+of[ \t]+America)?|Government)(?:[-\s/](?:Appellants?|Appellees?|Petitioners?|Respondents?)){0,3}\.?$/i;
const LAWYERISH = /@|\b(?:Esq|LLP|L\.L\.P|LLC|P\.C|Attorneys?|Defenders?|Office|Counsel|Law)\b|,[ \t]*[A-Z]{2}[ \t]+\d{5}\b/;
const appearanceLine = (line: string): boolean => APPEARANCE_END.test(line) && LAWYERISH.test(line);

// A publisher's notice above the caption: "NOTICE: Although citation of unpublished opinions ..." · "[EDITORS' NOTE: ...]"
// (a case-law site's summary of the case too: "Summary: MEMORANDUM DECISION ON MOTION FOR ... For over five years ...")
const HEADER_NOTICE = /^(?:NOTICE\b|Summary:|SUMMARY:|\[?\s*(?:EDITORS?'?|PUBLISHER'?S?)\s+NOTE\b|\[?\s*(?:NOT\s+FOR\s+PUBLICATION|UNPUBLISHED))/i;

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
    if (line.length > 320 && (PARTY_LIST_END.test(line) || appearanceLine(line))) cap = Math.min(text.length, cap + line.length);
    // A prose line (not a summary blurb before the caption) or a body opener ends the head.
    // A long line in capitals is a title, not prose: "DECISION ON APPLICATION OF THE UNITED STATES TRUSTEE FOR ...".
    if (seen > 1 && ((line.length > 320 && !PARTY_LIST_END.test(line) && !HEADER_NOTICE.test(line) && !appearanceLine(line) && /[a-z]{3,}/.test(line)) || /^(?:THIS MATTER|This matter|Before the Court|Pending before|Now before|Presently before|This case|This cause|The Court has|On [A-Z][a-z]+ \d)/.test(line))) return pos;
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

// Ordinals that number a state appellate district or division: "First" ... "Twentieth", "1st", "2d", "3rd".
const ORDINAL = String.raw`(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)|\d{1,2}(?:st|nd|rd|th|d))`;
const DISTRICT_DIVISION = String.raw`(${ORDINAL}[ \t]+(?:Appellate[ \t]+|Judicial[ \t]+)?District(?:,?[ \t]+(?:${ORDINAL}[ \t]+Division|Division[ \t]+(?:One|Two|Three|Four|Five|Six|Seven|Eight|\d{1,2})))?)`;

divisionRules.push({
  id: 'division/appellate-district',
  anchors: ['district'],
  // The district (and division) of a state intermediate appellate court, on its court line or the line below it:
  // "Appellate Court of Illinois, First District, FIFTH DIVISION." · "Court of Appeal, Second District, Division 3." ·
  // "Illinois Appellate Court  Second District." · "TENTH APPELLATE DISTRICT" under "COURT OF APPEALS OF OHIO"
  pattern: new RegExp(String.raw`^[ \t*_]*(?:[^\n]*\bCourt\b[^\n]*?(?:,[ \t]*|[ \t]+)|(?<=\bCourt\b[^\n]*\n(?:[ \t]*\n)?[ \t*_]*))${DISTRICT_DIVISION}(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?[ \t.,*_]*$`, 'gim'),
  parse: (m) => {
    const t = m[1];
    const start = m.index + m[0].lastIndexOf(t);
    return { value: titleCase(t.replace(/\s+/g, ' ').toUpperCase()), span: [start, start + t.length], confidence: 0.85 };
  },
  priority: 9,
  examples: [
    { text: 'Appellate Court of Illinois, First District, FIFTH DIVISION.' },
    { text: 'Court of Appeal, Second District, Division 3.' },
    { text: 'Illinois Appellate Court  Second District.' },
    { text: 'COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT' },
    { text: 'Court of Appeal, Fourth District, Division 1, California.' },
    { text: 'COURT OF APPEALS OF OHIO\n\nEIGHTH APPELLATE DISTRICT\nCOUNTY OF CUYAHOGA' },
  ],
  counterexamples: ['United States District Court, Eastern District of Texas', 'the Court of Appeals for the Second District held, in a later case, that'],
});

export const captionRuleSet: RuleSet<unknown> = { domain: 'order-caption', rules: [...(titleRules as Rule<unknown>[]), ...(divisionRules as Rule<unknown>[])] };

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

// Two numbers of one case joined by a slash, each with its type code: "1:03-CV-395/1:01-CR-145" (the civil number of a
// § 2255 motion and the criminal case it attacks)
const JOINED = /^(.*?\d[-\s]?(?:cv|cr|civ|crim)[-\s.]?\d+[^/]*)\/(\d[^/]*?(?:cv|cr|civ|crim)[-\s.]?\d+.*)$/i;

function splitJoined(x: { v: DocketValue; s: number }): Array<{ v: DocketValue; s: number }> {
  const j = JOINED.exec(x.v.printed);
  const a = j ? normalizeDocket(j[1], '') : null;
  const b = j ? normalizeDocket(j[2], '') : null;
  if (!j || !a?.type || !b?.type) return [x];
  return [{ v: a, s: x.s }, { v: b, s: x.s + j[1].length + 1 }];
}

// A print page's header: "Opinion", maybe a line (the docket), a date ("08-17-2021" · "2013-11-7")
const SITE_HEADER = /^[ \t]*Opinion[ \t]*\n(?:[^\n]{0,200}\n)?[ \t]*(?:\d{2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})[ \t]*(?:\n|$)/;

/** Where the header of a flattened caption ends (after the district's state and a division): -1 when it is not found. */
function flatHeaderEnd(ctx: ReadContext, courtName: string): number {
  const at = flatCaptionAt(ctx);
  const state = /\bDistrict of ([A-Z][A-Za-z .]+)$/.exec(courtName)?.[1];
  if (at < 0 || !state) return -1;
  const re = new RegExp(`^UNITED[ \\t]+STATES[ \\t]+(?:DISTRICT|BANKRUPTCY)[ \\t]+COURT[ \\t]+(?:FOR[ \\t]+)?(?:THE[ \\t]+)?(?:[A-Z]+[ \\t]+)?DISTRICT[ \\t]+OF[ \\t]+${state.toUpperCase().replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]+')}(?:[ \\t,]+(?:[A-Z][A-Z.'-]+[ \\t]+){1,2}?DIVISION\\b)?[ \\t,]*(?:[-=_*]{3,}[ \\t]*X?[ \\t]*)?`);
  const m = re.exec(ctx.text.slice(at, at + 300));
  return m ? at + m[0].length : -1;
}

export function readCaption(ctx: ReadContext): CaptionFacts {
  const head = ctx.text.slice(0, ctx.headEnd);
  const headLower = ctx.lower.slice(0, ctx.headEnd);
  // Docket numbers: on short caption lines only (a long line is prose that cites other cases).
  const shortLineHits = resolveOverlaps(scanAll(docketRules, head, headLower)).filter((h) => {
    const ls = head.lastIndexOf('\n', h.span[0]) + 1;
    let le = head.indexOf('\n', h.span[1]);
    if (le < 0) le = head.length;
    // (a Pennsylvania appellate number after "No." holds its shape in a caption run into one line)
    return le - ls <= 160 || (h.rule === 'docket/pa-appellate' && /\bNo\.[ \t]*$/.test(head.slice(Math.max(0, h.span[0] - 8), h.span[0])));
  });
  // The number of the court below, labelled as such, is not the case's own when the caption prints another:
  // "LC No. 16-001234-01-FC" · "L.T. Case No. 16-004123CF10A" · "Denver District Court No. 16CV1234"
  // (also a number right under "Petition for Review from the Superior Court ...")
  const ownHits = shortLineHits.filter((h) => !LOWER_COURT_LABEL.test(head.slice(Math.max(0, head.lastIndexOf('\n', h.span[0]) + 1, h.span[0] - 60), h.span[0])) && !belowCourtNumber(head, h.span[0]));
  const docketHits = ownHits.length ? ownHits : shortLineHits;
  const seen = new Set<string>();
  const docketNumbers: Fact<DocketNumber>[] = [];
  let type: DocketValue['type'] = null;
  let typeHit: (typeof docketHits)[number] | null = null;
  for (const h of docketHits) {
    // A list on one line ("Nos. 20-1234, 20-1235") gives each number its own fact.
    const items = [{ v: h.value, s: h.span[0] }, ...(h.value.also ?? []).map((x) => ({ v: x, s: h.span[0] + x.offset }))].flatMap(splitJoined);
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
  // No docket in the head: a Pennsylvania appellate number after "No." in the caption run into the first long line
  // ("... v. ANN ROE Appellant No. 987 WDA 2016 Appeal from the PCRA Order ...").
  if (!docketNumbers.length) {
    const win = ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd + 1500));
    const pa = scanAll(docketRules.filter((r) => r.id === 'docket/pa-appellate'), win, win.toLowerCase()).find((h) => /\bNo\.[ \t]*$/.test(win.slice(Math.max(0, h.span[0] - 8), h.span[0])));
    if (pa) {
      docketNumbers.push(fact(ctx, { printed: pa.value.printed, normalized: pa.value.normalized }, pa.span[0], pa.span[1], pa.rule, pa.confidence));
      docketHits.push(pa);
    }
    // (a letter opinion's letterhead run into one line: the numbers on its "Re:" line, "Re: Roe v. Doe; C.A. No. 4127-VCP")
    const letter = pa ? [] : scanAll(docketRules.filter((r) => r.id === 'docket/chancery-initials'), win, win.toLowerCase()).filter((h) => /\bRe:[^\n]{0,200}$/.test(win.slice(Math.max(0, h.span[0] - 220), h.span[0])));
    for (const h of letter.slice(0, 3)) {
      if (docketNumbers.some((d) => d.value.normalized === h.value.normalized)) continue;
      docketNumbers.push(fact(ctx, { printed: h.value.printed, normalized: h.value.normalized }, h.span[0], h.span[1], h.rule, h.confidence));
      docketHits.push(h);
    }
  }
  // No docket in the caption: the e-filing stamp atop the page names the case.
  if (!docketNumbers.length && ctx.original) {
    const stamp = readEcfStamp(ctx.original)?.docket;
    if (stamp) docketNumbers.push(stamp);
  }
  const court =
    readCourt(ctx) ??
    readFlatCourt(ctx) ??
    readCourtFromSiteHeader(ctx) ??
    readCourtFromShortDistrictLine(ctx) ??
    readCourtFromOwnCiteLine(ctx) ??
    readCourtFromOwnDocket(ctx, docketNumbers.map((d) => d.value.printed)) ??
    readCourtFromDocketShape(ctx, docketNumbers.map((d) => ({ printed: d.value.printed, span: d.span })));
  // A caption flattened into one long line: its labelled number within the next few hundred characters
  // ("... Defendant. ) ) No. CV 09-2326-PHX-MHM ORDER Currently pending ...").
  if (!docketNumbers.length && court?.rule === 'court/flattened-caption') {
    const at = flatCaptionAt(ctx);
    const window = ctx.text.slice(at, at + 900);
    // (a type code set apart, "No. CV 09-2326-PHX-MHM", read joined; same length, so spans hold)
    const joined = window.replace(/(?<=\bNo\.?[ \t]*)(CV|CR|CIV)[ \t](?=\d)/g, '$1-');
    const hit = at >= 0 ? scanAll(docketRules, joined, joined.toLowerCase()).find((h) => h.rule === 'docket/labelled') : undefined;
    const printed = hit ? window.slice(hit.span[0], hit.span[1]) : '';
    const norm = hit ? normalizeDocket(printed, 'No.') ?? hit.value : null;
    if (hit && norm) docketNumbers.push(fact(ctx, { printed, normalized: norm.normalized }, at + hit.span[0], at + hit.span[1], 'docket/flattened-caption', 0.7));
    if (hit && !type && hit.value.type) type = hit.value.type;
    if (hit && hit.value.type) typeHit = { ...hit, span: [at + hit.span[0], at + hit.span[1]] };
  }
  // Still none: a caption run into one line with the court's name last ("... Petitioner, No. C 08-1234 ABC (PR) ORDER
  // GRANTING ... IN THE UNITED STATES DISTRICT COURT FOR ..."): the number before the court's name.
  let numberBeforeCourt: { s: number; e: number } | null = null;
  if (!docketNumbers.length && court?.rule === 'court/flattened-caption') {
    const at = flatCaptionAt(ctx);
    const from = Math.max(0, at - 600);
    const before = ctx.text.slice(from, at);
    const hit = at > 0 ? scanAll(docketRules.filter((r) => r.id === 'docket/letter-number-judge'), before, before.toLowerCase())[0] : undefined;
    if (hit) {
      docketNumbers.push(fact(ctx, { printed: hit.value.printed, normalized: hit.value.normalized }, from + hit.span[0], from + hit.span[1], hit.rule, hit.confidence));
      numberBeforeCourt = { s: from + hit.span[1], e: at };
      if (!type && hit.value.type) {
        type = hit.value.type;
        typeHit = { ...hit, span: [from + hit.span[0], from + hit.span[1]] };
      }
    }
  }
  // Still none: a typed federal number, unlabelled, in the flattened caption after the court's name ("... DIVISION 3:11-CV-110
  // ANNY ROE, ) ) Plaintiff ..." · "... Defendants. ) ) ) 8:08CV448 ORDER ..." · ": 12 Civ. 6010 (JMF) (GWG) -v.- :")
  if (!docketNumbers.length && court?.rule === 'court/flattened-caption') {
    const at = flatCaptionAt(ctx);
    const window = at >= 0 ? ctx.text.slice(at, at + 900) : '';
    const bare = FLAT_BARE_NUMBER.exec(window);
    const norm = bare ? normalizeDocket(bare[1], '') : null;
    if (bare && norm) {
      const s0 = at + bare.index + bare[0].indexOf(bare[1]);
      docketNumbers.push(fact(ctx, { printed: bare[1], normalized: norm.normalized }, s0, s0 + bare[1].length, 'docket/flattened-caption-bare', 0.65));
      if (!type && norm.type) {
        type = norm.type;
        typeHit = { rule: 'docket/flattened-caption-bare', value: norm, span: [s0, s0 + bare[1].length], confidence: 0.65, priority: 10 } as (typeof docketHits)[number];
      }
    }
  }
  // Still none: the page header that the text layer ran into the body, the number with the assigned judge after it
  // ("... listed eight categories of Case No. 1:08-cv-907 Hon. Ann B. Roe 1 documents ..."): typed numbers only.
  if (!docketNumbers.length && court?.rule === 'court/flattened-caption') {
    const header = /\bCase[ \t]+No\.[ \t]*(\d{1,2}:\d{2}-(?:cv|cr|CV|CR)-\d{1,6}(?:-[A-Z]{2,4})*)[ \t]+Hon(?:\.|orable)[ \t]+[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){1,3}[ \t]+\d{1,3}\b/.exec(ctx.text.slice(0, 8000));
    const norm = header ? normalizeDocket(header[1], 'Case No.') : null;
    if (header && norm) {
      const s0 = header.index + header[0].indexOf(header[1]);
      docketNumbers.push(fact(ctx, { printed: header[1], normalized: norm.normalized }, s0, s0 + header[1].length, 'docket/page-header', 0.7));
      if (!type && norm.type) {
        type = norm.type;
        typeHit = { rule: 'docket/page-header', value: norm, span: [s0, s0 + header[1].length], confidence: 0.7, priority: 10 } as (typeof docketHits)[number];
      }
    }
  }
  const columns = readColumns(ctx);
  const read = readParties(ctx, columns);
  let parties = read.parties;
  const caseName = read.caseName;
  // A caption flattened into one line: its parties after the court's header, when no caption line gave any, or when
  // only a site's short title above did and the caption names the same parties more fully ("Roe v. Poe" over "ANN ROE,
  // Plaintiff, v. KARL POE, Defendant.").
  if (court?.rule === 'court/flattened-caption') {
    const from = flatHeaderEnd(ctx, court.value.name);
    const flat = from >= 0 ? readFlatParties(ctx, from) : [];
    const fuller =
      flat.length === 2 && parties.length === 2 &&
      parties.every((p, i) => p.value.role === flat[i].value.role && flat[i].value.name.toLowerCase().includes(p.value.name.toLowerCase())) &&
      parties.some((p, i) => flat[i].value.name.length > p.value.name.length);
    // (or a site's title above the caption gave them: the caption prints the names and roles in full)
    const atOrig = ctx.toOriginal(Math.max(0, flatCaptionAt(ctx)));
    const aboveOnly = parties.length > 0 && parties.every((p) => p.rule === 'party/caption-versus' && p.span[1] <= atOrig && p.span[0] < 200);
    if (flat.length === 2 && (!parties.length || fuller || aboveOnly)) parties = flat;
  }
  let caseType: Order['caseType'] = null;
  // "UNITED STATES BANKRUPTCY APPELLATE PANEL" · "Court of Appeals of Kansas." opening a header line
  const appellate = /^[ \t*_]*(?:IN\s+THE\s+)?(?:UNITED\s+STATES\s+)?(?:COURT\s+OF\s+APPEALS|BANKRUPTCY\s+APPELLATE\s+PANEL)\b/im.exec(head);
  if (court && /^ca(?:\d+|dc|fed)$/.test(court.value.id) && docketNumbers[0]) {
    caseType = { value: 'appeal', span: court.span, rule: 'case-type/appellate-court', confidence: 0.9 };
  } else if (court && court.rule !== 'court/signature-block' && APPELLATE_LEVELS.has(courtById(court.value.id)?.level ?? '')) {
    // A state supreme or intermediate court, or the Supreme Court, named in the caption: every case it decides is
    // one under review ("Court of Appeals of Kentucky." · "Supreme Court of Illinois." · "Appellate Division").
    caseType = { value: 'appeal', span: court.span, rule: 'case-type/appellate-court', confidence: 0.85 };
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
  // The stamp's code, or a minutes heading ("CRIMINAL MINUTES - GENERAL"), outranks a guess from the parties.
  const weak = !caseType || caseType.rule === 'case-type/parties';
  const minutes = /\b(CIVIL|CRIMINAL)[ \t]+MINUTES\b/.exec(head);
  if (weak && stamped && stampType) caseType = { value: stampType, span: stamped.span, rule: 'case-type/docket-code', confidence: 0.8 };
  else if (weak && minutes) caseType = fact(ctx, minutes[1] === 'CIVIL' ? 'civil' : 'criminal', minutes.index, minutes.index + minutes[0].length, 'case-type/minutes', 0.85);
  // No court printed, but the caption styles the parties as appellant and appellee: a case under review.
  const reviewRole = parties.find((p) => /\bappell(?:ant|ee)\b/i.test(p.value.role));
  if ((!caseType || caseType.rule === 'case-type/parties') && reviewRole && !court) {
    caseType = { value: 'appeal', span: reviewRole.span, rule: 'case-type/appellate-roles', confidence: 0.7 };
  }
  // No caption at all (an opinion served from its first paragraph): the opening says it is an appeal.
  if (!caseType && !court && !docketNumbers.length && !parties.length) {
    const openingText = ctx.text.slice(0, 700);
    const opening = OPENING_APPEAL.exec(openingText) ?? (LOWER_COURT.test(openingText) ? BEFORE_US.exec(openingText) : null);
    const tailAt = Math.max(0, ctx.text.length - 600);
    const closing = opening ? null : CLOSING_APPEAL.exec(ctx.text.slice(tailAt));
    if (opening) caseType = fact(ctx, 'appeal', opening.index, opening.index + opening[0].length, 'case-type/opening-appeal', 0.6);
    else if (closing) {
      const at = tailAt + closing.index + closing[0].search(/\S/);
      caseType = fact(ctx, 'appeal', at, tailAt + closing.index + closing[0].trimEnd().length, 'case-type/closing-appeal', 0.6);
    }
  }
  // Still nothing and no court (or only the one a docket's shape tells): the docket's shape, a bench line, the opening, or
  // the vocabulary of the text.
  if ((!court || court.rule === 'court/docket-shape') && (!caseType || caseType.rule === 'case-type/parties')) {
    const read = caseTypeFromText(ctx, docketNumbers);
    // (a guess from the parties yields only to an appellate docket or bench line)
    if (read && (!caseType || read.rule === 'case-type/appellate-docket' || read.rule === 'case-type/bench-line')) caseType = read;
  }
  // A district court named, but no docket and no parties kept: the vocabulary of the text ("the government's motion to
  // revoke the order of release", "Defendant was indicted").
  if (!caseType && court && court.rule !== 'court/signature-block' && courtById(court.value.id)?.level === 'district' && !docketNumbers.length && !parties.length) {
    caseType = caseTypeFromWords(ctx);
  }
  // A state trial court named, its caption telling the side of the court: "CIVIL DIVISION" · "CIVIL ACTION - LAW" ·
  // "CRIMINAL DIVISION" (a division or an action's kind, in capitals, on a caption line)
  if (!caseType && court && courtById(court.value.id)?.level === 'state-trial') {
    const side = /^[^\n]{0,120}?\b(CIVIL|CRIMINAL)[ \t]+(?:DIVISION|ACTION|TERM|SECTION|PART)\b/m.exec(head);
    if (side) {
      const at = side.index + side[0].lastIndexOf(side[1]);
      caseType = fact(ctx, side[1] === 'CIVIL' ? 'civil' : 'criminal', at, side.index + side[0].length, 'case-type/caption-side', 0.8);
    }
  }
  const divisionHit = scanAll(divisionRules, head, headLower)[0];
  let division = divisionHit ? fact(ctx, divisionHit.value, divisionHit.span[0], divisionHit.span[1], divisionHit.rule, divisionHit.confidence) : null;
  // A caption flattened into one line: the division right after the district's state ("... WESTERN DISTRICT OF MICHIGAN
  // SOUTHERN DIVISION EQUAL EMPLOYMENT ...").
  if (!division && court?.rule === 'court/flattened-caption') {
    const state = /\bDistrict of ([A-Z][A-Za-z .]+)$/.exec(court.value.name)?.[1];
    const at = flatCaptionAt(ctx);
    if (state && at >= 0) {
      const re = new RegExp(`\\bDISTRICT[ \\t]+OF[ \\t]+${state.toUpperCase().replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]+')}[ \\t,]+((?:[A-Z][A-Z.'-]+[ \\t]+){1,2}?DIVISION)\\b`);
      const m = re.exec(ctx.text.slice(at, at + 400));
      if (m && !/\b(?:OF|THE|FOR)\b/.test(m[1])) {
        const s0 = at + m.index + m[0].lastIndexOf(m[1]);
        division = fact(ctx, titleCase(m[1].replace(/\s+/g, ' ')), s0, s0 + m[1].length, 'division/flattened-caption', 0.8);
      }
    }
  }
  // Title: prefer one after the caption's docket/parties, then upper case, then the first.
  const captionEnd = Math.max(0, ...docketHits.map((h) => h.span[1]));
  // Titles are matched on an OCR-folded copy of the head ("MEMORANDUM OPlNlON" reads "MEMORANDUM OPINION").
  const titleHead = foldOcrCaps(head);
  const titles = titleHead === head ? scanAll(titleRules, head, headLower) : scanAll(titleRules, titleHead, titleHead.toLowerCase());
  let title: Order['title'] = null;
  let bestScore = -Infinity;
  let titleHit: (typeof titles)[number] | null = null;
  // A paper that is itself a motion gives its name only when nothing in capitals names the order.
  const strong = titles.some((h) => h.rule !== 'title/motion-paper' && h.confidence >= 0.85);
  for (const h of titles) {
    if (strong && h.rule === 'title/motion-paper') continue;
    // A note on precedential value is no title: "NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37"
    if (/^NON-?\s?PRECEDENTIAL\b/i.test(h.value)) continue;
    // A case-law site's print header opens with the word "Opinion" above the docket and the date ("Opinion\n357609\n
    // 08-17-2021"): the site's label for every page, not the paper's title.
    if (h.span[0] < 16 && /^opinion$/i.test(h.value) && SITE_HEADER.test(ctx.text)) continue;
    // A bare "PER CURIAM" line names the author; it is the title only when nothing else is.
    const score = (h.span[0] >= captionEnd ? 2 : 0) + (h.confidence >= 0.9 ? 1 : 0) - (/^per\s+curiam$/i.test(h.value) ? 3 : 0);
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
  // A caption flattened into one line: the title inside it, after the court's name.
  // (over a shorter title of the site's docket text above it: "ORDER Disregarding 35 Motion ..." -> "ORDER")
  if (court?.rule === 'court/flattened-caption') {
    const at = flatCaptionAt(ctx);
    const flat = at >= 0 ? flatTitle(ctx.text.slice(at, at + 1500)) : null;
    if (flat && (!title || (title.span[0] < ctx.toOriginal(at) && flat[0].length > title.value.length))) title = fact(ctx, flat[0], at + flat[1], at + flat[2], 'title/flattened-caption', 0.7);
  }
  // The title between that number and the court's name ("No. C 08-1234 ABC (PR) ORDER GRANTING MOTION TO DISMISS IN
  // THE UNITED STATES DISTRICT COURT ...").
  if (!title && numberBeforeCourt) {
    const seg = ctx.text.slice(numberBeforeCourt.s, numberBeforeCourt.e).replace(/[ \t]+IN[ \t]+THE[ \t]*$/, (x) => ' '.repeat(x.length));
    const flat = flatTitle(seg);
    if (flat && flat[1] < 12) title = fact(ctx, flat[0], numberBeforeCourt.s + flat[1], numberBeforeCourt.s + flat[2], 'title/flattened-caption', 0.7);
  }
  // No title in the head: a title run into the first section of the body on the line that ends the head ("DECISION and
  // ORDER INTRODUCTION Ann Roe commenced ...").
  if (!title) {
    // (or a Pennsylvania author line, "MEMORANDUM BY ROE, J.:", in the caption run into one long line)
    const runIn = titleRules.filter((r) => r.id === 'title/run-in-heading' || r.id === 'title/memorandum-by');
    const win = ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd + 1500));
    const hit = scanAll(runIn, win, win.toLowerCase()).find((h) => h.span[0] >= ctx.headEnd - 2 && (h.rule === 'title/memorandum-by' || h.span[0] < ctx.headEnd + 300));
    if (hit) title = fact(ctx, hit.value, hit.span[0], hit.span[1], hit.rule, hit.confidence);
  }
  // No title in the head: the title line right under the writing judge's line that closes a long appearances block
  // ("Hon. Ann Roe, United States District Judge :\nMEMORANDUM-DECISION AND ORDER").
  if (!title) {
    const under = TITLE_UNDER_JUDGE.exec(ctx.text.slice(0, 8000));
    if (under) {
      const s = under.index + under[0].lastIndexOf(under[1]);
      title = fact(ctx, under[1].replace(/\s+/g, ' '), s, s + under[1].length, 'title/under-judge-line', 0.8);
    }
  }
  // A case-law site's section label "Opinion" over its header (number, date) is no title when the paper's own title follows
  // in capitals: "Opinion\nNo. C99-2073 MJM.\nMarch 6, 2001.\nORDER and OPINION I. INTRODUCTION" · "2255 MEMORANDUM OPINION"
  // (also when the label gave no title: the paper's own title under the site header)
  if (!title || title.value === 'Opinion') {
    // (in reading-text offsets: the label's line end; the label opens its line or ends a "Summary of this case from" line)
    const label = /(?:^|\n|\S)Opinion[ \t]*(?=\n[^\n]{1,60}\n[ \t]*(?:\d{2}-\d{2}-\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})\.?[ \t]*\n)/.exec(ctx.text.slice(0, 3000));
    const from = label ? label.index + label[0].length : ctx.text.length;
    const own = SITE_TITLE_AFTER.exec(ctx.text.slice(from, from + 400));
    if (own) {
      const at = from + own.index + own[0].indexOf(own[1]);
      title = fact(ctx, own[1].replace(/\s+/g, ' ').trim(), at, at + own[1].trimEnd().length, 'title/under-site-label', 0.75);
    }
  }
  // (the docket entries a title names after it are no part of its name: "... MOTION TO COMPEL ECF NO. 36" · "... (COMPASSIONATE
  // RELEASE) [ECF" where the line broke the cite)
  if (title) {
    const cut = TITLE_ENTRY_TAIL.exec(title.value);
    if (cut && cut.index > 5) {
      // (the span ends where the same tail starts in the printed words, which may be spaced otherwise than the value)
      const printed = (ctx.original ?? ctx.text).slice(title.span[0], title.span[1]);
      const pcut = TITLE_ENTRY_TAIL.exec(printed);
      const end = pcut && pcut.index > 0 ? title.span[0] + pcut.index : title.span[1];
      title = { ...title, value: title.value.slice(0, cut.index), span: [title.span[0], end] };
    }
  }
  return { court, division, docketNumbers, caseType, parties, caseName, title };
}

// A title in capitals on a line of its own (connectives may be lower case), maybe run into the first heading: "ORDER and
// OPINION I. INTRODUCTION" · "2255 MEMORANDUM OPINION" · "ON MOTION FOR REHEARING"
const SITE_TITLE_AFTER = /\n[ \t]*((?:\d{4}[ \t]+)?(?:ORDER|MEMORANDUM|OPINION|DECISION|RULING|JUDGMENT|ON[ \t]+MOTION)\b(?:[ \t]+(?:[A-Z0-9][A-Z0-9,'’&:().-]*|and|of|on|to|re|the|for))*?)(?=[ \t]+(?:[IVX]+\.|(?:INTRODUCTION|BACKGROUND)\b)|[ \t]*\n)/;
// A federal number's typed shapes, set apart by spaces or column marks: "3:11-CV-110" · "8:08CV448" · "12 Civ. 6010 (JMF)"
const FLAT_BARE_NUMBER = /(?:^|[ \t):])(\d{1,2}:\d{2}-?(?:cv|cr|CV|CR|mc|MC)-?\d{1,6}(?:-[A-Z]{2,4})*|\d{2}[ \t]+(?:Civ|Cr|Crim|CIV|CR|CRIM)\.?[ \t]+\d{2,5}(?:[ \t]+\([A-Z]{2,4}\))*)(?=[ \t,.;:)]|$)/;
const TITLE_ENTRY_TAIL = /[ \t,]*[\[(]?[ \t]*(?:Re:?[ \t]*)?(?:ECF|DOC|DKT|DOCKET|D\.[ \t]?[IE]\.)\b\.?(?:[ \t]*(?:NOS?\.?|ENTRY|ENTRIES)?[ \t]*\d[\d, &-]*)?[ \t]*[\])]?[ \t.]*$/i;

// A title in capitals alone on the line under a judge's line ending in a colon: "..., United States District Judge :\n
// MEMORANDUM-DECISION AND ORDER" · "Hon. Karl Poe, Magistrate Judge:\nREPORT AND RECOMMENDATION" · "ANN ROE, District
// Judge:\nDECISION AND ORDER"
const TITLE_UNDER_JUDGE = /\b(?:Judge|JUDGE)[ \t]*:[ \t]*\n[ \t]*((?:MEMORANDUM|OPINION|ORDER|DECISION|RULING|REPORT|JUDGMENT)\b[-A-Z0-9 ,'’&().]{0,200}?)[ \t.:]*\n/;
