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

type Want = { kind?: string; movant?: string | null; disposition: string | null };

describe('motions decided, with dispositions and movants', () => {
  const cases: Array<[string, string, Want[]]> = [
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
  ];
  it.each(cases)('%s', (_name, text, want) => {
    const o = readOrder(text, { domains: [], citations: false });
    const got = o.motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, disposition: m.disposition?.value ?? null }));
    expect(got.length, JSON.stringify(got)).toBe(want.length);
    want.forEach((w, i) => {
      const g = got.find((x) => w.kind === undefined || x.kind === w.kind) ?? got[i];
      if (w.kind !== undefined) expect(g.kind).toBe(w.kind);
      if (w.movant !== undefined) expect(g.movant, JSON.stringify(got)).toBe(w.movant);
      expect(g.disposition, JSON.stringify(got)).toBe(w.disposition);
    });
  });
});
