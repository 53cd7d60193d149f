// Caption facts (docket, date and its kind, judge) on constructed texts with fictional names, written in
// styles other than the corpus documents the rules were learned from: slip orders, reporter headers,
// appellate slip opinions, bankruptcy captions, minutes and state-court opinions.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { normalizeDocket } from '../../src/order/docket.js';
import { parseDate, parseWordYear } from '../../src/order/date-parse.js';

interface Case {
  name: string;
  text: string;
  dockets?: string[];
  date?: string | null;
  kind?: 'signed' | 'filed' | 'entered' | 'decided';
  judge?: string | null;
  court?: string | null;
  division?: string | null;
  caseType?: string | null;
  parties?: Array<{ role: string; name: string }>;
}

const BODY = 'The Court has considered the motion, the response and the record, and for the reasons below the motion is denied. '.repeat(4);

const cases: Case[] = [
  {
    name: 'reporter header: civil action with judge initials, date under the court line, author line',
    text: `412 F. Supp. 3d 88 (2019)\n\nAnna PELLARIN, Plaintiff,\nv.\nNORTHGATE LOGISTICS, INC., Defendant.\n\nCivil Action No. 18-cv-02231-RBJ-NYW.\n\nUnited States District Court, D. Colorado.\n\nMarch 14, 2019.\n\nMEMORANDUM OPINION AND ORDER\n\nROBERTA B. JASPERSEN, District Judge.\n\n${BODY}\n\nThe magistrate judge, ODETTE N. WILLOW, United States Magistrate Judge, recommended otherwise.\n`,
    dockets: ['18-cv-02231'],
    date: '2019-03-14',
    kind: 'decided',
    judge: 'ROBERTA B. JASPERSEN',
  },
  {
    name: 'reporter header: a long party list does not end the caption',
    text: `77 F. Supp. 2d 301 (1999)\n\nCarl OSTRANDER, Plaintiff,\nv.\n${Array.from({ length: 30 }, (_, i) => `Officer Number${i} Tamsin`).join(', ')}, and Nurse Pell, Defendants.\n\nNo. 97 C 4410.\n\nUnited States District Court, N.D. Illinois, Eastern Division.\n\nOctober 2, 1999.\n\nBRANNIGAN, District Judge.\n\n${BODY}`,
    dockets: ['97-cv-04410'],
    date: '1999-10-02',
    kind: 'decided',
    judge: 'BRANNIGAN',
  },
  {
    name: 'bankruptcy header: two numbers on one line, a prose "signed by" date ignored',
    text: `501 B.R. 12 (2013)\n\nIn re HALVERSEN FARMS, LLC, Debtor.\n\nBankruptcy Nos. 12-40771, 12-40772A.\n\nUnited States Bankruptcy Court, D. Nebraska.\n\nJune 3, 2013.\n\nMEMORANDUM\n\nTOMAS R. ELLINGWOOD, Bankruptcy Judge.\n\nThe note was signed by her on July 24, 2009. ${BODY}`,
    dockets: ['12-40771', '12-40772'],
    date: '2013-06-03',
    kind: 'decided',
    judge: 'TOMAS R. ELLINGWOOD',
  },
  {
    name: 'appellate slip opinion: FILED stamp in a right column, single-judge "Before:"',
    text: `FILED\nUnited States Court of Appeals\nUNITED STATES COURT OF APPEALS Sixth Circuit\nFOR THE SIXTH CIRCUIT February 4, 2022\n\nIn re: MARCUS D. QUILLEN No. 22-5101\n\nBefore: Imani R. Castellano,\nCircuit Judge.\n\nORDER\n\n${BODY}\n\nENTERED BY ORDER OF THE COURT\n`,
    dockets: ['22-5101'],
    date: '2022-02-04',
    kind: 'filed',
    judge: 'Imani R. Castellano',
  },
  {
    name: 'Eleventh Circuit style: parenthesised decision date under the caption',
    text: `IN THE UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n\nNo. 19-13388\nNon-Argument Calendar\n\nUNITED STATES OF AMERICA,\nPlaintiff-Appellee,\nversus\nDORIAN K. FELTS,\nDefendant-Appellant.\n\n(May 6, 2020)\n\nBefore WARDELL, ABARA and KINNEY, Circuit Judges.\n\nPER CURIAM:\n\n${BODY}\n\nAFFIRMED.\n`,
    dockets: ['19-13388'],
    date: '2020-05-06',
    kind: 'decided',
  },
  {
    name: 'Second Circuit stated-term line with the year in words',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE\nSECOND CIRCUIT\n\nAt a stated term of the United States Court of Appeals for the Second Circuit, held at the Courthouse, on the\n3rd day of February, two thousand twenty-three.\n\nBefore: Leandro P. Okonjo,\nCircuit Judge.\n\nHarwell Fund, Plaintiff - Appellee, Docket No. 23-0412\nv.\nRepublic of Estovia, Defendant - Appellant.\n\n${BODY}\n\nFor the Court:\nClerk of Court\n`,
    dockets: ['23-0412'],
    date: '2023-02-03',
    kind: 'decided',
    judge: 'Leandro P. Okonjo',
  },
  {
    name: 'slip order: signature block with "Signed:" before the name and a bare date line',
    text: `UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nFELICIA WARNE,\nPlaintiff,\nv. Case No. 1:21-cv-00417-ABC\nORRIN TECH, INC.,\nDefendant.\n\nMEMORANDUM OPINION\n\n${BODY}\n\nSO ORDERED.\n\nSigned: Rosalind T. Achebe\nUnited States District Judge\nNovember 30, 2021\n`,
    dockets: ['1:21-cv-00417'],
    date: '2021-11-30',
    kind: 'signed',
    judge: 'Rosalind T. Achebe',
  },
  {
    name: 'state intermediate court: "OPINION BY JUDGE", "FILED:" and a C.D. docket',
    text: `IN THE COMMONWEALTH COURT OF PENNSYLVANIA\n\nGerald Hoskins, :\nAppellant :\nv. : No. 412 C.D. 2019\n: Argued: May 6, 2020\nTown of Easton :\n\nBEFORE: HONORABLE MARA LENK, Judge\nHONORABLE PAUL T. ODUYA, Senior Judge\n\nOPINION BY JUDGE LENK FILED: June 30, 2020\n\n${BODY}`,
    dockets: ['412-cd-2019'],
    date: '2020-06-30',
    judge: 'LENK',
  },
  {
    name: 'state supreme court: comma-grouped docket and "Opinion filed" line',
    text: `22 Kan. App. 2d 90 (1996)\n\nIn the Matter of the Estate of RUTH ANN OKAFOR.\n\nNo. 73,118\n\nCourt of Appeals of Kansas.\n\nOpinion filed April 5, 1996.\n\nBefore LARKIN, P.J., DOYLE, J., and MEAD, District Judge.\n\n${BODY}`,
    dockets: ['73118'],
    date: '1996-04-05',
    kind: 'decided',
  },
  {
    name: 'civil minutes: "Date" without a colon and "Present: The Honorable"',
    text: `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\nCase No. 2:22-cv-05510-PQR Date July 19, 2022\nTitle DELGADO v. HARBOR MILLS\nPresent: The LUCINDA M. PRAEGER, UNITED STATES DISTRICT JUDGE\nHonorable\n\nProceedings: (IN CHAMBERS) ORDER\n\n${BODY}\n\nInitials of Preparer abc\n`,
    dockets: ['2:22-cv-05510'],
    date: '2022-07-19',
    judge: 'LUCINDA M. PRAEGER',
  },
  {
    name: 'criminal number without separators and an appellate list of numbers',
    text: `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF VIRGINIA\nRichmond Division\n\nUNITED STATES OF AMERICA\nv. Criminal No. 3:14cr88\nLAMONT J. VESEY\n\nORDER\n\n${BODY}\n\nIt is SO ORDERED.\n\n/s/ Hollis K. Brandt\nSenior United States District Judge\n\nRichmond, Virginia\nDate: May 1, 2024\n`,
    dockets: ['3:14-cr-00088'],
    date: '2024-05-01',
    kind: 'signed',
    judge: 'Hollis K. Brandt',
  },
  {
    name: 'Supreme Court header: U.S. Reports citation, certiorari line naming the state court below',
    text: `402 U.S. 117\n91 S.Ct. 900\nHALLORAN\nv.\nMINNESOTA.\nNo. 412.\nArgued January 5, 1971.\nDecided March 8, 1971.\nCERTIORARI TO THE SUPREME COURT OF MINNESOTA.\nMr. Justice ABERNATHY delivered the opinion of the Court.\n${BODY}`,
    court: 'scotus',
    date: '1971-03-08',
    kind: 'decided',
    judge: 'ABERNATHY',
  },
  {
    name: 'reporter header of a court of appeals with the circuit after a comma; division from a district court line',
    text: `98 F.3d 12\n\nLena ORTEGA-VANCE, Plaintiff-Appellant,\nv.\nBRIXTON MILLS CORP., Defendant-Appellee.\n\nNo. 95-4410.\n\nUnited States Court of Appeals, Eighth Circuit.\n\nOctober 1, 1996.\n\nBefore HALE, MORROW and TIBBS, Circuit Judges.\n\nMORROW, Circuit Judge.\n\n${BODY}`,
    court: 'ca8',
    caseType: 'appeal',
    judge: 'MORROW',
    parties: [{ role: 'appellant', name: 'Lena ORTEGA-VANCE' }],
  },
  {
    name: 'district court line with the division after the state, and a prosecution without a docket code',
    text: `301 F. Supp. 9 (1969)\n\nUNITED STATES of America\nv.\nOtis K. BRAMWELL.\n\nNo. 69-CR-17.\n\nUnited States District Court, W. D. Missouri, S. D.\n\nJune 2, 1969.\n\nOLSEN, District Judge.\n\n${BODY}`,
    division: 'Southern Division',
    caseType: 'criminal',
    parties: [{ role: 'defendant', name: 'Otis K. BRAMWELL' }],
  },
  {
    name: 'central district of California is a district court, parties beside a docket column',
    text: `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nMARISOL T. AVENDANO, Case No. 5:20-cv-01022-XYZ (ABC)\nPetitioner,\nv. JUDGMENT\nR. DELACROIX, Warden,\nRespondent.\n\nIT IS ADJUDGED that the petition is dismissed.\n\nDATED: June 7, 2021\n______________\nPORTIA L. WEXLER\nUNITED STATES DISTRICT JUDGE\n`,
    court: 'cacd',
    caseType: 'civil',
    date: '2021-06-07',
    judge: 'PORTIA L. WEXLER',
    parties: [{ role: 'petitioner', name: 'Marisol T. Avendano' }],
  },
];

describe('caption facts on constructed texts', () => {
  it.each(cases)('$name', (c) => {
    const o = readOrder(c.text, { domains: [], citations: false });
    const dockets = o.docketNumbers.map((d) => d.value.normalized);
    for (const d of c.dockets ?? []) expect(dockets, 'docket').toContain(d);
    if (c.date !== undefined) expect(o.date?.value ?? null, 'date').toBe(c.date);
    if (c.kind !== undefined) expect(o.date?.kind, 'date kind').toBe(c.kind);
    if (c.judge !== undefined) expect(o.judge?.value.name ?? null, 'judge').toBe(c.judge);
    if (c.court !== undefined) expect(o.court?.value.id ?? null, 'court').toBe(c.court);
    if (c.division !== undefined) expect(o.division?.value ?? null, 'division').toBe(c.division);
    if (c.caseType !== undefined) expect(o.caseType?.value ?? null, 'caseType').toBe(c.caseType);
    for (const p of c.parties ?? []) expect(o.parties.map((f) => f.value), 'parties').toContainEqual(p);
    // Every docket fact's span reads back its printed form.
    for (const d of o.docketNumbers) expect(c.text.slice(...d.span)).toBe(d.value.printed);
  });
});

describe('normalizeDocket', () => {
  it.each([
    ['1:17-CR-00085-MOC-DLH', '', '1:17-cr-00085', 'criminal'],
    ['77 C 2105', 'No. ', '77-cv-02105', 'civil'],
    ['3-96-0310', 'No. ', '3:96-0310', null],
    ['BK91-41705', 'Bankruptcy No. ', '91-bk-41705', 'bankruptcy'],
    ['Civil 4-80-425', 'No. ', '4:80-425', 'civil'],
    ['12–CF–1657', 'No. ', '12-cf-1657', null],
    ['481 of 1954', 'No. ', '481-1954', null],
    ['71,304', 'No. ', '71304', null],
    ['10-11255 (PJW)', 'Bankruptcy No. ', '10-11255', 'bankruptcy'],
  ])('%s', (printed, label, normalized, type) => {
    expect(normalizeDocket(printed, label)).toMatchObject({ printed, normalized, type });
  });
});

describe('dates', () => {
  it.each([
    ['August 10, 2020', '2020-08-10'],
    ['MAR 15 2011', '2011-03-15'],
    ['3rd day of March, 2024', '2024-03-03'],
    ['04-27-2021', '2021-04-27'],
    ['February 30, 2021', null],
  ])('parseDate(%s)', (s, want) => expect(parseDate(s)).toBe(want));

  it.each([
    ['two thousand twenty-five', 2025],
    ['two thousand and nine', 2009],
    ['two thousand', 2000],
    ['nineteen hundred and ninety-eight', 1998],
    ['two thousand apples', null],
  ])('parseWordYear(%s)', (s, want) => expect(parseWordYear(s)).toBe(want));
});
