// Header and author-line styles of state appellate courts and federal specialty courts, written from invented
// opinions (fictional names) in the layouts these courts use: a state named above "IN SUPREME COURT", an author line
// "MEMORANDUM BY NAME, J.:" with the filing date beside it, an author's letters and a dash running into the opinion,
// "We concur:" over the joining judges, "RELEASED AND JOURNALIZED:", "Decided on", "Delivered:", "Before NAME, Judge."
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const B = 'We have reviewed the record and the briefs of the parties, and for the reasons that follow we affirm the judgment of the trial court. '.repeat(4);

interface Case {
  name: string;
  text: string;
  court?: string | null;
  division?: string | null;
  judge?: string | null;
  title?: string | null;
  date?: string;
  kind?: string;
  party?: { role: string; name: string };
  parties?: Array<{ role: string; name: string }>;
  docket?: string;
  notDocket?: string;
}

const cases: Case[] = [
  // A state named on its own line, its court below
  {
    name: 'STATE OF X / IN SUPREME COURT (Minnesota layout)',
    text: `STATE OF MINNESOTA\n\nIN SUPREME COURT\n\nA18-0412\n\nState of Minnesota,\n          Respondent,\nvs.\nArvid Solberg,\n          Appellant.\n\n${B}`,
    court: 'minn',
  },
  {
    name: 'STATE OF X / IN COURT OF APPEALS',
    text: `STATE OF MINNESOTA\nIN COURT OF APPEALS\nA19-1120\n\nIn re the Marriage of: Lena Holt, petitioner, Respondent,\nvs.\nKarl Holt, Appellant.\n\nFiled May 4, 2020\nAffirmed\n${B}`,
    court: 'minnctapp',
  },
  {
    name: 'STATE OF X / IN SUPREME COURT for another state',
    text: `STATE OF NORTH DAKOTA\nIN SUPREME COURT\n\nNo. 20190231\n\nPetra Lindahl, Plaintiff and Appellee\nv.\nOscar Lindahl, Defendant and Appellant\n\n${B}`,
    court: 'nd',
  },
  // A court name in the right-hand column of a ":" or ")" caption, its state on the column's next line
  {
    name: 'Superior Court in a colon column',
    text: `J-S01234-20\nCOMMONWEALTH OF PENNSYLVANIA          :  IN THE SUPERIOR COURT OF\n                                      :       PENNSYLVANIA\n                v.                    :\nRUBEN ACKERLY                         :\n                   Appellant          :  No. 812 WDA 2019\n\n${B}`,
    court: 'pasuperct',
  },
  {
    name: 'Commonwealth Court in a parenthesis column',
    text: `IDA MERCER,                    )  IN THE COMMONWEALTH COURT OF\n               Petitioner     )  PENNSYLVANIA\n          v.                  )\nWORKERS' COMPENSATION APPEAL   )  No. 1122 C.D. 2018\nBOARD,         Respondent     )\n\n${B}`,
    court: 'pacommwct',
  },
  {
    name: 'Supreme Court in a colon column',
    text: `COMMONWEALTH OF PENNSYLVANIA,   :  IN THE SUPREME COURT OF\n          Appellee             :  PENNSYLVANIA\n     v.                        :\nLEON VARGA,                    :  No. 771 CAP\n          Appellant            :\n\n${B}`,
    court: 'pa',
  },
  // "MEMORANDUM BY NAME, J.:" with the filing date beside it (Pennsylvania layout)
  {
    name: 'memorandum author line with the filing date after a wide gap',
    text: `J-S01234-20\nNON-PRECEDENTIAL DECISION\nCOMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF\n: PENNSYLVANIA\nv. :\nRUBEN ACKERLY :\nAppellant : No. 812 WDA 2019\n\nBEFORE: SHOGAN, J., NICHOLS, J., and PELLEGRINI, J.*\n\nMEMORANDUM BY NICHOLS, J.:                         FILED APRIL 2, 2020\n\n${B}`,
    judge: 'NICHOLS',
    date: '2020-04-02',
    kind: 'filed',
    // (the paper is a memorandum: "MEMORANDUM BY X, J.:" names its kind, session 9 labels)
    title: 'MEMORANDUM',
  },
  {
    name: 'opinion author line with a compound title and the date after the colon',
    text: `J-A22001-18\nCOMMONWEALTH OF PENNSYLVANIA, Appellee\nv.\nMALIK OYELOWO, Appellant\nNo. 1411 EDA 2017\n\nOPINION BY BENDER, P.J.E.: FILED OCTOBER 19, 2018\n\n${B}`,
    judge: 'BENDER',
    date: '2018-10-19',
  },
  {
    name: 'memorandum author line with no date beside it',
    text: `J-S40001-21\nIN THE INTEREST OF: T.R., A MINOR\nAPPEAL OF: K.R., MOTHER\nNo. 301 MDA 2021\n\nMEMORANDUM BY KUNSELMAN, J.:\n\n${B}\nJudgment Entered.\n`,
    judge: 'KUNSELMAN',
  },
  // The author's letters and a dash running into the opinion (Washington layout)
  {
    name: 'author with C.J. and an em dash',
    text: `IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\n\nSTATE OF WASHINGTON, Respondent,\nv.\nTOBIAS LINDGREN, Appellant.\n\nNo. 77123-4-I\n\nMANN, C.J. — ${B}\n\nWE CONCUR:\n\n`,
    judge: 'MANN',
  },
  {
    name: 'author with J. and an en dash',
    text: `IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\nDIVISION TWO\nIn re the Personal Restraint of\nDARIUS OKONKWO, Petitioner.\nNo. 53012-9-II\nUNPUBLISHED OPINION\n\nGLASGOW, J. – ${B}`,
    judge: 'GLASGOW',
  },
  {
    name: 'author with A.C.J. and a double hyphen',
    text: `IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\nSTATE OF WASHINGTON, Appellant,\nv.\nIVY MARCHETTI, Respondent.\nNo. 36011-2-III\n\nFEARING, A.C.J. -- ${B}`,
    judge: 'FEARING',
  },
  // "We concur:" over the signatures of the joining judges (California layout)
  {
    name: '"We concur:" below the author\'s letters',
    text: `Filed 3/4/19\nIN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\nDIVISION THREE\n\nTHE PEOPLE,\n  Plaintiff and Respondent,\nv.\nMARTIN OSTERHAGEN,\n  Defendant and Appellant.\n\nB291734\n\n${B}\n      EDMON, P. J.\nWe concur:\n      LAVIN, J.\n      DHANIDINA, J.\n`,
    judge: 'EDMON',
    division: 'Second Appellate District',
  },
  {
    name: '"We Concur:" with signature lines',
    text: `IN THE SUPREME COURT OF THE STATE OF MONTANA\nDA 19-0101\nSTATE OF MONTANA, Plaintiff and Appellee,\nv.\nCODY RAINWATER, Defendant and Appellant.\n\n${B}\n/s/ LAURIE McKINNON\nWe Concur:\n/s/ MIKE McGRATH\n/s/ BETH BAKER\n`,
    judge: 'LAURIE McKINNON',
  },
  {
    name: '"Concurring:" over one signature',
    text: `IN THE COURT OF APPEALS OF IOWA\nNo. 18-1402\nIN RE THE MARRIAGE OF DANA HOLM AND EVAN HOLM\n\n${B}\n                    ____________________\n                    Ada Vaitheeswaran, Judge\nConcurring:\n____________________\nPaul Doyle, Judge\n`,
    judge: 'Ada Vaitheeswaran',
  },
  // Header date labels
  {
    name: '"RELEASED AND JOURNALIZED:" (Ohio), the district under the court after a blank line',
    text: `COURT OF APPEALS OF OHIO\n\nEIGHTH APPELLATE DISTRICT\nCOUNTY OF CUYAHOGA\n\nSTATE OF OHIO, Plaintiff-Appellee,\nv.\nRICO PELLEGRINO, Defendant-Appellant.\n\nNo. 106789\n\nJOURNAL ENTRY AND OPINION\n\nJUDGMENT: AFFIRMED\nRELEASED AND JOURNALIZED: February 7, 2019\n\n${B}`,
    date: '2019-02-07',
    kind: 'entered',
    division: 'Eighth Appellate District',
  },
  {
    name: '"Decided on" (New York Appellate Division slip header)',
    text: `Matter of Quarles v Hennepin Mut. Ins. Co.\n2019 NY Slip Op 01234\nDecided on February 20, 2019\nAppellate Division, Second Department\n\n${B}`,
    date: '2019-02-20',
    kind: 'decided',
  },
  {
    name: '"Delivered:" below a Texas Court of Criminal Appeals opinion',
    text: `IN THE COURT OF CRIMINAL APPEALS\nOF TEXAS\nNO. PD-0123-18\nCORWIN BLAKESLEE, Appellant\nv.\nTHE STATE OF TEXAS\n\nKEEL, J., delivered the opinion of the Court.\n\n${B}\n\nDelivered: March 6, 2019\nPublish\n`,
    date: '2019-03-06',
    judge: 'KEEL',
  },
  // The bench listed in the head, one judge a line, closed by "JJ.": an unsigned decision of the panel
  {
    name: 'bench list under the court (New York Appellate Division decision and order)',
    text: `Decided on February 20, 2019 SUPREME COURT OF THE STATE OF NEW YORK\nAppellate Division, Second Department\nALAN D. SCHEINKMAN, P.J.\nREINALDO E. RIVERA\nJEFFREY A. COHEN, JJ.\n\n2017-01234\n\n[*1]In the Matter of Ada Quarles, appellant,\nv\nHennepin Mutual Insurance Company, respondent.\n\nDECISION & ORDER\n\n${B}`,
    judge: null,
  },
  {
    name: 'bench list of four, mixed case',
    text: `Appellate Division, Fourth Department\nPresent: Whalen, P.J.,\nCentra,\nLindley,\nTroutman, JJ.\n\nMEMORANDUM AND ORDER\n\n${B}`,
    judge: null,
  },
  {
    name: 'counterexample: an author line whose joining judges are named far below',
    text: `Supreme Court of Nebraska.\nMarch 3, 1982.\nBRODERICK, J.\n${B}\nHASTINGS and CAPORALE, JJ.\n`,
    judge: 'BRODERICK',
  },
  // A page mark of an online reporter before a party's name
  {
    name: 'page mark "[*2]" before the first party',
    text: `SUPREME COURT OF THE STATE OF NEW YORK\nAppellate Division, First Department\n[*2]Orla Brennan, Plaintiff-Appellant,\nv\nKestrel Realty LLC, Defendant-Respondent.\nIndex No. 150223/17\n${B}`,
    party: { role: 'appellant', name: 'Orla Brennan' },
  },
  {
    name: 'page mark "[*3]" before the second party',
    text: `Eric Lamont DUNMORE, Appellant,\nv.\n[*3]VALLEY MASONRY, INC., Appellee.\nRecord No. 1101-12-3.\nCourt of Appeals of Virginia.\n${B}`,
    party: { role: 'appellee', name: 'Valley Masonry, Inc' },
  },
  {
    name: 'page mark "[*1]" before a petitioner',
    text: `SUPREME COURT OF THE STATE OF NEW YORK\nAppellate Division, Third Department\n[*1]Petra Vance, Petitioner,\nv\nCommissioner of Labor, Respondent.\n${B}`,
    party: { role: 'petitioner', name: 'Petra Vance' },
  },
  // The end of a party: the rest of a court's name above, the line naming the review below; the other side of a review
  {
    name: 'Court of Criminal Appeals: "OF TEXAS" above the appellant, the petition line below the State',
    text: `IN THE COURT OF CRIMINAL APPEALS\nOF TEXAS\n\nNO. PD-0123-18\n\nCORWIN BLAKESLEE, Appellant\n\nv.\n\nTHE STATE OF TEXAS\n\nON APPELLANT'S PETITION FOR DISCRETIONARY REVIEW\nFROM THE FOURTEENTH COURT OF APPEALS\nHARRIS COUNTY\n\n${B}`,
    parties: [{ role: 'appellant', name: 'Corwin Blakeslee' }, { role: 'appellee', name: 'The State of Texas' }],
  },
  {
    name: 'a petitioner across from a party printed without a role, a writ line below',
    text: `IN THE SUPREME COURT\nOF GEORGIA\n\nS19A0412\n\nDARNELL OYELARAN, Petitioner\n\nv.\n\nWARDEN HOLLIS MARCH\n\nON WRIT OF CERTIORARI TO THE SUPERIOR COURT OF TATTNALL COUNTY\n\n${B}`,
    parties: [{ role: 'petitioner', name: 'Darnell Oyelaran' }, { role: 'respondent', name: 'Warden Hollis March' }],
  },
  {
    name: 'an appellee printed first, the appellant below without a role, an appeal line below',
    text: `IN THE COURT OF APPEALS\nOF MARYLAND\n\nNo. 41, September Term, 2018\n\nSTATE OF MARYLAND, Appellee\n\nv.\n\nKWAME ASANTE\n\nAPPEAL FROM THE CIRCUIT COURT FOR BALTIMORE CITY\n\n${B}`,
    parties: [{ role: 'appellee', name: 'State of Maryland' }, { role: 'appellant', name: 'Kwame Asante' }],
  },
  // Decision-date labels of other states, and a date label that is no title
  {
    name: '"Judgment Rendered:" with a clerk\'s stamp-style date (Louisiana)',
    text: `STATE OF LOUISIANA\n\nCOURT OF APPEAL\n\nFIRST CIRCUIT\n\nNO. 2018 CA 1234\n\nMARGUERITE THIBODAUX\n\nVERSUS\n\nBAYOU HARDWARE, L.L.C.\n\nJudgment Rendered: MAR 05 2019\n\nGUIDRY, J.\n\n${B}`,
    date: '2019-03-05',
    kind: 'decided',
    title: null,
  },
  {
    name: '"Announced <date>" under the division and author (Colorado)',
    text: `Colorado Court of Appeals\n\nCourt of Appeals No. 17CA1234\n\nThe People of the State of Colorado,\nPlaintiff-Appellee,\nv.\nMarcus Vellani,\nDefendant-Appellant.\n\nJUDGMENT AFFIRMED\n\nDivision IV\nOpinion by JUDGE FURMAN\nTaubman and Pawar, JJ., concur\n\nAnnounced March 5, 2019\n\n${B}`,
    date: '2019-03-05',
    judge: 'FURMAN',
  },
  {
    name: '"Judge X delivered the decision of the Court" (Arizona)',
    text: `IN THE\nARIZONA COURT OF APPEALS\nDIVISION ONE\n\nSTATE OF ARIZONA, Appellee,\nv.\nJOVAN PRESCOTT, Appellant.\n\nFILED 3-5-2019\n\nMEMORANDUM DECISION\n\nJudge Ada Lindqvist delivered the decision of the Court, in which Presiding Judge Karl Moreau and Judge Ruth Fenn joined.\n\n${B}`,
    judge: 'Ada Lindqvist',
  },
  // State appellate numbers alone on a caption line
  {
    name: 'Massachusetts Appeals Court number under the court',
    text: `COMMONWEALTH OF MASSACHUSETTS\n\nAPPEALS COURT\n\n19-P-0412\n\nCOMMONWEALTH\n\nvs.\n\nDESMOND ACHTERBERG.\n\nMEMORANDUM AND ORDER PURSUANT TO RULE 23.0\n\n${B}`,
    docket: '19-P-0412',
  },
  {
    name: 'New York Appellate Division number above the lower court index number',
    text: `SUPREME COURT OF THE STATE OF NEW YORK\nAppellate Division, Second Department\n\n2018-04411\n(Index No. 5123/15)\n\nOrla Brennan, appellant,\nv\nKestrel Realty LLC, respondent.\n\nDECISION & ORDER\n\n${B}`,
    docket: '2018-04411',
  },
  {
    name: 'Arizona number after "No."',
    text: `IN THE\nARIZONA COURT OF APPEALS\nDIVISION TWO\n\nSTATE OF ARIZONA, Appellee,\nv.\nJOVAN PRESCOTT, Appellant.\n\nNo. 2 CA-CR 2019-0044\nFiled March 5, 2020\n\n${B}`,
    docket: '2 CA-CR 2019-0044',
  },
  {
    name: 'Colorado number after "Court of Appeals No."',
    text: `Colorado Court of Appeals\n\n2020COA33\n\nCourt of Appeals No. 18CA0412\nDenver District Court No. 16CV1234\n\nKarla Ruiz,\nPlaintiff-Appellant,\nv.\nMile High Tow, LLC,\nDefendant-Appellee.\n\n${B}`,
    docket: '18CA0412',
  },
  // The number of the court below, labelled as such, beside the case's own
  {
    name: '"LC No." of the circuit court beside the Court of Appeals number',
    text: `STATE OF MICHIGAN\nCOURT OF APPEALS\n\nPEOPLE OF THE STATE OF MICHIGAN,\n        Plaintiff-Appellee,\nv\nNo. 340123\nLC No. 16-001234-01-FC\nJOHN OSTROWSKI,\n        Defendant-Appellant.\n\n${B}`,
    docket: '340123',
    notDocket: '16-001234-01-FC',
  },
  {
    name: '"L.T. Case No." in the appeal line under the caption',
    text: `DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA\nFOURTH DISTRICT\n\nHELENA VOSKUIJLEN,\nAppellant,\nv.\nSTATE OF FLORIDA,\nAppellee.\n\nNo. 4D18-1234\n\nL.T. Case No. 16-004123CF10A.\n\n${B}`,
    docket: '4D18-1234',
    notDocket: '16-004123CF10A',
  },
  {
    name: '"County District Court No." under the Court of Appeals number',
    text: `Colorado Court of Appeals\n\nCourt of Appeals No. 18CA0412\nArapahoe County District Court No. 16CV1234\n\nKarla Ruiz,\nPlaintiff-Appellant,\nv.\nMile High Tow, LLC,\nDefendant-Appellee.\n\n${B}`,
    docket: '18CA0412',
    notDocket: '16CV1234',
  },
  {
    name: 'a public-domain citation above the court line is no docket (Colorado)',
    text: `Colorado Court of Appeals\n\n2021COA88\n\nCourt of Appeals No. 19CA2210\n\nThe People of the State of Colorado,\nPlaintiff-Appellee,\nv.\nDana Kowalski,\nDefendant-Appellant.\n\n${B}`,
    docket: '19CA2210',
    notDocket: '2021COA88',
  },
  // A single judge "Before NAME, Judge."
  {
    name: '"Before NAME, Judge." above a memorandum decision',
    text: `UNITED STATES COURT OF APPEALS FOR VETERANS CLAIMS\n\nNO. 17-1234\n\nGILBERT ABERNATHY, APPELLANT,\n\nV.\n\nROBERT L. WILKIE,\nSECRETARY OF VETERANS AFFAIRS, APPELLEE.\n\nBefore PIETSCH, Judge.\n\nMEMORANDUM DECISION\n\n${B}\n\nDATED: March 5, 2019\n`,
    judge: 'PIETSCH',
  },
];

describe('state appellate and specialty court styles (invented)', () => {
  it.each(cases)('$name', (c) => {
    const o = readOrder(c.text);
    if (c.court !== undefined) expect(o.court?.value.id ?? null, 'court').toBe(c.court);
    if (c.division !== undefined) expect(o.division?.value ?? null, 'division').toBe(c.division);
    if (c.judge !== undefined) expect(o.judge?.value.name ?? null, 'judge').toBe(c.judge);
    if (c.title !== undefined) expect(o.title?.value ?? null, 'title').toBe(c.title);
    if (c.date !== undefined) expect(o.date?.value ?? null, 'date').toBe(c.date);
    if (c.kind !== undefined) expect(o.date?.kind, 'date kind').toBe(c.kind);
    if (c.party) expect(o.parties.map((f) => f.value), 'parties').toContainEqual(c.party);
    for (const p of c.parties ?? []) expect(o.parties.map((f) => f.value), 'parties').toContainEqual(p);
    if (c.docket) expect(o.docketNumbers.map((d) => d.value.printed), 'dockets').toContain(c.docket);
    if (c.notDocket) expect(o.docketNumbers.map((d) => d.value.printed), 'dockets').not.toContain(c.notDocket);
  });
});
