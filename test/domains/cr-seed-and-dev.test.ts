// The seed order's bar, the development set (../shared/cr-orders) and orders that must code as nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCompassionateRelease, outcomeOf } from '../../src/domains/compassionate-release/index.js';
import { readOrder } from '../../src/order/read-order.js';
import { bareOrder, shared } from './cr-helpers.js';

const seedPath = path.join(shared, 'seed/order.txt');
const devDir = path.join(shared, 'cr-orders');

(fs.existsSync(seedPath) ? describe : describe.skip)(`the seed order (${fs.existsSync(seedPath) ? 'found' : 'skipped: ../shared/seed/order.txt is absent'})`, () => {
  const text = fs.existsSync(seedPath) ? fs.readFileSync(seedPath, 'utf8') : '';
  // With the order reader and with the text alone, the bar is the same.
  it.each([
    { how: 'text only', order: () => bareOrder() },
    { how: 'readOrder', order: () => readOrder(text, { domains: [] }) },
  ])('codes as the issue says ($how)', ({ order }) => {
    const c = codeCompassionateRelease(order(), text)!;
    expect(c).not.toBeNull();
    expect(c.motion.value).toBe('compassionate_release');
    expect(c.movant.value).toBe('defendant');
    expect(c.proSe?.value).toBe(true);
    expect(c.disposition?.value).toBe('denied');
    expect(c.outcome?.value).toBe('denied');
    expect(c.exhaustion.value).toBe('not_satisfied');
    expect(c.groundsAsserted.map((g) => [g.ground.value, g.finding.value])).toEqual([['covid_risk', 'not_found']]);
    expect(c.denialReasons.map((r) => r.value)).toEqual(['failure_to_exhaust', 'no_extraordinary_compelling']);
    expect(c.soleReason).toBeNull();
    expect(c.legalRegime?.value).toBe('old_policy_statement');
    // Evidence: each code's span holds the words it was read from.
    expect(text.slice(...c.exhaustion.span)).toMatch(/exhaust/);
    expect(text.slice(...c.disposition!.span)).toMatch(/DENIED/);
    expect(text.slice(...c.proSe!.span)).toMatch(/pro se/);
  });
});

(fs.existsSync(devDir) ? describe : describe.skip)(`development set (${fs.existsSync(devDir) ? '80 real orders' : 'skipped: ../shared/cr-orders is absent'})`, () => {
  const labels = fs.existsSync(devDir)
    ? fs.readFileSync(path.join(devDir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : [];
  const coded = labels.map((l: any) => ({ label: l, codes: codeCompassionateRelease(bareOrder(), fs.readFileSync(path.join(devDir, 'orders', `${l.id}.txt`), 'utf8')) }));

  it('finds the compassionate-release motion exactly where the labels do (>= 95%)', () => {
    const ok = coded.filter(({ label, codes }) => label.motions.some((m: any) => m.type === 'compassionate_release') === (codes !== null));
    expect(ok.length / coded.length).toBeGreaterThanOrEqual(0.95);
  });

  it('outcome agrees with the labels where the ruling is in the text (>= 95%)', () => {
    const decided = coded.flatMap(({ label, codes }) => {
      const m = label.motions.filter((x: any) => x.type === 'compassionate_release').pop();
      if (!m || m.disposition === 'unknown_truncated') return [];
      const want = outcomeOf(m.disposition === 'dismissed_lack_of_jurisdiction' ? 'dismissed' : m.disposition);
      return [codes?.outcome?.value === want];
    });
    expect(decided.length).toBeGreaterThan(30);
    expect(decided.filter(Boolean).length / decided.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never throws and never returns spans outside the text', () => {
    for (const { label, codes } of coded) {
      if (!codes) continue;
      const len = fs.readFileSync(path.join(devDir, 'orders', `${label.id}.txt`), 'utf8').length;
      for (const f of [codes.motion, codes.disposition, codes.exhaustion, ...codes.denialReasons]) {
        if (f) expect(f.span[1]).toBeLessThanOrEqual(len);
      }
    }
  });
});

describe('texts that decide no compassionate-release motion', () => {
  it.each([
    ['empty text', ''],
    ['a counsel motion naming compassionate release as its purpose', 'ORDER\nTHIS MATTER is before the Court on the Defendant’s motion for the appointment of counsel [Doc. 57]. The Defendant seeks counsel to assist him in filing a motion for compassionate release. The motion [Doc. 57] is DENIED.'],
    ['reconsideration of an earlier denial', 'RULING AND ORDER ON MOTION FOR RECONSIDERATION\nDefendant has moved for reconsideration of the Court’s order denying his motion for compassionate release. The motion for reconsideration is DENIED.'],
    ['a § 3582(c)(2) motion', 'MEMORANDUM AND ORDER\nThis matter is before the Court on Defendant’s motion for a sentence reduction under 18 U.S.C. § 3582(c)(2) and Amendment 821. The motion is DENIED.'],
    ['a research site summary only', 'Summary\ndenying compassionate release because the defendant was vaccinated\nSummary of this case from United States v. Doe\nOpinion\nORDER\nThe motion to seal is GRANTED.'],
  ])('%s', (_name, text) => {
    expect(codeCompassionateRelease(bareOrder(), text)).toBeNull();
  });
});
