/**
 * Rulings in drafting styles found in session 5 (fictional names): gerund rulings joined in docket text, a ruling alone
 * under the heading that names its filing, filings struck from the docket, and claim-by-claim results with a qualifier.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string };
const civil = (body: string, title = 'ORDER', court = 'UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS') =>
  `${court}\n\nOTTILIE BRANSCOMBE,\nPlaintiff,\nv.\nMERIDIAN GRAIN COOPERATIVE,\nDefendant.\n\nCase No. 2:22-cv-02291\n\n${title}\n\n${body}\n`;
const crim = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF KENTUCKY\nLOUISVILLE DIVISION\n\nUNITED STATES OF AMERICA\nv.\nCORNELIUS ABERNATHY-VOSS\n\nCriminal Action No. 3:19-cr-00088\n\n${title}\n\n${body}\n`;
const appeal = (body: string) =>
  `IN THE COURT OF APPEALS OF THE STATE OF OREGON\n\nSTATE OF OREGON,\nPlaintiff-Respondent,\nv.\nDESMOND HALVERSEN-TOOKE,\nDefendant-Appellant.\n\nA171234\n\nOPINION\n\nORTEGA, P. J.\n\n${body}\n`;
const state = (body: string, title = 'ORDER') =>
  `IN THE CIRCUIT COURT OF THE FIFTEENTH JUDICIAL CIRCUIT\nIN AND FOR PALM BEACH COUNTY, FLORIDA\n\nCASE NO. 2022-CA-004471\n\nWINIFRED OKAFOR-HALE,\nPlaintiff,\nv.\nCORAL REACH CONDOMINIUM ASSOCIATION, INC.,\nDefendant.\n\n${title}\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // Two gerund rulings joined in one docket-text sentence: the second is the court's ruling like the first.
  ['docket text: granting [n] ...; denying [m] ...',
    civil('ORDER granting [30] Motion for Extension of Time to File Answer; denying [31] Motion to Strike. Signed by District Judge Ansel Whitcombe on 3/4/2024.', 'TEXT ORDER'),
    [{ kind: 'extension_of_time', disposition: 'granted', docEntry: '30' }, { kind: 'other', disposition: 'denied', docEntry: '31' }]],
  ['docket text: granting [n] ... and denying as moot [m] ...',
    crim('ORDER granting [52] Motion to Continue Sentencing and denying as moot [49] Motion for Status Conference as to Cornelius Abernathy-Voss (1). Signed by Judge Ansel Whitcombe on 6/12/2024.', 'TEXT ORDER'),
    [{ kind: 'other', disposition: 'granted', docEntry: '52' }, { kind: 'other', disposition: 'moot', docEntry: '49' }]],
  ['minute order: two ORDER gerunds after a colon and a semicolon',
    civil('MINUTE ORDER IN CHAMBERS: ORDER DENYING [18] Motion to Compel; ORDER GRANTING [20] Motion for Protective Order. Signed by Magistrate Judge Perpetua Lindqvist on 4/2/2024.', 'MINUTE ORDER'),
    [{ kind: 'other', disposition: 'denied', docEntry: '18' }, { kind: 'other', disposition: 'granted', docEntry: '20' }]],
  ['IT IS ORDERED granting X and denying Y',
    civil("IT IS ORDERED granting Defendant's Motion to Dismiss (Doc. 14) and denying Plaintiff's Motion for Default Judgment (Doc. 17)."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'defendant', docEntry: '14' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff', docEntry: '17' }]],
  ['counterexample: a gerund in a recital of the parties\' requests stays no ruling',
    civil("Defendant filed a brief requesting an order granting its Motion to Dismiss (Doc. 14) and denying Plaintiff's Motion for Default Judgment (Doc. 17). The Court will rule on both motions after the hearing set for May 9, 2024."),
    []],

  // A ruling of a word or two alone under the heading that names the filing.
  ['Florida: "Denied." under the motion heading',
    state("DEFENDANT'S MOTION FOR RECONSIDERATION\n\nDenied.\n\nDONE AND ORDERED in Chambers at West Palm Beach, Florida."),
    [{ kind: 'reconsideration', disposition: 'denied', movant: 'defendant' }]],
  ['numbered headings, one ruling line under each',
    civil("The Court rules on the pending motions as follows:\n\n1. Plaintiff's Motion to Compel Discovery (Doc. 41)\n\nGRANTED.\n\n2. Defendant's Motion for Protective Order (Doc. 44)\n\nDENIED.", 'ORDER ON PENDING MOTIONS'),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '41' }, { kind: 'other', disposition: 'denied', movant: 'defendant', docEntry: '44' }]],
  ['heading, blank line, "Denied as moot."',
    crim("DEFENDANT'S MOTION FOR APPOINTMENT OF COUNSEL (DN 71)\n\nDenied as moot.\n\nSO ORDERED."),
    [{ kind: 'appoint_counsel', disposition: 'moot', movant: 'defendant', docEntry: '71' }]],
  ['counterexample: a section heading over a discussion, not a ruling line',
    civil("Plaintiff's Motion to Compel (Doc. 41)\n\nDenied requests for production are the subject of this motion, and the Court will hear argument on May 2, 2024."),
    []],

  // A filing struck from the docket: not decided on its merits, may be filed again.
  ['motion STRICKEN for failure to confer',
    civil("Plaintiff's Motion to Compel (Doc. 27) is STRICKEN for failure to comply with the meet-and-confer requirement of D. Kan. Rule 37.2. Plaintiff may refile the motion after conferring."),
    [{ kind: 'other', disposition: 'dismissed_without_prejudice', movant: 'plaintiff', docEntry: '27' }]],
  ['Illinois: motion stricken off call',
    state("This matter coming before the Court on Plaintiff's Motion for Substitution of Judge, movant failing to appear, IT IS HEREBY ORDERED: Plaintiff's Motion is stricken off call.", 'ORDER', 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, LAW DIVISION'),
    [{ kind: 'other', disposition: 'dismissed_without_prejudice', movant: 'plaintiff' }]],
  ['the Court STRIKES a motion filed without leave',
    crim('The Court STRIKES Defendant\'s pro se supplemental motion (DN 80) because Defendant is represented by counsel and hybrid representation is not permitted.'),
    [{ kind: 'other', disposition: 'dismissed_without_prejudice', movant: 'defendant', docEntry: '80' }]],
  ['counterexample: what a motion to strike asked for is stricken (the motion is granted)',
    civil("Plaintiff's Motion to Strike Affirmative Defenses (Doc. 22) is GRANTED. Defendant's third and fifth affirmative defenses are STRICKEN."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '22' }]],

  // One motion, two results by claim, with a qualifier after the first verb.
  ['GRANTED WITHOUT LEAVE TO AMEND as to one claim and DENIED as to another',
    civil('The motion to dismiss is GRANTED WITHOUT LEAVE TO AMEND as to the fraud claim and DENIED as to the breach of contract claim.', 'ORDER RE: MOTION TO DISMISS', 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA'),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
  ['granted, with prejudice, as to Count III, and denied as to Count IV',
    civil("Defendant's Motion to Dismiss (Doc. 9) is granted, with prejudice, as to Count III, and denied as to Count IV."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', movant: 'defendant', docEntry: '9' }]],
  ['DENIED WITHOUT PREJUDICE as to damages and GRANTED as to liability',
    civil("Plaintiff's Motion for Summary Judgment (Doc. 60) is DENIED WITHOUT PREJUDICE as to damages and GRANTED as to liability."),
    [{ kind: 'summary_judgment', disposition: 'granted_in_part', movant: 'plaintiff', docEntry: '60' }]],

  // A lower court's order quoted as a block is its ruling, not this court's.
  ['appellate: the trial court\'s entry quoted as a block after "The entry stated:"',
    appeal("Both sides moved for summary judgment. The entry stated:\n\n              It is hereby ORDERED, ADJUDGED and DECREED that Plaintiff's\n       Motion for Summary Judgment is GRANTED and Defendant's Motion\n       for Summary Judgment is DENIED.\n\nWe review the grant of summary judgment de novo. Because a genuine dispute of material fact remains, we reverse."),
    []],
  ['district: the magistrate judge\'s ruling quoted "as follows:", then the court\'s own ruling',
    civil("The magistrate judge ruled as follows:\n\n        Plaintiff's Motion to Compel (Doc. 31) is GRANTED.\n\nDefendant moves the Court to set the ruling aside. Having reviewed it, the Court finds no clear error. Defendant's Motion to Set Aside (Doc. 35) is OVERRULED."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant', docEntry: '35' }]],
  ['appellate: an order quoted "in relevant part:"',
    appeal("The circuit court's order provides, in relevant part:\n\nThe defendant's motion to suppress is denied.\n\nWe agree with the circuit court and affirm."),
    []],
  ['counterexample: the court\'s own lead-in "IT IS HEREBY ORDERED as follows:"',
    civil("For these reasons, IT IS HEREBY ORDERED as follows:\n\n        Plaintiff's Motion to Compel (Doc. 31) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '31' }]],

  // Rulings of a court below told as history, with an adverb before the verb.
  ['appellate: "which was also denied"',
    appeal("The jury found defendant guilty. Defense counsel then filed a motion for a new trial, which was also denied. Defendant appeals, arguing that the evidence was insufficient. We affirm."),
    []],
  ['appellate: "were subsequently granted"',
    appeal("Defendants' motions for summary judgment were subsequently granted, and plaintiff appealed. We reverse and remand."),
    []],
  ['appellate: "had applied for assistance and been denied it"',
    appeal("The class consists of persons who had applied for benefits and been denied them under the former schedule. We affirm the judgment."),
    []],

  // Overruling denies a named filing; a precedent overruled decides nothing.
  ['motion OVERRULED (Ohio and Texas usage)',
    civil("Defendant's Motion to Reconsider the Magistrate Judge's Order (Doc. 52) is OVERRULED."),
    [{ kind: 'reconsideration', disposition: 'denied', movant: 'defendant', docEntry: '52' }]],
  ['the Court overrules a motion',
    crim("Defendant moves for a new trial (DN 95). The evidence amply supports the verdict, and the Court OVERRULES Defendant's motion for a new trial."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant', docEntry: '95' }]],
  ['counterexample: a precedent "be overruled" beside a recited motion',
    appeal("On October 1, the plaintiff filed a motion for summary disposition. The plaintiff never asked that our earlier decision be overruled, and we decline to revisit it. Affirmed."),
    []],

  // A ruling inside a clause of time or place describes, it does not decide.
  ['"in which the application is approved"',
    appeal("The regulation barred payments for periods before the month in which the application is approved. We hold the regulation invalid."),
    []],
  ['"until the motion is granted"',
    civil("Plaintiff filed a Motion for Leave to Amend (Doc. 20). No amended complaint may be filed until the motion is granted. The Court will hold a hearing on the motion on May 14, 2024."),
    [{ kind: 'other', disposition: null, docEntry: '20' }]],
  ['counterexample: "Once again, the motion is DENIED"',
    civil("Plaintiff renews her Motion for Leave to Amend (Doc. 40). The proposed amendment is still futile. Once again, the motion is DENIED."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff', docEntry: '40' }]],

  // Words a court below or a precedent "stated" are not this court's ruling.
  ['"stated that ... the court is bound to deny the motion"',
    appeal("In Harlan, the court stated that if the error could not have affected the result, the court is bound to deny the motion. Lear moved for judgment notwithstanding the verdict, which the trial court entered. We affirm."),
    []],

  // Denied with leave to file again.
  ['"Denied, with leave to renew"',
    civil("Plaintiff's Motion for Default Judgment (Doc. 12): Denied, with leave to renew within 30 days after service is perfected."),
    [{ kind: 'other', disposition: 'denied_without_prejudice', movant: 'plaintiff', docEntry: '12' }]],
  ['"DENIED with leave to refile"',
    crim("Defendant's Motion for Early Termination of Supervised Release (DN 60) is DENIED with leave to refile after he completes one year of supervision."),
    [{ kind: 'other', disposition: 'denied_without_prejudice', movant: 'defendant', docEntry: '60' }]],
  ['"the Court denies the motion, with leave to resubmit"',
    civil("The Court denies Plaintiff's Motion to Seal (Doc. 71), with leave to resubmit it with a proposed redacted exhibit."),
    [{ kind: 'other', disposition: 'denied_without_prejudice', movant: 'plaintiff', docEntry: '71' }]],

  // A body ruling that says more than the title's.
  ['title GRANTING, body GRANTED IN PART AND DENIED IN PART',
    civil("Defendant's Motion to Compel (Doc. 40) seeks four categories of documents. The first two are relevant; the others are not. The Motion (Doc. 40) is GRANTED IN PART and DENIED IN PART.", "ORDER GRANTING DEFENDANT'S MOTION TO COMPEL"),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'defendant', docEntry: '40' }]],
  ['title DENYING, body DENIED WITHOUT PREJUDICE',
    civil("Plaintiff moves for summary judgment (Doc. 19) before any discovery. The motion is premature. Plaintiff's Motion for Summary Judgment (Doc. 19) is DENIED WITHOUT PREJUDICE to refiling after discovery closes.", 'ORDER DENYING MOTION FOR SUMMARY JUDGMENT'),
    [{ kind: 'summary_judgment', disposition: 'denied_without_prejudice', movant: 'plaintiff', docEntry: '19' }]],
  ['title DENYING, body DENIED AS MOOT',
    crim("Defendant's Motion for Bond Review (DN 30) asked for release pending sentencing. Defendant has since been sentenced. The motion (DN 30) is DENIED AS MOOT.", 'ORDER DENYING MOTION FOR BOND REVIEW'),
    [{ kind: 'other', disposition: 'moot', movant: 'defendant', docEntry: '30' }]],
  ['counterexample: a body ruling that contradicts the title does not replace it',
    civil("Plaintiff's Motion to Compel (Doc. 40) is GRANTED. Plaintiff's earlier request for sanctions was denied on March 1.", "ORDER GRANTING PLAINTIFF'S MOTION TO COMPEL"),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '40' }]],

  // All-caps record-cite words inside a decretal paragraph in capitals.
  ['all-caps decretal paragraph with (DKT. 19)',
    civil("The Court has considered the motion, the response, and the reply.\n\nIT IS THEREFORE ORDERED THAT DEFENDANT'S MOTION TO TRANSFER VENUE (DKT. 19) IS GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant', docEntry: '19' }]],
  ['all-caps "(DOC. NO. 22) IS DENIED"',
    crim("IT IS ORDERED THAT THE DEFENDANT'S MOTION FOR EARLY TERMINATION OF SUPERVISED RELEASE (DOC. NO. 22) IS DENIED."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant', docEntry: '22' }]],

  // Mootness in other words.
  ['"is TERMINATED as moot"',
    civil("Plaintiff's Motion for Entry of Default (ECF No. 17) is TERMINATED as moot in light of the Clerk's entry of default."),
    [{ kind: 'other', disposition: 'moot', movant: 'plaintiff', docEntry: '17' }]],
  ['"is hereby deemed MOOT"',
    crim("Defendant's Motion for Bond Reduction [Doc. 33] is hereby deemed MOOT because Defendant has been released on conditions."),
    [{ kind: 'other', disposition: 'moot', movant: 'defendant', docEntry: '33' }]],
  ['"the Court FINDS AS MOOT" a motion',
    crim("The hearing was held on August 1, 2025. The Court FINDS AS MOOT Defendant's Motion for Expedited Hearing [Doc. 35]."),
    [{ kind: 'other', disposition: 'moot', movant: 'defendant', docEntry: '35' }]],

  // CM/ECF docket text with bare entry numbers.
  ['docket text: "ORDER granting 45 Motion for Extension of Time"',
    civil('ORDER granting 45 Motion for Extension of Time to File Response re 40 MOTION to Dismiss. Responses due by 11/3/2025. Signed by Judge Ansel Whitcombe on 10/3/2025.', 'TEXT ORDER'),
    [{ kind: 'extension_of_time', disposition: 'granted', docEntry: '45' }]],
  ['docket text: "ORDER finding as moot 31 Motion to Compel"',
    civil('ORDER finding as moot 31 Motion to Compel in light of the parties\' stipulation. Signed by Magistrate Judge Perpetua Lindqvist on 9/9/2025.', 'TEXT ORDER'),
    [{ kind: 'other', disposition: 'moot', docEntry: '31' }]],
  ['docket text: "ORDER granting in part and denying in part 60 Motion to Compel"',
    civil('ORDER granting in part and denying in part 60 Motion to Compel. Signed by Magistrate Judge Perpetua Lindqvist on 9/9/2025.', 'TEXT ORDER'),
    [{ kind: 'other', disposition: 'granted_in_part', docEntry: '60' }]],
  ['docket text: "ORDER adopting 33 Report and Recommendations; granting 14 Motion to Dismiss"',
    civil('ORDER adopting 33 Report and Recommendations; granting 14 Motion to Dismiss for Failure to State a Claim. Signed by Judge Ansel Whitcombe on 10/3/2025.', 'TEXT ORDER'),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '14' }]],
  ['docket text: "TEXT ORDER: 12 Motion to Appear Pro Hac Vice is GRANTED"',
    civil('TEXT ORDER: 12 Motion to Appear Pro Hac Vice is GRANTED. Signed by Judge Ansel Whitcombe on 10/3/2025.', 'TEXT ORDER'),
    [{ kind: 'other', disposition: 'granted', docEntry: '12' }]],
  ['counterexample: "Rule 12 Motion" is no entry',
    civil("Defendant's Rule 12 Motion to Dismiss is DENIED."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant', docEntry: undefined }]],

  // Commas and exceptions.
  ['"GRANTED, in part, and DENIED, in part"',
    civil("Defendant's Motion to Dismiss (Doc. 9) is GRANTED, in part, and DENIED, in part."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', movant: 'defendant', docEntry: '9' }]],
  ['"DENIED except as to Interrogatory No. 7"',
    civil("Defendant's motion to compel further responses (Doc. 52) is DENIED except as to Interrogatory No. 7, to which Plaintiff shall serve a verified response within 14 days."),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'defendant', docEntry: '52' }]],
  ['"granted except with respect to the request for fees"',
    civil("Plaintiff's Motion to Compel (Doc. 61) is granted except with respect to the request for fees, which is denied."),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'plaintiff', docEntry: '61' }]],

  // The court's own motion is no filing.
  ['"upon the Court\'s own motion" the case is dismissed',
    civil("Plaintiff has not acted in this case since March 2025. Accordingly, upon the Court's own motion, IT IS ORDERED that this case is DISMISSED WITHOUT PREJUDICE for failure to prosecute."),
    []],
  ['"on its own motion, the Court dismisses"',
    civil('Plaintiff did not respond to the order to show cause. On its own motion, the Court DISMISSES this action without prejudice.'),
    []],

  // Partial results in other words.
  ['"GRANTED-IN-PART and HELD-IN-ABEYANCE-IN-PART" (hyphens)',
    civil("Plaintiff's Motion to Compel (ECF No. 50) is GRANTED-IN-PART and HELD-IN-ABEYANCE-IN-PART."),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'plaintiff', docEntry: '50' }]],
  ['"grants the motion in part and denies it in part", then "Count I is dismissed"',
    civil('Defendant moves to dismiss all three counts. (ECF No. 31.) Count I fails to state a claim; Counts II and III do not. Accordingly, the Court grants the motion in part and denies it in part. Count I is dismissed.'),
    [{ kind: 'dismiss', disposition: 'granted_in_part', docEntry: '31' }]],
  ['"GRANTED as to Count I. The remainder of the motion is DENIED."',
    civil("The Motion to Dismiss [Doc. 20] is GRANTED as to Count I. The remainder of the motion is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', docEntry: '20' }]],
  ['"The remaining requests are DENIED" after a partial grant',
    civil("Plaintiff's Motion to Compel (Doc. 44) is GRANTED as to Request for Production No. 3. The remaining requests are DENIED."),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'plaintiff', docEntry: '44' }]],

  // Mootness in other words.
  ['"is rendered moot by" the amended complaint',
    civil("Defendant's Motion to Dismiss (ECF No. 10) is rendered moot by the filing of Plaintiff's Amended Complaint (ECF No. 14)."),
    [{ kind: 'dismiss', disposition: 'moot', movant: 'defendant', docEntry: '10' }]],
  ['"has become moot"',
    crim("Defendant's Motion for Bond Review (DN 30) has become moot because he has been sentenced."),
    [{ kind: 'other', disposition: 'moot', movant: 'defendant', docEntry: '30' }]],
  ['"the Court finds Plaintiff\'s Motion ... moot"',
    civil("In light of the parties' stipulation extending the deadline, the Court finds Plaintiff's Motion for Extension of Time [#35] moot."),
    [{ kind: 'extension_of_time', disposition: 'moot', movant: 'plaintiff', docEntry: '35' }]],

  // A ruling promised on a condition: the court waits (session 6: deferred, as "will be GRANTED unless ..." is).
  ['"Should Plaintiff fail to respond ..., the motion will be granted"',
    civil('Defendant filed a Motion for Summary Judgment (Doc. 25), and Plaintiff has not responded. Should Plaintiff fail to respond by October 24, 2025, the motion will be granted as unopposed.'),
    [{ kind: 'summary_judgment', disposition: 'deferred', docEntry: '25' }]],
  ['"Were the Court to reach the merits, the motion would be denied"',
    crim("Defendant's Motion for Compassionate Release (DN 70) is unexhausted. Were the Court to reach the merits, the motion would be denied. The motion is DISMISSED WITHOUT PREJUDICE."),
    [{ kind: 'compassionate_release', disposition: 'dismissed_without_prejudice', docEntry: '70' }]],

  // Abbreviations, hyphens and adverbs around a ruling.
  ['"denied w/o prejudice" (minute order)',
    civil("Plaintiff's motion for default judgment (Doc. 20) is denied w/o prejudice."),
    [{ kind: 'other', disposition: 'denied_without_prejudice', movant: 'plaintiff', docEntry: '20' }]],
  ['"DENIED-AS-MOOT"',
    civil("Defendant's Motion to Dismiss (ECF No. 12) is DENIED-AS-MOOT in light of the Amended Complaint."),
    [{ kind: 'dismiss', disposition: 'moot', movant: 'defendant', docEntry: '12' }]],
  ['"is therefore moot"',
    crim('Because Defendant has been released, his motion for compassionate release (DN 150) is therefore moot.'),
    [{ kind: 'compassionate_release', disposition: 'moot', docEntry: '150' }]],

  // Rulings put off in other words.
  ['"is CARRIED with the case"',
    appeal("Respondent's motion to dismiss the appeal is CARRIED with the case. We now turn to the merits."),
    [{ kind: 'dismiss', disposition: 'deferred' }]],
  ['"will be taken up at the final pretrial conference"',
    civil("Plaintiff's Motions in Limine (Doc. 90) will be taken up at the final pretrial conference on November 3, 2025."),
    [{ kind: 'in_limine', disposition: 'deferred', movant: 'plaintiff', docEntry: '90' }]],
  ['"will be GRANTED unless ... Plaintiff shows cause"',
    civil("Defendant's Motion to Dismiss for Failure to Prosecute [Doc. 30] is unopposed. The motion will be GRANTED unless, within fourteen days, Plaintiff shows cause why this action should not be dismissed."),
    [{ kind: 'dismiss', disposition: 'deferred', movant: 'defendant', docEntry: '30' }]],

  ['"the Court has decided to grant the motion"',
    civil("Plaintiff's Motion to Compel (Doc. 71) is fully briefed. Given the narrow scope of the requests, the Court has decided to grant the motion."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '71' }]],

  // A withdrawal the movant made, noted by the order.
  ['"Plaintiff has withdrawn her motion to compel"',
    civil("At the status conference, Plaintiff has withdrawn her Motion to Compel (ECF No. 44). Defendant's Motion for Protective Order (ECF No. 47) is therefore DENIED AS MOOT."),
    [{ kind: 'other', disposition: 'withdrawn', movant: 'plaintiff', docEntry: '44' }, { kind: 'other', disposition: 'moot', movant: 'defendant', docEntry: '47' }]],
  ['"counsel withdrew the motion on the record"',
    crim("At the hearing on September 2, 2025, defense counsel withdrew the Motion to Suppress Statements (DN 61). The case remains set for trial."),
    [{ kind: 'suppress', disposition: 'withdrawn', docEntry: '61' }]],
  ['"terminate the Motion ... as withdrawn" after a notice of withdrawal',
    civil("Plaintiff having filed a Notice of Withdrawal (Doc. 62) of her Motion for Leave to File Surreply (Doc. 58), the Clerk is DIRECTED to terminate the Motion for Leave to File Surreply (Doc. 58) as withdrawn."),
    [{ kind: 'other', disposition: 'withdrawn', docEntry: '58' }]],
  ['counterexample: the Court withdrew its own order',
    civil("The Court withdrew its order of May 1, 2025 (Doc. 30) after learning of the settlement. Plaintiff's Motion to Enforce (Doc. 31) is DENIED AS MOOT."),
    [{ kind: 'other', disposition: 'moot', movant: 'plaintiff', docEntry: '31' }]],

  // "Leave is granted." after the motion for leave is described.
  ['"Leave is granted." after "This is a motion for leave to amend"',
    civil('This is a motion by the plaintiff for leave to file an amended complaint (Doc. 33). The defendant does not oppose it. Leave is granted.'),
    [{ kind: 'other', disposition: 'granted', docEntry: '33' }]],

  // A reference with the entry joins the filing named with it, even as the subject of an argument verb.
  ['"X\'s Motion (Doc. 41) argues ... The motion (Doc. 41) is DENIED"',
    crim("Defendant's Motion to Suppress (DN 41) argues that the traffic stop lacked reasonable suspicion. The officer saw the car cross the fog line twice. The motion (DN 41) is DENIED."),
    [{ kind: 'suppress', disposition: 'denied', movant: 'defendant', docEntry: '41' }]],
  ['"X\'s Motion (ECF No. 310) cites ... The motion (ECF No. 310) is GRANTED"',
    crim("Defendant's Motion for Compassionate Release (ECF No. 310) cites a terminal diagnosis and the Government does not oppose. The motion (ECF No. 310) is GRANTED."),
    [{ kind: 'compassionate_release', disposition: 'granted', movant: 'defendant', docEntry: '310' }]],
  ['"Plaintiff\'s Motion (Doc. 18) asks ... The Motion (Doc. 18) is GRANTED IN PART"',
    civil("Plaintiff's Motion to Compel (Doc. 18) asks for all emails since 2015. That is too broad. The Motion (Doc. 18) is GRANTED IN PART: Defendant shall produce emails since 2021."),
    [{ kind: 'other', disposition: 'granted_in_part', movant: 'plaintiff', docEntry: '18' }]],

  // Rulings by docket entry alone, and minute entries without a verb "is".
  ['"; [40] is granted ... ; [52] is denied"',
    civil("Before the Court are defendant's motion for leave to file excess pages [40] and plaintiff's motion to strike defendant's affirmative defenses [52]. The additional pages are warranted; [40] is granted. The defenses give fair notice; [52] is denied."),
    [{ kind: 'other', disposition: 'granted', docEntry: '40' }, { kind: 'other', disposition: 'denied', docEntry: '52' }]],
  ['minute entry: "Defendant\'s Motion to Suppress [45] DENIED for reasons stated on the record"',
    crim("MINUTE ENTRY\n\nMotion Hearing held on October 2, 2025. Defendant present with counsel. Arguments heard. Defendant's Motion to Suppress [45] DENIED for reasons stated on the record. Defendant's Motion for Bill of Particulars [47] GRANTED IN PART; Government to file bill within 14 days.", 'MINUTE ENTRY'),
    [{ kind: 'suppress', disposition: 'denied', movant: 'defendant', docEntry: '45' }, { kind: 'other', disposition: 'granted_in_part', movant: 'defendant', docEntry: '47' }]],
  ['minute entry: "Government\'s Motion to Continue [30] GRANTED."',
    crim("Status conference held. The Government's Motion to Continue Trial [30] GRANTED. Jury trial reset to January 12, 2026.", 'MINUTE ENTRY'),
    [{ kind: 'other', disposition: 'granted', movant: 'government', docEntry: '30' }]],
  ['counterexample: a footnote mark after a stop is no entry',
    civil("Plaintiff's Motion to Compel (Doc. 12) is GRANTED.[2] Defendant shall produce the documents within 14 days."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '12' }]],

  // Form orders: the checked option is the ruling, the blank ones are not.
  ['federal form on a § 3582(c)(2) motion: "☐ DENIED. ☒ GRANTED"',
    `UNITED STATES DISTRICT COURT\nfor the\nWestern District of Arkansas\n\nUnited States of America\nv.\nPERCIVAL ODUYA-LANE\n\nCase No: 2:18-cr-20044\n\nORDER REGARDING MOTION FOR SENTENCE REDUCTION PURSUANT TO 18 U.S.C. § 3582(c)(2)\n\nUpon motion of ☒ the defendant ☐ the Director of the Bureau of Prisons ☐ the court under 18 U.S.C. § 3582(c)(2) for a reduction in the term of imprisonment, and having considered such motion,\n\nIT IS ORDERED that the motion is:\n☐ DENIED. ☒ GRANTED and the defendant's previously imposed sentence of imprisonment of 87 months is reduced to 70 months.\n`,
    [{ kind: 'sentence_reduction_3582c2', disposition: 'granted', movant: 'defendant' }]],
  ['federal form on compassionate release: "[ ] GRANTED / [X] DENIED after complete review"',
    `UNITED STATES DISTRICT COURT\nfor the\nDistrict of Nebraska\n\nUNITED STATES OF AMERICA\nv.\nPERCIVAL ODUYA-LANE\n\nCase No. 8:17-cr-00310\n\nORDER ON MOTION FOR SENTENCE REDUCTION UNDER 18 U.S.C. § 3582(c)(1)(A) (COMPASSIONATE RELEASE)\n\nUpon motion of [X] the defendant [ ] the Director of the Bureau of Prisons for a reduction in sentence under 18 U.S.C. § 3582(c)(1)(A),\n\nIT IS ORDERED that the motion is:\n\n[ ] GRANTED\n\n[X] DENIED after complete review of the motion on the merits.\n\n[ ] DENIED WITHOUT PREJUDICE because the defendant has not exhausted all administrative remedies.\n`,
    [{ kind: 'compassionate_release', disposition: 'denied', movant: 'defendant' }]],
  ['Texas order with blanks: "GRANTED ________ / DENIED ___X___"',
    state("On this day the Court considered Defendant's Motion to Compel. After considering the motion and the response, the Court rules that the motion is:\n\nGRANTED ________\n\nDENIED ___X___\n\nSIGNED on October 3, 2025."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['Florida order with ☑ and ☐ boxes',
    state("THIS CAUSE came before the Court on Plaintiff's Motion for Extension of Time to Respond to Discovery. The Court rules as follows:\n\n☑ Granted. Plaintiff shall serve responses within 20 days.\n☐ Denied.\n☐ Granted in part and denied in part.\n\nDONE AND ORDERED in Chambers."),
    [{ kind: 'extension_of_time', disposition: 'granted', movant: 'plaintiff' }]],

  // A filing still to come is no motion, and "the motion" does not point at it.
  ['"help him with a § 2255 motion" ... "has not yet filed a § 2255 motion"',
    crim("Mr. Abernathy-Voss asks me to appoint counsel to help him with a § 2255 motion. ECF 390. He has not yet filed a § 2255 motion, and the issues he describes are straightforward. I will deny the motion without prejudice."),
    [{ kind: 'appoint_counsel', disposition: 'denied_without_prejudice', docEntry: '390' }]],
  ['"intends to file a motion to suppress"',
    crim("Defendant's Motion to Continue Trial (DN 52) explains that he intends to file a motion to suppress after reviewing discovery. The motion (DN 52) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant', docEntry: '52' }]],
  ['"drafting a motion for summary judgment"',
    civil("Plaintiff seeks a thirty-day extension because counsel is drafting a motion for summary judgment in another case. Plaintiff's Motion for Extension of Time (Doc. 14) is GRANTED."),
    [{ kind: 'extension_of_time', disposition: 'granted', movant: 'plaintiff', docEntry: '14' }]],

  // Ordinal references to filings named before.
  ['"the latter motion is ALLOWED ... the former motion is ALLOWED as well"',
    civil("Pending are Defendant's motion to compel arbitration (Docket No. 15) and Plaintiff's motion for leave to file a sur-reply (Docket No. 24). The sur-reply addresses a new argument, and the latter motion is ALLOWED. The agreement contains a valid delegation clause, and the former motion is ALLOWED as well."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant', docEntry: '15' }, { kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '24' }]],
  ['"The first motion is DENIED ... The second motion is GRANTED"',
    crim("Defendant has filed a motion to suppress the evidence seized from his apartment (DN 44) and a motion for disclosure of the informant's identity (DN 46). The first motion is DENIED because the warrant was supported by probable cause. The second motion is GRANTED."),
    [{ kind: 'suppress', disposition: 'denied', docEntry: '44' }, { kind: 'other', disposition: 'granted', docEntry: '46' }]],
  ['"the former is denied; the latter is granted" with motions named by relief',
    civil("Plaintiff's Motion to Strike (Doc. 30) and Defendant's Motion for Sanctions (Doc. 33) are before the Court. The first motion is DENIED as untimely, and the second motion is DENIED for want of a safe-harbor letter."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff', docEntry: '30' }, { kind: 'other', disposition: 'denied', movant: 'defendant', docEntry: '33' }]],
];

describe('rulings in session 5 drafting styles', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});
