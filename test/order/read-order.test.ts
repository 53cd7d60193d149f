// readOrder on constructed orders in many courts' styles, the seed order, text that must yield
// nothing, and a property check that every span indexes the original text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readOrder } from '../../src/order/index.js';
import type { Order } from '../../src/order/types.js';
import { constructedOrders } from './constructed-orders.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');

function allSpans(o: Order): Array<[number, number]> {
  const facts = [o.court, o.division, o.caseType, o.caseName, o.title, o.judge, o.panel, o.date, ...o.docketNumbers, ...o.parties];
  for (const m of o.motions) facts.push(m.kind, m.docEntry, m.movant, m.proSe, m.disposition);
  return facts.filter((f): f is NonNullable<typeof f> => !!f).map((f) => f.span);
}

describe('readOrder on constructed orders', () => {
  it('has at least 25 cases', () => expect(constructedOrders.length).toBeGreaterThanOrEqual(25));

  it.each(constructedOrders)('$name', (c) => {
    const o = readOrder(c.text, { domains: [] });
    if (c.court !== undefined) expect(o.court?.value.id ?? null, 'court').toBe(c.court);
    if (c.division !== undefined) expect(o.division?.value ?? null, 'division').toBe(c.division);
    if (c.docket !== undefined) expect(o.docketNumbers.map((d) => d.value.normalized), 'docket').toContain(c.docket);
    if (c.caseType !== undefined) expect(o.caseType?.value ?? null, 'caseType').toBe(c.caseType);
    if (c.caseName !== undefined) expect(o.caseName?.value, 'caseName').toBe(c.caseName);
    if (c.title !== undefined) expect(o.title?.value ?? null, 'title').toBe(c.title);
    if (c.judge !== undefined) expect(o.judge?.value.name ?? null, 'judge').toBe(c.judge);
    if (c.judgeTitle !== undefined) expect(o.judge?.value.title, 'judge title').toBe(c.judgeTitle);
    if (c.date !== undefined) expect(o.date?.value ?? null, 'date').toBe(c.date);
    if (c.dateKind !== undefined) expect(o.date?.kind, 'date kind').toBe(c.dateKind);
    if (c.motions) {
      const got = o.motions.map((m) => ({
        kind: m.kind.value,
        docEntry: m.docEntry?.value ?? null,
        movant: m.movant?.value ?? null,
        proSe: m.proSe?.value ?? null,
        disposition: m.disposition?.value ?? null,
      }));
      expect(got.length, `motions: ${JSON.stringify(got)}`).toBe(c.motions.length);
      c.motions.forEach((want, i) => {
        const g = got.find((x) => x.kind === want.kind && (want.docEntry === undefined || x.docEntry === want.docEntry)) ?? got[i];
        for (const [k, v] of Object.entries(want)) expect(g[k as keyof typeof g], `motion ${i} ${k} in ${JSON.stringify(got)}`).toBe(v);
      });
    }
    for (const [s, e] of allSpans(o)) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(c.text.length);
      expect(e).toBeGreaterThanOrEqual(s);
    }
  });
});

describe('the court speaks only in its own voice', () => {
  const base = (body: string): string => `UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nUNITED STATES OF AMERICA\nv.\nCALLUM FERNSBY\n\nCase No. 3:18-cr-00099-SI\n\nORDER\n\nBefore the Court is Defendant's Motion for Compassionate Release (ECF 70). ${body}\n`;
  const cases: Array<[string, string | null]> = [
    ['The government argues that the motion should be denied.', null],
    ['Defendant asks the Court to grant his motion.', null],
    ['The Court previously denied a similar motion. (ECF 51.)', null],
    ['See United States v. Moss, 2020 WL 111, at *1 (D. Or. 2020) (granting compassionate release).', null],
    ['As the Ninth Circuit explained, district courts "may grant a motion for compassionate release."', null],
    ['If the Court were to grant the motion, Defendant would be released.', null],
    ['Many courts have granted compassionate release during the pandemic.', null],
    ['The motion is DENIED.', 'denied'],
    ['The Court GRANTS the motion.', 'granted'],
    ['For these reasons, the Court will deny the motion without prejudice.', 'denied_without_prejudice'],
    ['Accordingly, the motion is DENIED AS MOOT.', 'moot'],
    ['IT IS ORDERED that the motion is held in abeyance.', 'deferred'],
  ];
  it.each(cases)('%s -> %s', (body, want) => {
    const o = readOrder(base(body), { domains: [] });
    expect(o.motions).toHaveLength(1);
    expect(o.motions[0].disposition?.value ?? null).toBe(want);
  });
});

describe('text that holds no order', () => {
  it.each(['', '   \n\n  ', 'Lorem ipsum dolor sit amet.', 'The motion to compel was argued on May 5. The parties filed briefs.'])('%j', (t) => {
    const o = readOrder(t, { domains: [] });
    expect(o.motions.every((m) => m.disposition === null)).toBe(true);
    expect(o.court).toBeNull();
    expect(o.judge).toBeNull();
  });
});

describe('spans index the original text', () => {
  it('for arbitrary text around a caption', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (pre, post) => {
        const text = `${pre}\nUNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\nCase No. 1:20-cr-00012-BLW\nORDER\nThe motion (Dkt. 4) is DENIED.\n${post}`;
        const o = readOrder(text, { domains: [], citations: false });
        for (const [s, e] of allSpans(o)) {
          expect(s >= 0 && e <= text.length && s <= e).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

const seedPath = path.join(shared, 'seed/order.txt');
(existsSync(seedPath) ? describe : describe.skip)(`the seed order (${existsSync(seedPath) ? 'found' : 'absent: ../shared/seed/order.txt not here'})`, () => {
  it('reads exactly', () => {
    const text = readFileSync(seedPath, 'utf8');
    const o = readOrder(text);
    expect(o.court?.value.id).toBe('ncwd');
    expect(o.court?.value.abbreviation).toBe('W.D.N.C.');
    expect(o.division?.value).toBe('Asheville Division');
    expect(o.docketNumbers.map((d) => [d.value.printed.toLowerCase(), d.value.normalized])).toEqual([['1:17-cr-00085-moc-dlh', '1:17-cr-00085']]);
    expect(o.caseType?.value).toBe('criminal');
    expect(o.caseName?.value).toBe('United States v. Vladimir Alexeyevich Zalakov');
    expect(o.title?.value).toBe('ORDER');
    expect(o.judge?.value).toEqual({ name: 'Max O. Cogburn Jr.', title: 'United States District Judge' });
    expect([o.date?.value, o.date?.kind]).toEqual(['2020-08-10', 'signed']);
    expect(o.motions).toHaveLength(1);
    const m = o.motions[0];
    expect([m.kind.value, m.docEntry?.value, m.movant?.value, m.proSe?.value, m.disposition?.value]).toEqual(['compassionate_release', '55', 'defendant', true, 'denied']);
    expect(text.slice(...m.docEntry!.span)).toContain('55');
    expect(text.slice(...m.disposition!.span)).toBe('DENIED');
    if (m.citation !== null) expect(o.citations[m.citation].docEntry).toBe('55');
  });
});
