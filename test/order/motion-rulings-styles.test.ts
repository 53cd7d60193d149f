/**
 * Rulings in the ways judges draft them (session 4 probe, fictional names): several motions in one sentence,
 * numbered decretal lists, rulings after a colon, "respectively", deferred and withdrawn motions, approvals,
 * recited arguments and parentheticals that must not decide anything.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null };
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

describe('rulings in common drafting styles', () => {
  it.each(cases)('%s', (_name, text, want) => {
    const order = readOrder(text, { citations: false, domains: [] });
    const got = order.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, disposition: m.disposition?.value ?? null }));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});
