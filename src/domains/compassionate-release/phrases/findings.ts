/** The court's finding on extraordinary and compelling reasons (per ground when the sentence names one). */
import type { Finding } from '../types.js';
import type { CrRule } from '../rule.js';
import { NEGATED, before } from '../rule.js';
/** Any character but a sentence-ending period ("Mr.", "No.", "U.S.C." do not end a sentence). */
const NS = String.raw`(?:[^.]|\.(?=\S)|(?<=\b(?:Mr|Ms|Mrs|Dr|No|Nos|Doc|Dkt|v|Cir|Supp|Stat|seq|U\.S\.C|U\.S\.S\.G|C\.F\.R|Id|id))\.)`;

export type FindingHit = { finding: Finding };

const EC = String.raw`["“]?extraordinary\s+(?:and|or|nor)\s+compelling`;
const NOT = String.raw`(?:has|have|had|did|does|do)\s*(?:not|n[o’']t)\s+(?:yet\s+)?(?:\w+ly\s+)?`;
const SHOW = String.raw`(?:shown|show|demonstrated?|established?|presented?|identified|identify|proven|prove|provided|articulated?|offered|met\s+(?:his|her|the)\s+burden|carried\s+(?:his|her)\s+burden|alleged?)`;

export const findingRules: CrRule<FindingHit>[] = [
  {
    id: 'cr/finding/not-shown',
    anchors: ['extraordinary', 'compelling'],
    // "Defendant has not shown extraordinary and compelling reasons", "fails to establish any extraordinary ..."
    pattern: new RegExp(String.raw`\b(?:${NOT}${SHOW}|(?:fails?|failed)\s+to\s+(?:\w+ly\s+)?(?:show|demonstrate|establish|present|identify|prove|meet))\b${NS}{0,140}?(?:${EC}|compelling)`, 'gi'),
    parse: () => ({ finding: 'not_found' }),
    priority: 50,
    examples: ['Defendant has not shown extraordinary and compelling reasons for release.', 'he fails to establish any extraordinary and compelling reason'],
    counterexamples: ['Defendant has shown extraordinary and compelling reasons.'],
  },
  {
    id: 'cr/finding/does-not-constitute',
    anchors: ['extraordinary', 'compelling'],
    // "these conditions do not amount to ... and as such do not present anything 'extraordinary or compelling'"
    pattern: new RegExp(String.raw`\b(?:do|does|did|would|could|can|is|are)\s*(?:not|n[o’']t)\s+(?:\w+\s+){0,2}?(?:amount to|constitute|rise to the level of|qualify as|present|establish|warrant|justify|meet|satisfy|be considered)\b${NS}{0,80}?${EC}|\b(?:no|not|neither|nothing)\s+(?:\w+\s+){0,3}?${EC}|\bis (?:not|insufficient)\b${NS}{0,40}?${EC}`, 'gi'),
    parse: (m, text) => (/\b(?:whether|if)\s+(?:\w+\s+){0,4}$/i.test(before(text, m.index, 40)) ? null : { finding: 'not_found' }),
    priority: 50,
    examples: ['do not present anything “extraordinary or compelling” militating in favor of release', 'his vaccination means his risk is not an extraordinary and compelling reason', 'There are no extraordinary and compelling reasons here.'],
    counterexamples: ['The Court finds that his conditions constitute extraordinary and compelling reasons.'],
  },
  {
    id: 'cr/finding/not-persuaded',
    anchors: ['extraordinary'],
    // "The Court is not persuaded that Defendant's conditions constitute extraordinary and compelling reasons"
    pattern: new RegExp(String.raw`\b(?:not persuaded|unpersuaded|not convinced|cannot conclude|cannot find|can ?not say|does not find|do not find|declines to find)\b${NS}{0,140}?${EC}`, 'gi'),
    parse: () => ({ finding: 'not_found' }),
    priority: 55,
    examples: ['The Court is not persuaded that Defendant’s conditions constitute extraordinary and compelling reasons.'],
    counterexamples: ['The Court is persuaded that extraordinary and compelling reasons exist.'],
  },
  {
    id: 'cr/finding/no-particular-risk',
    anchors: ['risk'],
    // Seed: "Defendant has not shown he suffers from any illnesses that place him at a particular increased risk"
    pattern: new RegExp(String.raw`\b${NOT}${SHOW}\b${NS}{0,120}?\b(?:increased|heightened|higher|elevated|particular(?:ized)?|serious|high|greater|unique)\s+risk\b`, 'gi'),
    parse: () => ({ finding: 'not_found' }),
    priority: 45,
    examples: ['Defendant has not shown he suffers from any illnesses that place him at a particular increased risk from the COVID-19 pandemic.'],
    counterexamples: ['He has shown a heightened risk from COVID-19.'],
  },
  {
    id: 'cr/finding/without-merit',
    anchors: ['without merit', 'unpersuasive'],
    // "His contentions are without merit."
    pattern: /\b(?:contentions|arguments|grounds|reasons)\s+(?:are|is)\s+(?:without merit|unpersuasive|meritless)\b/g,
    parse: () => ({ finding: 'not_found' }),
    priority: 30,
    examples: ['His contentions are without merit.'],
    counterexamples: ['His contentions have merit.'],
  },
  {
    id: 'cr/finding/found',
    anchors: ['extraordinary'],
    // "Defendant has demonstrated extraordinary and compelling reasons", "his conditions constitute extraordinary and compelling reasons",
    // "the Court finds that extraordinary and compelling reasons warrant a reduction"
    pattern: new RegExp(String.raw`\b(?:has|have)\s+(?:\w+ly\s+)?(?:shown|demonstrated|established|presented|met (?:his|her) burden)\b${NS}{0,100}?${EC}|\b(?:constitutes?|amounts? to|qualif(?:y|ies) as|rises? to the level of|presents?|establish(?:es)?)\s+(?:an?\s+|such\s+)?${EC}|\b${EC}\s+reasons?\s+(?:exist|warrant|justify|support)`, 'gi'),
    parse: (m, text) => {
      const lead = before(text, m.index, 60);
      if (NEGATED.test(lead) || /\b(?:not|no|n[’']t)\b/i.test(m[0]) || /\b(?:not persuaded|unpersuaded|not convinced|cannot (?:conclude|find)|does not find|do not find|declines to find)\b/i.test(lead) || /\b(?:whether|if|assum\w+|even if|argues?|contends?|must|may|can)\b[^.]{0,60}$/i.test(lead)) return null;
      return { finding: 'found' };
    },
    priority: 40,
    examples: ['Defendant has demonstrated extraordinary and compelling reasons for a reduction.', 'his medical conditions constitute extraordinary and compelling reasons', 'the Court finds that extraordinary and compelling reasons warrant a reduction'],
    counterexamples: ['these conditions do not constitute extraordinary and compelling reasons', 'whether his conditions constitute extraordinary and compelling reasons'],
  },
  {
    id: 'cr/finding/assumed',
    anchors: ['assum', 'even if', 'need not'],
    // "Even assuming Defendant's conditions are extraordinary and compelling, the § 3553(a) factors ..."
    pattern: new RegExp(String.raw`\b(?:assum\w+|even if|even were)\b${NS}{0,120}?${EC}|\bneed not (?:decide|determine|resolve|address|reach)\b${NS}{0,120}?${EC}|\b${EC}${NS}{0,60}?\b(?:assum\w+|without deciding)\b`, 'gi'),
    parse: () => ({ finding: 'assumed_without_deciding' }),
    priority: 60,
    examples: ['Even assuming that Defendant’s medical conditions present extraordinary and compelling reasons, the § 3553(a) factors weigh against release.', 'The Court need not decide whether extraordinary and compelling reasons exist'],
    counterexamples: ['Defendant has not shown extraordinary and compelling reasons.'],
  },
];
