/**
 * Page furniture that is not part of the court's text: ECF/CM headers stamped on every page of a filed
 * document, and pleading-paper line numbers. Each rule finds whole ranges to delete from the text.
 */

/** A range `[start, end)` of the source to leave out of the reading text. */
export type Cut = [start: number, end: number];

export interface FurnitureRule {
  id: string;
  /** Returns the ranges to cut, in increasing order. */
  cuts(text: string): Cut[];
  /** Lines the rule must remove entirely. */
  examples: string[];
  /** Lines the rule must leave alone. */
  counterexamples: string[];
}

/*
 * A line that starts like an ECF header, with a docket number right after the label:
 *   Case 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 1 of 3
 *   Case: 20-1234   Document: 00117684624   Page: 1   Date Filed: 12/01/2020   Entry ID: 6384321
 *   USCA4 Appeal: 19-7520   Doc: 12   Filed: 05/07/2020   Pg: 1 of 3
 *   Appellate Case: 19-1234   Document: 010110462922   Date Filed: 01/01/2021   Page: 1
 *   Case 19-12345-abc Doc 45 Filed 01/02/20 Entered 01/02/20 12:34:56 Desc Main Document Page 1 of 5
 */
// (a form feed may open the line: the header heads the next page; the form feed stays, as the page break)
const HEADER_LINE =
  /^(\f?)[ \t]*(?:USCA\d{1,2}[ \t]+)?(?:Appellate[ \t]+)?(?:Case|Appeal)[ \t]*:?[ \t]*\d[^\n]{0,260}$/gm;
// The line must also carry a page counter (`Page 1`, `Page: 1`, `Pg: 1`, `PageID #: 345`) ...
const HAS_PAGE = /\b(?:Page|Pg|Pages)[ \t]*(?:ID)?[ \t]*:?[ \t]*#?:?[ \t]*\d/;
// ... and a filing word (`Document 56`, `Doc: 12`, `DktEntry: 45-1`, `Filed 08/10/20`).
const HAS_FILING = /\b(?:Document|Doc|DktEntry|Filed|Dkt)\b/;

export const ecfHeader: FurnitureRule = {
  id: 'reading/ecf-header',
  cuts(text) {
    const out: Cut[] = [];
    if (!text.includes('Case') && !text.includes('Appeal')) return out;
    HEADER_LINE.lastIndex = 0;
    for (let m = HEADER_LINE.exec(text); m; m = HEADER_LINE.exec(text)) {
      const line = m[0];
      if (!HAS_PAGE.test(line) || !HAS_FILING.test(line)) continue;
      let end = m.index + line.length;
      if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end += 2;
      else if (end < text.length) end += 1; // the newline (or \f) after the header
      out.push([m.index + m[1].length, end]);
    }
    return out;
  },
  examples: [
    'Case 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 1 of 3',
    'Case: 20-1234    Document: 00117684624    Page: 1    Date Filed: 12/01/2020    Entry ID: 6384321',
    'USCA4 Appeal: 19-7520      Doc: 12         Filed: 05/07/2020      Pg: 1 of 3',
    'Appellate Case: 19-1234     Document: 010110462922     Date Filed: 01/01/2021     Page: 1',
    'Case 3:19-cv-01234-JD Document 27 Filed 03/10/20 Page 2 of 12 PageID #: 345',
    'Case: 18-15123, 03/01/2019, ID: 11212345, DktEntry: 45-1, Page 1 of 3',
    'Case 19-12345-abc Doc 45 Filed 01/02/20 Entered 01/02/20 12:34:56 Desc Main Document Page 1 of 5',
    '   Case 2:20-cv-01234 Document 12 Filed on 01/02/20 in TXSD Page 3 of 9',
    '\fCase: 1:24-cv-01588 Document #: 72 Filed: 10/03/25 Page 2 of 2 PageID #:1187',
    '\fUSCA11 Case: 24-11873    Document: 31-1    Date Filed: 10/03/2025    Page: 2 of 2',
  ],
  counterexamples: [
    'Case 1:17-cr-00085-MOC-DLH',
    'Case No. 1:17-cr-00085, the Court denied the motion at page 3.',
    'Case 5 was filed in 2019 and the Page Act applies.',
    'Defendant filed Document 55. See Page 1 of the motion.',
  ],
};

// A pleading-paper line number: a bare 1-2 digit number at the start of a line, then spaces or the end.
//   "12   the defendant was sentenced"   /   "13"
const LINE_NUMBER = /^([ \t]*)(\d{1,2})([ \t]+|(?=\r?\n)|$)/gm;
/** A run of numbered lines counts as pleading paper when it has at least this many steps of +1. */
const MIN_RUN = 5;
/** Unnumbered lines allowed between two numbered ones in a run. */
const MAX_GAP_LINES = 1;
/** A pleading-paper line is short; a longer "line" is a paragraph (a numbered footnote, say). */
const MAX_LINE = 150;

export const pleadingLineNumbers: FurnitureRule = {
  id: 'reading/pleading-line-number',
  cuts(text) {
    const out: Cut[] = [];
    let run: Array<{ cut: Cut; n: number; at: number; layout: boolean }> = [];
    const flush = () => {
      // Most pleading numbers stand alone or sit apart from their text; footnote numbers do not.
      const layout = run.filter((r) => r.layout).length;
      if (run.length >= MIN_RUN && layout * 2 >= run.length) for (const r of run) out.push(r.cut);
      run = [];
    };
    LINE_NUMBER.lastIndex = 0;
    for (let m = LINE_NUMBER.exec(text); m; m = LINE_NUMBER.exec(text)) {
      if (m[0].length === 0) {
        LINE_NUMBER.lastIndex++;
        continue;
      }
      const n = Number(m[2]);
      const last = run[run.length - 1];
      if (last) {
        const gap = countNewlines(text, last.at, m.index);
        if (n !== last.n + 1 || gap > MAX_GAP_LINES + 1) flush();
      }
      const eol = text.indexOf('\n', m.index);
      const lineLength = (eol < 0 ? text.length : eol) - m.index;
      if (n > 40 || lineLength > MAX_LINE) {
        flush();
        continue;
      }
      const spacing = m[3];
      const layout = spacing.length === 0 || spacing.length >= 2 || spacing === '\t' || lineLength === m[0].length;
      run.push({ cut: [m.index, m.index + m[0].length], n, at: m.index, layout });
    }
    flush();
    return out;
  },
  examples: [
    '1\n2  UNITED STATES DISTRICT COURT\n3  CENTRAL DISTRICT OF CALIFORNIA\n4\n5  ORDER\n6  The motion is denied.',
    ' 1          INTRODUCTION\n 2        When is a return not a return?\n 3   According to courts\n 4   the\n 5   answer',
  ],
  counterexamples: [
    '1. The motion is denied.\n2. The clerk shall close the case.\n3. So ordered.\n4. Done.\n5. End.',
    ['1', '2', '3', '4', '5'].map((n) => `${n} A footnote that runs on as one long paragraph line. `.repeat(4)).join('\n\n'),
    '1 Short note.\n\n2 Another note.\n\n3 Ibid.\n\n4 5 Ga. 4.\n\n5 Id. at 3.\n\n6 See above.',
    '5\n\nA resource.org paragraph.\n\n6\n\nAnother.\n\n7\n\nMore.\n\n8\n\nMore.\n\n9\n\nEnd.',
    '18 U.S.C. 3582\n19 days later\n20 people came',
  ],
};

/*
 * What a page break (a form feed, as pdftotext writes it) leaves inside the text:
 * - the e-filing stamps that head each page after the first (the first page's stay: they may hold the only index number)
 *     "\fFILED: NEW YORK COUNTY CLERK 10/03/2025 09:14 AM INDEX NO. 158832/2023\nNYSCEF DOC. NO. 61 RECEIVED NYSCEF: 10/03/2025"
 * - and, when a sentence runs on over the break, everything between its two halves (blank lines, the page number,
 *   the form feed, the next page's header): "defendant's motion to\n\n1\n\fCase: 1:24-cv-01588 Document #: 72 ...\n\n
 *   dismiss [41] is granted" reads "defendant's motion to\ndismiss [41] is granted", as a wrapped line would.
 *   A sentence runs on when its line ends in a lower-case letter or a comma, or the next page starts in lower case.
 */
const STAMP_LINE = /^[ \t]*(?:FILED:[^\n]{0,80}\bCLERK\b[^\n]{0,80}|NYSCEF[ \t]+DOC\.?[ \t]+NO\.?[^\n]{0,80})[ \t]*(?:\r?\n|$)/;
const PAGE_NUMBER_LINE = /\n(?:[ \t]*\r?\n)*[ \t]*(?:-[ \t]*\d{1,3}[ \t]*-|(?:Page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?)[ \t]*\r?\n(?:[ \t]*\r?\n)*$/;
const BLANKS_BEFORE = /\n(?:[ \t]*\r?\n)*[ \t]*$/;

/** Where the next page's own text starts after the form feed at `f`: past blank lines, stamps and an ECF header. */
function pageTextStart(text: string, f: number): { start: number; stampsEnd: number } {
  let i = f + 1;
  let stampsEnd = i;
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(i, i + 400);
    const blank = /^[ \t]*\r?\n/.exec(rest);
    if (blank) {
      i += blank[0].length;
      continue;
    }
    const stamp = STAMP_LINE.exec(rest);
    if (stamp) {
      i += stamp[0].length;
      stampsEnd = i;
      continue;
    }
    const eol = rest.indexOf('\n');
    const line = eol < 0 ? rest : rest.slice(0, eol);
    if (/^[ \t]*(?:USCA\d{1,2}[ \t]+)?(?:Appellate[ \t]+)?(?:Case|Appeal)[ \t]*:?[ \t]*\d/.test(line) && HAS_PAGE.test(line) && HAS_FILING.test(line)) {
      i += eol < 0 ? line.length : eol + 1;
      continue;
    }
    break;
  }
  return { start: i, stampsEnd };
}

export const pageBreak: FurnitureRule = {
  id: 'reading/page-break',
  cuts(text) {
    const out: Cut[] = [];
    for (let f = text.indexOf('\f'); f !== -1; f = text.indexOf('\f', f + 1)) {
      const { start, stampsEnd } = pageTextStart(text, f);
      const head = text.slice(Math.max(0, f - 60), f);
      const back = PAGE_NUMBER_LINE.exec(head) ?? BLANKS_BEFORE.exec(head);
      const lineEnd = back ? f - (head.length - back.index) : -1;
      const prev = lineEnd > 0 ? text.slice(Math.max(0, lineEnd - 30), lineEnd).trimEnd() : '';
      const runsOn = lineEnd > 0 && start < text.length && (/[a-z,]$/.test(prev) || /^[a-z]/.test(text.charAt(start)));
      if (runsOn) out.push([lineEnd + 1, start]);
      else if (stampsEnd > f + 1) out.push([f + 1, stampsEnd]);
    }
    return out;
  },
  examples: [
    'is\n\fFILED: NEW YORK COUNTY CLERK 10/03/2025 09:14 AM INDEX NO. 158832/2023\nNYSCEF DOC. NO. 61 RECEIVED NYSCEF: 10/03/2025\nDENIED',
    'granted.\n\fNYSCEF DOC. NO. 14 RECEIVED NYSCEF: 01/22/2024\nThe motion',
    'the motion to\n\n1\n\fdismiss',
    'the motion is\n- 2 -\n\n\fCase 1:19-cv-01234 Document 12 Filed 01/02/20 Page 2 of 9\n\nDENIED.',
  ],
  counterexamples: ['FILED: NEW YORK COUNTY CLERK 10/03/2025 09:14 AM INDEX NO. 158832/2023\nNYSCEF DOC. NO. 61', 'granted in part.\n\n3\n\fIII. DISCUSSION', 'I. BACKGROUND\n\fThe motion'],
};

/*
 * A reporter's star page inside the running text of an opinion copied from a case-law site: "defendant's renewed motion
 * to *807dismiss is granted" · "alleges *307 that during". Not a pin cite: "at *3", "2020 WL 1234, *2", "*3 n.4".
 */
const STAR_PAGE = /\*\d{1,5}(?: (?=[a-z])|(?=[a-z]))/g;

export const starPage: FurnitureRule = {
  id: 'reading/star-page',
  cuts(text) {
    const out: Cut[] = [];
    if (!text.includes('*')) return out;
    STAR_PAGE.lastIndex = 0;
    for (let m = STAR_PAGE.exec(text); m; m = STAR_PAGE.exec(text)) {
      // (after a word and a blank: "motion to *807dismiss"; not a pin cite "at *3")
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (!/[a-z][a-z,;]? $/.test(before) || /\bat $|\bWL $/.test(before)) continue;
      out.push([m.index, m.index + m[0].length]);
    }
    return out;
  },
  examples: ["the renewed motion to *807dismiss is granted", 'Plaintiff alleges *307 that she was', 'listed in the petition were *252 the creditors'],
  counterexamples: ['2014 WL 12235190, at *2 (C.D. Cal. Aug. 15, 2014)', 'see id. at *3 and', 'Westlaw *4', 'ECF No. 5 *3'],
};

/*
 * A case-law site's editorial summary above the opinion, which quotes how later cases describe it (not the court's words):
 *   "Summary\ndenying motion to appoint counsel related to motion for compassionate release\nSummary of this case from
 *   United States v. WarrickOpinion\n..."  (cut through the "Summary of this case from ..." line, before "Opinion")
 */
const SITE_SUMMARY = /^Summary[ \t]*\r?\n[\s\S]{1,2000}?\bSummary of this case from [^\n]*?(?=Opinion\b|\r?\n|$)/gm;

export const siteSummary: FurnitureRule = {
  id: 'reading/site-summary',
  cuts(text) {
    const out: Cut[] = [];
    if (!text.includes('Summary of this case from')) return out;
    SITE_SUMMARY.lastIndex = 0;
    for (let m = SITE_SUMMARY.exec(text); m; m = SITE_SUMMARY.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  },
  examples: ['Summary\ndenying a motion to dismiss for lack of standing\nSummary of this case from Roe v. DoeOpinion\n3:20-cv-00123\nORDER'],
  counterexamples: ['Summary: MEMORANDUM DECISION ON MOTION FOR RELIEF', 'III. Summary\nThe motion is denied.'],
};

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The page-furniture rules, applied to the original text before folding. */
export const furnitureRules: FurnitureRule[] = [ecfHeader, pageBreak, pleadingLineNumbers, starPage, siteSummary];
