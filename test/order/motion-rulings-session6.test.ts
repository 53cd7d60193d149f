/**
 * Rulings in drafting styles found in session 6 (fictional names): a party's words reported through an infinitive, a
 * ruling held over a deadline with the condition first, the parts of a motion granted in part, adverbs of an earlier
 * clause, a statute's condition on "a motion", findings in a report and recommendation, and page breaks inside a ruling.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string };
const civil = (body: string, title = 'ORDER', court = 'UNITED STATES DISTRICT COURT\nDISTRICT OF NEBRASKA') =>
  `${court}\n\nMARISOL VANTERPOOL,\nPlaintiff,\nv.\nHOLLISTER PLAINS MILLING CO.,\nDefendant.\n\nCase No. 8:23-cv-00417\n\n${title}\n\n${body}\n`;
const crim = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF WISCONSIN\n\nUNITED STATES OF AMERICA\nv.\nTHADDEUS OYELARAN-BRIGGS\n\nCase No. 2:18-cr-00233\n\n${title}\n\n${body}\n`;
const appeal = (body: string) =>
  `UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 23-1456\n\nIN RE HARBORVIEW BROADCASTING CORP., Debtor.\n\nOPINION\n\nKELLY, Circuit Judge.\n\n${body}\n`;
const habeas = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA\nBECKLEY DIVISION\n\nLUCIUS PEMBERTON-ASH,\nPetitioner,\nv.\nWARDEN, FCI BECKLEY,\nRespondent.\n\nCivil Action No. 5:24-cv-00311\n\n${title}\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // A party's words reported through an infinitive ("intends to argue that"): not the court's ruling.
  ['"intends to argue that the motion should be denied" in a motion for more time',
    crim("Defendant moved to suppress (ECF No. 61). The Government has moved for more time to respond (ECF No. 64), explaining that it intends to argue that the motion should be denied under the good-faith exception. The Government's Motion for Extension of Time (ECF No. 64) is GRANTED."),
    [{ kind: 'suppress', disposition: null, docEntry: '61' }, { kind: 'extension_of_time', disposition: 'granted', docEntry: '64' }]],
  ['"plans to contend that" summary judgment should be granted',
    civil("Defendant asks to extend the dispositive-motion deadline (Doc. 52) and plans to contend that summary judgment should be granted on every count. The Motion to Extend Deadline (Doc. 52) is GRANTED."),
    [{ kind: 'extension_of_time', disposition: 'granted', docEntry: '52' }]],
  ['"wishes to assert that" the petition should be dismissed',
    habeas("Respondent seeks leave to file a supplemental answer (ECF No. 18), because it wishes to assert that the petition should be dismissed as untimely. Respondent's motion for leave (ECF No. 18) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '18' }]],

  // The ruling held over a deadline, the condition first: the court waits, as with "will be GRANTED unless".
  ['"Should Plaintiff fail to respond ..., the motion will be granted as unopposed"',
    civil("Defendant's Motion to Dismiss (Doc. 23) has gone unanswered. Plaintiff shall respond by May 1, 2024. Should Plaintiff fail to respond by that date, the motion will be granted as unopposed."),
    [{ kind: 'dismiss', disposition: 'deferred', docEntry: '23' }]],
  ['"If Petitioner fails to file a reply ..., his petition will be denied"',
    habeas("The Petition for a Writ of Habeas Corpus under 28 U.S.C. § 2241 (ECF No. 1) is before the Court. If Petitioner fails to file a reply within thirty days, his petition will be denied for the reasons in Respondent's answer."),
    [{ kind: 'section_2241', disposition: 'deferred', docEntry: '1' }]],
  ['"In the event that Defendant fails to show cause ..., the Motion for Default Judgment will be granted"',
    civil("Plaintiff's Motion for Default Judgment (Doc. 31) is pending. In the event that Defendant fails to show cause by June 3, 2024, the Motion for Default Judgment (Doc. 31) will be granted."),
    [{ kind: 'other', disposition: 'deferred', docEntry: '31' }]],
  ['counterexample: a standard stated with "if", then the ruling',
    civil("If a complaint fails to state a plausible claim, a motion to dismiss is granted. The complaint here states a claim. Defendant's Motion to Dismiss (Doc. 23) is DENIED."),
    [{ kind: 'dismiss', disposition: 'denied', docEntry: '23' }]],

  // The sentences after "the motion is GRANTED IN PART" tell its parts: it stays granted in part.
  ['"GRANTED IN PART. This case is DISMISSED, but the request for a bar is DENIED"',
    civil("Defendant moved to dismiss with prejudice and for an injunction against refiling (Doc. 40). Accordingly, the motion is GRANTED IN PART. This case is DISMISSED, but the request for a pre-filing injunction is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', docEntry: '40' }]],
  ['"granted in part. The request for fees is denied."',
    civil("Plaintiff's Motion to Compel (Doc. 57) is granted in part. Defendant shall produce the withheld emails within fourteen days. The request for fees is denied because Defendant's position was substantially justified."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '57' }]],
  ['"GRANTED IN PART ... The request for a hearing is DENIED"',
    crim("Defendant's Motion for Discovery (ECF No. 75) is GRANTED IN PART: the Government shall disclose the cooperator's plea agreement. The request for an evidentiary hearing is DENIED."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '75' }]],

  // An adverb of an earlier clause is not the ruling's: "repeats arguments already considered and is DENIED".
  ['"repeats arguments already considered and is DENIED"',
    crim("Defendant's motion for reconsideration (ECF No. 90) repeats arguments already considered and is DENIED."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '90' }]],
  ['"raises issues previously decided and is therefore denied"',
    civil("Plaintiff's Second Motion for Reconsideration (Doc. 66) raises issues previously decided and is therefore denied."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '66' }]],
  ['"relies on evidence earlier excluded, and is DENIED"',
    civil("Plaintiff's Motion for New Trial (Doc. 120) relies on testimony earlier excluded and is DENIED."),
    [{ kind: 'other', disposition: 'denied', docEntry: '120' }]],
  ['counterexample: "which was previously denied" stays history',
    civil("Plaintiff renews the request made in her first motion, which was previously denied. The renewed Motion for Leave to Amend (Doc. 70) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '70' }]],

  // A statute's condition on "a motion" of any case: not a ruling.
  ['"a substantial likelihood that a motion for acquittal or new trial will be granted"',
    crim("Defendant moves for release pending sentencing (ECF No. 54). Section 3143(a)(2) requires detention unless there is a substantial likelihood that a motion for acquittal or new trial will be granted. No such likelihood exists. The motion (ECF No. 54) is denied."),
    [{ kind: 'other', disposition: 'denied', docEntry: '54' }]],
  ['"the rule provides that a request for a hearing shall be granted"',
    civil("Plaintiff's Motion to Seal (Doc. 12) is before the Court. The local rule provides that a request to seal may be granted only on a particularized showing. Plaintiff has made none. The Motion to Seal (Doc. 12) is DENIED."),
    [{ kind: 'other', disposition: 'denied', docEntry: '12' }]],
  ['"courts hold that any motion filed after the deadline is denied"',
    civil("Defendant's Motion to Amend the Scheduling Order (Doc. 48) came two months late. Courts in this district hold that any motion filed after the deadline is denied absent good cause. Good cause is shown here. The motion (Doc. 48) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '48' }]],

  // A report and recommendation decides nothing it finds: "his petition is moot" there is a finding.
  ['"PROPOSED FINDINGS AND RECOMMENDATION": "his petition is moot" and a recommendation to grant',
    habeas("Pending is Respondent's Motion to Dismiss (ECF No. 9). Petitioner has been released, so his petition is moot. The undersigned respectfully RECOMMENDS that the District Judge GRANT Respondent's Motion to Dismiss (ECF No. 9).", 'PROPOSED FINDINGS AND RECOMMENDATION'),
    [{ kind: 'dismiss', disposition: null, docEntry: '9' }]],
  ['"REPORT AND RECOMMENDATION": "the request is moot" as a finding',
    habeas("Petitioner's Motion for Expedited Review (ECF No. 14) asks for a ruling before his release date, which has passed; the request is moot. It is RECOMMENDED that the motion be denied as moot.", 'REPORT AND RECOMMENDATION'),
    [{ kind: 'other', disposition: null, docEntry: '14' }]],
  ['counterexample: an order adopting the report, "DENIED AS MOOT"',
    habeas("The Court ADOPTS the Proposed Findings and Recommendation (ECF No. 20). Petitioner's Motion for Expedited Review (ECF No. 14) is DENIED AS MOOT.", 'ORDER ADOPTING PROPOSED FINDINGS AND RECOMMENDATION'),
    [{ kind: 'other', disposition: 'moot', docEntry: '14' }]],

  // A page break (form feed, page number, next page's e-filing header) inside the ruling's sentence.
  ['page number and CM/ECF header between "motion to" and "dismiss ... is granted"',
    civil("For the reasons below, defendant's motion to\n\n2\n\fCase: 8:23-cv-00417 Document #: 41 Filed: 03/04/24 Page 2 of 3 PageID #:611\n\ndismiss [30] is granted."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '30' }]],
  ['circuit header between "is" and "GRANTED"',
    civil("Appellant's motion to file an out-of-time reply brief is\n\n1\n\fUSCA8 Appeal: 24-1180    Doc: 22    Filed: 03/04/2024    Pg: 2 of 2\n\nGRANTED.", 'ORDER', 'UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT'),
    [{ kind: 'other', disposition: 'granted' }]],
  ['NYSCEF stamps between "is" and "denied"',
    civil("Defendant's motion to compel is\n1 of 2\n\fFILED: KINGS COUNTY CLERK 03/04/2024 10:02 AM INDEX NO. 512233/2022\nNYSCEF DOC. NO. 88 RECEIVED NYSCEF: 03/04/2024\ndenied as academic.", 'DECISION AND ORDER', 'SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS'),
    [{ kind: 'other', disposition: 'moot' }]],

  // A grant limited right after its object: in part. What follows the limit is not a second object.
  ['"GRANTS ... [Doc. 30], but only to the extent that ..."',
    civil("The Court GRANTS Plaintiff's Motion for Extension of Time [Doc. 30], but only to the extent that Plaintiff shall have until May 6, 2024, rather than the ninety days requested, to file her response."),
    [{ kind: 'extension_of_time', disposition: 'granted_in_part', docEntry: '30' }]],
  ['"is granted, but only as to the subpoena"',
    civil("Defendant's Motion to Quash (Doc. 44) is granted, but only as to the subpoena served on the bank; the subpoena to the accountant stands."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '44' }]],
  ['"GRANTED but only insofar as it seeks a protective order"',
    crim("The Government's Motion for Protective Order and to Seal (ECF No. 33) is GRANTED but only insofar as it seeks a protective order for the witness statements."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '33' }]],

  // A motion closed on the docket with leave to bring it again.
  ['"is terminated without prejudice to its renewal"',
    civil("In light of the parties' notice of settlement, Defendant's pending motion to dismiss [22] is terminated without prejudice to its renewal should the settlement fail."),
    [{ kind: 'dismiss', disposition: 'denied_without_prejudice', docEntry: '22' }]],
  ['"the Clerk shall TERMINATE ... without prejudice"',
    civil("The case is STAYED. The Clerk shall TERMINATE Plaintiff's Motion for Summary Judgment (Doc. 61) without prejudice to refiling after the stay is lifted."),
    [{ kind: 'summary_judgment', disposition: 'denied_without_prejudice', docEntry: '61' }]],
  ['"terminates ... without prejudice" in docket text',
    crim('ORDER terminating [48] Motion to Suppress without prejudice in light of the superseding indictment. Signed by Judge Ansel Whitcombe on 3/4/2024.', 'TEXT ORDER'),
    [{ kind: 'suppress', disposition: 'denied_without_prejudice', docEntry: '48' }]],

  // Rulings on numbered parts of one filing, some granted and some denied: the filing is granted in part.
  ['"Request No. 1 ... GRANTED. Request No. 3 ... DENIED."',
    crim("The Government's Omnibus Motion in Limine (ECF No. 120) makes three requests. Request No. 1 (to bar argument about punishment) is GRANTED. Request No. 2 (to bar nullification arguments) is GRANTED. Request No. 3 (to exclude the victim's record) is DENIED."),
    [{ kind: 'in_limine', disposition: 'granted_in_part', docEntry: '120' }]],
  ['"Part A of the motion is DENIED. Part B ... is GRANTED."',
    civil("Plaintiff's Motion to Compel (Doc. 39) has two parts. Part A of the motion, which seeks the personnel files, is DENIED. Part B, which seeks the payroll records, is GRANTED."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '39' }]],
  ['"Topic No. 2 ... is granted; Topic No. 5 ... is denied"',
    civil("Defendant's Motion for Protective Order (Doc. 52) concerns the deposition topics. As to Topic No. 2, the motion is granted. As to Topic No. 5, the motion is denied."),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '52' }]],

  // The older form of an order to be entered: "Let an order be entered denying the petition".
  ['"Let an order be entered denying the petition without prejudice"',
    habeas('Petitioner has not exhausted his state remedies. Let an order be entered denying the petition without prejudice.'),
    [{ disposition: 'denied_without_prejudice' }]],
  ['"Let judgment be entered granting the motion"',
    civil("Defendant's motion for judgment on the pleadings (Doc. 15) is well taken. Let judgment be entered granting the motion."),
    [{ disposition: 'granted', docEntry: '15' }]],
  ['"Let the order issue denying the motion"',
    crim("The Court has considered Defendant's Motion for New Trial (ECF No. 88). Let the order issue denying the motion."),
    [{ disposition: 'denied', docEntry: '88' }]],

  // "is now denied": an adverb of time between the verb and its ruling.
  ['"For the reasons below, the motion is now denied"',
    civil("This case is before the Court on Defendant's Motion to Transfer Venue [ECF No. 11]. For the reasons explained below, the motion is now denied."),
    [{ kind: 'other', disposition: 'denied', docEntry: '11' }]],
  ['"is now GRANTED"',
    crim("Defendant's Motion to Modify Conditions of Release (ECF No. 40) was held for a report from Pretrial Services, which has arrived. The motion is now GRANTED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '40' }]],
  ['"is herein DENIED"',
    civil("Plaintiff's Motion for Sanctions (Doc. 77) is herein DENIED."),
    [{ kind: 'other', disposition: 'denied', docEntry: '77' }]],

  // A pleading-paper line number run into the ruling when a site flattens the lines.
  ['"is DENIED, without 7 prejudice"',
    civil("IT IS HEREBY ORDERED that: 6 1. Defendant's Motion for a Protective Order (ECF No. 47), is DENIED, without 7 prejudice."),
    [{ kind: 'other', disposition: 'denied_without_prejudice', docEntry: '47' }]],
  ['"dismissed without 12 prejudice"',
    civil("11 Plaintiff's Motion for a Preliminary Injunction (ECF No. 9) is DISMISSED without 12 prejudice to renewal."),
    [{ kind: 'other', disposition: 'dismissed_without_prejudice', docEntry: '9' }]],
  ['counterexample: "without prejudice" far from the ruling stays apart',
    civil("Plaintiff's Motion to Compel (ECF No. 20) is DENIED. The parties may confer again, and nothing here is without prejudice to either side's position at trial."),
    [{ kind: 'other', disposition: 'denied', docEntry: '20' }]],

  // An objection is not read as a motion (docs/order.md); one "now moot" in an appellate discussion decides nothing either.
  ['counterexample: an objection "now moot" in an appellate discussion is no ruling',
    appeal("We note at the outset that the appellant's objection to the sale is now moot, as the sale has been vacated. We turn to his remaining argument."),
    []],

  // The motion another filing answers is not what that filing's ruling decides.
  ['"the objection to the motion to strike is sustained and the motion to strike is denied"',
    civil("Accordingly, the plaintiff's objection to the motion to strike is sustained and the defendant's motion to strike is denied."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['"Plaintiff\'s opposition to the motion to dismiss is accepted as timely, and the motion to dismiss is granted"',
    civil("Plaintiff's opposition to the motion to dismiss (Doc. 30) is accepted as timely filed, and Defendant's motion to dismiss (Doc. 22) is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '22' }]],
  ['"Defendant\'s reply in opposition to the cross-motion is accepted; the cross-motion is DENIED"',
    civil("Defendant's reply in opposition to Plaintiff's cross-motion for summary judgment is accepted as filed, and Plaintiff's cross-motion for summary judgment (Doc. 60) is DENIED."),
    [{ kind: 'summary_judgment', disposition: 'denied', docEntry: '60' }]],

  // "DISREGARDED as moot".
  ['"is HEREBY DISREGARDED as moot"',
    civil("Plaintiff's motion to proceed in forma pauperis on appeal (ECF No. 35) is HEREBY DISREGARDED as moot because he was granted that status below."),
    [{ kind: 'other', disposition: 'moot', docEntry: '35' }]],
  ['"ORDER Disregarding 35 Motion ... as Moot" (docket text)',
    civil('ORDER Disregarding 35 Motion to Proceed In Forma Pauperis on Appeal as Moot, signed by Magistrate Judge Perpetua Lindqvist on 3/4/2024.', 'TEXT ORDER'),
    [{ kind: 'other', disposition: 'moot', docEntry: '35' }]],
  ['"the Court disregards the motion as moot"',
    crim("The Court disregards Defendant's motion for a status report (ECF No. 91) as moot, since the report was filed."),
    [{ kind: 'other', disposition: 'moot', docEntry: '91' }]],

  // A title whose ruling names the filing by its noun alone: the filing the body tells of (or a new one).
  ['"ORDER DENYING THE PETITION AND DENYING A CERTIFICATE OF APPEALABILITY", body adopts the report',
    habeas("This petition for a writ of habeas corpus under 28 U.S.C. § 2254 is before the court on the magistrate judge's report and recommendation, ECF No. 19. The report and recommendation is correct and is adopted as the court's opinion.", 'ORDER DENYING THE PETITION AND DENYING A CERTIFICATE OF APPEALABILITY'),
    [{ disposition: 'denied' }]],
  ['"ORDER DISMISSING SUCCESSIVE MOTION" for the one § 2255 motion the body names',
    crim("Defendant has filed a motion under 28 U.S.C. § 2255 (ECF No. 140). He filed an earlier § 2255 motion that was decided on the merits, and he has no authorization from the court of appeals. The Court lacks jurisdiction.", 'ORDER DISMISSING SUCCESSIVE MOTION'),
    [{ kind: 'section_2255', disposition: 'dismissed', docEntry: '140' }]],
  ['"ORDER GRANTING APPLICATION" with the application told in the body',
    civil("Plaintiff's application to proceed without prepaying fees (ECF No. 2) shows that she cannot pay the filing fee.", 'ORDER GRANTING APPLICATION'),
    [{ kind: 'other', disposition: 'granted' }]],
  ['"ORDER DENYING MOTION" with two motions, the body deciding one: the title decides the other',
    crim("Defendant's motion to continue the trial (ECF No. 30) is GRANTED. Defendant also asks for a bill of particulars (ECF No. 31); the indictment gives him adequate notice.", 'ORDER DENYING MOTION FOR BILL OF PARTICULARS'),
    [{ kind: 'other', disposition: 'denied' }, { kind: 'other', disposition: 'granted', docEntry: '30' }]],

  // A title in numbered lines under its ORDER line, one ruling a line.
  ['"ORDER\n(1) GRANTING IN PART ... (ECF No. 122); AND\n(2) DENYING ... (ECF No. 129)"',
    civil('Before the Court are two motions to seal filed by Plaintiff.', "ORDER\n(1) GRANTING IN PART AND DENYING IN PART PLAINTIFF'S MOTION TO SEAL (ECF No. 122); AND\n(2) DENYING PLAINTIFF'S MOTION TO SEAL (ECF No. 129)"),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '122' }, { kind: 'other', disposition: 'denied', docEntry: '129' }]],
  ['"ORDER:\n1. GRANTING ... MOTION TO COMPEL\n2. DENYING ... MOTION FOR SANCTIONS"',
    civil('The parties dispute the scope of discovery.', "ORDER:\n1. GRANTING DEFENDANT'S MOTION TO COMPEL (Doc. 40); AND\n2. DENYING DEFENDANT'S MOTION FOR SANCTIONS (Doc. 41)"),
    [{ kind: 'other', disposition: 'granted', docEntry: '40' }, { kind: 'other', disposition: 'denied', docEntry: '41' }]],
  ['"OMNIBUS ORDER\n(a) DENYING ... MOTION TO DISMISS"',
    crim('The Court heard argument on March 3.', "OMNIBUS ORDER\n(a) DENYING DEFENDANT'S MOTION TO DISMISS THE INDICTMENT (ECF No. 77)"),
    [{ kind: 'dismiss', disposition: 'denied', docEntry: '77' }]],

  // The entry a caption line names for the order's subject: "Re: Dkt. No. 8".
  ['N.D. Cal. caption "Re: Dkt. No. 8", body "the court GRANTS the motion"',
    civil("Before the court is the parties' joint motion to transfer venue. Having read the parties' papers, the court hereby GRANTS the motion.", 'ORDER GRANTING MOTION TO TRANSFER VENUE\nRe: Dkt. No. 8', 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA'),
    [{ kind: 'other', disposition: 'granted', docEntry: '8' }]],
  ['"Re: ECF No. 24" under the title, one motion denied',
    civil("Plaintiff asks the Court to appoint counsel. The case is not complex, and the request is DENIED.", 'ORDER DENYING MOTION TO APPOINT COUNSEL\nRe: ECF No. 24'),
    [{ disposition: 'denied', docEntry: '24' }]],
  ['counterexample: "Re: ECF Nos. 30, 31" with two motions names no one entry',
    civil("Plaintiff's motion to compel is GRANTED. Defendant's motion for a protective order is DENIED.", 'ORDER ON DISCOVERY MOTIONS\nRe: ECF Nos. 30, 31'),
    [{ kind: 'other', disposition: 'granted', docEntry: undefined }, { kind: 'other', disposition: 'denied', docEntry: undefined }]],
  // E.D. Ky.'s "[Record No. 9]".
  ['"[Record No. 9]" is the motion\'s entry',
    civil("This matter is pending for consideration of Plaintiff's motion to remand. [Record No. 9] The Court will grant the motion to remand."),
    [{ kind: 'other', disposition: 'granted', docEntry: '9' }]],

  // A memo endorsement: "Granted." under a party's letter to the judge decides the letter's request.
  ['"Dear Judge ...: ... requests an adjournment ... Respectfully submitted, /s/ ...\n\nGranted."',
    civil("Dear Judge Whitcombe:\n\nDefendant respectfully requests an adjournment of the conference set for May 2, 2024, because lead counsel is on trial. Plaintiff consents.\n\nRespectfully submitted,\n/s/ Tobias Renner\n\nGranted. The conference is adjourned to May 16, 2024.\n\nSO ORDERED.", ''),
    [{ disposition: 'granted' }]],
  ['"Sincerely, ... Denied."',
    civil("Dear Magistrate Judge Lindqvist:\n\nPlaintiff writes to request leave to file a reply brief of fifteen pages.\n\nSincerely,\n/s/ Odalys Ferreira\n\nDenied. The reply shall not exceed ten pages.", ''),
    [{ disposition: 'denied' }]],
  ['counterexample: "SO ORDERED." alone under a letter that asks nothing',
    civil("Dear Judge Whitcombe:\n\nThe parties write to report that mediation is scheduled for June 3, 2024.\n\nRespectfully submitted,\n/s/ Tobias Renner\n\nSO ORDERED.", ''),
    []],

  // "allows" in lower case after the court.
  ['"The government has moved for a downward departure ..., and the Court allows that motion"',
    crim("The government has moved for a downward departure under U.S.S.G. § 5K1.1 to reflect Defendant's substantial assistance, and the Court allows that motion. The Court imposes a sentence of 30 months.", 'SENTENCING MEMORANDUM'),
    [{ kind: 'other', disposition: 'granted', movant: 'government' }]],
  ['"I will allow the motion to amend"',
    civil("Plaintiff's motion to amend the complaint (Doc. 19) comes before any scheduling order. I will allow the motion to amend."),
    [{ kind: 'other', disposition: 'granted', docEntry: '19' }]],
  ['counterexample: "the Court allows Plaintiff to file" names no filing',
    civil("Defendant's Motion to Strike (Doc. 30) is DENIED. The Court allows Plaintiff to file a reply of ten pages by May 1, 2024."),
    [{ kind: 'other', disposition: 'denied', docEntry: '30' }]],

  // One filing, two reliefs: "To the extent he seeks a sentence reduction" is the reduction the document is about.
  ['home confinement dismissed, "to the extent he seeks a sentence reduction" denied without prejudice (§ 3582(c)(1)(A))',
    crim("Defendant asks the Court to order home confinement under the CARES Act, or alternatively to reduce his sentence under 18 U.S.C. § 3582(c)(1)(A). (ECF No. 97.) To the extent Defendant seeks an order directing home confinement, the motion is DISMISSED for lack of jurisdiction. To the extent he seeks a sentence reduction, he has not exhausted his administrative remedies, and the motion is DENIED WITHOUT PREJUDICE."),
    [{ kind: 'home_confinement', disposition: 'dismissed' }, { kind: 'compassionate_release', disposition: 'denied_without_prejudice' }]],
  ['"insofar as she seeks a reduction of her sentence" after a request for release to home detention',
    crim("Defendant moves for release to home confinement or, in the alternative, for a reduction of her sentence under 18 U.S.C. § 3582(c)(1)(A) (ECF No. 210). The Court cannot direct the Bureau of Prisons where to house her, so insofar as she asks for home detention the request is DENIED. Insofar as she seeks a reduction of her sentence, the motion is DENIED because she has shown no extraordinary and compelling reason."),
    [{ kind: 'home_confinement', disposition: 'denied' }, { kind: 'compassionate_release', disposition: 'denied' }]],
  ['"to the extent the motion seeks a sentence reduction" under Amendment 821 (§ 3582(c)(2))',
    crim("Defendant moves for home confinement and for a sentence reduction under 18 U.S.C. § 3582(c)(2) and Amendment 821 (ECF No. 140). The request for home confinement is DISMISSED for lack of jurisdiction. To the extent the motion seeks a sentence reduction, it is DENIED because Defendant received no status points."),
    [{ kind: 'home_confinement', disposition: 'dismissed' }, { kind: 'sentence_reduction_3582c2', disposition: 'denied' }]],
  ['"DENIED to the extent it seeks compassionate release and GRANTED to the extent it seeks a reduction under Amendment 821"',
    crim("Defendant filed a pro se motion seeking compassionate release under 18 U.S.C. § 3582(c)(1)(A) and, alternatively, a sentence reduction under § 3582(c)(2) and Amendment 821. [Doc. 188]. The motion [Doc. 188] is DENIED to the extent it seeks compassionate release and GRANTED to the extent it seeks a reduction under Amendment 821."),
    [{ kind: 'compassionate_release', disposition: 'denied' }, { kind: 'sentence_reduction_3582c2', disposition: 'granted' }]],
  ['counterexample: "denied to the extent it seeks damages, and granted to the extent it seeks an injunction" stays one motion in part',
    civil("Defendant's Motion to Dismiss (Doc. 14) is denied to the extent it seeks dismissal of the damages claim and granted to the extent it seeks dismissal of the injunction claim."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', docEntry: '14' }]],

  // A passive ruling's subject follows the decretal "that"; a recital before it names more filings.
  ['"AND NOW, upon consideration of X and Y, it is hereby ORDERED that X is GRANTED, and Y is DENIED"',
    crim("AND NOW, this 3rd day of October, 2025, upon consideration of the State's Motion to Amend the Information and the Defendant's Motion for Continuance, and after hearing, it is hereby ORDERED that the State's Motion to Amend the Information is GRANTED, and the Defendant's Motion for Continuance is DENIED."),
    [{ kind: 'other', disposition: 'granted', movant: 'government' }, { kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['"Upon the motions of both sides, IT IS ORDERED, ADJUDGED AND DECREED that Plaintiff\'s motion is GRANTED"',
    civil("Upon Plaintiff's Motion to Compel (Doc. 20) and Defendant's Motion for Protective Order (Doc. 22), IT IS ORDERED, ADJUDGED AND DECREED that Plaintiff's Motion to Compel (Doc. 20) is GRANTED. Defendant's Motion for Protective Order (Doc. 22) is DENIED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '20' }, { kind: 'other', disposition: 'denied', docEntry: '22' }]],
  ['"Having considered the motion to stay and the motion to expedite, the Court ORDERS that the motion to stay is GRANTED"',
    civil("Having considered Defendant's motion to stay (ECF No. 31) and Plaintiff's motion to expedite (ECF No. 33), the Court ORDERS that the motion to stay is GRANTED and the motion to expedite is DENIED AS MOOT."),
    [{ kind: 'stay', disposition: 'granted', docEntry: '31' }, { kind: 'other', disposition: 'moot', docEntry: '33' }]],

  // A short name the text defines for one filing: the ruling by that name decides that filing, not the one named last.
  ['\'(the "Motion")\' for one of two filings, then "the Motion is GRANTED"',
    civil("Before the Court are Defendant's motion to dismiss the Amended Complaint (the \"Motion\") (ECF No. 40) and Plaintiff's motion for leave to amend (ECF No. 46). For the foregoing reasons, the Motion is GRANTED, and Plaintiff's motion for leave to amend is DENIED as futile."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '40' }, { kind: 'other', disposition: 'denied', docEntry: '46' }]],
  ['\'(“MTD”)\' inside a cite, then "the MTD is GRANTED"',
    civil("Defendant moves to dismiss under Rule 12(b)(6). (Def.'s Mot. to Dismiss (“MTD”), ECF No. 18.) Plaintiff opposes. (Pl.'s Opp'n, ECF No. 22.) For the foregoing reasons, the MTD is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '18' }]],
  ['\'(hereinafter the "Application")\' then "The Application is DENIED" after another motion',
    civil("Plaintiff's application for a temporary restraining order (hereinafter the \"Application\") (ECF No. 5) and Defendant's motion to transfer venue (ECF No. 9) are pending. The motion to transfer is premature until the Court rules on the Application. The Application is DENIED because Plaintiff shows no irreparable harm."),
    [{ kind: 'other', disposition: 'denied', docEntry: '5' }, { kind: 'other', disposition: null, docEntry: '9' }]],

  // "an amended motion (Doc. 291)" after the original with its own entry: a second filing of the same kind.
  ['original compassionate-release motion moot, amended motion denied',
    crim("Defendant filed a pro se motion for compassionate release (ECF No. 280) and, after counsel was appointed, an amended motion (ECF No. 291). The original motion (ECF No. 280) is DENIED AS MOOT, and the amended motion (ECF No. 291) is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'moot', docEntry: '280' }, { kind: 'compassionate_release', disposition: 'denied', docEntry: '291' }]],
  ['a renewed motion to suppress with its own entry',
    crim("Defendant moved to suppress the statements (ECF No. 40) and, after the hearing, filed a renewed motion (ECF No. 52). The first motion is DENIED AS MOOT. The renewed motion (ECF No. 52) is DENIED."),
    [{ kind: 'suppress', disposition: 'moot', docEntry: '40' }, { kind: 'suppress', disposition: 'denied', docEntry: '52' }]],
  ['counterexample: "the motion (ECF No. 31) is GRANTED" after the motion named with that entry stays one',
    civil("Plaintiff's motion to compel (ECF No. 31) seeks the payroll records. The motion (ECF No. 31) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', docEntry: '31' }]],
];

describe('rulings in session 6 drafting styles', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});
