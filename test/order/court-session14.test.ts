/**
 * Courts, numbers and dates read in session 14 (fictional parties and wordings), for orders a case-law site serves with
 * no caption: the district tied to the case in the body (a grand jury named by its district, an indictment's venue
 * words, the district court's local rules named in full, the district's own practice), the Tax Court speaking of itself,
 * a New York Appellate Division bench line, a California superior court's case number, "Common Pleas" in Ohio's order
 * of words or with "COURT" dropped, and a Delaware Chancery letter opinion's letterhead run into one line. Also numbers
 * in other courts' styles (a New York index number, an Illinois appellate number, a Minnesota bankruptcy head) and no
 * date before the federal courts began (an Illinois number "1-17-1712" in a page header is no date). Case types: a court
 * that hears civil cases only, a state trial court's caption side ("CIVIL DIVISION"), a state supreme court's "Court
 * Below" and bench of Justices, and an order opening on the appellant's brief and the record on appeal. Judges: a
 * reporter's byline run into the line after the title or its docket reference.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

// A site's bare head: docket, date, title, then the body (its opening ends the head: what follows is prose).
// (and reasons after it, so the body's words stand well above the end, where a signature block would name a court)
const REASONS = 'The parties have briefed the questions presented, and the Court has read their papers with care. '.repeat(8);
const bare = (body: string, docket = 'No. 21-cr-00412') => `Opinion\n${docket}\n03-04-2022\nORDER\nBefore the Court is a motion. ${body}\n${REASONS}\nIT IS SO ORDERED.\n`;
const RULING = ' For the reasons below, the motion is DENIED.';

const cases: Array<[string, string, string | null]> = [
  // The district in the body, where the caption names none.
  ['a grand jury named by its district', bare(`In May 2021, a Western District of Ohio grand jury charged Defendant Ames Pollard with two counts.${RULING}`), 'ohwd'],
  ['... and "a grand jury in the district"', bare(`A grand jury in the Middle District of Georgia indicted Ames Pollard.${RULING}`), 'gamd'],
  ['a jury (no grand jury) of a district names no court', bare(`A Western District of Ohio jury convicted the defendant in an earlier case.${RULING}`), null],
  ['an indictment\'s venue, "and elsewhere"', bare(`The indictment charges that in the Southern District of Iowa and elsewhere, the defendant conspired to distribute methamphetamine.${RULING}`), 'iasd'],
  ['an indictment\'s venue before the defendant\'s name in capitals', bare(`The indictment reads: "From in or about June 2019, in the Eastern District of Ohio, AMES T. POLLARD, the defendant, knowingly did possess a firearm."${RULING}`), 'ohed'],
  ['an overt act committed in the district', bare(`Count One alleges that the following overt act was committed in the District of Utah: a sale on June 2, 2019.${RULING}`), 'utd'],
  ['a person\'s name in other capitals after a district is no venue', bare(`Her sister lives in the Eastern District of Ohio, Marta Pollard, the defendant\'s sister, testified.${RULING}`), null],
  ['the local rules named with their court', bare(`The stipulation does not comply with Rule 140 of the Local Rules of the United States District Court, Eastern District of California.${RULING}`, 'Case No. 1:21-cv-00412-ABC'), 'caed'],
  ['"Local Civil Rules of the United States District Court for the District of Oregon"', bare(`Under the Local Civil Rules of the United States District Court for the District of Oregon, the brief is too long.${RULING}`, 'Case No. 3:21-cv-00412'), 'ord'],
  ['"the Local Rules of this Court" names no court', bare(`Under the Local Rules of this Court, the brief is too long.${RULING}`, 'Case No. 3:21-cv-00412'), null],
  ['the district\'s own practice', bare(`The settled practice in the District of Nebraska is to hear such motions on the papers alone.${RULING}`, 'Case No. 8:21-cv-00412'), 'ned'],
  ['a policy of a prison in a district is no practice of the court', bare(`He challenges a policy in the District of Kansas prison where he is held.${RULING}`, 'Case No. 21-2412-ABC'), null],
  ['a cited case\'s court never counts', bare(`See Ames v. Pollard, 2019 WL 123456 (D. Kan. May 1, 2019).${RULING}`, 'Case No. 21-2412-ABC'), null],
  // The Tax Court speaking of itself.
  ['"The Tax Court is a court of limited jurisdiction"', bare(`The Tax Court is a court of limited jurisdiction, and its powers are those a statute gives it. Respondent's motion to dismiss for lack of jurisdiction is GRANTED.`, '4127-21'), 'tax'],
  ['the Tax Court\'s rules of practice', bare(`Rule 121(b), Tax Court Rules of Practice and Procedure, allows summary judgment. Petitioner's motion for summary judgment is DENIED.`, '4127-21S'), 'tax'],
  ['a court of appeals reviewing the Tax Court names no court', bare(`Ames Pollard appeals pro se from the Tax Court's decision. Rule 121, Tax Court Rules of Practice and Procedure, allowed summary judgment. We affirm.`, '21-70412'), null],
  // A New York Appellate Division bench line.
  ['"PRESENT: ROE, J.P., ... JJ." (Justice Presiding)', `Opinion\n2022-01234 Motion 412-22\n03-04-2022\nMOTION DECISION\nPRESENT: HALLORAN, J.P., PIKE, VANCE, AND OSEI, JJ.\nUpon the appellant\'s motion for a stay pending appeal, and the papers filed on it, the motion is denied.\n`, 'nyappdiv'],
  ['... not when the text names the Appellate Term', `Opinion\n2022-01234 Motion 412-22\n03-04-2022\nAPPELLATE TERM OF THE SUPREME COURT\nPRESENT: HALLORAN, J.P., PIKE, VANCE, JJ.\nThe motion is denied.\n`, null],
  // California superior courts' case numbers.
  ['a Los Angeles Superior Court number', `Case Number: 23STCV04127    Hearing Date: March 4, 2024    Dept: 31\n\nTentative Ruling\n\nDefendant's demurrer to the complaint is SUSTAINED with leave to amend.\n`, 'calsuperct'],
  ['the superior courts\' statewide number', `Case No. 30-2021-01234567-CU-BC-CJC\n\nRULING ON MOTION\n\nPlaintiff's motion to compel is GRANTED.\n`, 'calsuperct'],
  // "Common Pleas" in other orders of words.
  ['"IN THE COMMON PLEAS COURT OF FRANKLIN COUNTY, OHIO"', `IN THE COMMON PLEAS COURT OF FRANKLIN COUNTY, OHIO\n\nAMES POLLARD,\nPlaintiff,\nv.\nKESTREL MILLS, INC.,\nDefendant.\n\nCase No. 21CV4127\n\nDECISION AND ENTRY\n\nThe motion to dismiss is DENIED.\n`, 'ohioctcompl'],
  ['a caption line that lost "COURT" before "OF COMMON PLEAS"', `<<\n\nIN THE OF COMMON PLEAS OF BERKS COUNTY, PENNSYLVANIA CIVIL DIVISION\n\nAMES POLLARD, : NO: CV-2021-4127 : v. : KESTREL MILLS, :\n\nORDER OF COURT\n\nThe preliminary objection is SUSTAINED.\n`, 'pactcompl'],
  ['"common pleas" in a sentence is no caption', `ORDER\n\nThe case was first heard in the court of common pleas of Berks County, Pennsylvania, which dismissed it. The motion is DENIED.\n`, null],
];

describe('session-14 courts', () => {
  it.each(cases)('%s', (_name, text, id) => {
    const o = readOrder(text, { domains: [] });
    expect(o.court?.value.id ?? null).toBe(id);
    if (o.court) expect(text.slice(o.court.span[0], o.court.span[1]).trim().length).toBeGreaterThan(2);
  });

  it('a body court names the district in its span and rule', () => {
    const text = bare(`In May 2021, a Western District of Ohio grand jury charged Defendant Ames Pollard with two counts.${RULING}`);
    const o = readOrder(text, { domains: [] });
    expect(text.slice(o.court!.span[0], o.court!.span[1])).toBe('Western District of Ohio');
    expect(o.court!.rule).toBe('court/body-grand-jury');
    expect(o.court!.confidence).toBeLessThan(0.8);
  });

  it('a superior court read from its number still reads the case type from the text', () => {
    // (a probate number: its code tells no case type)
    const o = readOrder(`Case Number: 23STPB04127    Hearing Date: March 4, 2024    Dept: 31\n\nTentative Ruling\n\nPlaintiff sued Defendant for breach of contract. Defendant's demurrer to the complaint is SUSTAINED with leave to amend.\n`, { domains: [] });
    expect(o.court?.rule).toBe('court/docket-shape');
    expect(o.caseType?.value).toBe('civil');
  });
});

describe('session-14 letter opinions', () => {
  const letterhead = (re: string) =>
    `Kestrel Mills v. Pollard\n\nCOURT OF CHANCERY OF THE STATE OF DELAWARE 500 N. King Street JANE Q. OSEI Wilmington, Delaware 19801 VICE CHANCELLOR Telephone: (302) 555-0100 Date Submitted: May 2, 2016 Date Decided: June 14, 2016 A. Lawyer, Esquire B. Counsel, Esquire Halloran LLP Vance & Pike LLP 100 Main Street, Suite 200 Wilmington, DE 19801 ${re} Dear Counsel: The defendants ask the Court to reconsider its post-trial ruling. For the reasons that follow, the motion is denied.\n`;

  it('reads the "Re:" line\'s numbers and the decided date run into the letterhead', () => {
    const o = readOrder(letterhead('Re: Kestrel Mills L.P. v. Pollard; C.A. No. 4127-VCO Kestrel Mills L.P. v. Vance Inc.; C.A. No. 6312-VCO'), { domains: [] });
    expect(o.court?.value.id).toBe('delch');
    expect(o.docketNumbers.map((d) => d.value.printed)).toEqual(['4127-VCO', '6312-VCO']);
    expect(o.date?.value).toBe('2016-06-14');
    expect(o.date?.kind).toBe('decided');
  });

  it('takes no number outside a "Re:" line and no submitted date alone', () => {
    const text = letterhead('Dear Counsel: as in Roe v. Doe, C.A. No. 4127-VCO (Del. Ch. 2010), we begin.').replace('Date Decided: June 14, 2016 ', '');
    const o = readOrder(text, { domains: [] });
    expect(o.docketNumbers).toEqual([]);
    expect(o.date?.value ?? null).not.toBe('2016-05-02');
  });
});

describe('session-14 numbers and dates', () => {
  const dockets = (text: string) => readOrder(text, { domains: [] }).docketNumbers.map((d) => d.value.printed);
  it.each([
    ['a New York index number beside an appellate order\'s own numbers, labels run together',
      'Opinion\nMotion No. 2024-01234 Index No. 154321/19Case No. 2023-04321\n05-06-2024\nMOTION DECISION\nThe motion is denied.\n', ['154321/19', '2023-04321']],
    // (one that reads as a date, January 17, 1712, as many do)
    ['an Illinois appellate number on its own line',
      'Opinion\n2019 IL App (1st) 171712-U\n\nNo. 1-17-1712\n\nIN THE APPELLATE COURT OF ILLINOIS\nFIRST DISTRICT\n\nORDER\n\nThe motion is denied.\n', ['1-17-1712']],
    ['a Minnesota bankruptcy head, case and adversary',
      'Opinion\nBKY 09-31234 ADV 10-3012\n10-18-2011\nORDER GRANTING SUMMARY JUDGMENT\nThe motion is granted.\n', ['09-31234', '10-3012']],
  ])('%s', (_name, text, want) => {
    const got = dockets(text);
    for (const w of want) expect(got).toContain(w);
  });

  it('an index number tells no case type on an appellate order', () => {
    const o = readOrder('Opinion\nMotion No. 2024-01234 Index No. 154321/19Case No. 2023-04321\n05-06-2024\nAnn Roe, Plaintiff-Appellant, v. Kestrel Mills, Inc., Defendant-Respondent.\nMOTION DECISION\nThe motion is denied.\n', { domains: [] });
    expect(o.caseType?.value).toBe('appeal');
  });

  it('a page header\'s number in date form before 1789 is no date', () => {
    const text = `Opinion\nNo. 1-17-1712\n\nIN THE APPELLATE COURT OF ILLINOIS\n\nORDER\n\n${'The circuit court dismissed the complaint under section 2-615 of the Code. '.repeat(6)}\n1-17-1712\n\n${'We find no error in that ruling and affirm it. '.repeat(6)}\n`;
    const o = readOrder(text, { domains: [] });
    expect(o.date?.value ?? null).toBeNull();
  });
});

describe('session-14 case types', () => {
  const type = (text: string) => readOrder(text, { domains: [] }).caseType;
  it.each([
    ['the Tax Court, read from the body, hears civil cases only',
      'Opinion\n4127-21\n03-04-2022\nORDER\nBefore the Court is a motion. The Tax Court is a court of limited jurisdiction. Respondent\'s motion to dismiss for lack of jurisdiction is GRANTED.\n', 'civil', 'case-type/civil-court'],
    ['a Pennsylvania caption\'s "CIVIL DIVISION"',
      'IN THE COURT OF COMMON PLEAS OF BERKS COUNTY, PENNSYLVANIA CIVIL DIVISION\n\nAMES POLLARD : NO. 2021-4127\nv. :\nKESTREL MILLS :\n\nORDER\n\nThe preliminary objection is SUSTAINED.\n', 'civil', 'case-type/caption-side'],
    ['a state supreme court\'s "Court Below" and bench of Justices',
      'Opinion\nNo. 412, 2021\n07-12-2022\nCourt Below—Superior Court of the State of Delaware Cr. ID No. 1234567890 (N) Before ROE, Chief Justice; POE and DOE, Justices. ORDER\nThe motion for postconviction relief was properly denied. The judgment below is AFFIRMED.\n', 'appeal', 'case-type/bench-line'],
    ['an order opening on the appellant\'s opening brief and the record on appeal',
      'Opinion\nNo. 412, 2021\n07-12-2022\nORDER\nHaving read the appellant\'s opening brief and the record on appeal, we find no error in the trial court\'s order of March 2, 2021, which dismissed the appellant\'s second petition for postconviction relief as untimely and repetitive under the rules of that court, and we leave the judgment in place for the reasons that court gave.\n', 'appeal', 'case-type/opening-appeal'],
  ])('%s', (_name, text, value, rule) => {
    const t = type(text);
    expect(t?.value).toBe(value);
    expect(t?.rule).toBe(rule);
  });

  it('a caption side word inside a sentence tells nothing', () => {
    const t = type('IN THE COURT OF COMMON PLEAS OF BERKS COUNTY, PENNSYLVANIA\n\nORDER\n\nThe parties settled the dispute that the plaintiff had first brought as a civil action in another county, and the preliminary objection is overruled as moot.\n');
    expect(t?.rule ?? null).not.toBe('case-type/caption-side');
  });
});

describe('session-14 bylines', () => {
  it.each([
    ['after the title, a section heading below', 'Opinion\nFor the United States Jane Doe, pro se MEMORANDUM OPINION AND ORDER Okafor, Chief Judge\nI. BACKGROUND\nThe motion is denied.\n', { name: 'Okafor', title: 'Chief Judge' }],
    ['after the title\'s docket reference, a section number after', 'Opinion\n* MEMORANDUM AND ORDER GRANTING MOTION TO STRIKE (Doc. 412)ANN B. ROE, District Judge. I. Introduction\nThe motion is denied.\n', { name: 'ANN B. ROE', title: 'District Judge' }],
    ['a judge named in a sentence is no byline', 'Opinion\nMEMORANDUM\nThe motion asks us to revisit the ORDER of Okafor, Chief Judge, which was affirmed on appeal, and it is denied.\n', null],
  ])('%s', (_name, text, want) => {
    const j = readOrder(text, { domains: [] }).judge;
    if (want === null) expect(j?.rule ?? null).not.toBe('judge/title-byline');
    else expect(j?.value).toEqual(want);
  });
});
