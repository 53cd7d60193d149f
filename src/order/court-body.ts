/**
 * The issuing court from the body, when neither the caption nor the signature block names it: the
 * words that tie the case to this court ("a grand jury in the Eastern District of Texas returned an
 * indictment", "jurisdiction ... was transferred to the District of Kansas", "Pursuant to E.D. Mich.
 * LR 7.1"). Citations to other courts' decisions never count. Lower confidence than the caption.
 */
import type { Rule, RuleSet } from '../engine/types.js';
import { scanAll } from '../engine/scan.js';
import { courtByCitationString, courtById, findCourtInCaption } from '../data/courts.js';
import { guessCourt } from './court-names.js';
import { parseDate } from './date-parse.js';
import { fact, type ReadContext } from './text-util.js';
import type { Order } from './types.js';

interface BodyCourt {
  id: string;
  name: string;
  abbreviation: string;
}

const DISTRICT = '(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\\s+)?District\\s+of\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?';

// (the first of the pattern's groups that matched, from `group` on: a rule's alternatives each capture the district)
const fromPhrase = (m: RegExpExecArray, group: number) => {
  const phrase = m.slice(group).find((g) => g !== undefined);
  if (!phrase) return null;
  const g = guessCourt(phrase);
  if (!g || g.id.endsWith('b')) return null;
  const start = m.index + m[0].lastIndexOf(phrase);
  return { value: { id: g.id, name: g.name, abbreviation: g.abbreviation }, span: [start, start + phrase.length] as [number, number], confidence: 0.6 };
};

export const courtBodyRules: Rule<BodyCourt>[] = [
  {
    id: 'court/body-grand-jury',
    anchors: ['grand jury', 'indicted', 'information'],
    // "a grand jury in the Eastern District of Texas returned an Indictment" · "was indicted in the District of Maryland" ·
    // "a Western District of Ohio grand jury charged him" (the district as the grand jury's adjective)
    pattern: new RegExp(`\\b(?:grand\\s+jury|indicted|information\\s+(?:was\\s+)?filed)\\s+(?:sitting\\s+)?(?:in|for)\\s+the\\s+(${DISTRICT})|\\b(?:a|an|the)\\s+(${DISTRICT})\\s+(?:federal\\s+)?grand\\s+jury\\b`, 'g'),
    parse: (m) => fromPhrase(m, 1),
    priority: 10,
    examples: [
      { text: 'a grand jury in the Eastern District of Texas returned an Indictment', expect: { id: 'txed' } },
      { text: 'In May 2021, a Western District of Ohio grand jury charged him', expect: { id: 'ohwd' } },
    ],
    counterexamples: ['a court in the Eastern District of Texas held', 'a Western District of Ohio jury convicted him'],
  },
  {
    id: 'court/body-venue',
    anchors: ['elsewhere', 'committed in', ', the defendant', ', defendant'],
    // An indictment's venue words, quoted in the order: "in the Southern District of Iowa and elsewhere" · "the following
    // overt act was committed in the District of Utah" · "in the Eastern District of Ohio, JANE ROE, the defendant, ..."
    pattern: new RegExp(
      `\\b(?:in|within)\\s+the\\s+(${DISTRICT})\\s+and\\s+elsewhere,?\\s+(?:the\\s+)?(?:[Dd]efendants?\\b|[A-Z]{2,}\\b)|\\b(?:act|acts)\\s+(?:was|were)\\s+committed\\s+in\\s+the\\s+(${DISTRICT})|\\b(?:in|within)\\s+the\\s+(${DISTRICT}),\\s+(?:[A-Z][A-Z.'-]*\\s+){1,4}[A-Z][A-Z.'-]+,\\s+(?:the\\s+)?defendant\\b`,
      'g',
    ),
    parse: (m) => fromPhrase(m, 1),
    priority: 10,
    examples: [
      { text: 'in the Southern District of Iowa and elsewhere, the defendant did conspire', expect: { id: 'iasd' } },
      { text: 'the following overt act was committed in the District of Utah:', expect: { id: 'utd' } },
      { text: 'in the Eastern District of Ohio, JANE Q. ROE, the defendant, knowingly did', expect: { id: 'ohed' } },
    ],
    counterexamples: ['he lived in the Eastern District of Ohio, Jane Roe, his sister, said', 'cases in the District of Utah and elsewhere have held'],
  },
  {
    id: 'court/body-transferred-here',
    anchors: ['transferred to'],
    // "jurisdiction over his supervised release was transferred to the District of Kansas"
    pattern: new RegExp(`\\b(?:jurisdiction|supervision|supervised\\s+release|case)\\b[^.\\n]{0,80}?\\btransferred\\s+to\\s+the\\s+(${DISTRICT})`, 'g'),
    parse: (m) => fromPhrase(m, 1),
    priority: 10,
    examples: [{ text: 'jurisdiction over his supervised release was transferred to the District of Kansas', expect: { id: 'ksd' } }],
    counterexamples: ['he was transferred to FCI Butner'],
  },
  {
    id: 'court/body-local-rule',
    anchors: ['lr', 'l.r', 'local', 'civ. r', 'civ.r', 'cr. r', 'crim. r'],
    // "Pursuant to E.D. Mich. LR 7.1(f)(2)" · "D. Md. Local Rule 105.6" · "S.D.N.Y. Local Civil Rule 6.3" · "D. Conn. L. Civ. R. 56"
    pattern: /\b((?:[NSEWMC]\.\s?D\.|D\.)\s?(?:[A-Z][a-z]+\.|[A-Z]\.[A-Z]\.)(?:\s?[A-Z][a-z]*\.)?)\s+(?:L\.?\s?R\.?|L\.?\s?(?:Cr(?:im)?|Civ)\.?\s?R\.?|Local\s+(?:Criminal\s+|Civil\s+)?Rule)\s*\d/g,
    parse: (m) => {
      const c = courtByCitationString(m[1]);
      if (!c) return null;
      return { value: { id: c.id, name: c.name, abbreviation: c.citationString }, span: [m.index, m.index + m[1].length], confidence: 0.6 };
    },
    priority: 10,
    examples: [{ text: 'Pursuant to E.D. Mich. LR 7.1(f)(2), the Court', expect: { id: 'mied' } }],
    counterexamples: ['E.D. Mich. 2020'],
  },
  {
    id: 'court/body-local-rules-of',
    anchors: ['local'],
    // The local rules named by their court: "Rule 140 of the Local Rules of the United States District Court, Eastern
    // District of California" · "the Local Civil Rules of the United States District Court for the District of Oregon"
    pattern: new RegExp(`\\bLocal\\s+(?:Civil\\s+|Criminal\\s+)?Rules?\\s+(?:of\\s+Practice\\s+)?(?:of|for)\\s+the\\s+United\\s+States\\s+District\\s+Court,?\\s+(?:for\\s+the\\s+)?(${DISTRICT})`, 'g'),
    parse: (m) => fromPhrase(m, 1),
    priority: 10,
    examples: [
      { text: 'Rule 140 of the Local Rules of the United States District Court, Eastern District of California', expect: { id: 'caed' } },
      { text: 'the Local Civil Rules of the United States District Court for the District of Oregon', expect: { id: 'ord' } },
    ],
    counterexamples: ['the Local Rules of this Court'],
  },
  {
    id: 'court/body-district-practice',
    anchors: ['policy in', 'practice in'],
    // The court's own district's practice, stated as such: "The settled practice in the District of Nebraska is
    // not to stay discovery" · "the practice in the Northern District of Iowa is to ..."
    pattern: new RegExp(`\\b[Tt]he\\s+(?:general\\s+|settled\\s+|established\\s+|long-?standing\\s+)?(?:policy|practice)\\s+in\\s+the\\s+(${DISTRICT})\\b`, 'g'),
    parse: (m) => fromPhrase(m, 1),
    priority: 10,
    examples: [
      { text: 'The settled practice in the District of Nebraska is to decide such motions on the papers', expect: { id: 'ned' } },
      { text: 'the practice in the Northern District of Iowa is to', expect: { id: 'iand' } },
    ],
    counterexamples: ['a policy in the District of Kansas prison'],
  },
  {
    id: 'court/body-tax-court',
    anchors: ['tax court'],
    // The Tax Court speaking of itself and its rules: "The Tax Court is a court of limited jurisdiction" · "Rule 13(a), Tax
    // Court Rules of Practice and Procedure" · "Tax Court Rule 121" (a court reviewing it speaks of "the Tax Court's
    // decision": `readCourtFromBody` drops the hit then)
    pattern: /\bThe\s+Tax\s+Court\s+is\s+a\s+court\s+of\s+limited\s+jurisdiction\b|\bTax\s+Court\s+Rules\s+of\s+Practice\s+and\s+Procedure\b|\bTax\s+Court\s+Rule\s+\d/g,
    parse: (m) => byId('tax', m.index, m.index + m[0].length),
    priority: 10,
    examples: [
      { text: 'The Tax Court is a court of limited jurisdiction, and its powers are those a statute gives it.', expect: { id: 'tax' } },
      { text: 'See Rule 121(b), Tax Court Rules of Practice and Procedure.', expect: { id: 'tax' } },
    ],
    counterexamples: ['the Tax Court held that the deficiency was timely'],
  },
  {
    id: 'court/body-justice-presiding',
    anchors: ['j.p.', 'j. p.'],
    // A New York Appellate Division bench line, its presiding justice marked "J.P." (Justice Presiding): "PRESENT: ROE,
    // J.P., DOE, POE, AND LOE, JJ." · "Before: Roe, J.P., Doe, Poe, JJ." (the Appellate Term's lines read alike:
    // `readCourtFromBody` drops the hit when the text names that court)
    pattern: /^[ \t]*(?:PRESENT|Present|BEFORE|Before)[ \t]*:?[ \t]+[^\n]{2,60}?,[ \t]*J\.[ \t]?P\.,[^\n]*\bJJ\./gm,
    parse: (m) => byId('nyappdiv', m.index, m.index + m[0].length),
    priority: 10,
    examples: [{ text: 'PRESENT: ROE, J.P., DOE, POE, AND LOE, JJ.', expect: { id: 'nyappdiv' } }],
    counterexamples: ['the mother of J.P., and the children, JJ. Roe', 'PRESENT: HON. JANE ROE, J.S.C.'],
  },
];

const byId = (id: string, s: number, e: number) => {
  const c = courtById(id);
  return c ? { value: { id: c.id, name: c.name, abbreviation: c.citationString }, span: [s, e] as [number, number], confidence: 0.6 } : null;
};

export const courtBodyRuleSet: RuleSet<BodyCourt> = { domain: 'order-court-body', rules: courtBodyRules };

// An appellate opinion's own voice: "Mr. Justice Roe delivered the opinion of the Court." · "PER CURIAM." opening the text ·
// "We granted certiorari". There the district named in the body is the court below, never the issuing court.
const APPELLATE_VOICE = /\bdelivered\s+the\s+opinion\s+of\s+the\s+Court\b|\bWe\s+granted\s+(?:the\s+(?:writ|petition)|certiorari)\b|^\s*Per\s+Curiam\b/i;

// A court of appeals reviewing the Tax Court: "appeals from the Tax Court's decision" · "the Tax Court's order dismissing"
const REVIEWS_TAX_COURT = /\bappeal(?:s|ed)?\s+(?:pro\s+se\s+)?from\s+(?:a\s+decision\s+of\s+)?the\s+(?:United\s+States\s+)?Tax\s+Court\b|\bTax\s+Court['’]s\s+(?:decision|order|judgment|denial|dismissal|ruling)\b/i;

/** The first body statement that ties the case to a district court, or null (never in an appellate opinion). */
export function readCourtFromBody(ctx: ReadContext): Order['court'] {
  if (APPELLATE_VOICE.test(ctx.text)) return null;
  const hit = scanAll(courtBodyRules, ctx.text, ctx.lower)
    .filter((h) => !(h.value.id === 'tax' && REVIEWS_TAX_COURT.test(ctx.text)) && !(h.value.id === 'nyappdiv' && /\bAppellate\s+Term\b/i.test(ctx.text)))
    .sort((a, b) => a.span[0] - b.span[0])[0];
  return hit ? fact(ctx, hit.value, hit.span[0], hit.span[1], hit.rule, hit.confidence) : null;
}

// The court of a cited case whose docket number is the caption's own: "United States v. Roe, No. 03 Cr. 455 (JFK)
// (S.D.N.Y. May 3, 2006)" · "Roe v. Doe, No. 1:19-cv-0412, 2020 WL 1234567 (D. Md. Jan. 2, 2020)". A case cited under
// the order's own number was decided by the same court.
const OWN_CITE_TAIL = /^[ \t]*(?:\([A-Z]{2,5}\)[ \t]*)?(?:,[ \t]*(?:\d{4}[ \t]+WL[ \t]+\d+|\d{4}[ \t]+U\.S\.[ \t]+Dist\.[ \t]+LEXIS[ \t]+\d+)(?:,[ \t]*at[ \t]+\*?\d+)?[ \t]*)?\(((?:[A-Z][A-Za-z]*\.[ \t]?){1,5}(?:[A-Z][a-z]+\.?)?)[ \t]+(?:[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2},[ \t]+)?\d{4}\)/;

/** The issuing court from a citation, in the body, of a case under one of the caption's own docket numbers, or null. */
export function readCourtFromOwnDocket(ctx: ReadContext, printed: string[]): Order['court'] {
  for (const p of printed.slice(0, 3)) {
    if (p.replace(/\D/g, '').length < 4) continue;
    // The number as printed, after "No." or "Nos.": found with indexOf, then checked around (in either case: the caption's
    // "3:20-cv-02205-IM" is cited as "3:20-CV-02205-IM").
    const q = p.toLowerCase();
    for (let at = ctx.lower.indexOf(q); at >= 0; at = ctx.lower.indexOf(q, at + q.length)) {
      if (!/\bNos?\.[ \t]*$/.test(ctx.text.slice(Math.max(0, at - 8), at))) continue;
      const end = at + p.length;
      const tail = OWN_CITE_TAIL.exec(ctx.text.slice(end, end + 120));
      const c = tail ? courtByCitationString(tail[1]) : null;
      if (c && /(?:d|b)$/.test(c.id)) {
        const s = end + tail!.index + tail![0].indexOf(tail![1]);
        return fact(ctx, { id: c.id, name: c.name, abbreviation: c.citationString }, s, s + tail![1].length, 'court/own-docket-cite', 0.7);
      }
    }
  }
  return null;
}

// A case-law site's header line: "328 S.E.2d 424 | Ga. Ct. App. | 1985" · "2019 WL 1234567 | D. Md. | Mar. 4, 2019" (reporter
// cite, the court's Bluebook abbreviation, the year or date, set apart by bars)
const SITE_HEADER_COURT = /^[ \t]*[^|\n]{3,60}?[ \t]\|[ \t]*([A-Z][A-Za-z.' ]{1,40}?)[ \t]*\|[ \t]*(?:[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2},[ \t]+)?\d{4}[ \t]*$/m;

/** The court a case-law site's header line names by its abbreviation, in the first lines of the text, or null. */
export function readCourtFromSiteHeader(ctx: ReadContext): Order['court'] {
  const m = SITE_HEADER_COURT.exec(ctx.text.slice(0, Math.min(ctx.text.length, 400)));
  const c = m ? courtByCitationString(m[1]) : null;
  if (!m || !c) return null;
  const s = m.index + m[0].indexOf(m[1], m[0].indexOf('|'));
  return fact(ctx, { id: c.id, name: c.name, abbreviation: c.citationString }, s, s + m[1].length, 'court/site-header', 0.8);
}

// Docket numbers whose shape belongs to one state's appellate courts (public numbering schemes), for a caption that
// prints the number but not the court:
// "04-08-00272-CV" (Texas courts of appeals: court 01-14, year, number, CV/CR) ·
// "W2001-00781-CCA-R3-CD" (Tennessee: grand division, year, number, court code CCA/COA/SC) ·
// "COA09-277" (North Carolina Court of Appeals) · "A91A0607" / "S12A0345" (Georgia Court of Appeals / Supreme Court) ·
// "24STCV01234" (Los Angeles Superior Court: year, courthouse, case type, number) · "30-2021-01234567-CU-BC-CJC" (the
// California superior courts' statewide scheme: county, year, number, case type, category, courthouse)
const DOCKET_SHAPES: Array<{ shape: RegExp; id: string | ((m: RegExpExecArray) => string) }> = [
  { shape: /^(?:0[1-9]|1[0-4])-\d{2}-\d{5}-C[VR]$/i, id: 'texapp' },
  { shape: /^[EMW]\d{4}-\d{5}-(CCA|COA|SC)-/i, id: (m) => ({ CCA: 'tenncrimapp', COA: 'tennctapp', SC: 'tenn' })[m[1].toUpperCase()] ?? 'tenn' },
  { shape: /^COA\d{2}-\d{1,5}$/i, id: 'ncctapp' },
  { shape: /^([AS])\d{2}[A-Z]\d{4}$/, id: (m) => (m[1] === 'A' ? 'gactapp' : 'ga') },
  { shape: /^\d{2}[A-Z]{2}(?:CV|CP|LC|UD|PB|FL)\d{5}$/, id: 'calsuperct' },
  { shape: /^\d{2}-\d{4}-\d{8}-[A-Z]{2}-[A-Z]{2}-[A-Z]{3}$/, id: 'calsuperct' },
];

// The Illinois Supreme Court's slip-opinion header: "Docket No. 78406--Agenda 2--November 1996." (number, agenda, term)
const ILLINOIS_AGENDA = /\bDocket[ \t]+Nos?\.[ \t]*\d{5}(?:[ \t]*,[ \t]*\d{5})*(?:[ \t]+cons\.)?[ \t]*--?[ \t]*Agenda[ \t]+\d{1,2}\b/;

/** The issuing court from the shape of the caption's own docket number, or null (see `DOCKET_SHAPES`). */
export function readCourtFromDocketShape(ctx: ReadContext, dockets: Array<{ printed: string; span: [number, number] }>): Order['court'] {
  const agenda = ILLINOIS_AGENDA.exec(ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd + 200)));
  const ill = agenda ? courtById('ill') : null;
  if (agenda && ill) return fact(ctx, { id: ill.id, name: ill.name, abbreviation: ill.citationString }, agenda.index, agenda.index + agenda[0].length, 'court/docket-shape', 0.6);
  for (const d of dockets.slice(0, 3)) {
    for (const { shape, id } of DOCKET_SHAPES) {
      const m = shape.exec(d.printed.trim());
      if (!m) continue;
      const c = courtById(typeof id === 'string' ? id : id(m));
      if (c) return { value: { id: c.id, name: c.name, abbreviation: c.citationString }, span: d.span, rule: 'court/docket-shape', confidence: 0.6 };
    }
  }
  return null;
}

// A reporter's court line standing alone near the top, the district in its short form: "E.D. Louisiana." · "S.D. New York." ·
// "D. Massachusetts." (Westlaw prints it so above the parties)
const SHORT_DISTRICT_LINE = /^[ \t]*((?:[NSEWMC]\.[ \t]?)?D\.[ \t]?(?:[A-Z][a-z]+|of[ \t]+Columbia)(?:[ \t]+[A-Z][a-z]+)?)\.?[ \t]*$/m;

/** The district court a reporter's bare court line names ("E.D. Louisiana."), in the first lines, or null. */
export function readCourtFromShortDistrictLine(ctx: ReadContext): Order['court'] {
  const m = SHORT_DISTRICT_LINE.exec(ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd, 800)));
  if (!m) return null;
  const probe = `District Court, ${m[1].replace(/\s+/g, ' ')}`;
  const hit = findCourtInCaption(probe);
  // (the whole line must be the court's short name: "D. Smith" is a person)
  if (!hit || hit.span[0] !== 0 || hit.span[1] !== probe.length || hit.court.level !== 'district') return null;
  const s = m.index + m[0].indexOf(m[1]);
  return fact(ctx, { id: hit.court.id, name: hit.court.name, abbreviation: hit.court.citationString }, s, s + m[1].length, 'court/short-district-line', 0.8);
}

// A case-law site's first line, the document's own citation in a reporter or a Lexis series that only one court
// publishes in: "Okafor v. United States , 2006 U.S. Claims LEXIS 77 ( 2006 )" · "Roe v. Comm'r, T.C. Memo. 2019-12"
const COURT_SERIES: Array<[RegExp, string]> = [
  [/\bU\.S\.[ \t]+Claims[ \t]+LEXIS\b|\bFed\.[ \t]?Cl\.[ \t]+\d/, 'uscfc'],
  [/\bTax[ \t]+Ct\.[ \t]+(?:Memo[ \t]+)?LEXIS\b|\bT\.C\.[ \t]+Memo\.?[ \t]+\d{4}-\d+|\b\d+[ \t]+T\.C\.[ \t]+(?:No\.[ \t]+)?\d/, 'tax'],
];
const OWN_CITE_LINE = /^[ \t]*[^\n]{2,80}?\bv\.?[ \t][^\n]{2,80}?,[ \t]*([^\n]{6,60}?)[ \t]*(?:\([ \t]*\d{4}[ \t]*\))?[ \t]*$/;

/** The court of a court-specific series in the document's own citation on its first line, or null. */
export function readCourtFromOwnCiteLine(ctx: ReadContext): Order['court'] {
  const first = ctx.text.slice(0, Math.min(ctx.text.length, 200)).split('\n')[0];
  const m = OWN_CITE_LINE.exec(first);
  if (!m) return null;
  for (const [series, id] of COURT_SERIES) {
    const s = series.exec(m[1]);
    const c = s ? courtById(id) : null;
    if (!s || !c) continue;
    const at = m.index + m[0].indexOf(m[1]);
    return fact(ctx, { id: c.id, name: c.name, abbreviation: c.citationString }, at, at + m[1].length, 'court/own-cite-line', 0.8);
  }
  return null;
}

// A case-law site's summary of this very case, as another decision cites it, before the opinion: "Summary\nIn Halvorsen Tool
// Works, Inc. v. Okafor, 2012 WL 557201 (D. Kan. Mar. 3, 2012), the court ...\nSummary of this case from ..."
const SUMMARY_BLOCK = /^Summary[ \t]*\n([\s\S]{10,3000}?)\nSummary of this case from\b/m;
const DATED_COURT_PAREN = /\(((?:[A-Z][A-Za-z]*\.[ \t]?){1,5}(?:[A-Z][a-z]+\.?)?)[ \t]+((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4})\)/g;

/**
 * The court of a citation, in a site's summary block (which the reading text leaves out), dated the order's own date or
 * under its own docket number: the summary cites this case. `date` is the order's date (ISO).
 */
export function readCourtFromSummaryCite(ctx: ReadContext, date: string | null, dockets: string[]): Order['court'] {
  const text = ctx.original ?? ctx.text;
  const b = SUMMARY_BLOCK.exec(text.slice(0, Math.min(text.length, 4000)));
  if (!b) return null;
  const from = b.index + b[0].indexOf(b[1]);
  const own = dockets.filter((p) => p.replace(/\D/g, '').length >= 4).map((p) => p.toLowerCase());
  DATED_COURT_PAREN.lastIndex = 0;
  for (let m; (m = DATED_COURT_PAREN.exec(b[1])); ) {
    const before = b[1].slice(Math.max(0, m.index - 80), m.index).toLowerCase();
    if (parseDate(m[2]) !== date && !own.some((p) => before.includes(p))) continue;
    const c = courtByCitationString(m[1]);
    if (!c) continue;
    const s = from + m.index + 1;
    return { value: { id: c.id, name: c.name, abbreviation: c.citationString }, span: [s, s + m[1].length], rule: 'court/summary-cite', confidence: 0.7 };
  }
  return null;
}
