/**
 * Sentence boundaries in the layouts PDFs give (fictional text): an abbreviation at a hard line end, a single blank line
 * inside a sentence of a short double-spaced order, and a label's letter ("Count I.") before a stop.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { sentenceAt } from '../../src/order/text-util.js';

/** Kind, disposition and entry of each motion the reader finds. */
const motionsOf = (text: string) =>
  readOrder(text, { citations: false, domains: [] }).motions.map((m) => ({ kind: m.kind.value, disposition: m.disposition?.value ?? null, docEntry: m.docEntry?.value ?? null }));

/** The sentence around the first occurrence of `at`. */
const around = (text: string, at: string): string => {
  const [s, e] = sentenceAt(text, text.indexOf(at));
  return text.slice(s, e);
};

describe('one sentence across a line end or a single blank line', () => {
  it.each([
    ['record cite split at the line end', 'The Motion to Reconsider, ECF No.\n311, is DENIED WITHOUT PREJUDICE.', 'DENIED', 'Motion to Reconsider'],
    ['statute split at the line end', 'His motion under 28 U.S.C.\n§ 2255 (DN 201) is DENIED.', 'DENIED', 'His motion'],
    ['honorific at the line end', 'The motion filed by Mr.\nHargrove is GRANTED.', 'GRANTED', 'The motion'],
    ['Doc. at the line end inside parentheses', "Plaintiff's Motion to Compel (Doc.\n41) is GRANTED.", 'GRANTED', 'Plaintiff'],
    ['blank line after "is"', "Defendant's Motion to Dismiss (ECF No. 131) is\n\nDENIED.", 'DENIED', 'Defendant'],
    ['blank line before a lower-case verb', "IT IS HEREBY ORDERED that Defendant's Motion to Continue (DN 93)\n\nis GRANTED.", 'GRANTED', 'IT IS HEREBY'],
    ['blank line after a possessive', "IT IS ORDERED that Defendant's\n\nMotion for Compassionate Release (DN 140) is DENIED.", 'DENIED', 'IT IS ORDERED'],
    ['blank line after "WITHOUT"', "The motion (ECF No. 12) is DENIED WITHOUT\n\nPREJUDICE to renewal.", 'PREJUDICE', 'The motion'],
  ])('%s', (_name, text, at, start) => {
    expect(around(text, at)).toContain(start);
  });
});

describe('sentences that still end', () => {
  it.each([
    ['a stop at the line end', 'The Court held a hearing on May 2.\nThe motion is GRANTED.', 'GRANTED', 'hearing'],
    ['a heading over a blank line', 'Background\n\nThe motion is GRANTED.', 'GRANTED', 'Background'],
    ['a caption\'s "v." between blank lines', 'HARLOW MEADE,\n\nPlaintiff,\n\nv.\n\nGRISWOLD TANNING CO.', 'GRISWOLD', 'Plaintiff'],
    ['"Count I." before a new sentence', "Plaintiff argues only that discovery might save Count I. Defendant's motion (ECF No. 20) is GRANTED.", 'GRANTED', 'discovery'],
    ['"Exhibit A." before a new sentence', "He filed the lease as Exhibit A. Plaintiff's Motion to Strike [Doc. 61] is DENIED.", 'DENIED', 'lease'],
    ['"Schedule B." before a new sentence', 'The debtor forgot to list it on Schedule B. The Motion (ECF No. 45) is GRANTED.', 'GRANTED', 'forgot'],
  ])('%s', (_name, text, at, notIn) => {
    expect(around(text, at)).not.toContain(notIn);
  });

  it('an initial is not a stop: "J. Smith"', () => {
    const text = 'The affidavit of J. Smith is stricken.';
    expect(around(text, 'stricken')).toContain('affidavit');
  });
});

// Short orders laid out double-spaced, as a one-page PDF's text layer gives them.
const order = (lines: string[]) =>
  `UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF KENTUCKY\nAT LOUISVILLE\n\nUNITED STATES OF AMERICA,\nPlaintiff,\n\nv.\n\nTHADDEUS QUILLFEATHER,\nDefendant.\n\nCriminal Action No. 3:17-cr-00142\n\nORDER\n\n${lines.join('\n\n')}\n`;

describe('short double-spaced orders', () => {
  it.each([
    ['ruling cut after the entry',
      order(['      This matter is before the Court on the Defendant\'s motion to continue the', 'sentencing hearing. The United States does not object. IT IS HEREBY ORDERED', "that Defendant's Motion to Continue (DN 93)", 'is GRANTED. Sentencing is reset to May 1, 2025.']),
      { kind: 'other', disposition: 'granted', docEntry: '93' }],
    ['ruling cut after the possessive',
      order(['      For the reasons stated in the Memorandum Opinion entered this date, IT IS', "HEREBY ORDERED that Defendant's", 'Motion for Compassionate Release (DN 140) is DENIED.']),
      { kind: 'compassionate_release', disposition: 'denied', docEntry: '140' }],
    ['qualifier cut from its verb',
      order(['      The Court has reviewed the Defendant\'s pro se motion and the record. The', 'Motion for Appointment of Counsel (DN 88) is DENIED WITHOUT', 'PREJUDICE to renewal if the Court later sets a hearing.']),
      { kind: 'appoint_counsel', disposition: 'denied_without_prejudice', docEntry: '88' }],
    ['a verb at the line end, the object after the blank line (few long lines)',
      order(['      The Magistrate Judge recommended that the motion to suppress be denied, and Defendant', 'filed objections that repeat the argument that the affidavit lacked probable cause for the', 'search. The affidavit recited controlled buys within the preceding week, which amply established', 'probable cause. Having reviewed the record de novo, the Court OVERRULES the objections and DENIES', "Defendant's Motion to Suppress (Doc. No. 52) for the reasons the Magistrate Judge gave."]),
      { kind: 'suppress', disposition: 'denied', docEntry: '52' }],
    ['record cite split at the line end, then a blank line',
      order(['      This matter is before the Court on Defendant\'s pro se motion for compassionate release.', 'The motion is unexhausted. For these reasons, Defendant\'s motion, ECF No.', '311, is DENIED WITHOUT PREJUDICE to refiling after he exhausts his remedies.']),
      { kind: 'compassionate_release', disposition: 'denied_without_prejudice', docEntry: '311' }],
  ])('%s', (_name, text, want) => {
    const got = motionsOf(text);
    expect(got).toEqual([want]);
  });
});

// Single-spaced text wrapped at a fixed width: a qualifier on the next line; a paragraph in capitals.
const wrapped = (body: string) =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nLORELEI FANSHAWE,\nPlaintiff,\nv.\nBITTERROOT MILLING CO.,\nDefendant.\n\nCase No. 1:24-cv-00310\n\nORDER\n\n${body}\n`;

describe('wrapped single-spaced orders', () => {
  it.each([
    ['qualifier on the next line',
      wrapped("Plaintiff's Motion for Default Judgment (Dkt. 18) is DENIED\nwithout prejudice to renewal once service is proved."),
      { kind: 'other', disposition: 'denied_without_prejudice', docEntry: '18' }],
    ['"with leave to refile" on the next line',
      wrapped("Plaintiff's Motion for Default Judgment (Dkt. 18) is DENIED,\nwith leave to refile once service is proved."),
      { kind: 'other', disposition: 'denied_without_prejudice', docEntry: '18' }],
    ['a paragraph in capitals wrapped at 72 columns',
      wrapped("IT IS THEREFORE ORDERED THAT DEFENDANT'S MOTION TO TRANSFER VENUE (DKT. 19) IS\nGRANTED. THIS CASE IS TRANSFERRED TO THE DISTRICT OF MONTANA."),
      { kind: 'other', disposition: 'granted', docEntry: '19' }],
    ['capitals wrapped after "THE"',
      wrapped("IT IS HEREBY ORDERED THAT THE DEFENDANT'S MOTION TO STAY DISCOVERY (DKT. 27) AND THE\nREQUEST FOR A HEARING ARE DENIED."),
      { kind: 'stay', disposition: 'denied', docEntry: '27' }],
  ])('%s', (_name, text, want) => {
    const got = motionsOf(text);
    expect(got[0]).toEqual(want);
  });

  it('a short heading in capitals still ends its line', () => {
    const text = 'BACKGROUND\nThe motion is GRANTED.';
    expect(around(text, 'GRANTED')).not.toContain('BACKGROUND');
  });
});
