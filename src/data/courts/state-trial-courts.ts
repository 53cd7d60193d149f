/**
 * State trial courts of general jurisdiction that carry one statewide id in CourtListener's scheme, with the Bluebook
 * (T1) abbreviation of their opinions. A caption names them two ways: whole ("SUPERIOR COURT OF THE STATE OF
 * CALIFORNIA", matched through the generated caption names) or by county ("IN THE CIRCUIT COURT OF COOK COUNTY,
 * ILLINOIS", read by `stateTrialCourt` from the state and the court's kind word).
 * One row per court: [postal code, id, kind as it precedes "of <State>", citation string, extra caption names].
 */
export type TrialCourtRow = [code: string, id: string, kind: string, cite: string, extra?: string[]];

const SUP = 'Superior Court';
const CIR = 'Circuit Court';
const DIST = 'District Court';
const CCP = 'Court of Common Pleas';

export const STATE_TRIAL_COURTS: TrialCourtRow[] = [
  ['AK', 'aksuperct', SUP, 'Alaska Super. Ct.'],
  ['AL', 'alacirct', CIR, 'Ala. Cir. Ct.'],
  ['AR', 'arkcirct', CIR, 'Ark. Cir. Ct.'],
  ['AZ', 'azsuperct', SUP, 'Ariz. Super. Ct.'],
  ['CA', 'calsuperct', SUP, 'Cal. Super. Ct.'],
  ['CO', 'coldistct', DIST, 'Colo. Dist. Ct.'],
  ['CT', 'connsuperct', SUP, 'Conn. Super. Ct.'],
  ['DE', 'delctcompl', CCP, 'Del. Ct. Com. Pl.'],
  ['FL', 'flacirct', CIR, 'Fla. Cir. Ct.'],
  ['GA', 'gasuperct', SUP, 'Ga. Super. Ct.'],
  ['HI', 'hawcirct', CIR, 'Haw. Cir. Ct.', ["Circuit Court of Hawai'i", "Circuit Court of the State of Hawai'i"]],
  ['IA', 'iadistct', DIST, 'Iowa Dist. Ct.'],
  ['ID', 'iddistct', DIST, 'Idaho Dist. Ct.'],
  ['IL', 'illcirct', CIR, 'Ill. Cir. Ct.'],
  ['IN', 'indsuperct', SUP, 'Ind. Super. Ct.'],
  ['KY', 'kycirct', CIR, 'Ky. Cir. Ct.'],
  ['MA', 'masssuperct', SUP, 'Mass. Super. Ct.'],
  ['MD', 'mdcirctct', CIR, 'Md. Cir. Ct.'],
  ['ME', 'mesuperct', SUP, 'Me. Super. Ct.'],
  ['MI', 'micirct', CIR, 'Mich. Cir. Ct.'],
  ['MT', 'mtjdct', DIST, 'Mont. Dist. Ct.'],
  // "SUPERIOR COURT OF NEW JERSEY, LAW DIVISION" (its Appellate Division is an appellate court of its own)
  ['NJ', 'njsuper', SUP, 'N.J. Super. Ct.', ['Superior Court of New Jersey, Law Division', 'Superior Court of New Jersey, Chancery Division']],
  ['NC', 'ncsuperct', SUP, 'N.C. Super. Ct.', ['General Court of Justice, Superior Court Division']],
  ['NH', 'nhsuperct', SUP, 'N.H. Super. Ct.'],
  ['NV', 'nevdistct', DIST, 'Nev. Dist. Ct.'],
  // New York's courts of limited jurisdiction that publish opinions (its Supreme Court is in state-courts.ts)
  ['NY', 'nycivct', 'Civil Court', 'N.Y. Civ. Ct.', ['Civil Court of the City of New York', 'New York City Civil Court']],
  ['NY', 'nycrimct', 'Criminal Court', 'N.Y. Crim. Ct.', ['Criminal Court of the City of New York', 'New York City Criminal Court']],
  ['NY', 'nyfamct', 'Family Court', 'N.Y. Fam. Ct.'],
  ['NY', 'nysurct', "Surrogate's Court", 'N.Y. Sur. Ct.'],
  ['NY', 'nyclaimsct', 'Court of Claims', 'N.Y. Ct. Cl.', ['New York State Court of Claims']],
  ['OH', 'ohioctcompl', CCP, 'Ohio Ct. Com. Pl.'],
  ['OR', 'orcc', CIR, 'Or. Cir. Ct.'],
  ['PA', 'pactcompl', CCP, 'Pa. Ct. Com. Pl.'],
  ['RI', 'risuperct', SUP, 'R.I. Super. Ct.'],
  ['SC', 'scctcompl', CCP, 'S.C. Ct. Com. Pl.'],
  ['VA', 'vacc', CIR, 'Va. Cir. Ct.'],
  ['VT', 'vtsuperct', SUP, 'Vt. Super. Ct.'],
  ['WA', 'washsuperct', SUP, 'Wash. Super. Ct.'],
  ['WI', 'wisccirct', CIR, 'Wis. Cir. Ct.'],
];
