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
      civil("Before the Court are Respondent's Objections to Magistrate Judge's Order Dated March 2, 2020 (Doc. 33). The Court finds the Magistrate Judge's Order is not clearly erroneous or contrary to law, and it is therefore AFFIRMED. Respondent's Motion for Oral Argument (Doc. 35) is DENIED."),
      [{ kind: 'other', movant: 'respondent', disposition: 'denied' }, { kind: 'other', docEntry: '35', disposition: 'denied' }]],
    ['"AFFIRMS the Magistrate Judge\'s Order"',
      civil("Before the Court is Respondent's Objection to the Magistrate Judge's Order on discovery (Doc. 33). The Court AFFIRMS the Magistrate Judge's Order in full."),
      [{ kind: 'other', movant: 'respondent', disposition: 'denied' }]],
    ['an order affirmed in part is no ruling on the objections',
      civil("Before the Court are Respondent's Objections to Magistrate Judge's Order Dated March 2, 2020 (Doc. 33). The Magistrate Judge's Order is AFFIRMED in part. The Court will set a hearing on the rest."),
      []],
    ['nor one the court would affirm',
      civil("Before the Court are Respondent's Objections to Magistrate Judge's Order Dated March 2, 2020 (Doc. 33). If the parties agree, the Magistrate Judge's Order will be AFFIRMED at the hearing."),
      []],
    // Docket text as the order's own words.
    ['a docket text under a site\'s head: "ORDER conditionally granting ... motion to appoint counsel 38"',
      docketText('ORDER conditionally granting Odegaard\'s motion to appoint counsel 38, directing the clerk to forward the file to the pro bono panel.', 'ORDER AND NOW, this 4th day of May, 2020, upon consideration of the motion (Doc. 38) to appoint counsel by pro se plaintiff, wherein plaintiff asserts that his confinement will keep him from preparing for trial'),
      [{ kind: 'appoint_counsel', docEntry: '38', disposition: 'granted' }]],
    ['"ORDER AND REASONS denying as moot 5 Motion to Dismiss; granting in part and denying in part 6 Motion to Remand"',
      docketText('ORDER AND REASONS denying as moot 5 Motion to Dismiss for Lack of Jurisdiction; granting in part and denying in part 6 Motion to Remand to State Court.', "ORDER AND REASONS Before the Court is the plaintiff's Motion to Remand (Rec. Doc. 6) and the defendant's Motion to Dismiss (Rec. Doc. 5). The Court finds that the plaintiff's motion should be granted in part."),
      [{ kind: 'dismiss', docEntry: '5', disposition: 'moot' }, { kind: 'other', docEntry: '6', disposition: 'granted_in_part' }]],
    ['a title "ORDER Denying Without Prejudice" over the motion named on the next line is no docket text',
      `Odegaard v. Heston Grain Co.\nNo. 6:19-cv-01288\nORDER Denying Without Prejudice\nPlaintiff's Motion for Extension of Time\nPlaintiff asks for sixty more days to serve the second defendant but says nothing of the efforts made so far.\n`,
      [{ kind: 'extension_of_time', disposition: 'denied_without_prejudice' }]],
    // Rulings in other places.
    ['"which, for the reasons that follow, the court DENIES": the filing the clause hangs on',
      crim("Before the court is a motion by Defendant Desmond Arkwell to dismiss the superseding indictment (ECF No. 132) under Rule 12(b)(3), which, for the reasons that follow, the court DENIES."),
      [{ kind: 'dismiss', docEntry: '132', disposition: 'denied' }]],
    ['... not a clause that tells what another court did',
      crim("Before the court is a motion by Defendant Desmond Arkwell to dismiss the superseding indictment (ECF No. 132), which, he says, the court of appeals DENIES in such cases. The motion will be set for hearing."),
      [{ kind: 'dismiss', docEntry: '132', disposition: null }]],
    ['a bench ruling the sentence before tells of: "ruled from the bench. The Court DENIED ... and now issues this Opinion setting forth the reasons"',
      crim("This matter is before the Court on Defendant's Motion to Sever Counts (Doc. 48). On March 3, the Court held a hearing and ruled from the bench. The Court DENIED Defendant's Motion and now issues this Opinion and Order setting forth the reasons for its ruling."),
      [{ kind: 'other', docEntry: '48', disposition: 'denied' }]],
    ['... but not a past ruling the opinion does not explain',
      crim("This matter is before the Court on Defendant's Motion to Sever Counts (Doc. 48). Last year the Court held a hearing and ruled from the bench on the co-defendant's motions. The Court DENIED his Motion to Continue (Doc. 30) then. The Court will hear argument on the present motion."),
      [{ kind: 'other', docEntry: '48', disposition: null }]],
    // Who moved.
    ['"NAME, United States Magistrate Judge" over "Defendant has moved": the defendant, not the United States',
      `Opinion\n8:21CR118\n03-02-2022\nUNITED STATES OF AMERICA, Plaintiff, v. DESMOND ARKWELL, Defendant.\nORDER\nMara T. Wendt, United States Magistrate Judge\nDefendant has moved to continue the trial (Filing No. 31) because discovery is still under way. The motion to continue trial is unopposed. Defendant's Motion to Continue Trial (Filing No. 31) is granted.\n`,
      [{ kind: 'other', docEntry: '31', movant: 'defendant', disposition: 'granted' }]],
    ['"In response to a notice by the Government, NAME moved in limine": not the government\'s motion',
      `Opinion\nNO. 4:19-CR-220\n05-11-2020\nORDER\nDesmond Arkwell is charged with two counts of selling a firearm to a felon. In response to a Rule 404(b) notice by the Government, Arkwell moved in limine to exclude evidence of two earlier sales. The motion in limine is granted in part and denied in part.\n`,
      [{ kind: 'in_limine', movant: null, disposition: 'granted_in_part' }]],
    ['a claims court\'s "Movant\'s application for leave to serve and file a late claim": the claimant',
      `New York State Court of Claims\n\nBRENNICK v. THE STATE OF NEW YORK, Claim No. NONE, Motion No. M-80211\n\nMovant’s application for leave to serve and file a late claim is GRANTED.\n\nClaimant short name: BRENNICK\nDefendant's attorney: Hon. Attorney General\n`,
      [{ movant: 'plaintiff', disposition: 'granted' }]],
    ['... and "Movant" asking something else there names no side',
      `New York State Court of Claims\n\nBRENNICK v. THE STATE OF NEW YORK, Claim No. 120044, Motion No. M-80212\n\nMovant’s motion to compel discovery is DENIED.\n\nClaimant short name: BRENNICK\nDefendant's attorney: Hon. Attorney General\n`,
      [{ movant: null, disposition: 'denied' }]],
    ['a possessive before a quoted title that opens with an ordinal: \'Plaintiff\'s "Second Motion for ..."\'',
      civil('THIS MATTER IS BEFORE THE COURT on Petitioner\'s "Second Motion For Costs Previously Awarded" (Document No. 49). The motion is GRANTED.'),
      [{ kind: 'other', docEntry: '49', movant: 'petitioner', disposition: 'granted' }]],
    ['"Plaintiff\'s counter-motion for sanctions"',
      civil("Pending before the Court is Respondent's motion to disqualify counsel. Docket No. 38. Also pending is Petitioner's counter-motion for sanctions. Docket No. 41. Both motions are DENIED."),
      [{ kind: 'other', docEntry: '38', movant: 'respondent', disposition: 'denied' }, { kind: 'other', docEntry: '41', movant: 'petitioner', disposition: 'denied' }]],
    ['"defendant\'s (1) motion to dismiss ... and his related (2) motion for discovery": both the defendant\'s',
      crim("Presently before the court are defendant's (1) motion to dismiss the indictment (D.I. 21) and his related (2) motion for discovery of grand jury transcripts (D.I. 20). Both motions are DENIED."),
      [{ kind: 'dismiss', docEntry: '21', movant: 'defendant', disposition: 'denied' }, { kind: 'other', docEntry: '20', movant: 'defendant', disposition: 'denied' }]],
    ['an original petition for a writ of mandamus is the petitioner\'s',
      `Opinion\nNo. 81234-COA\n03-14-2023\nORDER DENYING PETITION FOR WRIT OF MANDAMUS\nThis is an original petition for a writ of mandamus that seeks to compel the district court to rule on a pending motion. Having considered the petition, we are not satisfied that our intervention is warranted. Accordingly, we ORDER the petition DENIED.\n`,
      [{ movant: 'petitioner', disposition: 'denied' }]],
    ['... not where the caption names a plaintiff and a defendant',
      `UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nWILLA ODEGAARD, Plaintiff,\nv.\nHESTON GRAIN CO., Defendant.\n\nCase No. 6:19-cv-01288\n\nORDER\n\nThe petition for a writ of mandamus filed in this case asks the Court to order the agency to act. The petition for a writ of mandamus is DENIED.\n`,
      [{ movant: null, disposition: 'denied' }]],
    ['a claims court\'s "Late claim motion granted." is the claimant\'s',
      `New York State Court of Claims\n\nHALVERSON MILLS v. THE STATE OF NEW YORK, Claim No. None, Motion No. M-80310\n\nSynopsis\n\nLate claim motion granted.\n\nClaimant(s): HALVERSON MILLS, INC.\n`,
      [{ movant: 'plaintiff', disposition: 'granted' }]],
    ['a bankruptcy adversary proceeding\'s motion to dismiss is the defendant\'s',
      `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF VERMONT\n\nIn re: HALVERSON MILLS, INC., Debtor.\n\nTOBIAS WREN, Trustee, Plaintiff,\nv.\nGRANITE STATE BANK, Defendant.\n\nAdversary No. 20-1004\n\nMEMORANDUM OF DECISION DENYING MOTION TO DISMISS\n\nThe trustee's amended complaint seeks to avoid a transfer. The motion to dismiss the amended complaint is DENIED.\n`,
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
    ['a ruling at the hearing, then "Following are the grounds for the ruling."',
      crim("On May 4, 2021, the court granted defendant Desmond Arkwell's \u201cMotion to Suppress Statements\u201d (Docket No. 212), which the government opposed during the motion hearing of May 2, 2021. Following are the grounds for the ruling."),
      [{ kind: 'suppress', docEntry: '212', disposition: 'granted' }]],
    ['"Plaintiff\'s 37 Motion for Voluntary Dismissal is RENDERED AS MOOT"',
      civil("Petitioner's Motion for Voluntary Dismissal (Doc. 37) is RENDERED AS MOOT."),
      [{ docEntry: '37', disposition: 'moot' }]],
    ['Pennsylvania\'s "Application for Summary Relief" is a summary-judgment motion',
      `Opinion\n412 M.D. 2019\n06-01-2021\nMEMORANDUM OPINION\nBefore the Court is the Application for Summary Relief filed by Respondents. Having considered the briefs, we grant the Application for Summary Relief.\n`,
      [{ kind: 'summary_judgment', movant: 'respondent', disposition: 'granted' }]],
    // One filing named twice.
    ['"this pro se Motion for Release from Custody" and "moves for release under § 3582(c)(1)(A)" are one motion',
      crim("In May, Defendant filed this pro se Motion for Release from Custody because of the outbreak at his prison. Mot. [ECF 212]. Defendant's motion is DENIED.\nDISCUSSION\nDefendant moves for release under 18 U.S.C. § 3582(c)(1)(A). He has not shown that he asked the warden first."),
      [{ kind: 'compassionate_release', docEntry: '212', movant: 'defendant', disposition: 'denied' }]],
    ['... not when the order names a compassionate-release motion of its own',
      crim("Defendant's Motion for Compassionate Release (ECF No. 90) is DENIED. His earlier Motion for Release from Custody pending sentencing (ECF No. 60) is DENIED AS MOOT. Defendant moves for release under 18 U.S.C. § 3582(c)(1)(A) because of his asthma."),
      [{ kind: 'compassionate_release', docEntry: '90', disposition: 'denied' }, { kind: 'other', docEntry: '60', disposition: 'moot' }]],
  ])('%s', (_name, text, want) => expectMotions(text, want));
});
