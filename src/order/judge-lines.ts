/**
 * Judge lines of opinions copied from case-law web pages, where the caption and the signature block are gone or run
 * into other text: a title-first author line, an "HON." line alone in the head, an author run into the first sentence,
 * a surname alone under the decision heading, a name and title closing a counsel paragraph, a docket-text "Entered by".
 */
import type { Hit, Rule } from '../engine/types.js';
import { MONTH_SRC } from './date-parse.js';
import { NAME, TITLE, cleanJudgeName, normTitle, type JudgeValue } from './judge-name.js';

// A name in capitals, two to five words: "SANDRA CABRINA JENKINS" · "LAWRENCE P. ZATKOFF" · "GARY SPRAKER"
const CAPS_NAME = `[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*(?:[ \\t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,4}`;
// Words that make a capital line a heading or a court, not a name.
const NOT_NAME = /\b(?:OF|THE|AND|FOR|IN|ON|TO|BY|COURT|STATE|STATES|COUNTY|PARISH|DISTRICT|CIRCUIT|DIVISION|PRESIDING|ORDER|OPINION|JUDGMENT|MOTION|PER|CURIAM|APPEAL|APPEALS|PANEL|DISSENT|DISSENTING|CONCURRING|AFFIRMED|REVERSED|MEMORANDUM|DECISION|RULING|REPORT|RECOMMENDATION|FINDINGS|SUMMARY|ORDERED|DENIED|GRANTED)\b/;
// A federal judge's full title: "United States District Judge" · "UNITED STATES BANKRUPTCY JUDGE" · "U.S. Magistrate Judge"
const FULL_TITLE = `(?:(?:Chief|Senior|CHIEF|SENIOR)[ \\t]+)?(?:United[ \\t]+States|UNITED[ \\t]+STATES|U\\.[ \\t]?S\\.)[ \\t]+(?:(?:Chief|Senior|CHIEF|SENIOR)[ \\t]+)?(?:District(?:[ \\t]+Court)?|Magistrate|Bankruptcy|Circuit|DISTRICT(?:[ \\t]+COURT)?|MAGISTRATE|BANKRUPTCY|CIRCUIT)[ \\t]+(?:Judge|JUDGE)`;

// A run of two to fifteen words in capitals that ends where the title's comma begins, after a line start or a blank.
const CAPS_RUN_BEFORE = /(?:^|[ \t\n])((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*[ \t]+){1,14}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)$/;

function capsName(raw: string): string | null {
  return NOT_NAME.test(raw) ? null : cleanJudgeName(raw);
}

function at(m: RegExpExecArray, part: string): number {
  return m.index + m[0].indexOf(part);
}

/** The parse of a rule whose group 1 is the judge's name and group 2 the title; the span is the name's. */
function nameTitle(confidence: number, clean: (raw: string) => string | null = cleanJudgeName) {
  return (m: RegExpExecArray): Omit<Hit<JudgeValue>, 'rule' | 'priority'> | null => {
    const name = clean(m[1]);
    if (!name) return null;
    const s = at(m, m[1]);
    return { value: { name, title: normTitle(m[2]) }, span: [s, s + m[1].length], confidence };
  };
}

// A docket text's verb, in capitals, right after the judge it names: "ORDER by District Judge Ruth Roe GRANTING 35 Motion ..."
const DOCKET_VERB = '(?:GRANTING|DENYING|DISMISSING|ADOPTING|REJECTING|SUSTAINING|OVERRULING|AFFIRMING|REVERSING|REMANDING|STAYING|STRIKING|TERMINATING|FINDING|DIRECTING|SETTING|VACATING|APPROVING)';

export const judgeLineRules: Rule<JudgeValue>[] = [
  {
    id: 'judge/title-first-line',
    anchors: ['judge', 'justice'],
    // The author alone on a line, title first, in capitals (Louisiana and other state appellate pages):
    // "JUDGE SANDRA CABRINA JENKINS" · "JUSTICE MARCO T. ALVAREZ" · "CHIEF JUDGE ODELL FINCH"
    pattern: new RegExp(`^[ \\t*_]*((?:CHIEF[ \\t]+|PRESIDING[ \\t]+)?(?:JUDGE|JUSTICE))[ \\t]+(${CAPS_NAME})[ \\t]*$`, 'gm'),
    parse: (m) => {
      const name = capsName(m[2]);
      return name ? { value: { name, title: normTitle(m[1]) }, span: [at(m, m[1]), at(m, m[2]) + m[2].length], confidence: 0.8 } : null;
    },
    priority: 20,
    examples: [
      { text: 'JUDGE SANDRA CABRINA JENKINS', expect: { name: 'SANDRA CABRINA JENKINS', title: 'Judge' } },
      { text: 'JUSTICE MARCO T. ALVAREZ\nThe defendant appeals', expect: { name: 'MARCO T. ALVAREZ', title: 'Justice' } },
      { text: 'CHIEF JUDGE ODELL FINCH', expect: { name: 'ODELL FINCH', title: 'Chief Judge' } },
    ],
    counterexamples: ['JUDGE OF THE SUPERIOR COURT', 'JUDGE PRESIDING', 'Judge Roe denied the motion.', 'JUDGE'],
  },
  {
    id: 'judge/honorable-line',
    anchors: ['hon'],
    // An "HON." name alone on a line at the head of a district-court page (between the date and the title):
    // "HON. LAWRENCE P. ZATKOFF" · "HONORABLE RUTH K. OYELARAN" · "Hon. Tobias Renner"
    pattern: new RegExp(`^[ \\t*_]*(?:THE[ \\t]+|The[ \\t]+)?(?:HON\\.|HONORABLE|Hon\\.|Honorable)[ \\t]+(${NAME})[ \\t]*$`, 'gm'),
    parse: (m) => {
      const name = capsName(m[1]);
      return name ? { value: { name, title: null }, span: [m.index + m[0].search(/\S/), at(m, m[1]) + m[1].length], confidence: 0.7 } : null;
    },
    priority: 12,
    examples: [
      { text: 'HON. LAWRENCE P. ZATKOFF', expect: { name: 'LAWRENCE P. ZATKOFF', title: null } },
      { text: 'HONORABLE RUTH K. OYELARAN\nORDER DENYING MOTION', expect: { name: 'RUTH K. OYELARAN' } },
      { text: 'Hon. Tobias Renner', expect: { name: 'Tobias Renner' } },
    ],
    counterexamples: ['cc: Hon. Tobias Renner', 'HON. JUDGE OF THE COURT', 'Hon. Ann Roe, presiding, denied it'],
  },
  {
    id: 'judge/author-run-in',
    anchors: ['j.'],
    // The author's surname and "J." run into the first sentence of the opinion (Massachusetts Appeals Court pages):
    // "MEADE, J. A Middlesex County grand jury indicted ..." · "OKAFOR, C.J. The plaintiff appeals" · "RUIZ-BATES, J. On May 2"
    pattern: /^[ \t*_]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?),[ \t]*((?:C\.[ \t]?)?J\.)[ \t]+(?=[A-Z][A-Za-z]*[ \t]+[A-Za-z])/gm,
    parse: (m) => {
      const name = capsName(m[1]);
      return name ? { value: { name, title: normTitle(m[2]) }, span: [at(m, m[1]), at(m, m[2]) + m[2].length], confidence: 0.8 } : null;
    },
    priority: 22,
    examples: [
      { text: 'MEADE, J. A Middlesex County grand jury indicted the defendant', expect: { name: 'MEADE', title: 'Judge' } },
      { text: 'OKAFOR, C.J. The plaintiff appeals from a judgment', expect: { name: 'OKAFOR', title: 'Chief Judge' } },
      { text: 'RUIZ-BATES, J. On May 2, 2014, the motion judge', expect: { name: 'RUIZ-BATES' } },
    ],
    counterexamples: ['ROE, J., dissenting.', 'ROE, J. concurring', 'Present: ROE, POE, & DOE, JJ.'],
  },
  {
    id: 'judge/surname-under-heading',
    anchors: ['judgment', 'opinion'],
    // The author's surname alone under the decision heading, the panel named above it (Tenth Circuit unpublished pages):
    // "Before MOORE, BARRETT, and EBEL, Circuit Judges.\n\nORDER AND JUDGMENT1\n\nMOORE\n"
    pattern: /^[ \t*_]*(?:ORDER AND JUDGMENT|(?:MEMORANDUM )?OPINION)[*†\d]*[ \t]*\n(?:[ \t]*\n){0,2}[ \t*_]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,})(?:,[ \t]*(Circuit Judge|Chief Judge|Judge|Justice))?[ \t.:]*(?=\n)/gm,
    parse: (m, text) => {
      const name = capsName(m[1]);
      if (!name) return null;
      // The surname must be one of the panel's: "Before X, Y, and Z, Circuit Judges." a few lines up.
      const before = /\bBefore:?[ \t]+([^\n]{3,200}?),?[ \t]+(Circuit|District|Appellate)[ \t]+Judges\b/i.exec(text.slice(Math.max(0, m.index - 1500), m.index));
      if (!before || !new RegExp(`\\b${name}\\b`, 'i').test(before[1])) return null;
      return { value: { name, title: m[2] ? normTitle(m[2]) : `${before[2][0].toUpperCase()}${before[2].slice(1).toLowerCase()} Judge` }, span: [at(m, m[1]), at(m, m[1]) + m[1].length], confidence: 0.75 };
    },
    priority: 22,
    examples: [
      { text: 'Before MOORE, BARRETT, and EBEL, Circuit Judges.\n\nORDER AND JUDGMENT1\n\nMOORE\n\nThis matter is before', expect: { name: 'MOORE', title: 'Circuit Judge' } },
      { text: 'Before: HALVORSEN, LINDQVIST and OKAFOR, Circuit Judges.\nORDER AND JUDGMENT*\nOKAFOR, Circuit Judge.\nThe appellant', expect: { name: 'OKAFOR' } },
      { text: 'BEFORE RUIZ, ABERNATHY, and TRAN, Circuit Judges\nOPINION\nTRAN\nWe affirm.', expect: { name: 'TRAN', title: 'Circuit Judge' } },
    ],
    counterexamples: ['ORDER AND JUDGMENT\n\nBACKGROUND\n', 'Before ROE, POE, and DOE, Circuit Judges.\nOPINION\nSMITH\n'],
  },
  {
    id: 'judge/caps-name-full-title',
    anchors: ['judge'],
    // A name in capitals and a federal judge's full title inside a line (a counsel paragraph or a site summary ends with
    // it): "..., for Defendant. SUSAN R. NELSON, United States District Judge" · "GARY SPRAKER , United States Bankruptcy
    // Judge . For over five years" · "ORDER HELENA OKAFOR, UNITED STATES MAGISTRATE JUDGE."
    // (keyed on the title; the run of capitals is read backwards from its comma: a run tried at every position was slow)
    // (also a short title after a spaced comma, "NANCY J. ROE , Magistrate Judge . Pending", and the opening sentence
    // right after the title on the author's line: "ANN B. ROE, UNITED STATES DISTRICT JUDGE This matter comes before")
    pattern: new RegExp(`[ \\t]?,[ \\t]*(${FULL_TITLE}|(?:(?:Chief|Senior)[ \\t]+)?(?:District|Magistrate|Bankruptcy)[ \\t]+Judge(?=[ \\t]+\\.))(?=[ \\t]?[.:,]|[ \\t]*$|[ \\t]+(?:This|The|Before|Pending|Presently|Now|On|In)[ \\t]+[a-z])`, 'gm'),
    parse: (m, text) => {
      const back = text.slice(Math.max(0, m.index - 240), m.index);
      const r = CAPS_RUN_BEFORE.exec(back);
      if (!r) return null;
      const runAt = m.index - back.length + r.index + r[0].length - r[1].length;
      const runText = r[1];
      const run = runText.split(/[ \t]+/);
      const before = text.slice(Math.max(0, runAt - 3), runAt);
      // After a stop or at a line start the whole run is the name; after a heading in capitals only its last words:
      // the surname, a first name, and a middle initial between them.
      let words = run;
      if (!(run.length <= 4 && (runAt === 0 || /(?:^|[.:;)\n])[ \t]*$/.test(before)) && capsName(run.join(' ')))) {
        words = run.slice(-2);
        if (/^[A-Z]\.$/.test(words[0]) && run.length >= 3) words = run.slice(-3);
      }
      const raw = words.join(' ');
      const name = capsName(raw);
      if (!name || words.length < 2) return null;
      const tail = new RegExp(`(?:\\S+[ \\t]+){${words.length - 1}}\\S+$`).exec(runText);
      const s = runAt + (tail ? tail.index : 0);
      return { value: { name, title: normTitle(m[1]) }, span: [s, at(m, m[1]) + m[1].length], confidence: 0.75 };
    },
    priority: 18,
    examples: [
      { text: 'Ann Poe, Federal Defender, for Defendant. SUSAN R. NELSON, United States District Judge', expect: { name: 'SUSAN R. NELSON', title: 'United States District Judge' } },
      { text: 'Summary: MEMORANDUM DECISION GARY SPRAKER , United States Bankruptcy Judge . For over five years', expect: { name: 'GARY SPRAKER', title: 'United States Bankruptcy Judge' } },
      { text: 'for the State. HELENA OKAFOR, UNITED STATES MAGISTRATE JUDGE.', expect: { name: 'HELENA OKAFOR' } },
      { text: 'Summary: ORDER NADIA T. RUSK , Magistrate Judge . Pending before the Court is', expect: { name: 'NADIA T. RUSK', title: 'Magistrate Judge' } },
      { text: 'KARL W. BRISBANE, UNITED STATES DISTRICT JUDGE This matter comes before the Court', expect: { name: 'KARL W. BRISBANE', title: 'United States District Judge' } },
    ],
    counterexamples: ['The UNITED STATES OF AMERICA, United States District Judge', 'Ann Poe, United States District Judge, granted', 'referred to ANN ROE, Magistrate Judge for a report', 'ANN ROE, UNITED STATES DISTRICT JUDGE The Court'],
  },
  {
    id: 'judge/entered-by',
    anchors: ['entered by', 'order by', 'issued by', 'signed by', 'ordered by'],
    // A docket text or minute order naming its judge: "Entered by Magistrate Judge Michael J. Okafor" ·
    // "MEMORANDUM OPINION and ORDER by Senior Judge Thomas Ruiz on 1/30/17" · "Order by Hon. Ronald M. Lindqvist." ·
    // "ORDER granting 12 motion to compel; signed by Magistrate Judge Ann B. Roe, Jr (...)" · "So Ordered by Judge Karl
    // Poe on 3/29/2012." (a suffix after a comma stays with the name)
    pattern: new RegExp(`\\b(?:[Ee]ntered|ENTERED|[Oo]rder(?:ed)?|ORDER(?:ED)?|[Ii]ssued|[Ss]igned|SIGNED)[ \\t]+by[ \\t]+(?:(?:Hon(?:orable|\\.)[ \\t]+)((?:(?:Chief|Senior)[ \\t]+)?(?:(?:District|Magistrate|Bankruptcy)[ \\t]+)?Judge[ \\t]+)?|((?:(?:Chief|Senior|U\\.S\\.|United[ \\t]+States)[ \\t]+)*(?:(?:District|Magistrate|Bankruptcy)[ \\t]+)?Judge)[ \\t]+)([A-Z][A-Za-z'’.-]*(?:[ \\t]+[A-Z][A-Za-z'’.-]*){1,4}(?:,[ \\t]*(?:Jr|Sr)\\.?(?![A-Za-z]))?)(?=[ \\t]*(?:[,;(:]|$)|[ \\t]+[a-z]|[ \\t]+${DOCKET_VERB}\\b)`, 'gm'),
    parse: (m) => {
      const name = cleanJudgeName(m[3].replace(/\.$/, ''));
      if (!name) return null;
      const t = m[1] ?? m[2];
      const s = at(m, m[3]);
      return { value: { name, title: t ? normTitle(t) : null }, span: [s, s + m[3].length], confidence: 0.8 };
    },
    priority: 26,
    examples: [
      { text: 'MINUTE ORDER\nEntered by Magistrate Judge Michael J. Okafor\n', expect: { name: 'Michael J. Okafor', title: 'Magistrate Judge' } },
      { text: 'MEMORANDUM OPINION and ORDER by Senior Judge Thomas Ruiz on 1/30/17: objections overruled', expect: { name: 'Thomas Ruiz', title: 'Senior Judge' } },
      { text: 'Order by Hon. Ronald M. Lindqvist granting the motion to stay.', expect: { name: 'Ronald M. Lindqvist' } },
      { text: 'ORDER granting 31 motion to compel; signed by Magistrate Judge Ann B. Roe, Jr (Magistrate Judge Ann B. Roe, Jr., abc)', expect: { name: 'Ann B. Roe, Jr', title: 'Magistrate Judge' } },
      { text: 'The Clerk shall close the case. So Ordered by Judge Karl Poe on 3/29/2012.', expect: { name: 'Karl Poe', title: 'Judge' } },
      { text: 'ORDER denying 4 motion to stay. Signed by District Judge Lena Ortiz on 6/1/2015.', expect: { name: 'Lena Ortiz', title: 'District Judge' } },
      // a docket text's closing "Ordered by ..." · its verb in capitals after the judge ("... ORDER by District Judge X GRANTING 35 ...")
      { text: 'ORDER granting 45 Motion to Compel. Ordered by Magistrate Judge Hal D. Okafor. (TRL)', expect: { name: 'Hal D. Okafor', title: 'Magistrate Judge' } },
      { text: 'MEMORANDUM OPINION AND ORDER by District Judge Ruth P. Lindqvist GRANTING 35 Motion for Notice. (mag)', expect: { name: 'Ruth P. Lindqvist', title: 'District Judge' } },
    ],
    counterexamples: ['an order by the court entered by the clerk', 'as ordered by the Court on May 2', 'the order by Judge', 'the affidavit signed by the plaintiff on May 2', 'so ordered by the Court on 3/29/2012'],
  },
  {
    id: 'judge/entered-by-name-title',
    anchors: ['entered by', 'signed by', 'issued by'],
    // A minute order's line naming its judge, the name first and the title after a comma (maybe spaced):
    // "Entered by Michael J. Okafor , United States Magistrate Judge, on August 9, 2011." · "Signed by Ann Roe,
    // District Judge, on 3/2/2020" · "ENTERED BY Karl Poe, Magistrate Judge"
    pattern: new RegExp(`\\b(?:[Ee]ntered|ENTERED|[Ss]igned|SIGNED|[Ii]ssued)[ \\t]+(?:by|BY)[ \\t]+([A-Z][A-Za-z'’.-]*(?:[ \\t]+[A-Z][A-Za-z'’.-]*){1,4}(?:[ \\t]?,[ \\t]*(?:Jr\\.?|Sr\\.?))?)[ \\t]?,[ \\t]*(${TITLE})\\b`, 'g'),
    parse: nameTitle(0.8),
    priority: 26,
    examples: [
      { text: 'Entered by Michael J. Okafor , United States Magistrate Judge, on August 9, 2011.', expect: { name: 'Michael J. Okafor', title: 'United States Magistrate Judge' } },
      { text: 'Signed by Ann Roe, District Judge, on 3/2/2020.', expect: { name: 'Ann Roe', title: 'District Judge' } },
      { text: 'ENTERED BY Karl Poe, Magistrate Judge', expect: { name: 'Karl Poe' } },
    ],
    counterexamples: ['Entered by the Clerk, Deputy Judge', 'entered by Ann Roe, the plaintiff'],
  },
  {
    id: 'judge/honorable-colon',
    anchors: ['hon'],
    // The judge who writes, named at the end of an appearances block with a colon, the title on the next line (Northern
    // District of New York): "Ithaca, NY 14850 Hon. Ann B. Roe, United States District Judge :" · "Attorneys for
    // Defendants HON. KARL POE, U.S. Magistrate Judge:" · "Hon. Lena Ortiz, Chief United States District Judge:"
    pattern: new RegExp(`\\b(?:Hon(?:orable|\\.)|HON(?:ORABLE|\\.))[ \\t]+([A-Z][A-Za-z'’.-]*(?:[ \\t]+[A-Z][A-Za-z'’.-]*){1,4}),[ \\t]*(${TITLE})[ \\t]*:[ \\t]*$`, 'gm'),
    parse: nameTitle(0.85),
    priority: 26,
    examples: [
      { text: 'Ithaca, NY 14850 Hon. Ann B. Roe, United States District Judge :', expect: { name: 'Ann B. Roe', title: 'United States District Judge' } },
      { text: 'Attorneys for Defendants HON. KARL POE, U.S. Magistrate Judge:', expect: { name: 'KARL POE' } },
      { text: 'Hon. Lena Ortiz, Chief United States District Judge:\n', expect: { name: 'Lena Ortiz' } },
    ],
    counterexamples: ['cc: Hon. Ann B. Roe, United States District Judge', 'Hon. Ann B. Roe, United States District Judge : presiding over the trial'],
  },
  {
    id: 'judge/site-judge-case',
    anchors: ['judge:'],
    // A rulings site's header line: "Judge: Ann Roe, Case: 21STCV01234, Date: 2025-03-26" · "Judge: Karl T. Poe, Case:
    // 19CV0042, Date: 2021-1-5" · "Judge: Lena Ortiz, Case: BC612345"
    pattern: /^[ \t]*Judge:[ \t]*([A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){1,4}),[ \t]*Case:/gm,
    parse: (m) => {
      const name = cleanJudgeName(m[1]);
      if (!name) return null;
      const s = at(m, m[1]);
      return { value: { name, title: 'Judge' }, span: [s, s + m[1].length], confidence: 0.8 };
    },
    priority: 26,
    examples: [
      { text: 'Judge: Ann Roe, Case: 21STCV01234, Date: 2025-03-26', expect: { name: 'Ann Roe', title: 'Judge' } },
      { text: 'Judge: Karl T. Poe, Case: 19CV0042, Date: 2021-1-5', expect: { name: 'Karl T. Poe' } },
      { text: 'Judge: Lena Ortiz, Case: BC612345', expect: { name: 'Lena Ortiz' } },
    ],
    counterexamples: ['Judge: the court, Case: 12', 'The Judge: Ann Roe, Case: 1'],
  },
  {
    id: 'judge/title-then-court-word',
    anchors: ['judge,'],
    // The author line of a reporter's page, the court's word after the title: "JOHN DALIS, Chief Judge, Bankruptcy" ·
    // "ANN B. ROE, Judge, Bankruptcy." · "KARL POE, Senior Judge, District"
    pattern: new RegExp(`^[ \\t]*(${CAPS_NAME}),[ \\t]*((?:(?:Chief|Senior|CHIEF|SENIOR)[ \\t]+)?(?:Judge|JUDGE)),[ \\t]*(?:Bankruptcy|BANKRUPTCY|District|DISTRICT|Circuit|CIRCUIT)\\.?[ \\t]*$`, 'gm'),
    parse: nameTitle(0.85, capsName),
    priority: 26,
    examples: [
      { text: 'JOHN DALIS, Chief Judge, Bankruptcy', expect: { name: 'JOHN DALIS', title: 'Chief Judge' } },
      { text: 'ANN B. ROE, Judge, Bankruptcy.', expect: { name: 'ANN B. ROE' } },
      { text: 'KARL POE, Senior Judge, District', expect: { name: 'KARL POE' } },
    ],
    counterexamples: ['UNITED STATES COURT, Chief Judge, Bankruptcy', 'the Chief Judge, Bankruptcy'],
  },
  {
    id: 'judge/title-then-court-name',
    anchors: ['judge,'],
    // The author line, the court's full name after the title, both part of the title: "W. ANN ROE, SR. JUDGE, UNITED
    // STATES DISTRICT COURT" · "KARL T. POE, Chief Judge, United States Bankruptcy Court" · "LENA ORTIZ, SENIOR JUDGE,
    // UNITED STATES DISTRICT COURT."
    pattern: new RegExp(`^[ \\t]*(${CAPS_NAME}),[ \\t]*((?:(?:Chief|Senior|Sr\\.|CHIEF|SENIOR|SR\\.)[ \\t]+)?(?:Judge|JUDGE),[ \\t]*(?:United[ \\t]+States|UNITED[ \\t]+STATES)[ \\t]+(?:District|Bankruptcy|DISTRICT|BANKRUPTCY)[ \\t]+(?:Court|COURT))\\.?[ \\t]*$`, 'gm'),
    parse: nameTitle(0.85, capsName),
    priority: 26,
    examples: [
      { text: 'ORDER\nW. ANN ROE, SR. JUDGE, UNITED STATES DISTRICT COURT\nBefore the Court is', expect: { name: 'W. ANN ROE', title: 'Sr. Judge, United States District Court' } },
      { text: 'KARL T. POE, Chief Judge, United States Bankruptcy Court', expect: { name: 'KARL T. POE', title: 'Chief Judge, United States Bankruptcy Court' } },
      { text: 'LENA ORTIZ, SENIOR JUDGE, UNITED STATES DISTRICT COURT.', expect: { name: 'LENA ORTIZ' } },
    ],
    counterexamples: ['UNITED STATES COURT, Chief Judge, United States District Court', 'Appeal to the Judge, United States District Court', 'ANN ROE, Judge, United States District Court for the District of Utah'],
  },
  {
    id: 'judge/caption-column-judge',
    anchors: ['judge'],
    // A caption whose right column names the assigned judge, flattened into one line so that the name runs into the
    // party's role word: "ANN B. ROE, Chief Judge Lena M. Ortiz Defendant. MEMORANDUM OPINION" · "Civil Action No. 20-1234
    // (KLP) Judge Karl Poe Plaintiff, v." · "Criminal No. 19-88 District Judge Ines Tran Defendant."
    pattern: /\b((?:(?:Chief|Senior|U\.S\.|United[ \t]+States)[ \t]+)*(?:(?:District|Magistrate)[ \t]+)?Judge)[ \t]+((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3})[ \t]+(?:Defendants?|Plaintiffs?|Respondents?|Petitioners?)[.,]/g,
    parse: (m, text) => {
      // (only in a caption: within the first lines, the role word closing the party)
      if (m.index > 1500 || /\bthe[ \t]*$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      const name = cleanJudgeName(m[2]);
      if (!name) return null;
      const s = at(m, m[2]);
      return { value: { name, title: normTitle(m[1]) }, span: [s, s + m[2].length], confidence: 0.7 };
    },
    priority: 16,
    examples: [
      { text: 'UNITED STATES OF AMERICA v. Criminal Action No. 12-34-1 (LMO) ANN B. ROE, Chief Judge Lena M. Ortiz Defendant. MEMORANDUM OPINION', expect: { name: 'Lena M. Ortiz', title: 'Chief Judge' } },
      { text: 'Civil Action No. 20-1234 (KLP) Judge Karl Poe Plaintiff, v. ACME CORP.', expect: { name: 'Karl Poe', title: 'Judge' } },
      { text: 'Criminal No. 19-88 District Judge Ines Tran Defendant. ORDER', expect: { name: 'Ines Tran', title: 'District Judge' } },
    ],
    counterexamples: ['the Judge Advocate General Plaintiff, v.', 'Judge Roe denied the motion.', 'before Judge Roe. Defendant, the moving party,'],
  },
  {
    id: 'judge/delivered-by-name-title',
    anchors: ['delivered by'],
    // A case-law site's author line, the name and the full title after it with no comma: "The opinion of the court was
    // delivered by: Ann B. Roe United States Magistrate Judge" · "... delivered by: Karl Poe, District Judge" · "...
    // delivered by: LENA ORTIZ UNITED STATES DISTRICT JUDGE"
    pattern: new RegExp(`\\bdelivered[ \\t]+by:?[ \\t]+([A-Z][A-Za-z'’.-]*(?:[ \\t]+[A-Z][A-Za-z'’.-]*){1,4}?),?[ \\t]+(${TITLE}|${FULL_TITLE})[ \\t.]*$`, 'gm'),
    parse: nameTitle(0.85),
    priority: 27,
    examples: [
      { text: 'The opinion of the court was delivered by: Ann B. Roe United States Magistrate Judge', expect: { name: 'Ann B. Roe', title: 'United States Magistrate Judge' } },
      { text: 'The opinion of the court was delivered by: Karl Poe, District Judge', expect: { name: 'Karl Poe', title: 'District Judge' } },
      { text: 'The opinion of the court was delivered by: LENA ORTIZ UNITED STATES DISTRICT JUDGE', expect: { name: 'LENA ORTIZ' } },
    ],
    counterexamples: ['The opinion of the court was delivered by: the Court sitting en banc', 'delivered by: Ann Roe United States Magistrate Judge, who held a hearing'],
  },
  {
    id: 'judge/name-title-court-line',
    anchors: ['judge'],
    // The signature block run into one line: name, title and the court's name: "Ann B. Roe, District Judge United States
    // District Court" · "Karl Poe, Magistrate Judge, United States District Court" · "LENA ORTIZ, Chief Judge United
    // States Bankruptcy Court"
    pattern: /^[ \t]*([A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){1,4}),[ \t]*((?:(?:Chief|Senior)[ \t]+)?(?:(?:United[ \t]+States|U\.S\.)[ \t]+)?(?:(?:District|Magistrate|Bankruptcy)[ \t]+)?Judge)[ \t,]+United[ \t]+States[ \t]+(?:District|Bankruptcy)[ \t]+Court[ \t.]*$/gm,
    parse: nameTitle(0.85),
    priority: 26,
    examples: [
      { text: 'ORDER\nAnn B. Roe, District Judge United States District Court\nBefore the Court is', expect: { name: 'Ann B. Roe', title: 'District Judge' } },
      { text: 'Karl Poe, Magistrate Judge, United States District Court', expect: { name: 'Karl Poe', title: 'Magistrate Judge' } },
      { text: 'LENA ORTIZ, Chief Judge United States Bankruptcy Court', expect: { name: 'LENA ORTIZ', title: 'Chief Judge' } },
    ],
    counterexamples: ['The Clerk, District Judge United States District Court', 'Ann Roe, District Judge United States District Court for the District of Utah, held'],
  },
  {
    id: 'judge/trial-referee',
    anchors: ['trial referee'],
    // A Connecticut signature by a referee, the title after the name with or without a comma: "Donald W. Roe State Trial
    // Referee" · "Ann Poe, Judge Trial Referee" · "KARL T. OKAFOR, STATE TRIAL REFEREE"
    pattern: /^[ \t]*([A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){1,3}?)[ \t]*,?[ \t]+((?:State|Judge|STATE|JUDGE)[ \t]+(?:Trial|TRIAL)[ \t]+(?:Referee|REFEREE))[ \t.]*$/gm,
    parse: nameTitle(0.85),
    priority: 28,
    examples: [
      { text: 'Donald W. Roe State Trial Referee', expect: { name: 'Donald W. Roe', title: 'State Trial Referee' } },
      { text: 'Ann Poe, Judge Trial Referee', expect: { name: 'Ann Poe', title: 'Judge Trial Referee' } },
      { text: 'KARL T. OKAFOR, STATE TRIAL REFEREE', expect: { name: 'KARL T. OKAFOR' } },
    ],
    counterexamples: ['The matter was referred to a State Trial Referee', 'Judges: ROE, STATE TRIAL REFEREE.'],
  },
  {
    id: 'judge/surname-title-date',
    anchors: [', j.,', ', p.j.,'],
    // A Pennsylvania opinion's author line: surname, title letters and the date: "Oler, J., February 13, 1998." ·
    // "Roe, P.J., March 2, 2001." · "OKAFOR, J., June 30, 2010"
    pattern: new RegExp(`^[ \\t]*([A-Z][A-Za-z'’-]+),[ \\t]*((?:P\\.[ \\t]?)?J\\.),[ \\t]*${MONTH_SRC}[ \\t]+\\d{1,2},[ \\t]*\\d{4}\\.?[ \\t]*$`, 'gm'),
    parse: nameTitle(0.8),
    priority: 26,
    examples: [
      { text: 'Oler, J., February 13, 1998.', expect: { name: 'Oler', title: 'Judge' } },
      { text: 'Roe, P.J., March 2, 2001.', expect: { name: 'Roe', title: 'Presiding Judge' } },
      { text: 'OKAFOR, J., June 30, 2010', expect: { name: 'OKAFOR' } },
    ],
    counterexamples: ['See Oler, J., February 13, 1998, at 3.', 'Oler, J., dissenting'],
  },
  {
    id: 'judge/author-after-panel',
    anchors: ['before'],
    // The author named right after the panel line, one of its judges (a court of appeals' page run into one line):
    // "Before Roe, Chief Judge, Poe, Circuit Judge, and Tran, District Judge. Tran, District Judge." · "Before ROE, POE and
    // TRAN, Circuit Judges. POE, Circuit Judge." · "Before Ann Roe, Karl Poe, Circuit Judges. Roe, Circuit Judge."
    pattern: /\bBefore:?[ \t]+([^\n]{3,300}?\b(?:Judges?|JJ)\.)[ \t]+([A-Z][A-Za-z'’-]+),[ \t]*((?:(?:Chief|Senior)[ \t]+)?(?:(?:Circuit|District|Appellate)[ \t]+)?Judge)\./g,
    parse: (m) => {
      // (the author is one of the panel)
      if (!new RegExp(`\\b${m[2]}\\b`, 'i').test(m[1])) return null;
      const name = cleanJudgeName(m[2]);
      if (!name) return null;
      const s = m.index + m[0].lastIndexOf(m[2] + ',');
      return { value: { name, title: normTitle(m[3]) }, span: [s, s + m[2].length], confidence: 0.85 };
    },
    priority: 27,
    examples: [
      { text: 'Before Roe, Chief Judge, Poe, Circuit Judge, and Tran, District Judge. Tran, District Judge.', expect: { name: 'Tran', title: 'District Judge' } },
      { text: 'Before ROE, POE and TRAN, Circuit Judges. POE, Circuit Judge.', expect: { name: 'POE' } },
      { text: 'Before Ann Roe, Karl Poe, Circuit Judges. Roe, Circuit Judge.', expect: { name: 'Roe' } },
    ],
    counterexamples: ['Before Roe, Poe and Tran, Circuit Judges. Smith, District Judge.', 'Before the court is a motion.'],
  },
  {
    id: 'judge/signature-run-in',
    anchors: ['delivered', 'do not publish'],
    // A signature whose title line runs into the filing note (Texas appellate pages):
    // "NORA L. LONGORIA\nJustice Delivered and filed the 31st day of August, 2017." · "ANN ROE\nChief Justice Do not publish."
    pattern: new RegExp(`^[ \\t*_]*(?:/s/[ \\t]*)?(${CAPS_NAME})[ \\t]*\\n[ \\t]*((?:Chief[ \\t]+|Senior[ \\t]+)?(?:Justice|Judge))[ \\t]+(?=Delivered\\b|DELIVERED\\b|Do[ \\t]+not[ \\t]+publish|DO[ \\t]+NOT[ \\t]+PUBLISH)`, 'gm'),
    parse: (m) => {
      const name = capsName(m[1]);
      return name ? { value: { name, title: normTitle(m[2]) }, span: [at(m, m[1]), m.index + m[0].length], confidence: 0.9 } : null;
    },
    priority: 30,
    examples: [
      { text: 'NORA L. LONGORIA\nJustice Delivered and filed the 31st day of August, 2017.', expect: { name: 'NORA L. LONGORIA', title: 'Justice' } },
      { text: 'ANN ROE\nChief Justice Do not publish. TEX. R. APP. P. 47.2(b).', expect: { name: 'ANN ROE', title: 'Chief Justice' } },
      { text: '/s/ KARL POE\nJustice Delivered and filed the 2nd day of May, 2019.', expect: { name: 'KARL POE' } },
    ],
    counterexamples: ['THE STATE OF TEXAS\nJustice Delivered and filed', 'NORA L. LONGORIA\nJustice'],
  },
  {
    id: 'judge/e-signature-run-in',
    anchors: ['s/'],
    // An electronic signature in a page the text layer ran into one line, the name maybe printed twice before the title:
    // "Kansas City, Missouri S/ KARL J. OKAFOR, JR. Karl J. Okafor, Jr. United States District Judge Case 4:05-cv-01143 ..."
    pattern: new RegExp(`(?:^|[ \\t])[Ss]/[ \\t]*(?:${CAPS_NAME}(?:,?[ \\t]+(?:JR|SR)\\.?)?[ \\t,]+)?(${NAME})[ \\t,]+(${FULL_TITLE})\\b`, 'gm'),
    parse: (m) => {
      const raw = m[1];
      const name = cleanJudgeName(raw);
      return name ? { value: { name, title: normTitle(m[2]) }, span: [at(m, raw), at(m, raw) + raw.length], confidence: 0.85 } : null;
    },
    priority: 29,
    examples: [
      { text: 'Kansas City, Missouri S/ KARL J. OKAFOR, JR. Karl J. Okafor, Jr. United States District Judge Case 4:05-cv-01143-FJG', expect: { name: 'Karl J. Okafor, Jr.', title: 'United States District Judge' } },
      { text: 'DENIED. s/ Ruth A. Lindqvist United States Magistrate Judge Page 2 of 2', expect: { name: 'Ruth A. Lindqvist', title: 'United States Magistrate Judge' } },
    ],
    counterexamples: ['S/ KARL OKAFOR Attorney for Plaintiff', 'the Court of Appeals/ Ruth Roe United States District Judge'],
  },
];

/** Ids of the rules above that name the author where the opinion starts (they earn the head's author bonus). */
export const JUDGE_LINE_AUTHOR_RULES = new Set(['judge/title-first-line', 'judge/honorable-line', 'judge/author-run-in', 'judge/surname-under-heading', 'judge/caps-name-full-title', 'judge/entered-by', 'judge/entered-by-name-title', 'judge/honorable-colon', 'judge/site-judge-case', 'judge/title-then-court-word', 'judge/title-then-court-name', 'judge/caption-column-judge', 'judge/delivered-by-name-title', 'judge/name-title-court-line', 'judge/surname-title-date', 'judge/author-after-panel']);

// The lower court a case comes from, a few lines above a judge: "Petition for Review from the Superior Court in Yavapai
// County\nNo. CR 2014-0619\nThe Honorable Ann Roe, Judge" · "Appeal from the Circuit Court of Cook County"
const LOWER_COURT = /(?:^|\n)[ \t*_]*(?:On[ \t]+)?(?:Appeal|APPEAL|Petition[ \t]+for[ \t]+Review|PETITION[ \t]+FOR[ \t]+REVIEW|Certiorari|Review)[ \t]+(?:from|FROM|to|TO)[ \t]+(?:the[ \t]+|THE[ \t]+)?[^\n]{0,120}(?:Court|COURT|County|COUNTY)[^\n]{0,80}(?:\n[^\n]{0,120}){0,3}\n[^\n]*$/;

/** A judge named right under the "Appeal from the X Court" line is the lower court's judge, not this opinion's author. */
export function lowerCourtJudge(text: string, start: number): boolean {
  return LOWER_COURT.test(text.slice(Math.max(0, start - 500), start));
}

/** When the chosen judge is a bare surname and another judge hit spells the same person in full, the full name. */
export function fullerName(best: Hit<JudgeValue>, hits: readonly Hit<JudgeValue>[]): Hit<JudgeValue> {
  const name = best.value.name.trim();
  if (/\s/.test(name)) return best;
  const surname = name.toLowerCase();
  for (const h of hits) {
    const tokens = h.value.name.trim().split(/\s+/);
    if (tokens.length >= 2 && tokens.length <= 5 && capsName(h.value.name) && tokens[tokens.length - 1].toLowerCase().replace(/[.,]$/, '') === surname && !h.value.name.includes(',')) {
      return { ...h, value: { name: h.value.name, title: best.value.title ?? h.value.title } };
    }
  }
  return best;
}

/**
 * A bare title ("So Ordered by Judge Ann Roe") takes the fuller title another hit gives the same judge ("ROE, District
 * Judge:" opening the opinion): the same surname, a title that ends in the same word and says more.
 */
export function fullerTitle(best: Hit<JudgeValue>, hits: readonly Hit<JudgeValue>[], text = ''): Hit<JudgeValue> {
  const title = best.value.title;
  if (title !== null && !/^(?:Judge|Justice)$/i.test(title)) return best;
  const last = (n: string) => n.trim().replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/i, '').split(/\s+/).pop()!.replace(/[.,]$/, '').toLowerCase();
  const surname = last(best.value.name);
  for (const h of hits) {
    const t = h.value.title;
    if (h === best || !t || last(h.value.name) !== surname) continue;
    if (t.split(/\s+/).length >= 2 && (title === null || new RegExp(`\\b${title}$`, 'i').test(t))) return { ...best, value: { name: best.value.name, title: t } };
  }
  // (or the author's line run into the text: "... No appearances. ROE, District Judge: On May 2, ...")
  if (!/^[a-z'’-]{2,}$/.test(surname)) return best;
  const line = new RegExp(`\\b${surname},[ \\t]*(${TITLE})[ \\t]*[:.]`, 'i').exec(text);
  const t = line ? normTitle(line[1]) : null;
  if (t && t.split(/\s+/).length >= 2 && (title === null || new RegExp(`\\b${title}$`, 'i').test(t))) return { ...best, value: { name: best.value.name, title: t } };
  return best;
}
