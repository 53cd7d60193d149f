/**
 * Every rule table of the project, so one generic test can run each rule's examples and
 * counterexamples. A domain adds its RuleSet here once; adding a rule to a set needs nothing here.
 */
import type { RuleSet } from './engine/types.js';
import { citationRuleSets } from './citations/rule-sets.js';
import { orderRuleSets } from './order/rules.js';
import { compassionateReleaseRules } from './domains/compassionate-release/rules.js';

export const ruleSets: RuleSet<any>[] = [...citationRuleSets, ...orderRuleSets, compassionateReleaseRules];
