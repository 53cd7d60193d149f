/** Denial reasons said in so many words (the rest follow from the exhaustion, E&C, § 3553(a) and danger codes). */
import type { DenialReason } from '../types.js';
import type { CrRule } from '../rule.js';

export const reasonRules: CrRule<DenialReason>[] = [
  {
    id: 'cr/reason/no-authority-home-confinement',
    anchors: ['home confinement', 'cares act', 'place of'],
    // "The Court has no jurisdiction to grant defendant any relief under the CARES Act." /
    // "the Court lacks authority to order home confinement" / "the BOP has sole authority over home confinement"
    pattern: /\b(?:no|lacks?|without|not have|does not have)\s+(?:the\s+)?(?:authority|jurisdiction|power)\s+(?:to\s+)?[^.]{0,60}?\b(?:home confinement|CARES Act|place of (?:confinement|imprisonment))|\bhome confinement\b[^.]{0,80}?\b(?:solely|exclusively|squarely) (?:within|with|allocated to) (?:the )?(?:BOP|Bureau)|\b(?:BOP|Bureau of Prisons)[^.]{0,30}\b(?:sole|exclusive) (?:authority|discretion)\b[^.]{0,60}?home confinement|\b(?:cannot|can ?not|may not|is unable to)\s+(?:\w+\s+){0,2}(?:order|direct|grant|place)\b[^.]{0,60}?home confinement/gi,
    parse: () => 'no_authority_home_confinement',
    priority: 60,
    examples: ['The Court has no jurisdiction to grant defendant any relief under the CARES Act.', 'the Court lacks authority to order that he serve his sentence on home confinement'],
    counterexamples: ['he asks to be released to home confinement'],
  },
  {
    id: 'cr/reason/no-jurisdiction',
    anchors: ['jurisdiction'],
    // "the motion to reduce sentence is DISMISSED for lack of jurisdiction", "the Court lacks jurisdiction"
    pattern: /\b(?:lacks?|lacking|without|no|does not have|is without)\s+(?:subject[- ]matter\s+)?jurisdiction\b|\bfor (?:a )?lack of (?:subject[- ]matter )?jurisdiction\b|\bdivest\w*\b[^.]{0,40}\bjurisdiction/gi,
    parse: (m, text) => {
      const sentence = text.slice(Math.max(0, m.index - 120), m.index + 160);
      return /home confinement|CARES Act|place of (?:confinement|imprisonment)/i.test(sentence) ? null : 'no_jurisdiction';
    },
    priority: 50,
    examples: ['the motion to reduce sentence is DISMISSED for lack of jurisdiction.', 'The Court lacks jurisdiction to consider the motion.'],
    counterexamples: ['the exhaustion requirement is not jurisdictional', 'The Court has jurisdiction.'],
  },
];
