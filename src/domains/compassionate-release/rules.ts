/** The table of contents of the compassionate-release domain: every phrase table it runs. */
import type { RuleSet } from '../../engine/types.js';
import type { CrRule } from './rule.js';
import { motionRules } from './phrases/motion.js';
import { dispositionRules } from './phrases/disposition.js';
import { reliefRules } from './phrases/relief.js';
import { partyRules, governmentRules } from './phrases/parties.js';
import { exhaustionRules } from './phrases/exhaustion.js';
import { groundRules } from './phrases/grounds.js';
import { findingRules } from './phrases/findings.js';
import { section3553aRules, dangerRules } from './phrases/factors.js';
import { reasonRules } from './phrases/reasons.js';

export const crFamilies = {
  motion: motionRules,
  disposition: dispositionRules,
  relief: reliefRules,
  party: partyRules,
  government: governmentRules,
  exhaustion: exhaustionRules,
  ground: groundRules,
  finding: findingRules,
  section3553a: section3553aRules,
  danger: dangerRules,
  reason: reasonRules,
} as const;

/** All phrase rules of the domain, for the generic examples/counterexamples test. */
export const compassionateReleaseRules: RuleSet<unknown> = {
  domain: 'compassionate-release',
  rules: Object.values(crFamilies).flat() as CrRule<unknown>[],
};
