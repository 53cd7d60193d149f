/** The § 3553(a) factors and dangerousness (§ 3142(g) / old § 1B1.13(2)) as the court weighs them. */
import type { Danger, Section3553a } from '../types.js';
import type { CrRule } from '../rule.js';
import { NEGATED, before } from '../rule.js';
/** Any character but a sentence-ending period ("Mr.", "No.", "U.S.C." do not end a sentence). */
const NS = String.raw`(?:[^.]|\.(?=\S)|(?<=\b(?:Mr|Ms|Mrs|Dr|No|Nos|Doc|Dkt|v|Cir|Supp|Stat|seq|U\.S\.C|U\.S\.S\.G|C\.F\.R|Id|id))\.)`;

const F = String.raw`(?:§+\s*|[Ss]ection\s+)?3553\s*\(\s*a\s*\)(?:[’']s)?(?:\s+sentencing)?\s+factors?`;

export const section3553aRules: CrRule<Section3553a>[] = [
  {
    id: 'cr/3553a/weighs-against',
    anchors: ['3553', 'seriousness', 'respect for the law', 'deterrence', 'just punishment'],
    // "the § 3553(a) factors weigh against release", "the 3553(a) factors do not support a reduction"
    pattern: new RegExp(String.raw`\b${F}\b${NS}{0,140}?\b(?:weigh(?:s|ed)?\s+(?:\w+ly\s+)?against|do(?:es)?\s+not\s+(?:support|favor|warrant|justify|weigh in favor)|counsel(?:s)?\s+against|militate\s+against|disfavor|preclude|would not support|cut\s+against)|\b(?:weigh(?:s)?\s+(?:heavily\s+|strongly\s+)?against|do(?:es)?\s+not\s+(?:support|favor|warrant))\b${NS}{0,100}?\b${F}|\bfactors\b${NS}{0,60}?3553\s*\(\s*a\s*\)${NS}{0,40}?\b(?:weigh\w*\s+(?:\w+ly\s+)?against|do(?:es)?\s+not\s+(?:support|favor|warrant))|\b(?:reduction|release|reducing (?:his|her) sentence)\s+would\s+(?:not|fail to)\s+(?:reflect|promote|provide|afford)\b${NS}{0,60}?\b(?:seriousness|respect for the law|deterrence|just punishment)`, 'gi'),
    parse: () => 'weighs_against',
    priority: 50,
    examples: ['the § 3553(a) factors weigh heavily against release', 'the sentencing factors in 18 U.S.C. § 3553(a) weigh against release', 'Section 3553(a)’s factors counsel against a reduction', 'the Section 3553(a) factors do not support a reduction', 'a reduction would not reflect the seriousness of the offense'],
    counterexamples: ['the § 3553(a) factors weigh in favor of release'],
  },
  {
    id: 'cr/3553a/favors-reduction',
    anchors: ['3553'],
    // "the § 3553(a) factors weigh in favor of release", "the 3553(a) factors support a reduction"
    pattern: new RegExp(String.raw`\b${F}\b${NS}{0,120}?\b(?:weigh(?:s)?\s+in\s+favor\s+of|support|supports|favor|favors|warrant|permit|permits|are consistent with)\s+(?:a\s+|his\s+|her\s+|the\s+)?(?:sentence\s+of\s+)?(?:release|reduc\w+|granting|compassionate|time served)`, 'gi'),
    parse: (m, text) => (NEGATED.test(before(text, m.index, 40)) || /\b(?:not|n[’']t)\b/.test(m[0]) ? null : 'favors_reduction'),
    priority: 45,
    examples: ['the § 3553(a) factors weigh in favor of release', 'the 3553(a) factors support a reduction to time served'],
    counterexamples: ['the § 3553(a) factors do not support a reduction'],
  },
];

export const dangerRules: CrRule<Danger>[] = [
  {
    id: 'cr/danger/danger',
    anchors: ['danger', 'threat'],
    // "Defendant remains a danger to the community", "he poses a danger to the safety of others"
    pattern: /\bwould\s+(?:endanger|threaten)\s+the\s+safety\b|\b(?:is|remains|would be|pose[sd]?|presents?|continues to (?:be|pose))\s+(?:still\s+|also\s+)?(?:a\s+)?(?:significant\s+|serious\s+|real\s+|continuing\s+)?(?:danger|threat)\s+to\s+(?:the\s+)?(?:safety|community|public|others|any other person)/gi,
    parse: (m, text) => (NEGATED.test(before(text, m.index, 40)) || /\bnot\b/.test(m[0]) ? null : 'danger'),
    priority: 50,
    examples: ['Defendant remains a danger to the community.', 'he poses a danger to the safety of others', 'his release would endanger the safety of the community'],
    counterexamples: ['Defendant is not a danger to the community.'],
  },
  {
    id: 'cr/danger/not-a-danger',
    anchors: ['danger', 'threat'],
    // "he is not a danger to the safety of any other person or to the community", "no longer poses a danger"
    pattern: /\b(?:is|would)\s+not\s+(?:be\s+|pose\s+)?(?:a\s+)?(?:danger|threat)\s+to\b|\bno longer (?:poses?|presents?|is)\s+a\s+(?:danger|threat)\b|\bdoes not pose a (?:danger|threat)\b/gi,
    parse: (m, text) => (/\b(?:if|whether|that the defendant|requires?|must)\b[^.]{0,30}$/i.test(before(text, m.index, 50)) ? null : 'not_a_danger'),
    priority: 50,
    examples: ['The Court finds that he is not a danger to the community.', 'he no longer poses a danger'],
    counterexamples: ['he remains a danger to the community'],
  },
];
