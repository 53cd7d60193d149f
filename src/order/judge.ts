/**
 * Who signed: the signature block ("Max O. Cogburn Jr.\nUnited States District Judge", "/s/ NAME"),
 * a judge line under the caption ("MARCIA A. CRONE, UNITED STATES DISTRICT JUDGE."), an author line
 * ("NAME, District Judge."), a docket-text signature ("Signed by Judge X on ...") and an appellate
 * panel ("Before: A, B, and C, Circuit Judges").
 */
import type { Fact, Hit, Rule, RuleSet } from '../engine/types.js';
import { scanAll } from '../engine/scan.js';
import { fact, titleCase, type ReadContext } from './text-util.js';
import type { Order } from './types.js';
import { NAME, TITLE, SHORT_TITLE, STOP, cleanJudgeName, normTitle, named, type JudgeValue } from './judge-name.js';
import { JUDGE_LINE_AUTHOR_RULES, judgeLineRules, lowerCourtJudge, fullerName, fullerTitle } from './judge-lines.js';

export type { JudgeValue } from './judge-name.js';

/** "delivered by HALLORAN, J." / "Justice Okafor delivered": groups 1/4 the title, 2/3 the name. */
function deliveredBy(m: RegExpExecArray): { value: { name: string; title: string | null }; span: [number, number]; confidence: number } | null {
  const raw = m[2] ?? m[3];
  const name = cleanJudgeName(raw);
  if (!name) return null;
  const s = m.index + m[0].indexOf(raw);
  return { value: { name, title: normTitle(m[1] ?? m[4]) }, span: [s, s + raw.length], confidence: 0.9 };
}

export const judgeRules: Rule<JudgeValue>[] = [
  {
    id: 'judge/signature-block',
    anchors: ['judge', 'justice', 'united states district court'],
    // "Max O. Cogburn Jr.\nUnited States District Judge" · "/s/ Richard G Stearns\nUNITED STATES DISTRICT JUDGE"
    pattern: new RegExp(`^[ \\t*_]*(?:(?:/s/|s/|Signed:|SIGNED:|By:)[ \\t_]*)?(${NAME})[ \\t,]*\\n(?:[ \\t]*\\n)?[ \\t*_]*(${TITLE}|United[ \\t]+States[ \\t]+District[ \\t]+Court)[ \\t.,]*(?:[ \\t]Dated?:?[ \\t]+[^\\n]{4,40})?$`, 'gim'),
    parse: (m) => named(m, 1, 2, 0.95),
    priority: 30,
    examples: [
      { text: 'Max O. Cogburn Jr.\nUnited States District Judge', expect: { name: 'Max O. Cogburn Jr.', title: 'United States District Judge' } },
      { text: '/s/ Richard G Stearns\nUNITED STATES DISTRICT JUDGE', expect: { name: 'Richard G Stearns' } },
      { text: 'Martin Reidinger\nChief United States District Judge', expect: { title: 'Chief United States District Judge' } },
      { text: 'Signed: Rosa M. Alvarado\n   United State District Judge', expect: { name: 'Rosa M. Alvarado' } },
      { text: 'Tobias K. Renner\nUnited States District Court\nMay 2, 2016', expect: { name: 'Tobias K. Renner' } },
      { text: 'Signed electronically by:\nHon. Tamara L. Nguyen\nAdministrative Law Judge', expect: { name: 'Tamara L. Nguyen', title: 'Administrative Law Judge' } },
      { text: 'Hon. Priya Landerman\nJudge of the Superior Court', expect: { name: 'Priya Landerman', title: 'Judge of the Superior Court' } },
      { text: 'MIRIAM K. OSEI\nJUSTICE OF THE SUPREME COURT', expect: { name: 'MIRIAM K. OSEI', title: 'Justice of the Supreme Court' } },
      // (the date set on the title's line: "UNITED STATES DISTRICT JUDGE Date: September 27, 2016")
      { text: '/s/\nLENA M. OKAFOR\nUNITED STATES DISTRICT JUDGE Date: September 27, 2016', expect: { name: 'LENA M. OKAFOR', title: 'United States District Judge' } },
    ],
    counterexamples: ['IT IS SO ORDERED.\nUnited States District Judge', 'the motion is denied\nUnited States District Judge'],
  },
  {
    id: 'judge/title-byline',
    anchors: ['judge'],
    // A reporter's byline run into the line after the document's title or its docket reference: "... MEMORANDUM OPINION
    // AND ORDER Okafor, Chief Judge" · "... TO STRIKE (Doc. 412)ANN B. ROE, District Judge. I. Introduction" (the name
    // in capitals or title case, never a word of the title; a sentence or a section number follows)
    pattern: new RegExp(
      `(?:\\b(?:ORDER|OPINION|MEMORANDUM|DECISION|RULING|JUDGMENT)|\\((?:Docs?|ECF|Dkt)\\.?[ \\t]*(?:No\\.?[ \\t]*)?\\d+\\))[ \\t]*(${NAME}),[ \\t]*((?:(?:Chief|Senior)[ \\t]+)?(?:(?:United[ \\t]+States|U\\.[ \\t]?S\\.)[ \\t]+)?(?:District|Magistrate|Bankruptcy|Circuit)?[ \\t]*Judge)[.:]?(?=[ \\t]+(?:[IVX]{1,4}\\.|[A-Z][a-z])|[ \\t]*(?:\\n|$))`,
      'g',
    ),
    parse: (m) => {
      const lead = /^(?:(?:MEMORANDUM|OPINION|AND|ORDER|DECISION|RULING|JUDGMENT|&)[ \t]+)+/.exec(m[1]);
      const raw = lead ? m[1].slice(lead[0].length) : m[1];
      const name = cleanJudgeName(raw);
      if (!name || !raw) return null;
      const start = m.index + m[0].indexOf(m[1]) + (lead ? lead[0].length : 0);
      const end = m.index + m[0].lastIndexOf(m[2]) + m[2].length;
      return { value: { name, title: normTitle(m[2]) }, span: [start, end], confidence: 0.8 };
    },
    priority: 24,
    examples: [
      { text: 'For the United States Jane Doe, pro se MEMORANDUM OPINION AND ORDER Okafor, Chief Judge\nI. BACKGROUND', expect: { name: 'Okafor', title: 'Chief Judge' } },
      { text: 'GRANTING MOTION TO STRIKE (Doc. 412)ANN B. ROE, District Judge. I. Introduction', expect: { name: 'ANN B. ROE', title: 'District Judge' } },
    ],
    counterexamples: ['the ORDER of Okafor, Chief Judge, was affirmed', 'ORDER Okafor, Chief Judge of the district, said'],
  },
  {
    id: 'judge/name-comma-title',
    anchors: ['judge', 'j.', 'usdj', 'usmj', 'usbj', 'justice'],
    // "MARCIA A. CRONE, UNITED STATES DISTRICT JUDGE." · "JED S. RAKOFF, U.S.D.J." · "Savage, J." · "TANYA WALTON PRATT, JUDGE"
    pattern: new RegExp(`^[ \\t*_]*(?:/s/[ \\t_]*)?(${NAME})(?:,[ \\t]*|[ \\t]+(?=(?:UNITED|CHIEF|SENIOR|CIRCUIT|DISTRICT|MAGISTRATE|BANKRUPTCY)\\b))(${TITLE}|${SHORT_TITLE})[ \\t.:,]*$`, 'gim'),
    parse: (m, text) => {
      const hit = named(m, 1, 2, 0.9);
      // A first name the text layer set on its own line above: "CALLIE\nV. S. GRANADE SENIOR UNITED STATES DISTRICT JUDGE."
      if (hit && /^[A-Z]\.\s/.test(hit.value.name)) {
        const prev = /(?:^|\n)[ \t]*([A-Z][A-Za-z'’-]{1,14})[ \t]*\n$/.exec(text.slice(Math.max(0, m.index - 40), m.index));
        if (prev && !STOP.test(prev[1]) && !/^(?:OPINION|MEMORANDUM|JUDGMENT|DECISION|RULING|BEFORE|PRESENT|ENTRY|REPORT|AND|THE|PER|CURIAM)$/i.test(prev[1])) {
          const start = m.index - prev[0].length + prev[0].indexOf(prev[1]);
          return { ...hit, value: { ...hit.value, name: `${prev[1]} ${hit.value.name}` }, span: [start, hit.span[1]] };
        }
      }
      return hit;
    },
    priority: 25,
    examples: [
      { text: 'MARCIA A. CRONE, UNITED STATES DISTRICT JUDGE.', expect: { name: 'MARCIA A. CRONE', title: 'United States District Judge' } },
      { text: 'JED S. RAKOFF, U.S.D.J.', expect: { name: 'JED S. RAKOFF', title: 'United States District Judge' } },
      { text: 'Savage, J.', expect: { name: 'Savage' } },
      { text: 'PAUL G. GARDEPHE UNITED STATES DISTRICT JUDGE', expect: { name: 'PAUL G. GARDEPHE' } },
      { text: 'HELENA B. MORROW, USDJ', expect: { name: 'HELENA B. MORROW', title: 'United States District Judge' } },
      { text: 'OKAFOR, Circuit Judge:', expect: { name: 'OKAFOR', title: 'Circuit Judge' } },
      { text: 'JOSÉ A. QUINTAL Circuit Judge:', expect: { name: 'JOSÉ A. QUINTAL', title: 'Circuit Judge' } },
      { text: 'RENÉE B. OKAFOR District Judge', expect: { name: 'RENÉE B. OKAFOR' } },
      { text: 'HALVERSTAM, Justice.', expect: { name: 'HALVERSTAM', title: 'Justice' } },
      { text: 'BRUNDAGE, Chief Justice.', expect: { name: 'BRUNDAGE', title: 'Chief Justice' } },
      { text: 'LOWRY, P.J.', expect: { name: 'LOWRY' } },
      { text: 'HON. ARTURO B. MENDEZA, J.S.C.', expect: { name: 'ARTURO B. MENDEZA', title: 'Justice of the Supreme Court' } },
      { text: 'ORDER\nMARGUERITE\nT. ABERNATHY SENIOR UNITED STATES DISTRICT JUDGE.', expect: { name: 'MARGUERITE T. ABERNATHY' } },
      { text: 'Harriet\nL. Okonkwo, United States Magistrate Judge', expect: { name: 'Harriet L. Okonkwo' } },
      { text: 'ORDER\nJ. RONNIE GREER, UNITED STATES DISTRICT JUDGE', expect: { name: 'J. RONNIE GREER' } },
    ],
    counterexamples: ['See Smith v. Jones, J.', 'the Court, Judge', '______\nUNITED STATES DISTRICT JUDGE'],
  },
  {
    id: 'judge/s-slash',
    anchors: ['/s/'],
    // "/s/ Richard G. Stearns" (no title line)
    pattern: new RegExp(`/s/[ \\t_]*(${NAME})[ \\t,]*$`, 'gm'),
    parse: (m) => named(m, 1, null, 0.75),
    priority: 20,
    examples: [{ text: '/s/ Richard G. Stearns', expect: { name: 'Richard G. Stearns' } }],
    counterexamples: ['/s/ ________'],
  },
  {
    id: 'judge/signed-by',
    anchors: ['signed by'],
    // "Signed by Judge Max O. Cogburn, Jr on 8/10/2020." · "Signed by Magistrate Judge Jane Roe on ..."
    // "This document was signed by Magistrate Lena Ortiz on June 2, 2009." (a tax court's closing line)
    pattern: new RegExp(`\\b[Ss]igned\\s+by\\s+((?:(?:Chief|Senior|Senior\\s+District|District|Magistrate|Bankruptcy|U\\.S\\.)\\s+)*(?:Judge|Magistrate))\\s+(${NAME}?)\\s+on\\b`, 'g'),
    parse: (m) => {
      const name = cleanJudgeName(m[2].replace(/,\s*(Jr|Sr)$/, ' $1'));
      if (!name) return null;
      const s = m.index + m[0].indexOf(m[2]);
      return { value: { name, title: normTitle(m[1]) }, span: [s, s + m[2].length], confidence: 0.9 };
    },
    priority: 28,
    examples: [
      { text: 'Signed by Judge Max O. Cogburn, Jr on 8/10/2020.', expect: { name: 'Max O. Cogburn Jr' } },
      { text: 'This document was signed by Magistrate Lena Ortiz on June 2, 2009.', expect: { name: 'Lena Ortiz', title: 'Magistrate' } },
      { text: 'signed by Magistrate Judge Paul Ng on 3/4/2019', expect: { name: 'Paul Ng', title: 'Magistrate Judge' } },
    ],
    counterexamples: ['signed by the defendant on May 1', 'signed by Magistrate Judge Roe yesterday'],
  },
  {
    id: 'judge/opinion-by',
    anchors: ['by'],
    // The author line of many state and appellate opinions: "OPINION BY JUDGE SIMPSON" · "BY JUDGE SIMPSON   FILED: ..." ·
    // "Opinion by Justice Ortiz-Baldwin" · "OPINION BY MR. JUSTICE WALLING"
    pattern: new RegExp(`^[ \\t*_]*(?:(?:MEMORANDUM[ \\t]+)?OPINION[ \\t]+)?BY[ \\t]+(?:MR\\.[ \\t]+|MS\\.[ \\t]+)?((?:(?:SENIOR|CHIEF|PRESIDENT|PRESIDING|ASSOCIATE)[ \\t]+)?(?:JUDGE|JUSTICE))[ \\t]+(${NAME})(?=[ \\t]*(?:[,.:]|$|[ \\t]{1,}FILED))`, 'gim'),
    parse: (m) => {
      const hit = named(m, 2, null, 0.85);
      return hit ? { ...hit, value: { ...hit.value, title: normTitle(m[1]) } } : null;
    },
    priority: 27,
    examples: [
      { text: 'BY JUDGE PELLINGHAM FILED: November 18, 2015', expect: { name: 'PELLINGHAM', title: 'Judge' } },
      { text: 'Opinion by Justice Ortiz-Baldwin.', expect: { name: 'Ortiz-Baldwin', title: 'Justice' } },
      { text: 'OPINION BY MR. JUSTICE WALDEMAR, May 4, 1925:', expect: { name: 'WALDEMAR' } },
    ],
    counterexamples: ['signed by Judge Smith yesterday and then', 'as explained by Judge Roe in her opinion'],
  },
  {
    id: 'judge/memorandum-by',
    anchors: ['by'],
    // The author line of a Pennsylvania appellate decision, the filing date often beside it: "MEMORANDUM BY LAZARUS, J.:" ·
    // "OPINION BY BENDER, P.J.E.:      FILED MARCH 5, 2019" · "MEMORANDUM BY OKONJO, J.:"
    pattern: new RegExp(`^[ \\t*_]*(?:MEMORANDUM|OPINION|JUDGMENT[ \\t]+ORDER)[ \\t]+BY[ \\t]+(${NAME}),[ \\t]*((?:[A-Z]\\.[ \\t]?){1,4}):`, 'gm'),
    parse: (m) => named(m, 1, 2, 0.9),
    priority: 27,
    examples: [
      { text: 'MEMORANDUM BY OKONJO, J.:                 FILED APRIL 2, 2020', expect: { name: 'OKONJO', title: 'Judge' } },
      { text: 'OPINION BY BRANDT, P.J.E.:', expect: { name: 'BRANDT' } },
    ],
    counterexamples: ['MEMORANDUM BY the Court', 'OPINION BY JUDGE ROE'],
  },
  {
    id: 'judge/delivered-by',
    anchors: ['delivered by'],
    // "The opinion of the court was delivered by FRANCIS, J." · "The opinion of the Court was delivered by Justice Okafor." ·
    // "The opinion of the Court was delivered by MR. CHIEF JUSTICE HALE."
    pattern: new RegExp(
      `\\b[Tt]he[ \\t]+opinion[ \\t]+of[ \\t]+the[ \\t]+[Cc]ourt[ \\t]+was[ \\t]+delivered[ \\t]+by(?:[ \\t]+|[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t*_]*)(?:(?:MR\\.|MS\\.|Mr\\.|Ms\\.)[ \\t]+)?(?:(CHIEF[ \\t]+JUSTICE|JUSTICE|Chief[ \\t]+Justice|Justice|JUDGE|Judge)[ \\t]+(${NAME})(?=[ \\t]*[.,:;]?[ \\t]*$)|(${NAME}),[ \\t]*(C\\.[ \\t]?J\\.|J\\.[ \\t]?A\\.[ \\t]?D\\.|J\\.|P\\.[ \\t]?J\\.))`,
      'gm',
    ),
    parse: (m) => deliveredBy(m),
    priority: 27,
    examples: [
      { text: 'The opinion of the court was delivered by HALLORAN, J.', expect: { name: 'HALLORAN', title: 'Judge' } },
      { text: 'The opinion of the Court was delivered by Justice Okafor.', expect: { name: 'Okafor', title: 'Justice' } },
      { text: 'The opinion of the Court was delivered by MR. CHIEF JUSTICE BRANDT.', expect: { name: 'BRANDT', title: 'Chief Justice' } },
      // The author on the line below, an Appellate Division judge's letters: "delivered by\n  OKONJO, J.A.D."
      { text: 'The opinion of the court was delivered by\n    OKONJO, J.A.D.', expect: { name: 'OKONJO', title: 'Judge' } },
      { text: 'The opinion of the court was delivered by\n\nPRZYBYLSKI, J.A.D.\n\nIn this appeal', expect: { name: 'PRZYBYLSKI' } },
    ],
    counterexamples: ['The opinion of the Court was delivered by This is an action for damages', 'the opinion was delivered by mail'],
  },
  {
    id: 'judge/delivered',
    anchors: ['delivered the opinion', 'delivered the judgment', 'delivered the decision'],
    // "MR. JUSTICE GOLDBERG delivered the opinion of the Court." · "Justice Okafor delivered the opinion of the Court." ·
    // "HALVORSEN, J., delivered the opinion of the court"
    pattern: new RegExp(`^[ \\t*_]*(?:(?:MR\\.|MS\\.|Mr\\.|Ms\\.)[ \\t]+)?(?:(?:(CHIEF[ \\t]+JUSTICE|JUSTICE|Chief[ \\t]+Justice|Justice|JUDGE|Judge)[ \\t]+(${NAME}))|(${NAME}),[ \\t]*(C\\.[ \\t]?J\\.|J\\.|P\\.[ \\t]?J\\.))(?:,)?[ \\t]+(?:after stating the case,?[ \\t]+)?delivered[ \\t]+the[ \\t]+(?:[Oo]pinion|[Jj]udgment|[Dd]ecision)`, 'gm'),
    parse: (m) => deliveredBy(m),
    priority: 27,
    examples: [
      { text: 'MR. JUSTICE GOLDMARK delivered the opinion of the Court.', expect: { name: 'GOLDMARK', title: 'Justice' } },
      { text: 'Justice Okafor delivered the opinion of the Court.', expect: { name: 'Okafor' } },
      { text: 'HALVORSEN, J., delivered the opinion of the court.', expect: { name: 'HALVORSEN' } },
      { text: 'Justice Laurel McKinnett delivered the Opinion of the Court.', expect: { name: 'Laurel McKinnett', title: 'Justice' } },
      { text: 'JUSTICE HOWELLS delivered the judgment of the court, with opinion.', expect: { name: 'HOWELLS', title: 'Justice' } },
      // (Arizona: "Judge X delivered the decision of the Court, in which ... joined.")
      { text: 'Judge Ada Lindqvist delivered the decision of the Court, in which Judge Karl Moreau joined.', expect: { name: 'Ada Lindqvist', title: 'Judge' } },
    ],
    counterexamples: ['In Smith, the court delivered the opinion that'],
  },
  {
    id: 'judge/author-lead',
    anchors: ['judge', 'justice', 'filed by', 'j. —', 'j. –', 'j. -'],
    // The author named where the opinion starts, the text running on: "Edwards, Chief Judge: This case ..." ·
    // "SELYA, Circuit Judge. This appeal ..." · "Opinion for the Court filed by Chief Judge Edwards."
    pattern: new RegExp(
      `^[ \\t*_]*(?:(${NAME}),[ \\t]*(${TITLE})[.:][ \\t]+(?=[A-Z])|(${NAME}),[ \\t]*((?:A\\.[ \\t]?)?(?:C\\.[ \\t]?)?J\\.)[ \\t]*(?:[—–]|-{1,2})[ \\t]*(?=[A-Z])|Opinion[ \\t]+for[ \\t]+the[ \\t]+Court[ \\t]+filed[ \\t]+by[ \\t]+((?:(?:Chief|Senior|Circuit|District)[ \\t]+)*(?:Judge|Justice))[ \\t]+(${NAME})[ \\t]*[.,])`,
      'gm',
    ),
    parse: (m) => {
      if (m[6]) {
        const hit = named(m, 6, null, 0.9);
        return hit ? { ...hit, value: { ...hit.value, title: normTitle(m[5]) } } : null;
      }
      if (m[3]) return named(m, 3, 4, 0.85);
      return named(m, 1, 2, 0.85);
    },
    priority: 26,
    examples: [
      { text: 'Okafor, Chief Judge: This case involves a claim under an indemnity agreement.', expect: { name: 'Okafor', title: 'Chief Judge' } },
      { text: 'Opinion for the Court filed by Chief Judge Lindqvist.', expect: { name: 'Lindqvist', title: 'Chief Judge' } },
      { text: 'BRANDEIS-WU, Circuit Judge. This appeal asks whether', expect: { name: 'BRANDEIS-WU' } },
      // (Washington: the author's letters and a dash run into the opinion)
      { text: 'MANNING, C.J. — Tobias Roe appeals his conviction', expect: { name: 'MANNING', title: 'Chief Judge' } },
      { text: 'VELASCO, J. – The trial court denied the motion', expect: { name: 'VELASCO', title: 'Judge' } },
      { text: 'ARNETT, A.C.J. -- The State appeals the dismissal', expect: { name: 'ARNETT' } },
    ],
    counterexamples: ['Smith, J., dissenting from the denial', 'the Circuit Judge: who'],
  },
  {
    id: 'judge/before-single',
    anchors: ['before'],
    // One judge deciding alone: "Before: Steven J. Menashi,\nCircuit Judge." · "BEFORE: HON. JANE ROE, DISTRICT JUDGE"
    pattern: new RegExp(`\\bBEFORE:?[ \\t]+(${NAME}),?\\s+((?:Chief[ \\t]+|Senior[ \\t]+)?(?:(?:United[ \\t]+States|U\\.S\\.)[ \\t]+)?(?:Circuit|District|Magistrate|Bankruptcy)[ \\t]+Judge)\\b(?!s)`, 'gi'),
    parse: (m) => (/^Before/i.test(m[0]) ? named(m, 1, 2, 0.85) : null),
    priority: 22,
    examples: [
      { text: 'Before: Steven J. Menashi,\nCircuit Judge.', expect: { name: 'Steven J. Menashi', title: 'Circuit Judge' } },
      { text: 'BEFORE: HON. NORA K. LINDQVIST, DISTRICT JUDGE', expect: { name: 'NORA K. LINDQVIST' } },
    ],
    counterexamples: ['Before: WILKINSON, NIEMEYER, and HARRIS, Circuit Judges.', 'before the Court is a motion'],
  },
  {
    id: 'judge/caption-assigned',
    anchors: ['judge'],
    // The judge assigned, printed in the caption's right column, title first: "Carrier. ) Judge Kenneth M. Roe" ·
    // "     Magistrate Judge Ruth A. Kessing" · "Case No. 3:21-cv-4 | District Judge Ann Poe"
    pattern: new RegExp(`(?:^[ \\t]*|[)|§:][ \\t]*|[ \\t]{3,})((?:(?:Chief|Senior|CHIEF|SENIOR)[ \\t]+)?(?:(?:United[ \\t]+States|UNITED[ \\t]+STATES|U\\.[ \\t]?S\\.)[ \\t]+)?(?:(?:District|Magistrate|Bankruptcy|DISTRICT|MAGISTRATE|BANKRUPTCY)[ \\t]+)?(?:Judge|JUDGE))[ \\t]+(${NAME})[ \\t]*\\)?[ \\t]*$`, 'gm'),
    parse: (m) => {
      const name = cleanJudgeName(m[2]);
      if (!name) return null;
      const s = m.index + m[0].indexOf(m[1]);
      const e = m.index + m[0].lastIndexOf(m[2]) + m[2].length;
      return { value: { name, title: normTitle(m[1]) }, span: [s, e], confidence: 0.7 };
    },
    priority: 4,
    examples: [
      { text: 'New Hampshire Ins. Co., ) Judge Kenneth M. Roe\nCarrier. )', expect: { name: 'Kenneth M. Roe', title: 'Judge' } },
      { text: 'Plaintiff,\n                                       Magistrate Judge Ruth A. Kessing\nv.', expect: { name: 'Ruth A. Kessing', title: 'Magistrate Judge' } },
      { text: 'Case No. 3:21-cv-00004 | District Judge Ann Poe', expect: { name: 'Ann Poe', title: 'District Judge' } },
      { text: 'No. 1:12-00005\nJUDGE HALVORSEN\nORDER', expect: { name: 'HALVORSEN', title: 'Judge' } },
    ],
    counterexamples: ['the motion was heard by Judge Roe on Monday', 'Judge Roe denied the motion.'],
  },
  {
    id: 'judge/present',
    anchors: ['present'],
    // Minutes: "Present: The Honorable CHRISTINA A. SNYDER, UNITED STATES DISTRICT JUDGE" (the word "Honorable"
    // may fall to the next line in a two-column PDF)
    pattern: new RegExp(`\\bPresent:[ \\t]*(?:The[ \\t]+)?(?:Honorable[ \\t]+)?(${NAME}),[ \\t]*(${TITLE})`, 'gi'),
    parse: (m) => named(m, 1, 2, 0.85),
    priority: 24,
    examples: [
      { text: 'Present: The Honorable MARIA T. OYELARAN, UNITED STATES MAGISTRATE JUDGE', expect: { name: 'MARIA T. OYELARAN', title: 'United States Magistrate Judge' } },
      { text: 'Present: The ODELL P. FINCH, UNITED STATES DISTRICT JUDGE\nHonorable', expect: { name: 'ODELL P. FINCH' } },
    ],
    counterexamples: ['Present: Counsel for the government'],
  },
  {
    id: 'judge/ny-present',
    anchors: ['present'],
    // New York's e-filed decisions: "PRESENT: HON. CAROL R. EDMEAD Justice" (on a flattened header line)
    pattern: /\bPRESENT:[ \t]*HON(?:ORABLE|\.)[ \t]+((?:[A-Z][A-Z.'’-]*[ \t]+){1,4}?[A-Z][A-Z'’-]+)[ \t]+(Justice|JUSTICE|J\.S\.C\.|A\.J\.S\.C\.)/g,
    parse: (m) => named(m, 1, 2, 0.85),
    priority: 24,
    examples: [{ text: 'PRESENT: HON. MARGARET T. OYELARAN Justice MOTION DATE 9/24/2020', expect: { name: 'MARGARET T. OYELARAN', title: 'Justice' } }],
    counterexamples: ['PRESENT: Counsel for the parties', 'Present: Hon. Roe, Poe and Doe, JJ.'],
  },
  {
    id: 'judge/inverted-author',
    anchors: [', j.', 'justice', 'j.s.c'],
    // An author line that inverts the name, as New York's trial decisions print it: "KORNREICH, SHIRLEY WERNER, J.:"
    pattern: /^[ \t]*([A-Z][A-Z'’-]+),[ \t]+([A-Z][A-Z.'’]*(?:[ \t]+[A-Z][A-Z.'’]*){0,3}),[ \t]+(J\.S\.C\.|J\.|JUSTICE|Justice)[ \t]*:/gm,
    parse: (m) => {
      const name = cleanJudgeName(`${m[2]} ${m[1]}`);
      return name ? { value: { name, title: normTitle(m[3]) }, span: [m.index + m[0].indexOf(m[1]), m.index + m[0].lastIndexOf(m[3]) + m[3].length], confidence: 0.8 } : null;
    },
    priority: 24,
    examples: [{ text: 'KORVALD, MARGARET ANN, J.:\nPlaintiff moves to dismiss.', expect: { name: 'MARGARET ANN KORVALD' } }],
    counterexamples: ['ROE, J., dissenting.', 'SMITH, JONES, and DOE, JJ.:'],
  },
  {
    id: 'judge/panel',
    anchors: ['before'],
    // "Before: WILKINSON, NIEMEYER, and HARRIS, Circuit Judges." · "BEFORE: Smith, Chief Judge, Jones and Roe, Circuit Judges"
    pattern: /\bBEFORE:?\s+([A-Z][^\n]{3,200}?),?\s+(Circuit|District|Bankruptcy)\s+Judges\b\.?/gi,
    parse: (m) => {
      const names = m[1].replace(/,?\s*(?:Chief|Senior)\s+(?:Circuit\s+|District\s+)?Judges?,?/gi, ',').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
      if (names.length < 2 || names.some((n) => !cleanJudgeName(n))) return null;
      return { value: { name: names.join(', '), title: `${titleCase(m[2].toUpperCase())} Judges` }, span: [m.index, m.index + m[0].length], confidence: 0.6 };
    },
    priority: 5,
    examples: [{ text: 'Before: WILKINSON, NIEMEYER, and HARRIS, Circuit Judges.', expect: { name: 'WILKINSON, NIEMEYER, HARRIS' } }],
    counterexamples: ['before the Court is a motion'],
  },
  ...judgeLineRules,
];

export const judgeRuleSet: RuleSet<JudgeValue> = { domain: 'order-judge', rules: judgeRules };

export interface JudgeFacts {
  judge: Order['judge'];
  panel: Fact<string[]> | null;
}

/** The signature block near the end wins, then a judge line in the head, then anything else. */
export function readJudge(ctx: ReadContext): JudgeFacts {
  const hits = scanAll(judgeRules, ctx.text, ctx.lower);
  const tail = Math.max(0, ctx.text.length - 2500);
  let best: { h: Hit<JudgeValue>; score: number } | null = null;
  let panel: Fact<string[]> | null = null;
  // A per curiam opinion is the court's: the judges of its "Before" block are the panel, none of them the author.
  const perCuriam = PER_CURIAM.test(ctx.text);
  CONCUR_HEADING.lastIndex = tail;
  const concurAt = CONCUR_HEADING.exec(ctx.text)?.index ?? -1;
  const block: Hit<JudgeValue>[] = [];
  for (const h of hits) {
    if (h.rule === 'judge/panel') {
      if (!panel) panel = fact(ctx, h.value.name.split(', '), h.span[0], h.span[1], h.rule, h.confidence);
      continue;
    }
    // A per curiam opinion's head may name the trial judge appealed from: "Hon. Ann Roe, U.S. District Judge" ·
    // "[Hon. Ann Roe, U.S. District Judge]". That judge wrote nothing here.
    if (perCuriam && h.span[0] < ctx.headEnd + 400 && /^\[?(?:The[ \t]+)?Hon(?:orable|\.)/i.test(ctx.text.slice(h.span[0], h.span[0] + 16)) && /District|Magistrate|Bankruptcy/i.test(h.value.title ?? '')) continue;
    if (perCuriam && inBeforeBlock(ctx.text, h.span[0])) {
      block.push(h);
      continue;
    }
    // The head's list of the bench, one judge a line, closed by "JJ.": "ALAN D. ROE, P.J.\nRUTH DOE\nKARL POE, JJ." (an
    // unsigned decision of the panel; none of them is its author).
    if (h.span[0] < ctx.headEnd + 400 && BENCH_LIST_END.test(ctx.text.slice(h.span[1], h.span[1] + 200))) continue;
    // The judge of the court appealed from, named under "Petition for Review from the Superior Court ...".
    if (h.span[0] < ctx.headEnd + 1500 && lowerCourtJudge(ctx.text, h.span[0])) continue;
    // A judge in the list of those the clerk sends copies to, after the signature, is no author.
    if (inDistributionList(ctx.text, h.span[0])) continue;
    let score = h.priority;
    if (concurAt >= 0 && h.span[0] > concurAt) score -= 40;
    if (h.span[0] >= tail) score += 20;
    else if (h.span[0] < ctx.headEnd + 400) {
      // An author line opening the opinion ("HAROLD H. GREENE, District Judge.") or a single judge "Before:"
      // names the writer as surely as a signature does; a judge named later in the head is someone else.
      score += h.rule === 'judge/name-comma-title' || h.rule === 'judge/before-single' || h.rule === 'judge/present' || h.rule === 'judge/opinion-by' || h.rule === 'judge/memorandum-by' || h.rule === 'judge/delivered' || h.rule === 'judge/delivered-by' || h.rule === 'judge/author-lead' || JUDGE_LINE_AUTHOR_RULES.has(h.rule) ? 25 : 10;
    }
    if (!best || score > best.score || (score === best.score && h.span[0] > best.h.span[0])) best = { h, score };
  }
  // A surname in the author line, the full name in the signature: "Opinion by Justice Roe" ... "ANN B. ROE\nJustice".
  if (best) best = { ...best, h: fullerName(best.h, hits) };
  // A docket text's bare "Judge Ann Roe", the opinion's "ROE, District Judge:": the fuller title.
  if (best) best = { ...best, h: fullerTitle(best.h, hits, ctx.text) };
  const judge = best ? fact(ctx, justiceTitle(ctx, best.h), best.h.span[0], best.h.span[1], best.h.rule, best.h.confidence) : null;
  if (!panel && block.length >= 2) {
    panel = fact(ctx, block.map((h) => h.value.name), block[0].span[0], block[block.length - 1].span[1], 'judge/panel-per-curiam', 0.6);
  }
  return { judge, panel };
}

// A distribution list's heading a few lines above: "Copies to:\nThe Honorable Ann Roe\nSenior United States District
// Judge" · "cc: Hon. Karl Poe" · "Copies furnished to:" · "DISTRIBUTION:"
const DISTRIBUTION_HEAD = /(?:^|\n)[ \t]*(?:Copies|COPIES)(?:[ \t]+(?:furnished|mailed|provided|sent|FURNISHED|MAILED))?(?:[ \t]+(?:to|TO))?[ \t]*:|(?:^|\n)[ \t]*(?:cc|CC|Distribution|DISTRIBUTION)[ \t]*:/g;

function inDistributionList(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 200), at);
  let last: RegExpExecArray | null = null;
  DISTRIBUTION_HEAD.lastIndex = 0;
  for (let m = DISTRIBUTION_HEAD.exec(back); m; m = DISTRIBUTION_HEAD.exec(back)) last = m;
  if (!last) return false;
  // (at most three lines between the heading and the name)
  return (back.slice(last.index + last[0].length).match(/\n/g) ?? []).length <= 3;
}

// A supreme court named on its own line in the head: "Supreme Court of California." · "IN THE SUPREME COURT OF THE STATE OF
// MONTANA" · "Supreme Judicial Court of Maine"
const SUPREME_HEAD = /^[ \t*_]*(?:IN[ \t]+THE[ \t]+)?Supreme[ \t]+(?:Judicial[ \t]+)?Court\b[^\n]{0,60}$/im;

/** In a supreme court the letters "J." and "C.J." after an author's name stand for Justice and Chief Justice. */
function justiceTitle(ctx: ReadContext, h: Hit<JudgeValue>): JudgeValue {
  const printed = ctx.text.slice(h.span[0], h.span[1]);
  const letters = /,[ \t]*(C\.[ \t]?)?J\.$/.exec(printed);
  if (!letters || !SUPREME_HEAD.test(ctx.text.slice(0, Math.min(ctx.text.length, ctx.headEnd + 200)))) return h.value;
  return { ...h.value, title: letters[1] ? 'Chief Justice' : 'Justice' };
}

// The rest of a bench list after a judge: short name lines, the last closed by "JJ." ("\nRUTH DOE\nKARL POE, JJ.")
const BENCH_LIST_END = /^[ \t.,]*\n(?:[ \t]*[A-Z][A-Za-z.'’ -]{2,40},?[ \t]*\n){0,6}[ \t]*[A-Z][A-Za-z.'’ -]{2,40},[ \t]*JJ\.[ \t]*(?:\n|$)/;
// The heading over the signatures of the judges who join an opinion: "CONCUR:" · "WE CONCUR:" · "We concur:" · "CONCURRING:"
const CONCUR_HEADING = /^[ \t*_]*(?:WE[ \t]+)?CONCUR(?:RING)?[ \t]*:?[ \t]*$/gim;
// "PER CURIAM." · "Per Curiam:" opening a line (not a citation's "(per curiam)").
const PER_CURIAM = /(?:^|\n)[ \t*_]*(?:OPINION[ \t]+)?(?:PER[ \t]+CURIAM|Per[ \t]+Curiam)\b/;
// A "Before" line a few lines up with only names and titles since: "Before\n\nHoward, Chief Judge,\nSelya and Kayatta, Circuit Judges." ·
// "Sitting: Ann Roe, Justice\n         Ben Poe, Justice"
const BEFORE_BLOCK = /(?:^|\n)[ \t]*(?:BEFORE|Before|PRESENT|Present|SITTING|Sitting|PANEL|Panel)\b:?(?:[^\n.]|\.(?=[ \t]*[A-Z][a-z]*\.)|,|\n){0,300}$/;

function inBeforeBlock(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 300), at);
  const m = BEFORE_BLOCK.exec(back);
  return !!m && (back.slice(m.index).match(/\n/g) ?? []).length <= 8;
}
