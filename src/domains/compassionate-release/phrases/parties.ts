/** Who moved and how: pro se or through counsel, the Director of the Bureau of Prisons. */
import type { CrRule } from '../rule.js';

export type PartyHit = { code: 'pro_se' | 'counsel' | 'letter' | 'bop_director' | 'government' };

export const partyRules: CrRule<PartyHit>[] = [
  {
    id: 'cr/movant/pro-se',
    anchors: ['pro se', 'pro-se'],
    // "Defendant's pro se Motion for Compassionate Release", "Defendant, pro se", "acting pro se"
    pattern: /\bpro[\s-]se\b/gi,
    parse: (m, text) => {
      // "pro se pleadings are construed liberally" speaks of the law, not of this motion.
      const near = text.slice(m.index, m.index + 40);
      if (/^pro[\s-]se (?:pleadings|filings|litigants|prisoners) (?:are|must)/i.test(near)) return null;
      return { code: 'pro_se' };
    },
    priority: 40,
    examples: ['Defendant’s pro se Motion for Compassionate Release', 'COPIES FURNISHED TO: Counsel of Record Defendant, pro se', 'acting pro se'],
    counterexamples: ['pro se pleadings are construed liberally', 'a prose poem'],
    scopes: ['court', 'argument_defendant', 'history', 'argument_government'],
    allowGeneric: false,
  },
  {
    id: 'cr/movant/through-counsel',
    anchors: ['counsel', 'defender', 'attorney'],
    // "a motion from counsel for defendant", "moved through counsel", "counseled motion", "the Federal Public Defender filed"
    pattern: /\b(?:motion from counsel|represented by counsel|through (?:his |her |appointed |retained )?(?:counsel|attorneys?)|counsel(?:ed)? motion|(?:his|her|defense|appointed) (?:counsel|attorney) filed (?:a|the|his|her) (?:motion|supplement|memorandum)|(?:Federal (?:Public|Community) Defender|FPD)(?: \([^)]*\))? (?:filed|moved|submitted) (?:a|the|an)\b)/gi,
    parse: () => ({ code: 'counsel' }),
    priority: 40,
    examples: ['The Court has received a motion from counsel for defendant', 'Defendant, through counsel, moves for compassionate release', 'a counseled motion'],
    counterexamples: ['filed two notices of no intention to supplement the pro se motion', 'the appointment of counsel'],
    scopes: ['court', 'argument_defendant'],
  },
  {
    id: 'cr/movant/letter-motion',
    anchors: ['letter'],
    // "defendant's letter form motion", "The Court construes Mr. Moore's letter as a motion"
    pattern: /\b(?:written|wrote|sent|filed|submitted|mailed)\s+(?:a|an)\s+(?:\w+\s+)?letter\b|\bletter(?:[\s-]form)?\s+(?:motion|request)\b|\bconstrues?\s+(?:[\w.]+[’']?s?\s+){0,3}letter\b|\bletter\s*\[?\(?(?:Doc|ECF|Dkt)/gi,
    parse: () => ({ code: 'letter' }),
    priority: 30,
    examples: ['defendant’s letter form motion asking for a sentence reduction', 'He has written a letter asking the court for compassionate release', 'The Court construes Mr. Moore’s letter as a motion'],
    counterexamples: ['a letter from the warden'],
    scopes: ['court', 'argument_defendant'],
  },
  {
    id: 'cr/movant/bop-director',
    anchors: ['director'],
    // "the Director of the Bureau of Prisons has moved for a reduction"
    pattern: /\b(?:Director of the (?:Federal )?Bureau of Prisons|BOP Director)[^.]{0,20}\b(?:has moved|moves|filed a motion|filed the motion)\b|\bat the request of the Director of the (?:Federal )?Bureau of Prisons\b/g,
    parse: () => ({ code: 'bop_director' }),
    priority: 40,
    examples: ['The Director of the Bureau of Prisons has moved to reduce the defendant’s sentence.', 'filed at the request of the Director of the Bureau of Prisons'],
    counterexamples: ['upon motion of the Director of the Bureau of Prisons, or upon motion of the defendant'],
    scopes: ['court', 'argument_government'],
  },
  {
    id: 'cr/movant/government',
    anchors: ['government'],
    // "the Government's motion to reduce Defendant's sentence under § 3582(c)(1)(A)"
    pattern: /\b(?:Government|government|United States)[’']s\s+(?:\w+\s+)?motion\s+(?:to\s+reduce|for\s+(?:a\s+)?(?:reduction|compassionate release|sentence reduction))/g,
    parse: () => ({ code: 'government' }),
    priority: 40,
    examples: ['Before the Court is the Government’s motion to reduce Defendant’s sentence under 18 U.S.C. § 3582(c)(1)(A).'],
    counterexamples: ['the Government’s motion to dismiss'],
    scopes: ['court', 'argument_government'],
  },
];

export type GovernmentHit = { position: 'opposed' | 'unopposed' };

export const governmentRules: CrRule<GovernmentHit>[] = [
  {
    id: 'cr/government/opposes',
    anchors: ['oppos', "opp'n", 'opp’n'],
    // "The Government opposes the motion", "filed a response in opposition", "which is opposed by the Government", "Gov't Opp'n"
    pattern: /\b(?:Government|government|United States)\s+(?:\w+ly\s+|also\s+)?(?:opposes|opposed|has opposed|objects)\b|\b(?:response|memorandum|brief)s?\s+in\s+opposition\b|\brespond(?:s|ed)?\s+in\s+opposition\b|\b(?:filed|submitted)\s+(?:an?\s+|its\s+)?(?:opposition|objection)\b|\bopposed by the (?:Government|government|United States)\b|\bGov(?:[’']t|ernment)[’']?s?\.?\s+(?:Mem\.\s+in\s+)?Opp(?:[’']n|osition)\b/g,
    parse: (m, text) => (/\b(?:not|no)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index)) ? null : { position: 'opposed' }),
    priority: 40,
    examples: ['The government opposes defendant’s early release.', 'The United States responded in opposition (Doc. # 80).', 'The Government filed an opposition (ECF No. 104).', 'The Government filed a response in opposition (#428).', 'which is opposed by the Government [Doc. 170]', 'Gov’t Opp’n at 3'],
    counterexamples: ['The Government does not oppose the motion.'],
    scopes: ['court', 'argument_government', 'history'],
    allowGeneric: true,
  },
  {
    id: 'cr/government/unopposed',
    anchors: ['oppose', 'unopposed', 'objection', 'consents'],
    // "The Government does not oppose", "unopposed motion", "the government has no objection"
    pattern: /\b(?:Government|government|United States)\s+(?:\w+ly\s+)?(?:does not|did not|do not|doesn[’']t)\s+oppose\b|\bunopposed\b|\b(?:Government|government)\s+(?:has no objection|consents)\b/g,
    parse: () => ({ position: 'unopposed' }),
    priority: 45,
    examples: ['The Government does not oppose the motion.', 'Defendant’s unopposed motion for compassionate release'],
    counterexamples: ['The Government opposes the motion.'],
    scopes: ['court', 'argument_government'],
    allowGeneric: true,
  },
];
