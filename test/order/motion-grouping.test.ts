/**
 * Which filings an order decides and how each ruling lands, on short constructed texts (fictional names):
 * unclassified motions asking for different things stay apart, a party's request with its own docket
 * entry is a filing, "upon consideration of" presents the pending motion, and rulings on some claims of
 * one motion combine into granted in part.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { reliefKey } from '../../src/order/motions/mentions.js';

const civil = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nPRUDENCE HALVORSEN,\nPlaintiff,\nv.\nBRAMBLEWOOD FREIGHT CO.,\nDefendant.\n\nCivil Action No. 3:22-cv-00417\n\nMEMORANDUM AND ORDER\n\n${body}\n`;
const crim = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nCASIMIR ODELL VANTREASE,\nDefendant.\n\nCase No. 4:18-cr-00077\n\nORDER\n\n${body}\n`;

type Want = { kind?: string; movant?: string | null; entry?: string | null; disposition: string | null };

function motionsOf(text: string) {
  const o = readOrder(text, { domains: [], citations: false });
  return o.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, entry: m.docEntry?.value ?? null, disposition: m.disposition?.value ?? null }));
}

function check(text: string, want: Want[]): void {
  const got = motionsOf(text);
  expect(got.length, JSON.stringify(got)).toBe(want.length);
  want.forEach((w, i) => {
    const g = (w.kind !== undefined || w.entry !== undefined ? got.find((x) => (w.kind === undefined || x.kind === w.kind) && (w.entry === undefined || x.entry === w.entry)) : undefined) ?? got[i];
    if (w.kind !== undefined) expect(g.kind, JSON.stringify(got)).toBe(w.kind);
    if (w.movant !== undefined) expect(g.movant, JSON.stringify(got)).toBe(w.movant);
    if (w.entry !== undefined) expect(g.entry, JSON.stringify(got)).toBe(w.entry);
    expect(g.disposition, JSON.stringify(got)).toBe(w.disposition);
  });
}

describe('reliefKey: what an unclassified motion asks for', () => {
  it.each([
    [' to Quash the Subpoena', 'quash'],
    [' for an Order Compelling Discovery', 'compel'],
    [' for Leave to File a Sur-reply', 'file'],
    [' (ECF No. 4) to Intervene', 'interv'],
    [' for oral argument', 'oral'],
    [' for Return of Property under Rule 41(g)', 'return'],
    [' seeking permission to travel', 'travel'],
  ])('%j -> %s', (words, key) => expect(reliefKey(words)).toBe(key));
  it.each([' is denied', ', which the Court has read', '', ' for lack of jurisdiction', ' for the reasons stated above', ' for failure to prosecute'])('%j names no relief', (words) => expect(reliefKey(words)).toBeUndefined());
});

describe('motions that ask for different things stay apart', () => {
  it.each<[string, string, Want[]]>([
    [
      'quash and interplead',
      civil("Nonparty Tamsin Verrall's Motion to Quash (ECF No. 1) is before the Court. Bramblewood has filed a Motion to Interplead Verrall in the related action. Verrall's Motion to Quash is DENIED."),
      [{ disposition: 'denied' }],
    ],
    [
      'compel granted, seal denied',
      civil("Pending are Plaintiff's motion to compel (ECF No. 20) and Plaintiff's motion to seal (ECF No. 22). The motion to compel is GRANTED. The motion to seal is DENIED."),
      [
        { entry: '20', disposition: 'granted' },
        { entry: '22', disposition: 'denied' },
      ],
    ],
    [
      'intervene and continue, without cites',
      civil('This matter comes before the Court on a motion to intervene filed by Ashgrove Mutual and a motion to continue the trial filed by Plaintiff. The motion to intervene is DENIED. The motion to continue is GRANTED.'),
      [{ disposition: 'denied' }, { disposition: 'granted' }],
    ],
    // The same relief named twice, worded two ways, is one motion.
    [
      'requesting a recommendation, then the motion for recommendation',
      crim("This matter is before the Court on Defendant's Motion Requesting Judicial Recommendation Concerning Halfway House Placement (Doc. 63). Defendant's motion for recommendation is GRANTED."),
      [{ entry: '63', disposition: 'granted' }],
    ],
    [
      'to modify conditions, then the modification motion',
      crim("Pending is Defendant's Motion to Modify Conditions of Supervised Release (ECF No. 71). Defendant's motion for modification is DENIED."),
      [{ entry: '71', disposition: 'denied' }],
    ],
    [
      'for return of property, then the motion to return',
      civil("Before the Court is Plaintiff's Motion for Return of Seized Property (ECF No. 15). The motion to return the property is GRANTED."),
      [{ entry: '15', disposition: 'granted' }],
    ],
    // The same relief named twice is one motion.
    ['the same relief twice is one motion', civil("Before the Court is Plaintiff's motion to compel. Because the discovery sought is relevant, the motion to compel is GRANTED."), [{ movant: 'plaintiff', disposition: 'granted' }]],
  ])('%s', (_n, text, want) => {
    const got = motionsOf(text);
    // Only the decided motions are asserted, in order.
    const decided = got.filter((g) => g.disposition !== null);
    expect(decided.length, JSON.stringify(got)).toBe(want.filter((w) => w.disposition !== null).length);
    check(text, want.length === got.length ? want : want);
  });
});

describe("a party's request with its own docket entry is a filing", () => {
  it.each<[string, string, Want[]]>([
    [
      'request for oral argument denied as moot',
      civil("Defendant's motion to dismiss (Docket Entry No. 3) is DENIED. Defendant's request for oral argument (filed May 6; Docket Entry No. 9) is denied as moot."),
      [
        { kind: 'dismiss', entry: '3', disposition: 'denied' },
        { kind: 'other', entry: '9', movant: 'defendant', disposition: 'moot' },
      ],
    ],
    [
      'application to proceed in forma pauperis granted',
      civil("Plaintiff's application to proceed in forma pauperis (ECF No. 2) is GRANTED."),
      [{ kind: 'other', entry: '2', movant: 'plaintiff', disposition: 'granted' }],
    ],
    [
      'request for a hearing denied',
      crim("Defendant's request for an evidentiary hearing [Doc. 41] is DENIED."),
      [{ kind: 'other', entry: '41', movant: 'defendant', disposition: 'denied' }],
    ],
  ])('%s', (_n, text, want) => check(text, want));

  // A request with no docket entry, or one the BOP received, is no filing of its own.
  it.each([
    crim('Defendant made a request to the warden (ECF No. 12 at 3) that was never answered. The Court has nothing before it to decide.'),
    civil('The parties discussed a request for documents at the conference. Nothing was decided.'),
    crim("The defendant's request was received by the warden on May 1 (Doc. 30-1). No motion is pending."),
  ])('no filing: %#', (text) => expect(motionsOf(text).filter((m) => m.disposition !== null)).toEqual([]));
});

describe('"upon consideration of" presents the pending motion', () => {
  it.each<[string, string, Want[]]>([
    [
      'AND NOW, upon consideration of',
      civil("AND NOW, upon consideration of Defendant's Motion for Judgment as a Matter of Law and the responses thereto, the Motion is hereby DENIED."),
      [{ kind: 'other', movant: 'defendant', disposition: 'denied' }],
    ],
    [
      'upon due consideration of',
      civil("Upon due consideration of Plaintiff's Motion for a New Trial, and for good cause shown, the Motion is GRANTED."),
      [{ kind: 'other', movant: 'plaintiff', disposition: 'granted' }],
    ],
    [
      'having considered',
      crim("The Court, having carefully considered Defendant's Motion for Early Termination of Supervised Release and the Government's response, DENIES the Motion."),
      [{ kind: 'other', movant: 'defendant', disposition: 'denied' }],
    ],
  ])('%s', (_n, text, want) => check(text, want));
});

describe('rulings on some claims of one motion make it granted in part', () => {
  it.each<[string, string, Want[]]>([
    [
      'claims under two statutes, two sentences',
      civil("Defendant's motion for summary judgment on Plaintiff's claims under the ADA will be denied. Defendant's motion for summary judgment on Plaintiff's claims under Title VII will be granted."),
      [{ kind: 'summary_judgment', disposition: 'granted_in_part' }],
    ],
    [
      'counts in parentheses',
      civil("Bramblewood's motion for summary judgment (counts I and II) is GRANTED. Bramblewood's motion for summary judgment (count III) is DENIED."),
      [{ kind: 'summary_judgment', disposition: 'granted_in_part' }],
    ],
    [
      'with respect to a claim, then otherwise',
      civil("The motion to dismiss (ECF No. 7) is GRANTED with respect to the negligence claim. With respect to the contract claim, the motion to dismiss is DENIED."),
      [{ kind: 'dismiss', disposition: 'granted_in_part' }],
    ],
  ])('%s', (_n, text, want) => check(text, want));

  // Counterexamples: one ruling on all claims, or the same ruling twice, stays whole.
  it.each<[string, string, Want[]]>([
    ['on all claims', civil("Bramblewood's motion for summary judgment on all claims is GRANTED."), [{ kind: 'summary_judgment', disposition: 'granted' }]],
    [
      'the same ruling on two claims',
      civil("Bramblewood's motion for summary judgment on the ADA claim is GRANTED. Bramblewood's motion for summary judgment on the Title VII claim is GRANTED."),
      [{ kind: 'summary_judgment', disposition: 'granted' }],
    ],
    ['claims named in the reasons only', civil("Plaintiff's claims under the ADA fail. Bramblewood's motion for summary judgment is GRANTED."), [{ kind: 'summary_judgment', disposition: 'granted' }]],
  ])('%s', (_n, text, want) => check(text, want));
});

describe('one filing that asks for two post-conviction reliefs', () => {
  it.each<[string, string, Want[]]>([
    [
      'a ruling on each relief, the statute named in the sentence before',
      crim("This matter is before the Court on defendant's motion for release to home confinement under the CARES Act [Doc. 52]. The Court cannot order home confinement, so the motion is denied to the extent defendant relies on the CARES Act. Defendant also cites 18 U.S.C. § 3582(c)(1)(A). To the extent defendant seeks relief under this statute, his motion is denied without prejudice for failure to exhaust."),
      [
        { kind: 'home_confinement', entry: '52', disposition: 'denied' },
        { kind: 'compassionate_release', entry: '52', disposition: 'denied_without_prejudice' },
      ],
    ],
    [
      'insofar as it seeks compassionate release',
      crim("Before the Court is Defendant's Motion for Home Confinement (ECF No. 90). Insofar as the motion seeks compassionate release, it is DENIED without prejudice. Insofar as it seeks transfer to home confinement, the motion is DISMISSED for lack of jurisdiction."),
      [
        { kind: 'home_confinement', entry: '90', disposition: 'dismissed' },
        { kind: 'compassionate_release', entry: '90', disposition: 'denied_without_prejudice' },
      ],
    ],
    [
      'read as either of two requests, one ruling',
      crim("This matter comes before the Court on Defendant's Motion (Filing 61) seeking his release. The Court interprets the Motion as either a request for home confinement under 18 U.S.C. § 3624(c)(2) or a request for compassionate release under 18 U.S.C. § 3582(c)(1)(A) and denies the motion."),
      [
        { kind: 'home_confinement', entry: '61', disposition: 'denied' },
        { kind: 'compassionate_release', entry: '61', disposition: 'denied' },
      ],
    ],
    [
      'construed as one, or in the alternative the other',
      crim("Defendant has filed a letter (Doc. 14). The Court construes the letter as a motion for compassionate release or, in the alternative, a motion for home confinement. The motion is DENIED."),
      [
        { kind: 'compassionate_release', disposition: 'denied' },
        { kind: 'home_confinement', disposition: 'denied' },
      ],
    ],
  ])('%s', (_n, text, want) => check(text, want));

  // Counterexamples: a partial ruling on part of one relief keeps one motion.
  it.each<[string, string, Want[]]>([
    [
      'to the extent on one relief, no second relief named',
      crim("Before the Court is Defendant's motion for compassionate release (ECF No. 12). To the extent Defendant asks the Court to order a new medical examination, the motion is DENIED; to the extent he asks for release, the motion is GRANTED."),
      [{ kind: 'compassionate_release', disposition: 'granted_in_part' }],
    ],
    [
      'a second relief recited as history',
      crim("Defendant previously asked the BOP for home confinement. Before the Court is Defendant's motion for compassionate release (ECF No. 30). The motion is DENIED."),
      [{ kind: 'compassionate_release', disposition: 'denied' }],
    ],
  ])('%s', (_n, text, want) => check(text, want));
});

describe('a statement of the law about any prisoner is no motion', () => {
  it.each([
    'The rule in this circuit is that a defendant seeking compassionate release must first exhaust his remedies.',
    'Inmates who seek home confinement must ask the Bureau of Prisons.',
    'Any prisoner requesting compassionate release bears the burden of showing extraordinary reasons.',
  ])('%s', (sentence) => {
    const got = motionsOf(crim(`Before the Court is Defendant's motion to appoint counsel (ECF No. 8). ${sentence} The motion is DENIED.`));
    expect(got.map((g) => g.kind)).toEqual(['appoint_counsel']);
  });
});

describe('a generic motion to reduce sentence takes its kind from the statutes the order names', () => {
  it.each<[string, string, string]>([
    ['Fair Sentencing Act of 2010 and a crack amendment', "Before the Court is Defendant's pro se Motion to Reduce Sentence (#70). The Fair Sentencing Act of 2010 led the Sentencing Commission to adopt Amendment 750, which is retroactive. The Motion is DENIED.", 'sentence_reduction_3582c2'],
    ['Fair Sentencing Act alone', "Before the Court is Defendant's Motion to Reduce Sentence (ECF No. 44), which relies on the Fair Sentencing Act. Defendant's guideline range did not change. The Motion is DENIED.", 'sentence_reduction_3582c2'],
    ['First Step Act section 404', "Before the Court is Defendant's Motion to Reduce Sentence (ECF No. 44) under Section 404 of the First Step Act, which made the Fair Sentencing Act retroactive. The Motion is GRANTED.", 'fsa_404'],
    ['First Step Act by name only', "Before the Court is Defendant's Motion to Reduce Sentence (ECF No. 44). The First Step Act made the Fair Sentencing Act of 2010 retroactive, and the Fair Sentencing Act changed his range. The Motion is GRANTED.", 'fsa_404'],
  ])('%s', (_n, body, kind) => expect(motionsOf(crim(body)).map((g) => g.kind)).toEqual([kind]));
});

describe('a ruling worded as its consequence for the evidence decides a motion to suppress', () => {
  it.each<[string, string, string | null]>([
    ['I hold that ... are inadmissible', "Defendant Vantrease moves to suppress two recorded conversations. I hold that the statements made by defendant during the plea discussions are inadmissible under Rule 410.\nIT IS SO ORDERED.", 'granted'],
    ['is hereby SUPPRESSED', "Before the Court is Defendant's Motion to Suppress Evidence (ECF No. 33). The stop lacked reasonable suspicion. The evidence seized from the trunk is hereby SUPPRESSED.", 'granted'],
    ['the Court concludes ... shall be excluded', "Defendant has filed a motion to suppress the identification (Doc. 19). The Court concludes that the show-up identification shall be excluded at trial.", 'granted'],
    // Counterexamples: the argument, the condition and the opposite holding decide nothing here.
    ['argued only', "Before the Court is Defendant's Motion to Suppress (ECF No. 33). Defendant argues that the Court should find that the statements are inadmissible. A hearing is set for May 3.", null],
    ['a condition', "Before the Court is Defendant's Motion to Suppress (ECF No. 33). If the stop lacked reasonable suspicion, the evidence would be suppressed. A hearing is set for May 3.", null],
    ['held admissible', "Before the Court is Defendant's Motion to Suppress (ECF No. 33). The Court finds that the statements are admissible. A hearing on the remaining issues is set for May 3.", null],
  ])('%s', (_n, body, want) => {
    const got = motionsOf(crim(body));
    expect(got.map((g) => g.kind), JSON.stringify(got)).toEqual(['suppress']);
    expect(got[0].disposition).toBe(want);
  });

  it('decides no motion of another kind', () => {
    const got = motionsOf(crim("Before the Court is Defendant's Motion for Compassionate Release (ECF No. 50). The Court holds that the hearsay letters are inadmissible."));
    expect(got.map((g) => g.disposition)).toEqual([null]);
  });
});

describe('a memorandum that gives the reasons for an order already entered', () => {
  it.each<[string, string, string | null]>([
    ['reconfirms its Order denying', "By Order dated May 3, the Court denied a motion of the defendant for an order compelling production, which is now pending explanation. For the foregoing reasons, the Court reconfirms its Order of May 3 denying defendant's motion for an order compelling production.", 'denied'],
    ['reaffirms its prior ruling granting', "Plaintiff's motion to compel (ECF No. 40) came before the Court on June 2. For these reasons, the Court reaffirms its prior ruling granting Plaintiff's motion to compel.", 'granted'],
    ['adhere to my order denying', "Plaintiff's motion to compel (ECF No. 40) is pending before me in part. I adhere to my order denying Plaintiff's motion to compel.", 'denied'],
    // Counterexample: another court's affirmance is history, not this court's ruling.
    ['an appellate affirmance', "Plaintiff's motion to compel (ECF No. 40) is pending. The Court of Appeals affirmed the judgment denying the earlier motion.", null],
  ])('%s', (_n, body, want) => {
    const got = motionsOf(civil(body)).filter((g) => g.kind === 'other');
    expect(got.map((g) => g.disposition), JSON.stringify(got)).toEqual([want]);
  });
});

describe('the filer named around the motion', () => {
  it.each<[string, string, string | null]>([
    // A caption party's name as the subject that filed it.
    ['name filed both a complaint and a motion', civil('On April 11, Halvorsen filed both a Complaint and a Motion for Preliminary Injunction. The Motion for Preliminary Injunction is GRANTED.'), 'plaintiff'],
    ['name has filed a motion', civil('Bramblewood has filed a motion to transfer venue (ECF No. 9). The motion to transfer is DENIED.'), 'defendant'],
    ['name then filed the instant motion', civil('Halvorsen then filed the instant motion to remand (ECF No. 6). The motion to remand is GRANTED.'), 'plaintiff'],
    // A name with its role in parentheses after "filed by".
    ['filed by a name (Debtor)', civil('The matter before the Court is a Motion filed by Koval Holdings, Inc. (Debtor) that seeks a determination of tax liability. The Motion is GRANTED.'), 'debtor'],
    ['filed by a name ("Trustee")', civil('Before the Court is the Motion filed by Marisol Ketter (the "Trustee") to employ an auctioneer. The Motion is GRANTED.'), 'trustee'],
    // The role as subject, with the filing date set off by commas.
    ['the Debtor filed, on a date, the instant motion', civil('The Debtor filed, on April 19, 1991, the instant Motion to Reopen Case (ECF No. 30). The Motion is DENIED.'), 'debtor'],
    // Counterexamples: a name in no caption role, and the court as subject.
    ['a name in no caption role', civil('Ashgrove filed a motion to intervene (ECF No. 12). The motion to intervene is DENIED.'), null],
    ['the clerk filed', civil('The Clerk filed the motion to seal (ECF No. 12) under seal. The motion to seal is DENIED.'), null],
  ])('%s', (_n, text, movant) => {
    const got = motionsOf(text).filter((g) => g.disposition !== null);
    expect(got.length, JSON.stringify(got)).toBe(1);
    expect(got[0].movant, JSON.stringify(got)).toBe(movant);
  });
});
