/**
 * Captions read in session 10 (fictional parties): a case-law site's header line naming the court by its abbreviation
 * ("328 S.E.2d 424 | Ga. Ct. App. | 1985"), a "Court Below" line naming the trial court, Delaware's "No. 154, 2019", and a
 * caption flattened into one long line that opens with the court's name.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const read = (text: string) => readOrder(text, { citations: false, domains: [] });
const body = '\n\nThe motion to dismiss the appeal is GRANTED.\n';

const courtCases: Array<[string, string, string | null, string?]> = [
  ['site header: cite | court | year', 'Halloran v. Brightwater Mills\n\n412 S.E.2d 77 | Ga. Ct. App. | 1991\n\nSmith, Judge.' + body, 'gactapp', 'Ga. Ct. App.'],
  ['site header: WL cite | district | date', 'Roe v. Quill Holdings\n\n2019 WL 1234567 | D. Md. | Mar. 4, 2019\n\nORDER' + body, 'mdd', 'D. Md.'],
  ['a bar line whose middle is no court', 'Roe v. Quill Holdings\n\nPage 1 | Opinions | 2019\n\nORDER' + body, null],
  ['Court Below names the trial court, not this one', 'Opinion\nNo. 154, 2019\n07-12-2019\nCourt Below—Superior Court of the State of Delaware Cr. ID No. 1234 (N)\nORDER' + body, null],
  ['flattened caption opening with the court', '-\nTEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN ON MOTION FOR REHEARING NO. 03-10-00160-CV Wendell Ashgrove, in his official capacity as Executive Director of the Texas Department of Licensing and Regulation; Appellants v. Priya Lanthorne, Appellee FROM THE DISTRICT COURT OF TRAVIS COUNTY, 419TH JUDICIAL DISTRICT' + body, 'texapp', 'TEXAS COURT OF APPEALS'],
  ['a long first line that is prose names no court', '-\nThe Texas Court of Appeals held in an earlier case that a plea to the jurisdiction may be raised for the first time on appeal, and the parties here dispute whether that rule reaches the present appeal from the district court of Travis County' + body, null],
];

describe('session-10 courts', () => {
  it.each(courtCases)('%s', (_name, text, id, covers) => {
    const o = read(text);
    expect(o.court?.value.id ?? null).toBe(id);
    if (o.court && covers) expect(text.slice(o.court.span[0], o.court.span[1])).toBe(covers);
  });
});

describe('session-10 dockets', () => {
  it.each([
    ['IN THE SUPREME COURT OF THE STATE OF DELAWARE\n\nROE, Appellant,\nv.\nSTATE OF DELAWARE, Appellee.\n\nNo. 154, 2019\n\nORDER' + body, ['154, 2019']],
    ['UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nNos. 20-1234, 20-1235\n\nORDER' + body, ['20-1234', '20-1235']],
  ])('%j', (text, want) => {
    expect(read(text).docketNumbers.map((d) => d.value.printed)).toEqual(want);
  });
});

describe('session-10 titles: the docket entries after a title are no part of it', () => {
  it.each([
    ['ORDER DENYING PLAINTIFF\'S MOTION TO COMPEL ECF NO. 36', "ORDER DENYING PLAINTIFF'S MOTION TO COMPEL"],
    ['ORDER GRANTING DEFENDANT\'S MOTION FOR COMPASSIONATE RELEASE [ECF No. 37]', "ORDER GRANTING DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE"],
    ['ORDER GRANTING DEFENDANT\'S EMERGENCY MOTION FOR IMMEDIATE REDUCTION OF SENTENCE (COMPASSIONATE RELEASE) [ECF', "ORDER GRANTING DEFENDANT'S EMERGENCY MOTION FOR IMMEDIATE REDUCTION OF SENTENCE (COMPASSIONATE RELEASE)"],
    ['ORDER ON MOTION TO DISMISS (Doc. 12)', 'ORDER ON MOTION TO DISMISS'],
    ['ORDER   ON MOTION TO   DISMISS  [ECF No. 12]', 'ORDER ON MOTION TO DISMISS'],
    ['ORDER', 'ORDER'],
  ])('%j', (line, want) => {
    const text = `UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nWILLA SABATIER,\nPlaintiff,\nv.\nCLARK COUNTY,\nDefendant.\n\nCase No. 2:22-cv-00219\n\n${line}\n\nThe motion is denied.\n`;
    const t = read(text).title;
    expect(t?.value).toBe(want);
    // (the span covers the printed words, spaced as printed, and stops before the entry)
    expect(text.slice(t!.span[0], t!.span[1]).replace(/\s+/g, ' ')).toBe(want);
  });
});

describe('session-10 case type from the words of a page with no caption', () => {
  const page = (body: string) => `Opinion\n22-3198-JWL\n10-17-2022\nMEMORANDUM AND ORDER\n${body}\n`;
  it.each([
    ['a civil rights action under § 1983', page('This matter is a civil rights action filed under 42 U.S.C. § 1983. Plaintiff, a prisoner in state custody, proceeds pro se. Plaintiff has moved for reconsideration. The motion is denied.'), 'civil'],
    ['a plaintiff no prosecutor could be', page("This matter comes before the court on defendant Harrowgate Mills, Inc.'s motion to seal (Doc. 86). Plaintiff Sudenga Feeds, Inc. does not oppose the motion. The motion is granted."), 'civil'],
    ['plaintiff filed a complaint against defendants', page('On April 2, 2008, plaintiff filed a complaint against defendants seeking to enforce a grievance decision. The motion to compel is granted.'), 'civil'],
    ['the United States as plaintiff is no private party', page('Plaintiff United States of America opposes the motion. The motion is denied.'), null],
    ['a prosecution\'s words: no civil action', page('Plaintiff Harrowgate Mills, Inc. was the victim. Defendant pleaded guilty and was sentenced to 60 months. The motion is denied.'), null],
  ])('%s', (_name, text, want) => {
    expect(read(text).caseType?.value ?? null).toBe(want);
  });
});

describe('session-10 titles under a case-law site label, and a title that wraps after "&"', () => {
  it.each([
    ['Opinion\nNo. C99-2073 MJM.\nMarch 6, 2001.\nORDER and OPINION I. INTRODUCTION\nPlaintiff brought this action. The motion is granted.\n', 'ORDER and OPINION'],
    ['Summary\nholding that a plea agreement is read as a contract\nSummary of this case from Roe v. United StatesOpinion\nCriminal Action No. 7:06-CR-00055.\nNovember 17, 2009\n2255 MEMORANDUM OPINION\nJohn Doe brings this action. The motion is denied.\n', '2255 MEMORANDUM OPINION'],
    ['Summary\nholding that a plea agreement is read as a contract\nSummary of this case from Roe v. United StatesOpinion\nNo. 05-19-00612-CV\n06-02-2020\nON MOTION FOR REHEARING\nWe grant the motion for rehearing.\n', 'ON MOTION FOR REHEARING'],
    ['Opinion\nCase No. 2:12-CV-245 DB\n01-09-2013\nORDER DENYING MOTION, &\nMEMORANDUM DECISION\nPlaintiff moves for appointed counsel. The motion is denied.\n', 'ORDER DENYING MOTION, & MEMORANDUM DECISION'],
    ['Summary\nholding that a plea agreement is read as a contract\nSummary of this case from Roe v. United StatesOpinion\n357609\n08-17-2021\nPlaintiff brought this action. The motion is granted.\n', null],
  ])('%j', (text, want) => {
    const t = read(text).title;
    // (no title line under the label: the label itself, or none; never the body's prose)
    if (want === null) return expect(t === null || t.value === 'Opinion').toBe(true);
    expect(t?.value).toBe(want);
    expect(text.slice(t!.span[0], t!.span[1]).replace(/\s+/g, ' ')).toBe(want);
  });
});
