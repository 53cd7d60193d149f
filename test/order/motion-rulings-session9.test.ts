/**
 * Rulings in drafting styles listed as unread at the end of session 8 (fictional names): the court's bare "dismiss" after
 * its own subject ("We also dismiss appellees' motion to dismiss as moot", "the Court will dismiss the motion"), a
 * construed letter whose entry is in brackets ("construes Defendant's letter [ECF No. 30] as a motion"), and several
 * parties moving with one verb, each by its own entry ("See Dkt. 65 (Hill); Dkt. 66 (Holmes)"), and a filer who "filed a
 * discovery motion", and a petition the ruling names only as "the petition" (its entry from the mention that presented it),
 * a side's own appearance line ("Petitioner pro se"), a memorandum that explains a ruling made from the bench, a report
 * "recommending that the Court grant", a docket-text summary over the order, and cross-motions ("crossmotion", a title
 * that grants one and denies the other), entries
 * listed with their own filers ("by the government (DE 41) and defendant (DE 45, 54)"), "It" for the court, a numbered
 * name ("First Motion for Protective Order") the court rules on, and "The Court has reviewed the motion"; a side whose counsel
 * the order names is counseled; the filer a ruling's possessive names, "(collectively "Defendants") Motion", "(Docs.
 * 39-40)", exhibits "of record to" a motion, "preliminary motion", a withdrawal of part, and a title's relief over the
 * body's filing of the same entry; "MEMORANDUM AND ORDER granting 7 Motion"; a renewed motion; "the discovery motion".
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string | undefined; proSe?: boolean | null };
const crim = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF NEBRASKA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nTOBIAS FENWICK-ADEYEMI and CORA HALVORSEN,\nDefendants.\n\nCase No. 8:23-cr-00214\n\n${title}\n\n${body}\n`;
const civil = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF MICHIGAN\n\nPRISCILLA OKONKWO-BRANDT,\nPlaintiff,\nv.\nLAKESHORE DAIRY COOPERATIVE,\nDefendant.\n\nCase No. 1:24-cv-00519\n\n${title}\n\n${body}\n`;
const habeas = (body: string) =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nSEVERIN NAKAMURA-HOLT,\nPetitioner,\nv.\nSUPERINTENDENT, SNAKE RIVER CORRECTIONAL INSTITUTION,\nRespondent.\n\nCase No. 2:23-cv-01776\n\nOPINION AND ORDER\n\n${body}\n`;
const circuit = (body: string) =>
  `UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nNo. 24-2291\n\nHAMISH DELACROIX, Plaintiff-Appellant,\nv.\nPRAIRIE WIND ENERGY LLC, Defendant-Appellee.\n\nOPINION\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // The court's bare "dismiss": a ruling only after its own subject.
  ['"We also dismiss appellees\' motion to dismiss as moot"',
    circuit("Because we reach the merits, we also dismiss appellees' motion to dismiss as moot. The judgment of the district court is affirmed."),
    [{ kind: 'dismiss', movant: 'appellee', disposition: 'moot' }]],
  ['"We dismiss the appellant\'s motion for a stay pending appeal"',
    circuit("The appellant has not shown irreparable harm. We dismiss the appellant's motion for a stay pending appeal. The judgment is affirmed."),
    [{ kind: 'stay', movant: 'appellant', disposition: 'dismissed' }]],
  ['"the Court will dismiss the motion to compel (Doc. 12)"',
    civil("Plaintiff filed a motion to compel (Doc. 12) before serving any discovery request. For these reasons, the Court will dismiss the motion to compel (Doc. 12)."),
    [{ movant: 'plaintiff', disposition: 'dismissed', docEntry: '12' }]],
  ['"I therefore DISMISS the application (ECF No. 9) as moot"',
    civil("Plaintiff's application to proceed in forma pauperis (ECF No. 9) was overtaken by her payment of the filing fee. I therefore DISMISS the application (ECF No. 9) as moot."),
    [{ disposition: 'moot', docEntry: '9' }]],
  // ... never a party's "move to dismiss ... as moot" or "asks the Court to dismiss".
  ['"Defendant moves to dismiss the counterclaim as moot (Doc. 9)": no ruling',
    civil("Defendant moves to dismiss the counterclaim as moot (Doc. 9). Plaintiff opposes. A hearing is set for June 3, 2025."),
    [{ kind: 'dismiss', disposition: null, docEntry: '9' }]],
  ['"asks the Court to dismiss the claim as moot": no ruling',
    civil("Defendant's Motion to Dismiss (ECF No. 15) asks the Court to dismiss the claim as moot. Briefing closes on July 1, 2025."),
    [{ kind: 'dismiss', disposition: null, docEntry: '15' }]],

  // A construed letter's entry in brackets is the motion's.
  ['"construes Defendant\'s letter [ECF No. 30] as a motion for compassionate release"',
    crim("The Court construes Defendant's letter [ECF No. 30] as a motion for compassionate release under 18 U.S.C. § 3582(c)(1)(A). So construed, it is DENIED without prejudice."),
    [{ kind: 'compassionate_release', disposition: 'denied_without_prejudice', docEntry: '30' }]],
  ['"construed the filing [Dkt. 51] as a motion to appoint counsel"',
    crim("Ms. Halvorsen wrote to the Court from the county jail. The Court construes her filing [Dkt. 51] as a motion to appoint counsel, and the motion is GRANTED."),
    [{ kind: 'appoint_counsel', disposition: 'granted', docEntry: '51' }]],

  // Several parties move with one verb, each by its own entry: one motion per entry.
  ['"Defendants Fenwick-Adeyemi and Halvorsen move to suppress. See Dkt. 65 (Fenwick-Adeyemi); Dkt. 66 (Halvorsen)"',
    crim("Defendants Fenwick-Adeyemi and Halvorsen move to suppress the evidence found in the storage unit. See Dkt. 65 (Fenwick-Adeyemi); Dkt. 66 (Halvorsen). For the reasons below, the motions are DENIED."),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '65' }, { kind: 'suppress', disposition: 'denied', docEntry: '66' }]],
  ['"Halvorsen and Fenwick-Adeyemi move to dismiss the indictment (Doc. 12, Halvorsen; Doc. 14, Fenwick-Adeyemi)"',
    crim("Halvorsen and Fenwick-Adeyemi move to dismiss the indictment (Doc. 12, Halvorsen; Doc. 14, Fenwick-Adeyemi). The Court DENIES both motions."),
    [{ kind: 'dismiss', disposition: 'denied', docEntry: '12' }, { kind: 'dismiss', disposition: 'denied', docEntry: '14' }]],
  ['"Both defendants have moved in limine to exclude the recorded calls (ECF No. 70; ECF No. 72)"',
    crim("Both defendants have moved in limine to exclude the recorded calls (ECF No. 70; ECF No. 72). The motions are GRANTED."),
    [{ kind: 'in_limine', disposition: 'granted', docEntry: '70' }, { kind: 'in_limine', disposition: 'granted', docEntry: '72' }]],
  // ... but one party's motion and a later cite of its brief stay one motion.
  ['"Defendant moves to suppress (Dkt. 65; see also Dkt. 70 at 3)": one motion',
    crim("Defendant Halvorsen moves to suppress the evidence (Dkt. 65; see also Dkt. 70 at 3). The motion is DENIED."),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '65' }]],

  // A filer who "filed a discovery motion": one lower-case word sorting the motion still leaves the subject the filer.
  ['"Plaintiff has filed a discovery motion (Doc. 20)"',
    civil("Plaintiff has filed a discovery motion (Doc. 20). The Court has reviewed the parties' submissions. The discovery motion is GRANTED."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '20' }]],
  ['"Defendant filed a venue motion (Doc. 31), and Plaintiff filed a response"',
    civil("Defendant filed a venue motion (Doc. 31), and Plaintiff filed a response to the motion (Doc. 33). The motion is DENIED."),
    [{ movant: 'defendant', disposition: 'denied', docEntry: '31' }]],
  ['"the Government has filed a severance motion [ECF No. 88]"',
    crim("The Government has filed a severance motion [ECF No. 88]. Neither defendant objects. The motion is GRANTED."),
    [{ movant: 'government', disposition: 'granted', docEntry: '88' }]],
  // ... not a party's answer to another's motion.
  ['"Plaintiff filed an opposition to the motion (Doc. 9)": the motion stays the defendant\'s',
    civil("Defendant's Motion to Compel (Doc. 7) is before the Court. Plaintiff filed an opposition to the motion (Doc. 9). The Motion to Compel (Doc. 7) is GRANTED."),
    [{ movant: 'defendant', disposition: 'granted', docEntry: '7' }]],

  // A petition the ruling names only as "the petition" takes the entry of the mention that presented it.
  ['"filed a petition for a writ of habeas corpus (ECF No. 3). The petition is DENIED."',
    habeas("Petitioner filed a petition for a writ of habeas corpus (ECF No. 3). Respondent answered. The petition is DENIED."),
    [{ movant: 'petitioner', disposition: 'denied', docEntry: '3' }]],
  ['"an application for a writ of mandamus [Dkt. 12] ... The application is GRANTED"',
    habeas("Petitioner has filed an application for a writ of mandamus [Dkt. 12]. The application is GRANTED."),
    [{ movant: 'petitioner', disposition: 'granted', docEntry: '12' }]],
  // ... not the entry of an earlier petition told as history.
  ['"previously filed a petition (ECF No. 3), which was denied ... The petition is DENIED": no entry',
    habeas("Petitioner previously filed a petition (ECF No. 3), which was denied. He has now filed another petition. The petition is DENIED."),
    [{ disposition: 'denied', docEntry: undefined }]],

  // An appearance line that says a side is pro se makes its motions pro se.
  ['APPEARANCES: "Petitioner pro se"',
    habeas("APPEARANCES:\nSEVERIN NAKAMURA-HOLT\nPetitioner pro se\n\nPetitioner filed a motion to appoint counsel (ECF No. 5). The motion is DENIED."),
    [{ movant: 'petitioner', proSe: true, disposition: 'denied', docEntry: '5' }]],
  ['"SEVERIN NAKAMURA-HOLT, Petitioner, pro se."',
    habeas("SEVERIN NAKAMURA-HOLT, Petitioner, pro se.\nJANE ROE, Assistant Attorney General, for Respondent.\n\nPetitioner moves for an evidentiary hearing (ECF No. 40). The motion is DENIED."),
    [{ movant: 'petitioner', proSe: true, disposition: 'denied', docEntry: '40' }]],
  // ... not the other side's motion, nor a line that only mentions pro se filings.
  ['"Petitioner pro se" does not make the respondent\'s motion pro se',
    habeas("APPEARANCES:\nSEVERIN NAKAMURA-HOLT\nPetitioner pro se\n\nRespondent moves to dismiss the petition as untimely (ECF No. 12). The motion is GRANTED."),
    // (the respondent in habeas is the custodian, whom the government's lawyers represent: counseled)
    [{ movant: 'respondent', proSe: false, disposition: 'granted', docEntry: '12' }]],

  // A memorandum that explains a ruling made from the bench: the ruling it memorializes is its own.
  ['"At the hearing ..., the Court granted Defendant\'s motion to suppress (Doc. 30) ... This memorandum sets out the reasons"',
    crim("At the hearing on May 3, 2024, the Court granted Defendant Halvorsen's motion to suppress (Doc. 30) and stated that a written opinion would follow. This memorandum sets out the reasons for that ruling.", 'MEMORANDUM OPINION'),
    [{ kind: 'suppress', movant: 'defendant', disposition: 'granted', docEntry: '30' }]],
  ['"the Court orally denied Plaintiff\'s motion for a preliminary injunction (ECF No. 12). The Court now explains its reasons."',
    civil("On June 1, 2025, the Court orally denied Plaintiff's motion for a preliminary injunction (ECF No. 12). The Court now explains its reasons.", 'MEMORANDUM'),
    [{ movant: 'plaintiff', disposition: 'denied', docEntry: '12' }]],
  ['"his second motion (Doc. 45), which the Court denied at the hearing on May 3": the first motion is history',
    crim("In 2019 the Court denied Defendant Halvorsen's first motion to suppress (Doc. 30). This memorandum sets out the reasons for denying her second motion (Doc. 45), which the Court denied at the hearing on May 3, 2024.", 'MEMORANDUM OPINION'),
    [{ disposition: 'denied', docEntry: '45' }]],
  // ... a bench ruling with no memorandum that explains it stays history.
  ['"At the hearing on June 1, the Court denied ... Plaintiff then moved to compel": only the motion to compel',
    civil("At the hearing on June 1, 2025, the Court denied Plaintiff's motion for a preliminary injunction (ECF No. 12). Plaintiff then moved to compel (ECF No. 20). The motion to compel is GRANTED.", 'MEMORANDUM'),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '20' }]],
  ['"the Court denied the motion to dismiss from the bench" in an order that explains another ruling',
    civil("Defendant's motion to dismiss (ECF No. 8) was heard on April 2, 2025, and the Court denied it from the bench. Defendant now moves for a stay of discovery (ECF No. 25). The motion to stay is DENIED.", 'ORDER'),
    [{ kind: 'stay', movant: 'defendant', disposition: 'denied', docEntry: '25' }]],

  // A report told as "recommending that the Court grant" the motion is no ruling of this court.
  ['"Findings and Recommendation, recommending that the Court grant ... the Court declines to adopt ... and denies"',
    civil("Judge Roe issued her Findings and Recommendation, recommending that the Court grant Defendant's Motion to Dismiss (Doc. 5). For the reasons below, the Court declines to adopt the Findings and Recommendation and denies the Motion to Dismiss."),
    [{ kind: 'dismiss', disposition: 'denied' }]],
  ['"the report, recommending that the petition be dismissed ... the Court DENIES the petition"',
    civil("The magistrate judge filed a report on May 2, 2025, recommending that the motion to compel (ECF No. 40) be granted in full. Having reviewed the objections de novo, the Court DENIES the motion to compel (ECF No. 40)."),
    [{ disposition: 'denied', docEntry: '40' }]],
  // ... but a report read before the court's own clause leaves the court's ruling alone.
  ['"Having reviewed the report recommending that the motion be granted, the Court GRANTS"',
    civil("Having reviewed the report recommending that the motion be granted, the Court GRANTS the Motion to Dismiss (Doc. 5)."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '5' }]],

  // A docket-text summary over the order ("ORDER granting Defendant's 27 Motion ...") gives way to the body's finer ruling.
  ['docket text "ORDER granting ... 27 Motion to Dismiss as to Counts 1 and 2" over "the Motion is granted in part"',
    'Okafor v. Brightline Freight\nFiling 40\nORDER granting Defendant\'s 27 Motion to Dismiss as to Counts 1 and 2. Signed by Judge Ann Lee on 3/3/2020.\n\nUNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nORDER\n\nBefore the Court is Defendant\'s Motion to Dismiss (dkt. no. 27) (the "Motion"). The Court has reviewed the opposition and the reply, and the evidence submitted with each, and heard argument from counsel on the questions the Motion raises about the scope of the claims. For the reasons discussed below, the Motion is granted in part.\n',
    [{ kind: 'dismiss', disposition: 'granted_in_part', docEntry: '27' }]],
  ['docket text "ORDER denying 12 Motion to Compel" over "the motion is denied as moot"',
    'Lindqvist v. Harbor Tug Co.\nFiling 30\nORDER denying 12 Motion to Compel. Signed by Magistrate Judge Pedro Ruiz on 5/5/2021.\n\nUNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\nPlaintiff moved to compel answers to his second set of interrogatories (ECF No. 12). Defendant has since served full answers, signed under oath, and Plaintiff does not say that any answer falls short of what the rules require of a party. The motion to compel is therefore denied as moot.\n',
    [{ disposition: 'moot', docEntry: '12' }]],

  // Cross-motions: "crossmotion" in one word, and a title that grants one and denies the other.
  ['"GRANTS defendant\'s motion for summary judgment, and DENIES plaintiff\'s crossmotion for summary judgment"',
    civil("Having considered the papers, the court hereby GRANTS defendant's motion for summary judgment, and DENIES plaintiff's crossmotion for summary judgment."),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }, { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }]],
  ['title "ORDER GRANTING MOTION FOR SUMMARY JUDGMENT AND DENYING MOTION FOR SUMMARY JUDGMENT" over cross-motions',
    civil("The parties filed cross-motions. The court GRANTS defendant's motion for summary judgment (Doc. 30), and DENIES plaintiff's cross-motion for summary judgment (Doc. 35).", 'ORDER GRANTING MOTION FOR SUMMARY JUDGMENT AND DENYING MOTION FOR SUMMARY JUDGMENT'),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted', docEntry: '30' }, { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied', docEntry: '35' }]],
  // ... one motion granted as to one count and denied as to another stays granted in part.
  ['"motion to dismiss Count II is GRANTED. ... motion to dismiss Count I is DENIED": in part',
    civil("Defendant's motion to dismiss Count II is GRANTED. Defendant's motion to dismiss Count I is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }]],

  // One plural filing word, entries with their own filers: "filed by the government (DE 41) and defendant (DE 45, 54)";
  // "It" after the court's sentence is the court; a numbered name ("first motion") the court rules on is no history.
  ['"motions in limine filed by the government (DE 41) and defendant (DE 45, 54) ... It grants in part ... and denies"',
    crim("This matter comes now for trial on motions in limine filed by the government (DE 41) and defendant (DE 45, 54). For the reasons that follow, the court grants in part, and denies in part, the government's motion. It grants in part, and denies in part defendant's first motion in limine (DE 45), and denies defendant's supplemental motion in limine (DE 54)."),
    [{ kind: 'in_limine', movant: 'government', disposition: 'granted_in_part', docEntry: '41' }, { kind: 'in_limine', movant: 'defendant', disposition: 'granted_in_part', docEntry: '45' }, { kind: 'in_limine', movant: 'defendant', disposition: 'denied', docEntry: '54' }]],
  ['"motions to compel filed by Plaintiff [Doc. 30, 31] and Defendant [Doc. 33]"',
    civil("Before the Court are motions to compel filed by Plaintiff [Doc. 30, 31] and Defendant [Doc. 33]. All three motions are DENIED."),
    [{ movant: 'plaintiff', disposition: 'denied', docEntry: '30' }, { movant: 'plaintiff', disposition: 'denied', docEntry: '31' }, { movant: 'defendant', disposition: 'denied', docEntry: '33' }]],
  ['"This matter is before the Court on Defendants\' First Motion for Protective Order (doc. 59) and ... Second Motion"',
    civil("This matter is before the Court on Defendant's First Motion for Protective Order (doc. 59) and Defendant's Second Motion to Compel (doc. 82). The Court grants the First Motion for Protective Order and denies the Second Motion to Compel."),
    [{ movant: 'defendant', disposition: 'granted', docEntry: '59' }, { movant: 'defendant', disposition: 'denied', docEntry: '82' }]],
  // ... a first motion told as history stays history, and "It" that is no court rules nothing.
  ['"Plaintiff\'s first motion to compel (Doc. 20) was denied. Plaintiff\'s Second Motion to Compel (Doc. 30) is GRANTED."',
    civil("Plaintiff's first motion to compel (Doc. 20) was denied. Plaintiff's Second Motion to Compel (Doc. 30) is GRANTED."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '30' }]],
  ['"The Court previously denied Plaintiff\'s First Motion to Compel (Doc. 20)."',
    civil("The Court previously denied Plaintiff's First Motion to Compel (Doc. 20). Plaintiff's Second Motion to Compel (Doc. 30) is GRANTED."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '30' }]],
  ['"It was clear that the motion (Doc. 5) would be denied": no ruling',
    civil("The Court has reviewed the parties' filings. It was clear that the motion to compel (Doc. 5) would be denied by the magistrate judge. The Court grants the motion to stay (Doc. 8)."),
    [{ kind: 'stay', disposition: 'granted', docEntry: '8' }]],
  ['"The Court has reviewed the motion to compel (Doc. 5). It is DENIED."',
    civil("The Court has reviewed the motion to compel (Doc. 5). It is DENIED."),
    [{ disposition: 'denied', docEntry: '5' }]],

  // A side whose counsel the order names is counseled: its motions are not pro se.
  ['appearance line "..., Kansas City, MO, for Defendant."',
    civil("Hollis Reade, Reade & Marsh, L.C., Grand Rapids, MI, for Plaintiff.\nTamsin Odell, Odell Law PLLC, Lansing, MI, for Defendant.\n\nThis matter is before the court on the motion of defendant to stay proceedings (Doc. # 8). For the reasons stated below, the motion is granted."),
    [{ kind: 'stay', movant: 'defendant', proSe: false, disposition: 'granted', docEntry: '8' }]],
  ['"Counsel Ann Roe appeared telephonically for Plaintiff."',
    civil("Plaintiff filed a Motion to Compel (Doc. 69.) Counsel Ann Roe and Lee Park appeared telephonically for Plaintiff. Counsel Sam Ito appeared for Defendant. The Court GRANTS the Motion to Compel."),
    [{ movant: 'plaintiff', proSe: false, disposition: 'granted', docEntry: '69' }]],
  ['"Plaintiff ... appeared through his counsel"',
    civil("The motions came on for hearing. Plaintiff Priscilla Okonkwo-Brandt appeared through her counsel, Ben Lunch. The court hereby DENIES plaintiff's motion for summary judgment."),
    [{ kind: 'summary_judgment', movant: 'plaintiff', proSe: false, disposition: 'denied' }]],
  ['"For Plaintiff: Douglas Fisher, Esq. For Defendant: No appearance."',
    civil("APPEARANCES\nFor Plaintiff: Douglas Fisher, Esq.\nFor Defendant: No appearance.\n\nPlaintiff's motion for a default judgment (Docket Entry 7) is GRANTED."),
    [{ movant: 'plaintiff', proSe: false, disposition: 'granted', docEntry: '7' }]],
  // ... not the other side's motion, and not a side that appears pro se.
  ['"For Defendant: No appearance." leaves the defendant\'s motion unknown',
    civil("APPEARANCES\nFor Plaintiff: Douglas Fisher, Esq.\nFor Defendant: No appearance.\n\nDefendant's letter motion to vacate the default (Docket Entry 9) is DENIED."),
    [{ movant: 'defendant', proSe: null, disposition: 'denied', docEntry: '9' }]],
  // (the party's own line says pro se: since session 15 that line makes the side's motions pro se, never counseled)
  ['"John Doe, Brooklyn, NY, pro se, for Plaintiff."',
    civil("Priscilla Okonkwo-Brandt, Kalamazoo, MI, pro se, for Plaintiff.\nTamsin Odell, Lansing, MI, for Defendant.\n\nPlaintiff's motion to compel (ECF No. 14) is DENIED."),
    [{ movant: 'plaintiff', proSe: true, disposition: 'denied', docEntry: '14' }]],

  // The ruling's possessive names the filer of a motion no earlier words gave one.
  ['"Defendants removed this action ..., and now move to dismiss ... Defendants\' motion is denied"',
    civil("Defendants removed this action to federal court, see Notice of Removal, dkt. #1, and now move to dismiss for lack of personal jurisdiction. See Motion, dkt. # 13. For the reasons that follow, Defendants' motion is denied."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '13' }]],
  // A collective short name right before the motion names its filers.
  ['"Jared Smith\'s (collectively "Defendants") Motion to Dismiss (Doc. 22)"',
    civil('Before the Court is Defendants Lisa Jones, the Forest Service (the "USFS"), and Jared Smith\'s (collectively "Defendants") Motion to Dismiss (Doc. 22). The motion is DENIED.'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '22' }]],
  // A range of entries under a plural label is the motion and its brief.
  ['"filed a Motion to Dismiss Counterclaim ... (Docs. 39-40)"',
    civil("On November 25, 2024 Plaintiff filed a Motion to Dismiss Counterclaim (Docs. 39-40). Defendant responded (Docs. 47, 50). The Motion to Dismiss Counterclaim is GRANTED."),
    [{ kind: 'dismiss', movant: 'plaintiff', disposition: 'granted', docEntry: '39' }]],
  // Exhibits "of record" to a motion are the motion's papers, not the motion.
  ['"Supplemental Exhibits of Record to Motion for Compassionate Release, (Dkt. #539)"',
    crim("Before the Court is Defendant Halvorsen's Motion for Compassionate Release, (Dkt. #537). She also filed Supplemental Exhibits of Record to Motion for Compassionate Release, (Dkt. #539). The Court, having considered the motion, DENIES the motion."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '537' }]],
  // "preliminary" sorts the motion; the possessive before it still names the filer.
  ['"grants Defendants\' preliminary motion in limine [46]"',
    crim("Before the Court are the Government's consolidated motions in limine [45] and Defendants' preliminary motion in limine [46]. The Court grants in part and denies in part the Government's consolidated motions in limine [45] and grants Defendants' preliminary motion in limine [46]."),
    [{ kind: 'in_limine', movant: 'government', disposition: 'granted_in_part', docEntry: '45' }, { kind: 'in_limine', movant: 'defendant', disposition: 'granted', docEntry: '46' }]],
  // A withdrawal of part leaves the rest to the ruling.
  ['"withdrew his motions for a judgment of acquittal as to Counts Two, Five, and Six" then "the motion ... is denied"',
    crim("Fenwick-Adeyemi renews his motion for judgment of acquittal under Rule 29(c) as to Count Three. At trial, Fenwick-Adeyemi moved for judgment of acquittal as to Counts Two, Three and Five. By letter, Fenwick-Adeyemi withdrew his motions for a judgment of acquittal as to Counts Two and Five. For the reasons that follow, the motion for judgment of acquittal is denied.", 'MEMORANDUM AND ORDER'),
    [{ movant: 'defendant', disposition: 'denied' }]],
  // A title's relief over the body's filing of the same entry, ruled on by its bare name: one motion.
  ['"ORDER DISMISSING MOTION FOR HOME CONFINEMENT" over "pro se letter (Doc. 35) ... dismisses Defendant\'s motion"',
    crim("This matter comes before the Court on Defendant Halvorsen's pro se letter (Doc. 35) asking to serve her sentence at home. For the reasons explained below, the Court dismisses Defendant's motion for lack of jurisdiction. Because Defendant is proceeding pro se, the Court construes her filing (Doc. 35) as a motion for release to home confinement.", 'ORDER DISMISSING MOTION FOR HOME CONFINEMENT'),
    [{ kind: 'home_confinement', movant: 'defendant', disposition: 'dismissed', docEntry: '35' }]],
  ['"ORDER DISMISSING MOTION FOR HOME CONFINEMENT" over "dismisses Defendant\'s motion (Doc. 35) for lack of jurisdiction"',
    crim("The Court dismisses Defendant's motion (Doc. 35) for lack of jurisdiction. Defendant wrote to the Court asking to serve her sentence at home. The Court construes her filing (Doc. 35) as a motion for release to home confinement.", 'ORDER DISMISSING MOTION FOR HOME CONFINEMENT'),
    [{ kind: 'home_confinement', movant: 'defendant', disposition: 'dismissed', docEntry: '35' }]],
  // A second filing asked "by separate motion", its filer a caption name.
  ['"Okonkwo-Brandt has, by separate motion, requested the court to extend the deadline (Doc. # 6). ... the motions are granted"',
    civil("This matter is before the court on the application of plaintiff Priscilla Okonkwo-Brandt to stay proceedings (Doc. # 8). In addition, Okonkwo-Brandt has, by separate motion, requested the court to extend the deadline to respond to the counterclaim (Doc. # 6). For the reasons stated below, the motions are granted."),
    [{ kind: 'stay', movant: 'plaintiff', disposition: 'granted', docEntry: '8' }, { kind: 'extension_of_time', movant: 'plaintiff', disposition: 'granted', docEntry: '6' }]],
  ['"Lakeshore Dairy has also requested, in its reply, that the hearing be moved": no filing',
    civil("Defendant's motion to compel (Doc. 12) is before the Court. Lakeshore Dairy has also requested, in its reply, a hearing on the motion. The motion to compel (Doc. 12) is DENIED."),
    [{ movant: 'defendant', disposition: 'denied', docEntry: '12' }]],
  // A docket-text line "MEMORANDUM AND ORDER granting 7 Motion ..." rules on the entry it names.
  ['"Court Description: MEMORANDUM AND ORDER granting 7 Motion for Default Judgment."',
    'Okonkwo-Brandt v. Lakeshore Dairy, No. 1:2024cv00519 - Document 9 (W.D. Mich. 2025)\n\nCourt Description: MEMORANDUM AND ORDER granting 7 Motion for Default Judgment. Signed by Judge Ana Ruiz on 3/29/2025.\n',
    [{ disposition: 'granted', docEntry: '7' }]],
  ['"OPINION AND ORDER denying 31 Motion to Compel"',
    'Lindqvist v. Harbor Tug Co.\nFiling 40\nOPINION AND ORDER denying 31 Motion to Compel; granting 33 Motion to Stay. Signed by Judge Pedro Ruiz on 5/5/2021.\n',
    [{ disposition: 'denied', docEntry: '31' }, { kind: 'stay', disposition: 'granted', docEntry: '33' }]],
  // A renewed motion with its own entry is presented ("Plaintiff renewed its motion ... (Docket Entry 7.)").
  ['"Thereafter, Plaintiff renewed its motion ... (Docket Entry 7.) ... Plaintiff\'s motion is GRANTED"',
    civil("Plaintiff moved for a default judgment (Docket Entry 5). The Court denied the motion without prejudice because Plaintiff had not filed a statement of damages. Thereafter, Plaintiff renewed its motion, this time with the proper papers. (Docket Entry 7.) For the following reasons, Plaintiff's motion is GRANTED.", 'MEMORANDUM & ORDER'),
    [{ movant: 'plaintiff', disposition: null, docEntry: '5' }, { movant: 'plaintiff', disposition: 'granted', docEntry: '7' }]],
  // A word before the bare noun that sorts one filing by its relief: "The discovery motion is GRANTED".
  ['"The motion to dismiss is DENIED. The discovery motion is GRANTED."',
    civil("Before the Court are Plaintiff's Motion to Compel Discovery (Doc. 20) and Defendant's Motion to Dismiss (Doc. 22). The motion to dismiss is DENIED. The discovery motion is GRANTED."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '20' }, { kind: 'dismiss', disposition: 'denied', docEntry: '22' }]],
  ['"The suppression motion is DENIED. The particulars motion is GRANTED."',
    crim("Before the Court are Defendant Halvorsen's Motion to Suppress Statements (Doc. 20) and her Motion for a Bill of Particulars (Doc. 22). The suppression motion is DENIED. The particulars motion is GRANTED."),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '20' }, { disposition: 'granted', docEntry: '22' }]],
  ['"The amendment motion is GRANTED, and the dismissal motion is DENIED as moot."',
    civil("Before the Court are Plaintiff's Motion for Leave to Amend (Doc. 20) and Defendant's Motion to Dismiss (Doc. 22). The amendment motion is GRANTED, and the dismissal motion is DENIED as moot."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '20' }, { kind: 'dismiss', disposition: 'moot', docEntry: '22' }]],
  // ... a word any motion may take sorts none.
  ['"The pending motion is DENIED" after two motions: the one named last',
    civil("Before the Court are Plaintiff's Motion to Compel (Doc. 20) and Defendant's Motion to Dismiss (Doc. 22). The pending motion is DENIED."),
    [{ movant: 'plaintiff', disposition: null, docEntry: '20' }, { kind: 'dismiss', disposition: 'denied', docEntry: '22' }]],
  // A request that is a filing of its own, ruled on in its sentence.
  ['"The request for judicial notice filed on May 3, 2022, is granted."',
    'COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\n\nTHE COURT:\nThe request for judicial notice filed on May 3, 2022, is granted. The petition for writ of supersedeas is denied.\n',
    [{ disposition: 'granted' }, { disposition: 'denied' }]],
  ['"The request to consolidate the appeals is GRANTED."',
    circuit("The request to consolidate the appeals is GRANTED. Appellant's opening brief is due June 2, 2025."),
    [{ disposition: 'granted' }]],
  // ... not a request the court only mentions.
  ['"The court will hear the request for oral argument at a later date": no ruling',
    circuit("The court will hear the request for oral argument at a later date. Briefing is complete."),
    []],
  // Filers: a motions form's field; a habeas case's petition; another act joined to the filing; a dated possessive.
  ['Texas motions form "Party filing motion: Appellant"',
    'COURT OF APPEALS FOR THE\nSECOND DISTRICT OF TEXAS\nORDER ON MOTION\nCause number: 02-24-00311-CV\nDate motion filed: May 1, 2025\nType of motion: Motion for extension of time to file brief\nParty filing motion: Appellant\nIf motion to extend time:\nThe motion is DENIED.\n',
    [{ kind: 'extension_of_time', movant: 'appellant', disposition: 'denied' }]],
  ['"the court DENIES the motion for a certificate of appealability (Doc. No. 31)" after "denying his 28 U.S.C. § 2254 petition"',
    'OPINION AND ORDER\nSeverin Nakamura-Holt, by counsel, filed a notice of appeal and a request for a certificate of appealability (Doc. Nos. 29 and 31), appealing this Court\'s order denying his 28 U.S.C. § 2254 petition for federal habeas corpus relief. For the foregoing reasons, the court DENIES the motion for a certificate of appealability (Doc. No. 31).\n',
    [{ movant: 'petitioner', disposition: 'denied', docEntry: '31' }]],
  ['"He is proceeding pro se with a petition for writ of habeas corpus ... the petition will be denied"',
    habeas("Petitioner is a state prisoner. He is proceeding pro se with a petition for writ of habeas corpus pursuant to 28 U.S.C. § 2254. For the following reasons, the petition will be denied as untimely."),
    [{ movant: 'petitioner', proSe: true, disposition: 'denied' }]],
  ['"appellant Jo Marsh, pro se, lodged a partial record with our clerk and filed a petition for leave to proceed in forma pauperis"',
    'IN THE SUPREME COURT OF ARKANSAS\nNo. CV-25-113\nPER CURIAM\nOn February 4, 2025, appellant Jo Marsh, pro se, lodged a partial record with our clerk and filed a petition for leave to proceed in forma pauperis in her appeal. We deny the petition without prejudice.\n',
    [{ movant: 'appellant', proSe: true, disposition: 'denied_without_prejudice' }]],
  ['"Pending before the court is respondent\'s June 24, 2011, motion to dismiss"',
    habeas("Pending before the court is respondent's June 24, 2024, motion to dismiss the petition as untimely (ECF No. 9). The motion to dismiss is granted."),
    [{ kind: 'dismiss', movant: 'respondent', disposition: 'granted', docEntry: '9' }]],
  // A relief named before the noun ("his in forma pauperis motion", "Plaintiff's sanctions motion") sorts the filing.
  ['"The Court GRANTS his in forma pauperis motion (doc. 3), but ... his petition must be DISMISSED"',
    'ORDER\nServing a federal sentence, Severin Nakamura-Holt seeks 28 U.S.C. § 2241 relief. Doc. 1. The Court GRANTS his in forma pauperis motion (doc. 3), but upon preliminary review, his petition must be DISMISSED. Because the petitioner is in custody in New Hampshire, he must seek relief there.\n',
    [{ kind: 'section_2241', movant: 'petitioner', disposition: 'dismissed' }, { movant: 'petitioner', disposition: 'granted', docEntry: '3' }]],
  ['"Plaintiff\'s sanctions motion (Doc. 20) ... The sanctions motion is GRANTED"',
    civil("Before the Court are Plaintiff's sanctions motion (Doc. 20) and Defendant's Motion to Dismiss (Doc. 22). The motion to dismiss is DENIED. The sanctions motion is GRANTED."),
    [{ movant: 'plaintiff', disposition: 'granted', docEntry: '20' }, { kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '22' }]],
  // Counsel's motion to withdraw is the represented side's, filed by counsel.
  ['"the Motion to Withdraw as Counsel for David Richardson ("Defendant") filed by one of Defendant\'s counsel ... DENIED"',
    crim('This matter comes before the Court upon the Motion to Withdraw as Counsel for Cora Halvorsen ("Defendant") filed by one of Defendant\'s counsel, Mary Davis. ECF No. 96. For the reasons set forth herein, Defendant\'s Motion is DENIED.'),
    [{ movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '96' }]],
  ['"Nicole Gallagher\'s Unopposed Motion to Withdraw as Counsel of Record for Defendant Shane Johnson. (Doc. 124.)"',
    crim("Before the Court is Ann Roe's Unopposed Motion to Withdraw as Counsel of Record for Defendant Cora Halvorsen. (Doc. 124.) The Motion to Withdraw (Doc. 124) is DENIED."),
    [{ movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '124' }]],
  // "the Motion in part", with a capital M.
  ['"The Court GRANTS the Motion in part and adjourns Defendant\'s report date"',
    crim("This matter is before the Court on Defendant's Motion for Bond Pending Appeal (Doc. 258). The Court GRANTS the Motion in part and adjourns Defendant's report date to June 8, 2025."),
    [{ movant: 'defendant', disposition: 'granted_in_part', docEntry: '258' }]],
  // A request told inside a quotation, or as a condition about someone, is nobody's in this case.
  ['"A prisoner may not seek a writ of audita querela if he "may seek redress under § 2255."": one petition',
    crim('The defendant has filed a petition for a writ of audita querela. (Doc. 578). For the reasons that follow, the petition shall be denied. A prisoner may not seek a writ of audita querela if he "may seek redress under § 2255." That is the case here.'),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '578' }]],
  // A side said to be unrepresented in other words; the civil applicant to sue without paying; a filing that does not exist.
  ['\'C. Dwayne Gilmore ("Plaintiff") is a state prisoner proceeding pro se\'',
    civil('Priscilla Okonkwo-Brandt ("Plaintiff") is a state prisoner proceeding pro se with this civil rights action. Plaintiff moves to substitute a defendant (Doc. 31). The motion is DENIED without prejudice.'),
    [{ movant: 'plaintiff', proSe: true, disposition: 'denied_without_prejudice', docEntry: '31' }]],
  ['"filed this action ... without the assistance of counsel"',
    civil("Plaintiff Priscilla Okonkwo-Brandt filed this action on June 5, 2024, without the assistance of counsel. Plaintiff moves to extend the time to respond (ECF No. 89). The motion is GRANTED."),
    [{ kind: 'extension_of_time', movant: 'plaintiff', proSe: true, disposition: 'granted', docEntry: '89' }]],
  ['"the Court will dismiss this case in ninety days if there is no motion to substitute ... the application to proceed in forma pauperis (dkt. no. 1) is denied as moot"',
    'ORDER\nOn March 6, 2024, Plaintiff initiated this civil rights action. (Dkt. no. 1.) Defendants filed a suggestion of death. For the foregoing reasons, it is ordered that the Court will dismiss this case in ninety (90) days if there is no motion to substitute filed pursuant to Rule 25(a)(1). It is further ordered that the application to proceed in forma pauperis (dkt. no. 1) is denied as moot.\n',
    [{ movant: 'plaintiff', disposition: 'moot', docEntry: '1' }]],
  // Docket text with the entry between the possessive and the motion; another party's request ruled right after it.
  ['"IT IS ORDERED, Defendants\' 12 Motion to Dismiss ... is GRANTED. Plaintiff\'s request to conduct additional discovery is DENIED."',
    'Lindqvist v. Harbor Tug Co.\nFiling 30\nORDER: IT IS ORDERED, Defendants\' 12 Motion to Dismiss for Lack of Personal Jurisdiction is GRANTED. Plaintiff\'s request to conduct additional discovery is DENIED. Signed by Judge Pedro Ruiz on 6/7/2024.\n',
    [{ movant: 'plaintiff', disposition: 'denied' }, { kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '12' }]],
  ['"Defendant\'s 2019 Motion to Dismiss was denied" is no entry 2019',
    civil("Defendant's 2019 Motion to Dismiss (Doc. 8) was denied. Defendant's renewed Motion to Dismiss (Doc. 30) is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '30' }]],
  // The relief a motion named just before restates ("... and seek dismissal") is that motion, not a second one.
  ['"a joint Motion to Dismiss filed by foreign Defendants ... (ECF No. 229). All of the foreign Defendants ... seek dismissal ... (ECF No. 231)"',
    civil('Before the Court is a joint Motion to Dismiss filed by Defendants Lakeshore Dairy Cooperative and Harbor Mills LLC (collectively, "Defendants"). (ECF No. 229). All of the Defendants assert that this Court lacks personal jurisdiction over them, and seek dismissal pursuant to Fed. R. Civ. P. 12(b)(2). (ECF No. 231). The Motion is denied, without prejudice.'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied_without_prejudice', docEntry: '229' }]],
  // ... but a party that moves again makes a second motion.
  ['"Defendant moved to dismiss (ECF No. 10). Plaintiff then moves to dismiss the counterclaim (ECF No. 14)."',
    civil("Defendant moved to dismiss the complaint (ECF No. 10). Plaintiff then moves to dismiss the counterclaim (ECF No. 14). Both motions are DENIED."),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '10' }, { kind: 'dismiss', movant: 'plaintiff', disposition: 'denied', docEntry: '14' }]],
  // New York motion sequences: "(Motion 001) ... were read on this motion to/for DISMISS" and "motion sequence number 001".
  ['NYSCEF "(Motion 001) ... were read on this motion to/for DISMISS ... motion sequence numbers 001 and 002 are granted"',
    'SUPREME COURT OF THE STATE OF NEW YORK\nKINGS COUNTY\n\nDECISION + ORDER ON MOTION\n\nThe following e-filed documents, listed by NYSCEF document number (Motion 001) 7, 8, 9 were read on this motion to/for DISMISS. The following e-filed documents, listed by NYSCEF document number (Motion 002) 16, 17 were read on this motion to/for DISMISS. Upon the foregoing documents, it is\nORDERED that motion sequence numbers 001 and 002 are granted; and it is further\nORDERED that the Clerk enter judgment.\n',
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '001' }, { kind: 'dismiss', disposition: 'granted', docEntry: '002' }]],
  ['"(Motion 002) ... motion to/for SUMMARY JUDGMENT ... motion sequence number 002 is denied as moot"',
    'SUPREME COURT OF THE STATE OF NEW YORK\nNEW YORK COUNTY\n\nDECISION + ORDER ON MOTION\n\nThe following e-filed documents, listed by NYSCEF document number (Motion 001) 7, 8 were read on this motion to/for DISMISS. The following e-filed documents, listed by NYSCEF document number (Motion 002) 16, 17 were read on this motion to/for SUMMARY JUDGMENT. Upon the foregoing documents, it is\nORDERED that motion sequence number 001 is granted; and it is further\nORDERED that motion sequence number 002 is denied as moot.\n',
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '001' }, { kind: 'summary_judgment', disposition: 'moot', docEntry: '002' }]],
  // A counted plural whose motions the next sentences list by ordinal: one motion per item.
  ['"four motions filed by Petitioner. First, Petitioner moves to Vacate ... § 2255. Second, ... requests an evidentiary hearing ..."',
    habeas('This matter is before the Court on four motions filed by Petitioner Severin Nakamura-Holt ("Petitioner"). First, Petitioner moves to Vacate, Set Aside, or Correct Sentence, pursuant to 28 U.S.C. § 2255. ECF No. 96. Second, Petitioner requests an evidentiary hearing, so that he "can prove the allegations [in his § 2255 motion]." Third, Petitioner requests the opportunity to conduct discovery. Fourth, Petitioner requests that counsel be appointed to represent him. For the reasons discussed below, the Court DENIES all of Petitioner\'s motions.'),
    [{ kind: 'section_2255', disposition: 'denied', docEntry: '96' }, { kind: 'other', movant: 'petitioner', disposition: 'denied' }, { kind: 'other', movant: 'petitioner', disposition: 'denied' }, { kind: 'appoint_counsel', movant: 'petitioner', disposition: 'denied' }]],
  ['"two motions. First, Defendant moves to suppress ... Second, he asks the Court to sever ... The motions are DENIED."',
    crim("Defendant Halvorsen has filed two pretrial motions. First, Defendant moves to suppress the statements she made at the border (Doc. 40). Second, she asks the Court to sever her trial from her co-defendant's (Doc. 41). The motions are DENIED."),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '40' }, { kind: 'other', disposition: 'denied', docEntry: '41' }]],
];

describe('session-9 rulings: the court\'s "dismiss", construed letters, several movers', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});
