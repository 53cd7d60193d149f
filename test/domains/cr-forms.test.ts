/**
 * The federal form order on a compassionate-release motion (fictional names): the checked option is the ruling, and the
 * words of an option left blank are no finding of the court's.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const form = (boxes: [string, string, string]) =>
  `UNITED STATES DISTRICT COURT\nfor the\nDistrict of Nebraska\n\nUNITED STATES OF AMERICA\nv.\nPERCIVAL ODUYA-LANE\n\nCase No. 8:17-cr-00310\n\nORDER ON MOTION FOR SENTENCE REDUCTION UNDER 18 U.S.C. § 3582(c)(1)(A) (COMPASSIONATE RELEASE)\n\nUpon motion of [X] the defendant [ ] the Director of the Bureau of Prisons for a reduction in sentence under 18 U.S.C. § 3582(c)(1)(A),\n\nIT IS ORDERED that the motion is:\n\n${boxes[0]} GRANTED\n\n${boxes[1]} DENIED after complete review of the motion on the merits.\n\n${boxes[2]} DENIED WITHOUT PREJUDICE because the defendant has not exhausted all administrative remedies as required in 18 U.S.C. § 3582(c)(1)(A), nor have 30 days lapsed since receipt of the defendant's request by the warden.\n`;

describe('compassionate-release form orders', () => {
  it.each([
    ['denied on the merits', form(['[ ]', '[X]', '[ ]']), 'denied', 'not_addressed'],
    ['denied without prejudice for want of exhaustion', form(['[ ]', '[ ]', '[X]']), 'denied_without_prejudice', 'not_satisfied'],
    ['granted', form(['[X]', '[ ]', '[ ]']), 'granted', 'not_addressed'],
  ])('%s', (_name, text, disposition, exhaustion) => {
    const order = readOrder(text);
    expect(order.motions.map((m) => [m.kind.value, m.disposition?.value, m.movant?.value])).toEqual([['compassionate_release', disposition, 'defendant']]);
    const cr = (order.codes as Record<string, { disposition?: { value: string }; exhaustion?: { value: string } }>).compassionateRelease;
    expect(cr.disposition?.value).toBe(disposition);
    expect(cr.exhaustion?.value).toBe(exhaustion);
  });
});
