// Short orders in phrasings the constructed set does not use, written after the rules: each must code as stated.
import { describe, expect, it } from 'vitest';
import { codeCompassionateRelease } from '../../src/domains/compassionate-release/index.js';
import { bareOrder } from './cr-helpers.js';

const cases: Array<{ name: string; text: string; want: Record<string, unknown> }> = [
  {
    name: 'grant to time served in capitals, opposition filed',
    text: "MEMORANDUM ORDER\nBefore the Court is Defendant John Doe's Motion for Reduction of Sentence under 18 U.S.C. § 3582(c)(1)(A)(i) (ECF No. 100). The Government filed an opposition (ECF No. 104). For the reasons below, the motion is GRANTED.\nDefendant is 77 years old, suffers from congestive heart failure, and uses a wheelchair. These conditions are extraordinary and compelling reasons. Defendant's term of imprisonment is REDUCED to TIME SERVED.\nSO ORDERED this 4th day of June, 2021.",
    want: { disposition: 'granted', governmentPosition: 'opposed', relief: 'time_served', grounds: ['age:found', 'serious_medical:found'], legalRegime: 'old_policy_statement' },
  },
  {
    name: 'one-paragraph denial on E&C and § 3553(a), amended regime',
    text: "ORDER\nThe defendant's motion for compassionate release (ECF 45) is denied. The defendant has not demonstrated extraordinary and compelling reasons, and in any event the § 3553(a) factors would not support release given his lengthy criminal history.\nDated: December 1, 2023",
    want: { disposition: 'denied', reasons: ['no_extraordinary_compelling', 'section_3553a'], legalRegime: 'amended_1b1_13' },
  },
  {
    name: 'a bare request for a reduction, dismissed for want of exhaustion',
    text: "OPINION AND ORDER\nDefendant seeks a reduction of his sentence to time served due to his medical conditions—hypertension, obesity, and prediabetes (ECF No. 61). Having considered the parties' submissions, the Court concludes that Defendant has failed to demonstrate that he exhausted his administrative remedies. The motion is therefore DISMISSED WITHOUT PREJUDICE.\nSigned: March 3, 2021",
    want: { disposition: 'dismissed_without_prejudice', exhaustion: 'not_satisfied', reasons: ['failure_to_exhaust'], grounds: ['serious_medical:not_reached'] },
  },
  {
    name: 'waived exhaustion, reduced term',
    text: "ORDER GRANTING IN PART DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE\nDefendant moves for compassionate release based on his stacked 924(c) convictions. Because the Government has waived the exhaustion requirement, the Court proceeds to the merits. The Court finds that the length of his sentence, compared with the sentence he would receive today, is an extraordinary and compelling reason. The Court therefore reduces the sentence from 540 months to 300 months.\nDated: May 2, 2024",
    want: { disposition: 'granted_in_part', exhaustion: 'waived_or_forfeited', relief: 'reduced_term', grounds: ['unusually_long_sentence:found'] },
  },
  {
    name: 'two motions, two active rulings',
    text: "ORDER\nPending are Defendant's Motion to Seal (Doc. 78) and Motion for Compassionate Release (Doc. 77). The Court GRANTS the motion to seal (Doc. 78). As to compassionate release, Defendant has exhausted, but his chronic back pain is not an extraordinary and compelling reason. The Court DENIES the Motion for Compassionate Release (Doc. 77).\nDated: July 9, 2022",
    want: { disposition: 'denied', exhaustion: 'satisfied', reasons: ['no_extraordinary_compelling'], grounds: ['serious_medical:not_found'] },
  },
  {
    name: 'denied as moot after release',
    text: "ORDER\nBefore the Court is Defendant's pro se motion for compassionate release (ECF No. 90). Since the motion was filed, the Bureau of Prisons has released Defendant to home confinement. The motion is hereby DENIED AS MOOT.\nDated: April 4, 2022",
    want: { disposition: 'moot', outcome: 'excluded', reasons: ['moot'] },
  },
  {
    name: 'motion filed by the government at the BOP Director’s request',
    text: "ORDER\nBefore the Court is the Government's motion to reduce Defendant's sentence under 18 U.S.C. § 3582(c)(1)(A), filed at the request of the Director of the Bureau of Prisons (ECF No. 301). Defendant has terminal lung cancer. The Government's motion is GRANTED.\nDated: Oct. 2, 2019",
    want: { disposition: 'granted', movant: 'bop_director', grounds: ['terminal_illness:found'] },
  },
  {
    name: 'a stay of release in the active voice',
    text: "ORDER\nThis matter is before the Court on Defendant's Motion for Compassionate Release (Doc. 55). The Court GRANTS Defendant's Motion for Compassionate Release and REDUCES his sentence to time served. The Court STAYS this order for 14 days to allow the Bureau of Prisons to arrange his release.\nDated: June 1, 2020",
    want: { disposition: 'granted', relief: 'time_served', stayDays: 14 },
  },
  {
    name: 'danger as the reason',
    text: "ORDER\nBefore the Court is Defendant's motion for compassionate release. Having reviewed his criminal history, the Court finds that his release would endanger the safety of the community. The motion is DENIED.\nDated: June 1, 2021",
    want: { disposition: 'denied', danger: 'danger', reasons: ['danger'] },
  },
  {
    name: 'withdrawn at the defendant’s request',
    text: "ORDER\nAt Defendant's request (ECF No. 120), his motion for compassionate release (ECF No. 112) is WITHDRAWN.\nDated: June 1, 2021",
    want: { disposition: 'withdrawn', outcome: 'excluded' },
  },
  {
    name: 'alternative holding: unexhausted, and no E&C anyway',
    text: "MEMORANDUM AND ORDER\nDefendant asks the Court for compassionate release. He has not exhausted: the warden received his request only ten days before he filed his motion. The Court nonetheless notes that, even had he exhausted, his hypertension would not be an extraordinary and compelling reason. Accordingly, the motion is DENIED WITHOUT PREJUDICE.\nDated: June 10, 2020",
    want: { disposition: 'denied_without_prejudice', exhaustion: 'not_satisfied', reasons: ['failure_to_exhaust', 'no_extraordinary_compelling'] },
  },
  {
    name: 'an earlier grant told as history; another motion decided',
    text: "ORDER\nOn May 1, 2020, the Court granted Defendant's motion for compassionate release and reduced his sentence to time served. Now before the Court is the Government's motion to modify the conditions of supervised release (ECF No. 80). The motion is GRANTED.\nDated: June 1, 2021",
    want: { none: true },
  },
];

describe('other phrasings', () => {
  it.each(cases)('$name', ({ text, want }) => {
    const c = codeCompassionateRelease(bareOrder(), text);
    if (want.none) {
      expect(c).toBeNull();
      return;
    }
    expect(c).not.toBeNull();
    const got: Record<string, unknown> = {
      disposition: c!.disposition?.value,
      outcome: c!.outcome?.value,
      exhaustion: c!.exhaustion.value,
      governmentPosition: c!.governmentPosition.value,
      movant: c!.movant.value,
      danger: c!.danger.value,
      legalRegime: c!.legalRegime?.value,
      reasons: c!.denialReasons.map((r) => r.value),
      grounds: c!.groundsAsserted.map((g) => `${g.ground.value}:${g.finding.value}`),
      relief: c!.relief.some((r) => r.value.kind === 'time_served') ? 'time_served' : c!.relief.some((r) => r.value.kind === 'reduced_term') ? 'reduced_term' : 'none',
      stayDays: c!.relief.find((r) => r.value.kind === 'stay_of_release')?.value.days,
    };
    for (const [k, v] of Object.entries(want)) expect(got[k], k).toEqual(v);
  });
});
