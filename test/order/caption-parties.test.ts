// Party reading in caption layouts that end a party early or late: unnamed Doe defendants after the named one,
// OCR noise beside the caption, a second "v." (third-party captions), a clerk's stamp or a service name around the
// name; plus the issuing court from a body cite under the caption's own number, and a paper that is itself a
// motion. Constructed texts with fictional names, each behaviour in three wordings.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const BODY = '\n\nThe Court has considered the papers and the record, and for the reasons below the request is resolved as follows in this order.\n'.repeat(3);

interface PartyCase {
  name: string;
  text: string;
  parties: Array<[string, string]>;
}

const partyCases: PartyCase[] = [
  {
    name: 'Does after a semicolon',
    text: `ANIKA BRELL,\nPlaintiff,\nv.\nCORVO LOGISTICS INC.; and DOES 1 through 25, inclusive,\nDefendants.\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'CORVO LOGISTICS INC']],
  },
  {
    name: 'Does after a comma with a range',
    text: `ANIKA BRELL,\nPlaintiff,\nv.\nTERN MARINE, LLC, and DOES 1-10,\nDefendants.\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'TERN MARINE, LLC']],
  },
  {
    name: 'Does in ordinary case',
    text: `Anika Brell,\nPlaintiff,\nv.\nCity of Varden, Does 1 to 5,\nDefendants.\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'City of Varden']],
  },
  {
    name: 'OCR noise line between the v. and the name',
    text: `Oren Talley, )\n)\nPlaintiff, )\nv. ) Civil Action No. 13-0411\nt ~ > 7O\nSalt River College, )\nDefendant. )\n${BODY}`,
    parties: [['plaintiff', 'Oren Talley'], ['defendant', 'Salt River College']],
  },
  {
    name: 'OCR noise of stray marks',
    text: `Oren Talley,\nPlaintiff,\nv.\n| ] ~\nSalt River College,\nDefendant.\n${BODY}`,
    parties: [['plaintiff', 'Oren Talley'], ['defendant', 'Salt River College']],
  },
  {
    name: 'a second v. (third-party caption) ends the first defendant',
    text: `PINE HARBOR BANK,\nPlaintiff,\nv.\nMARGO ELLIS\nv.\nREDFERN TITLE CO.,\nThird-Party Defendant.\n${BODY}`,
    parties: [['plaintiff', 'PINE HARBOR BANK'], ['defendant', 'MARGO ELLIS']],
  },
  {
    name: "a clerk's stamp above the first party",
    text: `IN THE UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\nFILED\nMARCH 3, 2012\nJOAN ROE\nCLERK\nD.C. Docket No. 1:10-cr-20411\n\nUNITED STATES OF AMERICA,\nPlaintiff-Appellee,\nversus\nLUIS ABADE,\nDefendant-Appellant.\n${BODY}`,
    parties: [['appellee', 'United States of America'], ['appellant', 'Luis Abade']],
  },
  {
    name: "a service member's name above the service",
    text: `UNITED STATES NAVY-MARINE CORPS COURT OF CRIMINAL APPEALS\n\nUNITED STATES\nv.\nCorporal DANE OSEI\nUnited States Marine Corps\n\nNMCCA 201600412\n${BODY}`,
    parties: [['plaintiff', 'United States'], ['defendant', 'Corporal DANE OSEI']],
  },
  {
    name: "role words in the name's line (the First Circuit's 'Plaintiff, Appellant')",
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 19-1402\n\nHARBOR LIGHT GROCERS, INC., Plaintiff, Appellant,\n\nv.\n\nTOWN OF ESKER, ET AL., Defendants, Appellees.\n${BODY}`,
    parties: [['appellant', 'Harbor Light Grocers, Inc'], ['appellee', 'Town of Esker']],
  },
  {
    name: "a state reporter's 'Plaintiffs and Appellants'",
    text: `NORA VELL et al., Plaintiffs and Appellants,\nv.\nCOUNTY OF ALDER et al., Defendants and Respondents.\n\nNo. 14401.\n\nSupreme Court of Montana.\n${BODY}`,
    parties: [['appellant', 'Nora Vell'], ['respondent', 'County of Alder']],
  },
  {
    name: 'a role after the name and a notice after the role',
    text: `KEV ORRIN, Sr., Appellant,\nv.\nDANA PRUE, SECRETARY OF LABOR, Appellee. On Appeal from the Board of Review\n${BODY}`,
    parties: [['appellant', 'Kev Orrin, Sr'], ['appellee', 'Dana Prue, Secretary of Labor']],
  },
  {
    name: 'the v. closing the first party line (tax court)',
    text: `UNITED STATES TAX COURT\n\nLENA HOLT, Petitioner v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent\n\nDocket No. 4410-12. Filed March 2, 2015.\n${BODY}`,
    parties: [['petitioner', 'Lena Holt'], ['respondent', 'Commissioner of Internal Revenue']],
  },
  {
    name: 'the v. closing a two-line first party',
    text: `ARLO AND MAE BRISK,\nPetitioners v.\nCOMMISSIONER OF INTERNAL REVENUE,\nRespondent\n${BODY}`,
    parties: [['petitioner', 'Arlo and Mae Brisk'], ['respondent', 'Commissioner of Internal Revenue']],
  },
  {
    name: 'the v. closing the line, no roles',
    text: `PELL MARINE CO. v.\nTHE TUG ORCA\n\nNo. 2231.\n${BODY}`,
    parties: [['plaintiff', 'Pell Marine Co'], ['defendant', 'The Tug Orca']],
  },
  {
    name: 'a wide gap before the right column, the title alone below the v.',
    text: `UNITED STATES COURT OF APPEALS\n\nFOR THE NINTH CIRCUIT\n\nIRIS OKADA,        No. 18-17011\n\nPetitioner - Appellant,        D.C. No. 1:17-cv-00411\n\nv.\n        MEMORANDUM *\nJ. T. VALE, Warden,\n\nRespondent - Appellee.\n${BODY}`,
    parties: [['appellant', 'Iris Okada'], ['appellee', 'J. T. Vale, Warden']],
  },
  {
    name: 'a dotted v. with the panel beside it',
    text: `UNITED STATES COURT OF INTERNATIONAL TRADE\n\nKESTO TIRE, INC.,\n\nPlaintiff,\n\n.v.        Before: Ana Ruiz, Judge\n\nUNITED STATES,        Court No. 17-00120\n\nDefendant.\n${BODY}`,
    parties: [['plaintiff', 'Kesto Tire, Inc'], ['defendant', 'United States']],
  },
  {
    name: 'a wide gap with the docket beside the first name',
    text: `TOMAS REYES,        No. 20-70144\n        Agency No. A012-345-678\nPetitioner,\n\nv.        MEMORANDUM*\n\nMERRICK ROE, Attorney General,\n\nRespondent.\n${BODY}`,
    parties: [['petitioner', 'Tomas Reyes'], ['respondent', 'Merrick Roe, Attorney General']],
  },
  {
    name: 'an intervenor between the petitioner and the v.',
    text: `No. 21-1109\n\nNATIONAL LABOR RELATIONS BOARD,\n\nPetitioner,\n\nand\n\nLOCAL 12, BAKERS UNION,\nAFL-CIO,\n\nIntervenor,\n\nv.\n\nCRESTA FOODS, INC.,\n\nRespondent.\n${BODY}`,
    parties: [['petitioner', 'National Labor Relations Board'], ['respondent', 'Cresta Foods, Inc']],
  },
  {
    name: 'an intervenor with a one-line name',
    text: `ALDER WATER DISTRICT,\nPlaintiff,\nand\nSTATE OF IDAHO,\nIntervenor,\nv.\nPELL RANCH LLC,\nDefendant.\n${BODY}`,
    parties: [['plaintiff', 'Alder Water District'], ['defendant', 'Pell Ranch LLC']],
  },
  {
    name: 'intervenors in ordinary case',
    text: `Corin Vale,\nPetitioner,\nand\nHollis Vale and Mara Vale,\nIntervenors,\nv.\nCounty of Tarn,\nRespondent.\n${BODY}`,
    parties: [['petitioner', 'Corin Vale'], ['respondent', 'County of Tarn']],
  },
  {
    name: 'a header word in the first line below the v. (a division of a company)',
    text: `ROE PAPER CO.,\nPlaintiff,\nv.\nMUNRO/LIND, A DIVISION OF\nCENTRAL PULP, INC.,\nDefendant.\n${BODY}`,
    parties: [['plaintiff', 'Roe Paper Co'], ['defendant', 'Munro/lind, a Division of Central Pulp, Inc']],
  },
  {
    name: 'a header word below the v.: an order of nuns',
    text: `ANA ROE,\nPlaintiff,\nv.\nSISTERS OF THE HOLY ORDER,\nDefendant.\n${BODY}`,
    parties: [['plaintiff', 'Ana Roe'], ['defendant', 'Sisters of the Holy Order']],
  },
  {
    name: 'a header word below the v.: a civil service board',
    text: `Ana Roe,\nPetitioner,\nv.\nCivil Service Commission of Tarn,\nRespondent.\n${BODY}`,
    parties: [['petitioner', 'Ana Roe'], ['respondent', 'Civil Service Commission of Tarn']],
  },
  {
    name: 'a semicolon list: the first party',
    text: `ODELL PRY,\nPlaintiff-Appellant,\nv.\nBUREAU OF PRISONS; Ana Roe, Warden; Lee Doe, Director,\nDefendants-Appellees.\n${BODY}`,
    parties: [['appellant', 'Odell Pry'], ['appellee', 'Bureau of Prisons']],
  },
  {
    name: 'a role word inside the list ends the first party',
    text: `N. P. VOSS,\nPlaintiff-Appellant,\nv.\nTARN RAILWAY COMPANY, Defendant-Appellee, and Union of Signalmen,\nDefendants-Appellees.\n${BODY}`,
    parties: [['appellant', 'N. P. Voss'], ['appellee', 'Tarn Railway Company']],
  },
  // A third printed role below the second party.
  {
    name: 'an intervenor below the appellant',
    text: `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 95-1234\n\nHARBOR LIGHT GROCERS, INC.,\nPlaintiff, Appellee,\n\nv.\n\nTOWN OF MARLOW,\nDefendant, Appellant,\n\nCOASTAL FISHERMEN'S ASSOCIATION,\nIntervenor.\n${BODY}`,
    parties: [['appellee', 'Harbor Light Grocers, Inc'], ['appellant', 'Town of Marlow'], ['intervenor', "Coastal Fishermen's Association"]],
  },
  {
    name: 'a counterclaim defendant after "Defendant and Counterclaim Plaintiff"',
    text: `ANIKA BRELL,\nPlaintiff,\nv.\nTERN MARINE, LLC,\nDefendant and Counterclaim Plaintiff,\nv.\nOTTO VALE,\nCounterclaim Defendant.\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'Tern Marine, LLC'], ['counterclaim defendant', 'Otto Vale']],
  },
  {
    name: 'a third-party defendant joined by "and"',
    text: `ANIKA BRELL,\nPlaintiff,\nv.\nCITY OF VARDEN,\nDefendant,\nand\nKESTO TIRE, INC.,\nThird-Party Defendant.\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'City of Varden'], ['third-party defendant', 'Kesto Tire, Inc']],
  },
  // A short title heading a slip opinion: the full caption below names the parties with their roles.
  {
    name: 'a short title above the caption',
    text: `09-1234-cv\nBrell v. Tern Marine, LLC\n\nUNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nAugust Term, 2009\n\nDocket No. 09-1234-cv\n\nANIKA BRELL,\n\nPlaintiff-Appellant,\n\nv.\n\nTERN MARINE, LLC,\n\nDefendant-Appellee.\n${BODY}`,
    parties: [['appellant', 'Anika Brell'], ['appellee', 'Tern Marine, LLC']],
  },
  // The District of Columbia as a party (not a court's name) under the court's own header.
  {
    name: 'the District of Columbia as defendant',
    text: `UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nANIKA BRELL, et al.,\nPlaintiffs,\nv.\nDISTRICT OF COLUMBIA, et al.,\nDefendants.\n\nCivil Action No. 09-1234 (RWR)\n${BODY}`,
    parties: [['plaintiff', 'Anika Brell'], ['defendant', 'District of Columbia']],
  },
  {
    name: 'the District of Columbia as plaintiff',
    text: `UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nDISTRICT OF COLUMBIA,\nPlaintiff,\nv.\nTERN MARINE, LLC,\nDefendant.\n\nCivil Action No. 12-0456\n${BODY}`,
    parties: [['plaintiff', 'District of Columbia'], ['defendant', 'Tern Marine, LLC']],
  },
  {
    name: 'the District of Columbia named in a longer party',
    text: `UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nOTTO VALE,\nPetitioner,\nv.\nDISTRICT OF COLUMBIA DEPARTMENT OF CORRECTIONS,\nRespondent.\n\nCivil Action No. 10-0789\n${BODY}`,
    parties: [['petitioner', 'Otto Vale'], ['respondent', 'District of Columbia Department of Corrections']],
  },
  {
    name: "a minutes form's Title label",
    text: `UNITED STATES DISTRICT COURT\nCIVIL MINUTES - GENERAL\nCase No. 2:19-cv-01100 Date May 1, 2020\nTitle ODA PELL v. KESTO TIRE, INC.\n${BODY}`,
    parties: [['plaintiff', 'Oda Pell'], ['defendant', 'Kesto Tire, Inc']],
  },
];

const onePartyCases: PartyCase[] = [
  { name: 'Ex parte', text: `Ex parte Lionel Ray DUNMORE.\n\n88-1123.\n\nSupreme Court of Alabama.\n${BODY}`, parties: [['petitioner', 'Lionel Ray DUNMORE']] },
  { name: 'Application of', text: `Application of Ivo Brandt MARCH and Pia Selle.\n\nPatent Appeal No. 8011.\n${BODY}`, parties: [['petitioner', 'Ivo Brandt MARCH and Pia Selle']] },
  { name: 'In the Interest of', text: `In the Interest of T.R.B. et al., children.\n\nNo. A09A1123.\n\nCourt of Appeals of Georgia.\n${BODY}`, parties: [['subject', 'T.R.B']] },
];

describe('one-party captions', () => {
  it.each(onePartyCases)('$name', ({ text, parties }) => {
    const o = readOrder(text, { domains: [] });
    expect(o.parties.map((p) => [p.value.role, p.value.name.toLowerCase()])).toEqual(parties.map(([r, n]) => [r, n.toLowerCase()]));
    expect(o.caseName?.value).toMatch(/^(?:Ex parte|Application of|In the Interest of) /);
  });
});

describe('caption parties', () => {
  it.each(partyCases)('$name', ({ text, parties }) => {
    const o = readOrder(text, { domains: [] });
    const got = o.parties.map((p) => [p.value.role, p.value.name.toLowerCase()]);
    for (const [role, name] of parties) expect(got, JSON.stringify(got)).toContainEqual([role, name.toLowerCase()]);
    for (const p of o.parties) expect(text.slice(...p.span).length).toBeGreaterThan(0);
    if (/MEMORANDUM/.test(text)) expect(o.title?.value).toBe('MEMORANDUM');
  });
});

// A body paragraph long enough to end the caption.
const PROSE = 'The movant asks the Court to revisit the judgment on grounds that the earlier proceedings already considered, and the government opposes the request on the ground that it repeats arguments the Court rejected; the Court has read both submissions and the record with care before ruling. ';

const ownDocket: Array<{ name: string; text: string; court: string | null }> = [
  {
    name: 'the conviction cited under the criminal number',
    text: `18 Civ. 4410 (RKT)\n03 Cr. 912 (RKT)\n\nTRANSFER ORDER\n\n${PROSE}Movant challenges the sentence entered in United States v. Pell, No. 03 Cr. 912 (RKT) (S.D.N.Y. June 2, 2005).${BODY}`,
    court: 'nysd',
  },
  {
    name: 'an earlier ruling cited with a Westlaw number',
    text: `Case No. 1:19-cv-00417\n\nORDER\n\n${PROSE}The Court dismissed the first complaint. Roe v. Dane Corp., No. 1:19-cv-00417, 2020 WL 1234567 (D. Md. Jan. 2, 2020).${BODY}`,
    court: 'mdd',
  },
  {
    name: 'the same number before a court of appeals is not this court',
    text: `No. 2:20-cv-01122\n\nORDER\n\n${PROSE}See Roe v. Dane Corp., No. 2:20-cv-01122 (9th Cir. 2021).${BODY}`,
    court: null,
  },
  {
    name: 'another number cited with a district court is not this court',
    text: `Case No. 4:21-cv-00300\n\nORDER\n\n${PROSE}See Roe v. Dane Corp., No. 4:19-cv-00999 (E.D. Tex. 2020).${BODY}`,
    court: null,
  },
];

describe('court from a cite under the caption number', () => {
  it.each(ownDocket)('$name', ({ text, court }) => {
    const o = readOrder(text, { domains: [] });
    expect(o.court?.value.id ?? null).toBe(court);
    if (court) expect(o.court!.rule).toBe('court/own-docket-cite');
  });
});

const motionPapers: Array<{ name: string; text: string; title: string }> = [
  { name: 'a motion granted by endorsement', text: `Criminal 19-cr-00412\n\nMOTION REQUESTING A JUDICIAL RECOMMENDATION FOR HOME CONFINEMENT\nMARA T. OYELARAN, USDJ\n${BODY}`, title: 'MOTION REQUESTING A JUDICIAL RECOMMENDATION FOR HOME CONFINEMENT' },
  { name: 'a petition', text: `Case No. 2:21-cv-00311\n\nPETITION FOR WRIT OF HABEAS CORPUS UNDER 28 U.S.C. § 2241\nHON. ANA RUIZ\n${BODY}`, title: 'PETITION FOR WRIT OF HABEAS CORPUS UNDER 28 U.S.C. § 2241' },
  { name: 'an order title wins over a motion line', text: `Case No. 2:21-cv-00311\n\nORDER\n\nMOTION FOR LEAVE TO PROCEED IN FORMA PAUPERIS\n${BODY}`, title: 'ORDER' },
];

describe('a paper that is itself a motion', () => {
  it.each(motionPapers)('$name', ({ text, title }) => {
    expect(readOrder(text, { domains: [] }).title?.value).toBe(title);
  });
});
