/**
 * Invented orders (fictional parties and numbers) for the words around a motion's name: named only as a reason or a
 * condition, a briefing directive, a clerk told to close it, "all pending motions", a pronoun for the filer, a rule
 * between the filer and the motion word, the U.S. Trustee, "filed by" after the relief, a letter request, two reliefs of
 * one verb, a state court's "opened to the Court ... for an Order", "Upon the ... Application", a heading. Each case
 * lists every motion the order decides with the fields it asserts (kind and disposition too, when listed).
 */
import type { Want } from './motion-table.js';

export type { Want };
import { CAPTIONS as BASE } from './movant-cases.js';

export const CAPTIONS = {
  ...BASE,
  appealSpaced: `UNITED STATES COURT OF APPEALS\nFOR THE SIXTH CIRCUIT\n\nNo. 24-1183\n\nRAMONA ELLSWORTH,\nPlaintiff - Appellant,\nv.\nCITY OF FAIRHAVEN,\nDefendant - Appellee.\n\nORDER\n\n`,
  sdny: `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nCORA BELLWEATHER,\nPlaintiff,\nv.\nTALLIS FREIGHT, INC.,\nDefendant.\n\nCase No. 1:23-cv-05521\n\nMEMO ENDORSED\n\n`,
  texasState: `CAUSE NO. 2023-44120\n\nNOEMI VARGAS,\nPlaintiff,\nv.\nLONE OAK FREIGHT, LLC,\nDefendant.\n\nIN THE DISTRICT COURT OF\nHARRIS COUNTY, TEXAS\n\nORDER\n\n`,
  floridaState: `IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT\nIN AND FOR ORANGE COUNTY, FLORIDA\n\nCASE NO. 2023-CA-004417-O\n\nDELPHINE ARCENEAUX,\nPlaintiff,\nv.\nSEMINOLE GROVE PAVING CO.,\nDefendant.\n\n`,
};
export type Caption = keyof typeof CAPTIONS;


export const cases: Array<[string, Caption, string, Want[]]> = [
  // A filing named only as the reason for a ruling on another
  ['reason: in light of an amended motion', 'civil', "In light of the Amended Motion to Dismiss filed at ECF No. 22, Defendant's original Motion to Dismiss at ECF No. 15 is DENIED AS MOOT.", [{ movant: 'defendant', kind: 'dismiss', disposition: 'moot', docEntry: '15' }]],
  ['reason: in view of a renewed motion', 'crim', "In view of the renewed motion for compassionate release (Doc. 61), the Defendant's first motion for compassionate release (Doc. 48) is DENIED AS MOOT.", [{ movant: 'defendant', kind: 'compassionate_release', disposition: 'moot', docEntry: '48' }]],
  ['reason: given a superseding motion', 'civil', "Given Plaintiff's Second Amended Motion for Class Certification (ECF No. 70), Plaintiff's Motion for Class Certification (ECF No. 52) is DENIED as moot.", [{ movant: 'plaintiff', disposition: 'moot', docEntry: '52' }]],
  // A filing named as a condition of something else
  ['condition: discovery stayed pending resolution of the motion', 'civil', "This case is before the Court on Defendant's Motion to Stay Discovery [Doc. 19]. The Motion [Doc. 19] is GRANTED, and all discovery is STAYED pending resolution of the motion to dismiss.", [{ movant: 'defendant', kind: 'stay', disposition: 'granted', docEntry: '19' }]],
  ['condition: deadlines suspended pending a ruling on the motion', 'civil', "Plaintiff's motion to extend the discovery deadline (ECF No. 44) is GRANTED. All other deadlines are suspended pending a ruling on Defendant's motion for summary judgment.", [{ movant: 'plaintiff', kind: 'extension_of_time', disposition: 'granted', docEntry: '44' }]],
  ['condition: until the Court rules on the pending motion', 'prisoner', 'The motion for a settlement conference (Doc. 57) is DENIED without prejudice; the Court will not set a conference until the Court rules on the pending motion for summary judgment.', [{ movant: null, disposition: 'denied_without_prejudice', docEntry: '57' }]],
  // A brief about a filing in a directive
  ['directive: the opposition to the pending motion shall be filed', 'civil', "Plaintiff's Motion for Extension of Time (Doc. No. 40) is GRANTED absent objection. Plaintiff's opposition to the pending motion for summary judgment shall be filed by August 2, 2024.", [{ movant: 'plaintiff', kind: 'extension_of_time', disposition: 'granted', docEntry: '40' }]],
  ['directive: a reply to the motion is due', 'civil', "The Court GRANTS Defendant Acme Corp.'s unopposed motion to file an oversized brief (ECF No. 33). Acme's reply in support of its pending motion to dismiss is due on June 3, 2024.", [{ movant: 'defendant', disposition: 'granted', docEntry: '33' }]],
  ['directive: a response to the motion must be served', 'prisoner', "Plaintiff's motion for an extension of time (Doc. 71) is GRANTED. Plaintiff's response to the Defendants' pending motion for summary judgment must be filed within thirty days.", [{ movant: 'plaintiff', kind: 'extension_of_time', disposition: 'granted', docEntry: '71' }]],
  // A clerk told to close the filing
  ['clerk: close the open motion at ECF No.', 'sdny', "Plaintiff's motion for a preliminary injunction is DENIED. The Clerk of Court is respectfully directed to close the open motion at ECF No. 55.", [{ movant: 'plaintiff', disposition: 'denied', docEntry: '55' }]],
  ['clerk: terminate the motion at Dkt.', 'civil', "Defendant Acme Corp.'s motion to transfer venue is GRANTED. The Clerk shall terminate the motion at Dkt. 18 and transfer this action.", [{ movant: 'defendant', disposition: 'granted', docEntry: '18' }]],
  ['clerk: term the pending motion (ECF No.)', 'crim', 'The Government\'s motion to continue the sentencing hearing is GRANTED. The Clerk is directed to term the pending motion (ECF No. 141).', [{ movant: 'government', disposition: 'granted', docEntry: '141' }]],
  // Every motion of the case at once
  ['all pending motions are moot', 'civil', "Because the parties have settled, all pending motions are moot. Defendant's motion for summary judgment, Doc. 40, is DISMISSED AS MOOT.", [{ movant: 'defendant', kind: 'summary_judgment', disposition: 'moot', docEntry: '40' }]],
  ['any other pending motions are denied', 'prisoner', "Plaintiff's motion to amend the complaint (Doc. 30) is DENIED as futile. This action is DISMISSED. Any other pending motions are DENIED as moot.", [{ movant: 'plaintiff', disposition: 'denied', docEntry: '30' }]],
  ['all remaining motions are terminated', 'crim', "The defendant's motion to suppress (Doc. 25) is GRANTED. All remaining motions are TERMINATED as moot in light of the dismissal.", [{ movant: 'defendant', kind: 'suppress', disposition: 'granted', docEntry: '25' }]],
  // A pronoun for the filer
  ['pronoun: his motion after Petitioner\'s notice', 'habeas', "In light of Petitioner's Notice (ECF No. 20), his Motion for Appointment of Counsel (ECF No. 15) is deemed WITHDRAWN.", [{ movant: 'petitioner', kind: 'appoint_counsel', disposition: 'withdrawn', docEntry: '15' }]],
  ['pronoun: her motion after the plaintiff\'s letter', 'prisoner', "Having reviewed Plaintiff's letter of March 3 (Doc. 88), her motion to compel (Doc. 80) is GRANTED.", [{ movant: 'plaintiff', disposition: 'granted', docEntry: '80' }]],
  ['pronoun: two sides named, no pronoun filer', 'civil', "Considering the Defendant's reply and the Plaintiff's sur-reply, his motion to strike (ECF No. 50) is DENIED.", [{ movant: null, disposition: 'denied', docEntry: '50' }]],
  // A rule between the filer and the motion word
  ['rule: Defendant X, LLC\'s Rule 91a Motion', 'texasState', "Came on for consideration Defendant Lone Oak Freight, LLC's Rule 91a Motion to Dismiss. Having considered the motion and the pleadings, the Court ORDERS that the Motion is DENIED.", [{ movant: 'defendant', kind: 'dismiss', disposition: 'denied' }]],
  ['rule: Defendants\' Rule 12(b)(6) Motion', 'civil', "Before the Court is Defendants' Rule 12(b)(6) Motion to Dismiss (ECF No. 21). The motion is GRANTED.", [{ movant: 'defendant', kind: 'dismiss', docEntry: '21' }]],
  ['rule: a name\'s Rule 60(b) motion', 'civil', "Mallory's Rule 60(b) motion for relief from judgment (Doc. 90) is DENIED.", [{ movant: 'plaintiff', docEntry: '90' }]],
  ['rule: Plaintiff\'s FRCP 56 motion', 'civil', "Plaintiff's FRCP 56 Motion for Partial Summary Judgment (Dkt. 64) is DENIED.", [{ movant: 'plaintiff', kind: 'summary_judgment', docEntry: '64' }]],
  // The United States Trustee
  ['US Trustee\'s motion to convert', 'bankr', "The United States Trustee's motion to convert this case to one under chapter 7 (Docket No. 88) came on for hearing. For the reasons stated on the record, the motion is GRANTED.", [{ movant: 'trustee', disposition: 'granted', docEntry: '88' }]],
  ['U.S. Trustee\'s motion to dismiss', 'bankr', "The U.S. Trustee's Motion to Dismiss Chapter 11 Case (Docket No. 140) is GRANTED.", [{ movant: 'trustee', kind: 'dismiss', docEntry: '140' }]],
  ['United States Trustee moves', 'bankrUntitled', 'ORDER\n\nThe United States Trustee moves to appoint a chapter 11 examiner (Dkt. 61). The motion is GRANTED.', [{ movant: 'trustee', docEntry: '61' }]],
  // "filed by" after a listed kind's relief
  ['filed by after an in limine relief', 'civil', 'IT IS ORDERED that the Motion in Limine to Exclude the Testimony of Dr. Feraud filed by defendant Acme Corp. is DENIED. Rec. Doc. 88.', [{ movant: 'defendant', kind: 'in_limine', docEntry: '88' }]],
  ['filed by after a suppression relief', 'crim', 'The Motion to Suppress Evidence Obtained from the Traffic Stop filed by Defendant Darnell Quimby (Doc. 31) is GRANTED.', [{ movant: 'defendant', kind: 'suppress', docEntry: '31' }]],
  // (not the plaintiff; a motion to dismiss is the defending side's: movant/relief-side)
  ['filed by names the complaint, not the motion', 'civil', 'The Motion to Dismiss the Amended Complaint filed by Plaintiff Hester Mallory (ECF No. 12) is GRANTED.', [{ movant: 'defendant', kind: 'dismiss', docEntry: '12' }]],
  // A letter request: the subject past an adverb
  ['letter request: Defendant respectfully requests', 'sdny', 'Defendant respectfully requests a thirty-day extension of its time to answer, to July 19, 2024. This is the first such request and Plaintiff consents.\n\nApplication GRANTED. SO ORDERED.', [{ movant: 'defendant', kind: 'extension_of_time', disposition: 'granted' }]],
  ['letter request: Plaintiff respectfully requests an adjournment', 'sdny', 'Plaintiff respectfully requests an adjournment of the initial pretrial conference. Defendant consents.\n\nApplication GRANTED. The conference is adjourned to May 2, 2024.', [{ movant: 'plaintiff', disposition: 'granted' }]],
  ['letter request: the parties jointly request', 'sdny', 'The parties jointly request an extension of the time to complete fact discovery to September 30, 2024.\n\nThe application is GRANTED.', [{ movant: null, kind: 'extension_of_time', disposition: 'granted' }]],
  // Two reliefs of one verb
  ['one verb, two reliefs, ruled apart (appellate)', 'appealSpaced', 'Ellsworth moves for leave to proceed in forma pauperis and for appointment of counsel. The motion to proceed in forma pauperis is GRANTED. The motion for appointment of counsel is DENIED.', [{ movant: 'appellant', disposition: 'granted' }, { movant: 'appellant', kind: 'appoint_counsel', disposition: 'denied' }]],
  ['one verb, two reliefs, ruled apart (prisoner)', 'prisoner', 'Plaintiff moves for leave to file a second amended complaint and for an extension of time to serve the defendants (Doc. 40). The motion to amend is GRANTED. The motion for an extension of time is GRANTED.', [{ movant: 'plaintiff', disposition: 'granted' }, { movant: 'plaintiff', kind: 'extension_of_time', disposition: 'granted' }]],
  ['one verb, two reliefs, one ruling: one motion', 'civil', 'Defendants move to dismiss and for sanctions (ECF No. 17). The motion is DENIED.', [{ movant: 'defendant', kind: 'dismiss', disposition: 'denied', docEntry: '17' }]],
  // A state court's opening names the relief
  ['opened to the Court for an Order dismissing', 'state', "THIS MATTER having been opened to the Court by counsel for Defendant Garden State Paving, Inc., on notice, for an Order dismissing Plaintiff's Complaint pursuant to R. 4:6-2(e), and the Court having considered the papers, IT IS on this 14th day of March, 2024, ORDERED that Defendant's motion is GRANTED.", [{ movant: 'defendant', kind: 'dismiss', disposition: 'granted' }]],
  ['brought before the Court for an Order extending', 'state', 'THIS MATTER having been brought before the Court by Plaintiff Priya Nandakumar for an Order extending the time for discovery by sixty days, and good cause appearing, IT IS ORDERED that the motion is GRANTED.', [{ movant: 'plaintiff', kind: 'extension_of_time', disposition: 'granted' }]],
  ['opened for an Order compelling', 'state', 'THIS MATTER having been opened to the Court by Defendant Garden State Paving, Inc. for an Order compelling Plaintiff to appear for deposition, and no opposition having been filed, IT IS ORDERED that the motion is GRANTED.', [{ movant: 'defendant', disposition: 'granted' }]],
  // A sentence that opens on the filing presents it
  ['upon the First Interim Fee Application', 'bankr', 'ORDER APPROVING FIRST INTERIM FEE APPLICATION\n\nUpon the First Interim Fee Application of Quint & Bell LLP, counsel to the Debtor (Docket No. 377), the Court finds that the fees requested are reasonable. IT IS HEREBY ORDERED that the Application is APPROVED on an interim basis.', [{ movant: null, disposition: 'granted', docEntry: '377' }]],
  ['upon the application of the Debtor', 'bankrUntitled', 'ORDER\n\nUpon the application of the Debtor to retain Pell & Cato LLP as special counsel (Docket No. 52), IT IS HEREBY ORDERED that the application is GRANTED.', [{ movant: 'debtor', disposition: 'granted', docEntry: '52' }]],
  ['upon the motion of the Debtor extending exclusivity', 'bankrUntitled', 'ORDER\n\nUpon the motion of the Debtor for entry of an order extending the exclusive periods to file a chapter 11 plan (the "Motion"), IT IS HEREBY ORDERED THAT: 1. The Motion is GRANTED as set forth herein.', [{ movant: 'debtor', kind: 'extension_of_time', disposition: 'granted' }]],
  // A heading in capitals names the filing
  ['heading: DEFENDANT\'S MOTION FOR REHEARING / Denied.', 'floridaState', "ORDER ON MOTION FOR REHEARING\n\nDEFENDANT'S MOTION FOR REHEARING\n\nDenied.\n\nDONE AND ORDERED in Chambers.", [{ movant: 'defendant', kind: 'reconsideration', disposition: 'denied' }]],
  ['heading: PLAINTIFF\'S MOTION TO COMPEL, then the ruling', 'civil', "I. PLAINTIFF'S MOTION TO COMPEL (ECF NO. 31)\n\nThe requests are relevant and proportional. The motion is GRANTED.", [{ movant: 'plaintiff', disposition: 'granted', docEntry: '31' }]],
  ['heading: GOVERNMENT\'S MOTION IN LIMINE', 'crim', "GOVERNMENT'S MOTION IN LIMINE (DOC. 77)\n\nThe Government asks to exclude evidence of the victim's prior arrests. The motion is GRANTED.", [{ movant: 'government', kind: 'in_limine', disposition: 'granted', docEntry: '77' }]],
];
