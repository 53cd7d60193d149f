/** The compassionate-release coding: one Fact per code, with the evidence that decided it. */
import type { Fact } from '../../engine/types.js';
import type { Disposition, Movant } from '../../order/types.js';

export type Outcome = 'granted' | 'denied' | 'excluded';

export type ReliefKind = 'time_served' | 'reduced_term' | 'home_confinement_condition' | 'stay_of_release' | 'other_condition';
export interface Relief {
  kind: ReliefKind;
  /** reduced_term: the new term in months when stated; stay_of_release: days. */
  months?: number | null;
  days?: number | null;
}

export type GovernmentPosition = 'opposed' | 'unopposed' | 'not_stated';

export type Exhaustion =
  | 'satisfied'
  | 'not_satisfied'
  | 'conceded_by_government'
  | 'waived_or_forfeited'
  | 'excused'
  | 'not_addressed';

export type Ground =
  | 'covid_risk'
  | 'terminal_illness'
  | 'serious_medical'
  | 'age'
  | 'family_circumstances'
  | 'abuse_in_custody'
  | 'unusually_long_sentence'
  | 'change_in_law'
  | 'rehabilitation'
  | 'other';

export const GROUNDS: readonly Ground[] = [
  'covid_risk', 'terminal_illness', 'serious_medical', 'age', 'family_circumstances',
  'abuse_in_custody', 'unusually_long_sentence', 'change_in_law', 'rehabilitation', 'other',
];

export type Finding = 'found' | 'not_found' | 'assumed_without_deciding' | 'not_reached';

export interface GroundCode {
  ground: Fact<Ground>;
  finding: Fact<Finding>;
}

export type Section3553a = 'favors_reduction' | 'weighs_against' | 'not_reached';
export type Danger = 'not_a_danger' | 'danger' | 'not_addressed';

export type DenialReason =
  | 'failure_to_exhaust'
  | 'no_extraordinary_compelling'
  | 'section_3553a'
  | 'danger'
  | 'no_authority_home_confinement'
  | 'no_jurisdiction'
  | 'moot';

export const DENIAL_REASONS: readonly DenialReason[] = [
  'failure_to_exhaust', 'no_extraordinary_compelling', 'section_3553a', 'danger',
  'no_authority_home_confinement', 'no_jurisdiction', 'moot',
];

export type LegalRegime = 'pre_first_step_act' | 'old_policy_statement' | 'amended_1b1_13';

export interface CompassionateReleaseCodes {
  /** Always `compassionate_release`; the evidence is the phrase naming the motion. */
  motion: Fact<'compassionate_release'>;
  /** Docket entry of the motion as printed, when found. */
  docEntry: Fact<string> | null;
  disposition: Fact<Disposition> | null;
  /** How the Sentencing Commission counts: granted, denied, or excluded (moot, deferred, withdrawn). */
  outcome: Fact<Outcome> | null;
  relief: Fact<Relief>[];
  movant: Fact<Movant>;
  proSe: Fact<boolean> | null;
  governmentPosition: Fact<GovernmentPosition>;
  exhaustion: Fact<Exhaustion>;
  groundsAsserted: GroundCode[];
  section3553a: Fact<Section3553a>;
  danger: Fact<Danger>;
  denialReasons: Fact<DenialReason>[];
  /** The one reason when the denial rests on exactly one; null otherwise. */
  soleReason: Fact<DenialReason> | null;
  legalRegime: Fact<LegalRegime> | null;
}
