// Caption facts of state appellate and supreme courts, specialty courts and opinions served without a caption,
// on constructed texts with fictional names: the case type of a court that only reviews, a state appellate district
// and division, a plural docket label wrapped by a column beside it, the author line below "delivered by", a panel
// listed under "Sitting:", signatures under "CONCUR:", a date label that is no title, "Opinion filed <date>".
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

interface Case {
  name: string;
  text: string;
  caseType?: string | null;
  division?: string | null;
  dockets?: string[];
  judge?: string | null;
  title?: string | null;
  date?: string;
  kind?: string;
  court?: string | null;
  judgeTitle?: string;
  parties?: Array<{ role: string; name: string }>;
}

const BODY = 'We have reviewed the record and the briefs of the parties, and for the reasons that follow we affirm the judgment below. '.repeat(4);

const caseTypes: Case[] = [
  {
    name: 'state intermediate court named in a reporter header, parties without appellate roles',
    text: `88 S.W.3d 410 (2002)\nMarla QUINTERO\nv.\nDELACROIX FREIGHT LINES, INC.\nNo. 2-01-118-CV.\nCourt of Appeals of Texas, Fort Worth.\nAugust 29, 2002.\nHOLMAN, Justice.\n${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'state supreme court, criminal docket code in the caption',
    text: `THE PEOPLE, Plaintiff and Respondent,\nv.\nDORIAN VASHCHENKO, Defendant and Appellant.\nDocket No. Crim. 24410.\nSupreme Court of California.\nMarch 2, 1984.\nOPINION\nKESSLER, J.\n${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'court of last resort named "Court of Appeals" (New York), plaintiff and defendant styled as at trial',
    text: `Hollis Brandvold, Plaintiff,\nv.\nTamsin Okoro, Defendant.\nCourt of Appeals of New York\nDecided March 3, 2015\n${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'no court named, the caption styles the parties appellant and appellee',
    text: `MEMORANDUM OPINION\nNo. 09-14-00412-CV\nRaylene T. OSGOOD,\nAppellant\nv.\nPeter OSGOOD,\nAppellee\nFrom the 151st Judicial District Court, Harris County, Texas\nDelivered and Filed: May 6, 2015\n${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'opinion served from its first paragraph: "This is an appeal from"',
    text: `This is an appeal from a judgment entered on a jury verdict for the plaintiff in an action for breach of a lease. ${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'opinion served from its first paragraph: "excepted and appealed"',
    text: `The plaintiff sued on two notes. The court overruled the demurrer, to which the defendant excepted and appealed.\n${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'opinion served from its first paragraph: a lower court\'s decree "before us"',
    text: `The only question now before us is whether the decree of the Chancery Court could award interest from the date of the sale. ${BODY}`,
    caseType: 'appeal',
  },
  {
    name: 'uncaptioned opinion ending with the bare disposition "Reversed."',
    text: `The plaintiff contracted to sell a tract of timber, and the buyer defaulted on the last two notes. ${BODY}\nReversed.\n`,
    caseType: 'appeal',
  },
  {
    name: 'uncaptioned opinion ending "Exceptions overruled." above a note on the bench',
    text: `Nothing in the case calls for more than brief treatment. ${BODY}\nExceptions overruled.\nPARKER, J., did not sit: the others concurred.\n`,
    caseType: 'appeal',
  },
  {
    name: 'uncaptioned opinion ending "Judgment affirmed in part and reversed in part."',
    text: `The landlord sued for rent due under a written lease. ${BODY}\nJudgment affirmed in part and reversed in part.\nAll concur.\n`,
    caseType: 'appeal',
  },
  {
    name: 'counterexample: a district court order keeps its civil case type',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nLena MARCHETTI, Plaintiff,\nv.\nCASCADE MILLWORKS, INC., Defendant.\n\nCase No. 3:19-cv-01422-SI\n\nOPINION AND ORDER\n\nThe defendant's notice of an appeal from the magistrate's ruling is premature. ${BODY}`,
    caseType: 'civil',
  },
  {
    name: 'counterexample: a body-only text that is no appeal stays without a case type',
    text: `The court has before it the petition of the taxpayers for a refund, and the response of the department. ${BODY}`,
    caseType: null,
  },
];

const courtsFromDockets: Case[] = [
  {
    name: 'Texas court of appeals number, no court named (memorandum opinion)',
    text: `MEMORANDUM OPINION\nNo. 11-17-00093-CR\nDeShawn PRYOR,\nAppellant\nv.\nThe STATE of Texas,\nAppellee\nFrom the 35th District Court, Brown County, Texas\nDelivered and Filed: June 1, 2018\n${BODY}`,
    court: 'texapp',
    caseType: 'appeal',
  },
  {
    name: 'Tennessee appellate number with its court code, no court line',
    text: `STATE OF TENNESSEE v. CALVIN ODOM\nAppeal from the Criminal Court for Knox County\nNo. E2012-01455-CCA-R3-CD - Filed March 3, 2014\n${BODY}`,
    court: 'tenncrimapp',
  },
  {
    name: 'North Carolina Court of Appeals number, no court line',
    text: `NO. COA14-1021\nFiled: 7 July 2015\nMARISOL ABERNATHY, Plaintiff,\nv.\nTRISTAN COLE, Defendant.\n${BODY}`,
    court: 'ncctapp',
  },
  {
    name: 'Georgia Court of Appeals number under a reporter caption, no court line',
    text: `331 Ga. App. 12 (2015)\nHOLLOWAY\nv.\nTHE STATE.\nA15A0871.\nDecided July 9, 2015.\nMCFADDEN, Judge.\n${BODY}`,
    court: 'gactapp',
  },
  {
    name: 'Illinois Supreme Court slip header "Docket No. ...--Agenda ...", no court line',
    text: `Docket No. 90412--Agenda 3--March 2001.\nTHE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. TOMASZ\nKRALJEVIC, Appellant.\nOpinion filed June 21, 2001.\n${BODY}`,
    court: 'ill',
  },
  {
    name: 'Illinois agenda header with two consolidated numbers',
    text: `Docket Nos. 88120, 88131 cons.--Agenda 11--May 2000.\nIN RE ESTATE OF HELGA PRZYBYL (Carla Voss, Appellant, v. Dieter Przybyl, Appellee).\nOpinion filed October 19, 2000.\n${BODY}`,
    court: 'ill',
  },
  {
    name: 'Illinois agenda header with a single hyphen',
    text: `Docket No. 79533-Agenda 7-January 1997.\nGRETA HOLM, Appellant, v. CITY OF ELGIN, Appellee.\nOpinion filed May 22, 1997.\n${BODY}`,
    court: 'ill',
  },
  {
    name: 'counterexample: a district court number of the same length keeps the printed court',
    text: `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF TEXAS\nNo. 5:18-cv-00412-OLG\nOPINION AND ORDER\n${BODY}`,
    court: 'txwd',
  },
];

const divisions: Case[] = [
  {
    name: 'district and numbered division on the court line (Illinois style)',
    text: `PEOPLE of the State of Illinois, Plaintiff-Appellee,\nv.\nCarl WESTOVER, Defendant-Appellant.\nNo. 1-19-0722\nAppellate Court of Illinois, First District, THIRD DIVISION.\nJune 4, 2021\n${BODY}`,
    division: 'First District, Third Division',
  },
  {
    name: 'district and "Division 2" on the court line (California style)',
    text: `THE PEOPLE, Plaintiff and Respondent,\nv.\nNOEL ARBUTHNOT, Defendant and Appellant.\nB301144\nCourt of Appeal, Second District, Division 2, California.\nOctober 8, 2020.\n${BODY}`,
    division: 'Second District, Division 2',
  },
  {
    name: 'appellate district on the line under the court (Ohio style)',
    text: `IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\nState of Ohio, Plaintiff-Appellee,\nv.\nJared Kowalczyk, Defendant-Appellant.\n\nNo. 19AP-512\n${BODY}`,
    division: 'Tenth Appellate District',
  },
  {
    name: 'district after a double space (older reporter header)',
    text: `Ida MERRIWEATHER, Appellant,\nv.\nBOARD OF REVIEW, Appellee.\nGen. No. 71-88.\nIllinois Appellate Court  Third District.\nMay 1, 1972.\n${BODY}`,
    division: 'Third District',
  },
];

const dockets: Case[] = [
  {
    name: 'plural label, the list wrapped onto the next line by the filing date beside it (Tax Court style)',
    text: `UNITED STATES TAX COURT\n\nORLA PENNYWORTH AND JUNE PENNYWORTH, Petitioners v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent\n\nDocket Nos. 21044-15, 3310-16,            Filed May 3, 2019.\n                 8712-17.\n\n${BODY}`,
    dockets: ['21044-15', '3310-16', '8712-17'],
  },
  {
    name: 'a supreme court district prefix before the plural label ("L.A. Nos.")',
    text: `JOAN VELASCO, Plaintiff and Appellant,\nv.\nHARROW AEROSPACE, INC., Defendant and Appellant.\nL.A. Nos. 31104, 31105.\nSupreme Court of California.\nJune 2, 1979.\n${BODY}`,
    dockets: ['31104', '31105'],
  },
  {
    name: 'a supreme court district prefix before a singular label ("S.F. No.")',
    text: `IN RE ESTATE OF MARGIT HALLORAN.\nS.F. No. 22871.\nSupreme Court of California.\nApril 9, 1972.\n${BODY}`,
    dockets: ['22871'],
  },
];

const judges: Case[] = [
  {
    name: 'the author on the line under "was delivered by", Appellate Division letters',
    text: `Superior Court of New Jersey, Appellate Division.\nDecided March 9, 2018\nBefore Judges Ostrowski, Vail, and Demir.\nThe opinion of the court was delivered by\n    VAIL, J.A.D.\n${BODY}`,
    judge: 'VAIL',
  },
  {
    name: 'the author after a blank line under "was delivered by"',
    text: `Superior Court of New Jersey, Appellate Division.\nArgued January 8, 2019 – Decided February 1, 2019\nBefore Judges Lindqvist and Moreau.\nThe opinion of the court was delivered by\n\nMOREAU, J.A.D.\n\n${BODY}`,
    judge: 'MOREAU',
  },
  {
    name: 'per curiam memorandum opinion, the panel listed under "Sitting:"',
    text: `MEMORANDUM OPINION\nNo. 13-16-00221-CR\nTerrence DUVALL,\nAppellant\nv.\nThe STATE of Texas,\nAppellee\nPER CURIAM\nSitting:          Irma Salcedo, Justice\n                  Dale Whitcombe, Justice\n                  Nadia Pruett, Justice\nDelivered and Filed: March 1, 2017\n${BODY}\nPER CURIAM\n`,
    judge: null,
    title: 'MEMORANDUM OPINION',
  },
  {
    name: 'signatures of the joining judges under "CONCUR:" after the author\'s',
    text: `IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE\nAT JACKSON\nSTATE OF TENNESSEE, Appellee,\nv.\nRONALD PIKE, Appellant.\nNo. W2001-00781-CCA-R3-CD\n${BODY}\n                         ____________________________\n                         Harriet L. Okafor, Judge\nCONCUR:\n____________________________\nWendell B. Strom, Judge\n____________________________\nPatricia Y. Lund, Judge\n`,
    judge: 'Harriet L. Okafor',
  },
  {
    name: 'signatures under "WE CONCUR:" in a state supreme court opinion',
    text: `IN THE SUPREME COURT OF THE STATE OF MONTANA\nDA 18-0412\nIN RE THE MARRIAGE OF JO ANN VEERKAMP\n${BODY}\n/s/ ELISE M. TORVIK\nWE CONCUR:\n/s/ GRANT DUBOIS\n/s/ RUTH KAPLAN\n`,
    judge: 'ELISE M. TORVIK',
  },
];

const supremeTitles: Case[] = [
  {
    name: '"C.J." under a state supreme court is the Chief Justice',
    text: `THE PEOPLE, Plaintiff and Respondent,\nv.\nELLIS MARROW, Defendant and Appellant.\nCrim. No. 15102.\nSupreme Court of California. In Bank.\nJan. 9, 1975.\nOPINION\nWRIGHTSON, C.J.\n${BODY}`,
    judge: 'WRIGHTSON',
    judgeTitle: 'Chief Justice',
  },
  {
    name: '"J." under a state supreme court is a Justice',
    text: `Ada KEMPF, Appellant,\nv.\nNORTHERN GRAIN CO., Appellee.\nNo. 44120.\nSupreme Court of Nebraska.\nMarch 3, 1982.\nBRODERICK, J.\n${BODY}`,
    judge: 'BRODERICK',
    judgeTitle: 'Justice',
  },
  {
    name: 'counterexample: "J." under an intermediate court stays Judge',
    text: `Ada KEMPF, Appellant,\nv.\nNORTHERN GRAIN CO., Appellee.\nNo. 4-120.\nCourt of Appeals of Iowa.\nMarch 3, 1982.\nBRODERICK, J.\n${BODY}`,
    judge: 'BRODERICK',
    judgeTitle: 'Judge',
  },
];

const wrappedAndThirdParties: Case[] = [
  {
    name: 'run-in caption, the second name wrapped onto the next line with its role (state supreme court slip opinion)',
    text: `               Docket No. 80211--Agenda 6--May 1997.\n        THE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. MARCUS\n                          REDFERN, Appellant.\n                     Opinion filed October 2, 1997.\n${BODY}`,
    parties: [{ role: 'appellee', name: 'The People of the State of Illinois' }, { role: 'appellant', name: 'Marcus Redfern' }],
  },
  {
    name: 'run-in caption, wrapped second name with a compound role',
    text: `COMMONWEALTH OF KENTUCKY, Movant-Appellee, v. DALE\nWINTERBOURNE, Respondent-Appellant.\nSupreme Court of Kentucky.\nMay 2, 2002.\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Dale Winterbourne' }],
  },
  {
    name: 'run-in caption, double-spaced text: a blank line before the wrapped name',
    text: `Docket No. 90412--Agenda 3--March 2001.\n\n       THE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. TOMASZ\n\n                    KRALJEVIC, Appellant.\n\n                 Opinion filed June 21, 2001.\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Tomasz Kraljevic' }],
  },
  {
    name: 'run-in caption, wrapped second name in mixed case',
    text: `Harriet Vogel, Petitioner, v. Board of Zoning\nAppeals of Linton, Respondent.\nNo. 18-0097\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Harriet Vogel' }, { role: 'respondent', name: 'Board of Zoning Appeals of Linton' }],
  },
  {
    name: 'specialty court caption: two intervenors under "Intervenor Defendants", the right column beside the caption',
    text: `                     Slip Op. 14-22\n          UNITED STATES COURT OF INTERNATIONAL TRADE\n HALVERSON TIRE CO.,\n                    Plaintiff,\n        .v.                           Before: Ann Roe, Judge\n UNITED STATES,                       Court No. 14-00212\n                    Defendant,\n KESTREL RUBBER, INC., and\n KESTREL RUBBER\n OPERATIONS, LLC,\n                    Intervenor Defendants.\n                          OPINION AND ORDER\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Halverson Tire Co' }, { role: 'intervenor', name: 'Kestrel Rubber, Inc' }],
  },
  {
    name: 'one intervenor under "Intervenor Plaintiff"',
    text: `UNITED STATES COURT OF FEDERAL CLAIMS\nNo. 19-1182C\nORCA SYSTEMS, LLC,\nPlaintiff,\nv.\nTHE UNITED STATES,\nDefendant,\nBRIGHTLINE DATA CORP.,\nIntervenor Plaintiff.\nOPINION AND ORDER\n${BODY}`,
    parties: [{ role: 'intervenor', name: 'Brightline Data Corp' }],
  },
  {
    name: 'one intervenor under "Defendant-Intervenor"',
    text: `UNITED STATES COURT OF INTERNATIONAL TRADE\nNORDVIK STEEL AB,\nPlaintiff,\nv.\nUNITED STATES,\nDefendant,\nALLIED MILLS COALITION,\nDefendant-Intervenor.\nOPINION\n${BODY}`,
    parties: [{ role: 'intervenor', name: 'Allied Mills Coalition' }],
  },
];

const titlesAndDates: Case[] = [
  {
    name: '"OPINION FILED:" blank is a date label; the title is the OPINION heading below',
    text: `IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE\nAT NASHVILLE\nSTATE OF TENNESSEE, Appellee,\nv.\nLEON BRAKE, Appellant.\nNo. M2003-01177-CCA-R3-CD\nOPINION FILED:____________________\nAFFIRMED\n                      OPINION\n${BODY}`,
    title: 'OPINION',
  },
  {
    name: '"ORDER ENTERED <date>" above a per curiam opinion is no title (the author line is, with nothing else)',
    text: `Court of Appeals of Michigan.\nDocket No. 301144.\nDecided May 2, 2011.\nORDER ENTERED JUNE 20, 2011\nThe Court orders that part II of the opinion is vacated.\nPER CURIAM.\n${BODY}`,
    title: 'PER CURIAM',
  },
  {
    name: '"Opinion filed <date>." under the caption of a state supreme court slip opinion',
    text: `Docket No. 80211--Agenda 6--May 1997.\nTHE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. MARCUS\nREDFERN, Appellant.\nOpinion filed October 2, 1997.\nJUSTICE NILSSON delivered the opinion of the court:\n${BODY}`,
    date: '1997-10-02',
    kind: 'filed',
    judge: 'NILSSON',
    title: null,
  },
];

describe.each([
  ['case type', caseTypes],
  ['court from the docket number', courtsFromDockets],
  ['appellate division', divisions],
  ['docket lists', dockets],
  ['author', judges],
  ['author title in a supreme court', supremeTitles],
  ['wrapped names and third roles', wrappedAndThirdParties],
  ['title and date', titlesAndDates],
])('state and specialty courts: %s', (_label, cases) => {
  it.each(cases)('$name', (c) => {
    const o = readOrder(c.text);
    if (c.caseType !== undefined) expect(o.caseType?.value ?? null, 'caseType').toBe(c.caseType);
    if (c.court !== undefined) expect(o.court?.value.id ?? null, 'court').toBe(c.court);
    if (c.division !== undefined) expect(o.division?.value ?? null, 'division').toBe(c.division);
    const got = o.docketNumbers.map((d) => d.value.normalized);
    for (const d of c.dockets ?? []) expect(got, 'dockets').toContain(d);
    if (c.judge !== undefined) expect(o.judge?.value.name ?? null, 'judge').toBe(c.judge);
    if (c.judgeTitle !== undefined) expect(o.judge?.value.title, 'judge title').toBe(c.judgeTitle);
    for (const p of c.parties ?? []) expect(o.parties.map((f) => f.value), 'parties').toContainEqual(p);
    if (c.title !== undefined) expect(o.title?.value ?? null, 'title').toBe(c.title);
    if (c.date !== undefined) expect(o.date?.value ?? null, 'date').toBe(c.date);
    if (c.kind !== undefined) expect(o.date?.kind, 'date kind').toBe(c.kind);
    // Every span slices back to its printed value.
    for (const d of o.docketNumbers) expect(c.text.slice(...d.span)).toBe(d.value.printed);
  });
});
