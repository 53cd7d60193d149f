/**
 * Rulings in drafting styles found in session 8 (fictional names): several entries in one lower-case cite ("[docs. 36,
 * 37]"), the other side's answers cited after a counted plural, a filing named inside another's title, "DENIED, subject to
 * renewal", a grant that waits for an event ("will be granted after ...", "If counsel does not appear ..., the motion
 * will be granted"), state and bankruptcy papers that are motions in substance (demurrer, plea to the jurisdiction,
 * preliminary objections, objection to a claim), a lower court's ruling told in an appeal's background, and the
 * recommendations of a report an order adopts whole; relief from a judgment under Rule 60(b) is reconsideration; a filing
 * only the title names takes its filer and pro se status from the body; a New York Court of Appeals motion decision
 * ("Motion for reconsideration of this Court's December 2, 2008 dismissal order denied"); an appellate heading "ON
 * PETITION FOR REHEARING" and a rehearing granted as its consequence ("the above cause shall be reheard en banc").
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string | undefined; proSe?: boolean | null };
const crim = (body: string, title = 'MEMORANDUM AND ORDER') =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF KENTUCKY\n\nUNITED STATES OF AMERICA\nv.\nDESMOND OYELOWO-PRATT\n\nCase No. 5:22-cr-00071\n\n${title}\n\n${body}\n`;
const state = (court: string, body: string) =>
  `${court}\n\nMARGUERITE OYELARAN,\nPlaintiff,\nv.\nHOLLOWAY RIDGE PROPERTIES, INC.,\nDefendant.\n\nCase No. 24-CV-01873\n\nORDER\n\n${body}\n`;
const bk = (body: string) =>
  `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF NEW JERSEY\n\nIn re:\nTALLGRASS FOUNDRY, INC.,\nDebtor.\n\nChapter 11\nCase No. 24-18833 (RSK)\n\nORDER\n\n${body}\n`;
const texApp = (body: string) =>
  `COURT OF APPEALS\nSEVENTH DISTRICT OF TEXAS\n\nNo. 07-24-00318-CV\n\nCITY OF PALO DURO, Appellant\nv.\nEVANGELINE ROURKE, Appellee\n\nMEMORANDUM OPINION\n\n${body}\n`;
const habeas = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nMARCUS HOLLAND,\nPetitioner,\nv.\nWARDEN, ARIZONA STATE PRISON,\nRespondent.\n\nNo. CV-22-00114-PHX\n\n${title}\n\n${body}\n`;
const nyApp = (body: string) => `Opinion\nSubmitted March 1, 2021.\nDecided April 1, 2021.\n${body}\n`;
const circuit = (body: string) =>
  `UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n\nNo. 24-11873\n\nLUCINDA FAIRWEATHER, Plaintiff-Appellee,\nv.\nOSCEOLA TIMBER CO., Defendant-Appellant.\n\n${body}\n`;
const civil = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nROSALIND MBEKI-FARROW,\nPlaintiff,\nv.\nSAWTOOTH GRAIN COOPERATIVE,\nDefendant.\n\nCase No. 1:23-cv-00288\n\n${title}\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // One lower-case plural cite names several entries; the other side's answers cited next are no motions.
  ['"three suppression motions [docs. 35, 36, 37], to which the United States has responded [docs. 38, 41, 43]"',
    crim("The defendant has filed three suppression motions [docs. 35, 36, 37], to which the United States has responded in opposition [docs. 38, 41, 43]. The first motion to suppress [doc. 35] is DENIED AS MOOT, and the second and third motions to suppress [docs. 36, 37] are DENIED."),
    [{ kind: 'suppress', disposition: 'moot', docEntry: '35' }, { kind: 'suppress', disposition: 'denied', docEntry: '36' }, { kind: 'suppress', disposition: 'denied', docEntry: '37' }]],
  ['"two motions in limine [dkts. 50, 52], which the defense opposes [dkts. 55, 56]"',
    civil("Plaintiff filed two motions in limine [dkts. 50, 52], which Defendant opposes [dkts. 55, 56]. Both motions in limine [dkts. 50, 52] are GRANTED."),
    [{ kind: 'in_limine', disposition: 'granted', docEntry: '50' }, { kind: 'in_limine', disposition: 'granted', docEntry: '52' }]],
  ['"two motions to compel (docs. 61 and 64); Defendant\'s replies (docs. 70 and 71)"',
    civil("Plaintiff brought two motions to compel (docs. 61 and 64), and Defendant filed replies (docs. 70 and 71). The motions to compel (docs. 61 and 64) are DENIED."),
    [{ disposition: 'denied', docEntry: '61' }, { disposition: 'denied', docEntry: '64' }]],

  // A filing named inside another's title is that title's object: the ruling decides the outer filing.
  ['"Motion to Correct the Reply in Support of Defendant\'s Motion for Summary Judgment [22] should be GRANTED"',
    civil("Before the Court are Defendant's Motion for Summary Judgment [12] and Defendant's Motion to Correct the Reply in Support of Defendant's Motion for Summary Judgment [22]. Defendant's Motion for Summary Judgment [12] should be DENIED; Defendant's Motion to Correct the Reply in Support of Defendant's Motion for Summary Judgment [22] should be GRANTED."),
    [{ kind: 'summary_judgment', disposition: 'denied', docEntry: '12' }, { disposition: 'granted', docEntry: '22' }]],
  ['"Motion to Strike the Exhibits to Plaintiff\'s Motion to Compel (ECF No. 44) is GRANTED"',
    civil("Pending are Plaintiff's Motion to Compel (ECF No. 40) and Defendant's Motion to Strike the Exhibits to Plaintiff's Motion to Compel (ECF No. 44). Plaintiff's Motion to Compel (ECF No. 40) is DENIED, and Defendant's Motion to Strike the Exhibits to Plaintiff's Motion to Compel (ECF No. 44) is GRANTED."),
    [{ disposition: 'denied', docEntry: '40' }, { disposition: 'granted', docEntry: '44' }]],
  ['"Motion for Leave to File a Sur-Reply to Defendant\'s Motion to Dismiss [31] is DENIED"',
    civil("Defendant's Motion to Dismiss [25] is GRANTED. Plaintiff's Motion for Leave to File a Sur-Reply to Defendant's Motion to Dismiss [31] is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '25' }, { disposition: 'denied', docEntry: '31' }]],

  // "subject to renewal": denied for now, may come back.
  ['"the motion (Doc. 23) is DENIED, subject to renewal"',
    crim("Defendant moves to vacate the trial setting (Doc. 23). IT IS ORDERED that the motion (Doc. 23) is DENIED, subject to renewal.", 'ORDER'),
    [{ disposition: 'denied_without_prejudice', docEntry: '23' }]],
  ['"The Court denies the motion to compel, subject to refiling after the deposition"',
    civil("Plaintiff's Motion to Compel (ECF No. 30) seeks the defendant's tax returns. The Court denies the motion to compel (ECF No. 30), subject to refiling after the deposition."),
    [{ disposition: 'denied_without_prejudice', docEntry: '30' }]],
  ['"is denied, subject to being renewed at trial"',
    civil("Defendant's Motion in Limine No. 2 (Doc. 77) is denied, subject to being renewed at trial."),
    [{ disposition: 'denied_without_prejudice', docEntry: '77' }]],

  // A grant that waits for an event is no grant yet.
  ['"held in abeyance ... The motion will be granted after substitute counsel enters an appearance"',
    civil("Counsel's Motion to Withdraw [13] is held in abeyance until June 2. The motion will be granted after substitute counsel enters an appearance."),
    [{ disposition: 'deferred', docEntry: '13' }]],
  ['"the Motion to Withdraw (Doc. 19) shall be granted once new counsel appears"',
    civil("Defense counsel has filed a Motion to Withdraw (Doc. 19). The Motion to Withdraw (Doc. 19) shall be granted once new counsel appears for the defendant."),
    [{ disposition: 'deferred', docEntry: '19' }]],
  ['"If substitute counsel does not appear by May 21, the Motion to Withdraw will be granted"',
    civil("Plaintiff's attorney has filed a Motion to Withdraw (ECF No. 8). If substitute counsel does not appear under L.R. 83.2(c) by May 21, the Motion to Withdraw will be granted."),
    [{ disposition: 'deferred', docEntry: '8' }]],
  ['counterexample: "The motion will be granted." alone is a grant',
    civil("Defense counsel has filed a Motion to Withdraw (Doc. 19). The client consents. The motion will be granted."),
    [{ disposition: 'granted', docEntry: '19' }]],

  // State and bankruptcy papers that are motions in substance: a demurrer, a plea to the jurisdiction, preliminary
  // objections, an objection to a claim; "sustained" grants them, "overruled" denies them.
  ['CA: "Defendant\'s Demurrer to the Complaint is SUSTAINED without leave to amend"',
    state('SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF SONOMA', "Defendant Redwood Vale Orchards, LLC's Demurrer to the Complaint is SUSTAINED without leave to amend. The claim is barred by the statute of limitations."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
  ['CA: "The demurrer is OVERRULED" after "Defendant\'s demurrer to the first cause of action"',
    state('SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF FRESNO', "Before the Court is Defendant's demurrer to the first cause of action, which argues that the contract is unenforceable. The contract is signed by both parties. The demurrer is OVERRULED. Defendant shall answer within 10 days."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
  ['TX: "the plea should be, and hereby is, GRANTED"',
    state('IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS\n201ST JUDICIAL DISTRICT', "On this day the Court considered Defendant Lakeway Municipal Utility District's Plea to the Jurisdiction. Having considered the plea and the response, the Court finds that the plea should be, and hereby is, GRANTED."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
  ['TX: "Defendant\'s Plea to the Jurisdiction is DENIED"',
    state('IN THE DISTRICT COURT OF BEXAR COUNTY, TEXAS\n57TH JUDICIAL DISTRICT', "Came on to be heard Defendant's Plea to the Jurisdiction. After considering the pleadings and the evidence, the Court is of the opinion that Defendant's Plea to the Jurisdiction is DENIED."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
  ['PA: "Plaintiff\'s Preliminary Objections are SUSTAINED"',
    state('IN THE COURT OF COMMON PLEAS OF LANCASTER COUNTY, PENNSYLVANIA\nCIVIL DIVISION', "AND NOW, upon consideration of Plaintiff's Preliminary Objections to Defendant's Counterclaim, and the response thereto, it is hereby ORDERED that Plaintiff's Preliminary Objections are SUSTAINED and the Counterclaim is STRICKEN."),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'granted' }]],
  ['BK: "the Trustee\'s Objection to Claim No. 14 ... The Objection is SUSTAINED"',
    bk("Before the Court is the Chapter 13 Trustee's Objection to Claim No. 14 (Doc. 88). The claimant did not respond. The Objection is SUSTAINED, and Claim No. 14 is disallowed."),
    [{ kind: 'other', disposition: 'granted', docEntry: '88' }]],
  ['BK: "Debtors\' Second Omnibus Objection (Non-Substantive) to Duplicate Claims [D.I. 410] ... OVERRULED"',
    bk("Upon the Debtors' Second Omnibus Objection (Non-Substantive) to Duplicate Claims [D.I. 410], and the responses thereto, IT IS ORDERED that the Objection is OVERRULED."),
    [{ kind: 'other', disposition: 'denied', docEntry: '410' }]],
  ['counterexample: a guilty plea is no filing',
    crim("The defendant entered a plea of guilty under a plea agreement. The plea was knowing and voluntary. His Motion to Withdraw Plea (Doc. 90) is DENIED.", 'ORDER'),
    [{ disposition: 'denied', docEntry: '90' }]],

  // A filing a lower court ruled on, told in an appeal's background, is not the appeal's to decide.
  ['appeal: "the City filed a plea to the jurisdiction. After a hearing, the trial court denied the City\'s plea"',
    texApp("In 2022 the City filed a plea to the jurisdiction. After a hearing, the trial court denied the City's plea to the jurisdiction. This appeal followed. We reverse and render judgment dismissing the case."),
    []],
  ['appeal: "Appellee moved to dismiss the complaint, which the district court granted"',
    texApp("Appellee moved to dismiss the complaint for failure to state a claim, which the district court granted. We affirm."),
    []],
  ['appeal: "The County filed a motion for summary judgment. The trial court later granted the County\'s motion for summary judgment"',
    texApp("The County filed a motion for summary judgment. The trial court later granted the County's motion for summary judgment, and this appeal followed. We affirm."),
    []],
  ['counterexample: a motion in the appeal with a lower court\'s ruling on another motion told next',
    texApp("This matter is before the court on appellant's motion to supplement the record with the suppression hearing transcript. The district court denied appellant's motion to suppress after that hearing. The motion to supplement is granted."),
    [{ disposition: 'granted' }]],

  // An order adopting a report and recommendation whole: the recommendation decides the motion nothing else decided.
  ['"The R&R recommends that Defendant\'s Motion to Suppress [doc. #55] be denied ... adopts ... in its entirety"',
    crim("This matter is before the Court upon the Report and Recommendation of the Magistrate Judge [doc. #75]. The Report and Recommendation recommends that Defendant's Motion to Suppress Evidence [doc. #55] be denied. Defendant objects only generally. The Court hereby sustains, adopts, and incorporates herein the Report and Recommendation in its entirety.", 'ORDER'),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '55' }]],
  ['"Judge Ames recommended that the motion to dismiss (ECF No. 12) be granted ... The Report and Recommendation is ADOPTED"',
    civil("Magistrate Judge Ames recommended that Defendant's motion to dismiss (ECF No. 12) be granted. No party objected. Finding no clear error, the Report and Recommendation (ECF No. 30) is ADOPTED as the opinion of the Court."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '12' }]],
  ['"It is RECOMMENDED that Petitioner\'s Motion for Stay (Doc. 9) be DENIED ... the Court ACCEPTS the Findings and Recommendations"',
    civil("The magistrate judge's findings state: It is RECOMMENDED that Plaintiff's Motion for a Preliminary Injunction (Doc. 9) be DENIED. Having reviewed the file de novo, the Court ACCEPTS the Findings and Recommendations in full."),
    [{ disposition: 'denied', docEntry: '9' }]],
  ['counterexample: adopted only in part, the recommendation decides nothing',
    civil("Magistrate Judge Ames recommended that Defendant's motion to dismiss (ECF No. 12) be granted. Plaintiff objected. The Report and Recommendation (ECF No. 30) is ADOPTED IN PART, and the Court will address the remaining claims separately."),
    [{ kind: 'dismiss', disposition: null, docEntry: '12' }]],
  ['counterexample: a report and recommendation itself decides nothing',
    civil("Defendant's motion to dismiss (ECF No. 12) is fully briefed. For the reasons above, the undersigned recommends that the motion to dismiss (ECF No. 12) be granted.", 'REPORT AND RECOMMENDATION'),
    [{ kind: 'dismiss', disposition: null, docEntry: '12' }]],

  // Relief from a judgment under Rule 60(b) is reconsideration (whatever order it attacks) ...
  ['"Plaintiffs\' Motion to Vacate Judgment. (Doc. #149). The motion is DENIED."',
    civil("Before the Court is Plaintiffs' Motion to Vacate Judgment. (Doc. #149). The motion is DENIED. Plaintiffs state their motion is based on Rule 60(b), but they identify no mistake."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '149' }]],
  ['"Motion for Relief of Judgment [95]" after a summary judgment',
    civil("The Court considers Plaintiff's Motion for Relief of Judgment. Doc. 95. The Court entered summary judgment for Defendant in 2020. Plaintiff now seeks relief from the Court's summary judgment order. The Court denies her Motion for Relief of Judgment [95]."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '95' }]],
  ['"Defendant\'s Rule 60(b) motion to set aside the default judgment (ECF No. 31) is GRANTED"',
    civil("Defendant's motion under Rule 60(b) to set aside the default judgment (ECF No. 31) is GRANTED, because the summons was served at a former address."),
    [{ kind: 'reconsideration', disposition: 'granted', docEntry: '31' }]],
  // ... unless the court reads a prisoner's Rule 60(b) motion as a § 2255 motion.
  ['counterexample: "the proper basis is not Rule 60(b)(4) ... but 28 U.S.C. § 2255"',
    crim("Movant brings a Motion Under Rule 60(b)(4) attacking his conviction. The proper jurisdictional basis for the relief Movant seeks is not Rule 60(b)(4) of the Federal Rules of Civil Procedure, but 28 U.S.C. § 2255. The Court therefore transfers the motion to the United States Court of Appeals for the Sixth Circuit.", 'TRANSFER ORDER'),
    [{ kind: 'section_2255', disposition: 'dismissed' }]],

  // A title line "Order" over an opening "On ..." / "Regarding ..." is no earlier "order on" the motion.
  ['"Order\\nOn order of the Court, the motion for immediate consideration is GRANTED"',
    `MICHIGAN SUPREME COURT\n\nSC: 170221\nCOA: 368840\n\nPEOPLE OF THE STATE OF MICHIGAN, Plaintiff-Appellee,\nv.\nLORCAN VESELY, Defendant-Appellant.\n\nOrder\nOn order of the Court, the motion for immediate consideration is GRANTED. The application for leave to appeal is DENIED. The motion to amend is DENIED.\n`,
    [{ disposition: 'granted' }, { disposition: 'denied' }, { disposition: 'denied' }]],
  ['"ORDER\\nOn Defendant\'s Motion to Continue (Doc. 12), the Court finds good cause"',
    crim("On Defendant's Motion to Continue (Doc. 12), the Court finds good cause. The motion is GRANTED.", 'ORDER'),
    [{ disposition: 'granted', docEntry: '12' }]],
  ['"ORDER\\nRegarding Plaintiff\'s Motion to Compel (ECF No. 20): the motion is DENIED"',
    civil("Regarding Plaintiff's Motion to Compel (ECF No. 20): the motion is DENIED because Plaintiff did not confer."),
    [{ disposition: 'denied', docEntry: '20' }]],
  ['counterexample: "The Court\'s order on the motion to dismiss (Doc. 9)" is history',
    civil("The Court's order on the motion to dismiss (Doc. 9) was entered in May. Plaintiff's Motion for Reconsideration (Doc. 15) is DENIED."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '15' }]],

  // "is RESERVED": the court waits, for each filing the subject names; the entry after a title that ends with another
  // filing's name is the title's.
  ['"A decision on X [82], Y [67], and Z ... Motion to Withdraw [93] is RESERVED until oral argument"',
    civil("IT IS HEREBY ORDERED THAT:\n1. Plaintiff's Motion in Limine to Exclude Hearsay [Docket No. 68] is DENIED.\n2. Defendant's Motion in Limine to Exclude Exhibit 4 [Docket No. 81] is GRANTED.\n3. A decision on Plaintiff's Motion in Limine to Bar Improper Argument [Docket No. 82], Defendant's Motion in Limine to Limit Opening Statements [Docket No. 67], and Defendant's Motion in Limine to Exclude Evidence of Her Counsel's Motion to Withdraw [Docket No. 93] is RESERVED until oral argument."),
    [{ disposition: 'denied', docEntry: '68' }, { disposition: 'granted', docEntry: '81' }, { disposition: 'deferred', docEntry: '82' }, { disposition: 'deferred', docEntry: '67' }, { disposition: 'deferred', docEntry: '93' }]],
  ['"Ruling on Defendant\'s Motion to Exclude Expert Testimony (ECF No. 55) is reserved pending the Daubert hearing"',
    civil("Ruling on Defendant's Motion to Exclude Expert Testimony (ECF No. 55) is reserved pending the Daubert hearing set for March 3."),
    [{ disposition: 'deferred', docEntry: '55' }]],
  ['"The Motion to Strike the Reply in Support of Plaintiff\'s Motion for Class Certification (Doc. 88) is hereby RESERVED"',
    civil("Before the Court is Plaintiff's Motion for Class Certification (Doc. 70). The Motion to Strike the Reply in Support of Plaintiff's Motion for Class Certification (Doc. 88) is hereby RESERVED until the class certification hearing."),
    [{ disposition: null, docEntry: '70' }, { disposition: 'deferred', docEntry: '88' }]],
  ['counterexample: "Ruling on Request Nos. 4 and 5 is RESERVED" after parts granted and denied',
    crim("The Government's Omnibus Motion in Limine [Doc. 144] contains five requests. Request No. 1 is GRANTED. Request No. 3 is DENIED. Ruling on Request Nos. 4 and 5 is RESERVED until trial.", 'ORDER'),
    [{ disposition: 'granted_in_part', docEntry: '144' }]],

  // A filing only the title names takes its filer and pro se status from the body's words for the same filing.
  ['"ORDER DENYING PETITION FOR WRIT OF HABEAS CORPUS" over "filed a pro se petition for writ of habeas corpus"',
    habeas("Petitioner Marcus Holland filed a pro se petition for writ of habeas corpus under 28 U.S.C. § 2254. The claims are procedurally defaulted. The petition is denied.", 'ORDER DENYING PETITION FOR WRIT OF HABEAS CORPUS'),
    [{ movant: 'petitioner', disposition: 'denied', proSe: true } ]],
  ['"ORDER SUSTAINING DEMURRER" over "Defendant Cascade Ferry Lines, Inc. filed a demurrer"',
    state('SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF MARIN', "Defendant Cascade Ferry Lines, Inc. filed a demurrer to the complaint. The claim is time-barred. The demurrer is sustained without leave to amend.").replace('ORDER', 'ORDER SUSTAINING DEMURRER'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
  ['"ORDER GRANTING MOTION TO PROCEED IN FORMA PAUPERIS" over "Plaintiff, proceeding pro se, filed a motion to proceed in forma pauperis"',
    civil("Plaintiff, proceeding pro se, filed a motion to proceed in forma pauperis. His affidavit shows no income. The motion is granted.", 'ORDER GRANTING MOTION TO PROCEED IN FORMA PAUPERIS'),
    [{ movant: 'plaintiff', disposition: 'granted', proSe: true } ]],
  ['counterexample: the body\'s other filing lends the title\'s filing nothing',
    civil("Plaintiff also filed a motion to amend (ECF No. 9). The motion to dismiss (ECF No. 5) is granted.", 'ORDER GRANTING MOTION TO DISMISS'),
    // (not the plaintiff's; a motion to dismiss is the defending side's: movant/relief-side)
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }, { disposition: null, docEntry: '9' }]],

  // A New York Court of Appeals motion decision: the motion named at length, then the bare participle.
  ['"Motion for reconsideration of this Court\'s December 2, 2008 dismissal order denied [see ...]"',
    nyApp("Motion for reconsideration of this Court's December 2, 2008 dismissal order denied [see 11 NY3d 863 (2008)]. Motion for leave to appeal dismissed upon the ground that it does not lie (see CPLR 5602)."),
    [{ kind: 'reconsideration', disposition: 'denied' }, { disposition: 'dismissed' }]],
  ['"Motion for leave to appeal from the Appellate Division order of May 4, 2021 granted"',
    nyApp("Motion for leave to appeal from the Appellate Division order of May 4, 2021 granted."),
    [{ disposition: 'granted' }]],
  ['"Motion for a stay of the Appellate Division order pending determination of the appeal denied"',
    nyApp("Motion for a stay of enforcement of the Appellate Division order pending determination of the appeal denied. Motion for poor person relief dismissed as academic."),
    [{ kind: 'stay', disposition: 'denied' }, { disposition: 'moot' }]],

  // An appellate heading "ON PETITION FOR ..." presents the filing; a rehearing granted as its consequence decides it.
  ['"ON PETITION FOR REHEARING EN BANC" ... "the above cause shall be reheard by this court en banc"',
    circuit("ON PETITION FOR REHEARING AND SUGGESTION FOR REHEARING EN BANC\n\nBY THE COURT:\n\nA majority of the judges in active service having voted in favor of granting a rehearing en banc, IT IS ORDERED that the above cause shall be reheard by this court en banc."),
    [{ kind: 'reconsideration', disposition: 'granted' }]],
  ['"ON APPELLANT\'S PETITION FOR PANEL REHEARING" ... "the appeal will be reheard"',
    circuit("ON APPELLANT'S PETITION FOR PANEL REHEARING\n\nThe panel has reconsidered its opinion in light of the petition. The appeal will be reheard at the September sitting."),
    [{ kind: 'reconsideration', disposition: 'granted' }]],
  ['"ON MOTION TO DISMISS APPEAL" ... "The motion is granted"',
    circuit("ON MOTION TO DISMISS APPEAL\n\nAppellee argues that the notice of appeal was untimely. It was filed 41 days after judgment. The motion is granted, and the appeal is dismissed."),
    [{ kind: 'dismiss', disposition: 'granted' }]],
  ['counterexample: "ON APPEAL FROM THE DISTRICT COURT" presents no filing',
    circuit("ON APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ALABAMA\n\nThe judgment of the district court is AFFIRMED."),
    []],
];

describe('session-8 rulings: listed entries, nested titles, renewal, waiting grants', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});
