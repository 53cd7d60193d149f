// Court, docket, date and judge in header styles of reporters, slip opinions and specialised courts, on
// constructed texts with fictional names: small-capital court lines, long party lists, letter-coded docket
// numbers, numbers alone above the court line, event dates on the docket line, stacked date lines, and
// author lines of older state reports. Each behaviour is checked in at least three wordings.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { joinSmallCaps } from '../../src/order/caption-court.js';

const BODY = 'The question presented is narrow, and the record answers it; we address the arguments in turn below. '.repeat(4);

interface Case {
  name: string;
  text: string;
  court?: string | null;
  docket?: string;
  date?: string | null;
  kind?: string;
  judge?: string | null;
}

const partyList = (n: number, role: string): string =>
  `${Array.from({ length: n }, (_, i) => `Marisol Quenby${i}, as personal representative of Tobias Quenby${i}`).join(', ')}, ${role}`;

const courtCases: Case[] = [
  {
    name: 'small capitals split in the text layer: Second Circuit',
    text: ` 21-1187-cv\n Ardent v. Pell\n\n UNITED STATES COURT OF APPEALS\n F OR THE S ECOND C IRCUIT\n\n August Term, 2021\n\n J ANE A RDENT,\n Plaintiff-Appellant,\n - v.-\n P ELL C ORP.,\n Defendant-Appellee.\n\n${BODY}`,
    court: 'ca2',
  },
  {
    name: 'small capitals split in the text layer: Fourth Circuit',
    text: `UNITED STATES COURT OF APPEALS\nF OR THE F OURTH C IRCUIT\n\nNo. 19-4410\n\nUNITED STATES OF AMERICA,\nPlaintiff - Appellee,\nv.\nDARNELL OKAFOR,\nDefendant - Appellant.\n\n${BODY}`,
    court: 'ca4',
  },
  {
    name: 'small capitals split in the text layer: district court',
    text: `U NITED S TATES D ISTRICT C OURT\nS OUTHERN D ISTRICT OF N EW Y ORK\n\nHELENA VARGA,\nPlaintiff,\nv.\nMARLOWE BANK,\nDefendant.\n\n${BODY}`,
    court: 'nysd',
  },
  {
    name: 'party list ending "Name. Plaintiffs," keeps the court line in the caption',
    text: `88 F. Supp. 3d 101 (2015)\n\n${partyList(9, 'and Corwin Tate. Plaintiffs,').replace(/, and Corwin Tate\. Plaintiffs,$/, ' and Corwin Tate. Plaintiffs,')}\nv.\nTOWN OF BRELLING, Defendant.\n\nNo. 13 Civ. 4410.\n\nUnited States District Court, S.D. New York.\n\nMay 4, 2015.\n\n${BODY.repeat(12)}`,
    court: 'nysd',
    docket: '13-cv-04410',
  },
  {
    name: 'party lists with slashed roles ("Defendants/Appellees-Appellees.")',
    text: `KAHANU GROUP, Plaintiff/Appellant-Appellant,\nv.\n${partyList(6, 'Defendants/Appellees-Appellees.')}\n\nNo. CAAP-15-0000412.\n\nIntermediate Court of Appeals of Hawai'i.\n\nMarch 3, 2017.\n\n${BODY.repeat(12)}`,
    court: 'hawapp',
    docket: 'caap-15-0000412',
    date: '2017-03-03',
  },
  {
    name: 'party lists longer than the caption budget do not push the court line out of the caption',
    text: `612 F.3d 77 (2010)\n\n${partyList(40, 'Plaintiffs-Appellants,')}\nv.\n${partyList(25, 'Defendants-Appellees.')}\n\nDocket Nos. 08-4410-cv, 08-4411-cv.\n\nUnited States Court of Appeals, Second Circuit.\n\nDecided: June 1, 2010.\n\n${BODY.repeat(12)}`,
    court: 'ca2',
    date: '2010-06-01',
  },
  {
    name: 'a Supreme Court opinion without a caption names no court from a grand jury sentence',
    text: `Mr. Justice Harlow\n\ndelivered the opinion of the Court.\n\nA grand jury in the Southern District of New York returned an indictment against the petitioner. ${BODY}`,
    court: null,
  },
  {
    name: 'a per curiam opinion names no court from a grand jury sentence',
    text: `Per Curiam.\n\nThe petitioner was indicted in the District of Maryland for mail fraud. ${BODY}`,
    court: null,
  },
  {
    name: 'an opinion that granted certiorari names no court from a transfer sentence',
    text: `Justice Ormsby delivered the opinion of the Court.\n\nWe granted certiorari. Jurisdiction over his supervised release was transferred to the District of Kansas. ${BODY}`,
    court: null,
  },
  {
    name: 'a district court order still reads the grand jury sentence',
    text: `ORDER\n\nOn May 3, 2019, a grand jury in the Eastern District of Texas returned an indictment against the defendant. ${BODY}`,
    court: 'txed',
  },
];

const docketCases: Case[] = [
  { name: 'type code set apart before the number', text: `ROE v. DOE\n\nCiv. A. No. MC 81-17.\n\nUnited States District Court, D. Vermont.\n\n${BODY}`, docket: '81-17' },
  { name: 'criminal code before, office and judge codes after', text: `UNITED STATES\nv.\nLUIS ORNE, Defendant.\n\nNo. CR 88-412 TUC WDB.\n\nUnited States District Court, D. Arizona.\n\n${BODY}`, docket: '88-412' },
  { name: 'two codes before the number', text: `Rhea PALLAS, Appellant,\nv.\nSTATE of Arkansas, Appellee.\n\nNo. CA CR 09-331.\n\nCourt of Appeals of Arkansas.\n\n${BODY}`, docket: '09-331' },
  { name: 'office, year and a civil number', text: `Ada LUND, Plaintiff,\nv.\nCOUNTY OF MARR, Defendant.\n\nNo. 4-72 Civ. 118.\n\nUnited States District Court, D. Minnesota, Fourth Division.\n\n${BODY}`, docket: '4:72-cv-00118' },
  { name: 'bare number above a state supreme court line', text: `210 Ga. 101 (1954)\n\nHARDEE\nv.\nMOSS.\n\n18412.\n\nSupreme Court of Georgia.\n\nDecided March 8, 1954.\n\n${BODY}`, docket: '18412' },
  { name: 'letter-coded number above a court of appeals line', text: `PELL et al.\nv.\nORR et al.\n\nA98A1423.\n\nCourt of Appeals of Georgia.\n\nDecided June 2, 1998.\n\n${BODY}`, docket: 'a98a1423' },
  { name: 'district letter number above a California court of appeal line', text: `The People, Plaintiff and Respondent,\nv.\nJ.R., Defendant and Appellant.\n\nD071122\n\nCourt of Appeal, Fourth District, Division 1, California.\n\nFiled May 12, 2017\n\n${BODY}`, docket: 'd071122' },
  { name: 'criminal appeals number above the court line', text: `Tom BRAY\nv.\nSTATE.\n\nCR-94-1187.\n\nCourt of Criminal Appeals of Alabama.\n\nMay 5, 1995.\n\n${BODY}`, docket: '94-cr-01187' },
  { name: 'slip opinion number between two rules', text: `  NOTE: This disposition is nonprecedential.\n\n  United States Court of Appeals\n  for the Federal Circuit\n  ______________________\n\n  ORVILLE DANE,\n  Petitioner\n\n  v.\n\n  MERIT SYSTEMS PROTECTION BOARD,\n  Respondent\n  ______________________\n\n  2019-1187\n  ______________________\n\n  Petition for review of the Merit Systems Protection Board.\n\n${BODY}`, docket: '2019-1187' },
];

const dateCases: Case[] = [
  { name: 'tax court: "Filed" after the docket number on one line', text: `T.C. Memo. 2016-12\n\nUNITED STATES TAX COURT\n\nLENA PORTER, Petitioner v. COMMISSIONER OF INTERNAL REVENUE, Respondent\n\nDocket No. 4410-13. Filed January 21, 2016.\n\n${BODY}`, date: '2016-01-21', kind: 'filed' },
  { name: 'Tennessee style: number, dash, Filed', text: `IN THE COURT OF APPEALS OF TENNESSEE\n\nAppeal from the Chancery Court for Knox County\n\nNo. E2015-00412-COA-R3-CV - Filed August 3, 2016\n\n${BODY}`, date: '2016-08-03', kind: 'filed' },
  { name: 'Ohio style: submitted and decided on the docket line', text: `THE STATE OF OHIO, APPELLEE, v. ORR, APPELLANT.\n\n(No. 2015-0412-Submitted May 3, 2016-Decided September 9, 2016.)\n\n${BODY}`, date: '2016-09-09', kind: 'decided' },
  { name: 'Heard and Decided without a space after the period', text: `The State, Respondent,\nv.\nCal Rowe, Appellant.\n\nSupreme Court of South Carolina.\n\nHeard May 4, 2012.Decided July 11, 2012.\n\n${BODY}`, date: '2012-07-11', kind: 'decided' },
  { name: 'two bare date lines under the caption: the later is the decision', text: `COMMONWEALTH\nvs.\nPETRA HOLM.\n\nAppeals Court of Massachusetts, Suffolk.\n\nMarch 2, 1981.\nJune 19, 1981.\n\nPresent: ROE, C.J., DOE, & POE, JJ.\n\n${BODY}`, date: '1981-06-19', kind: 'decided' },
  { name: 'two bare date lines with a blank line between', text: `ESTATE OF ORR\n\nCourt of Appeals of Kansas.\n\nJanuary 9, 1990.\n\nApril 30, 1990.\n\n${BODY}`, date: '1990-04-30' },
  { name: 'summary order: the citation notice is no filed stamp; the stated-term line with a split ordinal dates it', text: `UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nSUMMARY ORDER\nRULINGS BY SUMMARY ORDER DO NOT HAVE PRECEDENTIAL EFFECT. CITATION TO A SUMMARY ORDER\nFILED ON OR AFTER JANUARY 1, 2007, IS PERMITTED.\n\nAt a stated term of the United States Court of Appeals for the Second Circuit, held at the Courthouse, in the City of\nNew York, on the 3 rd day of May, two thousand nineteen.\n\n${BODY}`, date: '2019-05-03', kind: 'decided' },
  { name: 'summary order notice alone gives no date', text: `UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nSUMMARY ORDER\nCITATION TO A SUMMARY ORDER\nFILED ON OR AFTER JANUARY 1, 2007, IS PERMITTED.\n\n${BODY}`, date: null },
  { name: 'a tax court magistrate signs at the end', text: `IN THE OREGON TAX COURT\nMAGISTRATE DIVISION\n\nORRIN LEE, Plaintiff, v. DEPARTMENT OF REVENUE, Defendant.\n\nDECISION\n\n${BODY}\n\nThis document was signed by Magistrate Celia Vance on October 2, 2012.`, date: '2012-10-02', kind: 'signed', judge: 'Celia Vance' },
];

const judgeCases: Case[] = [
  { name: 'older state report: "The opinion of the court was delivered by NAME, J."', text: `STATE v. ORR\n\nSupreme Court of New Jersey.\n\nDecided June 3, 1960.\n\nThe opinion of the court was delivered by HALLORAN, J.\n\n${BODY}`, judge: 'HALLORAN' },
  { name: '"delivered by Justice NAME."', text: `ROE v. DOE\n\nSupreme Court of Vermont.\n\nThe opinion of the Court was delivered by Justice Okafor.\n\n${BODY}`, judge: 'Okafor' },
  { name: '"delivered by MR. CHIEF JUSTICE NAME."', text: `ROE v. DOE\n\nSupreme Court of South Carolina.\n\nThe opinion of the Court was delivered by MR. CHIEF JUSTICE BRANDT.\n\n${BODY}`, judge: 'BRANDT' },
  { name: 'the author line lost in the source gives no judge', text: `ROE v. DOE\n\nSupreme Court of South Carolina.\n\nThe opinion of the Court was delivered by This is an action for damages. ${BODY}`, judge: null },
];

interface PartyCase {
  name: string;
  text: string;
  parties: Array<{ role: string; name: string }>;
  absent?: string[];
}

const partyCases: PartyCase[] = [
  {
    name: '"In re:" alone on its line, the debtor below it',
    text: `UNITED STATES BANKRUPTCY COURT\nFOR THE DISTRICT OF OREGON\nIn Re: )\n)\nHARLOW FARMS, LLC, ) Case No. 14-31234-tmb11\n) Chapter 11\nDebtor. )\n______________________________)\nMEMORANDUM OPINION\n\n${BODY}`,
    parties: [{ role: 'debtor', name: 'Harlow Farms, LLC' }],
  },
  {
    name: '"In the Matter of" alone, the petitioner below it',
    text: `IN THE SUPREME COURT OF THE STATE OF MONTANA\n\nIn the Matter of:\n\nDORIS ABERNATHY,\n\nPetitioner.\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Doris Abernathy' }],
  },
  {
    name: '"In re" alone, the debtors below it, then an adversary caption',
    text: `UNITED STATES BANKRUPTCY APPELLATE PANEL\nOF THE TENTH CIRCUIT\nIn re: ) BAP No. CO-18-044\n)\nPETRA LUND and OWEN LUND, ) Bk. No. 17-10234\n)\nDebtors. )\n______________________________)\n)\nSTATE BANK OF ARDEN, )\n)\nAppellant, )\n)\nv. ) OPINION\n)\nPETRA LUND, )\n)\nAppellee. )\n\n${BODY}`,
    parties: [
      { role: 'debtor', name: 'Petra Lund and Owen Lund' },
      { role: 'appellant', name: 'State Bank of Arden' },
      { role: 'appellee', name: 'Petra Lund' },
    ],
    absent: ['debtor:State Bank of Arden'],
  },
  {
    name: 'role lines with a spaced dash ("Petitioner - Appellant,")',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\nNo. 98-6612\nOTIS BRANNER,\nPetitioner - Appellant,\nversus\nHUGO PELL, Warden,\nRespondent - Appellee.\n\n${BODY}`,
    parties: [
      { role: 'appellant', name: 'Otis Branner' },
      { role: 'appellee', name: 'Hugo Pell, Warden' },
    ],
  },
  {
    name: 'a party named with a header word right above its role line',
    text: `UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n____________________________________\n)\nDISTRICT PAVING CO., )\n)\nPlaintiff, )\n)\nv. ) Civil Action No. 17-0412 (RJL)\n)\nMARTA OKAFOR, )\n)\nDefendant. )\n____________________________________)\n\nMEMORANDUM OPINION\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'District Paving Co' }],
  },
  {
    name: 'a title beside the first party and a docket label beside its role',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE\nSECOND CIRCUIT\n\nBefore: Ada Lin,\nCircuit Judge.\n________________________________\nHarwell Capital LP, ORDER\nPlaintiff - Appellee, Docket No. 24-1101\nv.\nRepublic of Estovia,\nDefendant - Appellant.\n________________________________\n\n${BODY}`,
    parties: [
      { role: 'appellee', name: 'Harwell Capital LP' },
      { role: 'appellant', name: 'Republic of Estovia' },
    ],
  },
];

const titleCases: Array<{ name: string; text: string; title: string }> = [
  {
    name: 'a capitalised title over three lines',
    text: `UNITED STATES BANKRUPTCY COURT\nFOR THE DISTRICT OF IDAHO\nIn re: )\nORLA MEATS, INC., ) Case No. 18-40112\nDebtor. )\n______________________)\n\nMEMORANDUM OF DECISION ON THE TRUSTEE'S\nOBJECTION TO THE CLAIM OF\nHARBOR LENDING CORP.\nThe trustee objects to the claim. ${BODY}`,
    title: "MEMORANDUM OF DECISION ON THE TRUSTEE'S OBJECTION TO THE CLAIM OF HARBOR LENDING CORP",
  },
  {
    name: 'a capitalised title over two lines, stopped by a lower-case line',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nROE v. DOE, Case No. 2:19-cv-00412\n\nFINDINGS OF FACT AND CONCLUSIONS OF LAW FOLLOWING\nTHE BENCH TRIAL OF MAY 2020\nThis matter was tried to the Court. ${BODY}`,
    title: 'FINDINGS OF FACT AND CONCLUSIONS OF LAW FOLLOWING THE BENCH TRIAL OF MAY 2020',
  },
  {
    name: 'a long title does not swallow the section heading below',
    text: `UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF IOWA\n\nUNITED STATES OF AMERICA, Plaintiff, vs. OTTO RAND, Defendant.\n\nNo. 11-CR-2041-LRR\n\nMEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION\nI. INTRODUCTION\nThe matter before the court is the motion. ${BODY}`,
    title: "MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION",
  },
  {
    name: 'a short title does not swallow the party line below',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF UTAH\n\nORDER\nJANE ROE, Plaintiff, v. ACME CORP., Defendant.\n\n${BODY}`,
    title: 'ORDER',
  },
  {
    name: 'a title line in capitals longer than a prose line',
    text: `UNITED STATES BANKRUPTCY COURT\nEASTERN DISTRICT OF NEW YORK\n\nIn re Hollis VANCE, Debtor.\n\nCase No. 05-41234\n\nDECISION ON THE MOTION OF THE CHAPTER 7 TRUSTEE FOR AN ORDER UNDER 11 U.S.C. § 363 AUTHORIZING THE SALE OF THE DEBTOR'S INTEREST IN REAL PROPERTY LOCATED AT 12 ELM STREET, FREE AND CLEAR OF ALL LIENS, CLAIMS AND ENCUMBRANCES, WITH SUCH LIENS TO ATTACH TO THE PROCEEDS OF THE SALE\n\nAGNES R. PIKE, Bankruptcy Judge.\n\n${BODY}`,
    title: "DECISION ON THE MOTION OF THE CHAPTER 7 TRUSTEE FOR AN ORDER UNDER 11 U.S.C. § 363 AUTHORIZING THE SALE OF THE DEBTOR'S INTEREST IN REAL PROPERTY LOCATED AT 12 ELM STREET, FREE AND CLEAR OF ALL LIENS, CLAIMS AND ENCUMBRANCES, WITH SUCH LIENS TO ATTACH TO THE PROCEEDS OF THE SALE",
  },
  {
    name: 'a whole title line ending in the kind of paper',
    text: `UNITED STATES JUDICIAL PANEL\non\nMULTIDISTRICT LITIGATION\n\nIN RE: WIDGET PRODUCTS LIABILITY LITIGATION MDL No. 2950\n\nSUGGESTION OF REMAND AND TRANSFER ORDER\n\n${BODY}`,
    title: 'SUGGESTION OF REMAND AND TRANSFER ORDER',
  },
];

describe('titles', () => {
  it.each(titleCases)('$name', (c) => {
    const o = readOrder(c.text, { domains: [], citations: false });
    expect(o.title?.value ?? null).toBe(c.title);
  });
});

describe('parties in caption styles', () => {
  it.each(partyCases)('$name', (c) => {
    const o = readOrder(c.text, { domains: [], citations: false });
    // Names compare without case: a caption prints them in capitals or not.
    const got = o.parties.map((p) => ({ role: p.value.role, name: p.value.name.toLowerCase() }));
    for (const p of c.parties) expect(got, 'parties').toContainEqual({ role: p.role, name: p.name.toLowerCase() });
    for (const a of c.absent ?? []) {
      const [role, name] = a.split(':');
      expect(got, 'absent').not.toContainEqual({ role, name: name.toLowerCase() });
    }
  });
});

function check(c: Case): void {
  const o = readOrder(c.text, { domains: [], citations: false });
  if (c.court !== undefined) expect(o.court?.value.id ?? null, 'court').toBe(c.court);
  if (c.docket !== undefined) expect(o.docketNumbers.map((d) => d.value.normalized), 'docket').toContain(c.docket);
  if (c.date !== undefined) expect(o.date?.value ?? null, 'date').toBe(c.date);
  if (c.kind !== undefined) expect(o.date?.kind, 'date kind').toBe(c.kind);
  if (c.judge !== undefined) expect(o.judge?.value.name ?? null, 'judge').toBe(c.judge);
  for (const d of o.docketNumbers) expect(c.text.slice(...d.span)).toBe(d.value.printed);
  if (o.court) expect(o.court.span[1]).toBeGreaterThan(o.court.span[0]);
}

describe('court in header styles', () => {
  it.each(courtCases)('$name', check);
});

describe('docket numbers in header styles', () => {
  it.each(docketCases)('$name', check);
});

describe('dates in header styles', () => {
  it.each(dateCases)('$name', check);
});

describe('author lines', () => {
  it.each(judgeCases)('$name', check);
});

describe('joinSmallCaps keeps offsets', () => {
  it.each([
    ['F OR THE S ECOND C IRCUIT', 'FOR  THE SECOND  CIRCUIT '],
    ['U NITED S TATES C OURT OF A PPEALS', 'UNITED  STATES  COURT  OF APPEALS '],
    ['A DEFENDANT was heard', 'A DEFENDANT was heard'],
    ['Plan B IS final', 'Plan B IS final'],
  ])('%j -> %j', (input, out) => {
    const got = joinSmallCaps(input);
    expect(got).toBe(out);
    expect(got.length).toBe(input.length);
  });
});
