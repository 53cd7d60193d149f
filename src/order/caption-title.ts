/**
 * The document's title in the caption: "MEMORANDUM OPINION AND ORDER", "O R D E R", "v. ) OPINION",
 * "CIVIL MINUTES - GENERAL", a capitalised title running over several lines.
 */
import type { Rule } from '../engine/types.js';

/** The text at `at` continues a capitalised line above that ends mid-phrase ("... PETITION FOR REVIEW OF AN\nORDER ..."). */
function continuesAbove(text: string, at: number): boolean {
  return /\b(?:OF|AN|A|THE|FOR|TO|FROM|AND|BY|OR)[ \t]*\n[ \t*_]*$/.test(text.slice(Math.max(0, at - 40), at));
}

// Every word capitalised but the small ones: "Memorandum of Decision and Order on Trustee's Rule 9019 Motion"
function titleCased(t: string): boolean {
  return t.split(/\s+/).every((w) => /^[A-Z0-9("'§]/.test(w) || /^(?:of|and|on|the|to|for|in|re|a|an|by|with|under|from|or|as|at)$/.test(w));
}

const TITLE_WORDS =
  '(?:MEMORANDUM|OPINION|ORDER|RULING|ENTRY|JUDGMENT|DECISION|REPORT|LETTER|TRANSFER|AMENDED|SUPPLEMENTAL|FINDINGS|PER CURIAM|PUBLISHED|UNPUBLISHED|CORRECTED|FINAL|INTERIM|SCHEDULING|PRETRIAL|PROPOSED|OMNIBUS|TEXT|MINUTE)';

export const titleRules: Rule<string>[] = [
  {
    id: 'title/caption-line',
    anchors: ['order', 'opinion', 'memorandum', 'ruling', 'report', 'judgment', 'decision', 'entry', 'findings', 'letter', 'per curiam', 'minute'],
    // "ORDER" · "MEMORANDUM OPINION AND ORDER" · "ORDER AND REASONS" · "ORDER & REASONS" · "Order to Show Cause" ·
    // "FINDINGS OF FACT AND CONCLUSIONS OF LAW REGARDING ..." (a long capitalised title fills its line)
    pattern: new RegExp(`^[ \\t*_]*(${TITLE_WORDS}\\b[^\\n]{0,400}?)[ \\t*_:.]*$`, 'gim'),
    parse: (m, text) => {
      let t = m[1];
      // The end of a longer line above ("PETITION FOR REVIEW OF AN\nORDER OF THE NATIONAL LABOR RELATIONS BOARD").
      if (continuesAbove(text, m.index + m[0].indexOf(m[1]))) return null;
      if (/ORDERED|\bIT IS\b|^order(?:ed|s)?\s+(?:that|the|him|her|defendant)\b/i.test(t)) return null;
      // A date label in a header ("Decision Date: 04/29/16", "Order Date: May 1, 2020") is no title.
      if (/^\S+\s+(?:Date|Rendered|Entered|Filed|Decided)\s*:/i.test(t)) return null;
      // Nor is the label of a filing date ("OPINION FILED: ____" · "ORDER ENTERED JUNE 8, 2007" · "Opinion filed April 17, 1997").
      if (/^(?:OPINION|ORDER|JUDGMENT|DECISION|MEMORANDUM)\s+(?:FILED|ENTERED|DATED|ISSUED|RELEASED|DELIVERED)\b/i.test(t)) return null;
      // Nor a note on precedential value ("NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37").
      if (/^NON-?\s?PRECEDENTIAL\b/i.test(t)) return null;
      // Nor an author line ("MEMORANDUM BY LAZARUS, J.:      FILED MARCH 5, 2019").
      if (/^(?:MEMORANDUM|OPINION)\s+BY\s+[A-Z][A-Za-z'-]+,\s*(?:[A-Z]\.\s?){1,4}:/.test(t)) return null;
      // Case is judged without parentheticals ("... RELEASE (ECF No. 317)"); a judge after the title is cut off.
      let upper = !/[a-z]/.test(t.replace(/\([^)]*\)/g, ''));
      const cut = !upper ? /^([^a-z]*[A-Z]{2,}[^a-z]*?)\s+(?=[A-Z][a-z])/.exec(t) : null;
      if (cut && /^[A-Z]{4,}/.test(cut[1]) && cut[1].length >= 5) {
        t = cut[1];
        upper = true;
      }
      const words = t.split(/\s+/).length;
      if (!upper && t.length > 240) return null;
      // Mixed case only for short titles ("Order to Show Cause", "Memorandum Opinion"), never prose.
      if (!upper && (words > (titleCased(t) ? 16 : 8) || /[.;]\s/.test(t) || !/^[A-Z]/.test(t) || /\b(?:the|a|an)\s+[a-z]/.test(t.replace(/^\S+\s+/, '')) && words > 5)) return null;
      const start = m.index + m[0].indexOf(t);
      return { value: t.replace(/\s+/g, ' '), span: [start, start + t.length], confidence: upper ? 0.9 : 0.7 };
    },
    priority: 10,
    examples: [
      { text: '\nMEMORANDUM OPINION AND ORDER\n' },
      { text: 'ORDER AND REASONS' },
      { text: 'Order to Show Cause' },
      { text: 'REPORT AND RECOMMENDATION' },
      { text: "Memorandum of Decision and Order on Trustee's Rule 9019 Motion" },
      { text: 'Order Granting in Part the Motion of the Debtors for Leave to Sell Real Property' },
    ],
    counterexamples: [
      'IT IS, THEREFORE, ORDERED that the motion is DENIED.',
      'Order the parties to file briefs by May 1, and then wait for the decision.',
      'Decision Date: 04/29/16 Archive Date: 05/04/16',
      'ON PETITION FOR REVIEW OF AN\nORDER OF THE LABOR BOARD',
      'ORDER DATE: 3/4/2019',
      'OPINION FILED: ____________',
      'ORDER ENTERED MARCH 3, 2011',
      'Opinion filed May 2, 1994.',
      'MEMORANDUM BY OSTROW, J.:        FILED APRIL 2, 2020',
      'NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37',
      'Judgment Rendered: MAR 05 2019',
      'Order of the court below was entered on the docket after the hearing and the parties',
    ],
  },
];

const SPACED_TITLES = new Set(['ORDER', 'OPINION', 'JUDGMENT', 'MEMORANDUM', 'DECISION']);

titleRules.push(
  {
    id: 'title/run-in-heading',
    anchors: ['order', 'opinion', 'memorandum', 'decision', 'ruling'],
    // A page whose paragraphs were run together: the title opens a line and the first section heading and its prose
    // follow on the same line: "DECISION and ORDER INTRODUCTION Ann Roe commenced this action" · "MEMORANDUM OPINION
    // AND ORDER I. BACKGROUND The plaintiff" · "ORDER GRANTING MOTION TO REMAND BACKGROUND On May 2, 2020"
    pattern: /^[ \t*_]*((?:MEMORANDUM|OPINION|ORDER|RULING|DECISION)(?:[ \t]+(?:and|&|[A-Z][A-Z'’-]+)){0,12}?)[ \t]+(?:I\.[ \t]+)?(?:INTRODUCTION|BACKGROUND|PROCEDURAL[ \t]+(?:HISTORY|BACKGROUND)|FACTUAL[ \t]+BACKGROUND|DISCUSSION)[ \t]+(?=[A-Z][a-z]|On[ \t]|[A-Z][ \t])/gm,
    parse: (m) => {
      const t = m[1];
      // (a sentence in capitals is no title: "ORDER THAT THE ...")
      if (/\b(?:IT|IS|SO|THAT|THE[ \t]+COURT)\b/.test(t)) return null;
      const start = m.index + m[0].indexOf(t);
      return { value: t.replace(/\s+/g, ' '), span: [start, start + t.length], confidence: 0.85 };
    },
    priority: 10,
    examples: [
      'Thank you!\n\nDECISION and ORDER INTRODUCTION Ann Roe and Karl Roe commenced this action in state court.',
      'MEMORANDUM OPINION AND ORDER I. BACKGROUND The plaintiff, a former employee, sued.',
      'ORDER GRANTING MOTION TO REMAND BACKGROUND On May 2, 2020, the plaintiff filed suit.',
    ],
    counterexamples: ['ORDERED THAT THE COURT BACKGROUND The', 'The order of the court. BACKGROUND The plaintiff', 'ORDER\nBACKGROUND\nThe plaintiff'],
  },
  {
    id: 'title/memorandum-by',
    anchors: ['memorandum by', 'opinion by'],
    // A Pennsylvania appellate paper's author line: the kind of paper, its author and the filing date ("MEMORANDUM BY
    // ROE, J.: FILED: May 2, 2021" · "OPINION BY POE, P.J.: FILED MARCH 3, 2019" · "MEMORANDUM BY TRAN, J.:"): the
    // paper is the memorandum (the author is read by the judge rules)
    pattern: /(?:^|[ \t])(MEMORANDUM|OPINION)[ \t]+BY[ \t]+[A-Z][A-Za-z'’-]+,\*?[ \t]*(?:[A-Z]\.[ \t]?){1,4}:/gm,
    parse: (m) => {
      const start = m.index + m[0].indexOf(m[1]);
      return { value: m[1], span: [start, start + m[1].length], confidence: 0.85 };
    },
    priority: 10,
    examples: ['MEMORANDUM BY ROE, J.:                        FILED: May 2, 2021', 'OPINION BY POE, P.J.: FILED MARCH 3, 2019', 'and TRAN, J. MEMORANDUM BY TRAN, J.: Appellant appeals'],
    counterexamples: ['the memorandum by Roe, J. said', 'MEMORANDUM BY COUNSEL FOR THE DEFENDANT'],
  },
  {
    id: 'title/column',
    anchors: ['order', 'opinion', 'judgment'],
    // A title set in the caption's right-hand column: "v. ) OPINION" · "v. JUDGMENT" · "Bainbridge Fund LTD, ORDER"
    pattern: /(?:\)|\]|§|\bv\.|,)[ \t]+((?:MEMORANDUM[ \t]+)?(?:OPINION|ORDER|JUDGMENT)(?:[ \t]+AND[ \t]+(?:ORDER|OPINION|JUDGMENT))?)[ \t]*$/gm,
    parse: (m) => {
      const start = m.index + m[0].lastIndexOf(m[1]);
      return { value: m[1].replace(/\s+/g, ' '), span: [start, start + m[1].length], confidence: 0.85 };
    },
    priority: 8,
    examples: [{ text: 'v. ) OPINION', expect: undefined }, 'Harwell Fund, Plaintiff, ORDER', 'v. JUDGMENT'],
    counterexamples: ['the Court, ORDERS the parties', 'v. ) Judgment'],
  },
  {
    id: 'title/ends-in-kind',
    anchors: ['order', 'opinion', 'judgment', 'decision', 'ruling'],
    // A capitalised title line whose last word names the kind of paper: "SUGGESTION OF REMAND AND TRANSFER ORDER" ·
    // "STIPULATED PROTECTIVE ORDER" · "FINAL JUDGMENT" (the whole line, not just its last words); also with what it
    // decides after the kind word: "EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF" · "COMPENSATION HEARING ORDER
    // GRANTING BENEFITS" · "AMENDED SCHEDULING ORDER REGARDING DISCOVERY"
    pattern: /^[ \t*_]*([A-Z][A-Z'’&-]*(?:[ \t]+[A-Z'’&-]+){0,9}?[ \t]+(?:ORDER|OPINION|JUDGMENT|DECISION|RULING)(?:[ \t]+(?:GRANTING|DENYING|ON|REGARDING|DISMISSING|ADOPTING|AFFIRMING|REVERSING|REMANDING|VACATING|APPROVING|AWARDING|FOR|AND)\b[A-Z0-9 ,'’&§().-]{2,200}?)?)[ \t*_:.]*$/gm,
    parse: (m) => {
      const t = m[1];
      if (/\b(?:COURT|DISTRICT|CIRCUIT|DIVISION|UNITED STATES|IT IS|SO)\b/.test(t)) return null;
      const start = m.index + m[0].indexOf(t);
      return { value: t.replace(/\s+/g, ' '), span: [start, start + t.length], confidence: 0.9 };
    },
    priority: 11,
    examples: [
      'SUGGESTION OF REMAND AND TRANSFER ORDER',
      '  STIPULATED PROTECTIVE ORDER',
      'FINAL JUDGMENT',
      'EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF',
      'COMPENSATION HEARING ORDER GRANTING BENEFITS',
      'AMENDED SCHEDULING ORDER REGARDING DISCOVERY DEADLINES',
    ],
    counterexamples: ['IT IS SO ORDERED', 'IT IS SO ORDERED AND ADJUDGED', 'THE COURT WILL ENTER AN ORDER DENYING RELIEF', 'UNITED STATES DISTRICT COURT', 'ORDER', 'Stipulated Protective Order', 'IT IS SO ORDER'],
  },
  {
    id: 'title/glued',
    anchors: ['order', 'opinion', 'judgment'],
    // A title the text layer glued to the end of the line above, after a small letter or a stop: "April 28, 2008.ORDER" ·
    // "Ann Roe Karl Poe JudgesORDER" · "Decided May 2, 2019.MEMORANDUM OPINION"
    pattern: /(?<=[a-z.])((?:MEMORANDUM[ \t]+)?(?:ORDER|OPINION|JUDGMENT)(?:[ \t]+AND[ \t]+(?:ORDER|OPINION|JUDGMENT))?)[ \t]*$/gm,
    parse: (m) => ({ value: m[1].replace(/\s+/g, ' '), span: [m.index, m.index + m[1].length], confidence: 0.85 }),
    priority: 8,
    examples: [{ text: 'April 28, 2008.ORDER', expect: undefined }, 'Ann Roe Karl Poe JudgesORDER', 'Decided May 2, 2019.MEMORANDUM OPINION'],
    counterexamples: ['the motion is granted. ORDER', 'See the ORDERS', 'U.S. ORDERLY'],
  },
  {
    id: 'title/after-judge-tag',
    anchors: ['memorandum', 'order', 'opinion'],
    // A title after the judge's tag on one line (Middle District of Pennsylvania pages):
    // "(BRANN, D.J.) () MEMORANDUM FOR COVID-19 BAIL DECISION" · "(ROE, M.J.) ORDER" · "(OKAFOR, C.J.) MEMORANDUM OPINION"
    pattern: new RegExp(`^[ \\t]*\\([A-Z][A-Za-z'’-]+,[ \\t]*(?:[A-Z]\\.[ \\t]?){1,4}\\)[ \\t]*(?:\\(\\)[ \\t]*)?(${TITLE_WORDS}\\b[^\\n]{0,200}?)[ \\t.]*$`, 'gm'),
    parse: (m) => {
      const t = m[1];
      if (/[a-z]/.test(t)) return null;
      const start = m.index + m[0].lastIndexOf(t);
      return { value: t.replace(/\s+/g, ' '), span: [start, start + t.length], confidence: 0.9 };
    },
    priority: 10,
    examples: [
      { text: '(BRANN, D.J.) () MEMORANDUM FOR COVID-19 BAIL DECISION', expect: undefined },
      '(ROE, M.J.) ORDER',
      '(OKAFOR, C.J.) MEMORANDUM OPINION',
    ],
    counterexamples: ['(ROE, J.) the motion is denied', 'See Roe (ROE, J.) ORDER granting it'],
  },
  {
    id: 'title/spaced',
    anchors: ['o r d e r', 'o p i n i o n', 'j u d g m e n t', 'm e m o r a n d u m', 'd e c i s i o n'],
    // A title printed letter by letter: "O R D E R" · "O P I N I O N"
    pattern: /^[ \t*_]*((?:[A-Z][ \t]){3,}[A-Z])[ \t*_]*$/gm,
    parse: (m) => {
      const word = m[1].replace(/\s+/g, '');
      if (!SPACED_TITLES.has(word)) return null;
      const start = m.index + m[0].indexOf(m[1]);
      return { value: word, span: [start, start + m[1].length], confidence: 0.9 };
    },
    priority: 9,
    examples: [{ text: 'O R D E R', expect: undefined }, '   O P I N I O N'],
    counterexamples: ['A B C D', 'O R D E R S'],
  },
  {
    id: 'title/motion-paper',
    anchors: ['motion', 'petition', 'application', 'request'],
    // A paper that is itself a motion, decided by endorsement: a line in capitals naming it under the caption:
    // "MOTION REQUESTING A JUDICIAL RECOMMENDATION CONCERNING ..." · "PETITION FOR WRIT OF HABEAS CORPUS" ·
    // "APPLICATION FOR LEAVE TO PROCEED IN FORMA PAUPERIS" (taken only when no title in capitals names an order)
    pattern: /^[ \t*_]*((?:EMERGENCY[ \t]+|PRO[ \t]+SE[ \t]+|AMENDED[ \t]+)?(?:MOTION|PETITION|APPLICATION|REQUEST)[ \t]+(?:FOR|TO|REQUESTING|SEEKING|UNDER|PURSUANT)[ \t]+[A-Z0-9 ,.'’/()§&-]{8,200}?)[ \t*_:.]*$/gm,
    parse: (m, text) => {
      const t = m[1];
      const start = m.index + m[0].indexOf(t);
      // Part of a longer line: "ON APPLICATION FOR ENFORCEMENT AND\nPETITION FOR REVIEW OF AN\nORDER OF THE BOARD"
      if (continuesAbove(text, start) || /\b(?:OF|AN|A|THE|FOR|TO|FROM|AND|BY|OR)$/.test(t)) return null;
      return { value: t.replace(/\s+/g, ' '), span: [start, start + t.length], confidence: 0.75 };
    },
    priority: 7,
    examples: [
      { text: 'MOTION REQUESTING A JUDICIAL RECOMMENDATION CONCERNING LENGTH OF PLACEMENT', expect: undefined },
      'PETITION FOR WRIT OF HABEAS CORPUS',
      'APPLICATION FOR LEAVE TO PROCEED IN FORMA PAUPERIS',
    ],
    counterexamples: ['ON APPLICATION FOR ENFORCEMENT AND\nPETITION FOR REVIEW OF AN\nORDER OF THE BOARD', 'MOTION HEARING', 'Motion for leave to amend the complaint is granted', 'MOTION TO DISMISS\nThe defendant moves'],
  },
  {
    id: 'title/minutes',
    anchors: ['minutes'],
    // The heading of a district court's minutes: "CIVIL MINUTES - GENERAL" · "REDACTED CRIMINAL MINUTES – GENERAL 'O'"
    pattern: /^[^\n]{0,40}?\b((?:CIVIL|CRIMINAL)[ \t]+MINUTES[ \t]*[-–—][ \t]*GENERAL)/gm,
    parse: (m) => {
      const start = m.index + m[0].lastIndexOf(m[1]);
      return { value: m[1].replace(/[ \t]+/g, ' '), span: [start, start + m[1].length], confidence: 0.9 };
    },
    priority: 9,
    examples: [{ text: 'CIVIL MINUTES - GENERAL JS-6', expect: undefined }, "REDACTED CRIMINAL MINUTES – GENERAL 'O'"],
    counterexamples: ['the minutes of the hearing'],
  },
);

/**
 * A capitalised title running over more lines: "FINDINGS OF FACT AND CONCLUSIONS OF LAW REGARDING DEBTOR'S\nFIRST
 * AMENDED DISCLOSURE STATEMENT\nOF REORGANIZATION" (lines in capitals right below, up to three, no blank line between).
 */
// The judge's line under the title: "LEWIS A. KAPLAN, USDJ" · "MARA T. OYELARAN, U.S.D.J." · "ROE, DISTRICT JUDGE:" ·
// "PER CURIAM" · "HON. ANA RUIZ"
const JUDGE_LINE = /,[ \t]*(?:U\.?[ \t]?S\.?[ \t]?(?:D|M|B)\.?[ \t]?J\.?|USDJ|USMJ|C?\.?J\.|(?:CHIEF[ \t]+|SENIOR[ \t]+)?(?:UNITED[ \t]+STATES[ \t]+)?(?:DISTRICT|MAGISTRATE|BANKRUPTCY|CIRCUIT)?[ \t]*JUDGE)[ \t:.]*$|^(?:PER[ \t]+CURIAM|HON(?:\.|ORABLE)[ \t])/i;

// A title line that stops mid-phrase: "ORDER DENYING" · "ORDER ON DEFENDANT'S MOTION FOR" · "... AND"
const OPEN_END = /\b(?:GRANTING|DENYING|ON|FOR|TO|OF|AND|THE|REGARDING|RE:?|DISMISSING|ADOPTING|AFFIRMING|REVERSING|VACATING|APPROVING|STRIKING|DIRECTING|IN|PART|WITHOUT|PREJUDICE|MOTIONS?|REQUESTS?|APPLICATIONS?|PETITIONS?|OBJECTIONS?|[A-Z]+['’]S?|[A-Z]+S['’])$|(?:,|&|,[ \t]*&)$/;
// A line that goes on with what the order decides: "DENYING DEFENDANT'S MOTION FOR" · "ON MOTION TO DISMISS" · "AND DIRECTING ..."
const RULING_START = /^(?:GRANTING|DENYING|ON|REGARDING|RE:|DISMISSING|ADOPTING|AFFIRMING|REVERSING|VACATING|APPROVING|STRIKING|DIRECTING|AND[ \t]+(?:GRANTING|DENYING|DIRECTING|ORDER))\b/;
// A line of docket entries alone: "[ECF NO. 367]" · "(ECF Nos. 5, 6)" · "(Doc. 12)" · "[Re: Dkt. No. 8]" · "(D.I. 42)"
const ENTRY_LINE = /^[[(][ \t]*(?:Re:?[ \t]*)?(?:ECF|DOC|DKT|DOCKET|D\.[ \t]?I\.|D\.[ \t]?E\.|RECORD|R\.)\b[^\n]*[\])]$/i;
// The end of a judge line without a comma: "E. ROE UNITED STATES DISTRICT JUDGE." · "M. POE, JUDGE"
const JUDGE_TITLE_END = /\b(?:JUDGE|JUSTICE|U\.?S\.?D\.?J|U\.?S\.?M\.?J)\.?[ \t]*$/i;
// A judge's name and full federal title in capitals, no comma: "KATHERINE A. ROE UNITED STATES MAGISTRATE JUDGE" ·
// "PAUL T. NG CHIEF UNITED STATES DISTRICT JUDGE" · "LENA ORTIZ U.S. BANKRUPTCY JUDGE"
const NAME_TITLE_LINE = /^(?!(?:[A-Z'’.-]+[ \t]+)*(?:TO|OF|AND|THE|FOR|ON|BY)[ \t])[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}[ \t]+(?:(?:CHIEF|SENIOR)[ \t]+)?(?:UNITED[ \t]+STATES|U\.[ \t]?S\.)[ \t]+(?:DISTRICT|MAGISTRATE|BANKRUPTCY|CIRCUIT)[ \t]+JUDGE\.?$/;

export function continueTitle(head: string, value: string, end: number): [string, number] {
  // Only a long line wraps; a section heading below ("I. INTRODUCTION", "BACKGROUND") is not part of the title.
  if (/[a-z]/.test(value.replace(/\([^)]*\)/g, ''))) return [value, end];
  let at = end;
  for (let k = 0; k < 6; k++) {
    const m = /^[ \t*_]*\n[ \t*_]*([^\n]{3,120}?)[ \t*_:.]*(?=\n|$)/.exec(head.slice(at));
    // A short title continues only when it stops mid-phrase ("ORDER DENYING\nDEFENDANTS' MOTION TO\nDISMISS AS MOOT") or
    // the next line goes on with what it decides ("MEMORANDUM DECISION AND ORDER\nDENYING DEFENDANT'S MOTION").
    if (m && value.length < 32 && !OPEN_END.test(value) && !RULING_START.test(m[1])) break;
    if (!m || /[a-z]/.test(m[1]) || !/[A-Z]{3}/.test(m[1]) || /\b(?:COURT|DISTRICT|DIVISION|CIRCUIT|No\.|Case|IT IS)\b/i.test(m[1]) || /^\W*\d/.test(m[1]) || /^(?:[IVX]+|[A-Z])\.\s|^(?:INTRODUCTION|BACKGROUND|DISCUSSION|ANALYSIS|FACTS|CONCLUSION|PROCEDURAL|STANDARD)\b/.test(m[1]) || JUDGE_LINE.test(m[1])) break;
    // The docket entries decided, on their own line under the title: "[ECF NO. 367]" · "(ECF NOS. 5, 6)" · "(Doc. 12)"
    if (ENTRY_LINE.test(m[1])) break;
    // The judge's line under a long title: "KATHERINE A. ROE UNITED STATES MAGISTRATE JUDGE"
    if (NAME_TITLE_LINE.test(m[1])) break;
    // A judge's first name the text layer set alone above the rest of the judge line: "ROBERT\nE. ROE UNITED STATES DISTRICT JUDGE."
    if (/^[A-Z][A-Z'’-]+$/.test(m[1]) && JUDGE_TITLE_END.test(head.slice(at + m[0].length, at + m[0].length + 120).split('\n').find((l) => l.trim()) ?? '')) break;
    value = `${value} ${m[1].replace(/\s+/g, ' ')}`;
    at += m[0].length;
  }
  return [value, at];
}

// The title inside a caption flattened into one line: the kind of paper, then what it decides while the words stay in
// capitals: "No. CV 09-2326-PHX-MHM ORDER Currently pending" · "Judge Ann Roe MEMORANDUM OPINION I. INTRODUCTION" ·
// "PC ORDER DISREGARDING MOTION FOR LEAVE TO PROCEED ON APPEAL AS MOOT v. KARL POE"
// · "Judge: MEMORANDUM-DECISION AND ORDER I. INTRODUCTION" · "Defendants. RULING AND ORDER ON MOTION TO AMEND Kayleen" ·
// "Defendant. DECISION and ORDER I. INTRODUCTION" · "-against- MEMORANDUM & ORDER 10-CV-1234(ABC)"
const FLAT_TITLE = /(?<![A-Za-z])((?:MEMORANDUM(?:(?:[ \t]+|[-–])(?:OPINION|DECISION))?(?:[ \t]+(?:AND|&)[ \t]+ORDER)?|(?:RULING|DECISION)[ \t]+(?:AND|and|&)[ \t]+ORDER|OPINION(?:[ \t]+(?:AND|&)[ \t]+ORDER)?|REPORT[ \t]+AND[ \t]+RECOMMENDATION|ORDER)(?:[ \t]+(?:GRANTING|DENYING|DISREGARDING|DISMISSING|ON|RE|REGARDING|ADOPTING|STRIKING|VACATING|TO|FOR|AFFIRMING|REMANDING|CONDITIONALLY)\b:?(?:[ \t]+(?!v\.|vs\.|(?<!§[ \t]*)[0-9]+\b(?![ \t]+U\.[ \t]?S\.[ \t]?C))[A-Z0-9'’,&§().:-]+)*)?)(?![A-Za-z])/;

/** The title of a flattened caption in `window` (text from the court's name on): [value, start, end] in `window`. */
export function flatTitle(window: string): [string, number, number] | null {
  const m = FLAT_TITLE.exec(window);
  if (!m) return null;
  // (a parenthesis the line cut open is not part of it: "... JURISDICTION (ECF 12 No. 14)" -> "... JURISDICTION")
  const t = m[1].replace(/[ \t]*\([^)]*$/, '').replace(/[ \t,.:]+$/, '');
  return [t.replace(/\s+/g, ' '), m.index, m.index + t.length];
}
