/**
 * Session 8's filer words: a motion filed through the party's lawyer ("Plaintiff's attorney, X, has filed", "filed by
 * counsel for the Defendants"), a possessive role word with the names in apposition ("defendants', A and B, ex parte
 * motion"), a request inside a party's own brief ("Contained within the plaintiff's response ... is a request"), and a
 * subject whose appositive holds a comma ("a prisoner confined at X in Trenton, New Jersey, has submitted a petition").
 */
import { describe, expect, it } from 'vitest';
import { filedByMovant, filerMovant, movantBefore, openedByMovant, openingParty, subjectName } from '../../src/order/motions/movant.js';
import { motionFields, pickListed, type Want } from './motion-table.js';
import { CAPTIONS } from './movant-session6-cases.js';

// The words before the motion word -> the filer's side (null: none named)
const before: Array<[string, string | null]> = [
  ["Plaintiff's attorney, Vincent Moss, has filed a ", 'plaintiff'],
  ["On May 2, 2019, plaintiffs' counsel, Dana Reyes, of Reyes & Lowe, P.C., filed a ", 'plaintiff'],
  ['Counsel for the Defendants, Mr. Ito and Ms. Park, filed an ', 'defendant'],
  ["The debtor's attorney has now filed a ", 'debtor'],
  ['Contained within the plaintiff\'s response to the motion is a "', 'plaintiff'],
  ["Embedded in Defendant's reply brief is a ", 'defendant'],
  ["Included in the Government's opposition (Doc. 30) is a cross-", 'government'],
  ['Petitioner Lem Varga ("Petitioner"), a prisoner confined at Northfield State Prison in Lakewood, Ohio, has submitted a ', 'petitioner'],
  ['Defendant Arlo Penn, an inmate at FCI Marion in Marion, Illinois, has filed a ', 'defendant'],
  // each filing of one filer's list
  ['Following the denial, Petitioner filed a notice of appeal, a Motion for Certificate (Doc. 31), and a ', 'petitioner'],
  ['Plaintiff has filed an amended complaint and a ', 'plaintiff'],
  ['The Trustee filed a report, an application for fees, and a ', 'trustee'],
  // a motion's capitalized title words after the verb; another role word is no name of the first
  ['Following a jury verdict for Plaintiff, Defendant filed a Renewed ', 'defendant'],
  ['After the ruling for Defendant, Plaintiff has filed an Emergency ', 'plaintiff'],
  ['Respondent filed a Second Amended ', 'respondent'],
  // counterexamples: another party files; a brief named with no request in it
  ["Plaintiff's counsel objected, and the Government filed a ", 'government'],
  ["In the plaintiff's response, the Court finds no ", null],
  ['Counsel for the Defendant attended the hearing on the ', null],
];

// A prisoner introduced by name and status, before a filing that attacks the sentence or custody: [before, after, side]
const prisoner: Array<[string, string, string | null]> = [
  ['William Roe ("Roe"), a federal prisoner proceeding pro se, has filed a ', ' to Vacate, Set Aside, or Correct Sentence', 'defendant'],
  ['Ana Ruiz, a state inmate at Valley State Prison, filed a ', ' for a writ of habeas corpus', 'petitioner'],
  ['Lee Park, a federal prisoner, has submitted a ', ' under 28 U.S.C. § 2255', 'defendant'],
  // counterexample: a prisoner's motion in his own civil suit names no side here
  ['Ana Ruiz, a state prisoner, has filed a ', ' for appointment of counsel', null],
];

describe('a prisoner named by name and status', () => {
  it.each(prisoner)('%s|%s -> %s', (prefix, after, want) => {
    expect(filerMovant(prefix, after)?.value ?? null).toBe(want);
  });
});

describe('filer named through counsel, a brief, or an appositive', () => {
  it.each(before)('%s -> %s', (prefix, want) => {
    expect(filerMovant(prefix, '')?.value ?? null).toBe(want);
  });
});

// The possessive role word before the motion, names in apposition between -> the role word it reads
const possessive: Array<[string, string | null]> = [
  ["Presently before the court is defendants', Real Estate Holdings, Inc. and Jon Marsh, ex parte ", 'defendants'],
  ["Plaintiffs', Ada Lin and Tomas Ruiz, joint ", 'Plaintiffs'],
  ["the Debtors', Harbor Mills LLC and Harbor Yarn Co., emergency ", 'Debtors'],
  ["defendant's ex parte ", 'defendant'],
  // "related" is a motion modifier like "joint"
  ["Plaintiff's related ", 'Plaintiff'],
  ["the Government's related ", 'Government'],
  ["Defendants' related cross-", 'Defendants'],
  ["Defendant's alternative ", 'Defendant'],
  // counterexample: a clause, not names, after the comma
  ["defendants', as the Court noted, the ", null],
];

describe('possessive role word with names in apposition', () => {
  it.each(possessive)('%s -> %s', (prefix, want) => {
    expect(movantBefore(prefix)?.[1] ?? null).toBe(want);
  });
});

// A state court's "opened to the Court by" a law firm for a party, the party's name holding "Inc." -> the party's side
const opened: Array<[string, string | null]> = [
  ['THIS MATTER having been opened to the Court by Hale & Quon, LLC, attorneys for Defendant Brightwater Property Management, Inc., on notice to counsel for Plaintiff, for an Order compelling ', 'defendant'],
  ['THIS MATTER having been brought before the Court by Ruiz Law Group, P.C., counsel for Plaintiff Ana Ruiz, on notice, for an Order ', 'plaintiff'],
  ['THIS MATTER having been opened to the Court by Acme Corp., on notice to all counsel, for an Order ', null],
];

describe('opened to the Court by counsel for a party', () => {
  it.each(opened)('%s -> %s', (before, want) => {
    expect(openedByMovant(before, [])?.value ?? null).toBe(want);
  });
});

// A lower-case description of a caption party before its verb -> its side
const schoolCase = [{ role: 'plaintiff', name: 'GIDEON FAIRWEATHER' }, { role: 'defendant', name: 'MORROW COUNTY SCHOOL DISTRICT' }, { role: 'defendant', name: 'CITY OF FAIRHAVEN' }];
const described: Array<[string, string | null]> = [
  ['Before the Court, the school district ', 'defendant'],
  ['The county school district ', 'defendant'],
  // counterexamples: the court is no party; a description that ends no party's name; a role word
  ['The district court ', null],
  ['The board ', null],
  ['The defendant ', null],
];

describe('a caption party described in lower case', () => {
  it.each(described)('%s -> %s', (prefix, want) => {
    expect(subjectName(prefix, schoolCase)?.value ?? null).toBe(want);
  });
});

// The words after the motion's relief -> the side of the party whose counsel filed it
const after: Array<[string, string | null]> = [
  [' (Doc. 50), filed by counsel for the Defendants, Mr. Robert Lane and Ms. Joan Holt', 'defendant'],
  [' filed by attorneys for Plaintiff on March 3', 'plaintiff'],
  [', filed on June 2, 2021 by counsel for the Petitioner,', 'petitioner'],
  // counterexample: counsel files for no named side
  [' filed by counsel on March 3', null],
];

describe('filed by counsel for a party', () => {
  it.each(after)('%s -> %s', (words, want) => {
    expect(filedByMovant(words, [])?.value ?? null).toBe(want);
  });
});

// The sentence before a "He"/"She" filer -> the party it opens on
const appellatePair = [{ role: 'plaintiff-appellant', name: 'RAMONA ELLSWORTH' }, { role: 'defendant-appellee', name: 'CITY OF FAIRHAVEN' }];
const opening: Array<[string, string | null]> = [
  ['PER CURIAM:\n\nRamona Ellsworth appeals the dismissal of her complaint. ', 'appellant'],
  ['The defendant pleaded guilty to wire fraud in 2019. ', 'defendant'],
  ['Background. Ms. Ellsworth taught at the city school for ten years. ', 'appellant'],
  // past a record cite standing as a sentence
  ['Defendant moves to dismiss the indictment. Dkt. No. 64. ', 'defendant'],
  ['Ramona Ellsworth moves to stay the mandate. (ECF No. 12.) ', 'appellant'],
  // counterexamples: the government is no "he"; a sentence not yet ended; a name of no party
  ['The Government opposes any relief. ', null],
  ['Ramona Ellsworth appeals the dismissal of', null],
  ['Judge Ortega presided at trial. ', null],
];

describe('the party a sentence opens on, for a pronoun filer next', () => {
  it.each(opening)('%s -> %s', (before, want) => {
    expect(openingParty(before, appellatePair)?.value ?? null).toBe(want);
  });
});

// Whole invented orders: each motion the order decides with the fields asserted
const LOCAL = {
  ...CAPTIONS,
  civilDistrict: `UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF GEORGIA\n\nGIDEON FAIRWEATHER,\nPlaintiff,\nv.\nMORROW COUNTY SCHOOL DISTRICT,\nDefendant.\n\nCase No. 5:24-cv-00188\n\nORDER\n\n`,
  appealAgency: `IN THE SUPREME COURT OF OHIO\n\nTHE STATE EX REL. TOBIAS WEXLEY, APPELLANT,\nv.\nOHIO ADULT PAROLE AUTHORITY, APPELLEE.\n\nNo. 2025-0412\n\nPer Curiam.\n\n`,
  civilHospital: `UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nMARISOL QUINTANA,\nPlaintiff,\nv.\nST. ANSELM VALLEY HOSPITAL,\nDefendant.\n\nCase No. 2:23-cv-00307\n\nORDER\n\n`,
};

const orders: Array<[string, keyof typeof LOCAL, string, Want[]]> = [
  ["Plaintiff's attorney, X, has filed a Motion to Withdraw", 'civil', "Plaintiff's attorney, Vincent Moss, has filed a Motion to Withdraw [13] together with his affidavit. The Notice of Service [14] shows service on the plaintiff. The Motion to Withdraw [13] is GRANTED.", [{ movant: 'plaintiff', docEntry: '13', disposition: 'granted' }]],
  ["Motion to Withdraw (Doc. 50), filed by counsel for the Defendant", 'civil', 'Before the Court is a Motion to Withdraw (Doc. 50), filed by counsel for the Defendant, Ms. Petra Lind. Counsel cites irreconcilable differences. The Motion (Doc. 50) is GRANTED.', [{ movant: 'defendant', docEntry: '50', disposition: 'granted' }]],
  ["defendants', names, ex parte motion", 'multiDefendant', "Presently before the court is defendants', Town of Bristlecone and Callum Roarke, ex parte motion for an enlargement of time to answer the complaint. (Doc. # 29). The motion is GRANTED.", [{ movant: 'defendant', docEntry: '29', disposition: 'granted' }]],
  ['a request contained within the plaintiff\'s response', 'civil', 'Contained within the plaintiff\'s response (Doc. 27) is a "request" that this court reconsider its earlier order denying discovery. For the reasons stated herein, the request is DENIED.', [{ movant: 'plaintiff', disposition: 'denied' }]],
  // the second of two motions named by one possessive, however long the first one's relief
  ['X\'s motion for fees under three statutes; and ... and motion for sanctions', 'civil', 'Presently before the court is defendant Acme Corp.\'s ("Acme") motion for attorney fees pursuant to 42 U.S.C. § 1988; section 504 of the Rehabilitation Act, 29 U.S.C. § 794a(b); and 28 U.S.C. § 1927 and motion for sanctions under Federal Rule of Civil Procedure 11. For the reasons below, both motions will be denied.', [{ movant: 'defendant', disposition: 'denied' }, { movant: 'defendant', disposition: 'denied' }]],
  ['Plaintiff\'s motion to compel ... and motion for expenses', 'sdny', "Plaintiff Cora Bellweather's motion to compel complete answers to the first set of interrogatories served in March 2024 and motion for an award of expenses under Rule 37(a)(5) are GRANTED.", [{ movant: 'plaintiff', disposition: 'granted' }, { movant: 'plaintiff', disposition: 'granted' }]],
  // a pronoun filer: the party the sentence before opens on
  ['She has also moved to supplement', 'appealSpaced', 'PER CURIAM:\n\nRamona Ellsworth appeals the dismissal of her complaint. She has also moved to supplement the record on appeal with a letter the district court never saw. We do not consider new evidence on appeal, so we DENY the motion to supplement. We AFFIRM.', [{ movant: 'appellant', disposition: 'denied' }]],
  ['He moves for an evidentiary hearing', 'habeas', 'Elias Wendt is serving a life sentence for murder. He moves for an evidentiary hearing on his claims. (ECF No. 21.) The motion is DENIED.', [{ movant: 'petitioner', docEntry: '21', disposition: 'denied' }]],
  ['The defendant pleaded guilty. He now moves', 'crim', 'The defendant pleaded guilty to wire fraud in 2019. He now moves for early termination of supervised release. (Doc. 90.) The motion is GRANTED.', [{ movant: 'defendant', docEntry: '90', disposition: 'granted' }]],
  ['Petitioner filed a notice of appeal, a Motion ..., and a Motion ...', 'habeas', 'Following the denial of his petition, Petitioner filed a notice of appeal, a Motion for Certificate of Appealability (Doc. 31), and a Motion for Leave to Appeal In Forma Pauperis (Doc. 32). The Motion for Certificate of Appealability (Doc. 31) and the Motion for Leave to Appeal In Forma Pauperis (Doc. 32) are DENIED.', [{ movant: 'petitioner', docEntry: '31', disposition: 'denied' }, { movant: 'petitioner', docEntry: '32', disposition: 'denied' }]],
  ['Defendant moves ... Dkt. No. 64. He also moves', 'crim', 'Defendant moves to dismiss the indictment for vindictive prosecution. Dkt. No. 64. He also moves for discovery on that claim. Dkt. No. 65. The motion to dismiss (Dkt. No. 64) and the motion for discovery (Dkt. No. 65) are DENIED.', [{ movant: 'defendant', docEntry: '64', disposition: 'denied' }, { movant: 'defendant', docEntry: '65', disposition: 'denied' }]],
  // a co-defendant the text introduces by role and name
  ['co-defendant X moves to join; X\'s motion', 'crimTwo', 'Defendant Desmond Pryor moves to sever his trial from that of co-defendant Ximena Ortolani. [92]. Ortolani moves to join the motion. [97]. Pryor\'s motion to sever [92] is granted, and Ortolani\'s motion to join [97] is denied as moot.', [{ movant: 'defendant', docEntry: '92', disposition: 'granted' }, { movant: 'defendant', docEntry: '97', disposition: 'moot' }]],
  ['Co-defendant X\'s motion for a bill of particulars', 'crim', 'Co-defendant Lorna Vasquez-Hale has filed a motion for a bill of particulars (Doc. 71). Vasquez-Hale\'s motion (Doc. 71) is DENIED.', [{ movant: 'defendant', docEntry: '71', disposition: 'denied' }]],
  // a caption party described in lower case by the last words of its name
  ['The school district moves', 'civilDistrict', 'The school district moves for leave to file a sur-reply (ECF No. 40). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '40', disposition: 'granted' }]],
  ['The parole authority has moved to strike', 'appealAgency', 'Appellant, Tobias Wexley, appeals the dismissal of his mandamus complaint. The parole authority has moved to strike his reply brief as untimely. We grant the motion to strike. Judgment affirmed.', [{ movant: 'appellee', disposition: 'granted' }]],
  ['The hospital moves to compel', 'civilHospital', 'The hospital moves to compel the deposition of the plaintiff (Doc. 33). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '33', disposition: 'granted' }]],
];

describe('movant from session-8 filer words in whole orders', () => {
  it.each(orders)('%s (%s)', (_name, caption, body, want) => {
    expect(pickListed(motionFields(LOCAL[caption] + body + '\n'), want)).toEqual(want);
  });
});
