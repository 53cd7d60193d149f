/**
 * State trial courts (src/data/courts/state-trial-courts.ts): named whole ("SUPERIOR COURT OF THE STATE OF CALIFORNIA") or
 * by county with the state beside it ("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS"). Fictional parties and counties
 * where the county does not matter; each row names the words the court's span must cover.
 */
import { describe, expect, it } from 'vitest';
import { findCourtInCaption } from '../../src/data/courts.js';
import { readOrder } from '../../src/order/index.js';

const cases: Array<[string, string | null, string?]> = [
  ['IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, LAW DIVISION', 'illcirct', 'CIRCUIT COURT OF COOK COUNTY, ILLINOIS'],
  ['In the Circuit Court of Sangamon County, Illinois', 'illcirct', 'Circuit Court of Sangamon County, Illinois'],
  ['STATE OF MICHIGAN\n\nIN THE CIRCUIT COURT FOR THE COUNTY OF WAYNE', 'micirct', 'CIRCUIT COURT FOR THE COUNTY OF WAYNE'],
  ['IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT\nIN AND FOR MIAMI-DADE COUNTY, FLORIDA', 'flacirct', 'FLORIDA'],
  ['IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT IN AND FOR ORANGE COUNTY, FLORIDA', 'flacirct'],
  ['IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA\nCIVIL DIVISION', 'pactcompl', 'PENNSYLVANIA'],
  ['IN THE COURT OF COMMON PLEAS\nFRANKLIN COUNTY, OHIO', 'ohioctcompl', 'OHIO'],
  ['IN THE COURT OF COMMON PLEAS FOR THE STATE OF DELAWARE', 'delctcompl'],
  ['VIRGINIA:\nIN THE CIRCUIT COURT OF FAIRFAX COUNTY', 'vacc', 'CIRCUIT COURT OF FAIRFAX COUNTY'],
  ['IN THE CIRCUIT COURT OF WASHINGTON COUNTY, OREGON', 'orcc'],
  ['IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH', 'orcc'],
  ['SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF LOS ANGELES', 'calsuperct', 'SUPERIOR COURT OF THE STATE OF CALIFORNIA'],
  ['IN THE SUPERIOR COURT OF THE STATE OF ARIZONA\nIN AND FOR THE COUNTY OF MARICOPA', 'azsuperct'],
  ['SUPERIOR COURT OF WASHINGTON FOR KING COUNTY', 'washsuperct'],
  ['IN THE SUPERIOR COURT OF FULTON COUNTY\nSTATE OF GEORGIA', 'gasuperct'],
  ['COMMONWEALTH OF MASSACHUSETTS\nSUFFOLK, ss.\nSUPERIOR COURT\nCIVIL ACTION No. 2284CV01234', 'masssuperct', 'SUPERIOR COURT'],
  ['STATE OF NORTH CAROLINA\nIN THE GENERAL COURT OF JUSTICE\nSUPERIOR COURT DIVISION\nCOUNTY OF WAKE', 'ncsuperct'],
  ['SUPERIOR COURT OF NEW JERSEY\nLAW DIVISION: BERGEN COUNTY', 'njsuper'],
  ['SUPERIOR COURT OF NEW JERSEY, APPELLATE DIVISION', 'njsuperctappdiv'],
  ['SUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION', 'njsuperctappdiv'],
  ["SURROGATE'S COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS", 'nysurct'],
  ['CIVIL COURT OF THE CITY OF NEW YORK\nCOUNTY OF BRONX', 'nycivct'],
  ['FAMILY COURT OF THE STATE OF NEW YORK\nCOUNTY OF QUEENS', 'nyfamct'],
  ['STATE OF NEW YORK COURT OF CLAIMS', 'nyclaimsct'],
  ['DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO', 'coldistct'],
  ['IN THE IOWA DISTRICT COURT FOR POLK COUNTY', 'iadistct', 'IOWA DISTRICT COURT'],
  ['STATE OF CONNECTICUT\nSUPERIOR COURT\nJUDICIAL DISTRICT OF HARTFORD', 'connsuperct'],
  // not a state trial court, or no statewide id
  ['IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO', 'cod'],
  ['UNITED STATES DISTRICT COURT OF COLORADO', null],
  ['IN THE DISTRICT COURT OF HARRIS COUNTY, TEXAS', null],
  ['The Circuit Court of Cook County, Illinois, denied the motion.', null],
  ['IN THE CIRCUIT COURT OF COOK COUNTY', null],
  ['UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF FLORIDA', 'flsb'],
];

describe('state trial courts in captions', () => {
  it.each(cases)('%j -> %s', (text, id, covers) => {
    const hit = findCourtInCaption(text);
    expect(hit?.court.id ?? null).toBe(id);
    if (hit && covers) expect(text.slice(hit.span[0], hit.span[1])).toContain(covers);
  });
  it('the trial-court table is read by the order reader, and a trial court decides no appeal', () => {
    const text = 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, CHANCERY DIVISION\n\nMARLOWE FARMS, Plaintiff,\nv.\nKESTREL BANK, Defendant.\n\nNo. 2021 CH 04412\n\nORDER\n\nThe motion to dismiss is DENIED.\n';
    const o = readOrder(text, { citations: false, domains: [] });
    expect(o.court?.value.id).toBe('illcirct');
    expect(o.caseType?.value).not.toBe('appeal');
  });
});
