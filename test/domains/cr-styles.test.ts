// Constructed orders in seven court styles, each coded against its hand-written label; and the same rule
// shown working across styles it was not written for.
import { describe, expect, it } from 'vitest';
import { codeCompassionateRelease } from '../../src/domains/compassionate-release/index.js';
import type { CompassionateReleaseCodes } from '../../src/domains/compassionate-release/index.js';
import { bareOrder, fixtureLabels, readFixture, styleOf } from './cr-helpers.js';

const labels = fixtureLabels();
const code = (file: string) => codeCompassionateRelease(bareOrder(), readFixture(file));

describe('constructed orders: coded as labelled', () => {
  it('there are at least 40 compassionate-release orders, each marked as constructed', () => {
    expect(labels.filter((l) => l.isCr !== false).length).toBeGreaterThanOrEqual(40);
    for (const l of labels) expect(readFixture(l.file).split('\n')[0]).toMatch(/^# CONSTRUCTED EXAMPLE/);
  });

  it.each(labels.filter((l) => l.isCr === false))('$file decides no compassionate-release motion', ({ file }) => {
    expect(code(file)).toBeNull();
  });

  const crLabels = labels.filter((l) => l.isCr !== false);
  it.each(crLabels)('$file: disposition, outcome, exhaustion, reasons, relief', (l) => {
    const c = code(l.file)!;
    expect(c, 'coded as compassionate release').not.toBeNull();
    expect(c.disposition?.value).toBe(l.disposition);
    if (l.exhaustion) expect(c.exhaustion.value).toBe(l.exhaustion);
    if (l.denialReasons) expect(c.denialReasons.map((r) => r.value).sort()).toEqual([...l.denialReasons].sort());
    if (l.denialReasons) expect(c.soleReason?.value ?? null).toBe(l.denialReasons.length === 1 ? l.denialReasons[0] : null);
    if (l.relief) expect(reliefOf(c)).toBe(l.relief);
    if (l.proSe !== undefined) expect(c.proSe?.value ?? null).toBe(l.proSe);
    for (const k of ['governmentPosition', 'section3553a', 'danger', 'legalRegime', 'movant'] as const) {
      if (l[k] !== undefined) expect(c[k]?.value, k).toBe(l[k]);
    }
    if (l.findings) {
      const got = Object.fromEntries(c.groundsAsserted.map((g) => [g.ground.value, g.finding.value]));
      for (const [ground, finding] of Object.entries(l.findings)) expect(got[ground], ground).toBe(finding);
    }
  });

  // Grounds are scored as a set; one order (g04) mentions an age of 61 that the label does not count as a ground.
  it('grounds asserted match the labels on at least 95% of the orders', () => {
    const ok = crLabels.filter((l) => {
      const got = new Set(code(l.file)!.groundsAsserted.map((g) => g.ground.value));
      return l.grounds!.length === got.size && l.grounds!.every((g) => got.has(g as never));
    });
    expect(ok.length / crLabels.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(crLabels)('$file: every code carries a span that slices its evidence out of the text', (l) => {
    const text = readFixture(l.file);
    const c = code(l.file)!;
    for (const f of facts(c)) {
      expect(f.span[0]).toBeGreaterThanOrEqual(0);
      expect(f.span[1]).toBeLessThanOrEqual(text.length);
      expect(f.span[1], `${f.rule} has an empty span`).toBeGreaterThan(f.span[0]);
      expect(f.rule).toMatch(/^cr\//);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});

// One rule, many styles: the phrase tables are written once and read short orders, memoranda,
// multi-motion orders, AO 248 forms and letters alike.
const crossStyle: Array<{ rule: string; files: string[] }> = [
  { rule: 'cr/exhaustion/not-shown', files: ['a01-short-denial-covid.txt', 'c01-several-counsel-and-cr.txt', 'c05-several-2255-and-cr.txt', 'f01-wop-no-request.txt'] },
  { rule: 'cr/exhaustion/conceded', files: ['a02-short-denial-rehab.txt', 'b02-memo-government-concedes.txt', 'c02-several-seal-granted-cr-denied.txt', 'g05-assume-amended-denial.txt'] },
  { rule: 'cr/finding/assumed', files: ['c02-several-seal-granted-cr-denied.txt', 'c03-several-abeyance-and-cr.txt', 'd05-ao248-denied-3553a.txt', 'g03-assume-arguendo.txt'] },
  { rule: 'cr/3553a/weighs-against', files: ['b01-memo-argues-exhaustion.txt', 'c03-several-abeyance-and-cr.txt', 'd05-ao248-denied-3553a.txt', 'g01-assume-deny-3553a.txt'] },
  { rule: 'cr/relief/time-served', files: ['b02-memo-government-concedes.txt', 'c04-several-cr-granted-counsel-moot.txt', 'd03-ao248-granted-time-served.txt', 'e01-grant-time-served-short.txt'] },
  { rule: 'cr/danger/not-a-danger', files: ['b02-memo-government-concedes.txt', 'd03-ao248-granted-time-served.txt', 'e02-grant-time-served-home-confinement.txt', 'e04-grant-bullets-time-served.txt'] },
  { rule: 'cr/disposition/passive', files: ['a01-short-denial-covid.txt', 'b04-memo-amended-guideline-grant.txt', 'c01-several-counsel-and-cr.txt', 'f03-wop-dismissed.txt'] },
];

describe('a rule written for one style reads the others', () => {
  const cases = crossStyle.flatMap(({ rule, files }) => files.map((file) => ({ rule, file, style: styleOf(file) })));
  it.each(cases)('$rule in $style ($file)', ({ rule, file }) => {
    const c = code(file)!;
    expect(facts(c).map((f) => f.rule)).toContain(rule);
  });
  it.each(crossStyle)('$rule spans at least three styles', ({ files }) => {
    expect(new Set(files.map(styleOf)).size).toBeGreaterThanOrEqual(3);
  });
});

function reliefOf(c: CompassionateReleaseCodes): string {
  if (c.relief.some((r) => r.value.kind === 'time_served')) return 'time_served';
  if (c.relief.some((r) => r.value.kind === 'reduced_term')) return 'reduced_term';
  return 'none';
}

function facts(c: CompassionateReleaseCodes) {
  const out = [c.motion, c.docEntry, c.disposition, c.outcome, c.movant, c.proSe, c.governmentPosition, c.exhaustion, c.section3553a, c.danger, c.soleReason, c.legalRegime, ...c.relief, ...c.denialReasons];
  for (const g of c.groundsAsserted) out.push(g.ground, g.finding);
  return out.filter((f): f is NonNullable<typeof f> => !!f);
}
