/**
 * Motions read in session 13 (fictional names): a bare plural's list of entries in the ruling sentence is one filing
 * per entry ("both motions [#15 and 16] are denied"), a number-sign list of entries ("[#15 and #16]"), an objection to
 * a magistrate judge's paper named "of" the magistrate judge, and the filing an objection reviews ("the underlying
 * motion") is no filing of this order.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

const civil = (title: string, body: string) =>
  `UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nLAKESIDE PUMP CO., Plaintiff,\nv.\nORTOLAN SUPPLY LLC, et al., Defendants.\n\nCase No. 1:10-cv-01234\n\n${title}\n\n${body}\n\nSO ORDERED.\nDated: May 1, 2011\n/s/ Clara Wendt\nUnited States District Judge\n`;

const habeas = (body: string) =>
  `UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF TENNESSEE\n\nDALE M. PRUETT, Petitioner,\nv.\nUNITED STATES OF AMERICA, Respondent.\n\nNo. 1:19-cv-00123\n\nMEMORANDUM OPINION\n\n${body}\n\nSO ORDERED.\nDated: May 1, 2021\n/s/ Clara Wendt\nUnited States District Judge\n`;
const OPENING = 'Before the Court is the motion of Petitioner Dale Pruett to vacate, set aside, or correct his sentence under 28 U.S.C. § 2255 (Doc. 20).';

// A reporter's head whose appearances run into one line: the second side's lawyers follow the first side's stop.
const flatHead = (second: string, body: string) =>
  `Opinion\nNo. 12-CV-40411-ABC.\n2013-02-14\nAnn Roe, Roe & Poe P.C., Albany, NY, for Plaintiff.${second} MEMORANDUM AND ORDER\n${body}\nIt is So Ordered.\n`;

const criminal = (body: string) =>
  `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA\n\nUNITED STATES OF AMERICA\nv.\nCRIMINAL ACTION NO. 2:16-00481\nMARCUS T. ELDRIDGE\n\nMEMORANDUM OPINION AND ORDER\n\n${body}\n\nEnter: October 2, 2020\nDavid A. Fenn\nSenior United States District Judge\n`;

describe('session-13 motions', () => {
  it.each([
    ['a bare plural with a number-sign list is one filing per entry',
      civil('MEMORANDUM OPINION AND ORDER', 'Ortolan Supply and Fenwick Tool have moved to dismiss the complaint for lack of personal jurisdiction. For the reasons set forth below, both motions [#15 and 16] are denied.'),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '15' }, { kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '16' }]],
    ['... and so with a labelled list in parentheses',
      civil('MEMORANDUM OPINION AND ORDER', 'Ortolan Supply and Fenwick Tool have moved to dismiss the complaint. For the reasons below, both motions (Docs. 15, 16) are granted.'),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '15' }, { kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '16' }]],
    ['... each entry with its own number sign',
      civil('ORDER', 'Defendants moved for summary judgment. The motions (#40, #41) are DENIED.'),
      [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'denied', docEntry: '40' }, { kind: 'summary_judgment', movant: 'defendant', disposition: 'denied', docEntry: '41' }]],
    ['a singular reference with one entry stays one filing',
      civil('ORDER', 'Ortolan Supply has moved to dismiss the complaint. The motion [#15] is denied.'),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '15' }]],
    ['a page after the number sign is no list',
      civil('ORDER', 'Ortolan Supply has moved to dismiss the complaint [#15]. As the brief argues [#15 at 3], venue is proper elsewhere. The motion is granted.'),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '15' }]],
    ['an objection to the "Order of Magistrate Judge" is a filing the order decides',
      civil('ORDER', "Plaintiff filed an Objection to Order of Magistrate Judge (ECF No. 164). The underlying motion (ECF No. 150) sought leave to restrict access to an exhibit. The objection is OVERRULED."),
      [{ kind: 'other', movant: 'plaintiff', disposition: 'denied', docEntry: '164' }]],
    ['... and so is an objection with its entry before "to the Report and Recommendation of the Magistrate Judge"',
      civil('ORDER', 'Defendants filed objections [#52] to the Report and Recommendation of the United States Magistrate Judge. The objections are sustained.'),
      [{ kind: 'other', movant: 'defendant', disposition: 'granted', docEntry: '52' }]],
    ['the motion an objection reviews is no filing of the order: the ruling on the objection takes its own entry',
      civil('ORDER', 'Upon review of the motion at issue, the ruling of the magistrate judge and the objection, I find nothing clearly erroneous in that ruling. Accordingly, I overrule the objection [#208].\n\nThe underlying motion [#187] is a motion to restrict public access to a deposition transcript filed by the plaintiffs. The magistrate judge was empowered to decide the motion to restrict access [#187].'),
      [{ kind: 'other', disposition: 'denied', docEntry: '208' }]],
    ['a request for leave to amend a § 2255 motion is a filing of its own, not a second § 2255 motion',
      habeas(`${OPENING} Petitioner further seeks leave to amend his 2255 Motion with two more grounds (Doc. 31). Neither has merit: the 2255 Motion and the motion to amend his 2255 Motion are DENIED.`),
      [{ kind: 'section_2255', disposition: 'denied', docEntry: '20' }, { kind: 'other', movant: 'petitioner', disposition: 'denied', docEntry: '31' }]],
    ['... and so is a motion to supplement it, each with its own ruling',
      habeas(`${OPENING} Petitioner has moved to supplement his § 2255 motion (Doc. 25). The motion to supplement is GRANTED, and the § 2255 motion is DENIED.`),
      [{ kind: 'section_2255', disposition: 'denied', docEntry: '20' }, { kind: 'other', movant: 'petitioner', disposition: 'granted', docEntry: '25' }]],
    ['leave to amend the petition itself is one filing',
      habeas('Petitioner moves for leave to amend the petition (Doc. 12). The motion is GRANTED.'),
      [{ kind: 'other', movant: 'petitioner', disposition: 'granted', docEntry: '12' }]],
    ['"the Court denied a 28 U.S.C. § 2255 Motion" tells an earlier filing; the successive one is decided, under a heading that names it',
      habeas('(Dismissing Successive 28 U.S.C. § 2255 Motion)\nIn an opinion of March 9, 2012, the Court denied a 28 U.S.C. § 2255 Motion filed by Petitioner (ECF Nos. 41, 42). Petitioner has now filed another 28 U.S.C. § 2255 Motion ("Successive § 2255 Motion," ECF No. 57). The Court of Appeals has not authorized the Successive § 2255 Motion, so the action will be dismissed for want of jurisdiction.'),
      [{ kind: 'section_2255', disposition: 'dismissed', docEntry: '57' }]],
    ['a short order that the memorandum explains decided the motion it names',
      civil('MEMORANDUM', 'By Order dated March 3, 2010, the Court denied a motion of the defendants for an order compelling a non-party witness to answer an arbitration summons. This Memorandum elaborates the reasons for that Order.'),
      [{ kind: 'other', movant: 'defendant', disposition: 'denied' }]],
    ['... but an earlier order that nothing explains is history',
      civil('MEMORANDUM ORDER', 'By Order dated March 3, 2010, the Court denied a motion of the defendants for an order compelling a non-party witness to answer an arbitration summons. Now before the Court is the defendants\' motion for reconsideration of that Order. The motion for reconsideration is denied.'),
      [{ kind: 'reconsideration', movant: 'defendant', disposition: 'denied' }]],
    ['the second side\'s lawyers run into the first side\'s line: that side has counsel',
      flatHead('Ben Coe, Quill & Marsh, LLC, Dayton, OH, for Defendant.', "Defendant's motion to dismiss (Dkt. No. 25) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '25' }]],
    ['... and the first side keeps its own counsel',
      flatHead('Ben Coe, Quill & Marsh, LLC, Dayton, OH, for Defendant.', "Plaintiff's motion to compel (Dkt. No. 30) is GRANTED."),
      [{ kind: 'other', movant: 'plaintiff', proSe: false, disposition: 'granted', docEntry: '30' }]],
    ['a side whose line says pro se is not made counseled (its own line makes it pro se)',
      flatHead('Carl Doe, Dayton, OH, pro se, for Defendant.', "Defendant's motion to dismiss (Dkt. No. 25) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '25' }]],
    ['a motion for counsel that the order says a lawyer filed is no pro se motion',
      criminal("Defendant has moved for the appointment of counsel to help him seek compassionate release. (ECF No. 71.) That motion was filed by the attorney who represented defendant at sentencing. No right to counsel extends to such motions. The court will deny defendant's motion."),
      [{ kind: 'appoint_counsel', movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '71' }]],
    ['... while a prisoner asking for a lawyer has none',
      criminal("Defendant has moved for the appointment of counsel to help him seek compassionate release. (ECF No. 71.) No right to counsel extends to such motions. The court will deny defendant's motion."),
      [{ kind: 'appoint_counsel', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '71' }]],
    ['what a defendant "may" do without counsel says nothing of how this motion was filed',
      criminal("Defendant has moved to reduce his sentence under 18 U.S.C. § 3582(c)(1)(A). (ECF No. 80.) A defendant may seek that relief without the assistance of counsel. The motion is DENIED."),
      [{ kind: 'compassionate_release', movant: 'defendant', proSe: null, disposition: 'denied', docEntry: '80' }]],
    ['a plaintiff the order calls a prisoner asks for counsel pro se, with no caption to read',
      'Opinion\nCIVIL ACTION No. 11-2290-ABC.\nMay 4, 2012\nORDER\nBefore the Court is Plaintiff\'s Motion to Appoint Counsel (doc. 48). Plaintiff, a federal prisoner, asks for a lawyer to press his claims of excessive force. The motion is denied.\n',
      [{ kind: 'appoint_counsel', movant: 'plaintiff', proSe: true, disposition: 'denied', docEntry: '48' }]],
    ['... but not a plaintiff the order does not call one',
      'Opinion\nCIVIL ACTION No. 11-2290-ABC.\nMay 4, 2012\nORDER\nBefore the Court is Plaintiff\'s Motion to Appoint Counsel (doc. 48). Plaintiff, a corporation, asks the Court to appoint counsel for the class. The motion is denied.\n',
      [{ kind: 'appoint_counsel', movant: 'plaintiff', proSe: null, disposition: 'denied', docEntry: '48' }]],
  ] as Array<[string, string, Array<Record<string, unknown>>]>)('%s', (_name, text, want) => expectMotions(text, want));
});
