/** Phrases that name a compassionate-release motion (the subject test is made on their sentence). */
import type { CrRule } from '../rule.js';

export type MotionMention = { kind: 'compassionate_release' | 'statute' | 'reduction' };

export const motionRules: CrRule<MotionMention>[] = [
  {
    id: 'cr/motion/compassionate-release',
    anchors: ['compassionate'],
    // "Motion for Compassionate Release", "compassionate-release motion"
    pattern: /\bcompassionate[\s-]+release\b/gi,
    parse: () => ({ kind: 'compassionate_release' }),
    priority: 30,
    examples: ['Defendant’s pro se Motion for Compassionate Release, Doc. No. 55', 'a compassionate-release motion'],
    counterexamples: ['a motion for release pending appeal', 'compassion for the victims'],
    scopes: ['court', 'argument_defendant', 'argument_government', 'history', 'quotation'],
    allowGeneric: true,
  },
  {
    id: 'cr/motion/statute-3582c1a',
    anchors: ['3582', '3 5 8 2'],
    // "18 U.S.C. § 3582(c)(1)(A)(i)", "§3582 (c)(1)(a)", "3 5 8 2 ( c ) ( 1 ) ( A )"
    pattern: /\b3\s?5\s?8\s?2\s*\(\s*c\s*\)\s*\(\s*1\s*\)\s*\(\s*[Aa]\s*\)/g,
    parse: () => ({ kind: 'statute' }),
    priority: 30,
    examples: ['18 U.S.C. § 3582(c)(1)(A)(i)', 'under 3 5 8 2 ( c ) ( 1 ) ( A )', '§ 3582(c)(1)(a)'],
    counterexamples: ['18 U.S.C. § 3582(c)(2)', '§ 3582(b)'],
    scopes: ['court', 'argument_defendant', 'argument_government', 'history', 'quotation'],
    allowGeneric: true,
  },
  {
    id: 'cr/motion/sentence-reduction',
    anchors: ['reduc', 'modif'],
    // "Motion for Sentence Reduction", "motion to reduce sentence", "Motion for Reduction in Sentence"
    pattern: /\b(?:motion|request|petition)\s+(?:for|to|asking for|seeking|requesting)\s+(?:a\s+|an\s+)?(?:emergency\s+)?(?:(?:reduc(?:e|tion)|modif(?:y|ication))(?:\s+(?:in|of))?\s+(?:his\s+|her\s+|the\s+)?(?:sentence|term of imprisonment)|sentence\s+(?:reduction|modification))/gi,
    parse: () => ({ kind: 'reduction' }),
    priority: 20,
    examples: ['pro se Motion for Sentence Reduction. ECF No. 37', 'letter form motion asking for a sentence reduction', 'Motion To Reduce Sentence Pursuant To 18 U.S.C.', 'motion for reduction in sentence'],
    counterexamples: ['the motion for appointment of counsel', 'a sentence reduction was not warranted'],
    scopes: ['court', 'argument_defendant', 'history', 'quotation'],
    allowGeneric: true,
  },
  {
    id: 'cr/motion/asks-reduction',
    anchors: ['reduce', 'reduction', 'compassionate'],
    // "Defendant Lund, proceeding pro se, asks the Court to reduce his sentence to time served"
    pattern: /\b(?:asks?|asking|requests?|requesting|seeks?|seeking|moves?)\s+(?:the\s+[Cc]ourt\s+)?(?:to\s+|for\s+)?(?:reduce\s+(?:his|her|their)\s+(?:sentence|term of imprisonment)|a\s+(?:sentence\s+)?reduction\s+(?:of|in)\s+(?:his|her)\s+sentence|a\s+sentence\s+reduction)/g,
    parse: () => ({ kind: 'reduction' }),
    priority: 20,
    examples: ['Defendant Lund, proceeding pro se, asks the Court to reduce his sentence to time served'],
    counterexamples: ['the Court may reduce the term of imprisonment'],
    scopes: ['court', 'argument_defendant'],
    allowGeneric: true,
  },
];
