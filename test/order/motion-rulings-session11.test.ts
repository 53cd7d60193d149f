/**
 * Rulings written in session 11 (fictional names): two rulings in one sentence, one of them another motion's own; one party
 * under two names (the Government as "Respondent", the prisoner as "Petitioner"); "Motion and Amended Motion ... (ECF Nos. 17,
 * 19)" names two filings; a finding that a named party "is entitled to judgment as a matter of law" decides its summary
 * judgment motion; the Clean Water Act's § 404 is no First Step Act motion.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string | undefined; proSe?: boolean | null };

const habeas = (body: string, title = 'MEMORANDUM OPINION AND ORDER') =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF KENTUCKY\n\nLORENZO QUILLFEATHER,\nPetitioner,\nv.\nUNITED STATES OF AMERICA,\nRespondent.\n\nCriminal No. 5:14-cr-00210\n\n${title}\n\n${body}\n`;

const civil = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF MISSISSIPPI\n\nBRACKENRIDGE OUTFITTERS, LLC,\nPlaintiff,\nv.\nHALVORSEN TOOL WORKS, INC.,\nDefendant.\n\nCivil Action No. 2:19-cv-00260\n\n${title}\n\n${body}\n`;

const erisa = (body: string) =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF PENNSYLVANIA\n\nDESMOND ABERNATHY-KOLB,\nPlaintiff,\nv.\nCOASTAL BENEFITS ADMINISTRATORS, INC. ("CBA"),\nDefendant.\n\nCivil Action No. 2:08-cv-00117\n\nMEMORANDUM OPINION\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // Two rulings in one sentence, each on its own motion, after an earlier mention of the second motion's relief.
  ['"waived his right to pursue a § 2255 motion and, therefore, the United States\' motion to dismiss must be GRANTED, and Q\'s motion to vacate ... DENIED"',
    habeas("Respondent filed a motion to dismiss, to which Petitioner responded. The Court finds that Quillfeather waived his right to pursue a § 2255 motion and, therefore, the United States' motion to dismiss must be GRANTED, and Quillfeather's motion to vacate his sentence under § 2255 must be DENIED."),
    [{ kind: 'dismiss', movant: 'government', disposition: 'granted' }, { kind: 'section_2255', movant: 'defendant', disposition: 'denied' }]],
  ['one motion granted as to Count II and denied as to Count I is still decided in part',
    civil("Defendant's motion to dismiss Count II is GRANTED, and Defendant's motion to dismiss Count I is DENIED."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted_in_part' }]],
  // One party under two names: one motion.
  ['"Respondent filed a motion to dismiss ... The Government\'s motion to dismiss is GRANTED"',
    habeas("Respondent filed a motion to dismiss the petition (Doc. 40). The Government's motion to dismiss is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '40' }]],
  ['cross-motions of the two sides stay two motions',
    civil("Plaintiff moved for summary judgment (Doc. 30), and Defendant moved for summary judgment (Doc. 33). Plaintiff's motion for summary judgment is DENIED. Defendant's motion for summary judgment is GRANTED."),
    [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied', docEntry: '30' }, { kind: 'summary_judgment', movant: 'defendant', disposition: 'granted', docEntry: '33' }]],
  // "Motion and Amended Motion" with two entries: two filings, one ruling each.
  ['"Defendant\'s Motion/ Amended Motion to Amend [17] [19] should be granted"',
    civil("THIS MATTER is before the Court on Plaintiff's Motion to Strike Answer [15] and Defendant's Motion to Amend [17] and Amended Motion to Amend [19]. The Court finds that Defendant's Motion/ Amended Motion to Amend [17] [19] should be granted and Plaintiff's Motion to Strike Answer [15] should be denied as moot."),
    [{ kind: 'other', docEntry: '15', disposition: 'moot' }, { kind: 'other', docEntry: '17', disposition: 'granted' }, { kind: 'other', docEntry: '19', disposition: 'granted' }]],
  ['"Defendant\'s Motion and Amended Motion to Compel (ECF Nos. 17, 19) are DENIED"',
    civil("Before the Court are Defendant's Motion to Compel (ECF No. 17) and Amended Motion to Compel (ECF No. 19). For the reasons below, Defendant's Motion and Amended Motion to Compel (ECF Nos. 17, 19) are DENIED."),
    [{ kind: 'other', docEntry: '17', disposition: 'denied' }, { kind: 'other', docEntry: '19', disposition: 'denied' }]],
  ['"the Motion to Compel (ECF No. 17) is DENIED and the Amended Motion to Compel (ECF No. 19) is GRANTED": each its own',
    civil("Before the Court are Defendant's Motion to Compel (ECF No. 17) and Amended Motion to Compel (ECF No. 19). Defendant's Motion to Compel (ECF No. 17) is DENIED as moot and the Amended Motion to Compel (ECF No. 19) is GRANTED."),
    [{ kind: 'other', docEntry: '17', disposition: 'moot' }, { kind: 'other', docEntry: '19', disposition: 'granted' }]],
  // The winner named in a finding decides its summary judgment motion; the standard does not.
  ['"the Court finds Mr. A has failed to raise any genuine issues of material fact and that CBA is entitled to judgment as a matter of law"',
    erisa("Currently before this Court is CBA's motion for summary judgment. (Doc. nos. 16-18). For the reasons set forth below, the Court finds Mr. Abernathy-Kolb has failed to raise any genuine issues of material fact and that CBA is entitled to judgment as a matter of law. A motion for summary judgment may be granted only if no genuine issue of material fact exists and the moving party is entitled to judgment as a matter of law."),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted', docEntry: '16' }]],
  ['"that Plaintiff is entitled to judgment as a matter of law" decides no motion of the defendant',
    erisa("Currently before this Court is CBA's motion for summary judgment (Doc. 16). Plaintiff argues that CBA misread the plan. The Court finds that Plaintiff is entitled to judgment as a matter of law on his claim for benefits. CBA's motion is therefore DENIED."),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'denied', docEntry: '16' }]],
  ['the standard alone decides nothing',
    erisa("Currently before this Court is CBA's motion for summary judgment (Doc. 16). Summary judgment is proper where the movant shows that there is no genuine dispute as to any material fact and that the movant is entitled to judgment as a matter of law. The Court will hear argument on March 3."),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: null, docEntry: '16' }]],
  // An objection to a magistrate judge's report or order is a filing the order sustains or overrules; recited, it is none.
  ['"Defendants\' objections to Magistrate Judge Ruiz\'s August 1, 2016 Order. [DN 90.] ... Defendants\' objections [DN 90] are OVERRULED"',
    civil("This matter is before the Court upon Defendants' objections to Magistrate Judge Ruiz's August 1, 2016 Order. [DN 90.] Plaintiff has responded, [DN 94]. For the following reasons, Defendants' objections [DN 90] are OVERRULED."),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '90' }]],
  ['"Plaintiff\'s Objection (ECF No. 31) to the Report and Recommendation ... is SUSTAINED" and the motion the report was about',
    civil("Before the Court is Plaintiff's Objection (ECF No. 31) to the Report and Recommendation (ECF No. 29) on Defendant's Motion to Dismiss (ECF No. 12). The Objection is SUSTAINED, the Court declines to adopt the Report and Recommendation, and Defendant's Motion to Dismiss (ECF No. 12) is DENIED."),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'granted', docEntry: '31' }, { kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '12' }]],
  ['"The Court OVERRULES the objections, ADOPTS the Report and Recommendation, and DENIES the motion to suppress"',
    habeas("This matter is before the Court on Petitioner's objections to the Report and Recommendation (Doc. 26). For the reasons below, the Court OVERRULES the objections, ADOPTS the Report and Recommendation, and DENIES the motion to vacate (Doc. 9).", 'ORDER'),
    [{ kind: 'other', disposition: 'denied', docEntry: '26' }, { kind: 'section_2255', disposition: 'denied', docEntry: '9' }]],
  ['objections recited and never ruled on are no filing',
    habeas("Petitioner filed objections to the Report and Recommendation (Doc. 26). Having reviewed the record de novo, the Court ADOPTS the Report and Recommendation. Petitioner's motion to vacate (Doc. 9) is DENIED.", 'ORDER'),
    [{ kind: 'section_2255', disposition: 'denied', docEntry: '9' }]],
  ['an objection to a claim is still a claim objection, and a trial objection none',
    civil("At trial the Court overruled Defendant's objection to the exhibit. Defendant's motion for a new trial (ECF No. 80) is DENIED."),
    [{ kind: 'other', disposition: 'denied', docEntry: '80' }]],
  // A counted plural whose entries stand after its sentence: one motion per entry, each ruled by "These motions".
  ['"there are currently four pending motions to seal. (Dkt. 75; Dkt. 87; Dkt. 90; Dkt. 95). These motions ... are denied without prejudice"',
    civil("In these consolidated actions, there are currently four pending motions to seal. (Dkt. 75; Dkt. 87; Dkt. 90; Dkt. 95). These motions to seal fail to satisfy the applicable standard and are accordingly denied without prejudice."),
    ['75', '87', '90', '95'].map((e) => ({ kind: 'other', docEntry: e, disposition: 'denied_without_prejudice' }))],
  // A motion "originally filed" is history: the instant motion, with its own entry, is the one decided.
  ['"Before the Court is Defendant\'s Motion to dismiss ... Defendant originally filed his Motion (Doc. 16) ... the instant Motion (Doc. 26)"',
    civil("Before the Court is Defendant's Motion to dismiss the Amended Complaint. For the reasons below, the Court DENIES Defendant's Motion in full. Defendant originally filed his Motion (Doc. 16) to dismiss on May 2, 2022. After Plaintiff amended, Defendant filed the instant Motion (Doc. 26) to dismiss on the same grounds."),
    [{ kind: 'dismiss', movant: 'defendant', docEntry: '26', disposition: 'denied' }]],
  // A hedged warning about later filings is no ruling.
  ['"Nonetheless, the Court grants the request. Future requests ... will likely be denied"',
    civil("The Court has received Defendants' stipulated request for a two-day extension of time to file their reply brief. ECF No. 55. Nonetheless, the Court grants the request. Future requests for enlargement of time that fail to state good cause will likely be denied."),
    [{ kind: 'extension_of_time', movant: 'defendant', docEntry: '55', disposition: 'granted' }]],
  // Docket text as case-law sites print it: entries after the motion, with spaced punctuation; or before the filer's possessive.
  ['"the Court GRANTS defendants\' motions to dismiss 23 , 25 and DENIES defendants\' motion to stay 26 ."',
    civil("Filing 36 ORDER AND REASONS - For the foregoing reasons, the Court GRANTS defendants' motions to dismiss 23 , 25 and DENIES defendants' motion to stay 26 . Signed by Judge Ada Quist on 6/26/2017."),
    [{ kind: 'dismiss', docEntry: '23', disposition: 'granted' }, { kind: 'dismiss', docEntry: '25', disposition: 'granted' }, { kind: 'stay', docEntry: '26', disposition: 'denied' }]],
  ['"ORDER denying 2 plaintiff\'s ex parte motion for TRO."',
    civil("Filing 4\n\nORDER denying 2 plaintiff's ex parte motion for TRO. (Clerk)"),
    [{ kind: 'other', movant: 'plaintiff', docEntry: '2', disposition: 'denied' }]],
  ['"Motion to Compel Discovery and Motion to Extend Discovery" are two kinds',
    civil("This matter comes before the Court on Plaintiff's Motion to Compel Discovery and Motion to Extend Discovery. The Motion to Extend Discovery is GRANTED. The Motion to Compel Discovery is DENIED."),
    [{ kind: 'other', disposition: 'denied' }, { kind: 'extension_of_time', disposition: 'granted' }]],
  // A prisoner's challenge under a habeas statute is his petition, when no filing word names it.
  ['"Petitioner, a pro se prisoner in federal custody, challenges the calculation of his federal sentence under 28 U.S.C. § 2241 ... and denies relief"',
    habeas("Petitioner, a pro se prisoner in federal custody, challenges the calculation of his federal sentence under 28 U.S.C. § 2241. The Court finds that Petitioner does not allege facts establishing a federal constitutional violation and denies relief.", 'MEMORANDUM AND ORDER'),
    [{ kind: 'section_2241', movant: 'petitioner', proSe: true, disposition: 'denied' }]],
  ['"challenges ... under § 2241" beside his petition named as such is that petition',
    habeas("Petitioner challenges the execution of his sentence under 28 U.S.C. § 2241. His petition (Doc. 1) is DISMISSED without prejudice.", 'ORDER'),
    [{ kind: 'section_2241', movant: 'petitioner', docEntry: '1', disposition: 'dismissed_without_prejudice' }]],
  // Deferring a motion decides it for now.
  ['"ORDER DEFERRING DEFENDANTS\' MOTION ... the Court defers defendants\' motion for partial judgment on the pleadings"',
    civil("This matter comes before the Court on Defendants' Motion for Partial Judgment on the Pleadings (Dkt. #13). For the reasons set forth below, the Court defers defendants' motion for partial judgment on the pleadings.", "ORDER DEFERRING DEFENDANTS' MOTION FOR PARTIAL JUDGMENT ON THE PLEADINGS"),
    [{ kind: 'other', movant: 'defendant', docEntry: '13', disposition: 'deferred' }]],
  ['"the Court defers to the agency\'s reading" decides nothing',
    civil("Plaintiff's motion for summary judgment (Dkt. 20) is pending. The Court defers to the agency's reading of its own rule. The motion is DENIED."),
    [{ kind: 'summary_judgment', docEntry: '20', disposition: 'denied' }]],
  // An appeal from a magistrate judge's order is decided as an objection is.
  ['"plaintiff\'s appeal from Magistrate Judge Hedges\' March 23, 2005 Order ... plaintiff\'s appeal is DENIED"',
    civil("This matter comes before the Court on plaintiff's appeal from Magistrate Judge Hedges' March 23, 2005 Order denying plaintiff's request to modify the Protective Order. For the following reasons, plaintiff's appeal is DENIED, and the March 23, 2005 Order is AFFIRMED."),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'denied' }]],
  ['"ORDER REJECTING PLAINTIFF\'S OBJECTIONS, ADOPTING MAGISTRATE JUDGE\'S REPORT AND RECOMMENDATION, AND DENYING PLAINTIFF\'S MOTION"',
    civil("Plaintiff moved for summary judgment (ECF No. 18). The magistrate judge recommends denying the motion and told the parties to file any objections to the R&R within fourteen days. Plaintiff filed objections on September 6.", "OPINION AND ORDER REJECTING PLAINTIFF'S OBJECTIONS, ADOPTING MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION, AND DENYING PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT"),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'denied' }, { kind: 'summary_judgment', movant: 'plaintiff', docEntry: '18', disposition: 'denied' }]],
  // A side's pro se status reaches a motion whose filer a later rule placed, and an appositive may hold an abbreviation.
  ['"ORDER GRANTING APPLICATION TO PROCEED IN FORMA PAUPERIS (ECF No. 7) Plaintiff is a civil detainee proceeding pro se"',
    'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nISRAEL QUINTERO, Plaintiff, v. KHALE, et al., Defendants.\n\n1:21-cv-01213\n\nORDER GRANTING APPLICATION TO PROCEED IN FORMA PAUPERIS\n(ECF No. 7)\nPlaintiff is a civil detainee proceeding pro se in this civil rights action. Plaintiff has made the showing required by 28 U.S.C. § 1915(a).\n',
    [{ kind: 'other', movant: 'plaintiff', proSe: true, docEntry: '7', disposition: 'granted' }]],
  ['"Plaintiff, a prisoner confined in the Bourbon County Jail in Ft. Scott, Kansas, proceeds pro se ... motion for appointment of counsel"',
    civil("Plaintiff, a prisoner confined in the Bourbon County Jail in Ft. Scott, Kansas, proceeds pro se on a complaint under 42 U.S.C. § 1983. Plaintiff's motion for appointment of counsel (Doc. 5) is denied."),
    [{ kind: 'appoint_counsel', movant: 'plaintiff', proSe: true, docEntry: '5', disposition: 'denied' }]],
  ['"Plaintiff, through counsel Ann Roe, moves" is not made pro se by the other side\'s status',
    civil("Defendant is proceeding pro se. Plaintiff, through counsel, moves for default judgment (Doc. 9). The motion is GRANTED."),
    [{ kind: 'other', movant: 'plaintiff', proSe: false, docEntry: '9', disposition: 'granted' }]],
];

describe('session-11 rulings', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});

describe('session-11 kinds: the Clean Water Act\'s § 404 is no First Step Act relief', () => {
  it.each([
    ['"argue that the section 404 permit was issued in violation of the Act"',
      civil("Plaintiffs move for summary judgment, arguing that the section 404 permit was issued in violation of the Endangered Species Act (Doc. 20). The motion is DENIED."),
      [{ kind: 'summary_judgment', disposition: 'denied' }]],
    ['"a motion for a reduced sentence under Section 404 of the First Step Act" still is',
      habeas('Petitioner moves for a reduced sentence under Section 404 of the First Step Act (Doc. 90). The motion is GRANTED.', 'ORDER'),
      [{ kind: 'fsa_404', disposition: 'granted', docEntry: '90' }]],
  ] as Array<[string, string, Want[]]>)('%s', (_name, text, want) => expectMotions(text, want));
});
