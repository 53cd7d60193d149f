/**
 * Motion rulings in short constructed texts (fictional names): which motion a ruling decides, the
 * disposition it gives, and the movant read from the caption's parties.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const civil = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nMARGARET OSTRANDER,\nPlaintiff,\nv.\nQUILLFEATHER LOGISTICS, INC.,\nDefendant.\n\nCivil Action No. 2:21-cv-00311\n\nMEMORANDUM AND ORDER\n\n${body}\n`;
const habeas = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nTOBIAS WRENFIELD,\nPetitioner,\nv.\nDARLA HOSKINS, Warden,\nRespondent.\n\nCase No. 2:22-cv-01877\n\nORDER\n\n${body}\n`;

const crim = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nORLA KETTLEBY,\nDefendant.\n\nCase No. 1:17-cr-00205\n\nORDER\n\n${body}\n`;

type Want = { kind?: string; movant?: string | null; proSe?: boolean | null; disposition: string | null };

describe('motions decided, with dispositions and movants', () => {
  const cases: Array<[string, string, Want[]]> = [
    // A line break after a record cite does not end the sentence; two rulings in one sentence each keep their motion.
    [
      'record cite at a line end, then two rulings',
      crim("Defendant's pro se Motion for Compassionate Release [Doc. 80] and Motion to Appoint Counsel [Doc. 81] are before the Court.\n\nFor these reasons, Defendant's Motion for Compassionate Release [Doc. 80]\nis DENIED, and his Motion to Appoint Counsel [Doc. 81] is DENIED AS MOOT."),
      [
        { kind: 'compassionate_release', disposition: 'denied' },
        { kind: 'appoint_counsel', disposition: 'moot' },
      ],
    ],
    // Generic relief that names its statute next: the statute gives the kind.
    [
      'a reduction of sentence under § 3582(c)(1)(A)',
      crim('Orla Kettleby moves for a reduction of her sentence under 18\nU.S.C. § 3582(c)(1)(A). (ECF No. 331.) For the reasons below, the motion is GRANTED in part.'),
      [{ kind: 'compassionate_release', disposition: 'granted_in_part' }],
    ],
    // The movant from a party's name in the caption.
    ['party name: defendant', civil('For the reasons that follow, Quillfeather\'s motion to dismiss is GRANTED.'), [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
    ['party name: plaintiff', civil('Ostrander\'s motion for summary judgment is DENIED.'), [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }]],
    ['name in no caption role', civil('Hargrove\'s motion to dismiss is DENIED.'), [{ kind: 'dismiss', movant: null, disposition: 'denied' }]],
    // A petition in a case with one petitioner is his.
    ['petition of the petitioner', habeas('The petition is untimely and must be DENIED.'), [{ movant: 'petitioner', disposition: 'denied' }]],
    // Two rulings in one sentence: the qualifier belongs to the nearer verb, and the second filing is its own.
    [
      'motion denied, petition dismissed without prejudice',
      habeas('IT IS ORDERED that Petitioner\'s Motion for Stay is denied and the Petition is dismissed without prejudice.'),
      [
        { kind: 'stay', movant: 'petitioner', disposition: 'denied' },
        { kind: 'other', disposition: 'dismissed_without_prejudice' },
      ],
    ],
    [
      'without prejudice after a second verb',
      civil('Defendant\'s motion to stay (ECF No. 14) is GRANTED, and Plaintiff\'s motion for summary judgment (ECF No. 9) is DENIED without prejudice to refiling.'),
      [
        { kind: 'stay', movant: 'defendant', disposition: 'granted' },
        { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied_without_prejudice' },
      ],
    ],
    // A petition named apart from the motion, but decided alone: it is the same filing, not a new one.
    ['one motion, the petition refers to it', habeas('Before the Court is Petitioner\'s motion under 28 U.S.C. § 2241 (ECF No. 3). The petition is DENIED.'), [{ movant: 'petitioner', disposition: 'denied' }]],
    // The court reads a filing as another kind of motion: one motion, of the construed kind.
    [
      'construed as another kind',
      crim('This matter is before the Court on Defendant\'s Motion for Reconsideration (Doc. 88). The Court construes the motion as a renewed motion for a sentence reduction under 18 U.S.C. § 3582(c)(2) and Amendment 821. The motion is DENIED.'),
      [{ kind: 'sentence_reduction_3582c2', movant: 'defendant', disposition: 'denied' }],
    ],
    // A brief in support names the motion it supports; its cite is the brief's.
    [
      'memorandum in support is no second motion',
      crim('Ms. Kettleby filed a pro se motion for compassionate release. ECF 31. Through counsel, she then filed a Memorandum in Support of Motion for Compassionate Release. ECF 40. The Court DENIES the motion.'),
      [{ kind: 'compassionate_release', disposition: 'denied' }],
    ],
    // The opponent is not the movant; the filer named as subject or after "motion of" is.
    ['opponent is not the movant', crim('Before the Court is a motion for compassionate release (ECF 12). The government opposes the motion (ECF 15). The motion is DENIED.'), [{ kind: 'compassionate_release', movant: null, disposition: 'denied' }]],
    ['filer as subject', crim('Defendant Orla Kettleby, through counsel, has filed a motion for compassionate release (ECF 12). The motion is GRANTED.'), [{ kind: 'compassionate_release', movant: 'defendant', disposition: 'granted' }]],
    ['asks for counsel: pro se', crim('The defendant has written to ask for appointment of counsel to help him seek a sentence reduction. Defendant\'s application for appointment of counsel is DENIED.'), [{ kind: 'appoint_counsel', movant: 'defendant', proSe: true, disposition: 'denied' }]],
    ['counsel asks for co-counsel: not pro se', crim('Through counsel, Defendant has filed a motion to appoint additional counsel (ECF 40). The motion is GRANTED.'), [{ kind: 'appoint_counsel', proSe: false, disposition: 'granted' }]],
    [
      'pro se letter construed as a motion',
      crim('The Court has received a pro se letter from Ms. Kettleby asking to be let out early. The Court construes this to be a motion under 18 U.S.C. § 3582(c)(1)(A). The motion is denied without prejudice.'),
      [{ kind: 'compassionate_release', movant: 'defendant', proSe: true, disposition: 'denied_without_prejudice' }],
    ],
    // Rulings on parts of one motion leave it granted in part.
    [
      'partial rulings after "granted in part"',
      civil('For the reasons below, Quillfeather\'s Motion to Quash (ECF No. 12) is GRANTED in part and DENIED in part. To the extent Quillfeather seeks to quash the subpoena, the Motion is DENIED; to the extent it seeks a protective order, the Motion is GRANTED.'),
      [{ movant: 'defendant', disposition: 'granted_in_part' }],
    ],
    ['partial rulings alone', civil('Ostrander\'s motion to compel (ECF No. 30) is GRANTED insofar as it seeks the 2019 ledgers. Insofar as it seeks sanctions, the motion is DENIED.'), [{ movant: 'plaintiff', disposition: 'granted_in_part' }]],
    ['granted as to one count, denied as to another', civil('Quillfeather\'s motion to dismiss (ECF No. 8) is GRANTED as to Count I and DENIED as to Count II.'), [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
    // A filing transferred to the court of appeals in a § 2255 case is a successive § 2255 motion, dismissed here.
    [
      'Rule 60(b) filing transferred as a successive § 2255',
      crim('Ms. Kettleby brings a "Motion for Relief from Judgment Under Rule 60(b)(6)" attacking her sentence. She already sought relief under 28 U.S.C. § 2255, which was denied on the merits. Because the filing is in substance a second § 2255 motion, the Court TRANSFERS it to the United States Court of Appeals for the Ninth Circuit.'),
      [{ kind: 'section_2255', disposition: 'dismissed' }],
    ],
    // Relief named without a motion word, as the subject of its own ruling, after another ruling.
    [
      'leave to appeal denied as moot after a denial',
      habeas('The petition lacks merit. Accordingly, the application for a certificate of appealability is denied. Leave to appeal in forma pauperis is denied as moot.'),
      [{ disposition: 'denied' }, { disposition: 'moot' }],
    ],
    // The order this opinion announces, with a gerund that says what it does.
    ['an order will be entered denying', civil('Ostrander has moved for summary judgment (ECF No. 21). The record shows disputed facts on every element. An appropriate order will be entered denying the motion.'), [{ kind: 'summary_judgment', disposition: 'denied' }]],
    ['judgment is being entered, sustaining the motions', civil('Quillfeather filed a motion to dismiss (ECF No. 6). The claims are barred by limitations, and judgment is being entered today, sustaining the motion of the defendant and dismissing the complaint.'), [{ kind: 'dismiss', disposition: 'granted' }]],
    ['a separate order granting accompanies', habeas('Before the Court is Petitioner\'s motion to stay (ECF No. 9). A separate Order granting the motion accompanies this Memorandum Opinion.'), [{ kind: 'stay', disposition: 'granted' }]],
    ['an order told as history is no ruling', civil('Ostrander filed a motion to compel discovery (ECF No. 15). On May 3, the Court entered an order denying the motion. Ostrander now asks for a status conference.'), [{ disposition: null }]],
    // "The complaint is dismissed" decides the motion to dismiss (granted), not another motion decided by name.
    ['complaint dismissed: the motion to dismiss is granted', civil('Quillfeather\'s motion to dismiss for failure to state a claim (ECF No. 4) is before the Court. The complaint is DISMISSED.'), [{ kind: 'dismiss', disposition: 'granted' }]],
    [
      'application granted, case dismissed',
      civil('This matter is before the Court on Ostrander\'s pro se complaint and application to proceed in forma pauperis. The application will be granted and the case will be dismissed for failure to state a claim.'),
      [{ disposition: 'granted' }],
    ],
    // A counted plural described filing by filing; a plural ruling decides each.
    [
      'two motions, one and the other, each with its entry',
      civil('Pending are two Motions for a Preliminary Injunction, one filed by the tenants in the first action, Case No. 21-cv-311, ECF No. 26, and the other filed by the landlords in the second action, Case No. 21-cv-340, ECF No. 3. The Court denies the Motions for Preliminary Injunctions.'),
      [{ disposition: 'denied' }, { disposition: 'denied' }],
    ],
    [
      'motions to dismiss with two entries, granted together',
      civil('Before the Court are the motions to dismiss filed by Quillfeather (ECF No. 8) and by its officers (ECF No. 11). For the reasons below, the motions to dismiss are GRANTED.'),
      [{ kind: 'dismiss', disposition: 'granted' }, { kind: 'dismiss', disposition: 'granted' }],
    ],
    // A conclusion for one side decides that side's summary-judgment motion; cross-motions stay two.
    [
      'cross-motions: judgment appropriate for defendants, plaintiff denied',
      civil('Both parties have filed motions for summary judgment. The undisputed facts show the lease was terminated. The Court concludes that summary judgment is appropriate as to all defendants and accordingly plaintiff\'s motion for summary judgment is denied.'),
      [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }, { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }],
    ],
    ['entitled to summary judgment', civil('Quillfeather has moved for summary judgment (ECF No. 40). For the reasons above, Quillfeather is entitled to summary judgment. Defendant is entitled to summary judgment on every claim.'), [{ kind: 'summary_judgment', disposition: 'granted' }]],
    ['the standard is no ruling', civil('Before the Court is Ostrander\'s motion for summary judgment (ECF No. 40). Summary judgment is appropriate if the movant shows that there is no genuine dispute. The motion is DENIED.'), [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }]],
    // One possessive for two filings; a cross-motion of the other side; an entry in brackets with a hash.
    [
      'shared possessive',
      civil("Quillfeather's Motion to Dismiss (ECF No. 10) and Motion to Strike (ECF No. 12) are GRANTED as to Count I and DENIED as to Count II."),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted_in_part' }, { kind: 'other', movant: 'defendant', disposition: 'granted_in_part' }],
    ],
    ["a cross-motion after the main motion", civil("Quillfeather's motion for summary judgment is GRANTED. Ostrander's cross-motion is DENIED."), [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }, { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }]],
    // A petition for review starts the case; denying it decides no motion.
    ['a petition for review is no motion', civil('The Commissioner denied benefits, and Ostrander filed a petition for review. The petition for review is DENIED.'), []],
    // A short name the text defines for a caption party names its motions.
    ['alias with a role word', civil('Defendant Quillfeather Logistics (“QL”) asks the Court to compel discovery. Docket No. 14. QL’s motion is GRANTED.'), [{ movant: 'defendant', disposition: 'granted' }]],
    ['alias of a caption name', civil('Margaret Ostrander ("Marge") asks for more time to respond. Marge\'s motion for an extension of time is GRANTED.'), [{ kind: 'extension_of_time', movant: 'plaintiff', disposition: 'granted' }]],
    ['alias of no party', civil('The Vermont Freight Council ("VFC") asks to file a brief as amicus curiae. VFC\'s motion for leave to file is GRANTED.'), [{ movant: null, disposition: 'granted' }]],
    // The filer named in a heading "APPLICATION OF THE UNITED STATES TRUSTEE"; "filed and duly served his motion".
    ['application of the United States Trustee', civil('APPLICATION OF THE UNITED STATES TRUSTEE FOR FINES\n\nThe application is GRANTED.'), [{ movant: 'trustee', disposition: 'granted' }]],
    ['filed and duly served', civil('On March 21, defendant Hollis Brant filed and duly served his motion to dismiss and a brief in support. The motion to dismiss is GRANTED.'), [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
    // What only a habeas petitioner asks for is his.
    [
      'habeas relief is the petitioner\'s',
      habeas('This is an application for a writ of habeas corpus under 28 U.S.C. § 2254. The application for a writ of habeas corpus is denied. The application for a certificate of appealability is denied.'),
      [{ movant: 'petitioner', disposition: 'denied' }, { movant: 'petitioner', disposition: 'denied' }],
    ],
    // Who argues the motion when it is decided: counsel who took up a pro se motion makes it counseled.
    ['a motion from counsel', crim('The Court has received a motion from counsel for defendant Orla Kettleby seeking compassionate release. Dkt. 77. The motion is DENIED.'), [{ kind: 'compassionate_release', proSe: false, disposition: 'denied' }]],
    [
      'pro se motion, then a memorandum in support through counsel',
      crim('Kettleby filed a pro se "Motion for Compassionate Release." ECF 48. Thereafter, through counsel, Kettleby filed a "Memorandum in Support of Emergency Motion for Compassionate Release." ECF 53. For the reasons below, the Motion is DENIED.'),
      [{ kind: 'compassionate_release', proSe: false, disposition: 'denied' }],
    ],
    [
      'counsel files a supplement in support',
      crim('On May 2, Kettleby filed the Motion pro se seeking compassionate release. (ECF No. 508.) On June 1, counsel, on behalf of Kettleby, filed a supplement in support of the Motion (ECF No. 526). The Motion is GRANTED.'),
      [{ kind: 'compassionate_release', proSe: false, disposition: 'granted' }],
    ],
    ['a pro se motion alone stays pro se', crim('Kettleby filed a pro se motion for compassionate release (ECF 48). The Government responded through counsel (ECF 50). The motion is DENIED.'), [{ kind: 'compassionate_release', proSe: true, disposition: 'denied' }]],
    // Old-style rulings of two words; a motion that "came on for hearing".
    ['"Motion denied."', civil("Quillfeather's motion to dismiss (ECF No. 9) came on for hearing. Motion denied."), [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
    ['"Petition granted."', habeas('The petition for a writ of habeas corpus under 28 U.S.C. § 2241 is before the Court. Petition granted.'), [{ disposition: 'granted' }]],
    // The verb and "in part" apart, the motion between.
    ['grant the motion in part and deny it in part', civil("Quillfeather moved to dismiss (ECF No. 5). The Court will grant the motion to dismiss in part and deny it in part."), [{ kind: 'dismiss', disposition: 'granted_in_part' }]],
    ['GRANTS the motion in part', civil("Before the Court is Ostrander's motion to compel (ECF No. 22). The Court GRANTS Ostrander's motion in part."), [{ movant: 'plaintiff', disposition: 'granted_in_part' }]],
    ['pro se status from the earlier mention of the same filing', civil("This matter is before the Court on review of plaintiff's pro se complaint and application to proceed in forma pauperis. The application will be granted."), [{ proSe: true, disposition: 'granted' }]],
    ['"moves the Court to", a two-letter short name, the entry in the next sentence', civil('Defendant Quillfeather Logistics ("QL") asks for a ruling on the objections. QL now moves the Court to overrule the objections. Docket No. 142. Upon consideration of the motion, QL\'s motion is GRANTED.'), [{ movant: 'defendant', disposition: 'granted' }]],
    ['an entry as "[Tab 61]"', civil("Before the court is defendant's motion for summary judgment [Tab 61]. The motion is GRANTED."), [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }]],
    ['a filing still to come is no motion', civil('The Court finds for Ostrander and awards benefits. Plaintiff may file an appropriate fee petition under Rule 54(d)(2).[4] This case is DISMISSED WITH PREJUDICE.'), []],
    ['filer after "motion of"', crim('Pending is the counseled motion of Defendant Orla Kettleby seeking compassionate release (ECF 12). The motion is GRANTED.'), [{ kind: 'compassionate_release', movant: 'defendant', disposition: 'granted' }]],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    const o = readOrder(text, { domains: [], citations: false });
    const got = o.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, proSe: m.proSe?.value ?? null, disposition: m.disposition?.value ?? null }));
    expect(got.length, JSON.stringify(got)).toBe(want.length);
    want.forEach((w, i) => {
      const g = (w.kind !== undefined ? got.find((x) => x.kind === w.kind && (w.movant === undefined || x.movant === w.movant)) : undefined) ?? got[i];
      if (w.kind !== undefined) expect(g.kind).toBe(w.kind);
      if (w.movant !== undefined) expect(g.movant, JSON.stringify(got)).toBe(w.movant);
      if (w.proSe !== undefined) expect(g.proSe, JSON.stringify(got)).toBe(w.proSe);
      expect(g.disposition, JSON.stringify(got)).toBe(w.disposition);
    });
  });
});

describe('movants named without a possessive', () => {
  const civil2 = (body: string): string =>
    `UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nMARGARET OSTRANDER and HOLLIS BRANT,\nPlaintiffs,\nv.\nQUILLFEATHER LOGISTICS, INC., and TOWN OF MARLOW,\nDefendants.\n\nCivil Action No. 2:21-cv-00311\n\nMEMORANDUM AND ORDER\n\n${body}\n`;
  it.each<[string, string, { kind: string; movant: string | null; docEntry: string | null; disposition: string }]>([
    ['role subject, "move to dismiss"', 'Defendants Quillfeather Logistics, Inc. and Town of Marlow move to dismiss the complaint (ECF No. 7). The motion is GRANTED.', { kind: 'dismiss', movant: 'defendant', docEntry: '7', disposition: 'granted' }],
    ['caption name subject, relief of no listed kind', 'The Town of Marlow has moved for judgment on the pleadings (ECF No. 30). The motion is GRANTED.', { kind: 'other', movant: 'defendant', docEntry: '30', disposition: 'granted' }],
    ['"seek leave to"', 'Plaintiffs seek leave to file a second amended complaint (ECF No. 41). The motion is DENIED.', { kind: 'other', movant: 'plaintiff', docEntry: '41', disposition: 'denied' }],
    ['"filed by" a role and name', 'Before the Court is a motion to dismiss filed by defendant Town of Marlow. The motion is GRANTED.', { kind: 'dismiss', movant: 'defendant', docEntry: null, disposition: 'granted' }],
    ['"filed by" a caption name', 'The motion to dismiss filed by Quillfeather (Doc. 12) is GRANTED.', { kind: 'dismiss', movant: 'defendant', docEntry: '12', disposition: 'granted' }],
    ['a name as subject', 'Marlow moves to dismiss for lack of personal jurisdiction. Marlow\'s motion is denied.', { kind: 'dismiss', movant: 'defendant', docEntry: null, disposition: 'denied' }],
    ['"have moved for"', 'In this action, plaintiffs have moved for a preliminary injunction. For the following reasons, the motion for a preliminary injunction is denied.', { kind: 'other', movant: 'plaintiff', docEntry: null, disposition: 'denied' }],
  ])('%s', (_n, body, want) => {
    const o = readOrder(civil2(body), { domains: [], citations: false });
    const got = o.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, docEntry: m.docEntry?.value ?? null, disposition: m.disposition?.value ?? null }));
    expect(got).toEqual([want]);
  });

  it('a statement about any party is no motion: "a defendant who moves to dismiss must ..."', () => {
    const o = readOrder(civil2('A defendant who moves to dismiss must show that the complaint fails to state a claim. The Court has no motion before it.'), { domains: [], citations: false });
    expect(o.motions).toEqual([]);
  });
});

describe('a title that rules, printed beside the parties (two-column caption)', () => {
  const twoColumn = (titleLines: string[], body: string): string => {
    const left = ['MARGARET OSTRANDER,', '', '     Plaintiff,', '', '  v.', '', 'QUILLFEATHER LOGISTICS, INC.,', '', '     Defendant.'];
    const lines = left.map((l, i) => (titleLines[i] ? `${l.padEnd(34)}${titleLines[i]}` : l));
    return `UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n${lines.join('\n')}\n\nCase No. 2:21-cv-00311\n\n${body}\n`;
  };
  it.each<[string, string[], { kind: string; movant: string | null; disposition: string }]>([
    ['application, granted', ['ORDER GRANTING', 'QUILLFEATHER LOGISTICS, INC.’S', 'APPLICATION FOR A', 'PRELIMINARY INJUNCTION'], { kind: 'other', movant: 'defendant', disposition: 'granted' }],
    ['motion to dismiss, denied', ['ORDER DENYING', "DEFENDANT'S MOTION", 'TO DISMISS'], { kind: 'dismiss', movant: 'defendant', disposition: 'denied' }],
    ['in part', ['ORDER GRANTING IN PART AND', 'DENYING IN PART PLAINTIFF’S', 'MOTION TO COMPEL'], { kind: 'other', movant: 'plaintiff', disposition: 'granted_in_part' }],
  ])('%s', (_n, titleLines, want) => {
    const o = readOrder(twoColumn(titleLines, 'The Court has considered the papers and the argument of counsel. The relief sought is appropriate for the reasons given at the hearing.'), { domains: [], citations: false });
    const got = o.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, disposition: m.disposition?.value ?? null }));
    expect(got, JSON.stringify(o.title)).toEqual([want]);
  });
});

describe('a motion in a court of appeals', () => {
  const ca = (body: string): string =>
    `UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nNo. 21-1234\n\nMARGARET OSTRANDER,\nPlaintiff-Appellant,\nv.\nQUILLFEATHER LOGISTICS, INC.,\nDefendant-Appellee.\n\nOPINION\n\n${body}\n`;
  it.each<[string, string, Array<[string | null, string]>]>([
    ['the appellant\'s motion, decided by the panel', "Ostrander's motion to supplement the record is GRANTED. On the merits, we affirm.", [['appellant', 'granted']]],
    ['the appellee\'s, by role word', "Appellee's motion to dismiss the appeal as untimely is DENIED. We affirm.", [['appellee', 'denied']]],
    ['a ruling below is none', "We AFFIRM the district court's order denying the motion to suppress.", []],
    ['a ruling below told in the passive is none', 'Quillfeather moved in the district court for summary judgment, which was granted. Ostrander appeals. We reverse.', []],
  ])('%s', (_n, body, want) => {
    const o = readOrder(ca(body), { domains: [], citations: false });
    expect(o.motions.map((m) => [m.movant?.value ?? null, m.disposition?.value ?? null])).toEqual(want);
  });
});

describe('a transfer to another trial court grants the motion to transfer', () => {
  it.each<[string, string, Array<[string | null, string | null]>]>([
    [
      'a multidistrict panel centralizes',
      'UNITED STATES JUDICIAL PANEL\non\nMULTIDISTRICT LITIGATION\n\nIN RE: QUILLFEATHER WIDGET PRODUCTS LIABILITY LITIGATION\n\nMDL No. 2911\n\nTRANSFER ORDER\n\nBefore the Panel: Plaintiffs in the District of Vermont action move under 28 U.S.C. § 1407 to centralize this litigation in the District of Vermont. Defendant supports the motion.\n\nIT IS THEREFORE ORDERED that the actions listed on Schedule A and pending outside the District of Vermont are transferred to the District of Vermont for coordinated pretrial proceedings.\n',
      [['plaintiff', 'granted']],
    ],
    [
      'a party "moved the Panel ... to transfer"',
      'UNITED STATES JUDICIAL PANEL\non\nMULTIDISTRICT LITIGATION\n\nIN RE: TERN MARINE ENGINE LITIGATION\n\nMDL No. 3002\n\nTRANSFER ORDER\n\nDefendant Tern Marine moved the Panel under 28 U.S.C. § 1407 to transfer the actions to the District of Maine. IT IS THEREFORE ORDERED that the actions listed on Schedule A are transferred to the District of Maine.\n',
      [['defendant', 'granted']],
    ],
    [
      'a § 1404(a) transfer',
      'UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nMARGARET OSTRANDER,\nPlaintiff,\nv.\nQUILLFEATHER LOGISTICS, INC.,\nDefendant.\n\nCivil Action No. 2:21-cv-00311\n\nORDER\n\nQuillfeather moves to transfer this action to the Southern District of New York under 28 U.S.C. § 1404(a) (ECF No. 12). The balance of conveniences favors New York, and this action is TRANSFERRED to the Southern District of New York.\n',
      [['defendant', 'granted']],
    ],
    [
      'a prisoner moved to another prison decides nothing',
      'UNITED STATES DISTRICT COURT\nDISTRICT OF VERMONT\n\nUNITED STATES OF AMERICA,\nv.\nORLA KETTLEBY,\nDefendant.\n\nCase No. 2:17-cr-00205\n\nORDER\n\nKettleby filed a motion for compassionate release (ECF No. 40). Since then she has been transferred to FCI Danbury. The Government shall respond within 14 days.\n',
      [['defendant', null]],
    ],
  ])('%s', (_n, text, want) => {
    const o = readOrder(text, { domains: [], citations: false });
    expect(o.motions.map((m) => [m.movant?.value ?? null, m.disposition?.value ?? null])).toEqual(want);
  });
});

describe('filings of one kind kept apart by their filers', () => {
  const sdny = (body: string): string =>
    `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nMARGARET OSTRANDER,\nPlaintiff,\n-against-\nQUILLFEATHER LOGISTICS, INC., and TOWN OF MARLOW,\nDefendants.\n\n09 Civ. 1234 (RWS)\n\nOPINION\n\n${body}\n`;
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    ['two defendants, two rulings', 'Accordingly, the motion of defendant Town of Marlow to dismiss is GRANTED, and the motion of defendant Quillfeather to dismiss is DENIED.', [['dismiss', 'defendant', 'granted'], ['dismiss', 'defendant', 'denied']]],
    ['one filer named twice is one motion', "Before the Court is the motion of defendant Town of Marlow to dismiss (ECF No. 9). The Town of Marlow's motion to dismiss is GRANTED.", [['dismiss', 'defendant', 'granted']]],
    ['a cross-motion made by cross-moving', 'Defendants move to dismiss the amended complaint, and plaintiff cross-moves for leave to amend. The motion to dismiss is granted; the cross-motion is denied.', [['dismiss', 'defendant', 'granted'], ['other', 'plaintiff', 'denied']]],
  ])('%s', (_n, body, want) => {
    const o = readOrder(sdny(body), { domains: [], citations: false });
    expect(o.motions.map((m) => [m.kind.value, m.movant?.value ?? null, m.disposition?.value ?? null])).toEqual(want);
  });
});
