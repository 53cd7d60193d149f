// Caption layouts of many courts, written with fictional names: state trial courts with a seat or county line,
// footnote marks inside names, judge lines beside the caption, long party lists, several parties on one side,
// bankruptcy appeals without a "v.", applications in a "Matter of" caption.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

interface Case {
  name: string;
  text: string;
  /** every listed party must be read, with this role, its name holding these words */
  parties: Array<{ role: string; name: string }>;
  /** words no party name may hold */
  not?: string[];
}

const BODY = 'The Court has considered the motion, the response and the record, and for the reasons below the motion is denied. '.repeat(3);

const cases: Case[] = [
  // a seat or county line of the heading is not part of the first party's name
  {
    name: 'Tennessee circuit court, seat line above the plaintiff',
    text: `IN THE CIRCUIT COURT OF MARLOWE COUNTY, TENNESSEE\nAT BRIDGEPORT\n\nELOISE T. VANTERPOOL,\n        Plaintiff,\nv.                                  No. CV-2019-441\nDUNMORE HARDWARE, INC.,\n        Defendant.\n\nORDER GRANTING SUMMARY JUDGMENT\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Eloise T. Vanterpool' }, { role: 'defendant', name: 'Dunmore Hardware' }],
    not: ['Bridgeport'],
  },
  {
    name: 'California superior court, county line above the People',
    text: `SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF ALDER\n\nPEOPLE OF THE STATE OF CALIFORNIA,\nPlaintiff,\nvs.\nRONALD JEROME BASK,\nDefendant.\n\nCase No. 21CR004512\n\nORDER ON DEFENDANT'S MOTION TO SUPPRESS\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'People of the State of California' }, { role: 'defendant', name: 'Ronald Jerome Bask' }],
    not: ['Alder'],
  },
  {
    name: 'state appellate court, seat line above the State',
    text: `IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE\nAT KNOXVILLE\n\nSTATE OF TENNESSEE,\nAppellee,\n\nv.\n\nMARCUS DELANO FRYE,\nAppellant.\n\nNo. E2020-01187-CCA-R3-CD\n\nOPINION\n\n${BODY}`,
    parties: [{ role: 'appellee', name: 'State of Tennessee' }, { role: 'appellant', name: 'Marcus Delano Frye' }],
    not: ['Knoxville'],
  },
  {
    name: 'county line written "ORANGE COUNTY" above a plaintiff',
    text: `IN THE DISTRICT COURT OF TEXAS\nHARLOW COUNTY\n\nBRIANNA OKAFOR,\nPlaintiff,\nv.\nLONE CEDAR APARTMENTS, LLC,\nDefendant.\n\nCause No. 2021-44817\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Brianna Okafor' }, { role: 'defendant', name: 'Lone Cedar Apartments' }],
    not: ['Harlow'],
  },
  // a footnote mark inside a name neither cuts the line nor hides the role
  {
    name: 'footnote star after a substituted officer',
    text: `Anwar HADDAD, Petitioner,\nv.\nLinda P. CROWE, Attorney General,[*] Respondent.\n\nDocket No. 09-1123-ag.\n\nUnited States Court of Appeals, Second Circuit.\n\nDecided: May 2, 2010.\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Anwar Haddad' }, { role: 'respondent', name: 'Linda P. Crowe' }],
  },
  {
    name: 'numbered footnote after the defendant',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nTOBIAS WRENFIELD,\nPlaintiff,\nv.\nSILVERPINE COUNTY SHERIFF'S OFFICE,[2] Defendant.\n\nCase No. 3:21-cv-00412\n\nOPINION AND ORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Tobias Wrenfield' }, { role: 'defendant', name: "Silverpine County Sheriff's Office" }],
  },
  {
    name: 'lettered footnote after a warden',
    text: `Dorian LUCE, Petitioner-Appellant,\nv.\nMargo VESTAL, Warden,[a] Respondent-Appellee.\n\nNo. 18-2207.\n\nUnited States Court of Appeals, Seventh Circuit.\n\nDecided March 3, 2019.\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Dorian Luce' }, { role: 'appellee', name: 'Margo Vestal' }],
  },
  // a judge line beside the caption is not a party
  {
    name: 'magistrate judge line in the left column',
    text: `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF OHIO\nWESTERN DIVISION\n\nKAYLA M. DORN,                         Case No. 1:22-cv-00318\n     Plaintiff,\n                                       Magistrate Judge Ruth A. Kessing\nv.\n\nCOMMISSIONER OF SOCIAL SECURITY,\n     Defendant.\n\nREPORT AND RECOMMENDATION\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Kayla M. Dorn' }, { role: 'defendant', name: 'Commissioner of Social Security' }],
    not: ['Kessing'],
  },
  {
    name: 'district judge line between plaintiff and v.',
    text: `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\nOREN BLACKWOOD,\nPlaintiff,\nDistrict Judge Samira T. Quayle\nv.\nHOLLOWAY FREIGHT CORP.,\nDefendant.\n\nCase No. 2:20-cv-12001\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Oren Blackwood' }, { role: 'defendant', name: 'Holloway Freight' }],
    not: ['Quayle'],
  },
  {
    name: 'U.S. District Judge line above the v.',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nFELICITY ARCHER,\nPlaintiff,\nU.S. District Judge Ramon Quist\nvs.\nCITY OF PRAIRIE BEND,\nDefendant.\n\nCase No. 5:19-cv-04011\n\nMEMORANDUM AND ORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Felicity Archer' }, { role: 'defendant', name: 'City of Prairie Bend' }],
    not: ['Quist'],
  },
  // a long list of parties: the first party is at the top of the list
  {
    name: 'judges as plaintiffs over many lines',
    text: `Judge Lorna K. BRISCOE, Jr., Walter Fenn, on behalf\nof the late Judge Amos Fenn, Judge Nadia\nPetrakis, Judge Colm Ashby, Chief Judge Irene\nVolk, Judge Tomas Reyes, Judge Hal Underwood,\nand Judge Mina Sato, Plaintiffs-Appellants,\nv.\nThe UNITED STATES, Defendant-Appellee.\n\nNo. 97-5012.\n\nUnited States Court of Appeals, Federal Circuit.\n\nJune 2, 1998.\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Lorna K. Briscoe' }, { role: 'appellee', name: 'United States' }],
  },
  {
    name: 'union with a local number in a long intervenor list',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 96-1402\n\nNATIONAL LABOR RELATIONS BOARD,\n\nPetitioner,\n\nand\n\nAMALGAMATED BAKERS, CONFECTIONERS,\nPACKERS, DRIVERS & HELPERS,\nLOCAL UNION NO. 312, affiliated with THE\nGREATER FEDERATION OF FOOD WORKERS\nOF AMERICA, AFL-CIO,\n\nIntervenor,\n\nv.\n\nHARBORSIDE BAKING CO.,\n\nRespondent.\n\n${BODY}`,
    parties: [
      { role: 'petitioner', name: 'National Labor Relations Board' },
      { role: 'intervenor', name: 'Amalgamated Bakers' },
      { role: 'respondent', name: 'Harborside Baking Co' },
    ],
  },
  {
    name: 'residents as plaintiffs, four lines',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nGRETA HOLM, PAVEL NOVAK, SUNITA RAO,\nDESMOND OYELARAN, FIONA MACRAE, LUIS ORTEGA,\nHIRO TANAKA, BEATRIX KOVAC, and\nEMMETT STRAND,\nPlaintiffs,\nv.\nGREEN MOUNTAIN SKI HOLDINGS, INC.,\nDefendant.\n\nCase No. 2:22-cv-00090\n\nOPINION AND ORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Greta Holm' }, { role: 'defendant', name: 'Green Mountain Ski Holdings' }],
  },
  // several parties on one side, each under its own role
  {
    name: 'two plaintiffs above the v., each with a role',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nDocket No. 11-2040-cv\n\nRIVERTON MILLS , INC .,\n\nPlaintiff-Appellant,\n\nRIVERTON HOLDINGS, INC . and CEDAR FUEL LLC.,\n\nPlaintiffs,\n\nv.\n\nPORT AUTHORITY OF SEAHAVEN,\n\nDefendant-Appellee.\n\n${BODY}`,
    parties: [
      { role: 'appellant', name: 'Riverton Mills, Inc' },
      { role: 'plaintiff', name: 'Riverton Holdings' },
      { role: 'appellee', name: 'Port Authority of Seahaven' },
    ],
  },
  {
    name: 'counterclaim defendant joined by "and" below the defendants',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 95-1130\n\nHARBOR TRUST BANK,\n\nPlaintiff, Appellee,\n\nv.\n\nNOEL BRANDT and IVY BRANDT,\n\nDefendants, Counterclaim Plaintiffs, Appellants,\n\nand\n\nRESOLUTION TRUST CORPORATION,\n\nCounterclaim Defendant, Appellee.\n\n${BODY}`,
    parties: [
      { role: 'appellee', name: 'Harbor Trust Bank' },
      { role: 'appellant', name: 'Noel Brandt' },
      { role: 'appellee', name: 'Resolution Trust Corporation' },
    ],
  },
  {
    name: 'intervenor-defendant below a long defendants list',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nDocket No. 12-0771-cv\n\nNORTHWIND POWER, INC.,\n\nPlaintiff-Appellant,\n\nv.\n\nSTATE OF VERMONT PUBLIC SERVICE BOARD, ALAN P.\nRIGGS, CORA T. BELL, and DEAN F. OTTO, Members of\nthe State of Vermont Public Service\nBoard,\n\nDefendants-Appellees,\n\nGREEN RIVER ELECTRIC COOPERATIVE,\n\nIntervenor-Defendant-Appellee.\n\n${BODY}`,
    parties: [
      { role: 'appellant', name: 'Northwind Power' },
      { role: 'appellee', name: 'State of Vermont Public Service Board' },
      { role: 'appellee', name: 'Green River Electric Cooperative' },
    ],
  },
  // a bankruptcy appeal captioned "In re X, Debtor, / Y, Appellant." with no "v."
  {
    name: 'In re debtor, appellant below',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 94-1810\n\nIN RE: HARBORLIGHT MARINE, INC.,\nDebtor,\n\nCOASTAL SAVINGS BANK, F.S.B.,\nAppellant.\n\n${BODY}`,
    parties: [{ role: 'debtor', name: 'Harborlight Marine' }, { role: 'appellant', name: 'Coastal Savings Bank, F.S.B' }],
  },
  {
    name: 'In the Matter of a debtor, creditor appellee below',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIFTH CIRCUIT\n\nNo. 03-30511\n\nIn the Matter of: DELTA PECAN GROWERS, LLC,\nDebtor.\n\nMARSH FARM CREDIT, ACA,\nAppellee.\n\n${BODY}`,
    parties: [{ role: 'debtor', name: 'Delta Pecan Growers' }, { role: 'appellee', name: 'Marsh Farm Credit' }],
  },
  {
    name: 'In re debtors, movant below',
    text: `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF ARIZONA\n\nIn re OSWALDO AND PRISCILLA REYNA,\nDebtors.\n\nDESERT SUN CREDIT UNION,\nMovant.\n\nCase No. 2:19-bk-04417\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'debtor', name: 'Oswaldo and Priscilla Reyna' }, { role: 'movant', name: 'Desert Sun Credit Union' }],
  },
  // "In the Matter of the Application of" names the applicant below
  {
    name: 'New York article 78 application',
    text: `SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGSBRIDGE\n\nIn the Matter of the Application of\nHOLLIS VANTREASE,\nPetitioner,\n-against-\nNEW YORK STATE DEPARTMENT OF CORRECTIONS AND COMMUNITY SUPERVISION,\nRespondent.\n\nIndex No. 5512/2020\n\nDECISION AND ORDER\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Hollis Vantrease' }, { role: 'respondent', name: 'New York State Department of Corrections' }],
    not: ['Application'],
  },
  {
    name: 'application for a name change, no v.',
    text: `IN THE DISTRICT COURT OF HARLOW COUNTY, KANSAS\n\nIn the Matter of the Petition of\nMARISOL ABERNETHY-QUINN\nfor a Change of Name.\n\nCase No. 2022-CV-118\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Marisol Abernethy-Quinn' }],
    not: ['Petition'],
  },
  {
    name: 'In re the Application of, petitioner role printed',
    text: `SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF ESSEXFORD\n\nIn re the Application of\nDARIUS K. MWANGI,\nPetitioner,\n\nfor a Judgment under Article 78.\n\nIndex No. 901/2019\n\nDECISION\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'Darius K. Mwangi' }],
    not: ['Application'],
  },
  // a relator is the plaintiff; "ex rel." keeps its small letters; a description after a name is not part of it
  {
    name: 'qui tam relator under the United States',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF NEW MEXICO\n\nUNITED STATES OF AMERICA ex rel. HOLLIS GRANT,\nPlaintiff-Relator,\nv.\nMESA VERDE HEALTH SYSTEMS, INC., a New Mexico corporation,\nDefendant.\n\nNo. 1:19-cv-00231\n\nMEMORANDUM OPINION AND ORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'United States of America ex rel. Hollis Grant' }, { role: 'defendant', name: 'Mesa Verde Health Systems, Inc' }],
    not: ['corporation'],
  },
  {
    name: 'state ex rel. petitioner, warden respondent',
    text: `IN THE SUPREME COURT OF APPEALS OF WEST VIRGINIA\n\nSTATE OF WEST VIRGINIA EX REL. DUANE FOLK,\nPetitioner,\nv.\nLENORA PIKE, Superintendent,\nRespondent.\n\nNo. 21-0447\n\nMEMORANDUM DECISION\n\n${BODY}`,
    parties: [{ role: 'petitioner', name: 'State of West Virginia ex rel. Duane Folk' }, { role: 'respondent', name: 'Lenora Pike' }],
  },
  {
    name: 'limited liability company and municipal corporation described',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF UTAH\n\nCANYON RIDGE OUTFITTERS, LLC, a Utah limited liability company,\nPlaintiff,\nv.\nCITY OF RED BLUFF, a municipal corporation,\nDefendant.\n\nCase No. 2:21-cv-00501\n\nORDER\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'Canyon Ridge Outfitters, LLC' }, { role: 'defendant', name: 'City of Red Bluff' }],
    not: ['limited liability company', 'municipal'],
  },
  {
    name: 'trustee with a capacity after the name keeps title case',
    text: `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF NEW JERSEY\n\nIn re:\nCALLOWAY BREWING, LLC,\nDebtor.\n_______________________________\nMARGARET OSEI, Chapter 7 Trustee,\nPlaintiff,\nv.\nTRENTWORTH SUPPLY CO., INC.,\nDefendant.\n\nCase No. 19-22810 (JKS)\nAdv. Proc. No. 20-01455 (JKS)\n\nMEMORANDUM OPINION\n\n${BODY}`,
    parties: [{ role: 'debtor', name: 'Calloway Brewing' }, { role: 'plaintiff', name: 'Margaret Osei' }, { role: 'defendant', name: 'Trentworth Supply' }],
  },
  // the right-hand column on lines of its own, em dashes in roles, a calendar line above the first party
  {
    name: 'Tenth Circuit: district number on its own line beside the v.',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n\nMARLA K. DUPREE,\n\nPlaintiff - Appellant,\n\nv.                                              No. 20-6122\n                                                (D.C. No. 5:19-CV-00877-R)\nOKLAHOMA DEPARTMENT OF HUMAN\nSERVICES; JANE ROE, in her individual\ncapacity,\n\nDefendants - Appellees.\n\nORDER AND JUDGMENT\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Marla K. Dupree' }, { role: 'appellee', name: 'Oklahoma Department of Human Services' }],
    not: ['D.C. No'],
  },
  {
    name: 'Eastern District of New York: docket below the title beside the caption',
    text: `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n-------------------------------------------X\nUNITED STATES OF AMERICA,\n\n-against-                              MEMORANDUM & ORDER\n                                       18-CR-204 (NGG)\nKEITH RANIERE, et al.,\n\nDefendants.\n-------------------------------------------X\n\n${BODY}`,
    parties: [{ role: 'plaintiff', name: 'United States of America' }, { role: 'defendant', name: 'Keith Raniere' }],
    not: ['18-Cr', 'NGG'],
  },
  {
    name: 'Fifth Circuit: em-dash roles, calendar line, officer with a long description',
    text: `IN THE UNITED STATES COURT OF APPEALS\nFOR THE FIFTH CIRCUIT\n\nNo. 20-40412\nSummary Calendar\n\nDEMARCUS L. WHITTAKER,\n\nPetitioner—Appellant,\n\nversus\n\nBOBBY LUMPKIN, Director, Texas Department of Criminal Justice, Correctional Institutions Division,\n\nRespondent—Appellee.\n\nORDER:\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Demarcus L. Whittaker' }, { role: 'appellee', name: 'Bobby Lumpkin' }],
    not: ['Calendar'],
  },
  {
    name: 'Eleventh Circuit: en-dash roles under a non-argument calendar line',
    text: `IN THE UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n\nNo. 21-10233\nNon-Argument Calendar\n\nFELIPE ARROYO-MARTINEZ,\nPlaintiff–Appellant,\nversus\nCOMMISSIONER OF SOCIAL SECURITY,\nDefendant–Appellee.\n\n${BODY}`,
    parties: [{ role: 'appellant', name: 'Felipe Arroyo-Martinez' }, { role: 'appellee', name: 'Commissioner of Social Security' }],
    not: ['Calendar'],
  },
  // workers' compensation captions: employee, employer and carrier
  {
    name: 'workers compensation court, three parties beside a right column',
    text: `TENNESSEE BUREAU OF WORKERS' COMPENSATION\nIN THE COURT OF WORKERS' COMPENSATION CLAIMS\nAT JACKSON\n\nMarisela Ortun-Vega, ) Docket No. 2020-07-0412\nEmployee, )\nv. )\nRiverbend Poultry, LLC, ) State File No. 11872-2020\nEmployer, )\nAnd )\nGranite State Mutual Ins. Co., ) Judge Adaeze N. Whitcomb\nCarrier. )\n\nCOMPENSATION HEARING ORDER GRANTING BENEFITS\n\n${BODY}`,
    parties: [
      { role: 'employee', name: 'Marisela Ortun-Vega' },
      { role: 'employer', name: 'Riverbend Poultry' },
      { role: 'carrier', name: 'Granite State Mutual Ins. Co' },
    ],
  },
  {
    name: 'workers compensation appeal, employer and insurer on one side',
    text: `IN THE WORKERS' COMPENSATION APPEALS BOARD\n\nDALTON REEVES,\nEmployee,\nv.\nSUMMIT MILLWORK, INC.,\nEmployer,\nand\nKEYSTONE CASUALTY COMPANY,\nInsurer.\n\nNo. 2021-0099\n\nOPINION\n\n${BODY}`,
    parties: [{ role: 'employee', name: 'Dalton Reeves' }, { role: 'employer', name: 'Summit Millwork' }, { role: 'insurer', name: 'Keystone Casualty Company' }],
  },
  {
    name: 'industrial commission, claimant against employer and carrier',
    text: `BEFORE THE INDUSTRIAL COMMISSION\n\nPRIYA NANDAKUMAR, Employee,\nv.\nCOASTLINE DENTAL GROUP, P.A., Employer,\nand\nHARBOR MUTUAL INSURANCE CO., Carrier.\n\nI.C. No. 19-004411\n\nOPINION AND AWARD\n\n${BODY}`,
    parties: [{ role: 'employee', name: 'Priya Nandakumar' }, { role: 'employer', name: 'Coastline Dental Group' }],
  },
];

const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('caption layouts: parties', () => {
  it.each(cases)('$name', ({ text, parties, not }) => {
    const got = readOrder(text, { citations: false, domains: [] }).parties.map((p) => p.value);
    for (const want of parties) {
      expect(got.some((g) => g.role === want.role && fold(g.name).includes(fold(want.name))), `${want.role}: ${want.name} in ${JSON.stringify(got)}`).toBe(true);
    }
    for (const want of parties.filter((p) => /ex rel\./.test(p.name))) expect(got.map((g) => g.name)).toContain(want.name);
    for (const word of not ?? []) expect(got.map((g) => g.name).join(' | ')).not.toMatch(new RegExp(word, 'i'));
  });
});

interface FactCase {
  name: string;
  text: string;
  judge?: { name: string; title: string | null } | null;
  title?: string | null;
  date?: { value: string; kind: string } | null;
}

const factCases: FactCase[] = [
  // the judge assigned, in the caption's right column, when no signature names one
  {
    name: 'workers compensation judge beside the caption, signature an image',
    text: `IN THE COURT OF WORKERS' COMPENSATION CLAIMS\nAT JACKSON\n\nMarisela Ortun-Vega, ) Docket No. 2020-07-0412\nEmployee, )\nv. )\nRiverbend Poultry, LLC, ) Judge Adaeze N. Whitcomb\nEmployer. )\n\nCOMPENSATION HEARING ORDER GRANTING BENEFITS\n\n${BODY}\n\nENTERED March 9, 2021.\n\nCourt of Workers' Compensation Claims\n`,
    judge: { name: 'Adaeze N. Whitcomb', title: 'Judge' },
    title: 'COMPENSATION HEARING ORDER GRANTING BENEFITS',
    date: { value: '2021-03-09', kind: 'entered' },
  },
  {
    name: 'magistrate judge in the right column, no signature name',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\n\nCOLE B. RAINWATER,                    Case No. 4:21-cv-00077\nPlaintiff,\n                                      Magistrate Judge Odette Lindqvist\nv.\nBIG SKY RAIL, INC.,\nDefendant.\n\nORDER\n\n${BODY}\n`,
    judge: { name: 'Odette Lindqvist', title: 'Magistrate Judge' },
  },
  {
    name: 'a signature outranks the judge beside the caption',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nWREN T. ALCOTT, ) Case No. 1:20-cv-00312\nPlaintiff, )\nv. ) District Judge Ansel Moritz\nGEM STATE FOODS, ) \nDefendant. )\n\nMEMORANDUM DECISION AND ORDER\n\n${BODY}\n\nDATED: May 3, 2021\n\n/s/ Tamsin R. Haugen\nTamsin R. Haugen\nU.S. Magistrate Judge\n`,
    judge: { name: 'Tamsin R. Haugen', title: 'U.S. Magistrate Judge' },
  },
  // the order's own ENTERED line of the same day as the clerk's stamp names the act
  {
    name: 'clerk stamp and ENTERED line of the same day',
    text: `FILED\nApr 14, 2020\n03:10 PM(CT)\n\nIN THE COURT OF WORKERS' COMPENSATION CLAIMS\nAT MEMPHIS\n\nLena Du Pree, ) Docket No. 2019-08-0998\nEmployee, )\nv. )\nMidsouth Freight Co., )\nEmployer. )\n\nEXPEDITED HEARING ORDER GRANTING MEDICAL BENEFITS\n\n${BODY}\n\nENTERED April 14, 2020.\n\n`,
    date: { value: '2020-04-14', kind: 'entered' },
  },
  {
    name: 'clerk stamp and an ENTERED line of another day: the stamp stays',
    text: `FILED\nApr 20, 2020\n03:10 PM(CT)\n\nIN THE COURT OF WORKERS' COMPENSATION CLAIMS\nAT MEMPHIS\n\nLena Du Pree, ) Docket No. 2019-08-0998\nEmployee, )\nv. )\nMidsouth Freight Co., )\nEmployer. )\n\nORDER\n\n${BODY}\n\nENTERED April 14, 2020.\n\n`,
    date: { value: '2020-04-20', kind: 'filed' },
  },
  // state appellate decisions dated "Rendered on"
  {
    name: 'Ohio court of appeals, "Rendered on"',
    text: `IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\nState of Ohio,                  :\n     Plaintiff-Appellee,        :      No. 21AP-118\nv.                              :\nTerrence L. Mabry,              :\n     Defendant-Appellant.       :\n\nD E C I S I O N\n\nRendered on September 14, 2021\n\n${BODY}\n`,
    date: { value: '2021-09-14', kind: 'decided' },
  },
  {
    name: 'Kentucky court of appeals, "RENDERED:" with a time',
    text: `RENDERED: MARCH 4, 2022; 10:00 A.M.\nNOT TO BE PUBLISHED\n\nCommonwealth of Kentucky\nCourt of Appeals\n\nNO. 2021-CA-0555-MR\n\nJARED K. POOLE APPELLANT\n\nv.\n\nCOMMONWEALTH OF KENTUCKY APPELLEE\n\nOPINION\nAFFIRMING\n\n${BODY}\n`,
    date: { value: '2022-03-04', kind: 'decided' },
  },
];

describe('caption layouts: judge, title, date', () => {
  it.each(factCases)('$name', ({ text, judge, title, date }) => {
    const o = readOrder(text, { citations: false, domains: [] });
    if (judge !== undefined) expect(o.judge?.value ?? null).toEqual(judge);
    if (title !== undefined) expect(o.title?.value ?? null).toBe(title);
    if (date !== undefined) expect(o.date ? { value: o.date.value, kind: o.date.kind } : null).toEqual(date);
  });
});

describe('caption layouts: judge titles of state courts', () => {
  it.each([
    ['Hon. Priya Landerman\nJudge of the Superior Court', { name: 'Priya Landerman', title: 'Judge of the Superior Court' }],
    ['ENTER:\n_______________________\nHON. ARTURO B. MENDEZA, J.S.C.', { name: 'ARTURO B. MENDEZA', title: 'Justice of the Supreme Court' }],
    ['Justice Laurel McKinnett delivered the Opinion of the Court.', { name: 'Laurel McKinnett', title: 'Justice' }],
    ['JUSTICE HOWELLS delivered the judgment of the court, with opinion.', { name: 'HOWELLS', title: 'Justice' }],
  ])('%s', (sig, judge) => {
    const text = `SUPERIOR COURT OF THE STATE\n\nANA ROE,\nPlaintiff,\nv.\nBEN POE,\nDefendant.\n\nORDER\n\n${BODY}\n\n${sig}\n`;
    expect(readOrder(text, { citations: false, domains: [] }).judge?.value).toEqual(judge);
  });
  it('a blank signature over a printed title names no judge', () => {
    const text = `UNITED STATES DISTRICT COURT\nDISTRICT OF UTAH\n\nANA ROE,\nPlaintiff,\nv.\nBEN POE,\nDefendant.\n\nORDER\n\n${BODY}\n\n______________________________\nUNITED STATES DISTRICT JUDGE\n`;
    expect(readOrder(text, { citations: false, domains: [] }).judge).toBeNull();
  });
});

describe('caption layouts: state appellate numbers alone on a line', () => {
  it.each([
    ['IN THE SUPREME COURT OF THE STATE OF MONTANA', 'DA 20-0411'],
    ['COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT', 'B301122'],
    ['SUPREME COURT OF CALIFORNIA', 'S254321'],
    ['SUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION', 'A-1234-19'],
  ])('%s / %s', (head, no) => {
    const text = `${head}\n\n${no}\n\nJANE ROE,\nPlaintiff and Appellant,\nv.\nRICHARD POE,\nDefendant and Respondent.\n\nOPINION\n\n${BODY}\n`;
    expect(readOrder(text, { citations: false, domains: [] }).docketNumbers.map((d) => d.value.printed)).toEqual([no]);
  });
  it('a number inside a sentence is none', () => {
    const text = `SUPREME COURT OF CALIFORNIA\n\nJANE ROE,\nPlaintiff,\nv.\nRICHARD POE,\nDefendant.\n\nOPINION\n\nIn case B301122 the court held otherwise. ${BODY}\n`;
    expect(readOrder(text, { citations: false, domains: [] }).docketNumbers.map((d) => d.value.printed)).not.toContain('B301122');
  });
});

describe('caption layouts: a per curiam opinion names the trial judge, not an author', () => {
  const appeal = (judgeLine: string): string =>
    `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 94-1120\n\nOSCAR VELL, Plaintiff, Appellant,\nv.\nTOWN OF HARLOW, Defendant, Appellee.\n\nAPPEAL FROM THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF MAINE\n\n${judgeLine}\n\nBefore Torren, Bayliss and Kord, Circuit Judges.\n\nPer Curiam.\n\n${BODY}\n\nAffirmed.\n`;
  it.each([
    '[Hon. Gene R. Castell, U.S. District Judge]',
    'Hon. Gene R. Castell, U.S. District Judge',
    'Honorable Gene R. Castell, United States Magistrate Judge',
  ])('%s', (line) => {
    expect(readOrder(appeal(line), { citations: false, domains: [] }).judge).toBeNull();
  });
  it('a signed opinion keeps its author', () => {
    const text = appeal('[Hon. Gene R. Castell, U.S. District Judge]').replace('Per Curiam.', 'KORD, Circuit Judge.');
    expect(readOrder(text, { citations: false, domains: [] }).judge?.value.name).toBe('KORD');
  });
});

describe('caption layouts: a line of coded appeal numbers', () => {
  it.each([
    ['06-1495-cr(L), 06-1710-cr(CON)', ['06-1495', '06-1710']],
    ['19-2207-cv(L); 19-2310-cv(XAP)', ['19-2207', '19-2310']],
    ['08-4431-ag, 08-5012-ag', ['08-4431', '08-5012']],
  ])('%s', (line, want) => {
    const text = `${line}\nUnited States v. Roe\n\nUNITED STATES COURT OF APPEALS\n\nFOR THE SECOND CIRCUIT\n\nAugust Term, 2020\n\n(Argued: May 1, 2021 Decided: June 2, 2021)\n\nUNITED STATES OF AMERICA,\nAppellee,\nv.\nANA ROE,\nDefendant-Appellant.\n\n${BODY}\n`;
    expect(readOrder(text, { citations: false, domains: [] }).docketNumbers.map((d) => d.value.normalized)).toEqual(want);
  });
});

describe('caption layouts: a FILED stamp and the decision date under the caption', () => {
  const opinion = (stamp: string, below: string): string =>
    `[DO NOT PUBLISH]\n\nIN THE UNITED STATES COURT OF APPEALS\n\nFOR THE ELEVENTH CIRCUIT\n________________________ FILED\nU.S. COURT OF APPEALS\nNo. 10-13695 ELEVENTH CIRCUIT\nNon-Argument Calendar ${stamp}\n________________________ CLERK\n\nUNITED STATES OF AMERICA,\nPlaintiff-Appellee,\nversus\nDARIO VENN,\nDefendant-Appellant.\n\n________________________\n\nAppeal from the United States District Court\nfor the Southern District of Florida\n________________________\n\n${below}\n\nBefore WILSON, PRYOR and BLACK, Circuit Judges.\n\nPER CURIAM:\n\n${BODY}\n\nAFFIRMED.\n`;
  it.each([
    ['AUGUST 15, 2011', '(August 15, 2011)', { value: '2011-08-15', kind: 'decided' }],
    ['MARCH 2, 2020', '(March 2, 2020)', { value: '2020-03-02', kind: 'decided' }],
    ['JUNE 30, 2015', 'Decided: June 30, 2015', { value: '2015-06-30', kind: 'decided' }],
    // another day below: the stamp's filing date stays
    ['JUNE 30, 2015', '(June 12, 2015)', { value: '2015-06-30', kind: 'filed' }],
  ])('%s / %s', (stamp, below, want) => {
    const o = readOrder(opinion(stamp, below), { citations: false, domains: [] });
    expect(o.date ? { value: o.date.value, kind: o.date.kind } : null).toEqual(want);
  });
});
