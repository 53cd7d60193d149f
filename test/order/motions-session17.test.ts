/**
 * Motions, titles and pro se status read in session 17 (fictional parties and wordings): docket text that names the judge
 * first or sets a dash before its ruling, a title whose ruling verb ends a line above the filing it decides, a party's
 * request the title rules on, two filings under one plural with their own entries, a relief asked in the alternative
 * without its "to", a First Step Act reduction of a crack sentence, a clause between a motion and its relief, a labelled
 * appearance block, and a site's long appearance line above the title.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { expectMotions } from './motion-table.js';

const civil = (title: string, body: string) =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nMARTIN OSTROVE, Plaintiff,\nv.\nDELPHINE CARRAWAY, Defendant.\n\nCase No. 1:14-cv-01187-ABC (PC)\n\n${title}\n\n${body}\n\nIT IS SO ORDERED.\nDated: June 3, 2015\n/s/ Lena Ruiz\nUnited States Magistrate Judge\n`;

const crim = (body: string) =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NORTH CAROLINA\n\nUNITED STATES OF AMERICA\nv.\nTERRELL QUIMBY\n\nCase No. 3:04-cr-00219\n\nORDER\n\n${body}\n\nIT IS SO ORDERED.\nSigned: May 4, 2020\n/s/ Ira Penrose\nUnited States District Judge\n`;

// A case-law site's copy of a docket entry: the case name, the entry's number, the docket text, the order's caption.
const docketText = (text: string, body: string) =>
  `Ostrove v. Carraway\n\nFiling 41\n\n${text} (abc, Deputy Clerk)\n\nDownload PDF\nUNITED STATES DISTRICT COURT DISTRICT OF UTAH MARTIN OSTROVE, Plaintiff, v. DELPHINE CARRAWAY, Defendant. Case No. 2:19-cv-00288 ${body}\n`;

// A state claims court: the claimant sues the State; a labelled block names each side's lawyers.
const claims = (block: string, body: string) =>
  `STATE OF NEW YORK\nCOURT OF CLAIMS\n\nPERRY ABERNATHY, Claimant,\nv.\nTHE STATE OF NEW YORK, Defendant.\n\nClaim No. 128841\nMotion No. M-97012\n\nDECISION AND ORDER\n\n${block}\n\n${body}\n\nDated: Albany, New York\nMarch 2, 2021\nHON. CORA VANTERPOOL\nJudge of the Court of Claims\n`;

// A case-law site's head of a prosecution: a summary, number, date, the lawyers' long lines, then the title.
const LAWYERS =
  'Ruth Ibarra, United States Attorney\'s Office - CR, 101 West Main Street, Suite 400, Cedar Rapids, IA 52401, 319-555-0100, 319-555-0101 (fax), ruth.ibarra@example.gov, Neil Osgood, United States Attorney\'s Office - SC, 200 Fourth Street, Suite 12, Sioux City, IA 51101, 712-555-0199, neil.osgood@example.gov, for Plaintiff.';
const siteHead = (title: string, body: string) =>
  `Summary\nfinding extraordinary and compelling reasons for release\nOpinion\n4:06-CR-00133\n2020-06-11\n${LAWYERS}\n${title}\nIRA PENROSE, Judge ${body}\n`;

describe('session-17 motions', () => {
  it.each([
    // Docket text.
    ['docket text that names the judge before its ruling: "ORDER by Magistrate Judge ... : Granting 12 Motion to Compel"',
      docketText('ORDER by Magistrate Judge Ann B. Quill : Granting 12 Motion to Compel Discovery.', 'ORDER The plaintiff asks that the defendant answer his interrogatories. (ECF No. 12.) The answers are overdue.'),
      [{ kind: 'other', docEntry: '12', disposition: 'granted' }]],
    ['... and "OPINION AND ORDER by District Judge ... : Denying 37 plaintiff\'s Motion for reconsideration"',
      docketText("OPINION AND ORDER by District Judge Ira Penrose : Denying 37 plaintiff's Motion for reconsideration.", 'OPINION AND ORDER Judgment was entered on the claims (Dkt. 35). The plaintiff now asks the Court to reconsider it (Dkt. 37), repeating his arguments.'),
      [{ kind: 'reconsideration', docEntry: '37', disposition: 'denied' }]],
    ['docket text with a dash before its rulings: "MEMORANDUM DECISION AND ORDER - denying 4 ...; granting 9 ..."',
      docketText('MEMORANDUM DECISION AND ORDER - denying 4 Motion to Strike; granting 9 Motion to Dismiss for Lack of Jurisdiction. Case Closed.', 'MEMORANDUM DECISION AND ORDER The defendant moves to dismiss for want of jurisdiction; the plaintiff moves to strike its exhibits.'),
      [{ kind: 'other', docEntry: '4', disposition: 'denied' }, { kind: 'dismiss', docEntry: '9', disposition: 'granted' }]],
    // A title's ruling over wrapped lines.
    ['a title whose ruling verb ends its line decides the filing on the line below',
      civil('ORDER DENYING\nPLAINTIFF\'S MOTION TO COMPEL\n(ECF No. 31)', "Pending before the Court is Plaintiff's motion to compel. (ECF No. 31.) Discovery has not yet opened."),
      [{ kind: 'other', docEntry: '31', movant: 'plaintiff', disposition: 'denied' }]],
    ['... and a party\'s request the title names: "ORDER DENYING WITHOUT PREJUDICE\\nPLAINTIFF\'S REQUEST FOR A\\nSETTLEMENT CONFERENCE"',
      civil('ORDER DENYING WITHOUT PREJUDICE\nPLAINTIFF\'S REQUEST FOR A\nSETTLEMENT CONFERENCE\n(ECF No. 23)', 'I. BACKGROUND\nThe plaintiff wrote a letter and request for a settlement conference. (Req. Conf., ECF No. 23.)\nII. DISCUSSION\nDiscovery has not yet begun, and the defendant has not appeared.'),
      [{ kind: 'other', movant: 'plaintiff', disposition: 'denied_without_prejudice' }]],
    ['a title\'s ruling still stops at the next one: "GRANTING ... MOTION FOR SUMMARY JUDGMENT,\\nAND RENDERING AS MOOT ... MOTION FOR A STAY"',
      civil('ORDER ADOPTING THE REPORT AND RECOMMENDATION,\nGRANTING DEFENDANT\'S MOTION FOR SUMMARY JUDGMENT,\nAND RENDERING AS MOOT PLAINTIFF\'S MOTION FOR A\nSTAY', 'The matter is before the Court on the Report and Recommendation of the Magistrate Judge, who suggests that the motion for summary judgment be granted. No party objected.'),
      [{ kind: 'summary_judgment', disposition: 'granted' }, { kind: 'stay', disposition: 'moot' }]],
    ['the title\'s words are no ruling over the body: a title that ends its line on a plain word stays on its line',
      civil('ORDER ON PENDING MOTIONS', "Pending before the Court is Plaintiff's motion to compel. (ECF No. 31.) The Court will rule after the conference."),
      [{ kind: 'other', docEntry: '31', disposition: null }]],
    // Two filings under one plural, each with its entry.
    ['"DENIES Defendant\'s Motions to Dismiss (#21) and Transfer (#24)": two filings',
      civil('ORDER', "Pending are Defendant's Motion to Dismiss (#21) and her Motion to Transfer Venue (#24). For want of subject matter jurisdiction the Court DENIES Defendant's Motions to Dismiss (#21) and Transfer (#24)."),
      [{ kind: 'dismiss', docEntry: '21', disposition: 'denied' }, { kind: 'other', docEntry: '24', disposition: 'denied' }]],
    ['... not a paper named beside the motions: "Motions to Dismiss (ECF No. 13) and Reply (ECF No. 14)"',
      civil('ORDER', "The Court has read Defendant's Motions to Dismiss (ECF No. 13) and Reply (ECF No. 14). The Motions to Dismiss are DENIED."),
      [{ kind: 'dismiss', disposition: 'denied' }]],
    // An alternative relief without its "to".
    ['"moved to dismiss ... or, in the alternative, stay the case and compel arbitration" is the filing ruled on as a motion to stay',
      civil('OPINION AND ORDER', "Plaintiff moves to remand the case to state court. (doc. 7) Defendant later moved to dismiss the action or, in the alternative, stay the case and compel arbitration. (doc. 9.) The Motion to Remand is DENIED. Defendant's Motion to Stay and Compel Arbitration is GRANTED."),
      [{ kind: 'other', docEntry: '7', disposition: 'denied' }, { kind: 'stay', docEntry: '9', movant: 'defendant', disposition: 'granted' }]],
    // First Step Act, a short name, a clause between the motion and its relief.
    ['"Motions for a Reduced Sentence under the First Step Act" of a crack sentence; "his later motions, each filed pro se, asking for a hearing"',
      crim("Pending are Defendant's pro se Motions for a Reduced Sentence under the First Step Act of 2018 (Doc. Nos. 301, 309) and his later motions, each filed pro se, asking for a hearing on them (Doc. Nos. 305, 312). His sentence was for a crack offense. The Motions to Reduce are GRANTED. The Motions for a Hearing are DENIED."),
      [
        { kind: 'fsa_404', docEntry: '301', disposition: 'granted' }, { kind: 'fsa_404', docEntry: '309', disposition: 'granted' },
        { kind: 'other', docEntry: '305', disposition: 'denied' }, { kind: 'other', docEntry: '312', disposition: 'denied' },
      ]],
    ['a reduction "under the First Step Act" with no word of crack or § 404 stays unresolved by that rule',
      crim("Defendant moves for a Reduced Sentence under the First Step Act of 2018 (Doc. No. 301), citing his health under 18 U.S.C. § 3582(c)(1)(A). The motion is DENIED."),
      [{ kind: 'compassionate_release', docEntry: '301', disposition: 'denied' }]],
    // Pro se status from a labelled appearance block.
    ['"Claimant\'s attorney:" over a firm\'s name: the claimant\'s motion is counseled',
      claims("Claimant's attorney:\nLindqvist & Boyle, LLP\nBy: Ana Lindqvist, Esq.\nDefendant's attorney:\nHon. Jane Whitcombe, Attorney General\nBy: Ben Osei, Assistant Attorney General", 'Claimant moves for permission to file a late claim. The motion is GRANTED.'),
      [{ movant: 'plaintiff', proSe: false, disposition: 'granted' }]],
    ['... not when the block says the claimant has none: "Claimant\'s attorney: Pro se"',
      claims("Claimant's attorney:\nPro se\nDefendant's attorney:\nHon. Jane Whitcombe, Attorney General\nBy: Ben Osei, Assistant Attorney General", 'Claimant moves for permission to file a late claim. The motion is GRANTED.'),
      [{ movant: 'plaintiff', proSe: null, disposition: 'granted' }]],
    // A site's long appearance line above the title.
    ['a long appearance line "..., for Plaintiff." above the title does not end the caption: "ORDER GRANTING COMPASSIONATE RELEASE"',
      siteHead('ORDER GRANTING COMPASSIONATE RELEASE', "Defendant Carl Dunmore asks for compassionate release in a pro se motion filed on June 2, 2020. ECF No. 88. The Government responded. ECF No. 91. The motion is ripe.\nI. BACKGROUND\nIn 2006, Defendant pleaded guilty."),
      [{ kind: 'compassionate_release', docEntry: '88', disposition: 'granted' }]],
  ])('%s', (_name, text, want) => expectMotions(text, want));
});

const title = (text: string) => readOrder(text, { citations: false, domains: [] }).title?.value ?? null;

describe('session-17 titles', () => {
  it.each([
    ['a title over three wrapped lines that stops on "WITHOUT PREJUDICE"', civil('ORDER DENYING WITHOUT PREJUDICE\nPLAINTIFF\'S REQUEST FOR A\nSETTLEMENT CONFERENCE\n(ECF No. 23)', 'The plaintiff asks for a conference.'), "ORDER DENYING WITHOUT PREJUDICE PLAINTIFF'S REQUEST FOR A SETTLEMENT CONFERENCE"],
    ['... that stops on "MOTION", over more than three lines', civil('ORDER GRANTING MOTION\nTO INTERVENE AND GRANTING\nIN PART AND DENYING IN\nPART PLAINTIFFS\'\nMOTION TO STRIKE', 'The plaintiffs ask to strike.'), "ORDER GRANTING MOTION TO INTERVENE AND GRANTING IN PART AND DENYING IN PART PLAINTIFFS' MOTION TO STRIKE"],
    ['... but not into a section heading', civil('ORDER GRANTING MOTION\nI. BACKGROUND', 'The defendants ask for discovery.'), 'ORDER GRANTING MOTION'],
    ['a flattened caption\'s "ORDER RE: ..."', 'UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA Case No.: 11-cv-0473 IN RE: QUANTA SECURITIES LITIGATION, ORDER RE: ADMINISTRATIVE MOTION TO FILE UNDER SEAL (Dkt. No. 99) Now pending before the Court is the motion to seal.\n', 'ORDER RE: ADMINISTRATIVE MOTION TO FILE UNDER SEAL'],
    ['a flattened caption\'s title that cites a statute: "... MOTION PURSUANT TO 28 U.S.C. § 2255"', 'UNITED STATES DISTRICT COURT WESTERN DISTRICT OF TENNESSEE Cv. No. 2:18-cv-02210 Cr. No. 2:17-cr-20011 CALVIN ROOKE, Movant, v. UNITED STATES OF AMERICA, Respondent. ORDER DENYING MOTION PURSUANT TO 28 U.S.C. § 2255 Before the Court is the motion.\n', 'ORDER DENYING MOTION PURSUANT TO 28 U.S.C. § 2255'],
    ['... but no line number after it', 'UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA 7 ACME CORP., Plaintiff, 8 v. ROE LLC, Defendant. 9 Case No. 21-cv-01158-KLM ORDER GRANTING MOTION TO TRANSFER 10 Before the court is the motion.\n', 'ORDER GRANTING MOTION TO TRANSFER'],
    ['the title of a site\'s head under a long appearance line', siteHead('ORDER GRANTING COMPASSIONATE RELEASE', 'Before the Court is the motion. ECF No. 88.'), 'ORDER GRANTING COMPASSIONATE RELEASE'],
  ])('%s', (_name, text, want) => expect(title(text)).toBe(want));
});
