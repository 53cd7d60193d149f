/**
 * Pro se status read in session 15 (fictional parties and wordings): a reporter's appearance lines that name the party
 * itself ("..., Columbus, OH, for Dorian K. Abellard." · "Marcus Feld, in pro. per."), a side said to file "a pro se
 * complaint" or to petition "pro se", the filer's other motions in the same order, a side's own lawyer named in passing
 * (not in an order on a conviction, where "counsel" is most often the trial lawyer the prisoner faults), the government
 * and a company (which appear only through lawyers), and a person the caption names asking for a lawyer.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

const civil = (plaintiff: string, defendant: string, between: string, body: string) =>
  `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF OHIO\n\n${plaintiff}, Plaintiff,\nv.\n${defendant}, Defendant.\n\nCase No. 2:21-cv-04127\n\n${between}ORDER\n\n${body}\n\nIT IS SO ORDERED.\nDated: June 3, 2022\n/s/ Mara Kessel\nUnited States District Judge\n`;
const PEOPLE = ['ORLA BRENNICK', 'DORIAN K. ABELLARD'] as const;
const COMPANY = ['HALVERSON MILLS, INC.', 'DORIAN K. ABELLARD'] as const;

// A case-law site's head of a prosecution with no caption: number, date, the lawyers' lines, then the opinion.
const siteHead = (lines: string, body: string) =>
  `Opinion\nCrim. No. 91-80412.\nMarch 2, 1994.\n${lines}\nOPINION AND ORDER\nVELASCO, District Judge.\n${body}\n`;

const habeas = (body: string) =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF KENTUCKY\n\nTOBIAS WREN, Petitioner,\nv.\nUNITED STATES OF AMERICA, Respondent.\n\nNo. 3:19-cv-00412\n\nMEMORANDUM OPINION AND ORDER\n\n${body}\n\nSO ORDERED.\nDated: May 1, 2021\n/s/ Clara Wendt\nUnited States District Judge\n`;

describe('session-15 pro se status', () => {
  it.each([
    // Appearance lines that name the party itself.
    ['a firm\'s line "for" the party the caption names: that side has counsel',
      civil(...PEOPLE, 'Ruth Ibarra, Ibarra & Sloane LLP, Columbus, OH, for Dorian K. Abellard.\n\n', "Defendant's motion to dismiss (ECF No. 12) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '12' }]],
    ['... and not the other side, whom no line names',
      civil(...PEOPLE, 'Ruth Ibarra, Ibarra & Sloane LLP, Columbus, OH, for Dorian K. Abellard.\n\n', "Plaintiff's motion to compel (ECF No. 14) is DENIED."),
      [{ kind: 'other', movant: 'plaintiff', proSe: null, disposition: 'denied', docEntry: '14' }]],
    ['the party\'s own line, "NAME, City, ST, pro se."',
      civil(...PEOPLE, 'Dorian K. Abellard, Chillicothe, OH, pro se.\nRuth Ibarra, Ibarra & Sloane LLP, Columbus, OH, for Orla Brennick.\n\n', "Defendant's motion to dismiss (ECF No. 12) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '12' }]],
    ['... and the other side\'s firm line, in the same head',
      civil(...PEOPLE, 'Dorian K. Abellard, Chillicothe, OH, pro se.\nRuth Ibarra, Ibarra & Sloane LLP, Columbus, OH, for Orla Brennick.\n\n', "Plaintiff's motion to compel (ECF No. 14) is GRANTED."),
      [{ kind: 'other', movant: 'plaintiff', proSe: false, disposition: 'granted', docEntry: '14' }]],
    ['a sentence of the opinion ending "..., for NAME." is no appearance',
      civil(...PEOPLE, '', "The first trial was held in Columbus, Ohio, and was decided for Dorian K. Abellard.\nDefendant's motion to dismiss (ECF No. 12) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', proSe: null, disposition: 'denied', docEntry: '12' }]],
    ['a prosecution with no caption: a line for a person is the accused\'s counsel',
      siteHead('Lena Marsh, Federal Public Defender, Flint, MI, for Marcus Feld.\nOwen Tate, Asst. U.S. Atty., Detroit, MI, for the U.S.', 'Presently before the Court is defendant\'s motion to suppress evidence. For the reasons below, the motion to suppress is DENIED.'),
      [{ kind: 'suppress', movant: 'defendant', proSe: false, disposition: 'denied' }]],
    ['"Marcus Feld, in pro. per." in a prosecution',
      siteHead('Owen Tate, Asst. U.S. Atty., Detroit, MI, for plaintiff.\nMarcus Feld, in pro. per.', 'Defendant asks for free copies of his plea hearing transcript. Defendant\'s motion for transcripts at public expense is DENIED.'),
      [{ kind: 'other', movant: 'defendant', proSe: true, disposition: 'denied' }]],
    ['"in proper form" is no "in pro. per."',
      siteHead('Owen Tate, Asst. U.S. Atty., Detroit, MI, for plaintiff.', 'Defendant asks for free copies of his plea hearing transcript, but the request is not in proper form. Defendant\'s motion for transcripts at public expense is DENIED.'),
      [{ kind: 'other', movant: 'defendant', proSe: null, disposition: 'denied' }]],
    // The body says how a side files.
    ['"Plaintiff filed a pro se complaint"',
      civil(...PEOPLE, '', "In the fall Plaintiff filed a pro se complaint over a broken lease. Plaintiff's motion for summary judgment (ECF No. 18) is DENIED."),
      [{ kind: 'summary_judgment', movant: 'plaintiff', proSe: true, disposition: 'denied', docEntry: '18' }]],
    ['... not what a side "may" file',
      civil(...PEOPLE, '', "Plaintiff may file a pro se complaint in state court. Plaintiff's motion for summary judgment (ECF No. 18) is DENIED."),
      [{ kind: 'summary_judgment', movant: 'plaintiff', proSe: null, disposition: 'denied', docEntry: '18' }]],
    ['"Petitioner NAME ... petitions pro se"',
      habeas('Petitioner Tobias Wren, held at a federal camp, petitions pro se for more jail credit under 28 U.S.C. § 2241. (ECF No. 1.) The petition is DENIED.'),
      [{ movant: 'petitioner', proSe: true, disposition: 'denied' }]],
    // The filer's other motions.
    ['the filer\'s other motions share the status the order gives one of them',
      habeas("Before the Court is Tobias Wren's pro se motion to vacate, set aside, or correct his sentence under 28 U.S.C. § 2255 [Doc. 1]. He later moved for default judgment [Doc. 9], the answer being late. The § 2255 motion [Doc. 1] is DENIED. Petitioner's motion for default judgment [Doc. 9] is DENIED."),
      [{ kind: 'section_2255', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '1' }, { kind: 'other', movant: 'petitioner', proSe: true, disposition: 'denied', docEntry: '9' }]],
    ['... not the other side\'s',
      habeas("Before the Court is Tobias Wren's pro se motion to vacate, set aside, or correct his sentence under 28 U.S.C. § 2255 [Doc. 1]. The United States moved to dismiss it as untimely [Doc. 9]. The motion to dismiss [Doc. 9] is DENIED."),
      [{ kind: 'section_2255', movant: 'defendant', proSe: true, disposition: null, docEntry: '1' }, { kind: 'dismiss', movant: 'government', proSe: false, disposition: 'denied', docEntry: '9' }]],
    // A side's own lawyer named in passing.
    ['"a call with plaintiff\'s counsel"',
      civil(...PEOPLE, '', "The Court spoke by telephone with plaintiff's counsel, who sought an order the same day. The motion for a temporary restraining order (ECF No. 2) is DENIED."),
      [{ movant: 'plaintiff', proSe: false, disposition: 'denied', docEntry: '2' }]],
    ['... not the side\'s former counsel',
      civil(...PEOPLE, '', "Plaintiff's former counsel withdrew in April. The motion for a temporary restraining order (ECF No. 2) is DENIED."),
      [{ movant: 'plaintiff', proSe: null, disposition: 'denied', docEntry: '2' }]],
    ['... nor the lawyer a prisoner faults in an order on his conviction',
      habeas("Petitioner's counsel failed to object at sentencing, he says. Petitioner's motion for an evidentiary hearing [Doc. 7] is DENIED."),
      [{ movant: 'petitioner', proSe: null, disposition: 'denied', docEntry: '7' }]],
    // Parties that appear only through lawyers.
    ['a company\'s motion is counseled',
      civil(...COMPANY, '', "Plaintiff's motion to compel (ECF No. 14) is GRANTED."),
      [{ kind: 'other', movant: 'plaintiff', proSe: false, disposition: 'granted', docEntry: '14' }]],
    ['... not a person\'s, with no word on counsel',
      civil(...PEOPLE, '', "Plaintiff's motion to compel (ECF No. 14) is GRANTED."),
      [{ kind: 'other', movant: 'plaintiff', proSe: null, disposition: 'granted', docEntry: '14' }]],
    ['the government\'s motion in a prosecution is counseled',
      siteHead('', "Presently before the Court is the government's motion in limine to exclude a defense witness. The motion in limine is GRANTED."),
      [{ kind: 'in_limine', movant: 'government', proSe: false, disposition: 'granted' }]],
    // Asking for a lawyer.
    ['a person the caption names asks for a lawyer: none yet',
      civil(...PEOPLE, '', "Plaintiff's motion for appointment of counsel (ECF No. 6) is DENIED without prejudice."),
      [{ kind: 'appoint_counsel', movant: 'plaintiff', proSe: true, disposition: 'denied_without_prejudice', docEntry: '6' }]],
    ['... not a company, which must have one',
      civil(...COMPANY, '', "Plaintiff's motion for appointment of counsel (ECF No. 6) is DENIED without prejudice."),
      [{ kind: 'appoint_counsel', movant: 'plaintiff', proSe: false, disposition: 'denied_without_prejudice', docEntry: '6' }]],
    ['... nor, with no filer named, the company the caption makes the plaintiff',
      civil(...COMPANY, '', 'The motion for appointment of counsel (ECF No. 6) is DENIED.'),
      [{ kind: 'appoint_counsel', movant: null, proSe: null, disposition: 'denied', docEntry: '6' }]],
  ] as Array<[string, string, Array<Record<string, unknown>>]>)('%s', (_name, text, want) => expectMotions(text, want));
});

describe('session-15 motion kinds and filers', () => {
  it.each([
    ['"moved for reargument" is a motion for reconsideration',
      civil(...COMPANY, '', "Plaintiff asks for reargument of the post-trial ruling and, failing that, for alteration or amendment of the judgment. Nothing was overlooked; the motion for reargument is denied."),
      [{ kind: 'reconsideration', movant: 'plaintiff', disposition: 'denied' }]],
    ['a possessive before a quoted title names the filer',
      civil(...COMPANY, '', "Defendant’s “Motion for Partial Summary Judgment on the Warranty Count” came on for hearing in June. The Court will deny the motion."),
      [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'denied' }]],
    ['... and a straight quote too',
      civil(...COMPANY, '', 'Pending before the Court is Plaintiff\'s "Motion to Compel Answers to Interrogatories" (ECF No. 21). The motion is GRANTED.'),
      [{ kind: 'other', movant: 'plaintiff', disposition: 'granted', docEntry: '21' }]],
    ['"motion for leave to reargue"',
      civil(...PEOPLE, '', "Defendant's motion for leave to reargue (ECF No. 40) is DENIED."),
      [{ kind: 'reconsideration', movant: 'defendant', disposition: 'denied', docEntry: '40' }]],
  ] as Array<[string, string, Array<Record<string, unknown>>]>)('%s', (_name, text, want) => expectMotions(text, want));
});
