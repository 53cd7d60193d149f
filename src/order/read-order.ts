/**
 * readOrder: one document in, one Order out. Each stage reads the reading text (page headers and
 * line numbers removed) and every span is mapped back to the original text.
 */
import type { Span } from '../engine/types.js';
import type { Document } from '../input/types.js';
import type { Citation } from '../citations/types.js';
import { readCaption, findHeadEnd } from './caption.js';
import { readDate } from './date.js';
import { readCourtFromBody, readCourtFromSummaryCite } from './court-body.js';
import { courtById } from '../data/courts.js';
import { readJudge } from './judge.js';
import { readMotions } from './motions.js';
import { optional } from './optional.js';
import { prepareDomains, runDomains } from '../domains/index.js';
import { forgetAnchorMemo } from '../engine/scan.js';
import { lowerCased } from '../text/lower.js';
import type { ReadContext } from './text-util.js';
import type { Order } from './types.js';

// "Summary\nholding court lacked jurisdiction ...\nSummary of this case from United States v. Doe" (casetext)
const EDITORIAL_SUMMARY = /^Summary[ \t]*\n[\s\S]{0,3000}?Summary of this case from[^\n]*/m;

export interface ReadOrderOptions {
  /** Run the citation engine when it is available (default true). */
  citations?: boolean;
  /** Domain coders to run after reading (default: every registered coder). Pass [] for none. */
  domains?: string[];
}

/** A Document for a plain string: the text is its own reading text. */
export function textDocument(text: string): Document {
  if (optional.documentFromText) {
    try {
      return optional.documentFromText(text);
    } catch {
      // fall through to the minimal document
    }
  }
  return {
    text,
    reading: { text, toOriginal: (o: number) => o },
    pages: [{ number: 1, span: [0, text.length] }],
    source: { format: 'txt', bytes: Buffer.byteLength(text), sha256: '' },
    meta: {},
    warnings: [],
  };
}

const CIVIL_ONLY_COURTS = new Set(['tax', 'uscfc', 'cit']);

// A docket text's opening: "ORDER denying [55] Motion ..." · "ORDER AND REASONS denying as moot 14 Motion to Dismiss" ·
// "MEMORANDUM OPINION AND ORDER granting ..." · "ORDER conditionally granting 38 motion to appoint counsel" ·
// "ORDER by Magistrate Judge Ann B. Doe : Granting 12 Motion to Compel" (a docket site names the judge first) ·
// "MEMORANDUM DECISION AND ORDER - denying 4 Motion to Strike"
const DOCKET_TEXT = /(?:^|\n)[ \t]*((?:(?:TEXT|MINUTE|MEMORANDUM)\s+)?(?:(?:MEMORANDUM\s+)?(?:OPINION|DECISION)\s+AND\s+)?ORDER(?:\s+AND\s+(?:REASONS|OPINION))?(?:\s+by\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.\s?S\.|United\s+States)\s+)*Judge\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*:?)?(?:\s*[-–:]\s*|\s+)(?:(?:conditionally|partially|provisionally)\s+)?(?:denying|granting|dismissing|finding|terminating)\b[^\n]*?(?=\.\s|\n|$))/i;

export function readOrder(doc: Document | string, options: ReadOrderOptions = {}): Order {
  const d = typeof doc === 'string' ? textDocument(doc) : doc;
  forgetAnchorMemo();
  const rtext = d.reading?.text ?? d.text;
  const toOriginal = d.reading?.toOriginal ?? ((o: number) => o);
  const n = d.text.length;
  const ctx: ReadContext = {
    text: rtext,
    lower: lowerCased(rtext),
    toOriginal: (o: number) => Math.max(0, Math.min(n, toOriginal(o))),
    headEnd: findHeadEnd(rtext),
    original: d.text,
  };
  const domains = options.domains === undefined || options.domains.length > 0;
  // The coders read the original text: when it is the reading text, the rule tables' anchor pass serves them too.
  if (domains && d.text === rtext) prepareDomains(ctx.lower, options.domains);
  const warnings = [...(d.warnings ?? [])];
  const order: Order = {
    court: null, division: null, docketNumbers: [], caseType: null, parties: [], caseName: null, title: null,
    judge: null, panel: null, date: null, motions: [], citations: [], codes: {}, warnings,
  };
  if (rtext.trim().length === 0) {
    warnings.push({ code: 'order/empty-text', message: 'The document has no text to read.' });
    return order;
  }
  // Citations first: their parentheticals tell the scope refiner what is not the court's own ruling.
  const citationSpans: Span[] = [];
  if (options.citations !== false && optional.findCitations) {
    try {
      const found = optional.findCitations(rtext);
      const resolved = optional.resolveCitations ? optional.resolveCitations(found, rtext) ?? found : found;
      for (const c of resolved) {
        if (c.parenthetical && c.fullSpan[1] > c.span[1]) citationSpans.push([c.span[1], c.fullSpan[1]]);
      }
      // The citation objects are this reading's own (a fresh find result): map them in place, unless one
      // object is listed twice.
      const inPlace = new Set(resolved).size === resolved.length;
      order.citations = resolved.map((c): Citation => mapCitation(c, ctx.toOriginal, d.text, inPlace));
    } catch (e) {
      warnings.push({ code: 'order/citations-failed', message: `The citation engine failed: ${(e as Error).message}` });
    }
  }
  const cap = readCaption(ctx);
  const j = readJudge(ctx);
  order.date = readDate(ctx);
  order.court = cap.court ?? readCourtFromSummaryCite(ctx, order.date?.value ?? null, cap.docketNumbers.map((x) => x.value.printed)) ?? readCourtFromBody(ctx);
  // A district court read from the body (its local rules, its grand jury) while a bankruptcy judge signs: the district's
  // bankruptcy court (it applies the district's local rules).
  if (order.court && order.court.rule.startsWith('court/body') && /\bBankruptcy\s+Judge\b/i.test(j.judge?.value.title ?? '')) {
    const b = /d$/.test(order.court.value.id) ? courtById(order.court.value.id.replace(/d$/, 'b')) : null;
    if (b) order.court = { ...order.court, value: { id: b.id, name: b.name, abbreviation: b.citationString }, rule: 'court/body-bankruptcy-judge' };
  }
  order.division = cap.division;
  order.docketNumbers = cap.docketNumbers;
  order.caseType = cap.caseType;
  // A court that hears civil cases only (the Tax Court, the Court of Federal Claims, the Court of International Trade),
  // read from the caption or the body
  if (!order.caseType && order.court && CIVIL_ONLY_COURTS.has(order.court.value.id)) {
    order.caseType = { value: 'civil', span: order.court.span, rule: 'case-type/civil-court', confidence: 0.8 };
  }
  order.parties = cap.parties;
  order.caseName = cap.caseName;
  order.title = cap.title;
  order.judge = j.judge;
  order.panel = j.panel;
  // The title's span in reading coordinates (facts hold original ones).
  // Docket-text entries have no caption: "ORDER denying [55] Motion for ..." acts as the title.
  // (on any line of the head, under a site's case name: "ORDER AND REASONS denying as moot 14 Motion to Dismiss ..." ·
  // "ORDER conditionally granting [38] motion to appoint counsel")
  // (past the text's opening, or over a title read from its first words, only a docket text that names the filing it
  // rules on: a title "ORDER DENYING WITHOUT PREJUDICE" over a motion named on the next lines is no docket text)
  const docketText = DOCKET_TEXT.exec(rtext.slice(0, 600));
  const docketStart = docketText ? docketText.index + docketText[0].length - docketText[1].length : -1;
  const docketSpan: Span | null = docketText ? [docketStart, docketText.index + docketText[0].length] : null;
  const namesFiling = !!docketText && /\b(?:motions?|petitions?|applications?|requests?|objections?)\b/i.test(docketText[1]);
  const titleFound = findTitleSpan(ctx, cap.title?.value ?? null);
  const titleReading =
    titleFound && docketSpan && namesFiling && titleFound[0] >= docketSpan[0] && titleFound[1] <= docketSpan[1]
      ? docketSpan
      : titleFound ?? (docketSpan && (namesFiling || !rtext.slice(0, docketStart).trim()) ? docketSpan : null);
  order.motions = readMotions({
    ctx,
    title: cap.title,
    titleSpanReading: titleReading,
    caseTypeCriminal: cap.caseType?.value === 'criminal' || /\bUnited States\b/i.test(cap.caseName?.value ?? '') || /\bDefendant\b/.test(rtext.slice(0, 4000)),
    caseType: order.caseType?.value ?? null,
    citationSpans,
    parties: cap.parties.map((p) => p.value),
  });
  // Too little to report: a motion of no known kind, with no docket entry and no ruling; and, in a
  // court of appeals, motions that no ruling decides (they are the lower court's).
  // A research site's editorial summary above the opinion ("Summary ... Summary of this case from ...")
  // is not the court's text: a motion named only there, with no ruling, is not one the order decides.
  // (a court of appeals or a supreme court hearing an appeal: a party is an appellant or appellee)
  const appellate = cap.parties.some((p) => /appell/i.test(p.value.role));
  const editorial = EDITORIAL_SUMMARY.exec(d.text.slice(0, 4000));
  const editorialEnd = editorial ? editorial.index + editorial[0].length : -1;
  order.motions = order.motions.filter(
    (m) =>
      m.disposition !== null ||
      !((m.kind.value === 'other' && !m.docEntry) || order.caseType?.value === 'appeal' || appellate || m.kind.span[0] < editorialEnd),
  );
  linkCitations(order);
  if (!order.docketNumbers.length) warnings.push({ code: 'order/no-docket', message: 'No docket number found in the caption.' });
  if (!order.date) warnings.push({ code: 'order/no-date', message: 'No signature or filing date found.' });
  if (domains) runDomains(order, d.text, options.domains);
  return order;
}

function findTitleSpan(ctx: ReadContext, title: string | null): Span | null {
  if (!title) return null;
  const at = ctx.text.indexOf(title.split(' ')[0]);
  if (at < 0) return null;
  // The title rule collapses blanks; find the line again in reading text.
  const re = new RegExp(title.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = re.exec(ctx.text.slice(0, ctx.headEnd + title.length));
  return m ? [m.index, m.index + m[0].length] : null;
}

function mapCitation(c: Citation, toOriginal: (o: number) => number, original: string, inPlace: boolean): Citation {
  const map = (s: Span): Span => (s[1] > s[0] ? [toOriginal(s[0]), toOriginal(s[1] - 1) + 1] : [toOriginal(s[0]), toOriginal(s[0])]);
  const span = map(c.span);
  const fullSpan = map(c.fullSpan);
  const text = original.slice(span[0], span[1]);
  if (!inPlace) return { ...c, span, fullSpan, text };
  c.span = span;
  c.fullSpan = fullSpan;
  c.text = text;
  return c;
}

/** motion.citation: the record cite (from the citation engine) that names the motion's docket entry. */
function linkCitations(order: Order): void {
  if (!order.citations.length) return;
  for (const m of order.motions) {
    if (!m.docEntry) continue;
    const [s, e] = m.docEntry.span;
    let idx = order.citations.findIndex((c) => c.kind === 'record' && c.span[0] <= s && e <= c.fullSpan[1] + 1 && c.fullSpan[0] <= s);
    if (idx < 0) idx = order.citations.findIndex((c) => c.kind === 'record' && c.docEntry !== null && c.docEntry.split(/[-\s]/)[0] === m.docEntry!.value.split('-')[0]);
    m.citation = idx >= 0 ? idx : null;
  }
}
