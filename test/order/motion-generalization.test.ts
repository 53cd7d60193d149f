/**
 * General drafting patterns of rulings (fictional names, wordings written for these tests): "ALLOWED" /
 * "DISALLOWED", hyphenated and issue-by-issue partial rulings, several motions under one plural word, and
 * rulings in a numbered decretal list that open with a gerund.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const civil = (body: string): string =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\nHESTER MALLORY and BRINDLE FARMS LLC,\nPlaintiffs,\nv.\nCORVANT SHIPPING CO. and LUCAN VESK,\nDefendants.\n\nCivil Action No. 1:22-cv-10487\n\nMEMORANDUM AND ORDER\n\n${body}\n`;

type Want = { kind?: string; movant?: string | null; disposition: string | null };

const read = (body: string): Want[] =>
  readOrder(civil(body)).motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, disposition: m.disposition?.value ?? null }));

describe('ALLOWED / DISALLOWED read as granted / denied', () => {
  it.each<[string, string, Want[]]>([
    ['capitals, passive', "For the foregoing reasons, Defendants' Motion to Dismiss (Docket No. 12) is ALLOWED.", [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted' }]],
    ['lower case, passive', "The plaintiffs' motion for summary judgment is allowed.", [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'granted' }]],
    ['active voice', "The Court ALLOWS the defendants' motion to stay discovery.", [{ kind: 'stay', movant: 'defendant', disposition: 'granted' }]],
    ['disallowed', "Plaintiffs' motion for summary judgment (Dkt. 40) is DISALLOWED.", [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' }]],
    ['allowed in part', "Vesk's motion to dismiss is ALLOWED in part and DENIED in part.", [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted_in_part' }]],
  ])('%s', (_name, body, want) => {
    expect(read(body)).toEqual(want);
  });

  it.each([
    ['a permission, not a ruling', "Before the Court is defendants' motion to dismiss. Plaintiffs are allowed to file a sur-reply by May 3."],
    ['a recited trial ruling', "Before the Court is defendants' motion to dismiss. At trial the judge allowed the jury to hear the recording."],
  ])('counterexample: %s', (_name, body) => {
    expect(read(body).map((w) => w.disposition)).toEqual([null]);
  });
});

describe('partial rulings worded issue by issue', () => {
  it.each<[string, string, Want[]]>([
    ['hyphenated, held in abeyance', "Defendant Vesk's motion for summary judgment is GRANTED-IN-PART and HELD-IN-ABEYANCE in part.", [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted_in_part' }]],
    ['on the issue of', "Plaintiffs' Motion for Summary Judgment is DENIED on the issue of liability and GRANTED on the issue of damages.", [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'granted_in_part' }]],
    ['allowed as to, disallowed as to', "Corvant's motion to dismiss is ALLOWED as to the fraud count and DISALLOWED as to the contract count.", [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted_in_part' }]],
    [
      'one partial ruling for two motions',
      "Defendants' motion to dismiss and plaintiffs' motion for a stay are GRANTED as to Count I and DENIED as to Count II.",
      [
        { kind: 'dismiss', movant: 'defendant', disposition: 'granted_in_part' },
        { kind: 'stay', movant: 'plaintiff', disposition: 'granted_in_part' },
      ],
    ],
  ])('%s', (_name, body, want) => {
    expect(read(body)).toEqual(want);
  });

  it.each<[string, string]>([
    ['two sentences, "It is"', "Corvant's motion to dismiss is GRANTED as to the negligence claim. It is DENIED as to the contract claim."],
    ['two sentences, "The motion is"', "Vesk's motion for summary judgment is DENIED with respect to Count II. The motion is GRANTED with respect to Count IV."],
    ['to the extent, then otherwise', "Plaintiffs' motion to compel is GRANTED to the extent it seeks the 2019 ledgers. The motion is otherwise DENIED."],
    ['in all other respects', "Vesk's motion to dismiss is GRANTED as to Count V. In all other respects, the motion is DENIED."],
  ])('partial ruling over two sentences: %s', (_name, body) => {
    expect(read(body).map((w) => w.disposition)).toEqual(['granted_in_part']);
  });

  it('counterexample: a ruling as to all claims is whole', () => {
    expect(read("Corvant's motion to dismiss is GRANTED as to all claims.").map((w) => w.disposition)).toEqual(['granted']);
  });

  it('counterexample: the same ruling on both issues is no partial ruling', () => {
    expect(read("Plaintiffs' motion for summary judgment is GRANTED on the issue of liability and GRANTED on the issue of damages.").map((w) => w.disposition)).toEqual(['granted']);
  });
});

describe('several motions in one ruling sentence', () => {
  it.each<[string, string, Array<string | null>]>([
    ['two reliefs under one plural word, and a third motion', "For these reasons, Vesk's motions to strike and for sanctions, and plaintiffs' motion for a protective order are DENIED.", ['denied', 'denied', 'denied']],
    ['plural with "to ... and to"', "Corvant's motions to compel and to extend the discovery deadline are GRANTED.", ['granted', 'granted']],
    ['plural with "for ... and for"', "The plaintiffs' motions for a default judgment and for costs are DENIED as moot.", ['moot', 'moot']],
  ])('%s', (_name, body, want) => {
    const got = read(body);
    expect(got.map((w) => w.disposition)).toEqual(want);
    expect(new Set(got.map((w) => w.movant)).size).toBeLessThanOrEqual(2);
  });

  it.each<[string, string, string]>([
    ['filed by two parties, each with its entry', 'The motions to dismiss filed by Corvant (Doc. 8) and Vesk (Doc. 11) are GRANTED in part and DENIED in part.', 'granted_in_part'],
    ['bracketed entries', "Before the Court are the defendants' motions for summary judgment [Dkt. 30] [Dkt. 33]. Both motions are GRANTED.", 'granted'],
    ['ECF entries with a conjunction', "The defendants' motions to stay (ECF No. 19) and (ECF No. 23) are DENIED.", 'denied'],
  ])('one plural word, several entries: %s', (_name, body, disposition) => {
    const got = readOrder(civil(body)).motions;
    expect(got).toHaveLength(2);
    expect(new Set(got.map((m) => m.docEntry?.value)).size).toBe(2);
    expect(got.map((m) => m.disposition?.value)).toEqual([disposition, disposition]);
  });

  it('counterexample: two motion words keep their own kinds', () => {
    const got = read("Defendants' motions to stay (ECF No. 19) and for an extension of time (ECF No. 23) are GRANTED.");
    expect(got.map((w) => w.kind).sort()).toEqual(['extension_of_time', 'stay']);
  });

  it('counterexample: one relief with two verbs stays one motion', () => {
    expect(read("Vesk's motion to sever and transfer the counterclaim is DENIED.")).toHaveLength(1);
  });
});

describe('rulings in a numbered decretal list', () => {
  it.each<[string, string, Want[]]>([
    [
      'gerund items under IT IS ORDERED',
      "Defendants have moved to dismiss the complaint or, in the alternative, to quash service.\n\nIT IS ORDERED:\n\n1. Granting the defendants' motion to dismiss;\n\n2. Denying as moot the motion to quash service.",
      [
        { kind: 'dismiss', movant: 'defendant', disposition: 'granted' },
        { kind: 'other', movant: null, disposition: 'moot' },
      ],
    ],
    ['lettered item', "Plaintiffs seek a stay.\n\nIt is hereby ORDERED as follows:\n(a) Denying the plaintiffs' motion for a stay of proceedings.", [{ kind: 'stay', movant: 'plaintiff', disposition: 'denied' }]],
    ['item with a closing parenthesis', "IT IS ORDERED AND ADJUDGED:\n1) Granting Mallory's motion for summary judgment (ECF No. 33).", [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'granted' }]],
  ])('%s', (_name, body, want) => {
    expect(read(body)).toEqual(want);
  });

  it('counterexample: a gerund recited as history decides nothing', () => {
    expect(read("Before the Court is plaintiffs' motion for reconsideration of the order granting the defendants' motion to dismiss.").map((w) => w.disposition)).not.toContain('granted');
  });
});

describe('movant from a possessive that names the party', () => {
  it.each<[string, string, string | null]>([
    ['a name with "of"', "Defendant Town of Larkspur's motion to dismiss is GRANTED.", 'defendant'],
    ['two named defendants', "Defendants Corvant Shipping Co. and Lucan Vesk's motion to dismiss is DENIED.", 'defendant'],
    ['a joint motion', "Defendants' Joint Motion to Dismiss is GRANTED.", 'defendant'],
    ['an omnibus motion', "Plaintiffs' omnibus motion in limine is DENIED.", 'plaintiff'],
    ['counterexample: the opponent', "The defendants oppose the motion to dismiss filed on May 2. The motion to dismiss is DENIED.", null],
  ])('%s', (_name, body, movant) => {
    expect(read(body).map((w) => w.movant)).toEqual([movant]);
  });
});

describe('cross-motions decided one after the other', () => {
  it.each<[string, string, Want[]]>([
    [
      'joint mention, then each side',
      "The parties have filed cross-motions for summary judgment. Plaintiffs' motion is DENIED. Defendants' cross-motion is GRANTED.",
      [
        { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' },
        { kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' },
      ],
    ],
    [
      'each side named with its cite',
      "Plaintiffs' motion for summary judgment (Doc. 20) is DENIED, and Defendants' cross-motion for summary judgment (Doc. 25) is GRANTED.",
      [
        { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' },
        { kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' },
      ],
    ],
    [
      'joint mention with allowed / denied',
      "Pending are the parties' cross motions for summary judgment. The defendants' motion is ALLOWED and the plaintiffs' cross-motion is DENIED.",
      [
        { kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' },
        { kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied' },
      ],
    ],
  ])('%s', (_name, body, want) => {
    expect(read(body)).toEqual(want);
  });

  it('counterexample: one motion referred to by its movant stays one motion', () => {
    expect(read("Before the Court is defendants' motion for summary judgment. Defendants' motion is GRANTED.")).toEqual([{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }]);
  });
});

describe('a motion for partial dismissal is a motion to dismiss', () => {
  it.each([
    ["Before the Court is Defendants' Motion for Partial Dismissal [# 9]. The motion is GRANTED."],
    ["Vesk's motion for dismissal of Count III is DENIED."],
    ["Corvant's motion to partially dismiss the amended complaint is ALLOWED."],
  ])('%s', (body) => {
    expect(read(body).map((w) => w.kind)).toEqual(['dismiss']);
  });
});
