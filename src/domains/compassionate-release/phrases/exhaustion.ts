/** Whether the defendant first asked the warden (18 U.S.C. § 3582(c)(1)(A)'s exhaustion requirement). */
import type { Exhaustion } from '../types.js';
import type { CrRule } from '../rule.js';
import { NEGATED, before } from '../rule.js';
/** Any character but a sentence-ending period ("Mr.", "No.", "U.S.C." do not end a sentence). */
const NS = String.raw`(?:[^.]|\.(?=\S)|(?<=\b(?:Mr|Ms|Mrs|Dr|No|Nos|Doc|Dkt|v|Cir|Supp|Stat|seq|U\.S\.C|U\.S\.S\.G|C\.F\.R|Id|id))\.)`;

const EXHAUST_OBJECT = String.raw`(?:exhaust\w*|warden|thirty days|30 days|administrative (?:remed\w+|request|rights|process)|prison (?:authorities|officials)|request(?:ed)? (?:for )?(?:compassionate release|a reduction|a sentence reduction)? ?(?:from|to|with) the (?:warden|Bureau|BOP))`;
const NOT = String.raw`(?:has|have|had|did|does|do)\s*(?:not|n[o’']t)\s+(?:yet\s+)?(?:\w+ly\s+)?`;
// "after the defendant has fully exhausted" (the statute, the AO 248 form) is a condition, not a finding.
const positive = (value: Exhaustion) => (m: RegExpExecArray, text: string) => (NEGATED.test(before(text, m.index, 50)) || /\b(?:after|until|once|before|unless)\s+(?:\w+\s+){0,3}$/i.test(before(text, m.index, 50)) ? null : value);

export const exhaustionRules: CrRule<Exhaustion>[] = [
  {
    id: 'cr/exhaustion/not-satisfied',
    anchors: ['exhaust'],
    // "Defendant has not exhausted", "he has failed to exhaust", "failed to satisfy § 3582(c)(1)(A)'s exhaustion requirement"
    pattern: new RegExp(String.raw`\b${NOT}(?:fully\s+|properly\s+)?exhausted?\b|\b(?:failed|fails|failure|failing)\s+to\s+(?:\w+ly\s+)?(?:exhaust|satisfy\s+${NS}{0,40}?exhaustion|comply\s+with\s+${NS}{0,40}?exhaustion)|\bunexhausted\b|\bexhaustion (?:requirement )?(?:has not been|is not|was not|had not been) (?:met|satisfied)\b`, 'gi'),
    parse: () => 'not_satisfied',
    priority: 50,
    examples: [
      { text: 'Here, Defendant has not exhausted his administrative remedies.' },
      { text: 'so he has failed to satisfy § 3582(c)(1)(A)’s exhaustion requirement' },
    ],
    counterexamples: ['Defendant has exhausted his administrative remedies.', 'The exhaustion requirement is satisfied.'],
  },
  {
    id: 'cr/exhaustion/not-shown',
    anchors: ['exhaust', 'warden', 'days', 'administrative'],
    // "Defendant has not shown that he exhausted", "has not demonstrated that he requested compassionate release from the warden",
    // "has made no showing that thirty days have passed", "does not allege that he has complied with ... exhaustion"
    pattern: new RegExp(String.raw`\b${NOT}(?:shown|show|demonstrated?|established?|alleged?|indicated?|presented|provided|offered|produced|submitted|proven|prove|asserted|claimed)\b${NS}{0,140}?${EXHAUST_OBJECT}|\b(?:failed|fails)\s+to\s+(?:show|demonstrate|establish|allege|prove)\b${NS}{0,140}?${EXHAUST_OBJECT}|\b(?:made|makes|make|offers|provides|presents|presented)\s+no\s+(?:showing|evidence|indication|record)\b${NS}{0,140}?${EXHAUST_OBJECT}|\bno (?:record|evidence|indication) (?:of|that)\b${NS}{0,80}?${EXHAUST_OBJECT}|\bnot (?:enough|sufficient) information\b${NS}{0,80}?exhaust|\b(?:did|does|has|have)\s*(?:not|n[o’']t)\s+(?:\w+ly\s+)?(?:submit|file|make|send|present)\w*\s+(?:a|any)\s+(?:\w+\s+){0,3}request\b|\bnever\s+(?:asked|submitted|requested|filed|sent|made)\b${NS}{0,80}?(?:warden|request|Bureau|BOP)`, 'gi'),
    parse: () => 'not_satisfied',
    priority: 50,
    examples: [
      'Defendant has not shown that he exhausted available administrative remedies',
      'defendant has not demonstrated that he requested compassionate release from the warden of his facility',
      'Here, Defendant has made no showing that thirty days have passed since such a request',
      'Because Defendant has failed to show he exhausted administrative remedies',
      'Defendant did not submit a request to the warden.',
      'he never asked the warden to file a motion on his behalf',
      'Defendant does not allege that he has complied with § 3582(c)(1)(A)’s exhaustion requirement',
    ],
    counterexamples: ['Defendant has shown that more than 30 days have passed since the warden received his request.'],
  },
  {
    id: 'cr/exhaustion/request-pending',
    anchors: ['review', 'pending', 'days'],
    // "that request is currently under administrative review", "his request to the warden remains pending",
    // "thirty days have not yet passed since the warden received it": the statute's clock has not run out.
    pattern: /\brequest\b[^.]{0,80}?\b(?:is|was|remains|remained)\s+(?:currently\s+|still\s+)?(?:under\s+(?:administrative\s+)?review|pending)\b|\b(?:30|thirty)\s+days\s+(?:have|had|has)\s+not\s+(?:yet\s+)?(?:passed|elapsed|lapsed|run)\b/gi,
    parse: (m, text) => (/\b(?:if|whether|unless|until)\b[^.]{0,40}$/i.test(before(text, m.index, 60)) ? null : 'not_satisfied'),
    priority: 45,
    examples: [
      'he filed an administrative request on April 27, 2020, and that request is currently under administrative review.',
      'Her request to the warden remains pending.',
      'Thirty days have not yet passed since the warden received his request.',
    ],
    counterexamples: ['The Court asked whether his request is still pending.', 'The request was granted in part.'],
    scopes: ['court', 'argument_defendant', 'history'],
  },
  {
    id: 'cr/exhaustion/satisfied',
    anchors: ['exhaust', 'days'],
    // "Defendant has exhausted his administrative remedies", "the exhaustion requirement is satisfied",
    // "more than 30 days have passed since the warden received his request"
    pattern: /\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+)?(?:exhausted|satisfied\s+(?:the|its|his|her|§[^.]{0,30})\s*(?:statutory\s+)?exhaustion)\b|\bexhaustion (?:requirement )?(?:is|has been|was|are|have been)\s+(?:\w+ly\s+)?(?:satisfied|met|fulfilled)\b|\b(?:satisfied|met|meets|satisfies)\s+(?:the|its|his|her|§[^.]{0,30})\s*(?:statutory\s+)?exhaustion requirement|\b(?:more than |over |at least )?(?:30|thirty) days (?:have|had) (?:passed|elapsed|lapsed|run)\b|\bhas satisfied the requirements of (?:that|the) statute\b|\b(?:properly|fully|adequately)\s+exhausted\b|\b(?:30|thirty) days (?:have |had )?(?:passed|elapsed|lapsed)\b/gi,
    parse: positive('satisfied'),
    priority: 40,
    examples: ['Defendant has exhausted his administrative remedies.', 'The exhaustion requirement is satisfied.', 'more than 30 days have passed since the warden received his request', 'Defendant properly exhausted his administrative remedies.'],
    counterexamples: ['Defendant has not exhausted his administrative remedies.'],
  },
  {
    id: 'cr/exhaustion/warden-denied',
    anchors: ['warden', 'bop denied'],
    // "That request was denied by the Acting Warden", "The warden denied his request on May 12, 2020"
    pattern: /\b(?:request|petition)\s+was\s+denied\s+by\s+the\s+(?:acting\s+)?warden\b|\bwarden\s+(?:\w+ly\s+)?(?:denied|rejected)\s+(?:his|her|the|Defendant[’']s)\s+(?:\w+\s+)?request\b|\b(?:BOP|Bureau of Prisons)\s+denied\s+(?:his|her|the)\s+(?:administrative\s+)?request/gi,
    parse: () => 'satisfied',
    priority: 30,
    examples: ['That request was denied by the Acting Warden on March 21, 2019', 'The warden denied his request on May 12, 2020.'],
    counterexamples: ['he never asked the warden'],
    scopes: ['court', 'history', 'argument_defendant'],
  },
  {
    id: 'cr/exhaustion/conceded',
    anchors: ['exhaust'],
    // "The Government concedes that Defendant has exhausted", "the government does not contest exhaustion"
    pattern: new RegExp(String.raw`\b(?:Government|government|United States|it)\s+(?:\w+ly\s+|also\s+)?(?:concedes|conceded|acknowledges|agrees|(?:does|did) not (?:dispute|contest|challenge|argue|raise|assert)|doesn[’']t (?:dispute|contest))\b${NS}{0,100}?\bexhaust|\bexhaustion is not (?:in dispute|disputed|contested)\b|\bundisputed that${NS}{0,60}?\bexhausted|\bparties agree that${NS}{0,60}?\bexhaust\w*`, 'gi'),
    parse: () => 'conceded_by_government',
    priority: 60,
    examples: ['The Government concedes that Defendant has exhausted his administrative remedies.', 'The government does not contest exhaustion.', 'The government acknowledges that Mr. Merriweather has exhausted his remedies.', 'it agrees that she exhausted her administrative remedies', 'The Government does not argue that Defendant failed to exhaust.', 'The parties agree that Defendant has satisfied the exhaustion requirement.'],
    counterexamples: ['The Government argues that Defendant has not exhausted.'],
    scopes: ['court', 'argument_government'],
  },
  {
    id: 'cr/exhaustion/waived',
    anchors: ['waive', 'forfeit'],
    // "the Government has waived the exhaustion requirement", "exhaustion ... forfeited"
    pattern: /\b(?:waived|waives|forfeited|forfeits)\s+(?:the\s+|any\s+|its\s+)?(?:statutory\s+)?(?:exhaustion|(?:objection|argument|defense)\s+(?:based on|regarding|to)\s+(?:the\s+)?exhaustion)|\bexhaustion\b[^.]{0,40}?\b(?:has been|is|was)\s+(?:waived|forfeited)\b/gi,
    parse: (m, text) => (/\b(?:not|n[’']t|cannot|can|may|could|would|declin\w+|refus\w+)\b[^.]{0,25}$/i.test(before(text, m.index, 60)) ? null : 'waived_or_forfeited'),
    priority: 55,
    examples: ['The Government has waived the exhaustion requirement.', 'the government expressly waives exhaustion'],
    counterexamples: ['the government filed a notice stating that it would not waive exhaustion of administrative remedies'],
    scopes: ['court', 'argument_government'],
  },
  {
    id: 'cr/exhaustion/excused',
    anchors: ['excuse', 'futil'],
    // "the Court excuses the exhaustion requirement", "exhaustion is excused as futile"
    pattern: /\b(?:excuses|excused|will excuse)\s+(?:the\s+|his\s+|her\s+)?(?:exhaustion|(?:failure|compliance)\s+(?:to|with)\s+[^.]{0,30}exhaust)|\bexhaustion (?:requirement )?(?:is|will be)\s+excused\b/gi,
    parse: (m, text) => (/\b(?:not|n[’']t|cannot|declin\w+|refus\w+|asks?|urges?)\b[^.]{0,30}$/i.test(before(text, m.index, 50)) ? null : 'excused'),
    priority: 55,
    examples: ['The Court therefore excuses the exhaustion requirement.', 'exhaustion is excused as futile'],
    counterexamples: ['The Court may not excuse exhaustion.', 'he asks the Court to excuse compliance with the exhaustion requirement'],
  },
];
