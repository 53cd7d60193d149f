/**
 * Motions read in session 16 (fictional parties and wordings): objections to a magistrate judge's order that the court
 * affirms without a word on the objections; a docket text's own ruling under a site's head or after a longer title.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

const civil = (body: string) =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nWILLA ODEGAARD, Petitioner,\nv.\nHESTON GRAIN CO., Respondent.\n\nCase No. 6:19-cv-01288\n\nORDER\n\n${body}\n\nIT IS SO ORDERED.\nDated: May 4, 2020\n/s/ Tomas Ruel\nUnited States District Judge\n`;

const crim = (body: string) =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nUNITED STATES OF AMERICA\nv.\nDESMOND ARKWELL\n\nCase No. 3:17-cr-00261\n\nOPINION AND ORDER\n\n${body}\n\nIT IS SO ORDERED.\nDated: March 9, 2021\n/s/ Tomas Ruel\nUnited States District Judge\n`;

// A case-law site's copy of a docket entry: the case name, the entry's number, the docket text, the order's caption.
const docketText = (text: string, body: string) =>
  `Odegaard v. Heston Grain Co.\n\nFiling 41\n\n${text} Signed by Judge Tomas Ruel on 5/4/2020. (jw)\n\nUNITED STATES DISTRICT COURT DISTRICT OF KANSAS WILLA ODEGAARD, Plaintiff, v. HESTON GRAIN CO., Defendant. Case No. 6:19-cv-01288 ${body}\n`;

describe('session-16 motions', () => {
  it.each([
    // Objections to a magistrate judge's paper, upheld whole.
    ['objections to a magistrate judge\'s order that the court affirms are overruled',
      civil("Before the Court is Respondent's Objection to the Magistrate Judge's Discovery Order (Doc. 33). Finding no clear error, the Court holds that the Magistrate Judge's Order is AFFIRMED. Respondent's Motion for Oral Argument (Doc. 35) is DENIED."),
      [{ kind: 'other', movant: 'respondent', disposition: 'denied' }, { kind: 'other', docEntry: '35', disposition: 'denied' }]],
    ['"AFFIRMS the Magistrate Judge\'s Order"',
      civil("Before the Court is Respondent's Objection to the Magistrate Judge's Order on discovery (Doc. 33). The Court AFFIRMS the Magistrate Judge's Order in full."),
      [{ kind: 'other', movant: 'respondent', disposition: 'denied' }]],
    ['an order affirmed in part is no ruling on the objections',
      civil("Before the Court is Respondent's Objection to the Magistrate Judge's Discovery Order (Doc. 33). The Magistrate Judge's Order is AFFIRMED in part. The Court will set a hearing on the rest."),
      []],
    ['nor one the court would affirm',
      civil("Before the Court is Respondent's Objection to the Magistrate Judge's Discovery Order (Doc. 33). If the parties agree, the Magistrate Judge's Order will be AFFIRMED at the hearing."),
      []],
    // Docket text as the order's own words.
    ['a docket text under a site\'s head: "ORDER conditionally granting ... motion to appoint counsel 38"',
      docketText('ORDER conditionally granting Odegaard\'s motion to appoint counsel 38; the clerk shall send the file to the volunteer lawyers panel.', 'ORDER The plaintiff, who has no lawyer, asks in his motion (Doc. 38) that the Court appoint counsel because he cannot take depositions from prison'),
      [{ kind: 'appoint_counsel', docEntry: '38', disposition: 'granted' }]],
    ['"ORDER AND REASONS denying as moot 14 Motion to Dismiss; granting in part and denying in part 17 Motion to Remand"',
      docketText('ORDER AND REASONS denying as moot 14 Motion to Dismiss for Improper Venue; granting in part and denying in part 17 Motion to Remand.', "ORDER AND REASONS The plaintiff moves to remand (Rec. Doc. 17); the defendant's Motion to Dismiss (Rec. Doc. 14) came first. Remand is proper, but no fees will be awarded."),
      [{ kind: 'dismiss', docEntry: '14', disposition: 'moot' }, { kind: 'other', docEntry: '17', disposition: 'granted_in_part' }]],
    ['a title "ORDER Denying Without Prejudice" over the motion named on the next line is no docket text',
      `Odegaard v. Heston Grain Co.\nNo. 6:19-cv-01288\nORDER Denying Without Prejudice\nPlaintiff's Motion for Extension of Time\nPlaintiff asks for sixty more days to serve the second defendant but says nothing of the efforts made so far.\n`,
      [{ kind: 'extension_of_time', disposition: 'denied_without_prejudice' }]],
    // Rulings in other places.
    ['"which, for the reasons that follow, the court DENIES": the filing the clause hangs on',
      crim("Before the court is a motion by Defendant Desmond Arkwell to dismiss count two as duplicitous (ECF No. 77), which, for the reasons below, the court DENIES."),
      [{ kind: 'dismiss', docEntry: '77', disposition: 'denied' }]],
    ['... not a clause that tells what another court did',
      crim("Before the court is a motion by Defendant Desmond Arkwell to dismiss count two as duplicitous (ECF No. 77), which, he says, the court of appeals DENIES in such cases. The motion will be set for hearing."),
      [{ kind: 'dismiss', docEntry: '77', disposition: null }]],
    ['a bench ruling the sentence before tells of: "ruled from the bench. The Court DENIED the Motion and now enters this Memorandum and Order setting out the reasons"',
      crim("Before the Court is Defendant's Motion to Sever Counts (Doc. 48). On March 3 the Court heard argument and ruled from the bench. The Court DENIED the Motion and now enters this Memorandum and Order setting out the reasons for that ruling."),
      [{ kind: 'other', docEntry: '48', disposition: 'denied' }]],
    ['... but not a past ruling the opinion does not explain',
      crim("Before the Court is Defendant's Motion to Sever Counts (Doc. 48). Last year the Court ruled from the bench on the co-defendant's motions. The Court DENIED his Motion to Continue (Doc. 30) then. The Court will hear argument on the present motion."),
      [{ kind: 'other', docEntry: '48', disposition: null }]],
    // Who moved.
    ['"NAME, United States Magistrate Judge" over "Defendant has moved": the defendant, not the United States',
      `Opinion\n8:21CR118\n03-02-2022\nUNITED STATES OF AMERICA, Plaintiff, v. DESMOND ARKWELL, Defendant.\nORDER\nMara T. Wendt, United States Magistrate Judge\nDefendant has moved to continue the trial (Filing No. 31) so that a new expert can review the lab reports. The government does not object. Defendant's Motion to Continue Trial (Filing No. 31) is granted.\n`,
      [{ kind: 'other', docEntry: '31', movant: 'defendant', disposition: 'granted' }]],
    ['"Answering a brief filed by the Government, NAME moved in limine": not the government\'s motion',
      `Opinion\nNO. 4:19-CR-220\n05-11-2020\nORDER\nDesmond Arkwell is charged with wire fraud. Answering a trial brief filed by the Government, Arkwell moved in limine to keep out two earlier loans. The motion in limine is granted in part and denied in part.\n`,
      [{ kind: 'in_limine', movant: null, disposition: 'granted_in_part' }]],
    ['a claims court\'s "Movant\'s application for leave to serve and file a late claim": the claimant',
      `New York State Court of Claims\n\nBRENNICK v. THE STATE OF NEW YORK, Claim No. NONE, Motion No. M-80211\n\nMovant’s application for leave to serve and file a late claim is GRANTED.\n\nClaimant short name: BRENNICK\nDefendant's attorney: Hon. Attorney General\n`,
      [{ movant: 'plaintiff', disposition: 'granted' }]],
    ['... and "Movant" asking something else there names no side',
      `New York State Court of Claims\n\nBRENNICK v. THE STATE OF NEW YORK, Claim No. 120044, Motion No. M-80212\n\nMovant’s motion to compel discovery is DENIED.\n\nClaimant short name: BRENNICK\nDefendant's attorney: Hon. Attorney General\n`,
      [{ movant: null, disposition: 'denied' }]],
    ['a possessive before a quoted title that opens with an ordinal: \'Plaintiff\'s "Second Motion for ..."\'',
      civil('Petitioner\'s "Second Motion For Costs Previously Awarded" (Document No. 63) asks again for costs. The motion is GRANTED.'),
      [{ kind: 'other', docEntry: '63', movant: 'petitioner', disposition: 'granted' }]],
    ['"Plaintiff\'s counter-motion for sanctions"',
      civil("Pending are Respondent's motion to disqualify counsel (Docket No. 38) and Petitioner's counter-motion for sanctions (Docket No. 41). Both motions are DENIED."),
      [{ kind: 'other', docEntry: '38', movant: 'respondent', disposition: 'denied' }, { kind: 'other', docEntry: '41', movant: 'petitioner', disposition: 'denied' }]],
    ['"defendant\'s (1) motion to dismiss ... and his companion (2) motion for a bill of particulars": both the defendant\'s',
      crim("Before the court are defendant's (1) motion to dismiss count one (D.I. 21) and his companion (2) motion for a bill of particulars (D.I. 20). Both motions are DENIED."),
      [{ kind: 'dismiss', docEntry: '21', movant: 'defendant', disposition: 'denied' }, { kind: 'other', docEntry: '20', movant: 'defendant', disposition: 'denied' }]],
    ['an original petition for a writ of mandamus is the petitioner\'s',
      `Opinion\nNo. 81234-COA\n03-14-2023\nORDER DENYING PETITION FOR WRIT OF MANDAMUS\nPetitioner has filed an original petition for a writ of mandamus asking this court to direct the district court to act on his motion. He has a plain remedy by appeal. Accordingly, we ORDER the petition DENIED.\n`,
      [{ movant: 'petitioner', disposition: 'denied' }]],
    ['... not where the caption names a plaintiff and a defendant',
      `UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nWILLA ODEGAARD, Plaintiff,\nv.\nHESTON GRAIN CO., Defendant.\n\nCase No. 6:19-cv-01288\n\nORDER\n\nThe petition for a writ of mandamus filed in this case asks the Court to order the agency to act. The petition for a writ of mandamus is DENIED.\n`,
      [{ movant: null, disposition: 'denied' }]],
    ['a claims court\'s "Motion for permission to file a late claim granted." is the claimant\'s',
      `New York State Court of Claims\n\nHALVERSON MILLS v. THE STATE OF NEW YORK, Claim No. None, Motion No. M-80310\n\nSynopsis\n\nMotion for permission to file a late claim granted.\n\nClaimant(s): HALVERSON MILLS, INC.\n`,
      [{ movant: 'plaintiff', disposition: 'granted' }]],
    ['a bankruptcy adversary proceeding\'s motion to dismiss is the defendant\'s',
      `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF VERMONT\n\nIn re: HALVERSON MILLS, INC., Debtor.\n\nTOBIAS WREN, Trustee, Plaintiff,\nv.\nGRANITE STATE BANK, Defendant.\n\nAdversary No. 20-1004\n\nMEMORANDUM OF DECISION DENYING MOTION TO DISMISS\n\nThe trustee's amended complaint seeks to avoid a transfer. The motion to dismiss the amended complaint is DENIED.\n`,
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
    ['a ruling at the hearing, then "Following are the grounds for the ruling."',
      crim("At the suppression hearing on May 4, 2021, the court granted defendant Desmond Arkwell's motion to suppress his statements to the agents (Docket No. 212). Following are the grounds for the ruling."),
      [{ kind: 'suppress', docEntry: '212', disposition: 'granted' }]],
    ['"... Motion for Voluntary Dismissal (Doc. 44) is RENDERED AS MOOT"',
      civil("Petitioner's Motion for Voluntary Dismissal (Doc. 44) is RENDERED AS MOOT."),
      [{ docEntry: '44', disposition: 'moot' }]],
    ['Pennsylvania\'s "Application for Summary Relief" is a summary-judgment motion',
      `Opinion\n412 M.D. 2019\n06-01-2021\nMEMORANDUM OPINION\nBefore the Court is the Application for Summary Relief filed by Respondents. Having considered the briefs, we grant the Application for Summary Relief.\n`,
      [{ kind: 'summary_judgment', movant: 'respondent', disposition: 'granted' }]],
    // One filing named twice.
    ['"a pro se Motion for Release from Custody" and "moves for release under § 3582(c)(1)(A)" are one motion',
      crim("Defendant has filed a pro se Motion for Release from Custody (ECF No. 212), citing his asthma. The motion is DENIED.\nDISCUSSION\nDefendant moves for release under 18 U.S.C. § 3582(c)(1)(A). He has not shown that he first asked the warden."),
      [{ kind: 'compassionate_release', docEntry: '212', movant: 'defendant', disposition: 'denied' }]],
    ['... not when the order names a compassionate-release motion of its own',
      crim("Defendant's Motion for Compassionate Release (ECF No. 90) is DENIED. His earlier Motion for Release from Custody pending sentencing (ECF No. 60) is DENIED AS MOOT. Defendant moves for release under 18 U.S.C. § 3582(c)(1)(A) because of his asthma."),
      [{ kind: 'compassionate_release', docEntry: '90', disposition: 'denied' }, { kind: 'other', docEntry: '60', disposition: 'moot' }]],
  ])('%s', (_name, text, want) => expectMotions(text, want));
});
