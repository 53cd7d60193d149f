// A research site's editorial summary above an opinion is not the court's text: a motion named only
// there, with no ruling, is not a motion the order decides. Fictional orders.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/read-order.js';

const body = (ruling: string) =>
  `Criminal No. 3:14-cr-00212-ABC\n04-02-2021\nORDER\nThis matter is before the Court on Defendant Jane Roe's Motion for Earned Time Credit. [DE 61]. ${ruling}\n`;

describe('editorial summary above the opinion', () => {
  it.each([
    ['a § 2241 petition', 'holding that a prisoner may only seek credit through a § 2241 habeas petition and must file such petition where he is confined', 'section_2241'],
    ['a motion to appoint counsel', 'noting the movant may file a motion for appointment of counsel once a petition is pending', 'appoint_counsel'],
    ['a § 2255 motion', 'explaining that the inmate may bring a § 2255 motion to vacate in the sentencing court', 'section_2255'],
  ])('a motion named only in the summary (%s) is not reported', (_label, summary, kind) => {
    const text = `Summary\n${summary}\nSummary of this case from United States v. Doe\n${body("For the reasons below, Defendant Roe's Motion is hereby DENIED.")}`;
    const order = readOrder(text, { citations: false, domains: [] });
    expect(order.motions.map((m) => m.kind.value)).not.toContain(kind);
    expect(order.motions.some((m) => m.disposition?.value === 'denied')).toBe(true);
  });

  it.each([
    ['an undecided § 2241 petition named by the court', body("Roe's Motion is DENIED. A prisoner may only seek credit through a § 2241 habeas petition and must file such petition where he is confined.")],
    ['a motion for counsel named by the court', body("Roe's Motion is DENIED. Roe may file a motion for appointment of counsel once a petition is pending.")],
  ])('the court\'s own mention stays, summary or not: %s', (_label, text) => {
    const order = readOrder(text, { citations: false, domains: [] });
    // A summary above must not remove motions the court's own text names.
    const withSummary = readOrder(`Summary\nholding nothing of note\nSummary of this case from United States v. Doe\n${text}`, { citations: false, domains: [] });
    expect(withSummary.motions.map((m) => m.kind.value)).toEqual(order.motions.map((m) => m.kind.value));
  });
});
