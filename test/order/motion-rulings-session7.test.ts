/**
 * Filings told apart in session 7 (fictional names): a record cite labelled as another paper ("(Gov't's Opp'n [Doc. No.
 * 642])") or as the order a motion attacks ("the Court's Order of May 2, 2025 (ECF No. 40)") is not the motion's entry;
 * a prisoner's second relief in the same sentence is the same request; the same title again is the same filing; "the First
 * Step Act" is no earlier ("first") filing.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string | undefined };
const crim = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nUNITED STATES OF AMERICA\nv.\nCORNELIUS ABERNATHY-VOSS\n\nCase No. 0:15-cr-00312\n\n${title}\n\n${body}\n`;
const civil = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nWINIFRED OKONKWO-BRANDT,\nPlaintiff,\nv.\nCASCADE FERRY LINES, INC.,\nDefendant.\n\nCase No. 3:22-cv-01877\n\n${title}\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // The cite of the next sentence labelled as another paper names that paper, not the motion just mentioned.
  ['"(Gov\'t\'s Opp\'n [Doc. No. 642].)" after the motion',
    crim("Mr. Abernathy-Voss filed a Motion for Compassionate Release. The Government responded in opposition. (Gov't's Opp'n [Doc. No. 642].) Mr. Abernathy-Voss has not exhausted his administrative remedies. The Motion for Compassionate Release is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: undefined }]],
  ['"(Resp., ECF No. 88.)" after the motion',
    crim("Defendant moves for compassionate release. The United States opposes the request. (Resp., ECF No. 88.) Defendant's medical conditions are well controlled. The motion is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: undefined }]],
  ['"(Def.\'s Reply Br. at 2, Doc. 51.)" after the motion',
    civil("Defendant moves to transfer this action to the Western District of Washington. Plaintiff lives in Portland and the witnesses are here. Defendant answers that the contract names Seattle. (Def.'s Reply Br. at 2, Doc. 51.) The motion to transfer is DENIED."),
    [{ disposition: 'denied', docEntry: undefined }]],
  ['counterexample: a bare cite in the next sentence is the motion\'s',
    crim("Defendant moves for compassionate release. (ECF No. 77.) Defendant's medical conditions are well controlled. The motion is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '77' }]],

  // The order a motion attacks, cited first: the motion's own cite comes after it.
  ['reconsideration of "the Court\'s Order of May 2, 2025 (ECF No. 40)"; the motion is ECF No. 44',
    civil("Plaintiff moves for reconsideration of the Court's Order of May 2, 2025 (ECF No. 40), arguing that the Court overlooked a tolling agreement. (ECF No. 44.) The agreement was considered. The motion (ECF No. 44) is DENIED."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '44' }]],
  ['"asks the Court to vacate its Judgment entered March 3, 2024 (Doc. 88)"; the motion is Doc. 91',
    civil("Defendant asks the Court to vacate its Judgment entered March 3, 2024 (Doc. 88) under Rule 60(b)(1) (Doc. 91). Defendant shows no excusable neglect. The motion is DENIED."),
    [{ disposition: 'denied', docEntry: '91' }]],
  ['"seeks reconsideration of the Order dated 6/1/2023 [Doc. No. 12]"; the motion is Doc. No. 15',
    crim("Defendant seeks reconsideration of the Order dated 6/1/2023 [Doc. No. 12], which denied his request for counsel. [Doc. No. 15.] Nothing has changed since that Order. The motion is DENIED."),
    [{ kind: 'reconsideration', disposition: 'denied', docEntry: '15' }]],

  // A prisoner's second relief in the same sentence, with no filer or entry of its own, is the same request.
  ['"seeks compassionate release and requests ... home confinement": one motion',
    crim("Mr. Abernathy-Voss seeks compassionate release and requests that the Court order the remainder of his sentence served in home confinement. (ECF No. 301.) He has not exhausted. The motion (ECF No. 301) is DENIED."),
    [{ disposition: 'denied', docEntry: '301' }]],
  ['"moves for a sentence reduction under § 3582(c)(1)(A) and asks for home confinement": one motion',
    crim("Defendant moves for a reduction of his sentence under 18 U.S.C. § 3582(c)(1)(A) and asks, in the alternative, to serve the rest of his term in home confinement (Doc. 140). The motion is DENIED."),
    [{ disposition: 'denied', docEntry: '140' }]],
  ['"requests a sentence reduction under § 3582(c)(1)(A), and he requests home confinement": one motion',
    crim("Mr. Abernathy-Voss requests a sentence reduction under 18 U.S.C. § 3582(c)(1)(A), and he requests home confinement. The motion is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }]],
  ['"moves for compassionate release and requests transfer to home confinement": one motion',
    crim("Defendant moves for compassionate release and requests transfer to home confinement. The motion is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied' }]],
  ['counterexample: a second relief with its own entry is a second filing',
    crim("Defendant moves for compassionate release (Doc. 70) and requests home confinement (Doc. 74). The motion for compassionate release is DENIED. The request for home confinement is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '70' }, { kind: 'home_confinement', disposition: 'denied', docEntry: '74' }]],

  // The same title again is the same filing, wherever the first mention placed its entry.
  ['"Motion for Release [Doc. No. 640] ... in opposition to Mr. X\'s Motion for Release"',
    crim("Before the Court is Defendant's Motion for Release [Doc. No. 640] pursuant to 18 U.S.C. § 3582(c)(1)(A). The Government filed a response in opposition to Mr. Abernathy-Voss's Motion for Release. Mr. Abernathy-Voss's Motion for Release is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '640' }]],
  ['"Motion for Modification (ECF No. 77) seeking compassionate release" named again in full',
    crim("Defendant filed a Motion for Modification (ECF No. 77) seeking compassionate release under 18 U.S.C. § 3582(c)(1)(A). The Government responded to the Motion for Modification. For these reasons, the Motion for Modification is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '77' }]],
  ['"Motion for Sentence Modification (ECF No. 120) under the First Step Act, section 404" named again in full',
    crim("Defendant filed a Motion for Sentence Modification (ECF No. 120) under the First Step Act, section 404. The Government does not oppose the Motion for Sentence Modification. The Motion for Sentence Modification is GRANTED."),
    [{ kind: 'fsa_404', disposition: 'granted', docEntry: '120' }]],
  ['"Petition for Relief [Doc. No. 88] pursuant to § 3582(c)(1)(A)(i)" named again in full',
    crim("Now pending is the defendant's Petition for Relief [Doc. No. 88] pursuant to 18 U.S.C. § 3582(c)(1)(A)(i). The United States filed a brief opposing the Petition for Relief. The Petition for Relief is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '88' }]],
  ['counterexample: two titles that differ are two filings',
    crim("Defendant filed a Motion for Sentence Modification (ECF No. 120) under the First Step Act, section 404, and a Motion for Return of Property (ECF No. 125). The Motion for Return of Property is GRANTED."),
    [{ kind: 'fsa_404', disposition: null, docEntry: '120' }, { kind: 'other', disposition: 'granted', docEntry: '125' }]],

  // "the First Step Act" names a statute, not a first (earlier) filing.
  ['"relying on the First Step Act, has filed a Motion for Home Confinement (Doc. 61)"',
    crim("Mr. Abernathy-Voss, relying on the First Step Act, has filed a Motion for Home Confinement (Doc. 61). The Motion for Home Confinement is DENIED."),
    [{ kind: 'home_confinement', movant: 'defendant', disposition: 'denied', docEntry: '61' }]],
  ['"Citing the First Step Act, Defendant filed a Motion to Appoint Counsel (Doc. 44)"',
    crim("Citing the First Step Act, Defendant filed a Motion to Appoint Counsel (Doc. 44). The Motion to Appoint Counsel is GRANTED."),
    [{ kind: 'appoint_counsel', disposition: 'granted', docEntry: '44' }]],
  ['counterexample: "his first motion" is still an earlier filing',
    crim("Defendant's first motion for compassionate release (Doc. 30) was denied in 2021. He now files a second Motion for Compassionate Release (Doc. 58). The Motion for Compassionate Release (Doc. 58) is DENIED."),
    [{ kind: 'compassionate_release', disposition: 'denied', docEntry: '58' }]],
];

describe('session-7 filings: labelled cites, a second relief, the same title again', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});
