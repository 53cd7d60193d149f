// Caption facts of orders copied from case-law web pages (print pages, site summaries, docket texts): the caption
// and the signature block are missing or run into other text. Constructed texts with fictional names and courts; each
// layout in at least three wordings.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const BODY = 'The question presented is narrow, and the record answers it; we address the arguments in turn below. '.repeat(4);

const read = (text: string) => readOrder({ text } as never, { citations: false, domains: [] } as never);

interface JudgeCase {
  name: string;
  text: string;
  judge: string | null;
  title?: string | null;
}

const judgeCases: JudgeCase[] = [
  // Name and title on one line, no comma, "District Court Judge".
  { name: 'name + District Court Judge, no comma', text: `Opinion\nCRIMINAL 19-20411\n03-02-2022\nORDER DENYING MOTION FOR COUNSEL\nMarta L. Okonkwo United States District Court Judge\nOn May 1, 2021, Defendant filed a motion. ${BODY}`, judge: 'Marta L. Okonkwo', title: 'United States District Court Judge' },
  { name: 'caps name + DISTRICT COURT JUDGE', text: `Opinion\n2:20-cr-118\n06-11-2021\nORDER\nTOBIAS K. RENNER UNITED STATES DISTRICT COURT JUDGE\n${BODY}`, judge: 'TOBIAS K. RENNER' },
  { name: 'senior title, no comma', text: `ORDER ON MOTION TO REDUCE SENTENCE\nAda P. Lindqvist Senior United States District Judge\n${BODY}`, judge: 'Ada P. Lindqvist' },
  // Title first, the author alone on a line under the panel.
  { name: 'JUDGE + name under the panel', text: `Opinion\nNO. 2019-KA-0412\n04-02-2020\n(Court composed of Judge Ann Roe, Judge Marisol Quenby, Judge Karl Poe)\nJUDGE MARISOL QUENBY\nThe State appeals the trial court's ruling. ${BODY}`, judge: 'MARISOL QUENBY', title: 'Judge' },
  { name: 'JUSTICE + name', text: `Opinion\nNo. 18-0221\n01-09-2019\nJUSTICE DARIO F. VELASCO\nThe defendant appeals his conviction. ${BODY}`, judge: 'DARIO F. VELASCO', title: 'Justice' },
  { name: 'CHIEF JUDGE + name', text: `CHIEF JUDGE HELENA ABERNATHY\n\nThis appeal arises from a custody order. ${BODY}`, judge: 'HELENA ABERNATHY', title: 'Chief Judge' },
  // "HON." line alone between the date and the title.
  { name: 'HON. line above the title', text: `Opinion\nCase Number: 2:14-CV-10021\n05-06-2015\nHON. RUTH K. OYELARAN\nOPINION AND ORDER DENYING PETITION\n${BODY}`, judge: 'RUTH K. OYELARAN', title: null },
  { name: 'HONORABLE line', text: `Opinion\nNo. 3:09-cv-4410\n07-07-2011\nHONORABLE PAUL T. WINTERBOURNE\nORDER GRANTING MOTION TO DISMISS\n${BODY}`, judge: 'PAUL T. WINTERBOURNE' },
  { name: 'Hon. mixed case line', text: `Opinion\nNo. 5:12-cv-88\n02-14-2013\nHon. Celia Marchetti\nMEMORANDUM AND ORDER\n${BODY}`, judge: 'Celia Marchetti' },
  // The author run into the first sentence.
  { name: 'MEADE-style run-in author', text: `Opinion\nNo. 16-P-0903.\n02-03-2018\nPresent: ROE, ABERNATHY, & TRAN, JJ.\nABERNATHY, J. A Suffolk County jury convicted the defendant of assault. ${BODY}`, judge: 'ABERNATHY' },
  { name: 'run-in author, C.J.', text: `Present: OKAFOR, C.J., LINDQVIST, & RUIZ, JJ.\nOKAFOR, C.J. The plaintiff appeals from a judgment of dismissal. ${BODY}`, judge: 'OKAFOR' },
  { name: 'run-in author, hyphenated', text: `No. 15-P-77\nRUIZ-BATES, J. On May 2, 2014, the motion judge allowed the motion. ${BODY}`, judge: 'RUIZ-BATES' },
  // Surname alone under the decision heading, the panel above.
  { name: 'surname under ORDER AND JUDGMENT', text: `No. 96-6012.\n\nBefore HALVORSEN, TRAN, and QUENBY, Circuit Judges.\n\nORDER AND JUDGMENT1\n\nTRAN\n\nThis matter is before the court on appellant's application. ${BODY}`, judge: 'TRAN', title: 'Circuit Judge' },
  { name: 'surname under OPINION', text: `No. 01-2234\nBEFORE OKAFOR, RUIZ, and ABERNATHY, Circuit Judges\nOPINION\nRUIZ\nWe affirm the judgment. ${BODY}`, judge: 'RUIZ' },
  { name: 'surname with title under ORDER AND JUDGMENT*', text: `Before: LINDQVIST, POE and OKAFOR, Circuit Judges.\nORDER AND JUDGMENT*\nLINDQVIST, Circuit Judge.\nThe appellant challenges his sentence. ${BODY}`, judge: 'LINDQVIST' },
  // Name and full title run into other text.
  { name: 'judge after a counsel paragraph', text: `ORDER\nAnn Poe, Assistant United States Attorney, for the Government. Karl Doe, Federal Defender, for Defendant. HELENA R. WINTERBOURNE, United States District Judge\nThis matter is before the Court. ${BODY}`, judge: 'HELENA R. WINTERBOURNE', title: 'United States District Judge' },
  { name: 'judge inside a site summary, spaced comma', text: `In re Quenby\nSummary: MEMORANDUM DECISION ON MOTION TO DISMISS CASE TOBIAS RENNER , United States Bankruptcy Judge . For three years the debtor has litigated. ${BODY}`, judge: 'TOBIAS RENNER', title: 'United States Bankruptcy Judge' },
  { name: 'judge after counsel, magistrate', text: `Counsel: Marta Ruiz, for Plaintiff. Leo Tran, for the State. ODELL P. FINCH, UNITED STATES MAGISTRATE JUDGE.\n${BODY}`, judge: 'ODELL P. FINCH' },
  // Docket text naming the judge.
  { name: 'minute order, Entered by', text: `MINUTE ORDER\nEntered by Magistrate Judge Priya Landerman\nIt is hereby ORDERED that the motion is GRANTED.\nDate: May 4, 2012`, judge: 'Priya Landerman', title: 'Magistrate Judge' },
  { name: 'docket text ORDER by Senior Judge ... on', text: `MEMORANDUM OPINION and ORDER by Senior Judge Karl Halvorsen on 3/9/18: objections overruled.\n${BODY}`, judge: 'Karl Halvorsen' },
  { name: 'docket text Order by Hon.', text: `Order by Hon. Celia Marchetti granting the motion to stay. (Filed on 4/1/2015)\n${BODY}`, judge: 'Celia Marchetti' },
  // The surname in the author line, the full name in the signature.
  { name: 'surname in Opinion by, full name signed', text: `MEMORANDUM OPINION\nBefore Chief Justice Roe and Justices Velasco and Tran\nMemorandum Opinion by Justice Velasco\n${BODY}\nDARIO F. VELASCO\nJustice Delivered and filed the 3rd day of May, 2018.`, judge: 'DARIO F. VELASCO', title: 'Justice' },
  { name: 'surname in Opinion by, full name, do not publish', text: `MEMORANDUM OPINION\nOpinion by Justice Quenby\n${BODY}\nMARISOL QUENBY\nJustice Do not publish. TEX. R. APP. P. 47.2(b).`, judge: 'MARISOL QUENBY' },
  { name: 'surname in author line, full name under /s/', text: `OPINION BY JUDGE LINDQVIST\n${BODY}\n/s/ Ada P. Lindqvist\nJudge`, judge: 'Ada P. Lindqvist' },
  // The lower court's judge is not the author.
  { name: 'petition for review: trial judge named', text: `Opinion\nNo. 2 CA-CR 19-0012 PR\n04-06-2020\nPetition for Review from the Superior Court in Pima County\nNo. CR2014-0619\nThe Honorable Ann B. Roe, Judge\nREVIEW GRANTED; RELIEF DENIED\nPER CURIAM:\n${BODY}`, judge: null },
  { name: 'appeal from: trial judge named', text: `No. 19-0331\nAppeal from the Circuit Court of Lake County\nNo. 17 CF 2210\nHonorable Karl Poe,\nJudge Presiding.\nPER CURIAM\n${BODY}`, judge: null },
  { name: 'appeal from: judge line under the lower court', text: `Appeal from the District Court of Ramsey County\nThe Honorable Leo Tran, Judge\n\nOPINION\n${BODY}\nMarta Okonkwo\nChief Justice`, judge: 'Marta Okonkwo' },
  // A court's margin stamp above "United States District Court" is no signature.
  { name: 'N.D. Cal. margin stamp is no judge', text: `Poe v. Tran\nOrder by Hon. Leo Tran granting 12 Motion to Stay.\n${BODY}\nNORTHERN DISTRICT OF CALIFORNIA\n10\nUnited States District Court\n${BODY}`, judge: 'Leo Tran' },
  { name: 'district line over the court line is no judge', text: `ORDER\n${BODY}\nEASTERN DISTRICT OF TEXAS\nUnited States District Court`, judge: null },
  { name: 'circuit line over a judge title is no judge', text: `ORDER\n${BODY}\nFOR THE NINTH CIRCUIT\nCircuit Judge`, judge: null },
];

describe('judge lines on web pages', () => {
  it.each(judgeCases)('$name', ({ text, judge, title }) => {
    const o = read(text);
    expect(o.judge?.value.name ?? null).toBe(judge);
    if (title !== undefined) expect(o.judge?.value.title ?? null).toBe(title);
    if (o.judge) expect(text.slice(o.judge.span[0], o.judge.span[1]).length).toBeGreaterThan(0);
  });
});

interface TitleCase {
  name: string;
  text: string;
  title: string | null;
}

const titleCases: TitleCase[] = [
  // A short first line wrapped mid-phrase, or followed by what the order decides.
  { name: 'ORDER DENYING wrapped over three lines', text: `Opinion\nCASE NO. C14-0221RSL\n03-04-2015\nORDER DENYING\nPLAINTIFF'S MOTION TO\nCOMPEL AS MOOT\nBefore the court is plaintiff's motion. ${BODY}`, title: "ORDER DENYING PLAINTIFF'S MOTION TO COMPEL AS MOOT" },
  { name: 'MEMORANDUM DECISION AND ORDER + DENYING line', text: `Opinion\nCase No. 2:13-cv-00411-ABC\n05-06-2014\nMEMORANDUM DECISION AND ORDER\nDENYING PLAINTIFF'S MOTION FOR\nSANCTIONS\nDistrict Judge Ann Roe\n${BODY}`, title: "MEMORANDUM DECISION AND ORDER DENYING PLAINTIFF'S MOTION FOR SANCTIONS" },
  { name: 'ORDER + ON line', text: `No. 4:18-cv-1021\nORDER\nON MOTION TO TRANSFER VENUE\n${BODY}`, title: 'ORDER ON MOTION TO TRANSFER VENUE' },
  { name: 'short title, section heading below is not part of it', text: `No. 4:18-cv-1021\nORDER\nBACKGROUND\n${BODY}`, title: 'ORDER' },
  // The judge's first name alone on a line below the title.
  { name: 'title + first name line + judge line', text: `United States District Court, D. Utah\nORDER GRANTING DEFENDANT'S MOTION FOR\nREDUCED SENTENCE UNDER THE FIRST STEP ACT\nMARTA\nL. OKONKWO UNITED STATES DISTRICT JUDGE.\n${BODY}`, title: "ORDER GRANTING DEFENDANT'S MOTION FOR REDUCED SENTENCE UNDER THE FIRST STEP ACT" },
  { name: 'title + first name line + judge line with comma', text: `ORDER ADOPTING REPORT AND RECOMMENDATION OF THE\nMAGISTRATE JUDGE ON THE PETITION\nKARL\nT. HALVORSEN, SENIOR UNITED STATES DISTRICT JUDGE\n${BODY}`, title: 'ORDER ADOPTING REPORT AND RECOMMENDATION OF THE MAGISTRATE JUDGE ON THE PETITION' },
  { name: 'title + first name + U.S.D.J.', text: `OPINION AND ORDER DENYING MOTION FOR COMPASSIONATE RELEASE\nHELENA\nR. ABERNATHY, U.S.D.J.\n${BODY}`, title: 'OPINION AND ORDER DENYING MOTION FOR COMPASSIONATE RELEASE' },
  // The docket entries decided, on their own line under the title.
  { name: '[ECF NO. n] under the title', text: `Opinion\n2:17-cr-00112\n09-09-2024\nORDER DENYING MOTION TO REDUCE SENTENCE UNDER AMENDMENT 821\n[ECF NO. 211]\n${BODY}`, title: 'ORDER DENYING MOTION TO REDUCE SENTENCE UNDER AMENDMENT 821' },
  { name: '(ECF NOS. a, b) under the title', text: `ORDER GRANTING PLAINTIFF'S APPLICATION TO PROCEED IN FORMA PAUPERIS\n(ECF NOS. 3, 4)\n${BODY}`, title: "ORDER GRANTING PLAINTIFF'S APPLICATION TO PROCEED IN FORMA PAUPERIS" },
  { name: '(Doc. n) under the title', text: `MEMORANDUM OPINION AND ORDER ON DEFENDANTS' MOTION TO DISMISS\n(Doc. 27)\n${BODY}`, title: "MEMORANDUM OPINION AND ORDER ON DEFENDANTS' MOTION TO DISMISS" },
  // A title after the judge's tag.
  { name: 'judge tag, () and title', text: `Opinion\n4:19-CR-00210\n05-01-2020\n(OKAFOR, D.J.) () MEMORANDUM FOR TEMPORARY RELEASE DECISION\n${BODY}`, title: 'MEMORANDUM FOR TEMPORARY RELEASE DECISION' },
  { name: 'judge tag and ORDER', text: `Opinion\n3:20-CV-00911\n02-02-2021\n(ROE, M.J.) ORDER\n${BODY}`, title: 'ORDER' },
  { name: 'judge tag and MEMORANDUM OPINION', text: `No. 1:18-cv-2231\n(LINDQVIST, C.J.) MEMORANDUM OPINION\n${BODY}`, title: 'MEMORANDUM OPINION' },
  // A title after a site summary line, and a title-cased title after a counsel list.
  { name: 'title under a site summary', text: `In re Quenby, 601 B.R. 12 (2019)\nCourt: United States Bankruptcy Court, D. Idaho\nSummary: MEMORANDUM DECISION ON MOTION TO DISMISS CASE TOBIAS RENNER , United States Bankruptcy Judge . ${BODY}\nMore\n\nMEMORANDUM DECISION ON MOTION TO DISMISS CASE\n\n${BODY}`, title: 'MEMORANDUM DECISION ON MOTION TO DISMISS CASE' },
  { name: 'title-cased title after counsel', text: `No. 09-40112 (KLM)\nAnn Roe, Esq., Hartford, CT, for Ch. 7 Trustee.\nKarl Poe, Esq., New Haven, CT, for the Debtor.\nMemorandum of Decision and Order on Trustee's Motion to Sell Property\nMARTA OKONKWO, Bankruptcy Judge.\n${BODY}`, title: "Memorandum of Decision and Order on Trustee's Motion to Sell Property" },
  { name: 'title-cased title with in part', text: `Case No. 18-30022\nOrder Granting in Part the Motion of the Debtors for Leave to Sell Real Property\n${BODY}`, title: 'Order Granting in Part the Motion of the Debtors for Leave to Sell Real Property' },
];

describe('titles on web pages', () => {
  it.each(titleCases)('$name', ({ text, title }) => {
    const o = read(text);
    expect(o.title?.value ?? null).toBe(title);
  });
});

interface TypeCase {
  name: string;
  text: string;
  caseType: string | null;
  docket?: string;
  court?: string | null;
}

const typeCases: TypeCase[] = [
  // An appellate panel or an appeal stated in the opening, the docket without a type code.
  { name: 'Present: ..., JJ. (no court line)', text: `Opinion\nNo. 14-P-0211.\n05-05-2016\nPresent: ROE, POE, & TRAN, JJ.\nTRAN, J. A Hampden County jury convicted the defendant. ${BODY}`, caseType: 'appeal' },
  { name: '(Court composed of Judge ...) after counsel lines', text: `Opinion\nNO. 2020-KA-0114\n06-06-2021\n${'Ann Roe, District Attorney, 1 Main Street, Gretna, LA 70053, COUNSEL FOR STATE/APPELLANT. '.repeat(4)}\n(Court composed of Judge Karl Poe, Judge Leo Tran, Judge Ada Ruiz)\nJUDGE LEO TRAN\nThe State appeals the trial court's ruling granting the motion to quash. ${BODY}`, caseType: 'appeal' },
  { name: 'opening: The defendant appeals from his convictions', text: `No. 2019-0331\n\nThe defendant appeals from his convictions of burglary and theft, arguing that the evidence was insufficient. ${BODY}`, caseType: 'appeal' },
  { name: 'opening: This appeal presents', text: `No. 88-1201\n\nThis appeal presents the question whether a lease may be assigned without consent. ${BODY}`, caseType: 'appeal' },
  // A state appellate docket shape.
  { name: 'Arizona number with a petition code', text: `Opinion\nNo. 2 CA-CR 19-0412 PRPC\n04-06-2020\nSTATE OF ARIZONA, Respondent, v. KARL POE, Petitioner.\nPetition for Review from the Superior Court in Pima County\nNo. CR20140619\nThe Honorable Ann Roe, Judge\n${BODY}`, caseType: 'appeal', docket: '2 CA-CR 19-0412' },
  { name: 'Massachusetts Appeals Court number', text: `Opinion\n17-P-0455\n01-01-2019\nCOMMONWEALTH vs. LEO TRAN.\n${BODY}`, caseType: 'appeal' },
  { name: 'Georgia number', text: `A19A0871.\nTRAN v. THE STATE.\n${BODY}`, caseType: 'appeal' },
  // A prosecution told by its words, the docket without a code.
  { name: 'criminal: compassionate release under § 3582', text: `Opinion\n19-20411\n03-02-2022\nOPINION AND ORDER GRANTING DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE\nDefendant Karl Poe moves for compassionate release under 18 U.S.C. § 3582(c)(1)(A). He pleaded guilty in 2019 and was sentenced to 60 months. ${BODY}`, caseType: 'criminal' },
  { name: 'criminal: supervised release and Bureau of Prisons', text: `Opinion\n06-40112-02-ABC\n07-07-2021\nMEMORANDUM AND ORDER\nDefendant asks the Court to end his term of supervised release early. The Bureau of Prisons released him in 2018. ${BODY}`, caseType: 'criminal' },
  { name: 'criminal: indictment and plea agreement', text: `No. 15-301\nORDER\nThe indictment charged Defendant with wire fraud. Under the plea agreement, Defendant waived his right to appeal. ${BODY}`, caseType: 'criminal' },
  { name: 'not criminal: a habeas petition under § 2254', text: `No. 15-301\nORDER\nPetitioner was sentenced in state court and seeks habeas corpus relief under 28 U.S.C. § 2254. Defendant indicted? No. ${BODY}`, caseType: null },
  { name: 'not criminal: one criminal word only', text: `No. 15-301\nORDER\nDefendant moves to dismiss. Plaintiff's claims arise from a contract dispute; no one was sentenced. ${BODY}`, caseType: null },
  // Bankruptcy words in the head.
  { name: 'bankruptcy: Ch. 7 Trustee in the counsel list', text: `No. 08–41245 ABC.\nAnn Roe, Esq., Hartford, CT, for Ch. 7 Trustee.\nKarl Poe, Esq., for the Debtor.\nMemorandum of Decision on Trustee's Motion\n${BODY}`, caseType: 'bankruptcy' },
  { name: 'bankruptcy: Chapter 13 in the head', text: `Case No. 19-30122\nIn this Chapter 13 case\nORDER\n${BODY}`, caseType: 'bankruptcy' },
  { name: 'bankruptcy: U.S. Trustee', text: `No. 12-50991\nKarl Poe, for the U.S. Trustee.\nORDER ON MOTION TO CONVERT\n${BODY}`, caseType: 'bankruptcy' },
  // The issuing court is not the court a closing directive names.
  { name: 'copy of this order to the Court of Appeals', text: `No. 2:05-cv-00411-ABC (HC)\nORDER\nPetitioner has filed a notice of appeal. ${BODY}\n1. The Clerk of the Court is directed to send a copy of this order to the United States Court of Appeals for the Ninth Circuit.`, caseType: 'civil', court: null },
  { name: 'transmit the file to the Court of Appeals', text: `No. 3:11-cv-0042\nORDER\n${BODY}\nThe Clerk shall transmit the record to the United States Court of Appeals for the Fifth Circuit.`, caseType: 'civil', court: null },
  { name: 'appeal to the Court of Appeals in the closing', text: `No. 1:09-cv-771\nORDER\n${BODY}\nAny appeal of this order shall be taken to the United States Court of Appeals for the Sixth Circuit.`, caseType: 'civil', court: null },
];

describe('case type when the caption names none', () => {
  it.each(typeCases)('$name', ({ text, caseType, docket, court }) => {
    const o = read(text);
    expect(o.caseType?.value ?? null).toBe(caseType);
    if (docket !== undefined) expect(o.docketNumbers.map((d) => d.value.printed)).toEqual([docket]);
    if (court !== undefined) expect(o.court?.value.id ?? null).toBe(court);
  });
});

interface FlatCase {
  name: string;
  text: string;
  court: string | null;
  docket?: string;
  caseType?: string;
}

const FLAT_BODY = 'Pending before the court is the motion, which the parties have fully briefed and which the court now decides on the papers without a hearing. '.repeat(3);

const flatCases: FlatCase[] = [
  { name: 'line numbers and ) column marks, FOR THE DISTRICT OF', text: `Quenby v. Marlowe LLC\n\nFiling 31\n\nORDER signed by Judge Ann Roe on 3/2/12.\n\nDownload PDF\nQuenby v. Marlowe LLC Doc. 31 1 2 3 4 5 6 7 8 9 10 WO IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEVADA Marisol Quenby, ) ) Plaintiff, ) vs. ) Marlowe LLC, ) Defendant. ) No. CV 11-0412-LV-ABC ORDER ${FLAT_BODY}`, court: 'nvd', docket: 'CV 11-0412-LV-ABC', caseType: 'civil' },
  { name: 'line number between court and district', text: `1 2 3 4 UNITED STATES DISTRICT COURT 5 NORTHERN DISTRICT OF OHIO 6 7 KARL POE, 8 Plaintiff, 9 v. CASE NO. 1:14-cv-00278-ABC ORDER DENYING MOTION 10 LEO TRAN, Defendant. 11 ${FLAT_BODY}`, court: 'ohnd', docket: '1:14-cv-00278-ABC', caseType: 'civil' },
  { name: 'two-word state after the district', text: `Doc. 12 IN THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF NORTH CAROLINA UNITED STATES OF AMERICA v. DARNELL OKAFOR, Defendant. Criminal No. 3:16-cr-00209 ORDER ${FLAT_BODY}`, court: 'ncwd', docket: '3:16-cr-00209', caseType: 'criminal' },
  { name: 'bankruptcy court flattened', text: `1 2 3 UNITED STATES BANKRUPTCY COURT 4 DISTRICT OF IDAHO 5 In re: LEO TRAN, Debtor. Case No. 19-40122-ABC ${FLAT_BODY}`, court: 'idb' },
  { name: 'prose naming a court in lower case is not a caption', text: `ORDER\n${FLAT_BODY} The case was transferred from the United States District Court for the District of Nevada last year. ${FLAT_BODY}`, court: null },
];

describe('flattened captions', () => {
  it.each(flatCases)('$name', ({ text, court, docket, caseType }) => {
    const o = read(text);
    expect(o.court?.value.id ?? null).toBe(court);
    if (docket !== undefined) expect(o.docketNumbers.map((d) => d.value.printed)).toContain(docket);
    if (caseType !== undefined) expect(o.caseType?.value ?? null).toBe(caseType);
  });
});

interface PartyCase {
  name: string;
  text: string;
  parties: Array<{ role: string; name: string }>;
}

const partyCases: PartyCase[] = [
  { name: 'docket sheet: defendant then USA', text: `Opinion\nCriminal No. 06-11-P-H.\nMay 2, 2006\nKARL POE (1), Defendant, represented by ANN ROE, LAW OFFICE OF ANN ROE, BANGOR, ME.\nUSA, Plaintiff, represented by LEO TRAN OFFICE OF THE U.S. ATTORNEY, BANGOR, ME.\nRECOMMENDED DECISION ON MOTION TO SUPPRESS\n${BODY}`, parties: [{ role: 'defendant', name: 'Karl Poe' }, { role: 'plaintiff', name: 'USA' }] },
  { name: 'docket sheet: plaintiff and defendant company', text: `Case No. 3:12-cv-411\nMARISOL QUENBY, Plaintiff, represented by Karl Poe, Poe Law LLC.\nMARLOWE BANK, N.A., Defendant, represented by Ann Roe, Roe & Tran.\nORDER\n${BODY}`, parties: [{ role: 'plaintiff', name: 'Marisol Quenby' }, { role: 'defendant', name: 'Marlowe Bank, N.A' }] },
  { name: 'docket sheet: petitioner and respondent', text: `No. 2:15-cv-0042\nLEO TRAN, Petitioner, represented by Federal Defender.\nWARDEN ODELL FINCH, Respondent, represented by Ada Ruiz, Attorney General's Office.\nORDER\n${BODY}`, parties: [{ role: 'petitioner', name: 'Leo Tran' }, { role: 'respondent', name: 'Warden Odell Finch' }] },
  { name: 'site title In Re X above the caption In re First LAST, Debtor.', text: `In Re Okafor\n\n601 B.R. 12 (2019)\n\nIn re Darnell OKAFOR, Debtor.\n\nBankruptcy No. 18-40122.\n\n${BODY}`, parties: [{ role: 'debtor', name: 'Darnell OKAFOR' }] },
  { name: 'site title In re X above In re X, Debtors.', text: `In re Quenby\n\nIn re MARISOL QUENBY, Debtor.\n\nCase No. 19-30122\n\n${BODY}`, parties: [{ role: 'debtor', name: 'Marisol Quenby' }] },
  { name: 'one In re line: kept as subject', text: `In re Ruiz\n\nNo. 17-0042\n\n${BODY}`, parties: [{ role: 'subject', name: 'Ruiz' }] },
];

describe('parties on web pages', () => {
  it.each(partyCases)('$name', ({ text, parties }) => {
    const o = read(text);
    expect(o.parties.map((p) => ({ role: p.value.role, name: p.value.name }))).toEqual(parties);
  });
});

const joinedCases = [
  { name: 'civil and criminal numbers joined by a slash', text: `Opinion\nNo. 1:4-CV-211/1:02-CR-118.\nMay 2, 2006\nMEMORANDUM\n${BODY}`, dockets: ['1:04-cv-00211', '1:02-cr-00118'] },
  { name: 'criminal then civil, slash', text: `Case No. 3:16-cr-00209/3:19-cv-00412\nORDER\n${BODY}`, dockets: ['3:16-cr-00209', '3:19-cv-00412'] },
  { name: 'upper-case codes, four-digit numbers', text: `No. 2:11-CV-1042/2:08-CR-0077\nOPINION AND ORDER\n${BODY}`, dockets: ['2:11-cv-01042', '2:08-cr-00077'] },
];

describe('numbers joined by a slash', () => {
  it.each(joinedCases)('$name', ({ text, dockets }) => {
    expect(read(text).docketNumbers.map((d) => d.value.normalized)).toEqual(dockets);
  });
});

const flatTitleCases = [
  { name: 'ORDER then prose', text: `Doc. 12 1 2 3 IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEVADA Marisol Quenby, ) Plaintiff, ) vs. ) Marlowe LLC, ) Defendant. ) No. CV 11-0412-LV-ABC ORDER Currently pending before the Court is the motion. ${FLAT_BODY}`, title: 'ORDER' },
  { name: 'ORDER + ruling, ended by v.', text: `1 2 UNITED STATES DISTRICT COURT 3 EASTERN DISTRICT OF MICHIGAN 4 KARL POE, 5 Plaintiff, CASE NO. 2:13-cv-00411 ORDER DENYING MOTION TO APPOINT COUNSEL AS MOOT v. LEO TRAN, Defendant. ${FLAT_BODY}`, title: 'ORDER DENYING MOTION TO APPOINT COUNSEL AS MOOT' },
  { name: 'MEMORANDUM OPINION then a section number', text: `Doc. 40 IN THE UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF PENNSYLVANIA ADA RUIZ, Plaintiff, v. ODELL FINCH, Defendant. ) ) Civil Action No. 14-2201 Judge Ann Roe MEMORANDUM OPINION I. INTRODUCTION ${FLAT_BODY}`, title: 'MEMORANDUM OPINION' },
  { name: 'the site docket text above gives a shorter title', text: `Poe v. Tran\n\nFiling 22\n\nORDER Denying 20 Motion to Compel, signed by Judge Ann Roe on 2/2/14.\n\nDownload PDF\n1 2 UNITED STATES DISTRICT COURT 3 NORTHERN DISTRICT OF TEXAS 4 KARL POE, Plaintiff, v. LEO TRAN, Defendant. CASE NO. 3:13-cv-00411 ORDER DENYING MOTION TO COMPEL 5 6 ${FLAT_BODY}`, title: 'ORDER DENYING MOTION TO COMPEL' },
];

describe('titles of flattened captions', () => {
  it.each(flatTitleCases)('$name', ({ text, title }) => {
    expect(read(text).title?.value ?? null).toBe(title);
  });
});
