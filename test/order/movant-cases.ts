/**
 * Invented orders (fictional parties and numbers) in the layout of real kinds of court: district (criminal, civil,
 * § 2255, § 2254), bankruptcy, court of appeals, state trial court, each with the movant, pro se status and docket
 * entry of every motion it decides. Used by movant-phrasings.test.ts.
 */
export const CAPTIONS = {
  crim: `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MISSOURI\nEASTERN DIVISION\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDARNELL QUIMBY,\nDefendant.\n\nCase No. 4:18-cr-00211-HEA\n\nMEMORANDUM AND ORDER\n\n`,
  civil: `UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\nEASTERN DIVISION\n\nHESTER MALLORY,\nPlaintiff,\nv.\nACME CORP., COUNTY OF BRAXTON, TOM SMITH, and LEE JONES,\nDefendants.\n\nCase No. 1:22-cv-01187\n\nOPINION AND ORDER\n\n`,
  thirdParty: `UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nBRINDLE FARMS LLC,\nPlaintiff,\nv.\nCORVANT SHIPPING CO.,\nDefendant and Third-Party Plaintiff,\nv.\nOSTERLUND MARINE SERVICES, INC.,\nThird-Party Defendant.\n\nCivil Action No. 2:21-cv-04410\n\nOPINION\n\n`,
  s2255: `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF TEXAS\nWACO DIVISION\n\nROLAND PIKE,\nMovant,\nv.\nUNITED STATES OF AMERICA,\nRespondent.\n\nCivil No. 6:21-cv-00318\nCriminal No. 6:17-cr-00090\n\nORDER\n\n`,
  habeas: `UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF PENNSYLVANIA\n\nELIAS WENDT,\nPetitioner,\nv.\nSUPERINTENDENT KAREN HOLT,\nRespondent.\n\nNo. 3:20-cv-01952\n\nMEMORANDUM\n\n`,
  bankr: `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF DELAWARE\n\nIn re:\nMARLOW TIMBER, LLC,\nDebtor.\n\nChapter 11\nCase No. 21-10433 (KBO)\n\nORDER\n\n`,
  appeal: `UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nBRINDLE FARMS LLC,\nPlaintiff-Appellant,\nv.\nCORVANT SHIPPING CO.,\nDefendant-Appellee.\n\nNo. 22-35510\nD.C. No. 3:20-cv-00711\n\nORDER\n\n`,
  state: `SUPERIOR COURT OF NEW JERSEY\nLAW DIVISION: ESSEX COUNTY\nDOCKET NO. ESX-L-004512-21\n\nPRIYA NANDAKUMAR,\nPlaintiff,\nv.\nGARDEN STATE PAVING, INC.,\nDefendant.\n\nORDER\n\n`,
  prisoner: `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF GEORGIA\nSAVANNAH DIVISION\n\nTERRELL OKAFOR,\nPlaintiff,\nv.\nSGT. BEN ALVAREZ, et al.,\nDefendants.\n\nCase No. CV421-077\n\nORDER\n\n`,
  ohioCrim: `IN THE COURT OF COMMON PLEAS\nFRANKLIN COUNTY, OHIO\nCRIMINAL DIVISION\n\nSTATE OF OHIO,\nPlaintiff,\nv.\nKEVIN DRAPER,\nDefendant.\n\nCase No. 22CR-1187\n\nDECISION AND ENTRY\n\n`,
  paCrim: `IN THE COURT OF COMMON PLEAS OF DAUPHIN COUNTY, PENNSYLVANIA\nCRIMINAL DIVISION\n\nCOMMONWEALTH OF PENNSYLVANIA\nv.\nMARCUS TILLEY\n\nNo. CP-22-CR-0001234-2021\n\nOPINION AND ORDER\n\n`,
  stateDefendant: `IN THE COURT OF CLAIMS OF OHIO\n\nHESTER MALLORY,\nPlaintiff,\nv.\nSTATE OF OHIO,\nDefendant.\n\nCase No. 2023-00412JD\n\nENTRY\n\n`,
  // (captions whose title line the case's body supplies)
  s2255Petitioner: `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n\nROLAND PIKE,\nPetitioner,\nv.\nUNITED STATES OF AMERICA,\nRespondent.\n\nCase No. C22-0417-JLR\n(CR18-0221-JLR)\n\nORDER\n\n`,
  bankrUntitled: `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF MASSACHUSETTS\n\nIn re:\nLARKSPUR TELECOM, INC.,\nDebtor.\n\nChapter 11\nCase No. 23-40118-CJP\n\n`,
  civilUntitled: `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nHESTER MALLORY,\nPlaintiff,\nv.\nACME CORP.,\nDefendant.\n\nCase No. 3:22-cv-00931\n\n`,
  nySupreme: `SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\n\nPRIYA NANDAKUMAR,\nPlaintiff,\n-against-\nGARDEN STATE PAVING, INC.,\nDefendant.\n\nIndex No. 512345/2021\n\nDECISION AND ORDER\n\n`,
  ftca: `UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\nHESTER MALLORY,\nPlaintiff,\nv.\nUNITED STATES OF AMERICA,\nDefendant.\n\nCivil Action No. 1:23-cv-00912\n\nORDER\n\n`,
};
export type Caption = keyof typeof CAPTIONS;

/** What a case asserts of one motion: the movant always; docket entry and pro se when listed. */
export interface Want {
  movant: string | null;
  docEntry?: string | null;
  proSe?: boolean | null;
}

export const cases: Array<[string, Caption, string, Want[]]> = [
  // District court, civil
  ['a possessive with the full name and (ECF No.)', 'civil', "Before the Court is Defendant Acme Corp.'s Motion to Dismiss (ECF No. 12). For the reasons below, the motion is GRANTED.", [{ movant: 'defendant', docEntry: '12' }]],
  ['the side moves through counsel, entry in brackets after', 'civil', 'Plaintiff, through counsel, moves to compel discovery responses. [ECF No. 30]. The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '30', proSe: false }]],
  ['a group of defendants named by a possessive adjective', 'civil', "The County Defendants' motion for summary judgment (Doc. 50) is GRANTED.", [{ movant: 'defendant', docEntry: '50' }]],
  ['two named defendants defined collectively', 'civil', 'Defendants Smith and Jones (collectively, "the Officers") move for summary judgment (ECF No. 61). The Officers\' motion is GRANTED.', [{ movant: 'defendant', docEntry: '61' }]],
  ['a caption surname as possessor', 'civil', "Mallory's motion for leave to amend (Doc. 44) is DENIED.", [{ movant: 'plaintiff', docEntry: '44' }]],
  ['an exhibit cite is not the motion', 'civil', 'Defendant Acme Corp. filed a motion for summary judgment (ECF 12), supported by a declaration (ECF 12-1). The motion is DENIED.', [{ movant: 'defendant', docEntry: '12' }]],
  [
    'two motions of two sides in one sentence',
    'civil',
    "Before the Court are Plaintiff's Motion to Compel (ECF No. 33) and Defendant Acme Corp.'s Motion for a Protective Order (ECF No. 36). Plaintiff's motion is GRANTED and Acme's motion is DENIED.",
    [{ movant: 'plaintiff', docEntry: '33' }, { movant: 'defendant', docEntry: '36' }],
  ],
  ['filed by a party named in the caption', 'civil', 'The Court has reviewed the motion to dismiss filed by the County of Braxton (Doc. 19). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '19' }]],
  ['a side that asks in its motion', 'civil', 'In their motion (ECF No. 15), Defendants ask the Court to dismiss the complaint. The motion is GRANTED.', [{ movant: 'defendant', docEntry: '15' }]],
  ['a motion filed by named defendants, entry in its own sentence', 'civil', 'Now before the Court is a motion for summary judgment filed by Defendants Tom Smith and Lee Jones. (Doc. 52.) The motion is GRANTED.', [{ movant: 'defendant', docEntry: '52' }]],
  ['a short name defined then used', 'civil', 'Acme Corp. ("Acme") moves for judgment on the pleadings. Dkt. 27. Acme\'s motion is GRANTED.', [{ movant: 'defendant', docEntry: '27' }]],
  ['a defined short name in the filing sentence', 'civil', 'Defendant Tom Smith ("Smith") filed a motion to dismiss (ECF No. 9). Smith\'s motion is GRANTED.', [{ movant: 'defendant', docEntry: '9' }]],
  ['a plural side moves, the opponent answers', 'civil', 'Plaintiff moves for class certification. (Dkt. 7.) Defendants oppose. (Dkt. 9.) The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '7' }]],
  [
    'two defendants each with a motion and entry',
    'civil',
    "Defendant County of Braxton's Motion to Dismiss (ECF No. 14) and Defendant Acme Corp.'s Motion to Dismiss (ECF No. 16) are GRANTED.",
    [{ movant: 'defendant', docEntry: '14' }, { movant: 'defendant', docEntry: '16' }],
  ],
  ['the filers after "of", entry after a comma', 'civil', 'Pending is the Motion to Dismiss of Defendants Tom Smith and Lee Jones, ECF No. 23. The motion is GRANTED.', [{ movant: 'defendant', docEntry: '23' }]],
  ['a Sixth Circuit record cite (R. 22)', 'civil', "Acme's motion to dismiss (R. 22) is GRANTED.", [{ movant: 'defendant', docEntry: '22' }]],
  ['a pound-sign entry', 'civil', 'The County of Braxton has filed a motion for judgment on the pleadings (#45). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '45' }]],
  ['the movant named after the relief with a date', 'civil', 'The motion to strike filed on May 3, 2023 by Plaintiff Hester Mallory (ECF No. 40) is DENIED.', [{ movant: 'plaintiff', docEntry: '40' }]],
  // Unknown stays unknown
  ['no filer named', 'civil', 'The motion to seal (ECF No. 60) is GRANTED.', [{ movant: null, docEntry: '60' }]],
  ['a joint motion of both sides', 'civil', 'The parties\' joint motion to stay proceedings (ECF No. 77) is GRANTED.', [{ movant: null, docEntry: '77' }]],
  // Prisoner civil rights, pro se
  ['proceeding pro se, filed, (#45)', 'prisoner', 'Mr. Okafor, proceeding pro se, filed a motion for the appointment of counsel (#45). The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '45', proSe: true }]],
  ['a pro se plaintiff moves', 'prisoner', 'Plaintiff, who is proceeding pro se, moves for an extension of time to respond (Doc. 31). The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '31', proSe: true }]],
  ['the defendants\' motion in a pro se case', 'prisoner', 'Defendants filed a motion for summary judgment (Doc. 40), and Plaintiff, proceeding pro se, did not respond. The motion is GRANTED.', [{ movant: 'defendant', docEntry: '40' }]],
  // Third-party practice
  ['a third-party defendant moves', 'thirdParty', 'Third-Party Defendant Osterlund Marine Services, Inc. moves to dismiss the third-party complaint (ECF No. 41). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '41' }]],
  ['a third-party defendant by its caption name', 'thirdParty', "Osterlund's motion to dismiss the third-party complaint (ECF No. 41) is GRANTED.", [{ movant: 'defendant', docEntry: '41' }]],
  // Criminal
  ['the Government\'s motion, (Doc. No.)', 'crim', "This matter is before the Court on the Government's motion to continue the trial (Doc. No. 55). The motion is GRANTED.", [{ movant: 'government', docEntry: '55' }]],
  ['the United States\' motion, (D.E.)', 'crim', "Pending before the Court is the United States' Motion for Order of Forfeiture (D.E. 19). The motion is GRANTED.", [{ movant: 'government', docEntry: '19' }]],
  ['a counsel supplement to a pro se motion', 'crim', 'Defendant, through counsel, filed a supplement (Doc. 71) to his pro se motion for compassionate release (Doc. 64). The motion is DENIED.', [{ movant: 'defendant', docEntry: '64', proSe: false }]],
  ['a caption surname, criminal', 'crim', "Quimby's motion to suppress (Doc. 44) is DENIED.", [{ movant: 'defendant', docEntry: '44' }]],
  ['appearing pro se, has filed', 'crim', 'Defendant Darnell Quimby, appearing pro se, has filed a Motion for Compassionate Release (Doc. 88). The Government opposes the motion (Doc. 91). The motion is DENIED.', [{ movant: 'defendant', docEntry: '88', proSe: true }]],
  ['has moved, pro se, for a reduction', 'crim', 'The defendant has moved, pro se, for a reduction of his sentence under 18 U.S.C. § 3582(c)(1)(A) (ECF No. 120). The motion is DENIED.', [{ movant: 'defendant', docEntry: '120', proSe: true }]],
  ['the government moved, with a date first', 'crim', 'On March 3, 2021, the government moved to dismiss the indictment without prejudice (Doc. 130). The motion is GRANTED.', [{ movant: 'government', docEntry: '130' }]],
  ['a pro se letter construed as a motion', 'crim', "Mr. Quimby's pro se letter, which the Court construes as a motion for early termination of supervised release (Doc. 140), is DENIED.", [{ movant: 'defendant', docEntry: '140', proSe: true }]],
  ['Docket Entry N set off by commas', 'crim', "The Defendant's Motion to Suppress Evidence, Docket Entry 30, is DENIED.", [{ movant: 'defendant', docEntry: '30' }]],
  [
    'one possessive for two reliefs with their entries',
    'crim',
    "Defendant's motions to suppress (Doc. 30) and to sever (Doc. 32) are DENIED.",
    [{ movant: 'defendant', docEntry: '30' }, { movant: 'defendant', docEntry: '32' }],
  ],
  ['a motion of the defendant by counsel', 'crim', 'Counsel for Defendant Darnell Quimby has filed a motion to withdraw the guilty plea (ECF No. 77). The motion is DENIED.', [{ movant: 'defendant', docEntry: '77', proSe: false }]],
  // § 2255 and § 2254
  ['Movant filed a § 2255 motion', 's2255', 'Movant Roland Pike filed a motion under 28 U.S.C. § 2255 to vacate, set aside, or correct his sentence (Dkt. 1). The Court DENIES the motion.', [{ movant: 'defendant', docEntry: '1' }]],
  ['through counsel, an amended § 2255 motion', 's2255', 'Pike, through counsel, filed an amended § 2255 motion (Doc. 14). The Government responded (Doc. 20). The amended motion is DENIED.', [{ movant: 'defendant', docEntry: '14', proSe: false }]],
  ['a § 2255 motion with no filer named is the movant\'s', 's2255', 'The motion to vacate under 28 U.S.C. § 2255 (ECF No. 1) is DENIED.', [{ movant: 'defendant', docEntry: '1' }]],
  ['the respondent in a § 2255 case', 's2255', "The Government's motion to dismiss the § 2255 motion as untimely (ECF No. 9) is GRANTED.", [{ movant: 'government', docEntry: '9' }]],
  ['the pro se Motion of Petitioner', 'habeas', 'Before the Court is the pro se Motion of Petitioner Elias Wendt for Appointment of Counsel (Doc. 14). The motion is DENIED without prejudice.', [{ movant: 'petitioner', docEntry: '14', proSe: true }]],
  ["Respondent's motion to dismiss the petition", 'habeas', "Respondent's motion to dismiss the petition as untimely (Doc. No. 9) is GRANTED.", [{ movant: 'respondent', docEntry: '9' }]],
  ['in forma pauperis [Doc. 2]', 'habeas', "Petitioner's Motion for Leave to Proceed In Forma Pauperis [Doc. 2] is GRANTED.", [{ movant: 'petitioner', docEntry: '2' }]],
  ['the warden moves', 'habeas', 'Respondent Karen Holt moves to transfer the petition to the Eastern District (ECF No. 11). The motion is DENIED.', [{ movant: 'respondent', docEntry: '11' }]],
  // Bankruptcy
  ["the Debtor's motion, Docket Entry", 'bankr', "Before the Court is the Debtor's Motion to Extend the Exclusivity Periods (Docket Entry 30). The motion is GRANTED.", [{ movant: 'debtor', docEntry: '30' }]],
  ['the motion of the chapter trustee', 'bankr', 'Upon the motion of the Chapter 11 Trustee to approve the sale of estate property (D.E. 88), the motion is GRANTED.', [{ movant: 'trustee', docEntry: '88' }]],
  ["Creditor X's motion for relief from stay", 'bankr', "Creditor First Harbor Bank's Motion for Relief from the Automatic Stay (Doc. 112) is GRANTED.", [{ movant: 'creditor', docEntry: '112' }]],
  ['the debtor in possession moves', 'bankr', 'The Debtor-in-Possession moves for authority to use cash collateral (Docket No. 15). The motion is GRANTED.', [{ movant: 'debtor', docEntry: '15' }]],
  ['the United States Trustee', 'bankr', 'Before the Court is the motion of the United States Trustee to convert the case to Chapter 7 (ECF No. 201). The motion is GRANTED.', [{ movant: 'trustee', docEntry: '201' }]],
  ['a creditor moves for relief from stay', 'bankr', 'Creditor Northgate Leasing Co. moves for relief from the automatic stay (Doc. 45). The motion is GRANTED.', [{ movant: 'creditor', docEntry: '45' }]],
  ['relief from stay sought by a named lender', 'bankr', "Northgate Leasing Co.'s Motion for Relief from the Automatic Stay (Doc. 45) is GRANTED.", [{ movant: 'creditor', docEntry: '45' }]],
  // Court of appeals
  ["Appellee's motion to strike", 'appeal', "Appellee's motion to strike the reply brief is GRANTED.", [{ movant: 'appellee' }]],
  ["Appellant's motion, (Dkt.)", 'appeal', "Appellant's motion for an extension of time to file the opening brief (Dkt. 7) is GRANTED.", [{ movant: 'appellant', docEntry: '7' }]],
  ['upon consideration of appellee\'s motion', 'appeal', "Upon consideration of appellee's motion to dismiss the appeal for lack of jurisdiction, the motion is GRANTED.", [{ movant: 'appellee' }]],
  ['the motion of a plaintiff-appellant by name', 'appeal', 'The motion of Plaintiff-Appellant Brindle Farms LLC to file an oversized brief is GRANTED.', [{ movant: 'appellant' }]],
  ['an appellate party by caption name', 'appeal', "Corvant Shipping's motion to dismiss the appeal is DENIED.", [{ movant: 'appellee' }]],
  // State trial court
  ['opened to the Court by a party on a motion', 'state', 'THIS MATTER having been opened to the Court by Garden State Paving, Inc., by and through its counsel, on a motion for summary judgment, and the Court having considered the papers, IT IS ORDERED that the motion is GRANTED.', [{ movant: 'defendant', proSe: false }]],
  ['a named plaintiff moves', 'state', 'Plaintiff Priya Nandakumar moves for leave to file an amended complaint. The motion is GRANTED.', [{ movant: 'plaintiff' }]],
  // The United States as a civil defendant
  ['the United States moves as a civil defendant', 'ftca', 'The United States moves to dismiss for lack of subject-matter jurisdiction (ECF No. 18). The motion is GRANTED.', [{ movant: 'government', docEntry: '18' }]],
  // A second set, written after the first rules: other wordings of the same facts, and filers the text must not invent.
  ['a possessive with the opponent named after', 'civil', "Presently before the Court is Plaintiff Hester Mallory's Motion for Default Judgment against Defendant Acme Corp. (ECF No. 20). The motion is GRANTED.", [{ movant: 'plaintiff', docEntry: '20' }]],
  ['named defendants move under a rule', 'civil', 'Defendants Tom Smith and Lee Jones move pursuant to Federal Rule of Civil Procedure 12(b)(6) to dismiss the amended complaint. (ECF No. 25.) The motion is GRANTED.', [{ movant: 'defendant', docEntry: '25' }]],
  ['who represents herself', 'civil', 'Ms. Mallory, who represents herself, filed a motion to reopen the case (ECF No. 50). The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '50', proSe: true }]],
  ['a prisoner proceeding without counsel moves', 'prisoner', 'Plaintiff, a state prisoner proceeding without counsel, moves for a preliminary injunction (ECF No. 12). The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '12', proSe: true }]],
  ['a pro se petitioner files a motion to stay', 'habeas', 'Petitioner, a state prisoner proceeding pro se, filed a motion to stay these proceedings (ECF No. 18) so that he may exhaust state remedies. The motion is GRANTED.', [{ movant: 'petitioner', docEntry: '18', proSe: true }]],
  ['through appointed counsel before the subject', 'crim', 'Through appointed counsel, Defendant moves for a sentence reduction under 18 U.S.C. § 3582(c)(2) and Amendment 821 (Doc. 201). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '201', proSe: false }]],
  ['the government has filed a motion in limine [Doc.]', 'crim', "The government has filed a motion in limine to exclude evidence of the victim's prior arrests [Doc. 88]. For the reasons that follow, the motion is GRANTED.", [{ movant: 'government', docEntry: '88' }]],
  ['by and through undersigned counsel, has filed', 'crim', 'Defendant Quimby, by and through undersigned counsel, has filed a Motion to Continue Trial (ECF No. 44). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '44', proSe: false }]],
  ['the government\'s motion to dismiss the § 2255 motion, then the § 2255 motion', 's2255', "The United States moves to dismiss Pike's § 2255 motion as time-barred (ECF No. 7). The motion to dismiss is GRANTED, and the § 2255 motion is DISMISSED.", [{ movant: 'government', docEntry: '7' }, { movant: 'defendant' }]],
  ['a named trustee defined, moves for approval', 'bankr', 'The Chapter 7 Trustee, Ann Lee (the "Trustee"), moves for approval of a settlement with Northgate Leasing Co. under Rule 9019 (Doc. 77). The motion is GRANTED.', [{ movant: 'trustee', docEntry: '77' }]],
  ['the Motion of a lender for relief from stay', 'bankr', 'Before the Court is the Motion of Northgate Leasing Co. for Relief from the Automatic Stay (Doc. 45). The motion is GRANTED.', [{ movant: 'creditor', docEntry: '45' }]],
  ['individual debtors move to avoid a lien', 'bankr', 'Debtors Robert and Linda Farrow move to avoid the judicial lien of Northgate Leasing Co. (ECF No. 19). The motion is GRANTED.', [{ movant: 'debtor', docEntry: '19' }]],
  ['the creditors\' committee files a motion', 'bankr', 'The Official Committee of Unsecured Creditors (the "Committee") filed a motion to convert the case (ECF No. 300). The motion is DENIED.', [{ movant: 'creditor', docEntry: '300' }]],
  ['an appellant has moved', 'appeal', 'Appellant Brindle Farms LLC has moved to supplement the record on appeal. The motion is DENIED.', [{ movant: 'appellant' }]],
  ['an appellee moves, the appellant is silent', 'appeal', 'Appellee Corvant Shipping Co. moves to dismiss this appeal as untimely. Appellant has not responded. The motion is GRANTED.', [{ movant: 'appellee' }]],
  ['the motion of appellee, lower case', 'appeal', "The motion of appellee to strike portions of appellant's reply brief is DENIED.", [{ movant: 'appellee' }]],
  ['a defined short name in a state court', 'state', 'Defendant Garden State Paving, Inc. ("GSP") moves to compel arbitration. Plaintiff opposes. GSP\'s motion is GRANTED.', [{ movant: 'defendant' }]],
  ['the State prosecutes', 'ohioCrim', "The State's motion to continue the trial is GRANTED.", [{ movant: 'government' }]],
  ['the Commonwealth moves in limine', 'paCrim', 'The Commonwealth moves in limine to admit evidence of prior bad acts. The motion is GRANTED.', [{ movant: 'government' }]],
  ['the State as a civil defendant', 'stateDefendant', "The State's motion to dismiss for lack of jurisdiction is GRANTED.", [{ movant: 'defendant' }]],
  ['a side defined together after "filed by"', 'civil', 'Now before the Court is the Motion for Summary Judgment filed by the County of Braxton and Tom Smith (together, the "County Defendants") (ECF No. 71). The motion is GRANTED.', [{ movant: 'defendant', docEntry: '71' }]],
  [
    'two pending motions, then each side decided',
    'civil',
    "Plaintiff's Motion to Amend (ECF No. 30) and Defendants' Motion to Dismiss (ECF No. 22) are both pending. Plaintiff's motion is GRANTED. Defendants' motion is DENIED as moot.",
    [{ movant: 'plaintiff', docEntry: '30' }, { movant: 'defendant', docEntry: '22' }],
  ],
  ['by motion with a date and an entry, the subject seeks leave', 'civil', 'By motion filed on June 2, 2023 (ECF No. 40), Defendant Acme Corp. seeks leave to file a counterclaim. The motion is GRANTED.', [{ movant: 'defendant', docEntry: '40' }]],
  ['a title naming the motion, the filer in the body', 'bankr', 'The matter before the Court is a Motion filed by Marlow Timber, LLC (Debtor) to extend the time to assume or reject leases. The motion is GRANTED.', [{ movant: 'debtor' }]],
  ['a suppression motion the government opposes is the defendant\'s', 'crim', 'The Government opposes the motion to suppress (Doc. 40). The motion is DENIED.', [{ movant: 'defendant', docEntry: '40' }]],
  ['a motion for a new trial in a criminal case', 'crim', 'The motion for a new trial under Rule 33 (ECF No. 160) is DENIED.', [{ movant: 'defendant', docEntry: '160' }]],
  // Filers the text does not name stay unknown; the opponent is never the movant.
  ['a non-party intervenor is no caption side', 'civil', 'Before the Court is a motion to intervene filed by Northgate Leasing Co. (ECF No. 30). The motion is DENIED.', [{ movant: null, docEntry: '30' }]],
  ['the opponent named first', 'civil', "Defendant Acme Corp. opposes Plaintiff's motion to compel (ECF No. 33). The motion is GRANTED.", [{ movant: 'plaintiff', docEntry: '33' }]],
  ['in response to the motion, the other side', 'civil', "In response to Defendants' motion to dismiss (ECF No. 9), Plaintiff filed an amended complaint. The motion is DENIED as moot.", [{ movant: 'defendant', docEntry: '9' }]],
  ['only the response is attributed', 'civil', 'Plaintiff responded in opposition to the motion to dismiss (Doc. 15). The motion is GRANTED.', [{ movant: null }]],
  ['the opponent opposes a motion of no one-sided kind', 'crim', 'The Government opposes the motion to continue (Doc. 41). The motion is GRANTED.', [{ movant: null, docEntry: '41' }]],
  // A third set: the filer in a title's words, a scanned possessive, an order that says what it addresses, one relief in two words.
  ['a title names the application and its filer', 'bankrUntitled', 'MEMORANDUM OF DECISION ON APPLICATION OF THE DEBTOR TO EMPLOY HARTWELL & PIKE LLP AS SPECIAL COUNSEL\n\nThe United States Trustee objected to the employment. The application to retain Hartwell & Pike LLP is denied without prejudice.', [{ movant: 'debtor' }]],
  ['a title names a trustee\'s application', 'bankrUntitled', 'ORDER ON APPLICATION OF CHAPTER 7 TRUSTEE TO RETAIN AN AUCTIONEER\n\nNo objection was filed. The application to employ Baxter Auctions LLC is GRANTED.', [{ movant: 'trustee' }]],
  ['a title names a party\'s request', 'civilUntitled', 'ORDER ON REQUEST OF PLAINTIFF FOR ORAL ARGUMENT\n\nThe Court finds that oral argument would not assist it. The request for oral argument is DENIED.', [{ movant: 'plaintiff' }]],
  ['a scanned possessive with a space, pro se', 'prisoner', 'This matter is before the Court on plaintiff’ s pro se motion for leave to amend (ECF No. 22). The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '22', proSe: true }]],
  ['a scanned possessive with a space, capitalized', 'civil', 'Defendant’ s motion to compel (Doc. 19) is GRANTED.', [{ movant: 'defendant', docEntry: '19' }]],
  ['a scanned possessive with a space, the Government', 'crim', "The Government' s motion for a protective order (Doc. 30) is GRANTED.", [{ movant: 'government', docEntry: '30' }]],
  ['the opinion is with respect to a motion', 'civil', "This opinion is with respect to the defendants' motion for a more definite statement. (Doc. # 18.) For the reasons below, I will deny the motion.", [{ movant: 'defendant', docEntry: '18' }]],
  ['the memorandum addresses a motion', 'civil', "This Memorandum addresses Plaintiff's motion to remand (ECF No. 9). The motion is GRANTED.", [{ movant: 'plaintiff', docEntry: '9' }]],
  ['the order resolves a motion', 'bankr', "This Order resolves the Debtor's motion to sell substantially all of its assets (Doc. 140). The motion is GRANTED.", [{ movant: 'debtor', docEntry: '140' }]],
  ['to continue, then to postpone: one relief', 'civil', 'Plaintiff moves to continue the pretrial conference (ECF No. 55). The motion to postpone the conference is GRANTED.', [{ movant: 'plaintiff', docEntry: '55' }]],
  ['a § 2255 petitioner in his criminal case is the defendant', 'crim', 'Petitioner, through appointed counsel, has filed a motion under 28 U.S.C. § 2255 to vacate his sentence (Doc. 310). The motion is DENIED.', [{ movant: 'defendant', docEntry: '310', proSe: false }]],
  ["a petitioner's § 2255 motion in a criminal case", 'crim', "Petitioner's Motion to Vacate, Set Aside, or Correct Sentence under 28 U.S.C. § 2255 (ECF No. 95) is DENIED.", [{ movant: 'defendant', docEntry: '95' }]],
  ['a § 2254 petitioner stays the petitioner', 'habeas', "Petitioner's motion for an evidentiary hearing (Doc. 21) is DENIED.", [{ movant: 'petitioner', docEntry: '21' }]],
  // A fourth set: older reporter-style opinions and state practice.
  ['moves under a rule set off by commas', 'civil', 'LASKER, District Judge.\n\nDefendant Acme Corp. moves, pursuant to Rule 12(b)(6), Fed.R.Civ.P., to dismiss the complaint for failure to state a claim. The motion is granted.', [{ movant: 'defendant' }]],
  ['moves for an order dismissing (New York practice)', 'nySupreme', 'Defendant Garden State Paving, Inc. moves for an order pursuant to CPLR 3211(a)(7) dismissing the complaint. The motion is granted.', [{ movant: 'defendant' }]],
  ['the motion by a party (New York practice)', 'nySupreme', 'Upon the foregoing papers, the motion by defendant Garden State Paving, Inc. for summary judgment dismissing the complaint is granted.', [{ movant: 'defendant' }]],
  ['the motion of the defendant, named in commas', 'civil', 'The matter is before the court on the motion of the defendant, Acme Corp., for summary judgment. The motion is granted.', [{ movant: 'defendant' }]],
  ['the entry before "filed by"', 'civil', 'Pending before the Court is a Motion to Dismiss (ECF No. 8) filed by Defendant Acme Corp. The motion is GRANTED.', [{ movant: 'defendant', docEntry: '8' }]],
  ['an other-kind motion with its entry before "filed by"', 'civil', 'Pending before the Court is a Motion to Transfer Venue (ECF No. 14) filed by the County of Braxton. The motion is DENIED.', [{ movant: 'defendant', docEntry: '14' }]],
  ['a side that has moved this Court for an order', 'civil', 'Defendant Acme Corp. has moved this Court for an order compelling arbitration. (Doc. 16.) The motion is GRANTED.', [{ movant: 'defendant', docEntry: '16' }]],
  ['came on to be heard (Texas practice)', 'civil', "On this day came on to be heard Defendant Acme Corp.'s Motion for Summary Judgment. After considering the motion, the Court GRANTS the motion.", [{ movant: 'defendant' }]],
  ['heard on a motion', 'civil', "HEARD on plaintiff's motion for a preliminary injunction. The motion is DENIED.", [{ movant: 'plaintiff' }]],
  ['an application for fees named with its possessive', 'civil', "Plaintiff's application for attorney's fees is GRANTED in the amount of $12,500.", [{ movant: 'plaintiff' }]],
  ['a § 2255 petitioner under a civil number beside his criminal one', 's2255Petitioner', 'Petitioner has filed a motion under 28 U.S.C. § 2255 to vacate, set aside, or correct his sentence. The motion is DENIED.', [{ movant: 'defendant' }]],
];
