// Caption facts in shapes seen on real orders from case-law print pages and court sites: dockets with the type code or
// judges after the number, state court prefixes, case type from the text when nothing else tells it, a minute order's
// "Entered by" line, a chambers line above the signature, and a distribution list after it. Invented texts with
// fictional names; each shape in at least three wordings, with counterexamples.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const read = (text: string) => readOrder({ text } as never, { citations: false, domains: [] } as never);

const FILLER = 'The Court has reviewed the papers and the record, and it rules as follows for the reasons below. '.repeat(3);

interface DocketCase {
  name: string;
  text: string;
  normalized: string | null;
  caseType: string | null;
}

const docketCases: DocketCase[] = [
  // The type code after the number, judges' names after it.
  { name: 'yy-nnnnn-CR-JUDGE/JUDGE', text: `Opinion\n21-40117-CR-MARLOWE/PIKE\n10-05-2021\nORDER\n${FILLER}`, normalized: '21-cr-40117', caseType: 'criminal' },
  { name: 'yy-nnnnn-CIV-JUDGE', text: `UNITED STATES DISTRICT COURT\n19-61234-CIV-ESTRADA\nORDER ON MOTION\n${FILLER}`, normalized: '19-cv-61234', caseType: 'civil' },
  { name: 'yy-nnnnn-CR-JUDGE/JUDGE mixed', text: `Opinion\n18-80771-Cr-HALLORAN/VEGA\n03-02-2019\nORDER\n${FILLER}`, normalized: '18-cr-80771', caseType: 'criminal' },
  // A type code set apart before the number, division and judge letters after.
  { name: 'CR yy-nnn-DIV-JJJ', text: `Opinion\nCR 22-341-GF-KTR\n04-06-2023\nORDER\n${FILLER}`, normalized: '22-cr-00341', caseType: 'criminal' },
  { name: 'CV yy-nn-D-JJJ', text: `IN THE UNITED STATES DISTRICT COURT\nCV 20-88-H-PLM\nORDER\n${FILLER}`, normalized: '20-cv-00088', caseType: 'civil' },
  { name: 'C. A. yy-nnnnn-JJJ-JJJ', text: `Opinion\nC. A. 23-00412-ORM-LTQ\n07-02-2024\nREPORT AND RECOMMENDATION\n${FILLER}`, normalized: '23-cv-00412', caseType: 'civil' },
  { name: 'C.A. No. yy-nnn-JJJ', text: `C.A. No. 17-219-KDW\nMEMORANDUM AND ORDER\n${FILLER}`, normalized: '17-219', caseType: 'civil' },
  // A magistrate judge's number is a criminal matter.
  { name: 'mj number', text: `Opinion\n3:22-mj-118 (RTW)\n11-22-2023\nORDER ON MOTION TO CONTINUE\n${FILLER}`, normalized: '3:22-mj-00118', caseType: 'criminal' },
  { name: 'MJ number in a labelled line', text: `Case No. 2:19-MJ-04410-ABC\nORDER OF DETENTION\n${FILLER}`, normalized: '2:19-mj-04410', caseType: 'criminal' },
  { name: 'po number', text: `Case No. 6:21-po-00321-HBK\nORDER\n${FILLER}`, normalized: '6:21-po-00321', caseType: 'criminal' },
  // "Civil File No." says civil.
  { name: 'Civil File No.', text: `Opinion\nCivil File No. 08-2231 (KLM/RPT).\nOctober 1, 2009\nMEMORANDUM OPINION AND ORDER\n${FILLER}`, normalized: '08-2231', caseType: 'civil' },
  { name: 'Civil File No. no parens', text: `UNITED STATES DISTRICT COURT\nCivil File No. 11-407\nORDER\n${FILLER}`, normalized: '11-407', caseType: 'civil' },
  { name: 'Criminal File No.', text: `UNITED STATES DISTRICT COURT\nCriminal File No. 14-92 (DWF)\nORDER\n${FILLER}`, normalized: '14-92', caseType: 'criminal' },
  // Counterexample: a number cited in prose.
  { name: 'prose cite, no docket', text: `ORDER\nIn 21-40117-CR-MARLOWE the court ruled otherwise, and we follow it. ${FILLER}`, normalized: null, caseType: null },
];

describe('docket shapes', () => {
  it.each(docketCases)('$name', ({ text, normalized, caseType }) => {
    const o = read(text);
    expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(normalized);
    if (caseType !== null) expect(o.caseType?.value ?? null).toBe(caseType);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});

interface StateCase {
  name: string;
  text: string;
  dockets: string[];
}

const stateCases: StateCase[] = [
  { name: 'SC and COA prefixes', text: `Opinion\nSC: 170214 COA: 359901\n05-12-2024\nPEOPLE v. ROE\nOrder\nOn order of the Court, the application is DENIED. ${FILLER}`, dockets: ['170214', '359901'] },
  { name: 'SC prefix and county circuit court', text: `SC: 158812\nCOA: 340015\nKent CC: 16-004512-FH\nOrder\nOn order of the Court, leave is DENIED. ${FILLER}`, dockets: ['158812', '340015', '16-004512-FH'] },
  { name: 'bare number in a site header', text: `Opinion\n361742\n03-17-2022\nLC No. 2019-001234-NA\nORDER\nThe motion for immediate consideration is GRANTED. ${FILLER}`, dockets: ['361742'] },
  { name: 'bare five-digit number', text: `Opinion\n40988\n01-05-2019\nORDER\n${FILLER}`, dockets: ['40988'] },
  // Counterexample: a copies line, a year after "Opinion".
  { name: 'cc: line is no docket', text: `ORDER\n${FILLER}\nSO ORDERED.\ncc: counsel of record 12`, dockets: [] },
];

describe('state court prefixes and site headers', () => {
  it.each(stateCases)('$name', ({ text, dockets }) => {
    const got = read(text).docketNumbers.map((d) => d.value.printed);
    for (const d of dockets) expect(got).toContain(d);
    if (!dockets.length) expect(got).toEqual([]);
  });
});

interface TypeCase {
  name: string;
  text: string;
  caseType: string | null;
}

const typeCases: TypeCase[] = [
  // Criminal procedure words, no docket and no court.
  { name: 'bill of particulars, co-conspirators', text: `ANA R. QUILL, Magistrate Judge.\nThis matter is before the court on the defendant's motion for a bill of particulars. The defendant seeks the names of co-conspirators named in the indictment. The motion will be denied. ${FILLER}`, caseType: 'criminal' },
  { name: 'Rule 29 acquittal', text: `PETRA VOSS, District Judge.\nThe defendant has moved under Federal Rule of Criminal Procedure 29 for a judgment of acquittal on the counts of conviction. The motion is DENIED. ${FILLER}`, caseType: 'criminal' },
  { name: 'superseding indictment, conspiracy', text: `LEON MARCHETTI, District Judge.\nBefore the court is Defendant Orrin Tate's motion to compel discovery. According to the superseding indictment, Defendant is charged with conspiracy to distribute a controlled substance. ${FILLER}`, caseType: 'criminal' },
  // Civil procedure words.
  { name: 'Rule 11 sanctions', text: `HOLLIS GRANT, Magistrate Judge.\nThis matter comes before the Court on Plaintiff's Motion for Sanctions against Defendants' counsel. Rule 11 of the Federal Rules of Civil Procedure governs. ${FILLER}`, caseType: 'civil' },
  { name: 'amended complaint, Fed. R. Civ. P.', text: `ORA LINDGREN, District Judge.\nPlaintiff moves to file an amended complaint under Fed. R. Civ. P. 15(a). Defendants oppose the motion. ${FILLER}`, caseType: 'civil' },
  { name: 'complaint dismissed', text: `Opinion\nNo. 22-3318-KLP-abc\n04-05-2022\nORDER DISMISSING COMPLAINT\nPlaintiff, an inmate, filed the complaint against Defendants, two prison officers. ${FILLER}`, caseType: 'civil' },
  // Counterexamples: nothing says.
  { name: 'one criminal word only', text: `ADA PELL, Judge.\nThe defendant asks for more time. The indictment is not at issue here. ${FILLER}`, caseType: null },
  { name: 'plaintiff without civil procedure words', text: `ADA PELL, Judge.\nPlaintiff asks for more time to respond to Defendants' letter. ${FILLER}`, caseType: null },
];

describe('case type from the text', () => {
  it.each(typeCases)('$name', ({ text, caseType }) => {
    expect(read(text).caseType?.value ?? null).toBe(caseType);
  });
});

interface JudgeCase {
  name: string;
  text: string;
  judge: string | null;
  date?: string;
  kind?: string;
}

const judgeCases: JudgeCase[] = [
  // A space before the comma of a suffix.
  { name: 'ENTER: name , Jr.', text: `ORDER\n${FILLER}\nIT IS SO ORDERED.\nENTER:\nH. Bertram Quale , Jr.\nUnited States Magistrate Judge`, judge: 'H. Bertram Quale, Jr.' },
  { name: 'signature name , Sr.', text: `ORDER\n${FILLER}\nSO ORDERED.\nDaniel P. Okoro , Sr.\nUnited States District Judge`, judge: 'Daniel P. Okoro, Sr.' },
  { name: 'caps name , JR.', text: `ORDER\n${FILLER}\nSO ORDERED.\nWALTER K. BRISBANE , Jr.\nSenior United States District Judge`, judge: 'WALTER K. BRISBANE, Jr.' },
  // A minute order's "Entered by" line: judge and entry date.
  { name: 'Entered by name , title, on date', text: `Opinion\n08-09-2012\nMINUTE ORDER\nEntered by Corinna T. Walsh , United States Magistrate Judge, on August 9, 2012.\nThe motion to stay is granted. ${FILLER}`, judge: 'Corinna T. Walsh', date: '2012-08-09', kind: 'entered' },
  { name: 'Entered by name, District Judge', text: `MINUTE ORDER\nEntered by Rafael Quint, District Judge, on March 2, 2020.\nThe hearing is reset. ${FILLER}`, judge: 'Rafael Quint', date: '2020-03-02', kind: 'entered' },
  { name: 'ENTERED BY name, Chief Judge', text: `MINUTE ORDER\nENTERED BY Lydia Marsh, Chief Judge, on June 1, 2018.\nThe status conference is vacated. ${FILLER}`, judge: 'Lydia Marsh', date: '2018-06-01', kind: 'entered' },
  // A distribution list after the signature names no author; the chambers line is the signing date.
  { name: 'Copies to: The Honorable', text: `Opinion\n08-26-2011\nREPORT AND RECOMMENDATION\n${FILLER}\nIN CHAMBERS in Gainesville, Florida, on August 26, 2011.\nMARTIN R. ABERLE\nUnited States Magistrate Judge\nCopies to:\nThe Honorable Ines V. Corrado\nSenior United States District Judge\nAll Counsel`, judge: 'MARTIN R. ABERLE', date: '2011-08-26', kind: 'signed' },
  { name: 'cc: Hon.', text: `ORDER\n${FILLER}\nDONE AND ORDERED in Chambers at Pensacola, Florida, on May 2, 2019.\nNadia F. Rusk\nUnited States District Judge\ncc: Hon. Peter Lund, United States Magistrate Judge`, judge: 'Nadia F. Rusk', date: '2019-05-02', kind: 'signed' },
  { name: 'Copies furnished to:', text: `ORDER\n${FILLER}\nDone in chambers at Reno, Nevada, on 3/4/2020.\nOWEN T. BRANDT\nUnited States District Judge\nCopies furnished to:\nHonorable Gale Simms\nUnited States Magistrate Judge`, judge: 'OWEN T. BRANDT', date: '2020-03-04', kind: 'signed' },
];

describe('judge and date lines', () => {
  it.each(judgeCases)('$name', ({ text, judge, date, kind }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (date) expect(o.date?.value ?? null).toBe(date);
    if (kind) expect(o.date?.kind ?? null).toBe(kind);
  });
});

interface TitleCase {
  name: string;
  text: string;
  title: string | null;
  judge?: string;
}

const APPEARANCES = 'APPEARANCES:\nFor Plaintiff:\nNora Quill\nQuill & Marsh LLP\n12 Elm Street\nAlbany, NY 12207\nFor Defendants:\nPeter Vane\nVane Law\n9 Oak Avenue\n';

const titleCases: TitleCase[] = [
  // A flattened caption: hyphenated, mixed-case and RULING titles.
  { name: 'flat MEMORANDUM-DECISION AND ORDER', text: `UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF NEW YORK ALDER MILLS, LLC, Plaintiff, v. 1:21-CV-00411 (ABC/DEF) QUARRY HOLDINGS, INC., Defendant. Ada R. Voss, U.S. District Judge: MEMORANDUM-DECISION AND ORDER I. INTRODUCTION On May 2, 2021, Plaintiff commenced this action. ${FILLER}`, title: 'MEMORANDUM-DECISION AND ORDER' },
  { name: 'flat DECISION and ORDER', text: `UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF NEW YORK UNITED STATES OF AMERICA, Plaintiff, -against- 1:14-CV-0220 (GHI/JKL) MARTIN OLSEN, Defendant. DECISION and ORDER I. INTRODUCTION On March 3, 2014, Plaintiff commenced this action. ${FILLER}`, title: 'DECISION and ORDER' },
  { name: 'flat RULING AND ORDER ON', text: `UNITED STATES DISTRICT COURT DISTRICT OF CONNECTICUT LENA MARSH, Plaintiff, v. No. 19-cv-02211 (XYZ) PINE GROUP LLC, Defendant. RULING AND ORDER ON MOTION TO COMPEL Lena Marsh ("Plaintiff") has sued Pine Group. ${FILLER}`, title: 'RULING AND ORDER ON MOTION TO COMPEL' },
  { name: 'flat title cut at an open parenthesis', text: `UNITED STATES DISTRICT COURT EASTERN DISTRICT OF CALIFORNIA 1 ROSA PELL, Plaintiff, 2 v. Case No. 1:22-cv-00310 ORDER GRANTING MOTION TO STAY DISCOVERY (ECF 3 No. 14) 4 KARL DUNN, Defendant. ${FILLER}`, title: 'ORDER GRANTING MOTION TO STAY DISCOVERY' },
  // A title glued to the line above it.
  { name: 'glued to a date', text: `Opinion\n05-02-2010\nApril 28, 2010.ORDER\nThis matter comes before the Court on the motion. ${FILLER}`, title: 'ORDER' },
  { name: 'glued to a judges line', text: `Opinion\n361742\n03-17-2022\nLC No. 2019-001234-NA\nAnn Roe Karl Poe JudgesORDER\nThe motion is GRANTED. ${FILLER}`, title: 'ORDER' },
  { name: 'glued MEMORANDUM OPINION', text: `Decided May 2, 2019.MEMORANDUM OPINION\nThe plaintiff appeals. ${FILLER}`, title: 'MEMORANDUM OPINION' },
  // The site's "Opinion" header word is no title.
  { name: 'site header Opinion, court Order line', text: `Opinion\nSC: 160021\n03-02-2020\nOrder\nOn order of the Court, the application is DENIED. ${FILLER}`, title: 'Order' },
  { name: 'site header Opinion alone', text: `Opinion\n4:19-cv-118\n07-07-2020\nThe Court has before it a motion. ${FILLER}`, title: null },
  { name: 'Opinion line of a real title', text: `UNITED STATES DISTRICT COURT\nOPINION\nThe Court has before it a motion. ${FILLER}`, title: 'OPINION' },
  // The title under the judge's line that closes an appearances block.
  { name: 'under Hon. ..., Judge :', text: `Opinion\nNo. 3:18-cv-00412 (ABC/DEF)\n08-14-2019\n${APPEARANCES}Albany, NY 12207 Hon. Ada R. Voss, United States District Judge :\nMEMORANDUM-DECISION AND ORDER\nI. INTRODUCTION\n${FILLER}`, title: 'MEMORANDUM-DECISION AND ORDER', judge: 'Ada R. Voss' },
  { name: 'under HON. ..., Magistrate Judge:', text: `Opinion\nNo. 5:20-cv-0077 (GHI)\n02-11-2021\n${APPEARANCES}HON. KARL T. POE, U.S. Magistrate Judge:\nREPORT AND RECOMMENDATION\n${FILLER}`, title: 'REPORT AND RECOMMENDATION', judge: 'KARL T. POE' },
  { name: 'under Hon. ..., Chief ... Judge:', text: `Opinion\nNo. 1:19-cv-0555 (JKL)\n10-01-2020\n${APPEARANCES}Hon. Lena Ortiz, Chief United States District Judge:\nDECISION AND ORDER\n${FILLER}`, title: 'DECISION AND ORDER', judge: 'Lena Ortiz' },
  // A judge's line in capitals under a long title is not part of it.
  { name: 'long title then judge line', text: `UNITED STATES DISTRICT COURT\nMEMORANDUM AND ORDER ON PLAINTIFF'S MOTION TO SUPPLEMENT THE ADMINISTRATIVE RECORD ON REVIEW IN THIS BENEFITS\nLITIGATION (DKT. NO. 21)\nMARISA K. OYELOWO UNITED STATES MAGISTRATE JUDGE\n${FILLER}`, title: "MEMORANDUM AND ORDER ON PLAINTIFF'S MOTION TO SUPPLEMENT THE ADMINISTRATIVE RECORD ON REVIEW IN THIS BENEFITS LITIGATION" },
  { name: 'long title then CHIEF judge line', text: `UNITED STATES DISTRICT COURT\nORDER DENYING DEFENDANT'S MOTION FOR RECONSIDERATION OF THE ORDER DENYING HIS MOTION FOR A REDUCTION OF SENTENCE\nPAUL T. NG CHIEF UNITED STATES DISTRICT JUDGE\n${FILLER}`, title: "ORDER DENYING DEFENDANT'S MOTION FOR RECONSIDERATION OF THE ORDER DENYING HIS MOTION FOR A REDUCTION OF SENTENCE" },
  { name: 'title wrapped before TO MAGISTRATE JUDGE', text: `UNITED STATES DISTRICT COURT\nORDER GRANTING DEFENDANTS' APPLICATION TO WITHDRAW CONSENT TO\nTHE MAGISTRATE JUDGE\n${FILLER}`, title: "ORDER GRANTING DEFENDANTS' APPLICATION TO WITHDRAW CONSENT TO THE MAGISTRATE JUDGE" },
];

describe('titles', () => {
  it.each(titleCases)('$name', ({ text, title, judge }) => {
    const o = read(text);
    expect(o.title?.value ?? null).toBe(title);
    if (judge) expect(o.judge?.value.name ?? null).toBe(judge);
  });
});

interface DateCase {
  name: string;
  text: string;
  date: string | null;
  kind?: string;
  judge?: string;
}

const dateCases: DateCase[] = [
  // A hearing date is the day set for argument, not the signature.
  { name: 'Hearing Date: label', text: `ORDER\nCase Number: 23STCV0101 Hearing Date: May 2, 2024 Dept: 12\n${FILLER}`, date: null },
  { name: 'HEARING DATE: caps', text: `TENTATIVE RULING\nHEARING DATE: June 3, 2023\n${FILLER}`, date: null },
  { name: 'Trial Date: label', text: `ORDER\nTrial Date: July 9, 2022\n${FILLER}`, date: null },
  // A rulings site's header: judge and decision date.
  { name: 'Judge:, Case:, Date: header', text: `Judge: Marta Quell, Case: 23STCV0101, Date: 2024-05-02 Tentative Ruling\nCase Number: 23STCV0101 Hearing Date: May 2, 2024 Dept: 12\n${FILLER}`, date: '2024-05-02', kind: 'decided', judge: 'Marta Quell' },
  { name: 'Judge:, Case:, one-digit day', text: `Judge: Owen Prescott, Case: 19CV0042, Date: 2021-1-5\nTentative Ruling\n${FILLER}`, date: '2021-01-05', kind: 'decided', judge: 'Owen Prescott' },
  { name: 'Judge:, Case:, Date: at the top', text: `Judge: Lena Ortiz, Case: BC612345, Date: 2019-11-20\nRULING ON DEMURRER\n${FILLER}`, date: '2019-11-20', kind: 'decided', judge: 'Lena Ortiz' },
  // A header date with a one-digit day or month.
  { name: 'one-digit day', text: `Opinion\nNo. 2014-0441.\n2014-10-7\nThe judgment is affirmed. ${FILLER}`, date: '2014-10-07', kind: 'decided' },
  { name: 'one-digit month', text: `Opinion\nNo. 2011-1203.\n2012-3-15\nThe judgment is affirmed. ${FILLER}`, date: '2012-03-15', kind: 'decided' },
  { name: 'both one-digit', text: `Opinion\nNo. 2016-0012.\n2016-2-4\nThe judgment is affirmed. ${FILLER}`, date: '2016-02-04', kind: 'decided' },
  // The running header of a bankruptcy court's e-filed page: the filing date when nothing else dates the order.
  { name: 'bankruptcy ECF header', text: `12-40771-abc Doc 310 Filed 03/04/13 Entered 03/04/13 10:11:12 Main Document Pg 1 of 9\n\nUNITED STATES BANKRUPTCY COURT\nMEMORANDUM DECISION\n${FILLER}`, date: '2013-03-04', kind: 'filed' },
  { name: 'bankruptcy ECF header, letters and dash', text: `19-11234-xyz Doc 55-2 Filed 11/20/19 Entered 11/20/19 08:00:01\n\nORDER\n${FILLER}`, date: '2019-11-20', kind: 'filed' },
  { name: 'district ECF header still read', text: `Case 2:18-cr-00410-ABC Document 91 Filed 06/07/21 Page 1 of 4\n\nORDER\n${FILLER}`, date: '2021-06-07', kind: 'filed' },
];

describe('dates', () => {
  it.each(dateCases)('$name', ({ text, date, kind, judge }) => {
    const o = read(text);
    expect(o.date?.value ?? null).toBe(date);
    if (kind) expect(o.date?.kind ?? null).toBe(kind);
    if (judge) expect(o.judge?.value.name ?? null).toBe(judge);
  });
});

interface AuthorCase {
  name: string;
  text: string;
  judge: string | null;
  title?: string;
}

const authorCases: AuthorCase[] = [
  // The court's word after the title on a reporter's author line.
  { name: 'Chief Judge, Bankruptcy', text: `Case No. 98-20411.\nJune 2, 1998\nORDER\nMARA TELLING, Chief Judge, Bankruptcy\nBy motion filed May 1, 1998 the creditor sought an extension. ${FILLER}`, judge: 'MARA TELLING', title: 'Chief Judge' },
  { name: 'Judge, Bankruptcy.', text: `ORDER\nOSCAR V. LINDE, Judge, Bankruptcy.\nThe trustee objects to the claim. ${FILLER}`, judge: 'OSCAR V. LINDE', title: 'Judge' },
  { name: 'Senior Judge, District', text: `MEMORANDUM\nPAULA RYE, Senior Judge, District\nThe petitioner asks for relief. ${FILLER}`, judge: 'PAULA RYE', title: 'Senior Judge' },
  // A referee's signature.
  { name: 'State Trial Referee, no comma', text: `MEMORANDUM OF DECISION\n${FILLER}\nThe motion to strike is denied.\nHarriet B. Molloy State Trial Referee`, judge: 'Harriet B. Molloy', title: 'State Trial Referee' },
  { name: 'Judge Trial Referee, comma', text: `MEMORANDUM OF DECISION\n${FILLER}\nThe motion is granted.\nVictor Ames, Judge Trial Referee`, judge: 'Victor Ames', title: 'Judge Trial Referee' },
  { name: 'STATE TRIAL REFEREE caps', text: `MEMORANDUM OF DECISION\n${FILLER}\nJudgment may enter for the defendant.\nCLARA NOVAK, STATE TRIAL REFEREE`, judge: 'CLARA NOVAK' },
  // Surname, title letters and the date on one line.
  { name: 'Surname, J., date', text: `IN RE: DEFENDANT'S PRELIMINARY OBJECTIONS\nBEFORE ROE and PELLAM, JJ.\nOPINION and ORDER OF COURT\nPellam, J., March 4, 1999.\nIn this civil action for breach of contract the defendant objects. ${FILLER}`, judge: 'Pellam' },
  { name: 'Surname, P.J., date', text: `OPINION\nHartwell, P.J., June 30, 2004.\nThe defendant appeals the sentence. ${FILLER}`, judge: 'Hartwell', title: 'Presiding Judge' },
  { name: 'SURNAME, J., date', text: `OPINION AND ORDER\nQUINTERO, J., January 8, 2011\nBefore the court are preliminary objections. ${FILLER}`, judge: 'QUINTERO' },
];

describe('author lines', () => {
  it.each(authorCases)('$name', ({ text, judge, title }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (title) expect(o.judge?.value.title ?? null).toBe(title);
  });
});

interface PartyCase {
  name: string;
  text: string;
  parties: Array<{ role: string; name: string }>;
}

const partyCases: PartyCase[] = [
  // "Agency" as the respondent's role before a federal employment board.
  { name: 'Appellant v. Agency', text: `UNITED STATES OF AMERICA\nMERIT SYSTEMS PROTECTION BOARD\n\n2019 MSPB 12\nDocket No. DA-0752-19-0411-I-1\n\nLena R. Ostrow,\nAppellant,\nv.\nDepartment of the Interior,\nAgency.\nOPINION AND ORDER\n${FILLER}`, parties: [{ role: 'appellant', name: 'Lena R. Ostrow' }, { role: 'agency', name: 'Department of the Interior' }] },
  { name: 'caps Agency', text: `UNITED STATES OF AMERICA\nMERIT SYSTEMS PROTECTION BOARD\n\n2020 MSPB 7\nDocket No. NY-1221-20-0017-W-1\n\nKARL T. VANCE,\nAppellant,\nv.\nSOCIAL SECURITY ADMINISTRATION,\nAgency.\nFINAL ORDER\n${FILLER}`, parties: [{ role: 'appellant', name: 'Karl T. Vance' }, { role: 'agency', name: 'Social Security Administration' }] },
  { name: 'Agency on the same line', text: `UNITED STATES OF AMERICA\nMERIT SYSTEMS PROTECTION BOARD\n\n2018 MSPB 30\nDocket No. CH-0432-18-0220-I-1\n\nMaria Quell, Appellant,\nv.\nDepartment of Veterans Affairs, Agency.\nOPINION AND ORDER\n${FILLER}`, parties: [{ role: 'appellant', name: 'Maria Quell' }, { role: 'agency', name: 'Department of Veterans Affairs' }] },
];

describe('party roles', () => {
  it.each(partyCases)('$name', ({ text, parties }) => {
    const got = read(text).parties.map((p) => ({ role: p.value.role, name: p.value.name }));
    expect(got).toEqual(parties);
  });
});

const panelCases: AuthorCase[] = [
  { name: 'district judge sitting by designation', text: `UNITED STATES, Appellee, v. KARL POE, Defendant, Appellant.\nAPPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ALDERIA Ann Quill, for appellant, with whom Ben Rowe was on brief. Before Marsh, Chief Judge, Okafor, Circuit Judge, and Lindqvist, District Judge. Lindqvist, District Judge. The defendant appeals his sentence. ${FILLER}`, judge: 'Lindqvist', title: 'District Judge' },
  { name: 'caps panel, circuit judge', text: `OPINION\nBefore MARSH, OKAFOR and LINDQVIST, Circuit Judges. OKAFOR, Circuit Judge. The petitioner seeks review. ${FILLER}`, judge: 'OKAFOR', title: 'Circuit Judge' },
  { name: 'full names in the panel', text: `OPINION\nBefore Ada Marsh, Paul Okafor, Circuit Judges. Marsh, Circuit Judge. The appellant challenges the ruling. ${FILLER}`, judge: 'Marsh' },
];

describe('author after the panel line', () => {
  it.each(panelCases)('$name', ({ text, judge, title }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (title) expect(o.judge?.value.title ?? null).toBe(title);
  });
});
