/** The table of contents of the order stage: every rule table it runs. */
import type { RuleSet } from '../engine/types.js';
import { captionRuleSet } from './caption.js';
import { courtBodyRuleSet } from './court-body.js';
import { dateRuleSet } from './date.js';
import { dispositionRuleSet } from './disposition.js';
import { docketRuleSet } from './docket.js';
import { judgeRuleSet } from './judge.js';
import { motionKindRuleSet } from './motion-kinds.js';
import { recordCiteRuleSet } from './record-cite.js';

export const orderRuleSets: RuleSet<any>[] = [
  docketRuleSet,
  captionRuleSet,
  courtBodyRuleSet,
  judgeRuleSet,
  dateRuleSet,
  recordCiteRuleSet,
  motionKindRuleSet,
  dispositionRuleSet,
];
