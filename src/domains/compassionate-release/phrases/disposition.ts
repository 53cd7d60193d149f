/** How the court rules on a motion: decretal phrases, the title, AO 248 checkboxes. */
import type { Disposition } from '../../../order/types.js';
import type { CrRule } from '../rule.js';
import { after } from '../rule.js';

export type DispositionHit = { disposition: Disposition; form: 'passive' | 'active' | 'title' | 'checkbox' | 'deferred' | 'cannot' };

/** Read "DENIED" + "without prejudice" / "as moot" / "for lack of jurisdiction" / "in part". */
function classify(verb: string, tail: string): Disposition {
  const v = verb.toLowerCase();
  const t = tail.toLowerCase();
  if (/\bmoot\b/.test(t) && !/\bnot moot\b/.test(t)) return 'moot';
  if (v.startsWith('grant') || v === 'sustains') return /\bin part\b/.test(t) || /\bin part\b/.test(v) ? 'granted_in_part' : 'granted';
  // "DENIED IN PART and GRANTED IN PART"
  if (/\bin part\b/.test(t) && /\bgrant/.test(t)) return 'granted_in_part';
  if (v.startsWith('dismiss')) return /without prejudice/.test(t) ? 'dismissed_without_prejudice' : 'dismissed';
  if (v.startsWith('defer')) return 'deferred';
  if (v.startsWith('withdr')) return 'withdrawn';
  return /without prejudice/.test(t) ? 'denied_without_prejudice' : 'denied';
}

export const dispositionRules: CrRule<DispositionHit>[] = [
  {
    id: 'cr/disposition/passive',
    anchors: ['granted', 'denied', 'dismissed', 'deferred', 'withdrawn', 'moot', 'sustained', 'overruled'],
    // "Motion for Compassionate Release, Doc. No. 55, is DENIED." / "the motion will be denied without prejudice"
    pattern: /\b(?:is|are|be|hereby)\b,?\s+(?:(?:and\s+)?(?:hereby|is|are)\b,?\s+)*(?:hereby\s+|therefore\s+|accordingly\s+)?[*_]{0,2}(GRANTED|DENIED|DISMISSED|DEFERRED|WITHDRAWN|SUSTAINED|OVERRULED|granted|denied|dismissed|deferred|withdrawn|sustained|overruled|Granted|Denied|Dismissed|moot|MOOT)\b/g,
    parse: (m, text) => {
      const tail = after(text, m.index + m[0].length, 120);
      const lead = text.slice(Math.max(0, m.index - 20), m.index);
      // "the request has been denied by the warden" is not this court's ruling; "is denied" after "request" by BOP either.
      if (/\bby the (?:acting )?warden\b/i.test(tail.slice(0, 30))) return null;
      if (/\b(?:has|have|had)\s+$/i.test(lead)) return null;
      // "show cause why his motion should not be denied" is not a ruling.
      if (/\bnot\s+$/i.test(lead)) return null;
      const v = m[1].toLowerCase();
      const verb = v === 'moot' ? 'denied as moot' : v === 'sustained' ? 'granted' : v === 'overruled' ? 'denied' : m[1];
      return { disposition: classify(verb, m[1].toLowerCase() === 'moot' ? 'moot' : tail.slice(0, 60)), form: 'passive' };
    },
    priority: 50,
    examples: [
      { text: 'Defendant’s pro se Motion for Compassionate Release, Doc. No. 55, is DENIED.', expect: { disposition: 'denied' } },
      { text: 'is DENIED without prejudice to refile his motion', expect: { disposition: 'denied_without_prejudice' } },
      { text: 'the motion is dismissed without prejudice.', expect: { disposition: 'dismissed_without_prejudice' } },
      { text: 'Defendant’s motion will be denied.', expect: { disposition: 'denied' } },
      { text: 'IT IS ORDERED that the motion be, and hereby is, DENIED.', expect: { disposition: 'denied' } },
      { text: 'Motion for Compassionate Release, Doc. No. 55, is **DENIED**.', expect: { disposition: 'denied' } },
      { text: 'the motion is GRANTED IN PART', expect: { disposition: 'granted_in_part' } },
      { text: 'the motion is denied as moot', expect: { disposition: 'moot' } },
      { text: 'the motion is DENIED IN PART and GRANTED IN PART as set out below', expect: { disposition: 'granted_in_part' } },
      { text: 'defendant’s Motion To Reduce Sentence (Doc. #388) is SUSTAINED.', expect: { disposition: 'granted' } },
    ],
    counterexamples: ['That request was denied by the Acting Warden on March 21, 2019.', 'his request has been denied'],
  },
  {
    id: 'cr/disposition/active',
    anchors: ['denies', 'grants', 'dismisses', 'deny', 'grant', 'overrules', 'sustains'],
    // "the Court DENIES Defendant's motion without prejudice" / "I shall deny the Motion" / "the Court sustains defendant's motion"
    pattern: /\b(?:[Cc]ourt|COURT|I)\s+(?:hereby\s+|therefore\s+|thus\s+|accordingly\s+|now\s+|must\s+|will\s+|shall\s+|must therefore\s+|will therefore\s+)*(DENIES|GRANTS|DISMISSES|DENY|GRANT|DISMISS|denies|grants|dismisses|deny|grant|dismiss|overrules|sustains|OVERRULES|SUSTAINS)\b(?!\s+(?:a|the)\s+certificate)/g,
    parse: (m, text) => {
      const tail = after(text, m.index + m[0].length, 200);
      if (/^\s+(?:relief|a hearing|leave|the government|the Government)\b/.test(tail) && !/motion/i.test(tail.slice(0, 40))) return null;
      const verb = m[1].toLowerCase() === 'overrules' ? 'denies' : m[1];
      return { disposition: classify(verb, tail), form: 'active' };
    },
    priority: 50,
    examples: [
      { text: 'For the reasons set forth below, the Court DENIES Defendant’s motion without prejudice.', expect: { disposition: 'denied_without_prejudice' } },
      { text: 'I shall deny the Motion.', expect: { disposition: 'denied' } },
      { text: 'The Court will DENY the motion.', expect: { disposition: 'denied' } },
      { text: 'For reasons stated below, the Court sustains defendant’s motion.', expect: { disposition: 'granted' } },
      { text: 'the Court overrules defendant’s motion.', expect: { disposition: 'denied' } },
    ],
    counterexamples: ['this Court denies a certificate of appealability in this case', 'the court denied his first motion'],
  },
  {
    id: 'cr/disposition/active-object',
    anchors: ['denies', 'grants', 'dismisses'],
    // "This Court having considered the parties' submissions, ... denies Defendant's motion." / "... and denies the motion"
    pattern: /\b(DENIES|GRANTS|DISMISSES|denies|grants|dismisses)\s+(?:the\s+|this\s+|his\s+|her\s+|[Dd]efendant[’']s\s+|[A-Z][\w-]+[’']s\s+)(?:[\w-]+\s+){0,4}?(?:motion|request|petition|Motion)\b/g,
    parse: (m, text) => {
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      // "The Government denies ..." is a party speaking.
      if (/\b(?:Government|government|Defendant|defendant|he|she)\s+(?:\w+\s+)?$/.test(lead)) return null;
      return { disposition: classify(m[1], after(text, m.index + m[0].length, 120)), form: 'active' };
    },
    priority: 45,
    examples: [
      { text: 'This Court having considered the parties’ submissions, and for the reasons discussed below, denies Defendant’s motion.', expect: { disposition: 'denied' } },
      { text: 'The Court interprets the motion as a request for compassionate release and denies the motion as discussed below.', expect: { disposition: 'denied' } },
    ],
    counterexamples: ['The defendant denies the allegations in the petition’s first count.'],
  },
  {
    id: 'cr/disposition/endorsement',
    anchors: ['motion', 'application', 'request'],
    // A memo endorsement: "Application DENIED. SO ORDERED." / "MOTION GRANTED."
    pattern: /\b(?:Motion|MOTION|Application|APPLICATION|Request|REQUEST)\s+(DENIED|GRANTED)\b([^\n]{0,60})/g,
    parse: (m) => ({ disposition: classify(m[1], m[2]), form: 'passive' }),
    priority: 45,
    examples: [{ text: 'Application DENIED. SO ORDERED.', expect: { disposition: 'denied' } }],
    counterexamples: ['the motion was denied in 2020'],
  },
  {
    id: 'cr/disposition/title',
    anchors: ['order'],
    // "ORDER DENYING MOTION FOR COMPASSIONATE RELEASE WITHOUT PREJUDICE"
    pattern: /^(?:[A-Z&,' ]+ )?ORDER (DENYING|GRANTING|DISMISSING|DEFERRING)\b([^\n]{0,200})/gm,
    parse: (m) => {
      // "ORDER GRANTING MOTION TO SEAL AND DENYING MOTION FOR COMPASSIONATE RELEASE": the verb that governs the release motion.
      const parts = (m[1] + m[2]).split(/\b(?=(?:DENYING|GRANTING|DISMISSING|DEFERRING)\b)/);
      const part = parts.find((x) => /COMPASSIONATE|REDUC|RELEASE|3582/.test(x)) ?? parts[0];
      const verb = /^(\w+)/.exec(part)![1];
      return { disposition: classify(verb, part.slice(verb.length)), form: 'title' };
    },
    priority: 40,
    examples: [
      { text: 'ORDER DENYING MOTION FOR COMPASSIONATE RELEASE WITHOUT PREJUDICE', expect: { disposition: 'denied_without_prejudice' } },
      { text: 'OPINION AND ORDER GRANTING DEFENDANT’S MOTION FOR COMPASSIONATE RELEASE', expect: { disposition: 'granted' } },
    ],
    counterexamples: ['The Order denying the motion was entered', 'ORDER ON MOTION FOR COMPASSIONATE RELEASE'],
  },
  {
    id: 'cr/disposition/checkbox',
    anchors: ['☒', '☑', '✔', '✓', '[x]', '(x)', '[ x ]'],
    // AO 248: "☒ DENIED after complete review of the motion on the merits." / "[X] GRANTED"
    pattern: /(?:☒|☑|✔|✓|\[\s*[Xx✓✔]\s*\]|\(\s*[Xx]\s*\))\s*(GRANTED|DENIED|DEFERRED|DISMISSED)\b([^\n]{0,120})/g,
    parse: (m) => ({ disposition: classify(m[1], m[2]), form: 'checkbox' }),
    priority: 60,
    examples: [
      { text: '☒ DENIED after complete review of the motion on the merits.', expect: { disposition: 'denied' } },
      { text: '[X] GRANTED', expect: { disposition: 'granted' } },
      { text: '☒ DENIED WITHOUT PREJUDICE to the defendant’s right to file a motion after exhausting', expect: { disposition: 'denied_without_prejudice' } },
    ],
    counterexamples: ['☐ GRANTED', '[ ] DENIED after complete review of the motion on the merits.'],
  },
  {
    id: 'cr/disposition/deferred',
    anchors: ['show cause', 'abeyance', 'defer', 'supplement', 'would grant'],
    // "Defendant shall show cause why his Motion ... should not be denied"; "holds the motion in abeyance"
    pattern: /\bshow cause why\b[^;]{0,200}?\bshould not be (?:denied|dismissed|granted)|\b(?:hold|holds|will hold)\s+(?:the|this|his|her|Defendant[’']s|case)?\s*(?:\w+\s+){0,3}in abeyance|\b(?:DEFERS|defers|will defer)\s+(?:ruling|a ruling|decision|consideration)|\bwould grant\b[^.]{0,120}?\bif\b/g,
    parse: (m, text) => (/\b(?:motion|request)\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ? null : { disposition: 'deferred', form: 'deferred' }),
    priority: 45,
    examples: [
      { text: 'Defendant shall show cause why his Motion for Compassionate Release, dkt. 181, should not be denied without prejudice', expect: { disposition: 'deferred' } },
      { text: 'The Court holds the motion in abeyance pending supplementation.' },
    ],
    counterexamples: ['Defendant’s motion to hold case in abeyance [Doc. 172]', 'the Court would deny relief'],
  },
  {
    id: 'cr/disposition/cannot-grant',
    anchors: ['cannot grant', 'can not grant', 'unable to grant', 'must deny'],
    // "the court cannot grant the relief Wilder requests"
    pattern: /\b(?:court|Court|I)\s+(?:cannot|can not|is unable to|must)\s+(?:grant the relief|grant (?:his|her|the) (?:motion|request)|deny the motion)\b/g,
    parse: () => ({ disposition: 'denied', form: 'cannot' }),
    priority: 40,
    examples: [{ text: 'the court cannot grant the relief Wilder requests', expect: { disposition: 'denied' } }],
    counterexamples: ['the court may grant the relief'],
  },
  {
    id: 'cr/disposition/interim',
    anchors: ['shall', 'must', 'directed', 'ordered'],
    // "the defendant shall submit a letter describing his efforts to exhaust" (an interim order: nothing decided yet)
    pattern: /\b(?:shall|must|is (?:ORDERED|ordered|directed) to|are (?:ORDERED|ordered|directed) to)\s+(?:file|submit|provide)\s+(?:a|an|his|her|its|the)?\s*(?:\w+\s+){0,3}(?:supplement\w*|response|letter|notice|brief|memorandum|status report|records)\b/g,
    parse: () => ({ disposition: 'deferred', form: 'deferred' }),
    priority: 20,
    examples: [{ text: 'Defendant shall submit a letter describing his efforts to exhaust.', expect: { disposition: 'deferred' } }],
    counterexamples: ['The Government filed a response in opposition.'],
  },
];
