/**
 * Invented orders (fictional parties and numbers) for session 6's filer words and kind names: "the defense" / "the
 * prosecution", the older "Came the Defendant ... and moved", an appositive that names the role, chained appositives,
 * a date between the possessive and the motion, accented names, "has now filed", a caption block listing several
 * parties, requests made in other words ("requests that the Court", "asks for", "petitions the Court for"), and a second
 * relief with its own docket entry. Each case lists every motion the order decides with the fields it asserts.
 */
import { CAPTIONS as BASE } from './movant-context-cases.js';

export const CAPTIONS = {
  ...BASE,
  multiDefendant: `UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nOSWIN FARTHINGALE,\nPlaintiff,\n\nv.\n\nTOWN OF BRISTLECONE; DEPUTY CALLUM ROARKE; and NURSE ADELINE FOSK,\nDefendants.\n\nCase No. 1:23-cv-00418\n\nORDER\n\n`,
  accented: `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF TEXAS\n\nMARISOL IBÁÑEZ,\nPlaintiff,\nv.\nCOPPERLINE HAULING CO.,\nDefendant.\n\nCase No. 5:24-cv-00771\n\nORDER\n\n`,
  accentedCrim: `UNITED STATES DISTRICT COURT\nDISTRICT OF NEW MEXICO\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nJOAQUÍN ESTÉVEZ,\nDefendant.\n\nCase No. 1:17-cr-02290\n\nORDER\n\n`,
  kentucky: `COMMONWEALTH OF KENTUCKY\nFAYETTE CIRCUIT COURT\nDIVISION FOUR\nCASE NO. 21-CR-00877\n\nCOMMONWEALTH OF KENTUCKY,\nPlaintiff,\nv.\nDALTON RUSK,\nDefendant.\n\nORDER\n\n`,
  immigration: `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n\nTOMAS VELIKOV,\nPetitioner,\nv.\nFIELD OFFICE DIRECTOR, SEATTLE FIELD OFFICE, IMMIGRATION AND CUSTOMS ENFORCEMENT, et al.,\nRespondents.\n\nCase No. 2:25-cv-00412\n\nORDER\n\n`,
  section2255: `UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nWARREN TOLLIVER,\nPetitioner,\nv.\nUNITED STATES OF AMERICA,\nRespondent.\n\nCase No. 6:24-cv-01120\n\nMEMORANDUM AND ORDER\n\n`,
  noCaption: `Opinion\nCase No. 2:19-cr-20433\n03-14-2024\nOPINION AND ORDER\n`,
  noCaptionCivil: `Opinion\nCase No. 1:22-cv-00981\n05-02-2023\nORDER\n`,
  appealState: `IN THE COURT OF APPEALS OF TEXAS\nFIRST DISTRICT\n\nNo. 01-23-00412-CV\n\nMARGARET OSTRANDER, Appellant\nv.\nQUILLFEATHER HOMES, LLC, Appellee\n\nORDER\n\n`,
  ch7: `UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF TEXAS\n\nIn re:\nPELLWORTH DESIGNS, LLC,\nDebtor.\n\nChapter 7\nCase No. 23-31877\n\nORDER\n\n`,
};
export type Caption = keyof typeof CAPTIONS;

export interface Want {
  movant: string | null;
  kind?: string;
  disposition?: string | null;
  docEntry?: string | null;
  proSe?: boolean | null;
}

export const cases: Array<[string, Caption, string, Want[]]> = [
  // "the defense" is the defendant's side, "the prosecution" the government's
  ['defense and prosecution move', 'crim', 'The defense moves to exclude the recorded jail calls. Dkt. No. 80. The prosecution moves to admit the same calls as party admissions. Dkt. No. 84. The defense motion (Dkt. No. 80) is DENIED. The prosecution\'s motion (Dkt. No. 84) is GRANTED.', [{ movant: 'defendant', docEntry: '80', disposition: 'denied' }, { movant: 'government', docEntry: '84', disposition: 'granted' }]],
  ['the defense\'s motion to continue', 'ohioCrim', "The defense's motion to continue the trial date (filed May 2) is GRANTED, and trial is reset to July 14.", [{ movant: 'defendant', disposition: 'granted' }]],
  ['defense counsel moved ore tenus', 'crim', 'At the status conference, defense counsel moved ore tenus for a continuance of the sentencing hearing. The Government did not object. The motion is GRANTED.', [{ movant: 'defendant', disposition: 'granted' }]],
  ['the prosecution has filed', 'paCrim', 'The prosecution has filed a motion to amend the information (filed June 3). The motion is GRANTED.', [{ movant: 'government', disposition: 'granted' }]],
  // The older opening: the party after the verb of coming
  ['Came the Defendant, by counsel, and moved', 'kentucky', 'Came the Defendant, by counsel, and moved the Court to modify the conditions of his pretrial release. [Doc. 44.] The Commonwealth objected. Being sufficiently advised, the motion is GRANTED.', [{ movant: 'defendant', docEntry: '44', disposition: 'granted' }]],
  ['Comes now the Plaintiff and moves', 'floridaState', 'Comes now the Plaintiff and moves the Court for leave to amend her complaint. Having reviewed the file, the motion is GRANTED.', [{ movant: 'plaintiff', disposition: 'granted' }]],
  ['came the Commonwealth, by its attorney, and moved', 'kentucky', 'This matter came before the Court on May 9. Came the Commonwealth, by its attorney, and moved to continue the trial. The motion is SUSTAINED.', [{ movant: 'government', disposition: 'granted' }]],
  // An appositive that names the role
  ['name, the chapter 7 trustee, moves', 'ch7', 'Wendeline Marchbanks-Oyelaran, the chapter 7 trustee, moves to approve a settlement with the Debtor\'s former landlord. (Docket No. 88.) No objection was filed. The motion is GRANTED.', [{ movant: 'trustee', docEntry: '88', disposition: 'granted' }]],
  ['company, the remaining defendant, moves', 'civil', 'Ostrander Ironworks, Inc., the remaining defendant, moves for leave to file a third-party complaint. (ECF No. 61.) The motion is GRANTED.', [{ movant: 'defendant', docEntry: '61', disposition: 'granted' }]],
  ['name, the interim trustee, has moved', 'ch7', 'Porter Quillane, the interim trustee, has moved to employ an auctioneer. (Docket No. 40.) The motion is GRANTED.', [{ movant: 'trustee', docEntry: '40', disposition: 'granted' }]],
  // Chained appositives between the subject and its verb
  ['United States, by its attorney, the U.S. Attorney for the district, moves', 'crim', 'The United States of America, by its attorney, the United States Attorney for the Eastern District of Missouri, moves for leave to dismiss Count Two of the Indictment without prejudice. [Doc. 55]. The motion is GRANTED.', [{ movant: 'government', docEntry: '55', disposition: 'granted' }]],
  ['Plaintiff, a former employee, through counsel, moves', 'civilUntitled', 'ORDER\n\nPlaintiff, a former warehouse employee of Acme, through her retained counsel, moves for leave to file a surreply. (ECF No. 49.) The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '49', disposition: 'denied' }]],
  ['Defendant, an inmate, proceeding pro se, asks for', 'crim', 'Defendant, an inmate at FCI Aliceville, proceeding without counsel, moves for the return of his seized property. (Doc. 201.) The motion is DENIED.', [{ movant: 'defendant', docEntry: '201', disposition: 'denied' }]],
  // A date between the possessive and the motion
  ['Defendant\'s September 3, 2025 Motion', 'civilUntitled', "ORDER\n\nDefendant's September 3, 2025 Motion to Dismiss is GRANTED.", [{ movant: 'defendant', kind: 'dismiss', disposition: 'granted' }]],
  ['Plaintiff\'s 3/14/2024 motion', 'civil', "Plaintiff's 3/14/2024 motion to compel (ECF No. 52) is DENIED.", [{ movant: 'plaintiff', docEntry: '52', disposition: 'denied' }]],
  ['the Government\'s Jan. 9, 2023 motion', 'crim', "The Government's Jan. 9, 2023 motion in limine (Doc. 77) is GRANTED.", [{ movant: 'government', kind: 'in_limine', docEntry: '77', disposition: 'granted' }]],
  // Accented names
  ['accented plaintiff moves', 'accented', 'Plaintiff Marisol Ibáñez moves to remand. (Dkt. 7.) The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '7', disposition: 'granted' }]],
  ['accented possessive', 'accented', "Ibáñez's motion to remand (Dkt. 7) is GRANTED.", [{ movant: 'plaintiff', docEntry: '7', disposition: 'granted' }]],
  ['Mr. Estévez moves', 'accentedCrim', 'Mr. Estévez moves for compassionate release. (Doc. 88.) He has not exhausted his administrative remedies. The motion is DENIED without prejudice.', [{ movant: 'defendant', kind: 'compassionate_release', docEntry: '88', disposition: 'denied_without_prejudice' }]],
  // "has now filed", "thereafter filed"
  ['has now filed a renewed motion', 'crim', 'Defendant has now filed a renewed motion [Doc. 47] raising the same arguments. The renewed motion [Doc. 47] is DENIED.', [{ movant: 'defendant', docEntry: '47', disposition: 'denied' }]],
  ['Plaintiff has now filed a Motion for Reconsideration', 'prisoner', 'Plaintiff has now filed a Motion for Reconsideration (Doc. 40). The motion is DENIED.', [{ movant: 'plaintiff', kind: 'reconsideration', docEntry: '40', disposition: 'denied' }]],
  ['Petitioner thereafter filed', 'habeas', 'Petitioner thereafter filed a motion to expand the record (ECF No. 30). The motion is GRANTED.', [{ movant: 'petitioner', docEntry: '30', disposition: 'granted' }]],
  // A caption block that lists several parties
  ['a named defendant of a listed caption', 'multiDefendant', "Nurse Fosk moves for summary judgment. (ECF 40.) The records show she saw Plaintiff within the hour. Nurse Fosk's motion for summary judgment (ECF 40) is GRANTED.", [{ movant: 'defendant', kind: 'summary_judgment', docEntry: '40', disposition: 'granted' }]],
  ['two named defendants, two motions', 'multiDefendant', "The Town of Bristlecone moves to dismiss the Monell claim (ECF 21), and Deputy Roarke moves for judgment on the pleadings (ECF 24). The Town's motion (ECF 21) is GRANTED. Deputy Roarke's motion (ECF 24) is DENIED.", [{ movant: 'defendant', kind: 'dismiss', docEntry: '21', disposition: 'granted' }, { movant: 'defendant', docEntry: '24', disposition: 'denied' }]],
  ['a listed defendant by surname alone', 'multiDefendant', 'Roarke filed a motion to stay discovery (ECF 33). Roarke\'s motion is GRANTED.', [{ movant: 'defendant', kind: 'stay', docEntry: '33', disposition: 'granted' }]],
  // Requests in other words, with the filing's entry
  ['requests that the Court extend', 'prisoner', 'Plaintiff requests that the Court extend the deadline to respond to the motion to dismiss by thirty days. (Doc. No. 51.) The request is GRANTED.', [{ movant: 'plaintiff', kind: 'extension_of_time', docEntry: '51', disposition: 'granted' }]],
  ['asks for a hearing', 'crim', 'Defendant asks for an evidentiary hearing on his claim of ineffective assistance. [#140]. The record conclusively refutes the claim. The motion [#140] is DENIED.', [{ movant: 'defendant', docEntry: '140', disposition: 'denied' }]],
  ['petitions the Court for early termination', 'crim', 'Defendant petitions the Court for early termination of his probation. ECF 52. The Probation Office supports the request. The petition is GRANTED.', [{ movant: 'defendant', docEntry: '52', disposition: 'granted' }]],
  ['asks the Court to deny: no filing', 'civil', "Defendant's motion to strike (ECF No. 60) is before the Court. Plaintiff asks the Court to deny the motion. (ECF No. 63.) The motion to strike is GRANTED.", [{ movant: 'defendant', docEntry: '60', disposition: 'granted' }]],
  // A second relief with its own entry
  ['moved to dismiss (12) and to stay (15)', 'civil', 'Defendant Acme moved to dismiss (ECF No. 12) and to stay discovery (ECF No. 15). Plaintiff moved for leave to file a surreply (ECF No. 18). ECF Nos. 12 and 15 are GRANTED, and ECF No. 18 is DENIED.', [{ movant: 'defendant', kind: 'dismiss', docEntry: '12', disposition: 'granted' }, { movant: 'defendant', kind: 'stay', docEntry: '15', disposition: 'granted' }, { movant: 'plaintiff', docEntry: '18', disposition: 'denied' }]],
  ['moves to compel [40] and for sanctions [41]', 'civil', 'Plaintiff moves to compel discovery responses [40] and for sanctions [41]. The motion to compel is GRANTED. The motion for sanctions is DENIED.', [{ movant: 'plaintiff', docEntry: '40', disposition: 'granted' }, { movant: 'plaintiff', docEntry: '41', disposition: 'denied' }]],
  ['moves to seal (Doc. 9) and for an extension (Doc. 10)', 'crim', 'The Government moves to seal its sentencing memorandum (Doc. 9) and for an extension of time to file its exhibits (Doc. 10). Both motions are GRANTED.', [{ movant: 'government', docEntry: '9', disposition: 'granted' }, { movant: 'government', kind: 'extension_of_time', docEntry: '10', disposition: 'granted' }]],
  // The filer after a defined name and an entry
  ['Upon the motion (the "Motion") [ECF] of a named trustee', 'ch7', 'Upon the motion (the "Motion") [ECF No. 233] of Wendeline Marchbanks, the chapter 7 trustee (the "Trustee"), for entry of an order approving a settlement; and no objections having been filed; it is hereby ORDERED, that the Motion is approved.', [{ movant: 'trustee', docEntry: '233', disposition: 'granted' }]],
  ['motion [D.I.] of the above-captioned debtors', 'bankr', 'Upon the motion [D.I. 502] of the above-captioned debtors for an order authorizing the rejection of certain leases, IT IS HEREBY ORDERED that the motion is GRANTED.', [{ movant: 'debtor', docEntry: '502', disposition: 'granted' }]],
  ['application (Doc.) filed by the standing trustee', 'ch7', 'The application (Doc. 61) filed by the standing trustee to employ an auctioneer is GRANTED.', [{ movant: 'trustee', docEntry: '61', disposition: 'granted' }]],
  // One filer verb, two filings, a time phrase between
  ['filed a motion [DE] and, one month later, a new motion', 'crim', 'Defendant thereafter filed a motion for reconsideration [DE 224] and, one month later, a new motion for compassionate release [DE 229]. The motion for reconsideration is DENIED. The motion for compassionate release [DE 229] is likewise DENIED.', [{ movant: 'defendant', kind: 'reconsideration', docEntry: '224', disposition: 'denied' }, { movant: 'defendant', kind: 'compassionate_release', docEntry: '229', disposition: 'denied' }]],
  ['filed a motion and then a supplemental motion', 'habeas', 'Petitioner filed a motion to expand the record (ECF No. 30) and then a supplemental motion for discovery (ECF No. 34). The motion to expand the record is GRANTED. The motion for discovery is DENIED.', [{ movant: 'petitioner', docEntry: '30', disposition: 'granted' }, { movant: 'petitioner', docEntry: '34', disposition: 'denied' }]],
  ['submitted a letter and, later, a motion', 'prisoner', 'Plaintiff submitted a motion to compel (Doc. 40) and, two weeks later, another motion for sanctions (Doc. 44). The motion to compel is DENIED. The motion for sanctions is DENIED.', [{ movant: 'plaintiff', docEntry: '40', disposition: 'denied' }, { movant: 'plaintiff', docEntry: '44', disposition: 'denied' }]],
  // Several named subjects, each with an entry; respective motions
  ['Defendants X [Doc.] and Y [Doc.] have each moved', 'civil', 'Defendants Kestrel Logistics, Inc. [Doc. 14] and Ostrander Trucking, LLC [Doc. 16] have each moved to dismiss for lack of personal jurisdiction. Defendants\' respective motions to dismiss [Docs. 14, 16] are GRANTED.', [{ movant: 'defendant', kind: 'dismiss', docEntry: '14', disposition: 'granted' }, { movant: 'defendant', kind: 'dismiss', docEntry: '16', disposition: 'granted' }]],
  ['Defendants\' separate motions', 'civil', "Defendants' separate motions for summary judgment (ECF Nos. 40, 42) are DENIED.", [{ movant: 'defendant', kind: 'summary_judgment', docEntry: '40', disposition: 'denied' }, { movant: 'defendant', kind: 'summary_judgment', docEntry: '42', disposition: 'denied' }]],
  ['the Plaintiffs\' individual motions', 'civil', "The Plaintiffs' individual motions to compel (Dkt. Nos. 51, 53) are GRANTED.", [{ movant: 'plaintiff', docEntry: '51', disposition: 'granted' }, { movant: 'plaintiff', docEntry: '53', disposition: 'granted' }]],
  // The debtor's lender described, then named
  ['the Debtor\'s secured lender, X ("X"), moved', 'bankr', 'On July 1, 2025, the Debtor\'s secured lender, Brandywine Capital Partners, LLC ("Brandywine"), moved to dismiss the case (D.I. 201). The motion to dismiss is DENIED.', [{ movant: 'creditor', kind: 'dismiss', docEntry: '201', disposition: 'denied' }]],
  ['the Debtors\' largest creditor, X, has moved', 'bankr', 'The Debtors\' largest creditor, Quarry Point Bank, has moved to convert the case to chapter 7 (D.I. 77). The motion is DENIED.', [{ movant: 'creditor', docEntry: '77', disposition: 'denied' }]],
  ['the Debtor\'s landlord moves', 'bankr', 'The Debtor\'s landlord, Fenwick Plaza LLC, moves to compel payment of post-petition rent (D.I. 310). The motion is GRANTED.', [{ movant: 'creditor', docEntry: '310', disposition: 'granted' }]],
  // "seeks to" with the filing's entry
  ['seeks to compel ... ECF No.', 'civil', 'Plaintiff seeks to compel Defendant Acme to produce the personnel files of three supervisors. ECF No. 48. Acme responds that the files are private. The Court GRANTS Plaintiff\'s motion.', [{ movant: 'plaintiff', docEntry: '48', disposition: 'granted' }]],
  ['Petitioner seeks to expand the record (ECF)', 'habeas', 'Petitioner seeks to expand the record with two affidavits (ECF No. 22). The motion is DENIED.', [{ movant: 'petitioner', docEntry: '22', disposition: 'denied' }]],
  ['the Government seeks to continue ... Doc.', 'crim', 'The Government seeks to continue the sentencing hearing by thirty days. (Doc. 90.) The request is GRANTED.', [{ movant: 'government', docEntry: '90', disposition: 'granted' }]],
  ['a complaint that seeks to recover is no motion', 'civil', 'Plaintiff seeks to recover unpaid wages under the FLSA. (ECF No. 1.) Defendant Acme\'s motion to dismiss (ECF No. 9) is DENIED.', [{ movant: 'defendant', kind: 'dismiss', docEntry: '9', disposition: 'denied' }]],
  // The government and the respondent in habeas captions
  ['immigration habeas: the Government moves', 'immigration', 'Petitioner seeks a bond hearing under 28 U.S.C. § 2241. The Government moves to dismiss. Dkt. 9. The motion to dismiss (Dkt. 9) is DENIED.', [{ movant: 'respondent', kind: 'dismiss', docEntry: '9', disposition: 'denied' }]],
  ['§ 2255 caption: the United States as Respondent moves', 'section2255', 'Respondent moves to dismiss the motion under 28 U.S.C. § 2255 as untimely. (Doc. 6.) Respondent\'s motion to dismiss (Doc. 6) is GRANTED.', [{ movant: 'government', kind: 'dismiss', docEntry: '6', disposition: 'granted' }]],
  ['compassionate release on behalf of the BOP Director', 'crim', 'Before the Court is a Motion for Reduction in Sentence under 18 U.S.C. § 3582(c)(1)(A) filed by the United States on behalf of the Director of the Bureau of Prisons. (Doc. 140.) Defendant has a terminal illness. The motion is GRANTED.', [{ movant: 'bop_director', kind: 'compassionate_release', docEntry: '140', disposition: 'granted' }]],
  // An adverb between the subject and its verb; a prisoner's "release" at the verb; counsel named after the relief
  ['Defendant initially moved for his release through counsel', 'crim', 'Defendant initially moved for his release under 18 U.S.C. § 3582(c)(1)(A) through counsel. (ECF No. 581.) He has not exhausted. The motion (ECF No. 581) is DENIED without prejudice.', [{ movant: 'defendant', kind: 'compassionate_release', docEntry: '581', proSe: false, disposition: 'denied_without_prejudice' }]],
  ['Plaintiff timely moves', 'civil', 'Plaintiff timely moves for leave to file a second amended complaint (ECF No. 44). The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '44', disposition: 'granted' }]],
  ['the Government subsequently moved', 'crim', 'The Government subsequently moved for a preliminary order of forfeiture (Doc. 120). The motion is GRANTED.', [{ movant: 'government', docEntry: '120', disposition: 'granted' }]],
  ['moved for her release, pro se, in a compassionate-release order', 'crim', 'Defendant moved for her release, pro se, citing her asthma and the pandemic. (Doc. 212.) Section 3582(c)(1)(A) requires extraordinary and compelling reasons. The motion is DENIED.', [{ movant: 'defendant', kind: 'compassionate_release', docEntry: '212', proSe: true, disposition: 'denied' }]],
  // A motion to strike or withdraw another filing that shares its entry is a filing of its own
  ['moves to strike the counseled motion, same entry as the pro se motion', 'crim', 'Defendant filed a pro se motion for compassionate release. (ECF No. 585.) In the same filing, Defendant moves to strike the counseled motion his former attorney filed. (ECF No. 585.) The motion to strike is GRANTED. The motion for compassionate release is DENIED.', [{ movant: 'defendant', kind: 'compassionate_release', docEntry: '585', disposition: 'denied' }, { movant: 'defendant', kind: 'other', disposition: 'granted' }]],
  ['moves to withdraw the § 2255 motion in one document with a motion for counsel', 'crim', "Defendant's motion to appoint counsel (Doc. 90) is DENIED. In the same document Defendant moves to withdraw his earlier motion under § 2255. (Doc. 90.) The motion to withdraw is GRANTED.", [{ movant: 'defendant', kind: 'other', disposition: 'granted' }, { movant: 'defendant', kind: 'appoint_counsel', docEntry: '90', disposition: 'denied' }]],
  ['moves to supplement, same entry as the motion to dismiss', 'civil', "Defendant Acme's motion to dismiss (ECF No. 30) is DENIED. Acme also moves to supplement the record with a declaration (ECF No. 30). The motion to supplement is GRANTED.", [{ movant: 'defendant', kind: 'other', disposition: 'granted' }, { movant: 'defendant', kind: 'dismiss', docEntry: '30', disposition: 'denied' }]],
  // A party the text introduces by role and name, when no caption names it
  ['surname subject after "Defendant First Last"', 'noCaption', 'Defendant Kejon Wardlow is serving a 94-month sentence. Wardlow moves for a two-point reduction under Amendment 821. (ECF No. 367.) He is ineligible. The motion is DENIED.', [{ movant: 'defendant', kind: 'sentence_reduction_3582c2', docEntry: '367', disposition: 'denied' }]],
  ['"Mr. Surname has filed" after the introduction', 'noCaption', 'Defendant Rodney Gainsford is one of thirteen defendants charged in this conspiracy. Mr. Gainsford has filed a motion to dismiss the charges against him. ECF 343. The motion is DENIED.', [{ movant: 'defendant', kind: 'dismiss', docEntry: '343', disposition: 'denied' }]],
  ['"Mr. Surname\'s Motion" after the introduction', 'noCaption', "Defendant Ted Johnstone was indicted in 2017. Before the Court is Mr. Johnstone's Motion for Presentence Release (Doc. 98). The motion is DENIED.", [{ movant: 'defendant', docEntry: '98', disposition: 'denied' }]],
  ['a plaintiff introduced by name in a civil page', 'noCaptionCivil', "Plaintiff Lorna Beckwith sues her former employer. Beckwith's motion to compel (ECF No. 40) is GRANTED.", [{ movant: 'plaintiff', docEntry: '40', disposition: 'granted' }]],
  // A side the order says proceeds pro se
  ['Plaintiff, proceeding pro se, filed this action', 'prisoner', 'Plaintiff Terrell Okafor, proceeding pro se, filed this civil rights action. Plaintiff moves to proceed in forma pauperis. (ECF No. 2.) The motion is GRANTED.', [{ movant: 'plaintiff', docEntry: '2', proSe: true, disposition: 'granted' }]],
  ['Petitioner, a state prisoner proceeding pro se', 'habeas', 'Petitioner, a state prisoner proceeding pro se, has filed a motion for a certificate of appealability (ECF No. 40). The motion is DENIED.', [{ movant: 'petitioner', docEntry: '40', proSe: true, disposition: 'denied' }]],
  ['Plaintiff is proceeding in this action pro se', 'civilUntitled', 'ORDER\n\nPlaintiff is proceeding in this action pro se. Plaintiff\'s motion for leave to amend (ECF No. 12) is GRANTED.', [{ movant: 'plaintiff', docEntry: '12', proSe: true, disposition: 'granted' }]],
  ['filed by the attorney previously appointed: counseled', 'crim', 'The motion for compassionate release (Doc. 71) was filed by the attorney previously appointed to represent Defendant. The motion is DENIED.', [{ movant: 'defendant', kind: 'compassionate_release', docEntry: '71', proSe: false, disposition: 'denied' }]],
  // A quoted motion title after the filer verb; "filed on behalf of ... (collectively, ...)"
  ['Appellant, name, filed an "Unopposed Motion"', 'appealState', 'Appellant, Margaret Ostrander, filed an "Unopposed Motion to Dismiss Appeal." The Court GRANTS appellant\'s motion and dismisses the appeal.', [{ movant: 'appellant', kind: 'dismiss', disposition: 'granted' }]],
  ['Plaintiff filed a "Emergency Motion"', 'civil', 'Plaintiff filed a "Emergency Motion for Temporary Restraining Order" (ECF No. 5). The motion is DENIED.', [{ movant: 'plaintiff', docEntry: '5', disposition: 'denied' }]],
  ['filed on behalf of the Authority (collectively, "Defendants")', 'civil', 'Before the Court is the Motion for Summary Judgment (ECF No. 45) filed on behalf of the Braxton Water Authority, its Board, and its Director (collectively, “Defendants”). The motion is GRANTED.', [{ movant: 'defendant', kind: 'summary_judgment', docEntry: '45', disposition: 'granted' }]],
  // "having moved for"; "moved for a stay"
  ['Appellant having moved for a stay', 'appealState', 'Appellant having moved for a stay of the judgment or, in the alternative, for leave to supersede it, it is ORDERED that the motion is DENIED.', [{ movant: 'appellant', kind: 'stay', disposition: 'denied' }]],
  ['Defendant moved for a stay of discovery', 'civil', 'Defendant Acme moved for a stay of discovery pending its motion to dismiss (ECF No. 20). The motion for a stay is GRANTED.', [{ movant: 'defendant', kind: 'stay', docEntry: '20', disposition: 'granted' }]],
  ['Petitioner moves for counsel', 'habeas', 'Petitioner moves for counsel to assist him at the evidentiary hearing. (ECF No. 31.) The motion is GRANTED.', [{ movant: 'petitioner', kind: 'appoint_counsel', docEntry: '31', disposition: 'granted' }]],
  // A construed letter's sender two sentences back
  ['letter sender two sentences back', 'appealState', 'Appellee has filed a letter with the Clerk. The letter states that the parties have settled. We construe the letter as a motion to dismiss the appeal and GRANT the motion.', [{ movant: 'appellee', kind: 'dismiss', disposition: 'granted' }]],
];
