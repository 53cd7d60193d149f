/**
 * Courts read in session 9: a state appellate district is no federal district ("COURT OF APPEALS FOR THE FIRST DISTRICT
 * OF TEXAS AT HOUSTON"), and the state trial courts the table gained (New York's Supreme Court, Delaware's Court of
 * Chancery and Superior Court). Fictional parties.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const body = '\nORDER\n\nThe motion for an extension of time is DENIED.\n';
const cases: Array<[string, string, string | null]> = [
  ['Texas court of appeals, First District', 'COURT OF APPEALS FOR THE\nFIRST DISTRICT OF TEXAS AT HOUSTON' + body, 'texapp'],
  ['Texas court of appeals, Fourteenth District', 'In The\nCourt of Appeals\nFor The\nFourteenth District of Texas' + body, 'texapp'],
  ['Ohio appellate district', 'COURT OF APPEALS OF OHIO\nEIGHTH APPELLATE DISTRICT\nCOUNTY OF CUYAHOGA' + body, 'ohioctapp'],
  ['federal district still read', 'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF TEXAS\nSHERMAN DIVISION' + body, 'txed'],
  ['no undivided district of a divided state', 'IN THE 5th DISTRICT OF TEXAS' + body, null],
  ['New York Supreme Court', 'SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\n\nHALVORSEN v. LAKESHORE DAIRY' + body, 'nysupct'],
  ['Delaware Court of Chancery', 'IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE\n\nOKAFOR v. BRIGHTLINE' + body, 'delch'],
];

describe('session-9 courts: trial courts decide no appeal', () => {
  it.each([
    ['SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\n\nHALVORSEN, Plaintiff,\n-against-\nLAKESHORE DAIRY, Defendant.\n\nIndex No. 652594/2023' + body],
    ['IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE\n\nOKAFOR, Plaintiff,\nv.\nBRIGHTLINE INC., Defendant.\n\nC.A. No. 2023-0412' + body],
  ])('%j', (text) => {
    expect(readOrder(text, { citations: false, domains: [] }).caseType?.value).not.toBe('appeal');
  });
  it('an appellate division still decides appeals', () => {
    const text = 'Supreme Court of the State of New York, Appellate Division, Second Department\n\nHALVORSEN, respondent,\nv.\nLAKESHORE DAIRY, appellant.' + body;
    expect(readOrder(text, { citations: false, domains: [] }).caseType?.value).toBe('appeal');
  });
});

describe('session-9 courts', () => {
  it.each(cases)('%s', (_name, text, id) => {
    const o = readOrder(text, { citations: false, domains: [] });
    expect(o.court?.value.id ?? null).toBe(id);
    if (o.court) expect(text.slice(o.court.span[0], o.court.span[1]).length).toBeGreaterThan(0);
  });
});

// New York's judge lines: "PRESENT: HON. X Justice" on a flattened header, and the inverted author line "SURNAME, GIVEN, J.:".
describe('session-9 judges: New York styles', () => {
  it.each([
    ['SUPREME COURT OF THE STATE OF NEW YORK NEW YORK COUNTY PRESENT: HON. MARGARET T. OYELARAN Justice MOTION DATE 9/24/2020' + body, 'MARGARET T. OYELARAN', 'Justice'],
    ['SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\nPRESENT: HON. PEDRO RUIZ J.S.C.\n' + body, 'PEDRO RUIZ', 'Justice of the Supreme Court'],
    ['SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK\n\nDECISION AND ORDER\n\nKORVALD, MARGARET ANN, J.:\nPlaintiff moves to dismiss. The motion is DENIED.\n', 'MARGARET ANN KORVALD', null],
    ['SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF ERIE\n\nOKAFOR, BENEDICT, J.:\nThe motion is GRANTED.\n', 'BENEDICT OKAFOR', null],
  ])('%j', (text, name, title) => {
    const j = readOrder(text, { citations: false, domains: [] }).judge;
    expect(j?.value.name).toBe(name);
    if (title) expect(j?.value.title).toBe(title);
  });
  it.each([
    ['SUPREME COURT OF THE STATE OF NEW YORK\nAPPELLATE DIVISION\n\nROE, J., dissenting.\nI would affirm.\n'],
    ['PRESENT: Counsel for the parties appeared by telephone.\n' + body],
  ])('no New York judge line in %j', (text) => {
    const j = readOrder(text, { citations: false, domains: [] }).judge;
    expect(j?.rule ?? '').not.toMatch(/ny-present|inverted-author/);
  });
});
