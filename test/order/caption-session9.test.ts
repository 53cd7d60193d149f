// Caption facts in shapes seen on real orders copied from case-law web pages (session 9): a docket site's header text
// naming the judge ("signed by Magistrate Judge ...", "So Ordered by Judge ... on <date>"), an author line with the
// court's full name after the title, a flattened caption whose right column names the judge, a title run into the first
// section heading, "MEMORANDUM & ORDER" in a flattened caption. Invented texts with fictional names; each shape in at
// least three wordings, with counterexamples that must not fire.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const read = (text: string) => readOrder({ text } as never, { citations: false, domains: [] } as never);

const FILLER = 'The Court has reviewed the papers and the record, and it rules as follows for the reasons below. '.repeat(3);

interface JudgeCase {
  name: string;
  text: string;
  judge: string | null;
  title?: string;
  date?: string;
  kind?: string;
}

const judgeCases: JudgeCase[] = [
  // A docket site's header text: "signed by" / "So Ordered by" a judge.
  {
    name: 'signed by Magistrate Judge, Jr',
    text: `Acme Corp. v. Roe\n\nFiling 88\n\nORDER granting 31 plaintiff's motion to compel; signed by Magistrate Judge Ann B. Quill, Jr (Magistrate Judge Ann B. Quill, Jr., abc)\n\nDownload PDF\nORDER GRANTING MOTION TO COMPEL ${FILLER}`,
    judge: 'Ann B. Quill, Jr',
    title: 'Magistrate Judge',
  },
  {
    name: 'So Ordered by Judge on date',
    text: `Court Description: ORDER granting 12 Motion to Stay. The case is stayed. So Ordered by Judge Lena Ortiz on 5/14/2015. (Ng, Karl)\n\nDownload PDF\nORDER ${FILLER}`,
    judge: 'Lena Ortiz',
    date: '2015-05-14',
    kind: 'signed',
  },
  {
    name: 'Signed by District Judge on date',
    text: `Court Description: ORDER denying 4 Motion to Dismiss. Signed by District Judge Orrin Tate on 6/1/2016. (abc)\n\nDownload PDF\nMEMORANDUM AND ORDER ${FILLER}`,
    judge: 'Orrin Tate',
    title: 'District Judge',
    date: '2016-06-01',
    kind: 'signed',
  },
  // The bare "Judge" of the docket text takes the opinion's fuller title for the same judge.
  {
    name: 'So Ordered by Judge + SURNAME, District Judge: run in',
    text: `Court Description: ORDER granting 7 Motion for Default Judgment. So Ordered by Judge Petra Voss on 2/3/2014. (abc)\n\nDownload PDF\nMEMORANDUM & ORDER For Defendant: No appearances. VOSS, District Judge: On May 2, 2013, the Plaintiff sued. ${FILLER}`,
    judge: 'Petra Voss',
    title: 'District Judge',
  },
  // The author line with the court's full name after the title.
  { name: 'SR. JUDGE, UNITED STATES DISTRICT COURT', text: `Opinion\n4:20-CR-00012 (ABC)\n03-04-2021\nORDER\nW. HOLLIS GRANT, SR. JUDGE, UNITED STATES DISTRICT COURT\nBefore the Court is Defendant's motion. ${FILLER}`, judge: 'W. HOLLIS GRANT', title: 'Sr. Judge, United States District Court' },
  { name: 'Chief Judge, United States Bankruptcy Court', text: `ORDER\nKARL T. BRISBANE, Chief Judge, United States Bankruptcy Court\nThe debtor moves to convert. ${FILLER}`, judge: 'KARL T. BRISBANE', title: 'Chief Judge, United States Bankruptcy Court' },
  { name: 'SENIOR JUDGE, UNITED STATES DISTRICT COURT.', text: `MEMORANDUM\nOWEN T. MARSH, SENIOR JUDGE, UNITED STATES DISTRICT COURT.\nThe plaintiff moves to amend. ${FILLER}`, judge: 'OWEN T. MARSH', title: 'Senior Judge, United States District Court' },
  // A flattened caption whose right column names the judge: the name runs into the party's role word.
  { name: 'Chief Judge in a flattened caption', text: `United States v. Tate\n\nUNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA UNITED STATES OF AMERICA v. Criminal Action No. 12-34-1 (LMO) ORRIN TATE, Chief Judge Lena M. Ortiz Defendant. MEMORANDUM OPINION The defendant moves. ${FILLER}`, judge: 'Lena M. Ortiz', title: 'Chief Judge' },
  { name: 'Judge in a flattened civil caption', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA ACME CORP., Civil Action No. 20-1234 (KLP) Judge Karl Poe Plaintiff, v. ROE INDUSTRIES, Defendant. MEMORANDUM OPINION ${FILLER}`, judge: 'Karl Poe', title: 'Judge' },
  { name: 'District Judge in a flattened caption', text: `UNITED STATES DISTRICT COURT UNITED STATES OF AMERICA v. Criminal No. 19-88 ADA PELL, District Judge Ines Tran Defendant. ORDER ${FILLER}`, judge: 'Ines Tran', title: 'District Judge' },
  // Counterexamples: no judge named in these.
  { name: 'affidavit signed by the plaintiff', text: `ORDER\nThe affidavit signed by the plaintiff on May 2, 2015 is stricken. ${FILLER}`, judge: null },
  { name: 'so ordered by the Court', text: `ORDER\nThe motion is granted. So ordered by the Court on 3/29/2012. ${FILLER}`, judge: null },
  { name: 'Judge Advocate General as party', text: `UNITED STATES DISTRICT COURT ANN ROE, Plaintiff, v. the Judge Advocate General Defendant. ORDER ${FILLER}`, judge: null },
];

describe('judge lines of docket sites and flattened captions', () => {
  it.each(judgeCases)('$name', ({ text, judge, title, date, kind }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (title) expect(o.judge?.value.title).toBe(title);
    if (o.judge) expect(text.slice(o.judge.span[0], o.judge.span[1])).toContain(o.judge.value.name.split(/\s+/)[0]);
    if (date) expect(o.date?.value).toBe(date);
    if (kind) expect(o.date?.kind).toBe(kind);
  });
});

interface TitleCase {
  name: string;
  text: string;
  title: string | null;
}

const titleCases: TitleCase[] = [
  // The title run into the first section heading on one long line.
  { name: 'DECISION and ORDER INTRODUCTION', text: `X\n\nThank you for sharing!\n\nDECISION and ORDER INTRODUCTION Ann Roe and Karl Roe commenced this action in state court alleging torts. ${FILLER}${FILLER}${FILLER}`, title: 'DECISION and ORDER' },
  { name: 'MEMORANDUM OPINION AND ORDER I. BACKGROUND', text: `MEMORANDUM OPINION AND ORDER I. BACKGROUND The plaintiff, a former employee of the defendant, sued under Title VII. ${FILLER}${FILLER}${FILLER}`, title: 'MEMORANDUM OPINION AND ORDER' },
  { name: 'ORDER GRANTING ... BACKGROUND On', text: `Share this\n\nORDER GRANTING MOTION TO REMAND BACKGROUND On May 2, 2020, the plaintiff filed suit in state court. ${FILLER}${FILLER}${FILLER}`, title: 'ORDER GRANTING MOTION TO REMAND' },
  // "MEMORANDUM & ORDER" inside a flattened caption.
  { name: 'MEMORANDUM & ORDER flattened', text: `Roe v. Poe Doc. 9 UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK ----X ANN ROE, Plaintiff, -against- MEMORANDUM & ORDER 12-CV-3456(ABC) KARL POE, Defendant. ----X APPEARANCES ${FILLER}`, title: 'MEMORANDUM & ORDER' },
  { name: 'OPINION & ORDER flattened', text: `UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF NEW YORK ACME CORP., Plaintiff, -against- OPINION & ORDER 15 Civ. 1234 (ABC) ROE LLC, Defendant. ${FILLER}`, title: 'OPINION & ORDER' },
  { name: 'DECISION & ORDER flattened', text: `UNITED STATES DISTRICT COURT WESTERN DISTRICT OF NEW YORK ANN ROE, Plaintiff, v. DECISION & ORDER 18-CV-123 KARL POE, Defendant. ${FILLER}`, title: 'DECISION & ORDER' },
  // Counterexample: a sentence in capitals before a heading, prose only.
  { name: 'prose, no title', text: `The order of the court was entered. BACKGROUND The plaintiff sued in state court and the defendants removed it. ${FILLER}${FILLER}${FILLER}`, title: null },
];

describe('titles run into the body or flattened', () => {
  it.each(titleCases)('$name', ({ text, title }) => {
    const o = read(text);
    expect(o.title?.value ?? null).toBe(title);
    if (o.title) expect(text.slice(o.title.span[0], o.title.span[1]).replace(/\s+/g, ' ')).toBe(o.title.value);
  });
});

interface DocketCase {
  name: string;
  text: string;
  normalized: string | null;
  caseType: string | null;
}

const docketCases: DocketCase[] = [
  // A type code before the label: "CR. No." / "CV No.".
  { name: 'CR. No. yy-nnnnn', text: `Opinion\nCR. No. 07-20412.\nMarch 3, 2008\nORDER DENYING MOTION TO SUPPRESS\n${FILLER}`, normalized: '07-20412', caseType: 'criminal' },
  { name: 'CR No. yy-nnn', text: `UNITED STATES DISTRICT COURT\nCR No. 12-345\nORDER\n${FILLER}`, normalized: '12-345', caseType: 'criminal' },
  { name: 'CV. No. yy-nnnn', text: `Opinion\nCV. No. 11-0042.\nJune 1, 2012\nORDER\n${FILLER}`, normalized: '11-0042', caseType: 'civil' },
  // The type letter set apart before the number, the judge's initials after it (N.D. Cal.).
  { name: 'No. C yy-nnnn JJJ.', text: `Opinion\nNo. C 09-1234 KLP.\nMay 5, 2010\nORDER GRANTING MOTION TO DISMISS\n${FILLER}`, normalized: '09-cv-01234', caseType: 'civil' },
  // ("CR" here is read by the caption-line rule, the same digit groups)
  { name: 'No. CR yy-nnnn JJJ', text: `Opinion\nNo. CR 13-0456 ABC\nJuly 8, 2014\nORDER\n${FILLER}`, normalized: '13-0456', caseType: 'criminal' },
  { name: 'Case No. C-yy-nnnn JJJ', text: `UNITED STATES DISTRICT COURT\nCase No. C-10-0987 RTW\nORDER\n${FILLER}`, normalized: '10-cv-00987', caseType: 'civil' },
  // Counterexamples: a number in prose; "Cr." in a citation is no label.
  { name: 'No. C ... in prose', text: `ORDER\nThe court in No. C 09-1234 KLP was asked the same question, and it said no. ${FILLER}`, normalized: null, caseType: null },
];

describe('docket labels with a type code (session 9)', () => {
  it.each(docketCases)('$name', ({ text, normalized, caseType }) => {
    const o = read(text);
    expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(normalized);
    expect(o.caseType?.value ?? null).toBe(caseType);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});

interface TypeCase {
  name: string;
  text: string;
  caseType: string | null;
}

const typeCases: TypeCase[] = [
  // A district court named, no docket and no parties: the vocabulary decides.
  { name: 'district court, revoke release, indicted', text: `United States District Court, D. Vermont\nMEMORANDUM AND ORDER\nThis case comes before the court on the government's motion to revoke the magistrate's order of release. On May 2, 2019, Defendant was indicted. A superseding indictment followed. ${FILLER}`, caseType: 'criminal' },
  { name: 'district court, Rule 29 acquittal', text: `United States District Court, W.D. Texas\nORDER\nDefendant moves under Federal Rule of Criminal Procedure 29 for a judgment of acquittal. ${FILLER}`, caseType: 'criminal' },
  { name: 'district court, complaint and civil rules', text: `United States District Court, D. Oregon\nOPINION AND ORDER\nPlaintiff moves to amend the complaint under Fed. R. Civ. P. 15. Defendants oppose. ${FILLER}`, caseType: 'civil' },
  // "Rules of Criminal Procedures" (plural, as printed) with no court.
  { name: 'Criminal Procedures, plural', text: `ANA QUILL, Chief District Judge.\nPending before the Court is Defendant's motion for acquittal (Doc. 99). Federal Rule of Criminal Procedures 29(a) governs. ${FILLER}`, caseType: 'criminal' },
  // Counterexamples: one criminal word; a district court with a plaintiff and nothing else.
  { name: 'district court, one criminal word', text: `United States District Court, D. Vermont\nORDER\nThe defendant asks for more time. The indictment is not at issue. ${FILLER}`, caseType: null },
  { name: 'district court, nothing said', text: `United States District Court, D. Vermont\nORDER\nThe parties ask for more time to confer. ${FILLER}`, caseType: null },
];

describe('case type from the words under a district court (session 9)', () => {
  it.each(typeCases)('$name', ({ text, caseType }) => {
    const o = read(text);
    expect(o.caseType?.value ?? null).toBe(caseType);
    if (o.caseType) expect(o.caseType.span[1]).toBeGreaterThan(o.caseType.span[0]);
  });
});

interface FlatCase {
  name: string;
  text: string;
  division?: string | null;
  docket?: string | null;
  defendant?: string;
}

const flatCases: FlatCase[] = [
  // The division right after the district's state in a flattened caption.
  { name: 'SOUTHERN DIVISION after the state', text: `Acme v. Roe\n\nUNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN SOUTHERN DIVISION ACME CORP., Plaintiff, v. ANN ROE, Defendant. ____/ ORDER GRANTING MOTION TO COMPEL ${FILLER}`, division: 'Southern Division' },
  { name: 'two-word state, EASTERN DIVISION', text: `UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF NORTH CAROLINA EASTERN DIVISION KARL POE, Plaintiff, v. ACME LLC, Defendant. ORDER ${FILLER}`, division: 'Eastern Division' },
  { name: 'two-word division', text: `UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF TEXAS FORT WORTH DIVISION LENA ORTIZ, Plaintiff, v. ROE INC., Defendant. MEMORANDUM OPINION AND ORDER ${FILLER}`, division: 'Fort Worth Division' },
  // Counterexample: a division named in the body, not after the state.
  { name: 'Criminal Division in the body', text: `UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN ACME CORP., Plaintiff, v. ANN ROE, Defendant. ORDER The Criminal Division of the Department wrote a letter. ${FILLER}`, division: null },
  // The page header run into the body: "Case No. <typed number> Hon. <judge> <page>".
  { name: 'page header Case No. ... Hon. ... 1', text: `UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN ACME CORP., Plaintiff, v. ANN ROE, Defendant. ORDER The first log listed eight categories of Case No. 1:09-cv-123 Hon. Karl T. Poe 1 documents that were withheld. ${FILLER}`, docket: '1:09-cv-00123' },
  { name: 'page header, criminal number', text: `UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN UNITED STATES OF AMERICA, Plaintiff, v. ANN ROE, Defendant. ORDER The defendant moved Case No. 2:14-cr-55 Hon. Lena Ortiz 2 to suppress the statement. ${FILLER}`, docket: '2:14-cr-00055' },
  { name: 'page header, Honorable', text: `UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF MICHIGAN ACME CORP., Plaintiff, v. ANN ROE, Defendant. OPINION AND ORDER The parties dispute Case No. 4:11-cv-10234 Honorable Ines Tran 3 the meaning of the clause. ${FILLER}`, docket: '4:11-cv-10234' },
  // Counterexample: a case number cited in prose far from the caption, no judge after it.
  { name: 'Case No. cited in prose', text: `UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN ACME CORP., Plaintiff, v. ANN ROE, Defendant. ORDER ${FILLER}${FILLER}${FILLER}${FILLER} The court in Case No. 1:09-cv-123 held otherwise, and it was right. ${FILLER}`, docket: null },
  // A case-law site's page title: number, entry and court are no part of the second party's name.
  { name: 'site title with Document', text: `Acme Corp. v. Roe, No. 2:2012cv01234 - Document 9 (E.D.N.Y. 2013)\n\nCourt Description: ORDER granting 7 Motion.\n\nORDER ${FILLER}`, defendant: 'Roe' },
  { name: 'site title without Document', text: `United States v. Karl Poe, No. 1:15-cr-00123 (S.D.N.Y. 2016)\n\nORDER ${FILLER}`, defendant: 'Karl Poe' },
  { name: 'site title, appellate number', text: `Ortiz v. Acme Holdings, Inc., No. 18-3456 (2d Cir. 2019)\n\nRULING ${FILLER}`, defendant: 'Acme Holdings, Inc' },
];

describe('flattened captions: division, page-header number, site title (session 9)', () => {
  it.each(flatCases)('$name', ({ text, division, docket, defendant }) => {
    const o = read(text);
    if (division !== undefined) expect(o.division?.value ?? null).toBe(division);
    if (o.division) expect(text.slice(o.division.span[0], o.division.span[1]).toLowerCase()).toBe(o.division.value.toLowerCase());
    if (docket !== undefined) expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(docket);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
    if (defendant) {
      const p = o.parties.find((x) => x.value.role === 'defendant');
      expect(p?.value.name).toBe(defendant);
      // (the evidence is the name, not the site's number and court after it)
      expect(text.slice(p!.span[0], p!.span[1])).toContain(defendant.split(/[ ,]/)[0]);
      expect(text.slice(p!.span[0], p!.span[1])).not.toMatch(/No\.|Document|\d{4}/);
    }
  });
});

interface FlatPartyCase {
  name: string;
  text: string;
  parties: string[];
}

const flatPartyCases: FlatPartyCase[] = [
  // The parties of a caption flattened into one line, after the court's header.
  { name: 'Plaintiff v. Defendant after a division', text: `UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF MICHIGAN SOUTHERN DIVISION ANN ROE, Plaintiff, v. KARL POE, Defendant. ____/ ORDER DENYING MOTION TO DISMISS ${FILLER}`, parties: ['plaintiff:Ann Roe', 'defendant:Karl Poe'] },
  { name: '-against- with title and number between', text: `UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK --------X UNITED STATES OF AMERICA, Plaintiff, -against- MEMORANDUM & ORDER 10-CV-1234(JS) ANN ROE, Defendant. --------X APPEARANCES ${FILLER}`, parties: ['plaintiff:United States of America', 'defendant:Ann Roe'] },
  { name: 'criminal action number and judge between', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA UNITED STATES OF AMERICA v. Criminal Action No. 93-97-2 (BAH) KARL T. POE, Chief Judge Ann B. Roe Defendant. MEMORANDUM OPINION ${FILLER}`, parties: ['plaintiff:United States of America', 'defendant:Karl T. Poe'] },
  { name: 'civil action number between', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA KARL POE, Plaintiff, v. Civil Action No. 19-1234 (ABC) ACME CORP., Defendant. MEMORANDUM OPINION ${FILLER}`, parties: ['plaintiff:Karl Poe', 'defendant:Acme Corp'] },
  // A site's short title above: the caption's fuller names win.
  { name: 'site short title over the flattened caption', text: `Roe v. Poe, No. 2:2012cv01234 - Document 9 (E.D.N.Y. 2013)\n\nDownload PDF\nRoe v. Poe Doc. 9 UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK ----X ANN ROE, Plaintiff, -against- MEMORANDUM & ORDER 12-CV-1234(JS) KARL POE, Defendant. ----X ${FILLER}`, parties: ['plaintiff:Ann Roe', 'defendant:Karl Poe'] },
  // Counterexamples: prose after the court's name; names in lower case.
  { name: 'prose after the header', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA The plaintiff sued the defendant v. the record shows, Defendant. ${FILLER}`, parties: [] },
  { name: 'mixed-case names', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA Ann Roe and others, Plaintiff, v. the city council, Defendant. ${FILLER}`, parties: [] },
];

describe('parties of a flattened caption (session 9)', () => {
  it.each(flatPartyCases)('$name', ({ text, parties }) => {
    const o = read(text);
    const got = o.parties.map((p) => `${p.value.role}:${p.value.name}`);
    if (!parties.length) expect(o.parties.filter((p) => p.rule === 'party/flattened-caption')).toEqual([]);
    else expect(got).toEqual(parties);
    for (const p of o.parties.filter((x) => x.rule === 'party/flattened-caption')) expect(text.slice(p.span[0], p.span[1]).toLowerCase().replace(/[.,]$/, '')).toBe(p.value.name.toLowerCase());
  });
});

interface PaCase {
  name: string;
  text: string;
  docket: string | null;
  caseType?: string;
  title?: string | null;
}

const paCases: PaCase[] = [
  // A Pennsylvania appellate number: the district's letters between the number and the year.
  { name: 'No. nnn WDA yyyy in a caption run into one line', text: `Com. v. Roe, A.\n\nJ-S12345-17 NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37 COMMONWEALTH OF PENNSYLVANIA IN THE SUPERIOR COURT OF PENNSYLVANIA v. ANN ROE Appellant No. 123 WDA 2017 Appeal from the PCRA Order May 2, 2017 in the Court of Common Pleas of Erie County BEFORE: POE, J., TRAN, J., and ORTIZ, J. MEMORANDUM BY TRAN, J.: FILED JUNE 5, 2018 Appellant, Ann Roe, appeals from the order entered in the court below, which we affirm. ${FILLER}`, docket: '123 WDA 2017', caseType: 'appeal', title: 'MEMORANDUM' },
  { name: 'nnn MDA yyyy on a site header line', text: `Opinion\n455 MDA 2022 J-S11111-23\n10-02-2023\nNON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT O.P. 65.37\nMEMORANDUM\nPOE, J.\nAppellant appeals from the order. ${FILLER}`, docket: '455 MDA 2022', caseType: 'appeal' },
  { name: 'Appellant : No. nn EDA yyyy', text: `COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF\n: PENNSYLVANIA\nv. :\nKARL POE :\nAppellant : No. 88 EDA 2020\nMEMORANDUM BY ORTIZ, J.: FILED: March 1, 2021\nAppellant appeals. ${FILLER}`, docket: '88 EDA 2020', title: 'MEMORANDUM' },
  // Counterexamples: the shape in prose; an author line that names no judge.
  { name: 'WDA number cited in prose', text: `ORDER\nThe parties cited 123 WDA 2017 and other cases, which do not apply here. ${FILLER}`, docket: null },
  { name: 'memorandum by counsel', text: `ORDER\nThe memorandum by counsel for the defendant, filed May 2, 2019, is stricken. ${FILLER}`, docket: null, title: 'ORDER' },
];

describe('Pennsylvania appellate numbers and author lines (session 9)', () => {
  it.each(paCases)('$name', ({ text, docket, caseType, title }) => {
    const o = read(text);
    // (as printed: a caption line's reading normalizes "88 EDA 2020" as "88-eda-2020", the same digit groups)
    expect(o.docketNumbers[0]?.value.printed ?? null).toBe(docket);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
    if (caseType) expect(o.caseType?.value).toBe(caseType);
    if (title !== undefined) expect(o.title?.value ?? null).toBe(title);
  });
});

interface LateCase {
  name: string;
  text: string;
  judge?: string | null;
  judgeTitle?: string;
  docket?: string | null;
  title?: string | null;
}

const lateCases: LateCase[] = [
  // A site's author line: name and full title, no comma.
  { name: 'delivered by: name United States Magistrate Judge', text: `Ann Roe v. Karl Poe\n\nNovember 1, 2012\n\nANN ROE PETITIONER,\nv.\nKARL POE, RESPONDENT.\n\nThe opinion of the court was delivered by: Lena M. Ortiz United States Magistrate Judge\n\nORDER\n\nPetitioner is a state prisoner. ${FILLER}`, judge: 'Lena M. Ortiz', judgeTitle: 'United States Magistrate Judge' },
  { name: 'delivered by: name, District Judge', text: `Roe v. Poe\n\nThe opinion of the court was delivered by: Karl Brisbane, District Judge\n\nMEMORANDUM AND ORDER\n${FILLER}`, judge: 'Karl Brisbane', judgeTitle: 'District Judge' },
  { name: 'delivered by: NAME IN CAPITALS AND TITLE', text: `Roe v. Poe\n\nThe opinion of the court was delivered by: INES TRAN UNITED STATES DISTRICT JUDGE\n\nORDER\n${FILLER}`, judge: 'INES TRAN' },
  { name: 'delivered by: the court (no judge)', text: `Roe v. Poe\n\nThe opinion of the court was delivered by: the Court sitting en banc\n\nORDER\n${FILLER}`, judge: null },
  // A caption run into one line with the court's name last: number and title before it.
  { name: 'No. C ... (PR) ORDER ... IN THE UNITED STATES DISTRICT COURT', text: `Roe v. Warden\n\n1 2 3 4 5 6 7 8 vs. KARL POE, Warden, Respondent. / ANN ROE, Petitioner, No. C 07-4321 ABC (PR) ORDER GRANTING RESPONDENT'S MOTION TO DISMISS IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA This is a habeas case brought by a state prisoner. ${FILLER}`, docket: '07-cv-04321', title: "ORDER GRANTING RESPONDENT'S MOTION TO DISMISS" },
  { name: 'No. CR ... ORDER DENYING ... IN THE UNITED STATES DISTRICT COURT', text: `United States v. Roe\n\n1 2 3 4 5 UNITED STATES OF AMERICA, Plaintiff, v. ANN ROE, Defendant. No. CR 11-0573 KLP ORDER DENYING MOTION TO SUPPRESS IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA The defendant moves to suppress. ${FILLER}`, title: 'ORDER DENYING MOTION TO SUPPRESS' },
  { name: 'No. C ... ORDER IN THE UNITED STATES DISTRICT COURT', text: `Poe v. Acme\n\n1 2 3 4 KARL POE, Plaintiff, v. ACME CORP., Defendant. No. C 12-0987 RTW ORDER IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA The motion is before the court. ${FILLER}`, docket: '12-cv-00987', title: 'ORDER' },
];

describe('site author lines and numbers before the court name (session 9)', () => {
  it.each(lateCases)('$name', ({ text, judge, judgeTitle, docket, title }) => {
    const o = read(text);
    if (judge !== undefined) expect(o.judge?.value.name ?? null).toBe(judge);
    if (judgeTitle) expect(o.judge?.value.title).toBe(judgeTitle);
    if (docket !== undefined) expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(docket);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
    if (title !== undefined) expect(o.title?.value ?? null).toBe(title);
    if (o.title) expect(text.slice(o.title.span[0], o.title.span[1])).toBe(o.title.value);
  });
});

const habeasCases: TypeCase[] = [
  // A state prisoner's habeas petition is a civil action.
  { name: '§ 2254 petition with a petitioner', text: `Opinion\nCase No. 07-3101-KLP.\nMay 3, 2007\nORDER\nThis matter is before the court on a petition for writ of habeas corpus filed pursuant to 28 U.S.C. 2254. Petitioner proceeds pro se. ${FILLER}`, caseType: 'civil' },
  { name: '§ 2241 petition', text: `ORDER\nPetitioner, a federal prisoner, seeks relief under 28 U.S.C. § 2241 from the computation of his sentence. Respondent opposes. ${FILLER}`, caseType: 'civil' },
  { name: 'petition for a writ of habeas corpus', text: `ORDER\nPetitioner proceeds with counsel on a petition for a writ of habeas corpus. Respondents move to dismiss it as untimely. ${FILLER}`, caseType: 'civil' },
  // Counterexamples: a § 2255 motion belongs to the criminal case; a defendant in the text.
  { name: '§ 2255 motion', text: `ORDER\nPetitioner moves under 28 U.S.C. § 2255 to vacate his sentence; he also cites § 2241. ${FILLER}`, caseType: null },
  { name: 'defendant asks for habeas corpus', text: `ORDER\nDefendant asks the court to treat his letter as a petition for a writ of habeas corpus. Petitioner is the same person. ${FILLER}`, caseType: null },
];

describe('habeas petitions are civil (session 9)', () => {
  it.each(habeasCases)('$name', ({ text, caseType }) => {
    const o = read(text);
    expect(o.caseType?.value ?? null).toBe(caseType);
  });
});

const sigLineCases: JudgeCase[] = [
  // The author's line with the opening sentence run on after the full title.
  { name: 'NAME, UNITED STATES DISTRICT JUDGE This matter', text: `United States v. Roe\n\nKARL W. BRISBANE, UNITED STATES DISTRICT JUDGE This matter comes before the Court upon the Defendant's motion. ${FILLER}`, judge: 'KARL W. BRISBANE', title: 'United States District Judge' },
  // A site summary's short title after a spaced comma.
  { name: 'Summary: NAME , Magistrate Judge .', text: `Roe v. Acme\n\nSummary: ORDER NADIA T. RUSK , Magistrate Judge . Pending before the Court is Defendant's motion to compel. ${FILLER}`, judge: 'NADIA T. RUSK', title: 'Magistrate Judge' },
  { name: 'Summary: title NAME , District Judge .', text: `Poe v. Roe\n\nSummary: MEMORANDUM OPINION GRANTING MOTION OWEN T. MARSH , District Judge . Plaintiff seeks review. ${FILLER}`, judge: 'OWEN T. MARSH', title: 'District Judge' },
  // Name, title and court's name on one line.
  { name: 'Name, District Judge United States District Court', text: `Opinion\nCR 20-55-BLG-ABC\n02-15-2022\nORDER\nAnn B. Roe, District Judge United States District Court\nBefore the Court is the motion. ${FILLER}`, judge: 'Ann B. Roe', title: 'District Judge' },
  { name: 'Name, Magistrate Judge, United States District Court', text: `ORDER\nKarl Poe, Magistrate Judge, United States District Court\nThe motion is granted. ${FILLER}`, judge: 'Karl Poe', title: 'Magistrate Judge' },
  { name: 'NAME, Chief Judge United States Bankruptcy Court', text: `ORDER\nLENA ORTIZ, Chief Judge United States Bankruptcy Court\nThe debtor moves. ${FILLER}`, judge: 'LENA ORTIZ', title: 'Chief Judge' },
  // Counterexamples: a referral names no author; the title is followed by more prose than an opening.
  { name: 'referred to NAME, Magistrate Judge', text: `ORDER\nThe motion was referred to ANN ROE, Magistrate Judge for a report. ${FILLER}`, judge: null },
];

describe('author lines run into a sentence or a court name (session 9)', () => {
  it.each(sigLineCases)('$name', ({ text, judge, title }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (title) expect(o.judge?.value.title).toBe(title);
  });
});

const gaDocketCases: DocketCase[] = [
  // The Southern District of Georgia's style: office digit and year run together after the type code.
  { name: 'CR. ooo-nnn', text: `Opinion\nCR. 419-083\n08-13-2019\nORDER\n${FILLER}`, normalized: '4:19-cr-00083', caseType: 'criminal' },
  { name: 'CR4yy-nnn', text: `UNITED STATES DISTRICT COURT\nCR420-117\nORDER\n${FILLER}`, normalized: '4:20-cr-00117', caseType: 'criminal' },
  { name: 'CV 6yy-nnn', text: `Opinion\nCV 621-045\n03-03-2022\nORDER\n${FILLER}`, normalized: '6:21-cv-00045', caseType: 'civil' },
];

describe('office and year run together (session 9)', () => {
  it.each(gaDocketCases)('$name', ({ text, normalized, caseType }) => {
    const o = read(text);
    expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(normalized);
    expect(o.caseType?.value ?? null).toBe(caseType);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});

const suppressCases: TypeCase[] = [
  // A prosecution's words without a type code: a defendant's motion to suppress, a search warrant, Miranda.
  { name: "Defendant's Motion to Suppress alone", text: `Opinion\nCase No. 19-20077-ABC\n05-06-2019\nMEMORANDUM AND ORDER\nThis matter is before the court on Defendant's Motion to Suppress. (Doc. 14.) The motion is denied. ${FILLER}`, caseType: 'criminal' },
  { name: "Defendant's Amended Motion to Suppress", text: `ORDER\nBefore the court is Defendant's Amended Motion to Suppress evidence found in his car. ${FILLER}`, caseType: 'criminal' },
  { name: 'search warrant and Miranda', text: `ORDER\nDefendant argues the search warrant lacked support and that his statements came before any Miranda warning. ${FILLER}`, caseType: 'criminal' },
  // Counterexamples: a civil plaintiff's suppression of a deposition; one word alone without a defendant's motion.
  { name: 'plaintiff moves to suppress a deposition', text: `ORDER\nPlaintiff's motion to suppress the deposition of Defendant's expert under Rule 32 is denied. ${FILLER}`, caseType: null },
  { name: 'search warrant only', text: `ORDER\nThe defendant asks to see the search warrant application. ${FILLER}`, caseType: null },
];

describe('a defendant\'s motion to suppress (session 9)', () => {
  it.each(suppressCases)('$name', ({ text, caseType }) => {
    expect(read(text).caseType?.value ?? null).toBe(caseType);
  });
});

const flatPartyCases2: FlatPartyCase[] = [
  // The right column's number beside the first party; the title between "v." and the second.
  { name: 'number beside the petitioner', text: `UNITED STATES DISTRICT COURT DISTRICT OF NEW JERSEY KARL POE, JR., Civil Action No. 15-1234 (ABC) Petitioner, v. OPINION UNITED STATES OF AMERICA, Respondent. ROE, District Judge: Presently before the Court ${FILLER}`, parties: ['petitioner:Karl Poe, Jr', 'respondent:United States of America'] },
  // A description in lower case after the name is cut.
  { name: 'next friend and a director', text: `UNITED STATES DISTRICT COURT MIDDLE DISTRICT OF FLORIDA OCALA DIVISION ANN ROE, by her next friend, K.P., et al., Plaintiffs, v. Case No: 5:13-mc-16-Oc-10ABC KARL POE, Director of the State Department of Defendants. ORDER ${FILLER}`, parties: ['plaintiff:Ann Roe', 'defendant:Karl Poe'] },
  { name: 'a corporation described', text: `UNITED STATES DISTRICT COURT FOR THE DISTRICT OF UTAH ACME CORP., a Delaware corporation, Plaintiff, v. LENA ORTIZ, Defendant. MEMORANDUM DECISION ${FILLER}`, parties: ['plaintiff:Acme Corp', 'defendant:Lena Ortiz'] },
  // A site's title above names the parties short (or misspelt): the caption's names and roles win.
  { name: 'site title above, roles printed below', text: `POE v. UNITED STATES OF AMERICA\n\nFiling 13\n\nOPINION. Signed by Judge Ann Roe on 2/22/2017.\n\nDownload PDF\nUNITED STATES DISTRICT COURT DISTRICT OF NEW JERSEY KARL POE, Civil Action No. 15-1234 (ABC) Petitioner, v. OPINION UNITED STATES OF AMERICA, Respondent. ${FILLER}`, parties: ['petitioner:Karl Poe', 'respondent:United States of America'] },
];

describe('parties of a flattened caption, more layouts (session 9)', () => {
  it.each(flatPartyCases2)('$name', ({ text, parties }) => {
    const o = read(text);
    expect(o.parties.map((p) => `${p.value.role}:${p.value.name}`)).toEqual(parties);
    for (const p of o.parties) expect(text.slice(p.span[0], p.span[1]).toLowerCase().replace(/[.,]$/, '')).toBe(p.value.name.toLowerCase());
  });
});

const hyphenTypeCases: DocketCase[] = [
  // The type code joined to the number by a hyphen, division and judge letters after (District of Arizona).
  { name: 'CV-yy-nnnnn-DIV-JJJ', text: `Opinion\nCV-23-00185-TUC-ABC\n05-06-2024\nORDER\n${FILLER}`, normalized: '23-cv-00185', caseType: 'civil' },
  { name: 'CR-yy-nnnnn-DIV-JJJ', text: `UNITED STATES DISTRICT COURT\nCR-21-01234-PHX-KLP\nORDER\n${FILLER}`, normalized: '21-cr-01234', caseType: 'criminal' },
  { name: 'CV-yy-nnn-JJJ', text: `Opinion\nCV-19-412-RTW\n01-02-2020\nORDER\n${FILLER}`, normalized: '19-cv-00412', caseType: 'civil' },
  // Counterexample: cited in prose.
  { name: 'CV-yy-nnnnn in prose', text: `ORDER\nIn CV-23-00185-TUC-ABC the court ruled otherwise, and we follow it. ${FILLER}`, normalized: null, caseType: null },
];

describe('type code joined by a hyphen (session 9)', () => {
  it.each(hyphenTypeCases)('$name', ({ text, normalized, caseType }) => {
    const o = read(text);
    expect(o.docketNumbers[0]?.value.normalized ?? null).toBe(normalized);
    expect(o.caseType?.value ?? null).toBe(caseType);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});

interface TwoCase {
  name: string;
  text: string;
  dockets: string[];
}

const consolidatedCases: TwoCase[] = [
  // Two numbers of consolidated cases after one label, a space between.
  { name: 'Civil Action n:yy-nnnnn n:yy-nnnnn', text: `Opinion\nCivil Action 1:24-00412 1:24-00519\n05-02-2025\nMEMORANDUM OPINION\n${FILLER}`, dockets: ['1:24-00412', '1:24-00519'] },
  { name: 'Case No. n:yy-cv-nnn n:yy-cv-nnn', text: `UNITED STATES DISTRICT COURT\nCase No. 2:20-cv-0123 2:20-cv-0456\nORDER\n${FILLER}`, dockets: ['2:20-cv-00123', '2:20-cv-00456'] },
  { name: 'Civil Action No. n:yy-nnnn n:yy-nnnn', text: `Civil Action No. 3:19-1234 3:19-5678\nORDER\n${FILLER}`, dockets: ['3:19-1234', '3:19-5678'] },
  // Counterexample: a number and a page count, a date after the number.
  { name: 'number then a date', text: `Case No. 1:24-00412 05-02-2025\nORDER\n${FILLER}`, dockets: ['1:24-00412'] },
];

describe('consolidated numbers after one label (session 9)', () => {
  it.each(consolidatedCases)('$name', ({ text, dockets }) => {
    const o = read(text);
    expect(o.docketNumbers.map((d) => d.value.normalized)).toEqual(dockets);
    for (const d of o.docketNumbers) expect(text.slice(d.span[0], d.span[1])).toBe(d.value.printed);
  });
});
