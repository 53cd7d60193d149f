/** The citation rule tables as RuleSets, built on the built-in reporter table, for the generic rule test. */
import type { RuleSet } from '../engine/types.js';
import type { Draft } from './draft.js';
import { reporters } from '../data/reporters.js';
import { buildReporterIndex } from './reporter-index.js';
import { caseRules } from './rules/case.js';
import { neutralRules } from './rules/neutral.js';
import { shortFormRules } from './rules/short-forms.js';
import { lawRules } from './rules/law.js';
import { recordRules } from './rules/record.js';
import { journalRules } from './rules/journal.js';

export const citationRuleSets: RuleSet<Draft>[] = [
  { domain: 'citation/case', rules: [...caseRules(buildReporterIndex(reporters)), ...neutralRules] },
  { domain: 'citation/short', rules: shortFormRules },
  { domain: 'citation/law', rules: lawRules },
  { domain: 'citation/record', rules: recordRules },
  { domain: 'citation/journal', rules: journalRules },
];
