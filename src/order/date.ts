/**
 * The order's own date: signature lines ("Signed: August 10, 2020", "this 3rd day of March, 2024",
 * "Dated: ...", "ENTERED: 08/10/2020", "Decided: ..."), a date standing alone on a header line, or a
 * bare date line in the signature block. Never a date read out of the body's prose.
 */
import type { Hit, Rule, RuleSet } from '../engine/types.js';
import { scanAll } from '../engine/scan.js';
import { DATE_SRC, MONTH_SRC, WORD_YEAR_SRC, parseDate, parseDayOfWordYear } from './date-parse.js';
import { readEcfStamp } from './ecf-stamp.js';
import { NOT_SIGNATURE_DATE, dateSiteRules } from './date-site.js';
import { foldOcrCaps, foldSpaced } from './ocr-fold.js';
import { fact, type ReadContext } from './text-util.js';
import type { Order } from './types.js';

export type DateKind = 'signed' | 'filed' | 'entered' | 'decided';
export interface DateValue {
  iso: string;
  kind: DateKind;
}

const dateRe = (prefix: string, suffix = '', flags = ''): RegExp => new RegExp(`${prefix}(${DATE_SRC})${suffix}`, 'gi' + flags);

function parseWith(kind: DateKind, confidence: number) {
  return (m: RegExpExecArray): Omit<Hit<DateValue>, 'rule' | 'priority'> | null => {
    const printed = m[m.length - 1] ?? m[1];
    const iso = parseDate(printed.replace(/\s+/g, ' '), true);
    // (no order of a court we read is older than the federal courts: "1-17-1712" is an Illinois appellate number)
    if (!iso || +iso.slice(0, 4) < 1789) return null;
    const start = m.index + m[0].lastIndexOf(printed);
    return { value: { iso, kind }, span: [start, start + printed.length], confidence };
  };
}

// A publication note beside a decision date: "[NOT FOR PUBLICATION]" · "[PUBLISH]" · "(UNPUBLISHED)" · "[DO NOT PUBLISH]"
const PUB_NOTE = String.raw`(?:[ \t]*[\[(](?:NOT[ \t]+FOR[ \t]+PUBLICATION|DO[ \t]+NOT[ \t]+PUBLISH|PUBLISH|PUBLISHED|UNPUBLISHED(?:[ \t]+OPINION)?)[\])][ \t]*)?`;

export const dateRules: Rule<DateValue>[] = [
  {
    id: 'date/signed-label',
    anchors: ['signed', 'dated', 'date', 'so ordered'],
    // "Signed: August 10, 2020" · "Dated: March 3, 2024" · "Date: 5/8/2020" · "SO ORDERED this June 1, 2021"
    pattern: dateRe(`\\b(Signed|Dated|Date(?=\\s*:|[ \\t]+(?:${MONTH_SRC}|\\d))|SO ORDERED|ORDERED)(?:\\s+(?:and\\s+(?:entered|filed)|at\\s+[A-Z][\\w .,]{1,40}?|on|this))?\\s*[:,]?\\s*(?:on\\s+|this\\s+)?`),
    // A label in prose ("an Order dated January 6, 2011", "orders signed May 13") is history, not the signature.
    // Nor is a site's or a record's date ("Modified Date: 4/18/2021", "Filed Date: ...").
    parse: (m, text) =>
      (/^[A-Z]/.test(m[1]) && !/^(?:SO ORDERED|ORDERED)$/.test(m[1]) || /^[A-Z ]+$/.test(m[1])) && !(/^Date$/i.test(m[1]) && NOT_SIGNATURE_DATE.test(text.slice(Math.max(0, m.index - 30), m.index)))
        ? parseWith('signed', 0.95)(m)
        : null,
    priority: 30,
    examples: [
      { text: 'Signed: August 10, 2020', expect: { iso: '2020-08-10', kind: 'signed' } },
      { text: 'Date: 5/8/2020', expect: { iso: '2020-05-08' } },
      { text: 'Dated: Jan. 4, 2019', expect: { iso: '2019-01-04' } },
      { text: 'SO ORDERED on March 3, 2024.', expect: { iso: '2024-03-03' } },
      { text: 'Case No. CV 21-0101 Date October 13, 2021', expect: { iso: '2021-10-13' } },
    ],
    counterexamples: ['Signed by the parties', 'dated 2020', 'an Order dated January 6, 2011', 'orders signed May 13, 2020', 'Modified Date: 4/18/2021', 'Latest Update Date: May 2, 2020'],
  },
  {
    id: 'date/day-of',
    anchors: ['day of'],
    // "this 3rd day of March, 2024" · "on this the 14th day of May 2021"
    pattern: dateRe('\\b(?:this|on\\s+this)\\s+(?:the\\s+)?', ''),
    parse: (m) => {
      if (!/day\s+of/i.test(m[1])) return null;
      return parseWith('signed', 0.95)(m);
    },
    priority: 30,
    examples: [
      { text: 'DONE and ORDERED this 3rd day of March, 2024.', expect: { iso: '2024-03-03', kind: 'signed' } },
      { text: 'on this the 14th day of May 2021', expect: { iso: '2021-05-14' } },
    ],
    counterexamples: ['this March 3, 2024 hearing'],
  },
  {
    id: 'date/entered-label',
    anchors: ['entered', 'filed', 'enter', 'journalized'],
    // "ENTERED: 08/10/2020" · "Entered on Docket: March 3, 2024" · "FILED: 3/3/24"
    pattern: dateRe('\\b(RELEASED[ \\t]+AND[ \\t]+JOURNALIZED|Released[ \\t]+and[ \\t]+Journalized|ENTERED|Entered|ENTER(?=[ \\t]*:)|Enter(?=[ \\t]*:)|FILED|Filed)(?:\\s+on\\s+(?:the\\s+)?docket)?[ \\t]*[:–—-][ \\t]*'),
    parse: (m) => parseWith(/^f/i.test(m[1]) ? 'filed' : 'entered', 0.9)(m),
    priority: 25,
    examples: [
      { text: 'ENTERED: 08/10/2020', expect: { iso: '2020-08-10', kind: 'entered' } },
      // (Ohio courts of appeals: the day the judgment is entered on the journal)
      { text: 'RELEASED AND JOURNALIZED: February 7, 2019', expect: { iso: '2019-02-07', kind: 'entered' } },
      { text: 'Filed: March 3, 2024', expect: { kind: 'filed' } },
      // (the Northern District of Illinois signs under "ENTER:")
      { text: 'ENTER: November 3, 2020', expect: { iso: '2020-11-03', kind: 'entered' } },
      { text: 'Enter: 3/4/2021', expect: { iso: '2021-03-04', kind: 'entered' } },
      { text: '   Filed - December 7, 2016', expect: { iso: '2016-12-07', kind: 'filed' } },
    ],
    counterexamples: ['the judgment entered on March 3, 2024', 'press ENTER March 3, 2024'],
  },
  {
    id: 'date/entered-line',
    anchors: ['entered'],
    // The order's own entry line, without a colon, opening its line: "ENTERED October 2, 2019." · "Entered this
    // March 3, 2021" · "ENTERED on June 4, 2020"
    pattern: dateRe('^[ \\t]*(?:ENTERED|Entered)(?:[ \\t]+(?:on|this))?[ \\t]+', '(?=[ \\t]*\\.?[ \\t]*$)', 'm'),
    parse: parseWith('entered', 0.9),
    priority: 25,
    examples: [
      { text: 'ENTERED October 2, 2019.', expect: { iso: '2019-10-02', kind: 'entered' } },
      { text: 'Entered this March 3, 2021', expect: { iso: '2021-03-03', kind: 'entered' } },
      { text: '  ENTERED on June 4, 2020', expect: { iso: '2020-06-04', kind: 'entered' } },
    ],
    counterexamples: ['the judgment entered on March 3, 2024', 'Entered March 3, 2021, the stipulation was approved by all.', 'ENTERED June 4, 2020 and amended'],
  },
  {
    id: 'date/decided-label',
    anchors: ['decided', 'rendered', 'date of decision', 'delivered:', 'announced'],
    // "Decided: June 1, 2020" · "Decided and Filed June 1, 2020" · "(Decided June 1, 2020)"
    // The label opens its line (a case "decided January 4, 1937" in the body is someone else's).
    pattern: dateRe('^[ \\t*_(\\[]*(?:(?:Argued|ARGUED|Submitted|SUBMITTED|Heard)[^\\n]{0,60}?(?:[;,.][ \\t]*|[ \\t]+))?(?:Decided(?:[ \\t]+on)?|DECIDED(?:[ \\t]+ON)?|Delivered(?=[ \\t]*:)|DELIVERED(?=[ \\t]*:)|Date[ \\t]+Decided|DATE[ \\t]+DECIDED|(?:Judgment[ \\t]+)?Rendered(?:[ \\t]+on)?|(?:JUDGMENT[ \\t]+)?RENDERED(?:[ \\t]+ON)?|Announced|ANNOUNCED|Date[ \\t]+of[ \\t]+Decision|DATE[ \\t]+OF[ \\t]+DECISION)(?:\\s+and\\s+(?:Filed|FILED))?[ \\t]*:?[ \\t]*', '', 'm'),
    parse: parseWith('decided', 0.95),
    priority: 28,
    examples: [
      { text: 'Decided: June 1, 2020', expect: { iso: '2020-06-01', kind: 'decided' } },
      { text: 'Argued May 1, 2020. Decided June 30, 2020.', expect: { iso: '2020-06-30' } },
      { text: 'Submitted: December 1, 1999 Decided: December 21, 1999', expect: { iso: '1999-12-21' } },
      { text: '(Argued: July 6, 2011 Decided: September 2, 2011)', expect: { iso: '2011-09-02' } },
      { text: 'Heard Feb. 3, 2015.Decided April 9, 2015.', expect: { iso: '2015-04-09' } },
      // (Ohio and Kentucky appellate decisions)
      { text: 'Rendered on September 14, 2021', expect: { iso: '2021-09-14', kind: 'decided' } },
      { text: 'RENDERED: MARCH 4, 2022; 10:00 A.M.', expect: { iso: '2022-03-04', kind: 'decided' } },
      { text: 'Date of Decision: May 2, 2019', expect: { iso: '2019-05-02', kind: 'decided' } },
      // (New York's Appellate Division; Texas's Court of Criminal Appeals, below the opinion)
      { text: 'Decided on February 20, 2019', expect: { iso: '2019-02-20', kind: 'decided' } },
      // (Louisiana courts of appeal; Colorado Court of Appeals)
      { text: 'Judgment Rendered: MAR 05 2019', expect: { iso: '2019-03-05', kind: 'decided' } },
      { text: 'Announced March 5, 2019', expect: { iso: '2019-03-05', kind: 'decided' } },
      { text: 'Delivered: March 6, 2019\nPublish', expect: { iso: '2019-03-06', kind: 'decided' } },
      // (Texas courts of appeals, below the opinion)
      { text: 'Date Submitted: March 2, 2021\nDate Decided: March 24, 2021', expect: { iso: '2021-03-24', kind: 'decided' } },
    ],
    counterexamples: ['Argued: May 1, 2020', 'the case was decided January 4, 1937'],
  },
  {
    id: 'date/submitted-decided',
    anchors: ['date submitted'],
    // A letter opinion's pair of dates, run into a line of the letterhead: "... Facsimile: (302) 555-0101 Date Submitted:
    // May 9, 2016 Date Decided: June 20, 2016 ..." (the pair is a header wherever it stands)
    pattern: dateRe('\\b(?:Date|DATE)[ \\t]+(?:Submitted|SUBMITTED)[ \\t]*:[^\\n]{4,40}?[ \\t;,]+(?:Date|DATE)[ \\t]+(?:Decided|DECIDED)[ \\t]*:[ \\t]*'),
    parse: parseWith('decided', 0.9),
    priority: 28,
    examples: [{ text: 'Telephone: (302) 555-0100 Date Submitted: May 9, 2016 Date Decided: June 20, 2016 Re: Roe v. Doe', expect: { iso: '2016-06-20', kind: 'decided' } }],
    counterexamples: ['the date submitted to the court was May 9, 2016'],
  },
  {
    id: 'date/signed-by-judge',
    anchors: ['signed by', 'ordered by'],
    // "Signed by Judge Max O. Cogburn, Jr on 8/10/2020." · a docket text's "So Ordered by Judge Ann Roe on 3/29/2012."
    // A judge word after "by": "signed by her on July 24, 1979" is a party's signature, not the order's.
    pattern: dateRe('\\b(?:Signed|So\\s+Ordered)\\s+by\\s+(?:the\\s+)?(?:Hon(?:orable|\\.)\\s+)?(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|Circuit|U\\.\\s?S\\.|United\\s+States)\\s+)*(?:Judge|Magistrate|Justice)\\s+(?:[\\w.,\'’-]+\\s+){1,8}?on\\s+'),
    parse: parseWith('signed', 0.9),
    priority: 29,
    // "This document was signed by Magistrate Lena Ortiz on June 2, 2009." (a tax court's closing line)
    examples: [
      { text: 'Signed by Judge Max O. Cogburn, Jr on 8/10/2020.', expect: { iso: '2020-08-10' } },
      { text: 'This document was signed by Magistrate Lena Ortiz on June 2, 2009.', expect: { iso: '2009-06-02' } },
      { text: 'Signed by Magistrate Judge Paul Ng on 3/4/2019', expect: { iso: '2019-03-04' } },
      { text: 'The Clerk shall close the case. So Ordered by Judge Lena Ortiz on 5/14/2015. (Ng, K)', expect: { iso: '2015-05-14', kind: 'signed' } },
    ],
    counterexamples: ['signed by Judge Smith yesterday', 'the acknowledgment signed by her on July 24, 1979', 'as ordered by the court on May 2, 2019', 'as ordered by Judge Roe on May 2, 2019, the parties met'],
  },
  {
    id: 'date/chambers-line',
    anchors: ['chambers'],
    // The place and day of signing above the signature, opening its line: "IN CHAMBERS in Ocala, Florida, on August 26,
    // 2011." · "DONE AND ORDERED in Chambers at Fort Myers, Florida, on May 2, 2019." · "Done in chambers at Reno,
    // Nevada, on 3/4/2020."
    pattern: dateRe('^[ \\t]*(?:DONE(?:[ \\t]+(?:AND|and)[ \\t]+(?:ORDERED|ENTERED))?[ \\t]+)?(?:in|IN)[ \\t]+(?:Chambers|CHAMBERS|chambers)[ \\t]+(?:in|at|IN|AT)[ \\t]+[A-Z][^\\n]{1,60}?,?[ \\t]+(?:on|this)[ \\t]+', '', 'm'),
    parse: parseWith('signed', 0.9),
    priority: 28,
    examples: [
      { text: 'IN CHAMBERS in Ocala, Florida, on August 26, 2011.', expect: { iso: '2011-08-26', kind: 'signed' } },
      { text: 'DONE AND ORDERED in Chambers at Fort Myers, Florida, on May 2, 2019.', expect: { iso: '2019-05-02' } },
      { text: 'Done in chambers at Reno, Nevada, on 3/4/2020.', expect: { iso: '2020-03-04' } },
    ],
    counterexamples: ['The hearing held in chambers on May 2, 2019 was brief.'],
  },
  {
    id: 'date/entered-by-judge',
    anchors: ['entered by'],
    // A minute order's entry line: the judge, the title, the day: "Entered by Michael J. Okafor , United States
    // Magistrate Judge, on August 9, 2011." · "ENTERED BY Ann Roe, District Judge, on 3/2/2020"
    pattern: dateRe("\\b(?:Entered|ENTERED)[ \\t]+(?:by|BY)[ \\t]+[A-Z][\\w.'’-]*(?:[ \\t]+[A-Z][\\w.'’-]*){1,4}[ \\t]?,[ \\t]*(?:[A-Z][\\w.]*[ \\t]+){0,4}(?:Judge|JUDGE|Justice|JUSTICE),?[ \\t]+on[ \\t]+"),
    parse: parseWith('entered', 0.9),
    priority: 28,
    examples: [
      { text: 'Entered by Michael J. Okafor , United States Magistrate Judge, on August 9, 2011.', expect: { iso: '2011-08-09', kind: 'entered' } },
      { text: 'ENTERED BY Ann Roe, District Judge, on 3/2/2020', expect: { iso: '2020-03-02' } },
      { text: 'Entered by Karl Poe, Chief Judge, on June 1, 2018.', expect: { iso: '2018-06-01' } },
    ],
    counterexamples: ['entered by the clerk on June 1, 2018'],
  },
  {
    id: 'date/filed-stamp',
    anchors: ['filed'],
    // A clerk's stamp in the header: "FILED" and, within four lines (often in a right-hand column), the date:
    // "FILED\nUnited States Court of Appeals\nFOR THE TENTH CIRCUIT   January 11, 2021" · "FILED\nNOT FOR PUBLICATION   MAR 15 2011"
    pattern: new RegExp(`(?:^[ \\t_]*FILED\\b|[ \\t]FILED[ \\t]*$|\\bFiled[ \\t]+on[ \\t]*$)[^\\n]*?(?:\\n[^\\n]*?){0,4}?(?<![\\w/-])(${DATE_SRC}|(?:${MONTH_SRC}|${MONTH_SRC.toUpperCase()})[ \\t]+\\d{1,2},?[ \\t]+\\d{4})(?![\\w/-])`, 'gm'),
    parse: (m) => {
      const printed = m[1];
      // The rule notice of summary orders ("... FILED ON OR AFTER JANUARY 1, 2007, IS PERMITTED") is no stamp.
      if (/\b(?:ON\s+OR\s+AFTER|BEFORE|PRIOR\s+TO|CITATION)\b/i.test(m[0])) return null;
      const iso = parseDate(printed.replace(/\s+/g, ' '), true);
      if (!iso) return null;
      const start = m.index + m[0].length - printed.length;
      return { value: { iso, kind: 'filed' }, span: [start, start + printed.length], confidence: 0.85 };
    },
    priority: 24,
    examples: [
      { text: 'FILED\nUnited States Court of Appeals\nFOR THE TENTH CIRCUIT    January 11, 2021', expect: { iso: '2021-01-11', kind: 'filed' } },
      { text: '   FILED\n NOT FOR PUBLICATION    MAR 15 2011\n', expect: { iso: '2011-03-15' } },
      { text: '410 Main Street, Suite 3 Filed on\nAnchorage, AK 99501 4/7/2012\n', expect: { iso: '2012-04-07', kind: 'filed' } },
    ],
    counterexamples: [
      'the motion filed on March 3, 2020',
      'Filed\nnothing here',
      'CITATION TO A SUMMARY ORDER FILED\nON OR AFTER JANUARY 1, 2007, IS PERMITTED',
      'RULINGS BY SUMMARY ORDER DO NOT HAVE PRECEDENTIAL EFFECT. CITATION TO A SUMMARY ORDER\nFILED ON OR AFTER JANUARY 1, 2007, IS PERMITTED',
      'FILED BEFORE MARCH 3, 2011 ARE NOT PRECEDENT',
    ],
  },
  {
    id: 'date/filed-trailing',
    anchors: ['filed'],
    // The filing date at the right end of an author line, after a wide gap or the author's colon:
    // "MEMORANDUM BY LAZARUS, J.:      FILED MARCH 5, 2019" · "OPINION BY ROE, J.: FILED May 1, 2018"
    pattern: dateRe('(?:[ \\t]{3,}|:[ \\t]+)FILED[ \\t]+', '[ \\t.]*$', 'm'),
    parse: parseWith('filed', 0.85),
    priority: 24,
    examples: [
      { text: 'MEMORANDUM BY OSTROW, J.:                 FILED APRIL 2, 2020', expect: { iso: '2020-04-02', kind: 'filed' } },
      { text: 'OPINION BY ROE, J.: FILED May 1, 2018', expect: { iso: '2018-05-01' } },
    ],
    counterexamples: ['the motion was FILED MARCH 5, 2019 and then', 'FILED MARCH 5, 2019'],
  },
  {
    id: 'date/filed-line',
    anchors: ['filed'],
    // A header line that opens with "Filed": "Opinion filed June 2, 1989." · "Filed March 3, 1998" · "FILED 3/3/98"
    pattern: dateRe('^[ \\t*_(\\[]*(?:(?:Opinion|Order|Summary[ \\t]+Order|Rule[ \\t]+23[ \\t]+Order)\\s+)?(?:Filed|FILED|filed)[ \\t]+(?:on[ \\t]+)?', '[ \\t.)\\]]*$', 'm'),
    parse: parseWith('filed', 0.85),
    priority: 24,
    examples: [
      { text: 'Opinion filed June 2, 1989.', expect: { iso: '1989-06-02', kind: 'filed' } },
      { text: 'Filed March 3, 1998', expect: { iso: '1998-03-03' } },
      { text: 'Order filed March 2, 2021', expect: { iso: '2021-03-02', kind: 'filed' } },
      { text: 'Summary Order filed May 4, 2019.', expect: { iso: '2019-05-04', kind: 'filed' } },
    ],
    counterexamples: ['Filed March 3, 1998, the motion asks', 'the motion filed March 3, 1998'],
  },
  {
    id: 'date/docket-line',
    anchors: ['filed', 'decided'],
    // The date on the docket line of a header: "Docket No. 9379-10. Filed January 9, 2014." ·
    // "No. M2011-00411-COA-R3-CV - Filed March 14, 2012" · "(No. 2012-2110-Submitted November 5, 2013-Decided May 15, 2014.)"
    pattern: dateRe(
      `^[ \\t*_(\\[]*(?:Docket[ \\t]+)?Nos?\\.[ \\t]*[^\\n]{1,60}?(?:[-–—.,;][ \\t]*|[ \\t]+)(?:Submitted[ \\t]+(?:${DATE_SRC})[ \\t]*[-–—.,;][ \\t]*)?(Filed|FILED|Decided|DECIDED)[ \\t]*:?[ \\t]*(?:on[ \\t]+)?`,
      '',
      'm',
    ),
    // The event word is capitalized ("No. 12-345 was filed on ..." is prose).
    parse: (m) => (/^[A-Z]/.test(m[1]) ? parseWith(/^f/i.test(m[1]) ? 'filed' : 'decided', 0.9)(m) : null),
    priority: 27,
    examples: [
      { text: 'Docket No. 4410-12. Filed March 2, 2015.', expect: { iso: '2015-03-02', kind: 'filed' } },
      { text: 'No. E2019-01123-COA-R3-CV - Filed June 8, 2020', expect: { iso: '2020-06-08' } },
      { text: '(No. 2019-0412-Submitted May 5, 2020-Decided August 11, 2020.)', expect: { iso: '2020-08-11', kind: 'decided' } },
    ],
    counterexamples: ['No. 12-345 was filed on June 8, 2020', 'In No. 12-345 the court decided on June 8, 2020 to stay the case'],
  },
  {
    id: 'date/opinion-line',
    anchors: ['opinion'],
    // The decision date beside the opinion's own line in older reports: "May 12, 1917. The opinion of the Court was
    // delivered by ..." · "Opinion adopted by the Supreme Court December 31, 1941." · "Opinion delivered March 3, 1902."
    pattern: new RegExp(
      `(?:^|\\]\\s*)[ \\t]*(?:(${DATE_SRC})\\.[ \\t]+The[ \\t]+opinion[ \\t]+of[ \\t]+the[ \\t]+Court[ \\t]+was[ \\t]+delivered\\b|Opinion[ \\t]+(?:adopted[ \\t]+by[ \\t]+the[ \\t]+Supreme[ \\t]+Court|delivered|filed)[ \\t]+(?:on[ \\t]+)?(${DATE_SRC})[ \\t]*\\.?[ \\t]*$)`,
      'gm',
    ),
    parse: (m) => {
      const printed = m[1] ?? m[2];
      const iso = parseDate(printed.replace(/\s+/g, ' '), true);
      if (!iso) return null;
      const start = m.index + m[0].indexOf(printed);
      // "Opinion filed April 3, 1997." is the filing date, as a reporter's "Filed:" line is.
      const kind = /^[\s\]]*Opinion[ \t]+filed\b/i.test(m[0]) ? 'filed' : 'decided';
      return { value: { iso, kind }, span: [start, start + printed.length], confidence: 0.85 };
    },
    priority: 26,
    examples: [
      { text: '[NOTE: HEADNOTES NOT DISPLAYED.] June 3, 1915. The opinion of the Court was delivered by', expect: { iso: '1915-06-03', kind: 'decided' } },
      { text: 'The writ is granted.\n\nOpinion adopted by the Supreme Court March 4, 1936.\n', expect: { iso: '1936-03-04' } },
      { text: 'Opinion delivered October 2, 1899.', expect: { iso: '1899-10-02' } },
      { text: 'Opinion filed April 3, 1997.', expect: { iso: '1997-04-03', kind: 'filed' } },
    ],
    counterexamples: ['The opinion of the Court was delivered on a date the parties disputed, March 3, 1990.', 'In the opinion delivered March 3, 1990, the court held that the statute applies'],
  },
  {
    id: 'date/day-of-word-year',
    anchors: ['two thousand', 'nineteen hundred'],
    // "on the 15th day of July, two thousand twenty-five" (the Second Circuit's stated-term line)
    // The ordinal of a superscript may stand apart: "on the 6 th day of April, two thousand ten"
    pattern: new RegExp(`\\b(\\d{1,2})(?:[ \\t]?(?:st|nd|rd|th))?\\s+day\\s+of\\s+(${MONTH_SRC}),?\\s+(${WORD_YEAR_SRC})`, 'gi'),
    parse: (m) => {
      const iso = parseDayOfWordYear(m[1], m[2], m[3]);
      return iso ? { value: { iso, kind: 'decided' }, span: [m.index, m.index + m[0].length], confidence: 0.85 } : null;
    },
    priority: 26,
    examples: [
      { text: 'on the 15 day of July, two thousand twenty-five.', expect: { iso: '2025-07-15' } },
      { text: 'this 2nd day of March, nineteen hundred and ninety-eight', expect: { iso: '1998-03-02' } },
      { text: 'New York, on the 6 th day of April, two thousand ten.', expect: { iso: '2010-04-06' } },
    ],
    counterexamples: ['the 15 day of July, two of them'],
  },
  {
    id: 'date/standalone-line',
    // A date alone on its line: "04-27-2021", "March 16, 2009", "New York, New York\nMay 3, 2021"
    // The kind depends on where the line stands (readDate): under the caption it is the decision date, in the
    // signature block the signing date. "(September 23, 2009)" is the Eleventh Circuit's decision line.
    // (also with the publication note some circuits print beside it: "March 19, 1993 [NOT FOR PUBLICATION]")
    pattern: new RegExp(`^[ \\t*_(\\[]*(?:[A-Z][\\w. ]{1,30},\\s+[A-Z][\\w. ]{1,30}\\s*[,;]?\\s*)?(${DATE_SRC})[ \\t*_.)\\]]*${PUB_NOTE}$`, 'gm'),
    parse: parseWith('decided', 0.8),
    priority: 10,
    examples: [
      { text: 'ORDER\n04-27-2021\n', expect: { iso: '2021-04-27' } },
      { text: 'New York, New York\nMarch 16, 2009' },
      { text: '   (September 23, 2009)', expect: { iso: '2009-09-23' } },
      { text: 'March 19, 1993 [NOT FOR PUBLICATION]\n', expect: { iso: '1993-03-19' } },
      { text: 'June 2, 1994    [PUBLISH]\n', expect: { iso: '1994-06-02' } },
      { text: 'May 4, 2001 (UNPUBLISHED)\n', expect: { iso: '2001-05-04' } },
    ],
    counterexamples: ['On March 16, 2009, the court sentenced him.', 'March 19, 1993 [the court held]'],
  },
];

dateRules.push(...dateSiteRules);

export const dateRuleSet: RuleSet<DateValue> = { domain: 'order-date', rules: dateRules };

// A reporter's citation heading a CourtListener/Caselaw page: "526 F. Supp. 815 (1981)" · "281 F.2d 71" · "313 B.R. 109 (2004)"
const REPORTER_HEAD = /^\s*\d{1,4}\s+[A-Z][A-Za-z0-9. ]{0,20}?\s+\d{1,5}(?:\s+\(\d{4}\))?\s*$/m;
const HEAD_RULES = new Set(['date/site-judge-case-date', 'date/filed-paren', 'date/site-filed-date', 'date/on-rehearing', 'date/standalone-line', 'date/decided-label', 'date/docket-line', 'date/opinion-line', 'date/filed-stamp', 'date/filed-line', 'date/filed-trailing', 'date/entered-label', 'date/day-of-word-year']);
const SIGNATURE_RULES = new Set(['date/chambers-line', 'date/entered-by-judge', 'date/entered-line', 'date/signed-label', 'date/day-of', 'date/signed-by-judge', 'date/standalone-line']);

// A district court's minutes ("CIVIL MINUTES - GENERAL"): the deputy clerk enters them; an order issued "By the Court:"
// under a court of appeals' letterhead (a clerk's order, no opinion): the date on it is the filing date.
const MINUTES_HEAD = /\b(?:CIVIL|CRIMINAL)[ \t]+MINUTES\b/;
const BY_THE_COURT = /^[ \t]*By[ \t]+the[ \t]+Court:?[ \t]*$/im;

// A clerk's attestation is no signature of the order: "IN WITNESS WHEREOF, I have hereunto set my hand and affixed the seal of
// the said court on this 9th day of October, 2019." · "I hereby certify that on May 2, 2020 ..."
const CLERK_ATTEST = /\bWITNESS[ \t]+WHEREOF\b|\bseal[ \t]+of\b|\bcertify\b|\bClerk\b/i;

function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}

/** The kind of a header date in a clerk's paper: minutes are entered, a court's own order is filed. */
function clerkKind(ctx: ReadContext, h: Hit<DateValue>, kind: DateKind): DateKind {
  if (h.span[0] >= ctx.headEnd + 200) return kind;
  const head = ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd + 200));
  if (h.rule === 'date/signed-label' && MINUTES_HEAD.test(head)) return 'entered';
  if (h.rule === 'date/standalone-line' && kind === 'decided' && BY_THE_COURT.test(head)) return 'filed';
  return kind;
}

/**
 * Picks the order's date. The convention (docs/order.md, "Dates"):
 * - a date printed under the caption of an opinion (a date line, "Decided ...", a reporter-style header,
 *   the Second Circuit's stated-term line) is the decision date, kind `decided`, and wins;
 * - a clerk's FILED stamp or "Filed - date" in the header is kind `filed` (`decided` under a reporter's header);
 * - otherwise the signature block: "Signed", "Dated", "this 3rd day of", a bare date beside the signature: `signed`;
 * - "ENTERED:"/"Entered on Docket" is `entered`. Dates in the body's prose never count.
 */
export function readDate(ctx: ReadContext): Order['date'] {
  const n = ctx.text.length;
  const tailStart = Math.max(0, n - 2500);
  const headLimit = ctx.headEnd + 200;
  // The header is matched on a folded copy (same length): OCR confusions in capitals and a clerk's letter-spaced
  // stamp ("F I L E D ... MAY 1 4 2013") read as printed words.
  const k = Math.min(n, headLimit);
  const head = ctx.text.slice(0, k);
  const foldedHead = foldSpaced(foldOcrCaps(head));
  const hits =
    foldedHead === head
      ? scanAll(dateRules, ctx.text, ctx.lower)
      : scanAll(dateRules, foldedHead + ctx.text.slice(k), foldedHead.toLowerCase() + ctx.lower.slice(k));
  const reporter = REPORTER_HEAD.test(ctx.text.slice(0, Math.min(n, 200)).split('\n').find((l) => l.trim()) ?? '');
  let best: { h: Hit<DateValue>; score: number; kind: DateKind } | null = null;
  for (const h of hits) {
    let score = h.priority;
    let kind = h.value.kind;
    const inHead = h.span[0] < headLimit;
    const inTail = h.span[0] >= tailStart;
    if (inHead && HEAD_RULES.has(h.rule)) {
      // A header date outranks any signature date (the reporter's or the clerk's date is the official one).
      score += 30;
      if (h.rule === 'date/standalone-line' || h.rule === 'date/decided-label' || h.rule === 'date/day-of-word-year' || h.rule === 'date/on-rehearing') score += 5;
      if (reporter) kind = 'decided';
    } else if (h.rule === 'date/standalone-line') {
      if (!inTail) continue;
      score += 18; // bare date in the signature block
      kind = 'signed';
    } else if (inTail || inHead) score += 5;
    else if (h.rule === 'date/filed-stamp' || h.rule === 'date/filed-line' || h.rule === 'date/day-of-word-year') continue;
    if (inTail && SIGNATURE_RULES.has(h.rule)) score += 3;
    // Later signature lines beat earlier ones of the same strength (the last "Signed" is the order's); of two
    // bare date lines one above the other under a caption ("February 12, 1973.\nMay 15, 1973.", argued then
    // decided), the later date is the decision.
    const stacked =
      best !== null && inHead && h.rule === 'date/standalone-line' && best.h.rule === h.rule && score === best.score &&
      /^[\s.)\]*_]*$/.test(ctx.text.slice(best.h.span[1], h.span[0])) && h.value.iso > best.h.value.iso;
    if (!best || score > best.score || (score === best.score && h.span[0] > best.h.span[0] && inTail) || stacked) best = { h, score, kind };
  }
  if (!best) {
    // No date of its own: the e-filing stamp's filing date.
    const stamp = ctx.original ? readEcfStamp(ctx.original)?.filed : null;
    return stamp ? { ...stamp, kind: 'filed' } : null;
  }
  // A clerk's FILED stamp above and the order's own "ENTERED" line of the same day below: the order names its act
  // (the stamp records the filing of it).
  if (best.h.rule === 'date/filed-stamp') {
    const iso = best.h.value.iso;
    const own = hits.find((h) => h.span[0] >= ctx.headEnd && h.value.iso === iso && h.value.kind === 'entered' && (h.rule === 'date/entered-line' || h.rule === 'date/entered-label'));
    if (own) best = { h: own, score: best.score, kind: 'entered' };
    // The same for an opinion's decision date under its caption: "FILED ... AUGUST 15, 2011" beside, "(August 15, 2011)" below.
    const decided = own ? undefined : hits.find((h) => h.span[0] > best!.h.span[1] && h.span[0] < headLimit && h.value.iso === iso && h.value.kind === 'decided' && (h.rule === 'date/standalone-line' || h.rule === 'date/decided-label'));
    if (decided) best = { h: decided, score: best.score, kind: 'decided' };
  }
  // A bare date under a site's header and the judge's signature date of the same day below ("Signed: October 14, 2020",
  // "SO ORDERED this 14th day of October, 2020", "Date:" under the signature): the order names its act, signing.
  if (best.h.rule === 'date/standalone-line' && best.kind === 'decided' && !reporter && best.h.span[0] < headLimit) {
    const iso = best.h.value.iso;
    const signed = hits.find((h) => h.span[0] >= Math.max(tailStart, ctx.headEnd) && h.value.iso === iso && (h.rule === 'date/signed-label' || h.rule === 'date/day-of' || h.rule === 'date/signed-by-judge' || h.rule === 'date/chambers-line') && !CLERK_ATTEST.test(lineAround(ctx.text, h.span[0])));
    if (signed) best = { h: signed, score: best.score, kind: 'signed' };
    // (a minute order's "Entered by <judge>, <title>, on <date>" line of the same day: entered)
    const entered = signed ? undefined : hits.find((h) => h.rule === 'date/entered-by-judge' && h.value.iso === iso);
    if (entered) best = { h: entered, score: best.score, kind: 'entered' };
  }
  const f = fact(ctx, best.h.value.iso, best.h.span[0], best.h.span[1], best.h.rule, best.h.confidence);
  return { ...f, kind: clerkKind(ctx, best.h, best.kind) };
}
