/**
 * Rulings in the ways judges draft them (session 4 probe, fictional names): several motions in one sentence,
 * numbered decretal lists, rulings after a colon, "respectively", deferred and withdrawn motions, approvals,
 * recited arguments and parentheticals that must not decide anything.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string };
const civil = (body: string, title = 'MEMORANDUM OPINION AND ORDER') =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\nSOUTHERN DIVISION\n\nHARRIET LOCKWOOD and DENNIS PARR,\nPlaintiffs,\nv.\nBRISTLECONE MUTUAL INSURANCE CO., et al.,\nDefendants.\n\nCase No. 2:20-cv-11822\n\n${title}\n\n${body}\n`;
const crim = (body: string) =>
  `UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF TEXAS\nDALLAS DIVISION\n\nUNITED STATES OF AMERICA\nv.\nREGINALD FOXWORTH\n\nNo. 3:18-CR-00412-K\n\nMEMORANDUM OPINION AND ORDER\n\n${body}\n`;
const bk = (body: string) =>
  `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF DELAWARE\n\nIn re:\nHALCYON FOODS, LLC,\nDebtor.\n\nChapter 11\nCase No. 21-10455 (KBO)\n\nORDER\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  ['three motions one sentence, plural subject',
    civil("Before the Court are Defendant Bristlecone's Motion to Dismiss (ECF No. 12), Plaintiffs' Motion for Leave to File an Amended Complaint (ECF No. 18), and Plaintiffs' Motion to Strike (ECF No. 21). For the reasons stated below, Defendant's Motion to Dismiss is GRANTED, Plaintiffs' Motion for Leave to Amend is DENIED, and Plaintiffs' Motion to Strike is DENIED AS MOOT."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'denied' }, { kind: 'other', disposition: 'moot' }]],
  ['motions listed, then "are DENIED" together',
    civil("Plaintiffs' Motion to Compel (ECF No. 30) and Motion for Sanctions (ECF No. 31) are DENIED."),
    [{ kind: 'other', disposition: 'denied' }, { kind: 'other', disposition: 'denied' }]],
  ['ORDERED paragraphs, numbered',
    civil("Accordingly, IT IS HEREBY ORDERED:\n\n1. Defendants' Motion for Summary Judgment (ECF No. 44) is GRANTED IN PART and DENIED IN PART.\n\n2. Plaintiffs' Cross-Motion for Partial Summary Judgment (ECF No. 47) is DENIED.\n\n3. Defendants' Motion to Exclude Expert Testimony (ECF No. 50) is DENIED AS MOOT."),
    [{ kind: 'summary_judgment', disposition: 'granted_in_part', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'plaintiff' }, { kind: 'other', disposition: 'moot' }]],
  ['cross-motion decided after the main motion, separate sentence',
    civil("This matter is before the Court on Defendants' motion for summary judgment (ECF No. 25) and Plaintiffs' cross-motion for summary judgment (ECF No. 29). The Court will grant Defendants' motion. Plaintiffs' cross-motion is therefore denied."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'plaintiff' }]],
  ['cross-motions, "the former ... the latter"',
    civil("The parties have filed cross-motions for summary judgment. (ECF Nos. 33, 36.) For the reasons below, Plaintiffs' motion is DENIED and Defendants' motion is GRANTED."),
    [{ kind: 'summary_judgment', disposition: 'denied', movant: 'plaintiff' }, { kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }]],
  ['recited appellate remand, then ruling',
    crim("The Court of Appeals vacated the Court's earlier order denying Foxworth's motion to suppress and remanded for an evidentiary hearing. Having held that hearing, the Court again DENIES the motion to suppress (ECF No. 58)."),
    [{ kind: 'suppress', disposition: 'denied' }]],
  ['the court will deny ... and grant',
    civil("For the reasons that follow, the Court will deny the motion to dismiss filed by Bristlecone (ECF No. 9) and grant Plaintiffs' motion to remand (ECF No. 14)."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'granted', movant: 'plaintiff' }]],
  ['GRANTS ... DENIES as moot one sentence with motions',
    civil("The Court GRANTS Defendants' Motion to Dismiss (ECF No. 12) and DENIES as moot Plaintiffs' Motion for Preliminary Injunction (ECF No. 15)."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'moot' }]],
  ['motion to dismiss and motion to transfer, OR clause',
    civil("Defendant's motion to dismiss for lack of personal jurisdiction or, in the alternative, to transfer venue (ECF No. 11) is GRANTED in part: the case is TRANSFERRED to the Western District of Michigan, and the motion is otherwise DENIED as moot."),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
  ['bankruptcy: debtor\'s motion approved',
    bk("Upon consideration of the Debtor's Motion for Entry of an Order Authorizing the Sale of Substantially All Assets (the \"Motion\") [Docket No. 88], IT IS HEREBY ORDERED THAT: 1. The Motion is APPROVED as set forth herein."),
    [{ kind: 'other', disposition: 'granted', movant: 'debtor' }]],
  ['sustained objection is not a motion; motion overruled? no',
    bk("The Trustee's objection to Claim No. 14 is SUSTAINED, and the claim is disallowed. The Trustee's motion to extend the deadline to object to claims (D.I. 301) is GRANTED."),
    [{ kind: 'extension_of_time', disposition: 'granted', movant: 'trustee' }]],
  ['magistrate R&R adopted: motion granted',
    civil("The Magistrate Judge recommended that Defendants' motion to dismiss (ECF No. 20) be granted. No objections were filed. Accordingly, the Report and Recommendation (ECF No. 31) is ADOPTED, and Defendants' motion to dismiss is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted' }]],
  ['R&R adopted only: motion follows recommendation',
    civil("Magistrate Judge Aldous recommends granting Defendants' motion for summary judgment (ECF No. 40). Having reviewed the objections de novo, the Court OVERRULES the objections and ADOPTS the Report and Recommendation in full. Defendants' motion for summary judgment is GRANTED."),
    [{ kind: 'summary_judgment', disposition: 'granted' }]],
  ['party argues court should deny - recited',
    civil("Plaintiffs argue that the motion to dismiss should be denied because the complaint pleads fraud with particularity. The Court disagrees. The motion to dismiss (ECF No. 8) is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted' }]],
  ['citation parenthetical granting',
    crim("Foxworth relies on United States v. Hale, 2020 WL 123456 (N.D. Tex. May 1, 2020) (granting compassionate release to inmate with asthma). Unlike Hale, Foxworth is 34 and healthy. His motion for compassionate release (ECF No. 90) is therefore DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }]],
  ['several entries, one motion kind, plural',
    crim("Foxworth's motions for compassionate release (ECF Nos. 95, 101) are DENIED without prejudice."),
    [{ kind: 'compassionate_release', disposition: 'denied_without_prejudice' }, { kind: 'compassionate_release', disposition: 'denied_without_prejudice' }]],
  ['motion and supplement: one motion',
    crim("Foxworth moves for a sentence reduction under 18 U.S.C. § 3582(c)(1)(A) (ECF No. 95) and has supplemented the motion (ECF No. 99). The motion, as supplemented, is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }]],
  ['deferred ruling',
    civil("The Court DEFERS ruling on Defendants' Motion for Summary Judgment (ECF No. 60) pending the completion of discovery under Rule 56(d)."),
    [{ kind: 'summary_judgment', disposition: 'deferred' }]],
  ['withdrawn motion',
    civil("At the hearing, Plaintiffs withdrew their Motion to Compel (ECF No. 52). The motion is therefore WITHDRAWN, and the Clerk shall terminate it."),
    [{ kind: 'other', disposition: 'withdrawn' }]],
  ['terminated as moot by amended complaint',
    civil("Because Plaintiffs filed an amended complaint (ECF No. 19), Defendants' motion to dismiss the original complaint (ECF No. 10) is DENIED AS MOOT."),
    [{ kind: 'dismiss', disposition: 'moot' }]],
  ['motion dismissed for lack of jurisdiction',
    crim("Because Foxworth's motion is in substance a successive § 2255 motion filed without authorization from the Court of Appeals, the motion (ECF No. 130) is DISMISSED for lack of jurisdiction."),
    [{ kind: 'section_2255', disposition: 'dismissed' }]],
  ['in limine multiple numbered',
    crim("The Government's Motions in Limine (ECF No. 70) are GRANTED. Defendant's Motion in Limine to Exclude Prior Convictions (ECF No. 72) is GRANTED IN PART and DENIED IN PART."),
    [{ kind: 'in_limine', disposition: 'granted', movant: 'government' }, { kind: 'in_limine', disposition: 'granted_in_part', movant: 'defendant' }]],
  ['ruling in sentence start "Denied" with colon list',
    civil("It is ORDERED as follows: Defendants' motion to dismiss (ECF No. 12): GRANTED. Plaintiffs' motion to amend (ECF No. 16): DENIED."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'denied' }]],
  ['motion for extension granted nunc pro tunc',
    civil("Plaintiffs' unopposed motion for an extension of time to respond (ECF No. 22) is GRANTED nunc pro tunc."),
    [{ kind: 'extension_of_time', disposition: 'granted' }]],
  ['reconsideration denied; earlier order recited',
    crim("On March 3, 2021, the Court denied Foxworth's motion for compassionate release. (ECF No. 101.) He now asks the Court to reconsider (ECF No. 104). Finding no error of law or fact, the Court DENIES the motion for reconsideration."),
    [{ kind: 'reconsideration', disposition: 'denied' }]],
  ['Motion ... is hereby DENIED in its entirety',
    civil("Upon consideration of Defendant Bristlecone Mutual Insurance Co.'s Motion for Judgment on the Pleadings (Dkt. 27), the opposition thereto, and the entire record, it is hereby ORDERED that the motion is DENIED in its entirety."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['state appellate opinion: recited trial rulings, no motion decided',
    `IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\nState of Ohio,\nPlaintiff-Appellee,\nv.\nMarcus Dell,\nDefendant-Appellant.\n\nNo. 21AP-118\n\nOPINION\n\nDell appeals from the trial court's judgment denying his motion to suppress. The trial court found that the officers had probable cause and denied the motion. Because the trial court did not err, we affirm.\n\nJudgment affirmed.\n`,
    []],
  ['federal appellate: panel decides a motion',
    `UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nLUISA ORTEGA,\nPlaintiff-Appellant,\nv.\nCITY OF FRESNO,\nDefendant-Appellee.\n\nNo. 21-15990\n\nMEMORANDUM\n\nThe district court granted the City's motion for summary judgment. We review de novo and affirm. Appellee's motion to strike portions of Appellant's reply brief (Dkt. 32) is DENIED.\n\nAFFIRMED.\n`,
    [{ kind: 'other', disposition: 'denied', movant: 'appellee' }]],

  ['respectively, no cites',
    civil("Defendants' motion to dismiss and Plaintiffs' motion for a preliminary injunction are, respectively, GRANTED and DENIED."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'denied' }]],
  ['respectively at the end',
    civil("Defendants' motion to dismiss (ECF No. 10) and Plaintiffs' motion to remand (ECF No. 14) are GRANTED and DENIED, respectively."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'denied' }]],
];

// Louisiana, Florida (federal and state) and Oklahoma layouts; rulings in several clauses of one sentence.
const civilLa = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF LOUISIANA\n\nCAMILLE THIBODEAUX,\nPlaintiff,\nv.\nGULFSTAR MARINE SERVICES, L.L.C.,\nDefendant.\n\nCIVIL ACTION NO. 21-1187\nSECTION "L" (3)\n\n${title}\n\n${body}\n`;
const crimFl = (body: string) =>
  `UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA\nTAMPA DIVISION\n\nUNITED STATES OF AMERICA\n\nv.\t\tCase No. 8:19-cr-00233-T-36AAS\n\nDESMOND ACHTERBERG\n_____________________________/\n\nORDER\n\n${body}\n`;
const stateFl = (body: string) =>
  `IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT\nIN AND FOR MIAMI-DADE COUNTY, FLORIDA\n\nCASE NO. 2020-014422-CA-01\n\nPALMETTO GROVE CONDOMINIUM ASSOCIATION, INC.,\nPlaintiff,\nvs.\nSUNCOAST ROOFING & SHEET METAL, INC.,\nDefendant.\n\nORDER ON DEFENDANT'S MOTION TO DISMISS\n\n${body}\n`;
const habeasOk = (body: string) =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF OKLAHOMA\n\nCORBIN FAIRWEATHER,\nPetitioner,\nv.\nSCOTT NUNN, Warden,\nRespondent.\n\nCase No. CIV-22-455-R\n\nORDER\n\n${body}\n`;
const cases2: Array<[string, string, Want[]]> = [
  ['Rec. Doc. cite, IT IS ORDERED',
    civilLa("Before the Court is a Motion to Remand filed by Plaintiff Camille Thibodeaux. R. Doc. 8. Defendant opposes the motion. R. Doc. 12. For the following reasons, IT IS ORDERED that the Motion to Remand (Rec. Doc. 8) is GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff', docEntry: '8' }]],
  ['be and the same is hereby',
    stateFl("THIS CAUSE came before the Court on Defendant's Motion to Dismiss the Amended Complaint, and the Court having reviewed the motion and heard argument of counsel, it is ORDERED AND ADJUDGED that the Motion be and the same is hereby DENIED. Defendant shall answer within twenty (20) days."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }]],
  ['should be, and hereby is,',
    stateFl("Upon consideration, the Court finds that Defendant's Motion to Dismiss should be, and hereby is, GRANTED without prejudice. Plaintiff may file a second amended complaint within 15 days."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'defendant' }]],
  ['R&R recommends: no ruling',
    civilLa("REPORT AND RECOMMENDATION\n\nBefore the undersigned is Defendant's Motion for Summary Judgment (R. Doc. 30). For the reasons below, it is RECOMMENDED that the motion be GRANTED and that Plaintiff's claims be DISMISSED WITH PREJUDICE.", 'REPORT AND RECOMMENDATION'),
    [{ kind: 'summary_judgment', disposition: null }]],
  ['well taken, GRANTS it',
    civilLa("Gulfstar moves to compel arbitration (R. Doc. 15). The Court finds the motion well taken and GRANTS it."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['one verb, two objects',
    crimFl("The Court DENIES Defendant's motion for a new trial under Rule 33 (Doc. 140) and his motion for judgment of acquittal under Rule 29 (Doc. 141)."),
    [{ kind: 'other', disposition: 'denied' }, { kind: 'other', disposition: 'denied' }]],
  ['also DENIED',
    crimFl("Defendant's Motion to Suppress Evidence (Doc. 24) is DENIED. Defendant's Motion for a Franks Hearing (Doc. 25) is also DENIED."),
    [{ kind: 'suppress', disposition: 'denied' }, { kind: 'other', disposition: 'denied' }]],
  ['Both motions are DENIED',
    crimFl("Achterberg has filed a motion for compassionate release (Doc. 210) and a motion to appoint counsel (Doc. 211). Both motions are DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }, { kind: 'appoint_counsel', disposition: 'denied' }]],
  ['government motion to dismiss indictment without prejudice granted',
    crimFl("The Government's Motion to Dismiss the Indictment Without Prejudice (Doc. 40) is GRANTED."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'government' }]],
  ['early termination of supervised release',
    crimFl("Mr. Achterberg's motion for early termination of supervised release (Doc. 77) is GRANTED. His term of supervision is TERMINATED effective immediately."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['habeas denied and dismissed with prejudice; COA denied',
    habeasOk("For the reasons stated, the Petition for a Writ of Habeas Corpus under 28 U.S.C. § 2254 (Doc. 1) is DENIED, and this action is DISMISSED with prejudice. A certificate of appealability is DENIED."),
    [{ disposition: 'denied', movant: 'petitioner' }]],
  ['well-taken, Ohio style SUSTAINED',
    stateFl("Upon review, the Court finds Defendant's Motion to Dismiss well-taken, and it is hereby SUSTAINED."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'defendant' }]],
  ['the Court will GRANT the motion (future)',
    civilLa("For these reasons, the Court will GRANT Gulfstar's motion for summary judgment (R. Doc. 44). A separate judgment will issue."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }]],
  ['Texas-style "is of the opinion"',
    civilLa("After considering the motion, the response, and the applicable law, the Court is of the opinion that Plaintiff's Motion for Leave to Amend (R. Doc. 20) should be GRANTED. It is therefore ORDERED that the motion is GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff' }]],
  ['WHEREFORE premises considered',
    stateFl("WHEREFORE, premises considered, Defendant's Motion to Dismiss is hereby GRANTED IN PART AND DENIED IN PART as set forth above."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', movant: 'defendant' }]],
  ['granted to the extent..., denied in all other respects',
    civilLa("The Court GRANTS the motion to compel (R. Doc. 22) to the extent it seeks the personnel file, and DENIES it in all other respects."),
    [{ kind: 'other', disposition: 'granted_in_part' }]],
  ['heading-style MOTION — DENIED',
    civilLa("1. Plaintiff's Motion to Quash Subpoena (R. Doc. 50) — DENIED.\n2. Defendant's Motion for Protective Order (R. Doc. 52) — GRANTED."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff' }, { kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['cr: reduce sentence denied, home confinement dismissed',
    crimFl("Defendant's Motion for Compassionate Release (Doc. 90) is DENIED. To the extent the motion asks the Court to order home confinement, it is DISMISSED for lack of jurisdiction."),
    [{ disposition: 'denied' }, { kind: 'home_confinement', disposition: 'dismissed' }]],
  ['argument with "should be denied" in a sentence with the court speaking later',
    crimFl("Although the Government contends that the motion should be denied for failure to exhaust, the Court finds that Achterberg exhausted his remedies. Nonetheless, because he has not shown extraordinary and compelling reasons, his motion for compassionate release (Doc. 200) is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }]],
  ['moot because of ruling on another',
    civilLa("Because the Court grants Gulfstar's motion to dismiss (R. Doc. 9), Plaintiff's motion for a scheduling conference (R. Doc. 17) is DENIED AS MOOT."),
    [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'other', disposition: 'moot' }]],
  ['grant stated as "the motion is well-founded and will be granted"',
    civilLa("Plaintiff's motion to file a sur-reply (R. Doc. 35) is well-founded and will be granted."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff' }]],
  ['recited prior order in same paragraph, new ruling',
    civilLa("On March 2, 2022, the Court granted in part Gulfstar's first motion to dismiss. R. Doc. 25. Gulfstar now moves to dismiss the amended complaint. R. Doc. 31. The motion is DENIED."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant', docEntry: '31' }]],
];

// Maryland and Minnesota layouts: long procedural histories, counts, minute orders, chains of IT IS FURTHER ORDERED.
const civilMd = (body: string, title = 'MEMORANDUM OPINION AND ORDER') =>
  `IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF MARYLAND\n\nOKONKWO ADEYEMI,\nPlaintiff,\nv.\nTIDEWATER HOLDINGS CORP., et al.,\nDefendants.\n\nCivil No. 1:19-cv-02231-JKB\n\n${title}\n\n${body}\n`;
const crimMn = (body: string) =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nUnited States of America,\nPlaintiff,\nv.\nLars Henrik Solberg,\nDefendant.\n\nCase No. 0:16-cr-00112 (PJS/KMM)\n\nORDER\n\n${body}\n`;

const cases3: Array<[string, string, Want[]]> = [
  ['I will deny the motion',
    crimMn("Solberg asks me to reduce his sentence to time served under 18 U.S.C. § 3582(c)(1)(A). ECF No. 310. Because he has not shown extraordinary and compelling reasons, I will deny the motion."),
    [{ kind: 'compassionate_release', disposition: 'denied', movant: 'defendant', docEntry: '310' }]],
  ['IFP granted, complaint dismissed (no dismiss motion)',
    civilMd("Plaintiff's Motion for Leave to Proceed in Forma Pauperis (ECF No. 2) is GRANTED. The Complaint is DISMISSED for failure to state a claim."),
    [{ disposition: 'granted', movant: 'plaintiff' }]],
  ['GRANTED as unopposed',
    civilMd("Defendants' Motion to Stay Discovery (ECF No. 31) is GRANTED as unopposed."),
    [{ kind: 'stay', disposition: 'granted', movant: 'defendant' }]],
  ['insofar as ... otherwise DENIED',
    civilMd("Defendants' Motion to Dismiss (ECF No. 12) is GRANTED insofar as it seeks dismissal of Count II and is otherwise DENIED."),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
  ['three defendants, two granted one denied',
    civilMd("The motions to dismiss filed by Defendants Ames (ECF No. 20) and Borel (ECF No. 22) are GRANTED, and the motion to dismiss filed by Defendant Cole (ECF No. 24) is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted', docEntry: '20' }, { kind: 'dismiss', disposition: 'granted', docEntry: '22' }, { kind: 'dismiss', disposition: 'denied', docEntry: '24' }]],
  ['Counts, granted as to / denied as to',
    civilMd("Defendants' Motion to Dismiss Counts I through III (ECF No. 15) is GRANTED as to Count I and DENIED as to Counts II and III."),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
  ['motion to withdraw as counsel',
    crimMn("Upon consideration of the motion to withdraw as counsel filed by Attorney Jane Roe (ECF No. 88), the motion is GRANTED."),
    [{ kind: 'other', disposition: 'granted' }]],
  ['minute order style',
    crimMn("MINUTE ORDER: Defendant's Motion to Continue Trial [45] is GRANTED. Jury trial is reset for June 5, 2023."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant', docEntry: '45' }]],
  ['IT IS FURTHER ORDERED chain',
    civilMd("IT IS HEREBY ORDERED that Defendants' Motion for Summary Judgment (ECF No. 70) is GRANTED.\n\nIT IS FURTHER ORDERED that Plaintiff's Motion to Strike (ECF No. 75) is DENIED.\n\nIT IS FURTHER ORDERED that Plaintiff's Motion for Sanctions (ECF No. 78) is DENIED AS MOOT."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }, { kind: 'other', disposition: 'moot', movant: 'plaintiff' }]],
  ['cross motion named by side in ruling',
    civilMd("Before the Court are Plaintiff's Motion for Partial Summary Judgment (ECF No. 50) and Defendants' Cross-Motion for Summary Judgment (ECF No. 55). Plaintiff's motion is GRANTED. Defendants' cross-motion is DENIED."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'plaintiff' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'defendant' }]],
  ['court declines to adopt R&R and denies',
    civilMd("Having reviewed the objections de novo, the Court declines to adopt the Report and Recommendation (ECF No. 44) and DENIES Defendants' Motion to Dismiss (ECF No. 29)."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }]],
  ['denied; however, the Court will permit',
    civilMd("Plaintiff's motion to amend (ECF No. 33) is DENIED; however, the Court will permit Plaintiff to file a renewed motion that attaches a proposed pleading."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['recited magistrate ruling, objection overruled',
    civilMd("The Magistrate Judge denied Plaintiff's motion to compel (ECF No. 52), and Plaintiff objects. Finding no clear error, the Court OVERRULES the objection (ECF No. 58) and AFFIRMS the Magistrate Judge's order."),
    []],
  ['motion for reconsideration of denial, granted',
    crimMn("On June 1, the Court denied Solberg's motion for compassionate release. ECF No. 320. Solberg moves for reconsideration. ECF No. 325. Because the Court overlooked his new medical records, the motion for reconsideration is GRANTED, and the Court will reconsider the motion for compassionate release on the merits."),
    [{ kind: 'reconsideration', disposition: 'granted', movant: 'defendant' }]],
  ['reduce to time served: GRANTED; sentence reduced',
    crimMn("Solberg's motion for compassionate release (ECF No. 330) is GRANTED. His sentence of imprisonment is REDUCED to time served."),
    [{ kind: 'compassionate_release', disposition: 'granted' }]],
];

// Older opinions: rulings in the opinion's own words ('must be and is hereby granted', 'Motion denied.').
const oldSdny = (body: string) =>
  `UNITED STATES DISTRICT COURT\nS. D. NEW YORK\n\nHARLAN B. WEXFORD,\nPlaintiff,\nv.\nCONSOLIDATED ANTHRACITE COMPANY et al.,\nDefendants.\n\nCiv. No. 118-402\n\nOPINION\n\nRIFKIND, District Judge.\n\n${body}\n`;

const cases4: Array<[string, string, Want[]]> = [
  ['must be and is hereby granted',
    oldSdny("It follows that the defendants' motion for summary judgment must be and is hereby granted."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }]],
  ['motion of defendant to dismiss is granted',
    oldSdny("The motion of the defendant Consolidated Anthracite Company to dismiss the complaint is granted. Settle order on notice."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'defendant' }]],
  ['will be sustained',
    oldSdny("Plaintiff moves to remand the action to the state court. The motion to remand is well taken and will be sustained."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff' }]],
  ['motion for new trial overruled',
    oldSdny("The plaintiff's motion for a new trial is overruled."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['Motion denied. So ordered.',
    oldSdny("Defendants move for a bill of particulars. The items requested are evidentiary matter not properly the subject of a bill.\n\nMotion denied.\n\nSo ordered."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['motion to quash service sustained',
    oldSdny("The motion of defendants to quash the service of summons is sustained."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['must be denied (conclusion)',
    oldSdny("For the foregoing reasons the motion of the defendants for summary judgment must be denied."),
    [{ kind: 'summary_judgment', disposition: 'denied', movant: 'defendant' }]],
  ['the motion will be denied. An appropriate order',
    oldSdny("Defendants have moved to transfer this action to the District of Delaware under 28 U.S.C. § 1404(a). The balance of conveniences does not favor transfer. The motion will be denied. An appropriate order will be entered."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['judgment for defendants after motion',
    oldSdny("Defendants move for judgment on the pleadings. As the complaint states no claim, the motion is granted and the complaint is dismissed."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['both motions, two sentences, one rule each',
    oldSdny("Two motions are before the court: the plaintiff's motion to strike the third defense, and the defendants' motion to compel answers to interrogatories. The motion to strike is granted. The motion to compel is denied."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff' }, { kind: 'other', disposition: 'denied', movant: 'defendant' }]],
  ['argument recited with "should be granted" then ruling',
    oldSdny("Defendants urge that their motion to dismiss should be granted because the claim is barred by limitations. I do not agree. The motion is denied."),
    [{ kind: 'dismiss', disposition: 'denied' }]],
  ['the application is in all respects denied',
    oldSdny("The plaintiff's application for a temporary injunction is in all respects denied."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],

];

// Several motions in one sentence, cross-motions decided after the main motion, and appellate opinions that recite
// the rulings of the court below (no motion of their own).
const civilNe = (body: string, title = 'MEMORANDUM AND ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF NEBRASKA\n\nFERN ABERNATHY and LOWELL ABERNATHY,\nPlaintiffs,\nv.\nPRAIRIE STATES GRAIN COOPERATIVE and\nHOLLIS VANCE,\nDefendants.\n\n8:14CV301\n\n${title}\n\n${body}\n`;
const appealCa7 = (body: string) =>
  `UNITED STATES COURT OF APPEALS\nFOR THE SEVENTH CIRCUIT\n\nNo. 19-2231\n\nMARISOL QUINTANA-REYES,\nPetitioner,\nv.\nWILLIAM P. BARR, Attorney General of the United States,\nRespondent.\n\nPetition for Review of an Order of the Board of Immigration Appeals.\n\nOPINION\n\n${body}\n`;
const appealCa8 = (body: string) =>
  `UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nNo. 20-1744\n\nDARNELL FITCH,\nPlaintiff - Appellant,\nv.\nCITY OF DES MOINES, IOWA,\nDefendant - Appellee.\n\nAppeal from United States District Court for the Southern District of Iowa\n\n${body}\n`;

const cases5: Array<[string, string, Want[]]> = [
  ["motions to X and to extend a deadline, and another's",
    civilNe("Vance's motions to compel and to extend the discovery deadline, and the plaintiffs' motion to quash, are denied."),
    [{ kind: 'other', disposition: 'denied' }, { kind: 'extension_of_time', disposition: 'denied' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ["A's motions to X and for Y, and B's motion for Z are Denied",
    civilNe("Defendant Prairie States' motions to strike and for sanctions, and plaintiffs' motion for a protective order are Denied."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['numbered list gerund, new trial',
    civilNe("Defendants moved for a new trial after the jury returned its verdict (Filing No. 140).\n\nIT IS ORDERED:\n\n1. Granting the defendants' motion for new trial.\n\n2. The Clerk shall set this case for retrial."),
    [{ kind: 'other', disposition: 'granted', movant: 'defendant' }]],
  ['cross-motion decided after the main motion, with remaining text',
    civilNe("Pending are the defendants' motion for summary judgment (Filing No. 50) and the plaintiffs' cross-motion for partial summary judgment (Filing No. 58). For the reasons below, the defendants' motion is granted. Because the defendants are entitled to judgment on every claim, the plaintiffs' cross-motion is denied."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'plaintiff' }]],
  ['cross-motion only at ruling',
    civilNe("The defendants move for summary judgment (Filing No. 50). The plaintiffs oppose and cross-move for summary judgment on liability (Filing No. 58). The defendants' motion is granted, and the cross-motion is denied."),
    [{ kind: 'summary_judgment', disposition: 'granted', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'plaintiff' }]],
  ['partial dismissal [# 9]',
    civilNe("Before the court is the defendants' motion for partial dismissal [# 9]. The motion is granted."),
    [{ kind: 'dismiss', disposition: 'granted', movant: 'defendant', docEntry: '9' }]],
  ['appeal: agency denied motion to reopen (recited)',
    appealCa7("Quintana-Reyes petitions for review of the Board's decision denying her motion to reopen her removal proceedings. The Board denied the motion as untimely, and it held that equitable tolling did not apply. We conclude that the Board did not abuse its discretion. The petition for review is DENIED."),
    []],
  ['appeal: district court granted summary judgment (recited)',
    appealCa8("Fitch sued the City under 42 U.S.C. § 1983. The district court granted the City's motion for summary judgment, concluding that Fitch had not shown a municipal policy. Fitch appeals. Having reviewed the record de novo, we affirm."),
    []],
  ['appeal: summary judgment was granted; we affirm the grant',
    appealCa8("The district court dismissed Fitch's complaint, and later denied his motion to alter or amend the judgment under Rule 59(e). The motion was denied because it raised no new argument. We affirm."),
    []],
  ['appeal: panel grants a motion',
    appealCa8("The City's motion to dismiss the appeal as untimely is denied. On the merits, we affirm the judgment of the district court."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'appellee' }]],
  ['appeal: recited in the passive "was granted"',
    appealCa8("Summary judgment was granted to the City on all claims. Fitch's motion for reconsideration was denied. We affirm."),
    []],
  ['ALLOWED, DENIED on the issue of X and GRANTED on the issue of Y',
    civilNe("The defendants' motion for summary judgment is DENIED on the issue of liability and GRANTED on the issue of punitive damages. The plaintiffs' motion to amend is ALLOWED."),
    [{ kind: 'summary_judgment', disposition: 'granted_in_part' }, { kind: 'other', disposition: 'granted' }]],
  ['GRANTED as to ... DENIED as to ... for two motions',
    civilNe("The motions to dismiss filed by Prairie States (Filing No. 20) and Vance (Filing No. 24) are GRANTED as to Count III and DENIED as to Counts I and II."),
    [{ kind: 'dismiss', disposition: 'granted_in_part' }, { kind: 'dismiss', disposition: 'granted_in_part' }]],

];

// Opinions that decide no motion of their own: certiorari granted, the trial court's rulings under review, standards
// of review ('A motion for summary judgment is granted only where ...').
const scotus = (body: string) => `SUPREME COURT OF THE UNITED STATES\n\nNo. 18-1209\n\nCALVIN ROSSITER, PETITIONER v. MARYLAND\n\nON WRIT OF CERTIORARI TO THE COURT OF APPEALS OF MARYLAND\n\n[June 15, 2020]\n\nJUSTICE KAGAN delivered the opinion of the Court.\n\n${body}\n`;
const stateSup = (body: string) => `IN THE SUPREME COURT OF THE STATE OF IDAHO\n\nDocket No. 47119\n\nSTATE OF IDAHO,\nPlaintiff-Respondent,\nv.\nGARRETT LYLE PIKE,\nDefendant-Appellant.\n\nBoise, February 2021 Term\n\nOpinion filed: April 2, 2021\n\n${body}\n`;
const ca10 = (body: string) => `UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n\nNo. 20-6101\n\nUNITED STATES OF AMERICA,\nPlaintiff - Appellee,\nv.\nJEROME TALLCHIEF,\nDefendant - Appellant.\n\nORDER AND JUDGMENT\n\n${body}\n`;

const cases6: Array<[string, string, Want[]]> = [
  ['scotus: we granted certiorari',
    scotus("The Court of Appeals of Maryland affirmed Rossiter's conviction. We granted certiorari to resolve a conflict among the lower courts, 589 U.S. 1012 (2019), and now reverse."),
    []],
  ['state supreme: trial court denied motion to suppress; we affirm',
    stateSup("Pike moved to suppress the evidence found in his truck, arguing that the stop was unlawful. The district court denied the motion, and Pike entered a conditional guilty plea, reserving the right to appeal the denial. For the reasons below, we affirm the district court's order denying Pike's motion to suppress."),
    []],
  ['state supreme: erred in granting summary judgment; reversed',
    stateSup("The district court erred in granting summary judgment to the State. The judgment is reversed and the case is remanded."),
    []],
  ['ca10: district court denied § 3582 motion; affirm',
    ca10("Jerome Tallchief, a federal prisoner proceeding pro se, appeals the district court's denial of his motion for compassionate release under 18 U.S.C. § 3582(c)(1)(A). Exercising jurisdiction under 28 U.S.C. § 1291, we affirm. The district court denied the motion because Tallchief had not shown extraordinary and compelling reasons."),
    []],
  ['ca10: affirm + IFP granted on appeal',
    ca10("We AFFIRM the district court's order. Tallchief's motion to proceed on appeal in forma pauperis is GRANTED."),
    [{ kind: 'other', disposition: 'granted', movant: 'appellant' }]],
  ['ca10: the motion should have been granted (appellate view), reversed',
    ca10("The government concedes that the motion should have been granted. We therefore REVERSE and REMAND with instructions to grant the motion."),
    []],
  ['state supreme: standard of review text',
    stateSup("When reviewing a trial court's decision on a motion to suppress, we defer to its findings of fact unless clearly erroneous. A motion for summary judgment is granted only where there is no genuine issue of material fact."),
    []],
  ['district: opinion after bench trial, no motion',
    `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nJUNIPER RIDGE LLC,\nPlaintiff,\nv.\nCASCADE TIMBER CO.,\nDefendant.\n\nCase No. 3:19-cv-01455-SI\n\nFINDINGS OF FACT AND CONCLUSIONS OF LAW\n\nThe Court held a three-day bench trial. Earlier, the Court denied Cascade's motion for summary judgment. ECF 61. Based on the evidence at trial, the Court finds for Plaintiff and will enter judgment in its favor.\n`,
    []],

];

// What a court below or an agency held, told in a that-clause, is not this court's ruling.
const civilWa = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE\n\nPERPETUA LINDQVIST,\nPlaintiff,\nv.\nEMERALD SOUND FERRIES, INC.,\nDefendant.\n\nCASE NO. C21-0877-RSM\n\n${title}\n\n${body}\n`;
const caFed = (body: string) => `UNITED STATES COURT OF APPEALS\nFOR THE FEDERAL CIRCUIT\n\n2019-1544\n\nIN RE: HALVORSEN TRUST,\nAppellant.\n\nAppeal from the United States District Court\n\n${body}\n`;

const cases7: Array<[string, string, Want[]]> = [
  ["lower court's determination that a motion should be granted (recited)",
    caFed("The district court affirmed the bankruptcy court's determination that the Trust's motion for reconsideration should be granted for cause. We affirm."),
    []],
  ['magistrate judge found that the motion should be denied; clause after comma is the court',
    civilWa("Because the Magistrate Judge correctly concluded that the motion to compel should be denied, Plaintiff's motion to compel (Dkt. 40) is DENIED."),
    [{ kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['the Board found that the motion to reopen was untimely',
    caFed("The Board found that the motion to reopen should be denied as untimely. Substantial evidence supports that finding. AFFIRMED."),
    []],

];

// Relief decided without a motion word (workers' compensation), and a multidistrict panel's transfer in the old form.
const wc = (body: string, title = 'EXPEDITED HEARING ORDER') =>
  `TENNESSEE BUREAU OF WORKERS' COMPENSATION\nIN THE COURT OF WORKERS' COMPENSATION CLAIMS\nAT KNOXVILLE\n\nDORINDA PLEASANTS,\nEmployee,\nv.\nHIGHLAND PALLET CO.,\nEmployer.\n\nDocket No. 2019-03-0412\n\n${title}\n\n${body}\n`;
const mdl = (body: string) =>
  `JUDICIAL PANEL ON MULTIDISTRICT LITIGATION\n\nIN RE: ORCHARD VALLEY CIDER PRODUCTS LIABILITY LITIGATION\n\nMDL No. 3021\n\nTRANSFER ORDER\n\n${body}\n`;
const cases8: Array<[string, string, Want[]]> = [
  ['requested relief denied (no motion word)',
    wc("Ms. Pleasants requested medical benefits. Because she has not shown a work injury, her requested relief is denied at this time."),
    [{ kind: 'other', disposition: 'denied' }]],
  ['relief requested is granted',
    wc("At the expedited hearing, Ms. Pleasants asked for temporary disability benefits. The Court finds her likely to prevail, and the relief requested is GRANTED."),
    [{ kind: 'other', disposition: 'granted' }]],
  ['be, and the same hereby are, transferred',
    mdl("Plaintiffs in the Vermont action move under 28 U.S.C. § 1407 to centralize this litigation in the District of Vermont. IT IS THEREFORE ORDERED that the actions listed on Schedule A be, and the same hereby are, transferred to the District of Vermont for coordinated pretrial proceedings."),
    [{ kind: 'other', disposition: 'granted', movant: 'plaintiff' }]],
];

// Several filings ruled on together in older district-court styles; one motion granted as to one count and denied as
// to another by two rulings.
const oldEdpa = (body: string) =>
  `UNITED STATES DISTRICT COURT\nE. D. PENNSYLVANIA\n\nCORNELIUS VAN DYKE et al.,\nPlaintiffs,\nv.\nAJAX STEEL CORPORATION,\nDefendant.\n\nCiv. A. No. 71-2290\n\nMEMORANDUM AND ORDER\n\n${body}\n`;

const cases9: Array<[string, string, Want[]]> = [
  ['v2: motions of the defendant to X and for Y, and the motion of plaintiffs for Z, are denied',
    oldEdpa("The motions of the defendant to dismiss the complaint and for summary judgment, and the motion of the plaintiffs for a preliminary injunction, are denied."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['v1: named defendant motions X and for Y, and plaintiffs motion for Z are Denied',
    oldEdpa("Defendant Ajax Steel Corporation's motions to dismiss and for a more definite statement, and plaintiffs' motion for leave to amend are Denied."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['v3: ORDER paragraph after opinion',
    oldEdpa("For the reasons stated, the defendant's motion to dismiss must be granted in part.\n\nORDER\n\nAND NOW, this 3rd day of May, 1972, it is ORDERED that defendant's motion to dismiss Count II is GRANTED, defendant's motion to dismiss Count I is DENIED, and plaintiffs' motion to compel is DENIED."),
    [{ kind: 'dismiss', disposition: 'granted_in_part', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['v4: AND NOW ... upon consideration of motions ..., it is ORDERED that said motions are DENIED',
    oldEdpa("AND NOW, this 10th day of June, 1972, upon consideration of defendant's motion to dismiss, defendant's motion for a protective order, and plaintiffs' motion to compel discovery, it is hereby ORDERED that said motions are DENIED."),
    [{ kind: 'dismiss', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'defendant' }, { kind: 'other', disposition: 'denied', movant: 'plaintiff' }]],
  ['v5: motions ... are denied; cross motion is granted',
    oldEdpa("Defendant's motions to strike and to dismiss are denied; plaintiffs' cross-motion for summary judgment is granted."),
    [{ kind: 'other', disposition: 'denied', movant: 'defendant' }, { kind: 'dismiss', disposition: 'denied', movant: 'defendant' }, { kind: 'summary_judgment', disposition: 'granted', movant: 'plaintiff' }]],
  ['v6: each of the motions is denied',
    oldEdpa("Ajax has filed a motion to dismiss, a motion to transfer, and a motion for a stay. Each of the motions is denied."),
    [{ kind: 'dismiss', disposition: 'denied' }, { kind: 'other', disposition: 'denied' }, { kind: 'stay', disposition: 'denied' }]],
];

// Post-conviction orders: compassionate release, Amendment 821, § 404, home confinement, companion motions.
const crimOh = (body: string) =>
  `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF OHIO\nWESTERN DIVISION\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nTERRENCE OKAFOR-BLISS,\nDefendant.\n\nCase No. 1:15-cr-00077\n\nOPINION AND ORDER\n\n${body}\n`;

const cases10: Array<[string, string, Want[]]> = [
  ['denied to the extent X, dismissed to the extent home confinement',
    crimOh("Okafor-Bliss moves for compassionate release (ECF No. 120). His motion is DENIED to the extent it seeks a sentence reduction, and DISMISSED to the extent it asks the Court to order home confinement."),
    [{ kind: 'compassionate_release', disposition: 'denied' }, { kind: 'home_confinement', disposition: 'dismissed' }]],
  ['DENY ... WITHOUT PREJUDICE (future)',
    crimOh("For the reasons below, the Court will DENY Defendant's Motion for Compassionate Release (ECF No. 112) WITHOUT PREJUDICE."),
    [{ kind: 'compassionate_release', disposition: 'denied_without_prejudice', movant: 'defendant' }]],
  ['failure to exhaust: dismissed without prejudice',
    crimOh("Okafor-Bliss filed a pro se motion for compassionate release (ECF No. 130). Because he has not exhausted his administrative remedies, the motion is DISMISSED WITHOUT PREJUDICE."),
    [{ kind: 'compassionate_release', disposition: 'dismissed_without_prejudice', movant: 'defendant' }]],
  ['granted, reduced to time served',
    crimOh("Defendant's Motion to Reduce Sentence Pursuant to 18 U.S.C. § 3582(c)(1)(A)(i) (ECF No. 90) is GRANTED. Defendant's term of imprisonment is REDUCED to TIME SERVED."),
    [{ kind: 'compassionate_release', disposition: 'granted', movant: 'defendant' }]],
  ['CR denied, seal granted',
    crimOh("The motion for compassionate release (ECF No. 100) is DENIED. The Government's motion to seal Exhibit B (ECF No. 101) is GRANTED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }, { kind: 'other', disposition: 'granted', movant: 'government' }]],
  ['Amendment 821 ineligible',
    crimOh("Defendant's pro se motion for a reduction in sentence pursuant to Amendment 821 (ECF No. 150) is DENIED because he received no status points."),
    [{ kind: 'sentence_reduction_3582c2', disposition: 'denied', movant: 'defendant' }]],
  ['Section 404 granted in part',
    crimOh("Defendant's pro se Motion for Sentence Reduction under Section 404 of the First Step Act (ECF No. 88) is GRANTED IN PART."),
    [{ kind: 'fsa_404', disposition: 'granted_in_part', movant: 'defendant' }]],
  ['exercise discretion to deny relief',
    crimOh("Before the Court is Defendant's motion for compassionate release (ECF No. 140). Having weighed the § 3553(a) factors, the Court exercises its discretion to deny relief."),
    [{ kind: 'compassionate_release', disposition: 'denied', movant: 'defendant' }]],
  ['CARES Act home confinement DENIED for lack of jurisdiction? court says denied',
    crimOh("Defendant's Emergency Motion for Release to Home Confinement Pursuant to the CARES Act (ECF No. 221) is DENIED because the Court lacks authority to order home confinement."),
    [{ kind: 'home_confinement', disposition: 'denied', movant: 'defendant' }]],
  ['Government does not oppose; motion granted',
    crimOh("The Government does not oppose Defendant's motion for compassionate release (ECF No. 160). Finding extraordinary and compelling reasons, the Court GRANTS the motion."),
    [{ kind: 'compassionate_release', disposition: 'granted', movant: 'defendant' }]],
  ['supplemental motion is the same filing? separate entries both denied',
    crimOh("Defendant's Motion for Compassionate Release (ECF No. 180) and Supplemental Motion for Compassionate Release (ECF No. 185) are DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }, { kind: 'compassionate_release', disposition: 'denied' }]],

];

describe('rulings in common drafting styles', () => {
  it.each([...cases, ...cases2, ...cases3, ...cases4, ...cases5, ...cases6, ...cases7, ...cases8, ...cases9, ...cases10])('%s', (_name, text, want) => {
    const order = readOrder(text, { citations: false, domains: [] });
    const got = order.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, disposition: m.disposition?.value ?? null, docEntry: m.docEntry?.value ?? null }));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});
