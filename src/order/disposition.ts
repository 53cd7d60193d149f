/**
 * The disposition phrase table. Each rule reads one way a court words what it did with a motion
 * ("is DENIED", "the Court GRANTS", "DENIED WITHOUT PREJUDICE", "DISMISSED for lack of jurisdiction",
 * "DENIED AS MOOT", "held in abeyance", "WITHDRAWN"). Whether the phrase is the court's own ruling is
 * not decided here: the scope refiner (scope.ts) does that once for every phrase.
 */
import type { Hit, Rule, RuleSet } from '../engine/types.js';
import type { Disposition, MotionKind, Movant } from './types.js';
import { movantOf } from './motions/movant.js';
import type { ScopedPhrase } from './scope.js';

export interface DispositionValue {
  disposition: Disposition;
  voice: ScopedPhrase['voice'];
  /** Offset of the verb in the text. */
  verbAt: number;
  /** Weak phrases (directions to file, show cause) only count when nothing else decides the motion. */
  weak?: boolean;
  /** A consequence that decides only motions of these kinds ("the statements are inadmissible": suppress). */
  kinds?: MotionKind[];
  /** ... and only the motion of this side ("summary judgment is appropriate as to all defendants"), with its words. */
  side?: { movant: Movant; span: [number, number]; existing?: boolean };
}

// Text that may sit between a verb and its qualifier without ending the sentence ("Doc. No. 5" is fine).
// A stop ends the gap when a sentence follows ("denied. Leave to appeal ... is denied as moot"); abbreviations
// do not ("Doc. No. 5", "Fed. R. Civ. P. 12", "U.S.C.").
// (a single line end is a wrap: "is DENIED\nwithout prejudice")
const GAP_CHAR = `[^.;\\n]|\\n(?![ \\t]*\\n)|\\.(?!\\s+(?:IT\\b|[A-Z][a-z]*\\b(?!\\.)))`;
const GAP = `(?:${GAP_CHAR}){0,120}?`;
// The same gap that does not run over a second ruling: "Motion for Stay is denied and the Petition is
// dismissed without prejudice" qualifies the dismissal only.
const GAP_ONE = `(?:(?!\\b(?:DENIED|DENIES|denied|denies|GRANTED|GRANTS|granted|grants|DISMISSED|DISMISSES|dismissed|dismisses)\\b)(?:${GAP_CHAR})){0,120}?`;
// The bare verb "dismiss" rules only after the court's own subject: "We (also) dismiss" · "the Court will dismiss" · "I
// DISMISS" (a party's "move to dismiss" or "asks the Court to dismiss" never does; `make` checks the subject, which a
// lookbehind here would test at every position of the text). Capture group: the verb.
const COURT_DISMISS = `\\b(dismiss|DISMISS|Dismiss)\\b`;
// (or the court's second verb: "this court will approve and adopt the Report and Recommendation, and will dismiss")
const COURT_BEFORE_DISMISS = /\b(?:[Ww]e|WE|I|[Cc]ourt|COURT)\s+(?:(?:also|hereby|therefore|thus|accordingly|further|now|will|shall|must|HEREBY)\s+)*$|\b(?:[Ww]e|I|[Cc]ourt)\s+(?:will|shall|must|hereby)\s+[^.;]{0,120}?\band\s+(?:will\s+|shall\s+|hereby\s+)?$/;

// The side a conclusion names: "all defendants" · "the Government" · "Plaintiffs"
const SIDE_WORDS = '(Defendants?|defendants?|Plaintiffs?|plaintiffs?|Government|government|Respondents?|respondents?|Petitioners?|petitioners?)';
const SIDE = `(?:all\\s+|each\\s+of\\s+)?(?:the\\s+)?(?:remaining\\s+)?${SIDE_WORDS}\\b`;

/** Words one of which must occur for a disposition's rules to run. */
const ANCHORS: Record<Disposition, string[]> = {
  granted: ['grant', 'sustain', 'allow', 'transferred', 'approv'],
  granted_in_part: ['in part', 'in-part', 'except', 'but only'],
  denied: ['den', 'overrul', 'disallow'],
  denied_without_prejudice: ['prejudice', 'leave to re', 'subject to'],
  dismissed_without_prejudice: ['prejudice'],
  dismissed: ['dismiss', 'transfer'],
  moot: ['moot', 'academic'],
  deferred: ['abeyance', 'defer', 'advisement', 'reserve', 'continued', 'show cause', 'direct', 'shall file', 'shall submit', 'ordered to', 'carried', 'taken up', 'unless', 'will be', 'shall be'],
  withdrawn: ['withdrawn'],
};

const SEEKS_EXTENT = /\bto\s+the\s+extent\s+(?:it|he|she|they|the\s+motion|[A-Z][\w'’]+)\s+(?:seeks|requests|asks|moves)\b/g;

/** "granted" and "allowed" are one ruling, "denied" and "disallowed" the other. */
const grantish = (verb: string): boolean => /^(?:grant|allow)/i.test(verb);

function voiceOf(verb: string): ScopedPhrase['voice'] {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return 'gerund';
  if (v.endsWith('ed') || v === 'moot' || v === 'withdrawn' || v === 'held' || v.startsWith('taken')) return 'passive';
  return 'active';
}

function make(disposition: Disposition, confidence: number, opts: { weak?: boolean; verbGroup?: number } = {}) {
  return (m: RegExpExecArray): Omit<Hit<DispositionValue>, 'rule' | 'priority'> | null => {
    // (the verb is the rule's first capture that took part: alternatives put it in different groups)
    const verb = (opts.verbGroup ? m[opts.verbGroup] : m.slice(1).find((g) => g !== undefined)) ?? m[0];
    const verbAt = m.index + m[0].indexOf(verb);
    // "to dismiss" names a motion, it does not dismiss anything.
    if (/^dismiss/i.test(verb) && /\bto\s+$/i.test(m.input.slice(Math.max(0, verbAt - 4), verbAt))) return null;
    // ... and the bare verb is the court's only after its own subject ("We dismiss", not "Plaintiffs dismiss their claims").
    if (/^dismiss$/i.test(verb) && !COURT_BEFORE_DISMISS.test(m.input.slice(Math.max(0, verbAt - 160), verbAt))) return null;
    // ... and not on a condition still to be met: "the Court will dismiss this case in ninety (90) days if there is no motion
    // to substitute" · "will dismiss the petition unless the fee is paid"
    if (/^dismiss$/i.test(verb) && /^[^.;]{0,100}?\b(?:if|unless|should|absent)\b/i.test(m.input.slice(verbAt + 7, verbAt + 110))) return null;
    // "the grant of summary judgment" · "the district court's grant of the motion" is a noun, a ruling recited.
    if (/^grant$/i.test(verb) && (/^\s+of\b/i.test(m.input.slice(verbAt + 5, verbAt + 9)) || /(?:\b(?:the|a|its|this|that|their|his|her)|['’]s)\s+$/i.test(m.input.slice(Math.max(0, verbAt - 12), verbAt)))) return null;
    return { value: { disposition, voice: opts.weak ? 'noun' : voiceOf(verb), verbAt, weak: opts.weak }, span: [m.index, m.index + m[0].length], confidence };
  };
}

const rule = (
  id: string,
  disposition: Disposition,
  pattern: RegExp,
  priority: number,
  examples: string[],
  counterexamples: string[],
  opts: { weak?: boolean; confidence?: number } = {},
): Rule<DispositionValue> => ({
  id: `disposition/${id}`,
  anchors: ANCHORS[disposition],
  pattern,
  parse: make(disposition, opts.confidence ?? 0.9, opts),
  priority,
  examples,
  counterexamples,
});

export const dispositionRules: Rule<DispositionValue>[] = [
  // "GRANTED IN PART AND DENIED IN PART" · "the Court GRANTS in part" · "is granted in part"
  // "GRANTED-IN-PART and HELD-IN-ABEYANCE in part" (hyphens, as some courts print the phrase)
  // (also with commas, "GRANTED, in part, and DENIED, in part", and docket text's "granting in part and denying in part")
  rule('granted-in-part', 'granted_in_part', /\b(GRANTED|GRANTS?|granting|ALLOWED|allowed)[\s,-]+in[\s-]+part\b(?:\s*,?\s*(?:and\s+)?(?:DENIED|denies|deny|denying)[\s,-]+in[\s-]+part\b)?|\b(DENIED|DENIES|deny|denying)[\s,-]+in[\s-]+part\b(?:\s*,?\s*(?:and\s+)?(?:GRANTED|grants?|granting)[\s,-]+in[\s-]+part\b)?/gi, 60,
    ['the motion is GRANTED IN PART AND DENIED IN PART', 'the Court GRANTS in part', 'the motion is GRANTED-IN-PART and HELD-IN-ABEYANCE in part', 'the motion is ALLOWED in part', 'is GRANTED, in part, and DENIED, in part', 'ORDER granting in part and denying in part 60 Motion to Compel'], ['granted in its entirety', 'allowed to participate in part of the hearing']),
  // A grant limited right after its object: "The Court GRANTS Plaintiff's Motion for Extension of Time [Doc. 30], but only
  // to the extent that Plaintiff shall have until November 3" · "is granted, but only as to the subpoena"
  rule('granted-but-only', 'granted_in_part', new RegExp(`\\b(GRANTED|GRANTS|granted|grants|granting|ALLOWED|allowed|allows)\\b${GAP_ONE},?\\s+but\\s+only\\s+(?:to\\s+the\\s+extent|insofar\\s+as|in\\s+so\\s+far\\s+as|as\\s+to|with\\s+respect\\s+to|in\\s+part)\\b`, 'g'), 58,
    ["The Court GRANTS Plaintiff's Motion for Extension of Time [Doc. 30], but only to the extent that Plaintiff shall have until November 3", 'The motion is granted, but only as to the subpoena served on the bank', 'is GRANTED but only insofar as it seeks a protective order'],
    ['is granted. But only the Court may set the date', 'GRANTED to the extent it seeks a hearing']),
  // The verb and "in part" apart, the motion between: "The Court will grant the motion to dismiss in part and deny it in
  // part" · "the Court GRANTS Defendant's motion in part" · "denies the motion in part"
  rule('granted-in-part-object', 'granted_in_part', /\b(GRANTS?|grants?|granting|GRANTING|DENIES|DENY|denies|deny|denying|DENYING)\s+(?:(?:it|them|IT|THEM)\s+in\s+part\b|(?:the|this|that|his|her|its|their|[\w.'’-]+['’]s?)\s+(?:[\w.'’()-]+\s+){0,8}?(?:[Mm]otions?|MOTIONS?|[Pp]etitions?|[Aa]pplications?|[Rr]equests?|[Oo]bjections?|it|them)(?:\s+(?:to|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:\s*\([^)]{0,30}\))?\s+in\s+part\b)/g, 60,
    ['The Court will grant the motion to dismiss in part and deny it in part', "the Court GRANTS Defendant's motion in part", 'the Court denies the motion for summary judgment (ECF No. 40) in part', 'the Court grants the motion in part and denies it in part', 'The Court GRANTS the Motion in part and adjourns the report date'], ['grants the motion in its entirety', 'the Court grants the motion. In part, this is because']),
  // One motion granted as to some claims and denied as to others: "is GRANTED as to Count I and DENIED as to
  // Count II" · "is granted with respect to the ADA claim, but denied in all other respects"
  {
    id: 'disposition/granted-as-to-denied-as-to',
    anchors: ['as to', 'respect to', 'insofar', 'to the extent', 'on the', 'on issue', 'on claim', 'on count'],
    // (also "DENIED on the issue of liability and GRANTED on the issue of damages" · "ALLOWED as to ... and DISALLOWED as to")
    // (a qualifier may follow the first verb: "GRANTED WITHOUT LEAVE TO AMEND as to the fraud claim and DENIED as to")
    pattern: /\b(GRANTED|granted|DENIED|denied|ALLOWED|allowed|DISALLOWED|disallowed)(?:,?\s+(?:with|without|WITH|WITHOUT)\s+(?:leave\s+to\s+amend|LEAVE\s+TO\s+AMEND|prejudice|PREJUDICE),?)?\s+(?:as\s+to|with\s+respect\s+to|insofar\s+as|to\s+the\s+extent|on\s+(?:the\s+)?(?:issues?|question|claims?|counts?)\b)[^.;]{0,160}?(?:,\s*|\s+)(?:and|but)\s+(?:is\s+|are\s+)?(?:otherwise\s+)?(DENIED|denied|GRANTED|granted|ALLOWED|allowed|DISALLOWED|disallowed)\b/g,
    // (two reliefs of one filing, each with its own ruling, are left to the two verbs: "DENIED to the extent it seeks
    // compassionate release and GRANTED to the extent it seeks a reduction under Amendment 821" decides two reliefs)
    parse: (m) =>
      grantish(m[1]) === grantish(m[2]) || (m[0] + m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)).match(SEEKS_EXTENT)?.length === 2 ? null : { value: { disposition: 'granted_in_part', voice: 'passive', verbAt: m.index }, span: [m.index, m.index + m[0].length], confidence: 0.9 },
    priority: 60,
    examples: [
      { text: 'the motion is GRANTED as to Count I and DENIED as to Count II', expect: { disposition: 'granted_in_part' } },
      'is denied to the extent it seeks damages, but granted as to the claim for an injunction',
      'is granted with respect to the ADA claim, and denied in all other respects',
      'is DENIED on the issue of liability and GRANTED on the issue of damages',
      'is ALLOWED as to the contract claim and DISALLOWED as to the fraud claim',
      'The motion to dismiss is GRANTED WITHOUT LEAVE TO AMEND as to the fraud claim and DENIED as to the contract claim',
      'is granted, with prejudice, as to Count III, and denied as to Count IV',
    ],
    counterexamples: ['is GRANTED as to Count I and GRANTED as to Count II', 'is denied as to Count I. The Court granted'],
  },
  // A ruling with an exception decides the motion in part: "is DENIED except as to Interrogatory No. 7" · "is granted
  // except with respect to the request for fees"
  rule('except-as-to', 'granted_in_part', /\b(DENIED|denied|GRANTED|granted)[\s,]+(?:in\s+all\s+respects\s+)?except\s+(?:as\s+to|with\s+respect\s+to|insofar\s+as|to\s+the\s+extent|for)\b/g, 60,
    ['is DENIED except as to Interrogatory No. 7', 'is granted except with respect to the request for fees', 'The motion is DENIED in all respects except as to the subpoena'], ['is DENIED. Except as to costs, each party', 'denied, except that the deadline is extended']),
  // "DENIED AS MOOT" · "is denied as moot" · "the Court DENIES ... as moot" · "is MOOT" · New York's "denied as academic"
  // (also "is TERMINATED as moot" · "is hereby deemed MOOT" · "the Court FINDS AS MOOT Defendant's Motion" · docket text
  // "ORDER finding as moot 31 Motion to Compel" · a title's "AND RENDERING AS MOOT PLAINTIFF'S MOTION")
  rule('denied-as-moot', 'moot', new RegExp(`(?:\\b(DENIED|DENIES|deny|DISMISSED|dismisses|denying|TERMINATED|terminates|terminating|DISREGARDED|disregarded|DISREGARDS|disregards|disregarding|DISREGARDING)\\b|${COURT_DISMISS})${GAP_ONE}\\bas[\\s-]+(?:moot|academic)\\b|\\b(?:is|are)\\s+(?:(?:hereby|therefore|thus|accordingly|now|also|likewise|consequently)\\s+)*(?:deemed\\s+)?(MOOT|moot)\\b|\\b(FINDS|finds|FINDING|finding|RENDERING|rendering)\\s+(?:as\\s+)?moot\\b(?!\\s+(?:because|since|as|that|where)\\b)` +
    // "is rendered moot by the amended complaint" · "has become moot" · "the Court finds Plaintiff's Motion (ECF 35) moot"
    `|\\b(?:is|are|has|have)\\s+(?:been\\s+|now\\s+|hereby\\s+)*(?:rendered|become|deemed)\\s+(?:as\\s+)?(MOOT|moot)\\b` +
    `|\\b(FINDS|finds|DEEMS|deems)\\s+(?:the\\s+|[\\w.'’ -]{1,40}?['’]s?\\s+)(?:[\\w-]+\\s+){0,8}?(?:motions?|requests?|applications?|petitions?)\\b(?:${GAP_CHAR}){0,60}?\\s(?:to\\s+be\\s+)?moot\\b`, 'gi'), 55,
    ['the motion is DENIED AS MOOT', 'the Court DENIES the motion for counsel as moot', 'is hereby MOOT', 'is TERMINATED as moot in light of the renewed request', 'the Motion to Dismiss (ECF No. 12) is DENIED-AS-MOOT', 'his motion (ECF No. 150) is therefore moot', 'is hereby deemed MOOT', "The Court FINDS AS MOOT Defendant's Motion for Expedited Hearing", 'ORDER finding as moot 31 Motion to Compel', "AND RENDERING AS MOOT PLAINTIFF'S MOTION FOR A STAY", "We also dismiss appellees' motion to dismiss as moot", 'The motion (ECF No. 10) is rendered moot by the amended complaint', "Plaintiff's 44 Motion to Amend is RENDERED AS MOOT", "the Court finds Plaintiff's Motion for Extension of Time [#35] moot"],
    ['the moot question', 'Defendants move to dismiss the complaint as moot', 'Motion for Compassionate Release [Doc. 80] is DENIED, and his Motion to Appoint Counsel [Doc. 81] is DENIED']),
  // "DENIED WITHOUT PREJUDICE" · "the Court DENIES Defendant's motion without prejudice"
  // (also leave to file again: "Denied, with leave to renew within 30 days" · "is DENIED with leave to refile" · "DENIED,
  // subject to renewal"; and a motion
  // closed on the docket with leave to bring it again: "is terminated without prejudice to its renewal")
  rule('denied-without-prejudice', 'denied_without_prejudice', new RegExp(`\\b(DENIED|DENIES|deny|denying|TERMINATED|terminated|TERMINATES|terminates|terminating|TERMINATE|terminate)\\b${GAP_ONE}\\b(?:without|w\\/o)\\s+(?:\\d{1,2}\\s+)?prejudice\\b|\\b(DENIED|DENIES|deny|denying)\\b${GAP_ONE}\\bwith\\s+leave\\s+to\\s+(?:renew|refile|re-file|resubmit|re-?submit)\\b|\\b(DENIED|DENIES|deny|denying)\\b${GAP_ONE}\\bsubject\\s+to\\s+(?:its\\s+)?(?:renewal|refiling|re-filing|being\\s+(?:renewed|refiled))\\b`, 'gi'), 50,
    ['is DENIED without prejudice to refiling', 'the motion is DENIED, subject to renewal at trial', 'The Court denies the request subject to refiling after discovery', 'Defendant\'s motion is denied, subject to being renewed once the record is complete', 'the Court DENIES Defendant\'s motion (Doc. No. 5) without prejudice', 'the request is hereby denied, without prejudice to renewal', 'Denied, with leave to renew within 30 days', 'the pending motion to dismiss [22] is terminated without prejudice to its renewal', 'the motion is DENIED with leave to refile after the deposition', 'The Court denies the Motion to Seal (Doc. 71), with leave to resubmit it'],
    ['DENIED. The dismissal of the indictment was without prejudice', 'the Motion for Stay is denied and the Petition is dismissed without prejudice']),
  // "DISMISSED WITHOUT PREJUDICE" · "the Court dismisses the motion without prejudice"
  rule('dismissed-without-prejudice', 'dismissed_without_prejudice', new RegExp(`\\b(DISMISSED|DISMISSES|dismiss|dismissing)\\b${GAP_ONE}\\b(?:without|w\\/o)\\s+(?:\\d{1,2}\\s+)?prejudice\\b`, 'gi'), 50,
    ['the motion is dismissed without prejudice', 'the Motion for Stay is denied and the Petition is dismissed without prejudice'], ['dismissed with prejudice', 'the claims are dismissed, and the motion is denied without prejudice']),
  // "DISMISSED for lack of jurisdiction" · "the court dismisses the motion for lack of jurisdiction"
  rule('dismissed-lack-of-jurisdiction', 'dismissed', new RegExp(`\\b(DISMISSED|DISMISSES|dismiss|dismissing)\\b${GAP_ONE}\\b(?:for\\s+(?:a\\s+)?)?lack\\s+of\\s+(?:subject[\\s-]+matter\\s+)?jurisdiction`, 'gi'), 50,
    ['the motion to reduce sentence is DISMISSED for lack of jurisdiction'], ['lack of jurisdiction']),
  // "the Court hereby TRANSFERS Petitioner's motion to the Tenth Circuit" (a successive § 2255: no jurisdiction here)
  rule('transferred', 'dismissed', /\b(TRANSFERS?|transfers?|TRANSFERRED|transferred)\b(?=[^.;\n]{0,120}\b(?:Court\s+of\s+Appeals|Circuit)\b)/g, 45,
    ['the Court hereby TRANSFERS Petitioner\'s motion to the Tenth Circuit'], ['transferred to FCI Butner']),
  // An action sent to another trial court grants the motion to transfer it: "this action is TRANSFERRED to the Southern
  // District of New York" · "the actions listed on Schedule A ... are transferred to the District of Vermont" (a
  // multidistrict panel's centralization); not a transfer to the court of appeals (above), nor a prisoner's transfer.
  rule('transferred-to-court', 'granted', /\b(?:action|actions|case|cases|matter|proceedings?|suit|litigation)\b(?:[^.;]|\.(?=\S)){0,160}?\b(?:is|are)[\s,]+(?:hereby\s+)?(TRANSFERRED|transferred)\b(?=\s+to\s+(?:the\s+)?(?:United\s+States\s+District\s+Court|(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\b|[A-Z][\w.]+\s+(?:County|Division)\b))/g, 44,
    ['this action is TRANSFERRED to the Southern District of New York', 'the actions listed on Schedule A are transferred to the District of Vermont', 'the case is hereby transferred to the United States District Court for the District of Utah', 'the actions listed on Schedule A be, and the same hereby are, transferred to the Northern District of California'], ['he was transferred to FCI Butner', 'the motion is transferred to the Court of Appeals', 'the petition is transferred to the District of Kansas']),
  // "held in abeyance" · "the Court DEFERS ruling" · "is STAYED pending"
  // (also "taken under advisement" · "the Court will hold the motion in abeyance" · "RESERVES ruling on" · "Ruling on the
  // motion is DEFERRED" · "is CONTINUED to August 14, 2023", a tentative ruling's hearing moved)
  rule('deferred', 'deferred', new RegExp(String.raw`\b(held|HELD)\s+(?:IN\s+ABEYANCE|in\s+abeyance)|\b(DEFERS?|defers?|DEFERRED|deferred)\s+(?:ruling|consideration|decision|a\s+ruling)|\b(DEFERS?|defers?|DEFERRING|Deferring|deferring)\s+(?=(?:(?:the|its|[\w.'’-]+['’]s?)\s+)?(?:[\w-]+\s+){0,3}?(?:motions?|MOTIONS?|Motions?|petitions?|PETITIONS?|applications?|requests?)\b)|\b(?:is|are)\s+(?:hereby\s+)?(DEFERRED|deferred)\b(?!\s+(?:prosecution|sentencing|compensation))|\b(hold|holds|HOLD|HOLDS)\s+${GAP}\s+in\s+abeyance\b|\b(taken|TAKEN)\s+(?:UNDER\s+ADVISEMENT|under\s+advisement)|\b(took|takes|will\s+take|TAKES|TOOK)\s+${GAP}\s*under\s+advisement|\b(RESERVES?|reserves?)\s+(?:ruling|RULING|judgment|decision)\s+on\b|\b(?:is|are)\s+(?:hereby\s+)?(RESERVED|reserved)\b(?!\s+(?:to|for)\b)|\b(?:is|are)\s+(?:hereby\s+)?(CONTINUED|continued)\s+(?:to|until)\s+(?:[A-Z][a-z]+\.?\s+\d|\d)` +
    // "The motion to dismiss the appeal is CARRIED with the case" · "will be taken up at the final pretrial conference" ·
    // "The motion will be GRANTED unless, within fourteen days, Plaintiff shows cause" · "will be granted after substitute
    // counsel enters an appearance" · "shall be granted upon the filing of a signed consent"
    String.raw`|\b(?:is|are|be)\s+(?:hereby\s+)?(CARRIED|carried)\s+with\s+the\s+(?:case|appeal)\b|\b(?:will|shall)\s+be\s+(taken\s+up)\s+(?:at|during|with)\b|\b(?:will|shall)\s+be\s+(GRANTED|granted|DENIED|denied|DISMISSED|dismissed)\s*,?\s+(?:unless|after|once|upon\s+(?:the\s+)?(?:filing|receipt|submission|entry|appearance|payment|completion|production|notice))\b`, 'g'), 45,
    ['the motion is held in abeyance', 'the Court DEFERS ruling on the motion', 'The motion is taken under advisement', 'the Court will hold the motion in abeyance pending', 'The Court RESERVES ruling on the motion', 'Ruling on the motion is DEFERRED', 'The hearing on the motion is CONTINUED to August 14, 2023', 'The Court will hold Plaintiff\'s Motion (Doc. No. 71) in abeyance', 'heard argument and took the motion under advisement', 'The motion to dismiss the appeal is CARRIED with the case', 'The motions in limine will be taken up at the final pretrial conference', 'The motion will be GRANTED unless, within fourteen days, Plaintiff shows cause', 'A decision on the motions in limine is RESERVED until oral argument', 'Ruling on the motion is reserved pending the hearing', 'The motion to exclude is hereby reserved until trial', 'The motion will be granted after substitute counsel enters an appearance', 'the motion to withdraw shall be granted once new counsel appears', 'The application will be granted upon the filing of a signed consent', "the Court defers defendants' motion for partial judgment on the pleadings", "ORDER DEFERRING DEFENDANTS' MOTION FOR PARTIAL JUDGMENT"], ['deferred prosecution agreement', 'the Court defers to the agency', 'deferring to the magistrate judge', 'a deferred compensation plan', 'jurisdiction is reserved to enforce the settlement', 'all rights are reserved for trial', 'the case continued for years', 'he was held without bail']),
  // A filing struck from the docket is not decided on its merits; it may come back: "Plaintiff's Motion to Compel (Doc. 27)
  // is STRICKEN for failure to confer" · "the motion is stricken off call" · "the Court STRIKES Defendant's motion (ECF
  // No. 40)"; the subject must be the filing itself, not what a motion to strike asked to strike ("the affirmative
  // defenses are STRICKEN" grants that motion: not this rule).
  {
    id: 'disposition/stricken',
    anchors: ['stricken', 'struck', 'strikes'],
    pattern: /\b(?:motions?|Motions?|MOTIONS?|applications?|Applications?|requests?|Requests?|petitions?|Petitions?|filings?|it)\b(?:\s+(?:to|for)\s+[\w'’ -]{2,60}?)?(?:\s*[([][^)\]\n]{1,40}[)\]])?,?\s+(?:is|are|be|shall\s+be|will\s+be)\s+(?:hereby\s+)?(STRICKEN|stricken|STRUCK|struck)\b|\b(?:Court|court|I)\s+(?:hereby\s+)?(STRIKES|strikes|will\s+strike)\s+(?:the\s+|[\w.'’ -]{1,40}?['’]s?\s+)(?:[\w-]+\s+){0,3}?(?:motions?|Motions?|applications?|Applications?|filings?|requests?|Requests?)\b/g,
    parse: (m) => {
      const verb = m[1] ?? m[2];
      const verbAt = m.index + m[0].lastIndexOf(verb);
      return { value: { disposition: 'dismissed_without_prejudice', voice: m[1] ? 'passive' : 'active', verbAt }, span: [m.index, m.index + m[0].length], confidence: 0.75 };
    },
    priority: 45,
    examples: [
      { text: 'Plaintiff\'s Motion to Compel (Doc. 27) is STRICKEN for failure to comply with Local Rule 37(a)', expect: { disposition: 'dismissed_without_prejudice' } },
      { text: 'IT IS HEREBY ORDERED: Plaintiff\'s Motion is stricken off call.', expect: { disposition: 'dismissed_without_prejudice' } },
      { text: 'the Court STRIKES Defendant\'s supplemental motion (ECF No. 40) as filed without leave', expect: { disposition: 'dismissed_without_prejudice' } },
    ],
    counterexamples: ['the affirmative defenses are STRICKEN', 'the Court strikes paragraphs 4 through 9 of the complaint', 'Defendant asks that the exhibits be stricken'],
  },
  // The movant's own withdrawal, which the order notes: "Plaintiff has withdrawn her motion to compel" · "counsel for
  // Defendant withdrew the motion on the record" · "Plaintiff having filed a notice withdrawing her motion"
  {
    id: 'disposition/party-withdrew',
    anchors: ['withdr'],
    pattern: /\b(?:has|have|having)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?(withdrawn)\s+(?:his|her|its|their|the|that|this)\s+(?:[\w'’-]+\s+){0,6}?(?:motions?|Motions?|requests?|applications?|petitions?)\b|\b(withdrew)\s+(?:his|her|its|their|the|that|this)\s+(?:[\w'’-]+\s+){0,6}?(?:motions?|Motions?|requests?|applications?|petitions?)\b|\bnotice\s+(?:of\s+withdrawal\s+of|withdrawing)\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,6}?(?:motions?|Motions?|requests?|applications?|petitions?)\b/g,
    parse: (m) => {
      // (the Court withdrawing its own order is not this: "the Court withdrew its order")
      if (/\b(?:Court|court|I|we|We)\s+(?:has\s+|have\s+)?$/.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      // (nor a withdrawal of part, which leaves the rest pending: "withdrew his motions for a judgment of acquittal as to
      // Counts Two, Five, and Six")
      if (/^[^.;]{0,60}?\b(?:as\s+to|with\s+respect\s+to|insofar\s+as\s+(?:it|they)\s+(?:relates?|concerns?))\s+(?:Counts?|Claims?|Requests?|Interrogator(?:y|ies)|Paragraphs?|the\s+(?:\w+\s+)?(?:count|claim|request))\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 120))) return null;
      const at = m[1] || m[2] ? m.index + m[0].indexOf((m[1] ?? m[2])!) : m.index;
      return { value: { disposition: 'withdrawn', voice: 'noun', verbAt: at }, span: [m.index, m.index + m[0].length], confidence: 0.75 };
    },
    priority: 45,
    examples: [
      { text: 'Plaintiff has withdrawn her motion to compel (ECF No. 44)', expect: { disposition: 'withdrawn' } },
      { text: 'At the hearing, counsel for Defendant withdrew the Motion to Compel (ECF No. 55)', expect: { disposition: 'withdrawn' } },
      { text: 'Plaintiff having filed a notice withdrawing her motion for a preliminary injunction', expect: { disposition: 'withdrawn' } },
    ],
    counterexamples: ['the motion to withdraw as counsel', 'the Court withdrew its order of May 1', 'by letter, Defendant withdrew his motions for a judgment of acquittal as to Counts Two, Five, and Six'],
  },
  // "is WITHDRAWN" · "deemed withdrawn" · "is terminated as withdrawn"
  rule('withdrawn', 'withdrawn', /\b(?:is|are|be|deemed|as|marked)\s+(?:(?:hereby|therefore|accordingly|thus|now)\s+)*(WITHDRAWN|withdrawn)\b/g, 45,
    ['the motion is deemed withdrawn', 'ECF No. 581 is WITHDRAWN', 'The motion is therefore WITHDRAWN'], ['withdrawn from the market']),
  // Massachusetts and First Circuit usage: "the motion is ALLOWED" · "Defendant's Motion to Dismiss is allowed" ·
  // "The Court ALLOWS the motion"; not "is allowed to file" (a permission) nor "allowed the jury to hear".
  rule('allowed', 'granted', /\b(ALLOWED|ALLOWS|ALLOWING)\b(?![ \t]+(?:TO|to)\b)|(?<=\b(?:is|are|be|hereby)\s+)(allowed)\b(?!\s+to\b)/g, 40,
    ['the motion to dismiss is ALLOWED', 'Defendants\' motion for summary judgment is allowed.', 'the Court ALLOWS the motion'], ['Plaintiff is allowed to file a reply', 'the trial judge allowed the jury to hear']),
  // ... and in lower case after the court: "the Court allows that motion" · "I will allow the motion"; not "the Court
  // allows Plaintiff to amend" (a permission, no filing named) nor "allows for".
  rule('court-allows', 'granted', /\b(?:Court|court|I|We|we)\s+(?:(?:hereby|therefore|accordingly|will|shall|now|also)\s+)*(allows?)\b(?!\s+(?:for\b|[\w'’]+\s+to\b))/g, 40,
    ['the Court allows that motion', 'I will allow the motion to amend', 'The Court therefore allows Defendant\'s motion'], ['the Court allows Plaintiff to amend', 'the statute allows for a reduction', 'the Court allows for some delay']),
  // Bankruptcy and settlement usage: "the Motion is APPROVED" · "the Application is approved as set forth herein" ·
  // "The Court APPROVES the Motion"; not "approved by the Bureau of Prisons" nor "the warden approved".
  rule('approved', 'granted', /\b(APPROVED|APPROVES|APPROVING)\b|(?<=\b(?:is|are|be|hereby)\s+)(approved)\b(?!\s+by\b)|(?<=\b(?:Court|court)\s+(?:hereby\s+)?)(approves)\b/g, 40,
    ['the Motion is APPROVED as set forth herein', 'the Application is hereby approved', 'The Court APPROVES the Motion'], ['his release plan was approved by the Bureau of Prisons', 'the warden approved the request', 'a form approved by the Judicial Conference']),
  // "the motion is DISALLOWED" · "Plaintiff's motion to amend is disallowed"
  rule('disallowed', 'denied', /\b(DISALLOWED|DISALLOWS|disallowed)\b/g, 40,
    ['the motion is DISALLOWED', 'the motion to amend is disallowed'], ['allowed']),
  // "is DENIED" · "the Court DENIES" · "the Court will deny" · "ORDER DENYING" · "the Court overrules defendant's motion"
  // (Title case too, as older opinions print rulings: "the motions ... are Denied"; "Denied." alone)
  rule('denied', 'denied', /\b(DENIED|DENIES|DENY|DENYING|Denying|Denied|Denies|denied|denies|deny|denying)\b/g, 40,
    ['the motion is DENIED', 'the Court denies the motion', 'the motions to strike and for sanctions are Denied'], ['denial', 'undeniable']),
  // Overruling denies a filing only when one is named beside it: "Defendant's objection is OVERRULED" · "the Court
  // overrules defendant's motion" · "Objections overruled."; a precedent is overruled too ("the plaintiff never demanded
  // that Arco Industries be overruled", "we overrule Smith v. Jones").
  {
    id: 'disposition/overruled',
    anchors: ['overrul', 'reject'],
    pattern: new RegExp(
      `\\b(?:objections?|Objections?|OBJECTIONS?|motions?|Motions?|MOTIONS?|exceptions?|Exceptions?|demurrers?|Demurrers?|pleas?|requests?|Requests?|petitions?|applications?)\\b(?:${GAP_CHAR}){0,100}?\\b(?:(?:is|are|be|hereby|and|therefore|accordingly)\\s+)*(OVERRULED|Overruled|overruled)\\b` +
        `|\\b(OVERRULES?|Overrules?|overrules?|OVERRULING|overruling)\\s+(?:the\\s+|all\\s+|each\\s+of\\s+|[\\w.'’ -]{1,40}?['’]s?\\s+)(?:[\\w-]+\\s+){0,3}?(?:objections?|Objections?|motions?|Motions?|exceptions?|demurrers?|pleas?|requests?|petitions?|applications?)\\b` +
        // (an objection rejected is overruled: "ORDER REJECTING PLAINTIFF'S OBJECTIONS, ADOPTING ... REPORT" · "the objections
        // are rejected")
        `|\\b(REJECTS?|Rejects?|rejects?|REJECTING|Rejecting|rejecting)\\s+(?:the\\s+|THE\\s+|all\\s+|[\\w.'’ -]{1,40}?['’][sS]?\\s+)(?:[\\w-]+\\s+){0,2}?(?:objections?|Objections?|OBJECTIONS?)\\b` +
        `|\\b(?:objections?|Objections?|OBJECTIONS?)\\b(?:${GAP_CHAR}){0,60}?\\b(?:is|are)\\s+(?:hereby\\s+)?(REJECTED|rejected)\\b`,
      'g',
    ),
    parse: (m) => {
      const verb = m[1] ?? m[2] ?? m[3] ?? m[4];
      const verbAt = m.index + m[0].lastIndexOf(verb);
      return { value: { disposition: 'denied', voice: voiceOf(verb), verbAt }, span: [m.index, m.index + m[0].length], confidence: 0.85 };
    },
    priority: 40,
    examples: [
      { text: "Defendant's objection to the report is OVERRULED", expect: { disposition: 'denied' } },
      { text: "the Court overrules defendant's motion for a new trial", expect: { disposition: 'denied' } },
      { text: 'Objections overruled.', expect: { disposition: 'denied' } },
      { text: "Defendant's Motion to Reconsider (Doc. 52) is OVERRULED.", expect: { disposition: 'denied' } },
      { text: "OPINION AND ORDER REJECTING PLAINTIFF'S OBJECTIONS, ADOPTING MAGISTRATE JUDGE'S REPORT", expect: { disposition: 'denied' } },
      { text: "Plaintiff's objections are rejected.", expect: { disposition: 'denied' } },
    ],
    counterexamples: ['the plaintiff never demanded that Arco Industries be overruled', 'the Court rejects this argument', 'the jury rejected the objection defense', 'we overrule Smith v. Jones to the extent it holds otherwise', 'that decision was overruled in 1998'],
  },
  // "is GRANTED" · "the Court GRANTS" · "ORDER GRANTING" · "is Granted"; not "Granted, the record is thin" (admittedly)
  // nor "Grant" (a name).
  rule('granted', 'granted', /\b(GRANTED|GRANTS|GRANT|GRANTING|Granting|Granted(?!,)|Grants|granted|grants|grant|granting|SUSTAINED|SUSTAINS|SUSTAINING|Sustained|sustained|sustains|sustaining)\b/g, 40,
    ['the motion is GRANTED', 'the Court grants the motion', 'the Court sustains defendant\'s motion', 'we grant the petition', 'The petition is Granted.'], ['the grantee', 'Grantham', 'we affirm the grant of summary judgment', "the district court's grant of the motion", 'Granted, the record is thin', 'Grant v. Ames']),
  // "is DISMISSED" · "the Court dismisses" · "is Dismissed"
  // (also the bare verb after the court's own subject: "We dismiss the motion for a stay" · "the Court will dismiss the
  // petition"; never "to dismiss", which names a motion or a party's request)
  rule('dismissed', 'dismissed', new RegExp(`\\b(DISMISSED|DISMISSES|DISMISSING|Dismissing|Dismissed|Dismisses|dismissed|dismisses|dismissing)\\b|${COURT_DISMISS}`, 'g'), 40,
    ['the petition is DISMISSED', 'the court dismisses the motion', 'The complaint is Dismissed.', "We dismiss the appellant's motion for a stay", 'the Court will dismiss the petition', 'I therefore DISMISS the application', 'this court will approve and adopt the Report and Recommendation, and will dismiss the petition'],
    ['Motion to Dismiss', 'We move to dismiss the appeal', 'asks the Court to dismiss the claim', 'Defendants dismiss the argument', 'the Court will hear argument, and the parties may then dismiss the claim', 'the Court will dismiss this case in ninety (90) days if there is no motion to substitute']),
  // The court's own refusal: "the court cannot grant the relief Wilder requests" · "the Court declines to grant the motion"
  {
    id: 'disposition/cannot-grant',
    anchors: ['grant'],
    pattern: /\b(Court|court|I)\s+(?:cannot|can\s*not|must\s+decline\s+to|declines?\s+to|will\s+not|does\s+not)\s+grant\s+(?:the\s+|this\s+|his\s+|her\s+|(?:the\s+)?defendant['’]s\s+|any\s+)?(?:relief|motion|request|petition)\b/g,
    parse: (m) => ({ value: { disposition: 'denied', voice: 'noun', verbAt: m.index }, span: [m.index, m.index + m[0].length], confidence: 0.7 }),
    priority: 45,
    examples: [{ text: 'the court cannot grant the relief Wilder requests', expect: { disposition: 'denied' } }, 'the Court declines to grant the motion'],
    counterexamples: ['the Court may grant the motion', 'the Court can grant relief'],
  },
  // The court's resolve, worded with an infinitive: "the Court exercises its discretion to deny relief" · "the Court is
  // constrained to grant the motion" · "I have no choice but to dismiss the petition"; not "asks the Court to deny".
  {
    id: 'disposition/court-resolves-to',
    anchors: ['to deny', 'to grant', 'to dismiss'],
    pattern: /\b(?:Court|court|I|We|we)\s+(?:(?:hereby|therefore|accordingly|thus|will|shall|must|now)\s+)*(?:exercises?\s+(?:its|my|our)\s+discretion|(?:is|am|are|feels?)\s+(?:compelled|constrained|obliged|bound)|(?:has|have)\s+no\s+(?:choice|option)\s+but|elects?|decides?|(?:has|have)\s+decided|chooses?)\s+to\s+(deny|grant|dismiss)\b/g,
    parse: (m) => ({ value: { disposition: m[1] === 'deny' ? 'denied' : m[1] === 'grant' ? 'granted' : 'dismissed', voice: 'noun', verbAt: m.index }, span: [m.index, m.index + m[0].length], confidence: 0.75 }),
    priority: 46,
    examples: [
      { text: 'the Court exercises its discretion to deny relief', expect: { disposition: 'denied' } },
      { text: 'the Court is constrained to grant the motion', expect: { disposition: 'granted' } },
      { text: 'I have no choice but to dismiss the petition', expect: { disposition: 'dismissed' } },
    ],
    counterexamples: ['Defendant asks the Court to deny the motion', 'the Court has discretion to deny relief'],
  },
  // An indicative ruling while an appeal is pending: "the Court states that it would grant defendant's motion"
  {
    id: 'disposition/indicative-ruling',
    anchors: ['would grant', 'would deny'],
    pattern: /\b(Court|court)\s+(?:states|indicates|finds|advises)\s+that\s+it\s+would\s+(?:grant|deny)\b/g,
    parse: (m) => ({ value: { disposition: 'deferred', voice: 'noun', verbAt: m.index }, span: [m.index, m.index + m[0].length], confidence: 0.7 }),
    priority: 45,
    examples: [{ text: 'the Court states that it would grant defendant\'s motion if the court of appeals remands', expect: { disposition: 'deferred' } }],
    counterexamples: ['the Court would grant'],
  },
  // A ruling held over a deadline, the condition first: "Should Plaintiff fail to respond by that date, the motion will be
  // granted as unopposed" · "If Defendant fails to file a reply within 14 days, his petition will be denied" · "If new
  // counsel does not appear by May 21, the Motion to Withdraw will be granted": the court waits (as "will be GRANTED
  // unless ..." does).
  {
    id: 'disposition/deferred-if-fails',
    anchors: ['fail', 'not'],
    pattern: /\b(?:Should|If|In\s+the\s+event(?:\s+that)?)\s+[^.;:]{1,80}?\b(?:fails?\s+to|(?:does|do|did)\s+not)\s+(?:[^.;:]|\.(?=[\dA-Za-z]|\s\d)){1,160}?,\s+(?:(?:the|this|that|such|its|his|her|their|[A-Z][\w'’.-]*)\s+)(?:[\w'’-]+\s+){0,3}?(?:motions?|petitions?|applications?|requests?|Motions?|Petitions?|Applications?|Requests?)\b[^,;.()]{0,60}?\s(?:\([^()]{0,40}\)\s+)?(?:will|shall|may)\s+be\s+(?:GRANTED|granted|DENIED|denied|DISMISSED|dismissed)\b/g,
    parse: (m) => ({ value: { disposition: 'deferred', voice: 'noun', verbAt: m.index }, span: [m.index, m.index + m[0].length], confidence: 0.7 }),
    priority: 45,
    examples: [
      { text: 'Should Plaintiff fail to respond by that date, the motion will be granted as unopposed.', expect: { disposition: 'deferred' } },
      { text: 'If Petitioner fails to file a reply within 14 days, his petition will be denied without further notice.', expect: { disposition: 'deferred' } },
      { text: 'In the event that Defendants fail to show cause by June 2, the Motion for Default Judgment (ECF No. 19) will be granted.', expect: { disposition: 'deferred' } },
      { text: 'If substitute counsel does not appear under L.R. 83.2(c) by May 21, the Motion to Withdraw will be granted.', expect: { disposition: 'deferred' } },
      { text: 'If the parties do not file a joint status report within 30 days, the motion to stay will be denied.', expect: { disposition: 'deferred' } },
    ],
    counterexamples: ['If the complaint fails to state a claim, the motion to dismiss is granted.', 'Should Plaintiff fail to respond, the case will be dismissed.'],
  },
  // A memorandum that gives the reasons for an order already entered: "the Court reconfirms its Order of May 28
  // denying defendants' motion" · "the Court reaffirms its prior ruling granting" · "I adhere to my order denying"
  {
    id: 'disposition/reaffirms-order',
    anchors: ['confirm', 'affirm', 'adhere'],
    pattern: /\b(?:Court|court|I|We|we)\s+(?:hereby\s+)?(?:re-?confirms?|re-?affirms?|confirms?|adheres?\s+to)\s+(?:its|my|our|the)\s+(?:prior\s+|earlier\s+|bottom-line\s+|oral\s+)?(?:Order|order|ruling|Memorandum\s+Order)\b[^.;]{0,80}?\b(denying|granting|DENYING|GRANTING)\b/g,
    parse: (m) => {
      // The verb is the reaffirming one ("reconfirms"): the gerund after it tells what the order did.
      const verbAt = m.index + m[0].search(/(?:re-?confirm|re-?affirm|confirm|adhere)/);
      return { value: { disposition: /^deny/i.test(m[1]) ? 'denied' : 'granted', voice: 'active', verbAt }, span: [m.index, m.index + m[0].length], confidence: 0.8 };
    },
    priority: 45,
    examples: [
      { text: "the Court reconfirms its Order of May 28, 2004 denying defendants' motion", expect: { disposition: 'denied' } },
      { text: 'For these reasons, the Court reaffirms its prior ruling granting the motion to compel', expect: { disposition: 'granted' } },
      { text: 'I adhere to my order denying the application', expect: { disposition: 'denied' } },
    ],
    counterexamples: ['the Court of Appeals affirmed the judgment denying relief', 'the Court confirms that it received the motion'],
  },
  // A rehearing granted as its consequence: "IT IS ORDERED that the above cause shall be reheard by this court en banc" ·
  // "the appeal will be reheard by the en banc court" (it decides a petition for rehearing)
  {
    id: 'disposition/reheard',
    anchors: ['reheard'],
    pattern: /\b(?:cause|case|appeal|appeals|matter|petition|action)\s+(?:is\s+to|shall|will)\s+be\s+(reheard|REHEARD)\b/g,
    parse: (m) => ({ value: { disposition: 'granted', voice: 'noun', verbAt: m.index + m[0].length - m[1].length, kinds: ['reconsideration'] }, span: [m.index, m.index + m[0].length], confidence: 0.75 }),
    priority: 45,
    examples: [
      { text: 'IT IS ORDERED that the above cause shall be reheard by this court en banc', expect: { disposition: 'granted' } },
      'the appeal will be reheard by the en banc court',
      'this case is to be reheard en banc',
    ],
    counterexamples: ['the motion was reheard in 2019', 'Whether the case should be reheard is for the full court'],
  },
  // A ruling worded as its consequence for the evidence, which decides a motion to suppress or in limine:
  // "I hold that the statements made by defendant are inadmissible" · "the evidence seized from the car is hereby
  // SUPPRESSED" · "the Court concludes that the identification testimony shall be excluded"
  {
    id: 'disposition/evidence-excluded',
    anchors: ['inadmissible', 'suppressed', 'excluded'],
    pattern: /\b(?:I|[Tt]he\s+[Cc]ourt|[Ww]e)\s+(?:therefore\s+|accordingly\s+|thus\s+)?(?:hold|holds|find|finds|conclude|concludes|rule|rules|order|orders)\s+that\s+[^.;]{0,200}?\b(?:is|are|shall\s+be|must\s+be|will\s+be)\s+(inadmissible|suppressed|excluded)\b|\b(?:is|are)\s+(?:hereby\s+)?(SUPPRESSED|suppressed|EXCLUDED)\b/g,
    parse: (m) => {
      const verb = m[1] ?? m[2];
      const verbAt = m.index + m[0].lastIndexOf(verb);
      return { value: { disposition: 'granted', voice: 'noun', verbAt, kinds: ['suppress', 'in_limine'] }, span: [m.index, m.index + m[0].length], confidence: 0.75 };
    },
    priority: 45,
    examples: [
      { text: 'I hold that the statements made by defendant are inadmissible under Rule 410', expect: { disposition: 'granted' } },
      'the evidence seized from the trunk is hereby SUPPRESSED',
      'The Court concludes that the identification testimony shall be excluded at trial',
    ],
    counterexamples: ['the statements are admissible', 'Defendant asks that the evidence be suppressed', 'the Court finds that the statements are admissible'],
  },
  // The court's conclusion that one side wins on summary judgment decides that side's motion: "the Court believes summary
  // judgment is appropriate as to all defendants" · "Summary judgment in favor of the Defendants is GRANTED" ·
  // "Plaintiffs are entitled to summary judgment on their claim"; not the standard ("summary judgment is appropriate
  // if the movant shows ...", "the moving party is entitled to judgment as a matter of law": no side is named).
  {
    id: 'disposition/summary-judgment-for-side',
    anchors: ['summary judgment', 'matter of law'],
    pattern: new RegExp(
      `\\bsummary\\s+judgment\\s+(?:is|are)\\s+(?:therefore\\s+|thus\\s+|accordingly\\s+|hereby\\s+)?(appropriate|proper|warranted|GRANTED|granted|ENTERED|entered)\\s+(?:as\\s+to|in\\s+favor\\s+of|for)\\s+${SIDE}` +
        `|\\bsummary\\s+judgment\\s+(?:in\\s+favor\\s+of|for)\\s+${SIDE}\\s+(?:is|are)\\s+(?:therefore\\s+|thus\\s+|accordingly\\s+|hereby\\s+)?(appropriate|proper|warranted|GRANTED|granted|ENTERED|entered)\\b` +
        `|(?<!\\b(?:if|when|where|whether|unless)\\s+(?:\\w+\\s+){0,2})\\b(?:the\\s+)?(?:remaining\\s+)?${SIDE_WORDS}\\s+(?:is|are)\\s+(?:therefore\\s+|thus\\s+|accordingly\\s+)?(entitled)\\s+to\\s+summary\\s+judgment\\b` +
        // (a finding that names the winner: "the Court finds Mr. Glick has failed to raise any genuine issues of material
        // fact and that CBA is entitled to judgment as a matter of law"; the name's side comes from the caption)
        `|\\bthat\\s+(?:the\\s+)?([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3})\\s+(?:is|are)\\s+(?:therefore\\s+|thus\\s+|accordingly\\s+)?(entitled)\\s+to\\s+(?:summary\\s+judgment|judgment\\s+as\\s+a\\s+matter\\s+of\\s+law)\\b(?!\\s*(?:if|when|where|unless|only|on\\s+(?:a|any|that)\\s+claim)\\b)`,
      'gi',
    ),
    parse: (m) => {
      const verb = m[1] ?? m[4] ?? m[6] ?? m[8];
      const sideWord = m[2] ?? m[3] ?? m[5] ?? m[7];
      // (a name, not a side word, is read against the caption when the ruling is attached: `unknown` until then)
      const movant = movantOf(sideWord);
      // (the pattern is case-blind: a name is capitalized, and no name of the movant in the abstract)
      if (m[7] !== undefined && (!/^[A-Z]/.test(m[7]) || /^(?:Moving|Movants?|Non-?moving|Non-?movants?|Party|Parties|Court)\b/i.test(m[7]))) return null;
      if (movant === 'unknown' && m[7] === undefined) return null;
      const verbAt = m.index + m[0].lastIndexOf(verb);
      // (the side word is the first occurrence after "summary judgment ... to/of/for", or the subject)
      const sideAt = m[5] !== undefined || m[7] !== undefined ? m.index + m[0].indexOf(sideWord) : m.index + m[0].search(new RegExp(`\\b${sideWord}\\b`));
      return {
        // (a finding of judgment as a matter of law decides that side's own motion; it makes none)
        value: { disposition: 'granted', voice: 'noun', verbAt, kinds: ['summary_judgment'], side: { movant, span: [sideAt, sideAt + sideWord.length], existing: m[7] !== undefined || undefined } },
        span: [m.index, m.index + m[0].length],
        confidence: 0.75,
      };
    },
    priority: 46,
    examples: [
      { text: 'the Court believes summary judgment is appropriate as to all defendants and', expect: { disposition: 'granted' } },
      { text: 'Summary judgment in favor of the Plaintiffs is GRANTED.', expect: { disposition: 'granted' } },
      { text: 'Accordingly, the Government is entitled to summary judgment.', expect: { disposition: 'granted' } },
      { text: 'the Court finds that Defendants are entitled to judgment as a matter of law.', expect: { disposition: 'granted' } },
      { text: 'no genuine issue of material fact remains and that Acme Corp. is entitled to judgment as a matter of law', expect: { disposition: 'granted' } },
    ],
    counterexamples: ['summary judgment is appropriate if the movant shows that there is no genuine dispute', 'the moving party is entitled to summary judgment', 'Summary judgment is appropriate where the defendants show',
      'the movant shows that there is no genuine dispute as to any material fact and the movant is entitled to judgment as a matter of law', 'and that the moving party is entitled to judgment as a matter of law.', 'The Court must decide whether Defendant is entitled to judgment as a matter of law'],
  },
  // Interim orders: "shall show cause" · "is DIRECTED to file a response" · "shall file a supplement"
  rule('interim-directions', 'deferred', /\bshall\s+show\s+cause\b|\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?(?:DIRECTED|directed|ORDERED|ordered)\s+to\s+(?:file|submit|respond|supplement|show|answer|serve|arrange\s+for\s+service)\b|\bshall\s+(?:file|submit)\s+(?:a\s+|an\s+|its\s+|his\s+|her\s+)?(?:response|answer|supplement|letter|reply|notice|brief|status)/g, 10,
    ['Defendant shall show cause why', 'The Government is directed to submit a letter'], ['the Court directed'], { weak: true, confidence: 0.6 }),
];

export const dispositionRuleSet: RuleSet<DispositionValue> = { domain: 'disposition', rules: dispositionRules };
