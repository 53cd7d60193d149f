/**
 * Motion mentions: each place the text names a filing ("Defendant's pro se Motion for Compassionate
 * Release, Doc. No. 55", "the Petition", "seeks compassionate release") with its kind (motion-kinds.ts),
 * docket entry (record-cite.ts), movant, pro se status and scope (title, pending, history).
 */
import type { Hit, Span } from '../../engine/types.js';
import { scanAll } from '../../engine/scan.js';
import { motionKindRules, type KindHit } from '../motion-kinds.js';
import type { RecordCiteValue } from '../record-cite.js';
import { benchRulingMemorialized, insideQuote } from '../scope.js';
import { sentenceAt, type ReadContext } from '../text-util.js';
import type { Movant } from '../types.js';
import { contextScope, presentedUpon, pronounFiler, quantifiedPlural } from './mention-context.js';
import { captionListParties, COUNSEL, filedByMovant, introducedParties, filerMovant, filerName, forwardSubject, movantBefore, movantOf, namedFilerMovant, openedByMovant, openingParty, partyMovant, PRO_SE, subjectName, withoutFiler, type PartyRef } from './movant.js';

export interface Mention {
  anchor: number;
  start: number;
  end: number;
  kind: KindHit;
  kindRule: string;
  doc: Hit<RecordCiteValue> | null;
  movant: { value: Movant; s: number; e: number } | null;
  proSe: { value: boolean; s: number; e: number; letter?: boolean } | null;
  scope: 'title' | 'pending' | 'history' | 'other';
  /** Named inside another motion's words ("counsel to assist him with his motion for ..."). */
  nested?: boolean;
  /** "the motion", "Defendant's Motion (Doc. 5)": a reference that names no relief. */
  bare?: boolean;
  /** "the Court will construe Defendant's motion as a renewed motion for ...": the kind the court reads it as. */
  construed?: boolean;
  /** "Memorandum in Support of Emergency Motion ... ECF 53": the cite is the brief's, not the motion's. */
  brief?: boolean;
  /** "the Petition" with no relief named: never a motion of its own unless a ruling decides it beside another. */
  loose?: boolean;
  /** The relief an `other` motion asks for, as a short key ("quash", "interp"): two different keys are two filings. */
  relief?: string;
  /** The words that name the relief, lower-cased: "requesting judicial recommendation concerning ...". */
  reliefText?: string;
  /** The one filer's name, when the mention gives it ("motion of defendant Town of Marlow"): two names, two filings. */
  filer?: string | null;
  /** A filing made by cross-moving: "plaintiff cross-moves for leave to amend". */
  crossMoved?: boolean;
  /** The filing word is plural: "Motions for ...", "petitions". */
  plural?: boolean;
  /** The kind the same filing asks for in the alternative ("to dismiss or, in the alternative, for summary judgment"). */
  alt?: KindHit;
  /** Named only as the reason for a ruling on another filing the sentence names: no ruling decides it. */
  reason?: boolean;
  /** The second relief of one verb ("moves for leave to proceed in forma pauperis and for appointment of counsel"). */
  joined?: boolean;
  /** A second relief the same filing asks for ("compassionate release and/or home confinement"). */
  also?: { kind: KindHit; rule: string; s: number; e: number } | null;
  /** A later entry of a bare plural's list ("both motions (Docs. 15, 16)"): a filing of the kind named before it. */
  listed?: boolean;
}

/** Reliefs a single post-conviction filing may ask for together. */
export const RELIEF = new Set<KindHit>(['compassionate_release', 'home_confinement', 'sentence_reduction_3582c2', 'fsa_404']);

// "Motion" · "Mot." · "motions" · "petition" · "request" · "letter" · "application" · "crossmotion" (one word)
// (an objection to a magistrate judge's paper: "Objection [#164] to Order of Magistrate Judge", "objections to the Report and
// Recommendation of the United States Magistrate Judge", as well as the possessive "to the Magistrate Judge's Order")
// (also "writ of habeas corpus" decided in the court's voice with no petition named: "we grant his writ of habeas corpus";
// and the state and bankruptcy papers that are motions in substance, STATE_FILING below)
const ANCHOR = /\b(?:(?:cross)?motions?|mot\.|petitions?|requests?|applications?|letter(?:\s+motion)?|demurrers?|pleas?\s+to\s+the\s+jurisdiction|preliminary\s+objections?|objections?\s+(?:\([^()\n]{1,20}\)\s+)?to\s+(?:the\s+)?(?:allowance\s+of\s+(?:the\s+)?)?(?:(?:certain|proofs?\s+of|scheduled|late[-\s]filed|duplicate|amended|(?:no\s+)?liability)\s+)*claims?|claims?\s+objections?|appeals?(?=\s+(?:\([^()\n]{1,20}\)\s+)?(?:from|of)\s+(?:the\s+)?(?:United\s+States\s+)?Magistrate\s+Judge\b)|objections?(?=\s+(?:[([][^()\[\]\n]{1,20}[)\]]\s+)?to\s+(?:the\s+)?(?!this\b|these\b)(?:(?:Report(?:\s+and\s+Recommendations?)?|Order|Ruling|Decision|Recommendations?|Findings(?:\s+and\s+Recommendations?)?)\s+(?:(?:entered|issued)\s+by|of)\s+(?:the\s+)?(?:United\s+States\s+)?Magistrate\s+Judge\b|(?:United\s+States\s+)?Magistrate\s+Judge(?:\s+[A-Z][\w'’.-]+){0,2}['’]s?\s+(?:[\w,]+\s+){0,4}?(?:Report|R\s*&\s*R|Recommendations?|Findings|Order|Ruling|Decision|Memorandum)|(?:[\w.'’-]+\s+){0,3}?(?:Report\s+and\s+Recommendations?|R\s*&\s*R|Findings\s+and\s+Recommendations?|Recommended\s+(?:Decision|Disposition))))|(?<!\b(?:for|seeking|requesting)\s+(?:an?\s+|the\s+)?)writ(?=\s+of\s+(?:habeas|mandamus|coram|prohibition)\b))(?![\w-])/gi;
// Words of a sentence that presents the pending motion: "comes before the Court on", "Pending before", "moves", "filed",
// "AND NOW, upon consideration of Defendants' Motion" · "After careful consideration of ... the appellee's motion to affirm" ·
// "This opinion is with respect to the defendants' motion" · "This is a motion by the plaintiff for leave to amend" ·
// "This Memorandum addresses Plaintiff's motion"
const PENDING = /\b(?:(?:opinion|order|memorandum|decision|ruling)\s+(?:is\s+with\s+respect\s+to|addresses|resolves|decides|concerns|pertains\s+to)|before\s+(?:(?:the|this)\s+(?:Court|court|undersigned)|me|us)|interprets?|asks?|comes?\s+(?:now\s+)?before|came\s+before|(?:comes?|came)\s+on\s+(?:for\s+(?:hearing|consideration)|to\s+be\s+heard)|pending|now\s+before|moves?|moved|has\s+(?:now\s+)?filed|have\s+filed|filed|now\s+files|recommend(?:s|ed)?|should\s+be\s+(?:granted|denied|dismissed)|brings?|seeks?|requests?|requesting|(?:has|have)[\s,]+(?:[^.;]{0,40}?\s)?requested|construes?|construed|received|submits?|submitted|THIS\s+MATTER|This\s+matter|is\s+before|renew(?:s|ed)?|(?:upon|on|after)\s+(?:(?:due|careful|full|further|thorough)\s+)?(?:consideration|review)\s+of|having\s+(?:duly\s+|carefully\s+)?(?:considered|reviewed)|(?:the\s+)?Court\s+(?:has\s+)?considered|(?:Court|court|I|we|We)\s+(?:has\s+|have\s+)?(?:carefully\s+|thoroughly\s+)?reviewed|[Tt]his\s+is\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:motion|petition|application))\b/i;
// (and a filing still to come: "Plaintiff may file an appropriate fee petition", "shall file a motion for fees")
// " is DENIED" · " are hereby GRANTED" · " is, respectively, granted" right after a filing's name
const RULED_AFTER = /[\s,](?:is|are|be|was|were)[\s,]+(?:[\w-]+[\s,]+){0,2}?(?:granted|denied|dismissed|moot|withdrawn|deferred|sustained|overruled|allowed)\b/i;
// A court's past ruling on the filing named right after it: "this Court denied the motion" · "the court granted his" ·
// "the Court denied a 28 U.S.C. § 2255 "
const PAST_RULING_ON = /\b(?:Court|court|Judge|judge|I|we)\s+(?:then\s+|subsequently\s+|later\s+|ultimately\s+|orally\s+)?(?:denied|granted|dismissed)\s+(?:(?:the|that|this|his|her|its|their|an?|[\w.'’-]+['’]s?)\s+)?(?:(?:first|initial|original|pro\s+se|successive|second|amended|renewed|\d[\w.()-]*|U\.\s?S\.\s?C\.|§+|[Ss]ection)\s+){0,5}$/;
// (not a numbered fee application's name: "First Interim Fee Application", "first and final application"; nor the statute: "the First Step Act")
// (nor a title line over an opening: "Order\nOn order of the Court, the motion ...")
// (also a filing still to come: "has not yet filed a § 2255 motion" · "asks me to appoint counsel to help him with a § 2255 motion")
// (and the filing an objection or appeal reviews: "The underlying motion [#187] is a motion to restrict access")
const HISTORY_PREFIX = /\b(?:previously|earlier|prior|original(?:ly)?|initial|underlying|first(?!\s+(?:interim|and\s+final|omnibus|step\s+act)\b)|denying|granting|dismissing|denial\s+of|grant\s+of|order[ \t]+(?:on|regarding)|resolved|ruled\s+on|to\s+file|filing\s+(?:a|an|his|her)|(?:may|shall|will|must|should|can)\s+(?:then\s+|also\s+)?(?:file|submit|bring|renew)|(?:has|have)\s+not\s+(?:yet\s+)?filed|(?:intends?|plans?|wishes|wants|hopes)\s+to\s+(?:file|bring)|help\s+(?:him|her|them)\s+(?:with|prepare|draft)|(?:prepare|preparing|draft|drafting)\s+(?:a|an|his|her))\b[^.;]*$/i;

// The court's ruling in the present tense before a filing's name: "It grants in part, and denies in part defendant's first"
const PRESENT_RULING = /\b(?:grants?|denies|GRANTS|DENIES|dismisses|DISMISSES|sustains|overrules)\b[^.;]{0,60}$/;
// "(collectively "Defendants") " · "(together, the “Plaintiffs”) " ending the words before a motion
const COLLECTIVE_BEFORE = /\((?:collectively|together),?\s+(?:the\s+)?["“']?(Defendants?|Plaintiffs?|Petitioners?|Respondents?|Debtors?|Movants?|Appellants?|Appellees?)["”']?\)\s*(?:['’]s?\s+)?(?:(?:renewed|amended|joint|partial|emergency|second|first)\s+)*$/i;
// Requests that are filings of their own, ruled on in their sentence: "The request for judicial notice filed on May 3 is
// granted" · "Appellant's request for oral argument is denied" (not "the request for damages", a claim's prayer; nor,
// right after a motion, a part of it: "Motion for Discovery (ECF No. 75) is GRANTED IN PART ... The request for an
// evidentiary hearing is DENIED", unless another party's: "Defendants' Motion to Dismiss is GRANTED. Plaintiff's request to
// conduct additional discovery is DENIED")
const REQUEST_FILING = /^\s*(?:filed\s+by\s+[^,.;]{1,40}\s+)?(?:for|to)\s+(?:take\s+)?(?:judicial\s+notice|(?:conduct\s+)?(?:additional\s+|limited\s+|jurisdictional\s+|expedited\s+)+discovery|oral\s+argument|(?:an?\s+)?(?:evidentiary\s+)?hearing|publication|depublication|(?:an?\s+)?extension|(?:a\s+)?continuance|(?:the\s+)?appointment\s+of\s+counsel|(?:a\s+)?stay|(?:an?\s+)?immediate\s+stay|leave\s+to|consolidat)/i;
// A relief of no listed kind named before the motion noun, as a compound: "in forma pauperis " · "sanctions " · "IFP " ·
// "venue " · "severance " · "remand " (the noun follows)
const PREFIX_RELIEF = /\b(in\s+forma\s+pauperis|IFP|sanctions|venue|severance|remand|transfer|fee|fees|attorney['’]?s['’]?\s+fees?|discovery|protective[-\s]order|default[-\s]judgment)\s+$/i;
/** A motion of the same filer (or of any, when the request names none) named just before: the request is a part of it. */
function partOfMotionBefore(out: Mention[], text: string, at: number, prefix: string): boolean {
  const own = movantBefore(prefix);
  const filer = own ? movantOf(own[1]) : null;
  return out.some((x) => x.anchor < at && at - x.anchor < 400 && x.scope !== 'history' && /^mot/i.test(text.slice(x.anchor, x.anchor + 3)) && (!filer || x.movant?.value === filer));
}

// "four motions" · "two pending motions": a counted plural (the motion word follows)
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|several)\s+(?:pro\s+se\s+|[a-z][\w-]*\s+)?$/i;
// One item of the list: "First, Petitioner moves " · "Second, Petitioner requests " · "Finally, he asks the Court to "
const ORDINAL_ITEM = /(?:^|[.;]["”'’)\]]*\s+|\n)(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly),\s+(?:the\s+)?(?:[A-Z][\w.'’-]*|he|she|they)(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:also\s+)?(?:moves|requests|asks(?:\s+the\s+Court)?|seeks)\s+(?:the\s+Court\s+)?/g;
// A party named before one entry of a list: " and defendant (" · "; Plaintiffs, " · ", the Government ["
const ENTRY_FILER = /^[\s,;)\]]*(?:and\s+|&\s*)?(?:by\s+)?(?:the\s+)?(government|Government|defendants?|Defendants?|plaintiffs?|Plaintiffs?|petitioners?|Petitioners?|respondents?|Respondents?|United\s+States)\b[\s,]*[(\[]?\s*$/;
// "Defendants' First " · "the First Amended " before a capitalized "Motion": part of the filing's name.
const NAMED_FIRST = /(?:['’]s?|\bthe)\s+First\s+(?:Amended\s+|Renewed\s+|Supplemental\s+|Emergency\s+)?$/;

// Any kind rule at all, as one test: most mention windows name no kind ("the motion is DENIED"), and one pass of this
// alternation rejects them for a fraction of the table's sixteen scans (no rule matches an empty string, so a window
// this rejects has no hit). Only for patterns whose flags are g and i: another flag would change what the union matches.
const ANY_KIND = motionKindRules.every((r) => /^[gi]*$/.test(r.pattern.flags)) ? new RegExp(motionKindRules.map((r) => `(?:${r.pattern.source})`).join('|'), 'i') : /[^]/;
// The hits of the last texts scanned: one mention's words are classified again by the ruling stage and by the
// second-relief check. Cleared when full.
const kindMemo = new Map<string, Hit<KindHit>[]>();

/** Every kind hit in `words`, in text order (shared: callers must not mutate the array). */
export function kindHits(words: string): Hit<KindHit>[] {
  let hits = kindMemo.get(words);
  if (hits === undefined) {
    hits = ANY_KIND.test(words) ? scanAll(motionKindRules, words, '') : [];
    if (kindMemo.size >= 256) kindMemo.clear();
    kindMemo.set(words, hits);
  }
  return hits;
}

// A relief of no listed kind whose object is another filing or a hearing: "to seal exhibits to its summary judgment
// motion" · "for leave to file under seal" · "to supplement his compassionate release motion" · "to withdraw the § 2255
// motion" · "to strike the summary judgment reply" · "to continue the suppression hearing" · "to exceed the page limit"
// (the kind words after it name the object, not this filing)
// (also "to amend his § 2255 motion"; and "leave to ..." right after a verb: "seeks leave to amend his 2255 Motion")
export const OTHER_OBJECT = /^[\s,]*(?:(?:to|for)\s+(?:leave\s+to\s+|permission\s+to\s+)?|(?:leave|permission)\s+to\s+)(?:(?:file\s+)?(?:(?:[\w.'’-]+\s+){0,4}?)?under\s+seal|seal|redact|supplement|withdraw|strike|continue|postpone|exceed|convert|file\s+(?:an?\s+)?(?:sur-?reply|reply|response|excess|oversized|over-length|supplemental)|amend(?=\s+(?:(?:his|her|its|their|the|[\w.'’-]+['’]s?)\s+)?(?:[\w§.()'’-]+\s+){0,3}?(?:(?:motion|petition)s?\b|$)))\b/i;
// A filing named as what a party asks to amend or supplement: "seeks leave to amend his 2255 " · "moves to supplement her
// compassionate release " (the motion word follows; the asking is the filing, this one only its object)
const OBJECT_OF_ASKING = /\b(?:moves?|moved|seeks?|sought|asks?|asked|requests?|requested|leave|permission)\s+(?:the\s+Court\s+)?(?:for\s+leave\s+)?to\s+(?:amend|supplement)\s+(?:(?:his|her|its|their|the|[\w.'’-]+['’]s?)\s+)?(?:[\w§.()'’-]+\s+){0,3}$/i;

// A release of no listed kind named first: "for Release Pending Appeal and for a Stay of Sentence" · "for release on bond
// pending sentencing" · "for bond pending appeal" (a later "stay" or "reconsideration" is a second relief of the same filing)
const OTHER_RELEASE = /^[\s,]*(?:to|for)\s+(?:(?:his|her|their|the\s+defendant['’]s|an?|the)\s+)?(?:(?:immediate|pretrial|temporary)\s+)?(?:release|bond|bail)\s+(?:pending\s+(?:appeal|trial|sentencing|resolution|disposition)|on\s+(?:bond|bail|conditions|personal\s+recognizance))\b/i;

/** Earliest specific kind hit in the words of a mention; the generic entry only when nothing specific. */
export function classify(words: string, prefix: string): { kind: KindHit; rule: string; at: number; end: number } | null {
  const all = kindHits(words);
  const hits = all.filter((h) => h.priority > 10);
  if (hits.length) {
    hits.sort((a, b) => a.span[0] - b.span[0] || b.priority - a.priority);
    const ob = hits[0].value !== 'extension_of_time' ? (OTHER_OBJECT.exec(words) ?? OTHER_RELEASE.exec(words)) : null;
    if (ob && hits[0].span[0] >= ob[0].length) return null;
    return { kind: hits[0].value, rule: hits[0].rule, at: hits[0].span[0], end: hits[0].span[1] };
  }
  // "§ 2255 motion" · "compassionate-release motion": the kind words just before the anchor.
  const pre = kindHits(prefix).filter(
    (h) => h.priority > 10 && /^(?:\s|-|['’]s|\)|\(\w+\)|pro\s+se|renewed|emergency|second|third|amended|successive|pending|instant|supplemental)*$/i.test(prefix.slice(h.span[1])),
  );
  if (pre.length) {
    const h = pre[pre.length - 1];
    return { kind: h.value, rule: h.rule, at: h.span[0] - prefix.length, end: h.span[1] - prefix.length };
  }
  // (no specific hit in the words: every hit there is the generic entry)
  const gen = all[0];
  return gen ? { kind: gen.value, rule: gen.rule, at: gen.span[0], end: gen.span[1] } : null;
}

export function firstAtOrAfter<T>(hits: Hit<T>[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findMentions(ctx: ReadContext, cites: Hit<RecordCiteValue>[], titleSpan: Span | null, captionParties: PartyRef[]): Mention[] {
  const text = ctx.text;
  // (with the names of a caption block that lists several parties, when the caption reader kept only the first)
  // (and the parties the text introduces by role and name, when no caption names them: "Defendant Kejon Ward is serving")
  const more = captionListParties(text, captionParties);
  const listed = more.length ? [...captionParties, ...more] : captionParties;
  const introduced = introducedParties(text, listed);
  const parties = introduced.length ? [...listed, ...introduced] : listed;
  const out: Mention[] = [];
  ANCHOR.lastIndex = 0;
  const anchors: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  // ("Motion for Retroactive Application of the Sentencing Guidelines": the applying of a law, no filing)
  while ((m = ANCHOR.exec(text)) !== null) if (!/^applications?$/i.test(m[0]) || !/\bretroactive\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) anchors.push(m);
  // (an objection to a magistrate judge's report or order is an anchor of the word alone, so that its entry follows it:
  // "Petitioner's Objections (ECF No. 24) to the Magistrate Judge's Report")
  const toMagistrate = anchors.some((a) => /^(?:objections?|appeals?)$/i.test(a[0]));
  // A state or bankruptcy paper named in full makes its short name a reference to it: "the plea", "the Objection".
  for (const f of STATE_FILING) {
    if (!f.short || !anchors.some((a) => f.word.test(a[0].toLowerCase()))) continue;
    const re = new RegExp(f.short.source, 'gi');
    while ((m = re.exec(text)) !== null) if (!anchors.some((a) => a.index <= m!.index && a.index + a[0].length > m!.index)) anchors.push(m);
    anchors.sort((x, y) => x.index - y.index);
  }
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    const word = a[0].toLowerCase().replace(/^cross(?=motion)/, '');
    // "Motion and Amended Motion to Compel (ECF Nos. 17, 19)" · "Motion/ Amended Motion to Amend [17] [19]": the second
    // motion word, with the first, names two filings, as "Motions" does.
    const paired = /^motion$/.test(word) && PAIRED_BEFORE.test(text.slice(Math.max(0, a.index - 40), a.index));
    // The court's own motion is no filing: "upon the Court's own motion" · "On its own motion, the Court dismisses".
    if (/\bown\s+$/i.test(text.slice(Math.max(0, a.index - 5), a.index))) continue;
    const anchorEnd = a.index + a[0].length;
    const [ss, se0] = sentenceAt(text, a.index);
    // (a title's words run over its wrapped lines: "PLAINTIFF'S MOTION FOR A\nSTAY")
    const se = titleSpan && a.index >= titleSpan[0] && a.index < titleSpan[1] ? Math.max(se0, titleSpan[1]) : se0;
    const nextAnchor = i + 1 < anchors.length ? anchors[i + 1].index : text.length;
    let wEnd = Math.min(se, nextAnchor, anchorEnd + 220);
    // The docket entry: the first record cite inside the mention's words, or right after its sentence.
    let doc: Hit<RecordCiteValue> | null = null;
    // Docket-text style first: the entry number right before the motion, "ORDER denying [55] Motion for ..." (a later
    // "[56]" in the same line is the next motion's).
    // (or bare, after a docket-text verb: "ORDER granting 45 Motion", read by record/docket-text-number)
    // (past the filer's possessive: "ORDER denying 2 plaintiff's ex parte motion for TRO")
    const back = /(?:\[\d{1,6}\]|(?<=\s)\d{1,6})(?:\s*(?:pro\s+se\s+)?|[ \t]+(?:(?:plaintiff|defendant|petitioner|respondent|debtor|trustee|movant)s?['’]?s?[ \t]+)?(?:(?:pro[ \t]+se|ex[ \t]+parte|emergency|renewed|amended|second|unopposed|joint)[ \t]+)?)$/i.exec(text.slice(Math.max(0, a.index - 50), a.index));
    if (back) {
      const at = Math.max(0, a.index - 50) + back.index;
      doc = cites.find((c) => c.span[0] >= Math.max(0, at) && c.span[0] < a.index) ?? null;
    }
    // (New York's "motion sequence number 001" is a cite that begins with the motion word itself)
    if (!doc) doc = cites.find((c) => c.span[0] === a.index && c.rule === 'record/ny-motion-seq') ?? null;
    const ci = firstAtOrAfter(cites, anchorEnd);
    if (!doc && ci < cites.length) {
      const c = cites[ci];
      // A cite just after the sentence belongs to the sentence's first motion ("... pursuant to § 3582(c). (DE # 147.)").
      const firstInSentence = !out.length || out[out.length - 1].anchor < ss;
      // (not past a later filing the sentence says the court ruled on before: "(Dismissing Successive § 2255 Motion) In an
      // opinion of 2012, the Court denied a § 2255 Motion filed by Petitioner (ECF Nos. 41, 42)")
      const pastOther = (): boolean => PAST_RULING_ON.test(text.slice(Math.max(ss, nextAnchor - 90), nextAnchor));
      if (c.span[0] < wEnd || (c.span[0] <= se + 4 && (wEnd === se || (firstInSentence && nextAnchor < se)) && (c.span[0] < nextAnchor || (firstInSentence && !pastOther())))) {
        doc = c;
        if (c.span[0] < wEnd) wEnd = c.span[0];
      }
    }
    // Several motions under one plural word: "Vask's motions to strike and for sanctions" names two filings; the
    // first one's words end where the second relief begins.
    const lim = Math.min(se, nextAnchor, anchorEnd + 220);
    const second = /^motions$/i.test(word) ? SECOND_RELIEF.exec(text.slice(anchorEnd, lim)) ?? SECOND_RELIEF_NOUN.exec(text.slice(anchorEnd, lim)) : null;
    const secondAt = second ? anchorEnd + second.index + second[0].length - second[1].length : -1;
    // The second filing's entry: the first record cite after its relief begins (or the one read above, if it lies there).
    let secondDoc: Hit<RecordCiteValue> | null = null;
    if (second) {
      wEnd = Math.min(wEnd, secondAt);
      if (doc && doc.span[0] >= secondAt) {
        secondDoc = doc;
        doc = null;
      } else secondDoc = cites.find((c) => c.span[0] >= secondAt && c.span[0] < lim) ?? null;
    }
    // The filing's words end at its own ruling: "His motion is DENIED to the extent ... home confinement" names no relief.
    const ruled = RULED_AFTER.exec(text.slice(anchorEnd, wEnd));
    if (ruled) wEnd = anchorEnd + ruled.index;
    const words = text.slice(anchorEnd, wEnd);
    // A petition for review (of an agency's or a magistrate's decision) starts the case; it is no motion in it.
    if (/^(?:petitions?|applications?)$/.test(word) && FOR_REVIEW.test(words)) continue;
    const prefixStart = Math.max(ss, a.index - 90);
    const prefix = text.slice(prefixStart, a.index);
    // "Insofar as the motion seeks compassionate release, it is DENIED": a reference; the ruling reads the relief.
    const inCondition = PARTIAL_OPEN.test(prefix);
    // New York's "were read on this motion to/for DISMISS" names the relief after "to/for"; the "(Motion 001)" earlier in
    // the sentence is the motion's sequence number.
    const toFor = /^\s*to\/for\s+/i.exec(words);
    let k = inCondition ? null : classify(toFor ? ` to ${words.slice(toFor[0].length).toLowerCase()}` : words, prefix.slice(-40));
    // (offsets back into `words`: " to " stands for "to/for ")
    const back4 = (p: number): number => (p < 4 ? words.indexOf('to/') : toFor![0].length + p - 4);
    if (toFor && k) k = { ...k, at: back4(k.at), end: back4(k.end) };
    if (toFor && !doc) {
      const seq = cites.filter((c) => c.rule === 'record/ny-motion-seq' && c.span[0] >= ss && c.span[1] <= a.index);
      if (seq.length) doc = seq[seq.length - 1];
    }
    // "Defendant's Motion (Filing 89) seeking his release to home confinement": the relief follows the cite.
    // (not when the words name a relief whose object is another filing: "Joint Motion to File Under Seal (Doc. 88), asking
    // to seal their summary judgment brief")
    if (!k && doc && !OTHER_OBJECT.test(words)) {
      const rest = text.slice(doc.span[1], Math.min(se, doc.span[1] + 160));
      if (/^[\s),.\]]*(?:seeking|requesting|asking|for|to|under|pursuant)\b/i.test(rest)) k = classify(rest, '');
    }
    // A party's request or application with its own docket entry is a filing: "The defendant's request for oral
    // argument (filed May 6; Docket Entry No. 9)" · "Plaintiff's application to proceed in forma pauperis (ECF No. 2)".
    // A title that names the application and its filer is the filing it decides: "DECISION ON APPLICATION OF DEBTOR AND
    // DEBTOR-IN-POSSESSION TO EMPLOY Q ADVISORS" · "ORDER ON REQUEST OF PLAINTIFF FOR ORAL ARGUMENT" · "ORDER DENYING
    // PLAINTIFF'S REQUEST FOR A SETTLEMENT CONFERENCE".
    const inTitle = !!titleSpan && a.index >= titleSpan[0] && a.index < titleSpan[1];
    // (or one a sentence opens on: "Upon the First Interim Fee Application of X LLP, counsel to the Debtor (Docket No. 377)")
    const filedRequest =
      /^(?:requests?|applications?)$/.test(word) &&
      ((/^requests?$/.test(word) && REQUEST_FILING.test(words) && RULED_AFTER.test(text.slice(anchorEnd, se)) && !partOfMotionBefore(out, text, a.index, prefix)) || (!!doc && doc.span[0] < anchorEnd + 120 && /^\s*(?:for|to)\b/i.test(words) && /['’]s?\s+(?:\w+\s+)?$/.test(prefix)) || (inTitle && (!!filerMovant('', words) || /['’][sS]?\s+(?:\w+\s+)?$/.test(prefix))) || (!!doc && !inTitle && /^\s*(?:for|to|of)\b/i.test(words) && presentedUpon(text.slice(ss, a.index))));
    // (a state or bankruptcy paper that asks for a ruling as a motion does: "Defendant's demurrer to the Complaint", "the
    // City's Plea to the Jurisdiction", "Plaintiff's preliminary objections", "the Trustee's Objection to Claim No. 12")
    // (a bare "objections" refers to the kind of objection named in full in the text)
    const filing = STATE_FILING.find((f) => f.word.test(word) && (f.rule === 'motion-kind/objection-to-magistrate') === (toMagistrate && /^(?:objections?|appeals?)$/.test(word)));
    // (an objection asks for what the report or order it attacks decides not: the kinds its words name are that paper's
    // ("Objection (ECF No. 31) to the Report and Recommendation on Defendant's Motion to Dismiss"), and its entry is the one
    // right after it, not a later motion's: "OVERRULES the objections, ADOPTS the Report, and DENIES the motion (Doc. 9)")
    if (filing?.rule === 'motion-kind/objection-to-magistrate') {
      k = null;
      if (doc && (doc.span[0] >= nextAnchor || doc.span[0] - anchorEnd > 40)) doc = null;
    }
    if (!k && filing?.kind) k = { kind: filing.kind, rule: filing.rule, at: -a[0].length, end: 0 };
    const isMotionWord = /mot/.test(word) || filedRequest || !!filing;
    // "the Petition" / "the application" with no relief named: kept only as a reference a ruling may decide.
    const loose = !k && !isMotionWord && /^(?:petition|application|writ)$/.test(word);
    if (!k && !isMotionWord && !loose) continue;
    if (k && k.kind === 'sentence_reduction' && !isMotionWord && !/^(?:request|petition|letter)/.test(word)) continue;
    // "request ... compassionate release" must name the relief at once; a petition may say "for a Writ of Habeas Corpus under § 2241"
    if (!isMotionWord && !loose && (!k || k.at > (/^petition/.test(word) ? 70 : 40))) continue;
    if (/^requests?$/.test(word) && /\b(?:administrative|warden|BOP|Bureau|to\s+the\s+warden)\b/i.test(prefix.slice(-40) + words.slice(0, 60))) continue;
    // "all pending motions are moot": every motion of the case, no filing of its own.
    if (!k && quantifiedPlural(word, prefix) && !/^[\s,]*(?:to|for|in)\b/i.test(words)) continue;
    // "if there is no motion to substitute filed" · "No motion for reconsideration has been filed": a filing that does not
    // exist.
    if (/\b(?:[Nn]o|NO)\s+(?:(?:timely|such|further|proper|other)\s+)?$/.test(prefix) && /^mot|^pet|^req|^app/i.test(word)) continue;
    const kind: KindHit = k ? k.kind : 'other';
    // One filing that asks for two reliefs: "... 3582(c)(1)(A)(i) and/or 12003(B)(2) of The Cares Act".
    let also: { kind: KindHit; rule: string; s: number; e: number } | null = null;
    if (k && RELIEF.has(k.kind) && k.at >= 0) {
      const more = kindHits(words).filter((h) => h.priority > 10 && RELIEF.has(h.value) && h.value !== k.kind && h.span[0] >= k.end);
      const h2 = more.sort((x, y) => x.span[0] - y.span[0])[0];
      if (h2 && /\b(?:and\/or|or|and|alternatively|in\s+the\s+alternative)\b/i.test(words.slice(k.end, h2.span[0])) && !/[.;]/.test(words.slice(k.end, h2.span[0]))) {
        also = { kind: h2.value, rule: h2.rule, s: anchorEnd + h2.span[0], e: anchorEnd + h2.span[1] };
      }
    }
    // A bare reference ("the motion", "Defendant's Motion (Doc. 5)") names no relief of its own.
    // ("a motion by the plaintiff for leave to amend": past the filer)
    let bare = !k && !/^[\s,]*(?:to|for|requesting|seeking|under|pursuant|in|of|asking)\b/i.test(/^\s+by\s|^\s*,/i.test(words) ? withoutFiler(words) : words);
    const start = a.index;
    const end = k && k.end > 0 ? anchorEnd + k.end : anchorEnd;
    // Movant and pro se from the words before the anchor.
    let movant: Mention['movant'] = null;
    // (and before a quoted title: 'Plaintiff’s “Motion to Strike the Late Expert Report”' · 'Plaintiff's "Second Motion for ...')
    const QUOTE_OPEN = /\s*[“"‘]\s*(?:(?:First|Second|Third|Fourth|Fifth|Renewed|Amended|Supplemental|Emergency|Corrected|Expedited)\s+)*$/;
    const mv = movantBefore(prefix) ?? (QUOTE_OPEN.test(prefix) ? movantBefore(prefix.replace(QUOTE_OPEN, ' ')) : null);
    const pm = mv ? null : partyMovant(prefix, parties) ?? filerMovant(prefix, text.slice(anchorEnd, wEnd)) ?? namedFilerMovant(prefix, parties);
    if (mv) movant = { value: movantOf(mv[1]), s: prefixStart + mv.index, e: prefixStart + mv.index + mv[1].length };
    else if (pm) movant = pm.at < 0 ? { value: pm.value, s: anchorEnd - pm.at - 1, e: anchorEnd - pm.at - 1 + pm.len } : { value: pm.value, s: prefixStart + pm.at, e: prefixStart + pm.at + pm.len };
    // ("defendant's (1) motion to dismiss count one ... and his companion (2) motion for a bill of particulars": past a
    // list's numbers)
    else if (/\b(?:his|her|its|their)\s+(?:\w+\s+){0,2}(?:\(\d{1,2}\)\s*)?$/i.test(prefix) && out.length && out[out.length - 1].end > ss) movant = out[out.length - 1].movant;
    // One possessive for two filings: "Acme's Motion to Dismiss (ECF No. 10) and Motion to Strike (ECF No. 12)".
    else if (out.length && out[out.length - 1].end > ss && out[out.length - 1].end <= a.index && (SHARED_POSSESSOR.test(text.slice(out[out.length - 1].end, a.index)) || SHARED_BARE.test(text.slice(out[out.length - 1].end, a.index)))) movant = out[out.length - 1].movant;
    else {
      // The filer after the relief: "a motion to dismiss filed by defendant Town of Marlow" · "filed by Quillfeather (Doc. 12)".
      // (past the relief of a motion of no listed kind: "The motion to strike filed on May 3, 2023 by Plaintiff ...")
      const tail = text.slice(end, Math.min(se, end + 160));
      let fb = filedByMovant(tail, parties);
      let off = end;
      // (past a listed kind's relief words too, when they name no filing of their own that "filed" could describe: "the
      // Motion in Limine to Exclude the Testimony of Dr. Feraud filed by defendant Kestrel Logistics, Inc.", not "the
      // motion to dismiss the complaint filed by Plaintiff")
      if (!fb) {
        const past = tail.slice(0, 90).search(/[\s,](?:filed|brought|submitted)\s/);
        const ownObject = !!k && k.kind !== 'other' && OBJECT_FILING.test(tail.slice(0, Math.max(0, past)));
        if (past > 0 && !ownObject && !/[()]/.test(tail.slice(0, past).replace(/\([^()]{0,40}\)/g, ''))) {
          fb = filedByMovant(tail.slice(past), parties);
          off = end + past;
        }
      }
      if (fb) movant = { value: fb.value, s: off + fb.at, e: off + fb.at + fb.len };
    }
    // The short name that collects the filers, right before the motion: "Jared Smith's (collectively "Defendants") Motion
    // to Dismiss" (the names before it may be too many for the possessive's window).
    if (!movant) {
      const col = COLLECTIVE_BEFORE.exec(prefix);
      if (col) movant = { value: movantOf(col[1]), s: prefixStart + col.index + col[0].indexOf(col[1]), e: prefixStart + col.index + col[0].indexOf(col[1]) + col[1].length };
    }
    // The filer after a defined name or an entry: "Upon the motion (the "Motion") [ECF No. 233] of Gretchen Alvarado-Stiles,
    // the chapter 7 trustee" · "the motion [D.I. 502] of the above-captioned debtors".
    if (!movant) {
      const of = OF_FILER_PAST.exec(text.slice(anchorEnd, Math.min(se, anchorEnd + 220)));
      const role = of ? (of[1] ?? of[2]) : null;
      if (of && role) {
        const at = anchorEnd + of.index + of[0].length - role.length;
        movant = { value: movantOf(role), s: at, e: at + role.length };
      }
    }
    if (!movant) movant = leadingPhraseFiler(text, ss, se, a.index, end, parties);
    // The verb of a letter request: "Defendant respectfully requests a thirty-day extension".
    if (!movant && /^requests$/.test(word)) movant = subjectOf(prefix, a.index, parties);
    // "In light of Petitioner's Notice (Filing No. 20), his Motion": the person the pronoun stands for.
    if (!movant) {
      const pf = pronounFiler(text.slice(ss, a.index));
      if (pf) movant = { value: pf.value, s: ss + pf.at, e: ss + pf.at + pf.len };
    }
    let proSe: Mention['proSe'] = null;
    const sentence = text.slice(ss, se);
    const ps = PRO_SE.exec(prefix.slice(-60) + text.slice(a.index, wEnd));
    if (ps) {
      const base = ps.index < Math.min(60, prefix.length) ? a.index - Math.min(60, prefix.length) : a.index - Math.min(60, prefix.length);
      proSe = { value: true, s: base + ps.index, e: base + ps.index + ps[0].length };
    } else {
      const ps2 = PRO_SE.exec(sentence);
      const co = COUNSEL.exec(sentence);
      if (ps2 && PENDING.test(sentence)) proSe = { value: true, s: ss + ps2.index, e: ss + ps2.index + ps2[0].length };
      else if (co) proSe = { value: false, s: ss + co.index, e: ss + co.index + co[0].length };
      else {
        // A prisoner's letter read as a motion is his own filing: "Defendant's letter [Doc. 188]", "letter form motion".
        const le = /\bletter\b/i.exec(sentence);
        if (le && PENDING.test(sentence)) proSe = { value: true, s: ss + le.index, e: ss + le.index + le[0].length, letter: true };
      }
    }
    // Scope of the mention.
    let scope: Mention['scope'] = 'other';
    let reasonOnly = false;
    if (titleSpan && start >= titleSpan[0] && start < titleSpan[1]) scope = 'title';
    // (a bench ruling the memorandum explains presents the motion it decided: "At the hearing, the Court granted Defendant's
    // motion to suppress ... This memorandum sets out the reasons")
    else if (PAST_RULING_ON.test(prefix) && !HISTORY_PREFIX.test(prefix.slice(-45)) && benchRulingMemorialized(text, ss, se)) scope = 'pending';
    // (a numbered name is no earlier filing when nothing else in the words before it tells history: "This matter is before
    // the Court on Defendants' First Motion for Protective Order (doc. 59) ... and Defendants' Second Motion" · "the Court
    // grants Defendants' First Motion for Protective Order" · "It grants in part defendant's first motion in limine")
    else if ((HISTORY_PREFIX.test(prefix.slice(-45)) || PAST_RULING_ON.test(prefix)) && !LIST_RULING.test(text.slice(text.lastIndexOf('\n', a.index - 1) + 1, a.index)) && !(((NAMED_FIRST.test(prefix) && /^M/.test(a[0])) || (/['’]s?\s+first\s+$/i.test(prefix) && PRESENT_RULING.test(prefix))) && !HISTORY_PREFIX.test(prefix.slice(-45).replace(/first(?:\s+\w+)?\s*$/i, '')) && !PAST_RULING_ON.test(prefix.replace(/first(?:\s+\w+)?\s*$/i, '')))) scope = 'history';
    else {
      // (named only as a reason or a condition, or in a briefing directive: not presented; a clerk told to close it: presented)
      const cs = contextScope(prefix, text.slice(ss, a.index), text.slice(anchorEnd, se), BRIEF.test(prefix.slice(-60)));
      // ("In light of the Amended Motion (ECF No. 22), the original Motion (ECF No. 15) is DENIED AS MOOT": the reason is
      // no filing the ruling decides when another follows it in the sentence)
      reasonOnly = cs === 'reason' && nextAnchor < se;
      if (cs) scope = cs === 'pending' ? 'pending' : reasonOnly ? 'history' : 'other';
      else if (PENDING.test(sentence)) scope = 'pending';
      // A heading in capitals that names a party's motion presents it: "DEFENDANT'S MOTION FOR REHEARING" (then "Denied.")
      else if (movant && headingLine(text, a.index)) scope = 'pending';
      // ... and so does an appellate court's heading "ON PETITION FOR REHEARING" · "ON MOTION TO DISMISS APPEAL"
      else if (headingLine(text, a.index) && /^[ \t]*ON[ \t]+(?:(?:\w+[ \t]+){0,2})?$/.test(text.slice(text.lastIndexOf('\n', a.index - 1) + 1, a.index))) scope = 'pending';
      // A filing a lower court ruled on, told in an appeal's background: "the City filed a plea to the jurisdiction.
      // After a hearing, the trial court denied the City's plea" (not this court's to decide).
      if (scope === 'pending' && lowerCourtRuled(text.slice(anchorEnd, sentenceAt(text, Math.min(text.length - 1, se + 1))[1]), word, k?.kind ?? null, words)) scope = 'history';
    }
    let nested = false;
    if (scope !== 'title' && OBJECT_OF_ASKING.test(prefix)) {
      scope = 'history';
      nested = true;
    }
    // A motion named inside another's words ("motion for counsel to assist him in filing a motion for ...").
    const prev = out[out.length - 1];
    // The same filing read two ways: "interprets Defendant's Motion as either a request for home confinement under
    // § 3624(c)(2) or a request for compassionate release" · "construed as a motion for X, or alternatively a motion for Y".
    if (prev && prev.anchor >= ss && k && RELIEF.has(k.kind) && RELIEF.has(prev.kind) && k.kind !== prev.kind && !prev.also) {
      const between = text.slice(prev.end, a.index);
      if (/\bas\s+(?:either\s+)?(?:an?\s+)?$/i.test(text.slice(Math.max(ss, prev.anchor - 30), prev.anchor)) && /^[^;]{0,100}\bor,?\s+(?:alternatively,?\s+|in\s+the\s+alternative,?\s+)?(?:as\s+)?(?:an?\s+)?$/i.test(between)) {
        prev.also = { kind: k.kind, rule: k.rule, s: anchorEnd + k.at, e: anchorEnd + k.end };
        continue;
      }
    }
    if (prev && prev.anchor >= ss && scope !== 'title') {
      const between = text.slice(prev.end, a.index);
      // (not a list: "motion for a new trial, its motion for judgment ..." · "Motion to Compel, Motion to Strike")
      const listed = /,\s*(?:(?:its|his|her|their|the|a|an|[\w.'’-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}$/i.test(between);
      // ("and" between two numbers of the first one's object does not list: "to file under seal Exhibits 3 and 9 to its
      // motion for ...")
      // (a relief whose object is the other filing nests it: "to supplement his compassionate release motion", "to continue
      // the hearing on his motion to suppress")
      if (!listed && !/\band\b|;|\balso\b|\bas\s+well\s+as\b/i.test(between.replace(/\b\d+\s*,?\s+and\s+\d+\b/g, ' ')) && /\b(?:of|denying|granting|regarding|to\s+file|filing|in\s+connection\s+with|file|for|under|re|assist|assistance|with|bring|seeking|hearing\s+on|to\s+(?:supplement|withdraw|strike|seal|redact|continue|postpone|convert)|(?:respond|reply|response|opposition)\s+to)\b/i.test(between)) {
        scope = 'history';
        nested = true;
        // The entry right after a title that ends with another filing's name is the title's: "Defendant's Motion in Limine
        // to Preclude Evidence of Her Counsel's Motion to Withdraw [Docket No. 93]" (the outer filing's words end where
        // the inner one's begin, so the outer could not see it).
        if (doc && !prev.doc && doc.span[0] >= anchorEnd && /^[^.;()\[\]]{0,80}[(\[]?\s*$/.test(text.slice(anchorEnd, doc.span[0])) && !/\b(?:and|or)\b/i.test(between)) {
          prev.doc = doc;
          doc = null;
        }
      }
    }
    const construed = CONSTRUED.test(prefix.slice(-90));
    // The filing the court construes carries the entry: "a letter from Mr. Quimby (Doc. 150), which it construes as a
    // motion to appoint counsel" · "Defendant filed a letter [Doc. 88]. The Court construes the letter as a motion ...".
    if (construed && !doc) doc = construedEntry(text, cites, out, ss, a.index);
    // "The Court has received an undated pro se letter ... The Court construes this to be a motion": the letter's status.
    // ... and its filer: "Petitioner, an inmate at FCI Gilmer, sent the Court a letter ... The Court construes the letter as a motion".
    if (construed && !movant) {
      // (the letter's sender may be named two sentences before: "Appellee has filed a letter ... . ... We construe the letter")
      const from = sentenceAt(text, Math.max(0, sentenceAt(text, Math.max(0, ss - 2))[0] - 2))[0];
      for (let j = out.length - 1; j >= 0 && out[j].anchor >= from; j--) if (out[j].movant && !out[j].nested) {
        movant = out[j].movant;
        break;
      }
      // (a letter that is no mention of its own: its sender)
      const letters = movant ? [] : [...text.slice(from, a.index).matchAll(/\bletter\b/gi)];
      for (let j = letters.length - 1; j >= 0 && !movant; j--) {
        const lf = from + letters[j].index!;
        const f = filerMovant(text.slice(Math.max(from, lf - 120), lf), '');
        if (f && f.at >= 0) movant = { value: f.value, s: Math.max(from, lf - 120) + f.at, e: Math.max(from, lf - 120) + f.at + f.len };
      }
    }
    if (construed && !proSe) {
      const back = text.slice(Math.max(0, ss - 300), ss);
      const pl = /\bpro\s+se\s+(?:letter|filing|submission|request|document|correspondence)\b/i.exec(back);
      if (pl) proSe = { value: true, s: Math.max(0, ss - 300) + pl.index, e: Math.max(0, ss - 300) + pl.index + 6 };
    }
    const brief = BRIEF.test(prefix.slice(-60));
    if (brief) doc = null;
    // (past the filer's words: "The motion of Plaintiff-Appellant Brindle Farms LLC to file an oversized brief")
    const reliefWords = !k && !bare ? withoutFiler(words) : words;
    // (the relief named before the noun: "his in forma pauperis motion (doc. 3)" · "the sanctions motion")
    const pre = !k && bare ? PREFIX_RELIEF.exec(prefix) : null;
    // (an objection to a magistrate judge's report or order names its relief in its own name, full or short)
    const objection = filing?.rule === 'motion-kind/objection-to-magistrate';
    const relief = objection ? 'objection' : !k && !bare ? reliefKey(reliefWords) : pre ? reliefKey(`for ${pre[1]}`) : undefined;
    const reliefText = objection ? 'objection' : relief ? (pre ? pre[1] : reliefWords.slice(0, 120)).toLowerCase() : undefined;
    if (pre || objection) bare = false;
    out.push({ anchor: a.index, start, end, kind, kindRule: k ? k.rule : objection ? filing.rule : 'motion-kind/other', doc, movant, proSe, scope, nested, bare, also, loose, construed, brief, relief, reliefText, plural: paired || /^(?:motions|petitions|requests|applications)$/.test(word), reason: reasonOnly || undefined, alt: k && k.end > 0 ? alternativeKind(text, anchorEnd + k.end, se) : undefined, filer: filerName(mv, text.slice(anchorEnd, wEnd)) ?? (pm && pm.at >= 0 ? prefix.slice(pm.at, pm.at + pm.len).toLowerCase() : null) });
    // "motion sequence numbers 001 and 002": one mention per sequence number.
    if (doc?.rule === 'record/ny-motion-seq') {
      const last = out[out.length - 1];
      for (let cj = cites.indexOf(doc) + 1; cj > 0 && cj < cites.length && cites[cj].rule === 'record/ny-motion-seq-item' && cites[cj].span[0] < se; cj++) out.push({ ...last, anchor: cites[cj].span[0], doc: cites[cj] });
    }
    // One plural word for filings with their own entries: "The motions to dismiss filed by Corvant (Doc. 8) and Vesk
    // (Doc. 11)" · "Defendants' motions in limine (ECF Nos. 40, 42)" are several motions of one kind.
    if (!second && doc && (paired || /^motions$/i.test(word)) && !brief) {
      // A counted plural may describe each filing at length: "two Motions for a Preliminary Injunction, one filed
      // by the plaintiff in the first action, ECF No. 26, and the other filed by the plaintiffs in the second, ECF No. 3".
      const counted = /\b(?:two|three|four|five|six|seven|eight|nine|ten|both|several|multiple)\s+(?:[\w-]+\s+){0,2}$/i.test(prefix);
      // (the run of entries may stand after the sentence, in parentheses of its own: "nine pending motions to seal. (Dkt.
      // 475; Dkt. 487; ... Dkt. 533).")
      // (a counted plural only: "cross-motions for summary judgment. (ECF Nos. 33, 36.)" are told apart by their sides)
      const after = counted && doc.span[0] >= se ? Math.min(nextAnchor, sentenceAt(text, doc.span[0])[1]) : 0;
      const end = after || (counted ? Math.min(se, nextAnchor, anchorEnd + 700) : lim);
      let listMovant = movant;
      for (let cj = cites.indexOf(doc) + 1; cj > 0 && cj < cites.length && cites[cj].span[0] < end; cj++) {
        const c = cites[cj];
        // (an entry followed by its own relief, "and [42] for an extension of time", is read as its own filing elsewhere)
        if (c.value.entry === doc.value.entry || /^[\s\])]*(?:for|to|seeking|requesting)\b/i.test(text.slice(c.span[1], c.span[1] + 14))) continue;
        // (the other side's answers cited after them are no motions: "three suppression motions [docs. 35, 36, 37], to
        // which the United States has responded in opposition [docs. 38, 41, 43]")
        if (OTHER_PAPERS.test(text.slice(cites[cj - 1].span[1], c.span[0]))) break;
        // (each entry's own filer, when the list names it: "motions in limine filed by the government (DE 41) and
        // defendant (DE 45, 54)")
        const between = text.slice(cites[cj - 1].span[1], c.span[0]);
        const own = ENTRY_FILER.exec(between);
        if (own) listMovant = { value: movantOf(own[1]), s: cites[cj - 1].span[1] + own.index, e: cites[cj - 1].span[1] + own.index + own[1].length };
        out.push({ anchor: c.span[0], start, end, kind, kindRule: k ? k.rule : 'motion-kind/other', doc: c, movant: listMovant, proSe, scope, relief, reliefText, bare: bare || undefined, listed: bare || undefined });
      }
    }
    if (second) {
      // The second filing: its own relief, the same movant and scope.
      const at = secondAt;
      const rest = text.slice(at, Math.min(se, nextAnchor, at + 160));
      const k2 = classify(rest, '');
      const kind2: KindHit = k2 && k2.kind !== 'sentence_reduction' && k2.at <= 40 ? k2.kind : 'other';
      const relief2 = kind2 === 'other' ? reliefKey(rest) : undefined;
      out.push({
        anchor: at, start: at, end: kind2 !== 'other' && k2 ? at + k2.end : at + second[1].length, kind: kind2, kindRule: kind2 !== 'other' && k2 ? k2.rule : 'motion-kind/other',
        doc: secondDoc, movant, proSe, scope, relief: relief2, reliefText: relief2 ? rest.slice(0, 120).toLowerCase() : undefined,
      });
    }
  }
  // A counted plural whose motions the next sentences list by ordinal: "four motions filed by Petitioner. First, Petitioner
  // moves to Vacate ... § 2255. Second, Petitioner requests an evidentiary hearing ... Fourth, Petitioner requests that
  // counsel be appointed": one motion per item, of its relief, and none for the plural itself.
  for (const pl of [...out]) {
    if (!pl.plural || pl.scope !== 'pending' || !COUNTED_BEFORE.test(text.slice(Math.max(0, pl.anchor - 20), pl.anchor))) continue;
    const items: Mention[] = [];
    ORDINAL_ITEM.lastIndex = pl.anchor;
    for (let oi = ORDINAL_ITEM.exec(text); oi !== null && oi.index < pl.anchor + 2500 && items.length < 6; oi = ORDINAL_ITEM.exec(text)) {
      const at = oi.index + oi[0].length;
      const [, ie] = sentenceAt(text, at);
      const rest = text.slice(at, Math.min(ie, at + 200));
      const k = classify(` ${rest.replace(/^that\s+/i, 'for ').replace(/^(?:an?|the)\s+/i, 'for a ')}`, '');
      // (the relief the item opens with: a kind named later is its object, "an evidentiary hearing ... [in his § 2255 motion]")
      const kind: KindHit = k && k.kind !== 'sentence_reduction' && k.at <= 30 ? k.kind : 'other';
      const relief = kind === 'other' ? reliefKey(/^(?:to|for)\s/i.test(rest) ? rest : `for ${rest.replace(/^(?:that|an?|the)\s+/i, '')}`) : undefined;
      const c = cites.find((x) => x.span[0] >= at && x.span[0] < ie + 40 && !/\bId\b/.test(text.slice(Math.max(0, x.span[0] - 5), x.span[0]))) ?? null;
      items.push({ anchor: oi.index, start: at, end: Math.min(ie, at + 60), kind, kindRule: k && kind !== 'other' ? k.rule : 'motion-kind/other', doc: c, movant: pl.movant, proSe: pl.proSe, scope: 'pending', relief, reliefText: relief ? rest.slice(0, 120).toLowerCase() : undefined });
    }
    if (items.length >= 2) {
      pl.scope = 'other';
      out.push(...items);
    }
  }
  out.sort((x, y) => x.anchor - y.anchor);
  // Relief asked for without the word motion: "defendant now seeks compassionate release", "requesting compassionate release".
  SOUGHT.lastIndex = 0;
  while ((m = SOUGHT.exec(text)) !== null) {
    const after = m.index + m[0].length;
    // "moves to dismiss" · "moved for a stay": the kind words begin with the "to" or "for" the verb took.
    // ("requests that the Court extend the deadline": read as "to extend the deadline")
    const thatCourt = /\bthat\s+(?:the|this)\s+Court\s+$/i.test(m[0]);
    const back = thatCourt ? 3 : /\bin\s+limine\s+to\s+$/i.test(m[0]) ? m[0].length - m[0].search(/in\s+limine\s+to\s+$/i) : /\b(?:to|for)\s+$/i.test(m[0]) ? m[0].length - m[0].search(/(?:to|for)\s+$/i) : 0;
    // (kind words in the next sentence are another filing's: "cross-moves for leave to amend. The motion to dismiss")
    const sEnd = sentenceAt(text, m.index)[1];
    const win = thatCourt ? 'to ' + text.slice(after, Math.min(sEnd, after + 110)) : text.slice(after - back, Math.min(sEnd, after + 110));
    const k0 = classify(win, '');
    let k = k0 && after + k0.at - back < sEnd ? { ...k0, at: thatCourt ? Math.max(0, k0.at - back) : k0.at - back, end: k0.end - back } : null;
    // (the statute in the verb's own clause names a reduction's kind: "has moved, under 18 U.S.C. § 3582(c)(1)(A)(i), for a
    // reduction of Defendant's sentence")
    if ((!k || k.kind === 'sentence_reduction') && GENERIC_RELIEF.test(text.slice(after, after + 60))) {
      const kv = kindHits(m[0]).find((h) => h.priority > 10 && RELIEF.has(h.value));
      if (kv) k = { kind: kv.value, rule: kv.rule, at: kv.span[0] - m[0].length, end: kv.span[1] - m[0].length };
    }
    // (a listed kind that is a second relief joined to the first: "moves for leave to proceed in forma pauperis and for
    // appointment of counsel" asks for two things, the first of no listed kind)
    const joined = !!k && k.at > 30 && JOINED_RELIEF.test(win.slice(0, k.at + back));
    // ("Defendant initially moved for his release through counsel": a prisoner's generic relief right at the verb, which the
    // order's statutes resolve)
    const genericAtVerb = !!k && k.kind === 'sentence_reduction' && k.at <= 4 && /^mov/i.test(m[0]) && !joined;
    if (!k || (k.kind === 'sentence_reduction' && !genericAtVerb) || k.kind === 'other' || joined) {
      // A party that moves for relief of no listed kind: "The Town of Marlow has moved for judgment on the pleadings".
      const other = movedForOther(text, m, cites, parties);
      // (not when the sentence already names this filing: a motion word on the same relief, or one right at the verb)
      if (other && !out.some((x) => x.anchor >= other.sentence[0] && x.anchor < other.sentence[1] && !x.bare && !x.loose && x.scope !== 'history' && (sameRelief(x, other.mention) && x.kind === 'other' || Math.abs(x.anchor - other.mention.anchor) < 40))) {
        out.push(other.mention);
        // ("All three Defendants have moved to sever ... See Dkt. 65 (Hill); Dkt. 66 (Holmes)": a motion per entry)
        if (other.mention.doc && PLURAL_MOVERS.test(text.slice(Math.max(other.sentence[0], m.index - 80), m.index + m[0].length))) pushPerEntry(text, cites, other.mention, out);
        const two = secondSought(text, after, other.sentence[1], other.mention, cites);
        if (two && !out.some((x) => x.anchor >= other.sentence[0] && x.anchor < other.sentence[1] && x !== other.mention && x.kind === two.kind && (two.kind !== 'other' || sameRelief(x, two)))) out.push(two);
      }
      continue;
    }
    // The kind words come first ("seeks compassionate release"), or a generic reduction names its statute in
    // the same sentence: "moves for a reduction of his sentence under 18 U.S.C. § 3582(c)(1)(A)" (not "seeks a
    // sentence reduction to time served, or home confinement in the alternative": a second relief, no statute).
    // (or the court is asked to order the Bureau of Prisons to grant it: "asks the Court to order the Bureau of Prisons to
    // release him to home confinement")
    if (k.at > 30 && !BOP_BRIDGE.test(win.slice(0, k.at + back)) && !(GENERIC_RELIEF.test(win) && /\b(?:under|pursuant\s+to)\b/i.test(win.slice(0, k.at + back)) && !/[.;]\s+[A-Z(]/.test(win.slice(0, k.at + back)))) continue;
    const [ss, se] = sentenceAt(text, m.index);
    // (one mention of a kind per sentence, but for the other side's cross-motion: "Plaintiff moved for summary judgment (Doc.
    // 30), and Defendant moved for summary judgment (Doc. 33)")
    const same = out.filter((x) => x.anchor >= ss && x.anchor < se && (x.kind === k.kind || x.also?.kind === k.kind));
    if (same.length) {
      const mine = /^mov/i.test(m[0]) ? subjectOf(text.slice(Math.max(ss, m.index - 160), m.index), m.index, parties) : null;
      if (!mine || mine.value === 'unknown' || same.some((x) => !x.movant || x.movant.value === mine.value || x.anchor > m!.index)) continue;
    }
    // The relief a motion named in the sentence before restates: "a joint Motion to Dismiss filed by foreign Defendants ...
    // (ECF No. 229). All of the foreign Defendants assert that this Court lacks personal jurisdiction over them, and seek
    // dismissal pursuant to Rule 12(b)(2). (ECF No. 231)." (seeking, not moving: a new motion is "moves")
    if (/^(?:seek|request|ask)/i.test(m[0]) && ss > 0) {
      // (the sentence before, past a cite that stands alone: "... (collectively, "Defendants"). (ECF No. 229).")
      let ps = sentenceAt(text, ss - 2)[0];
      if (/^\s*\(?[^()]{0,30}\)?\.?\s*$/.test(text.slice(ps, ss)) && ps > 0) ps = sentenceAt(text, ps - 2)[0];
      if (out.some((x) => x.anchor >= ps && x.anchor < ss && x.kind === k.kind && !x.nested && x.scope !== 'history' && /^mot/i.test(text.slice(x.anchor, x.anchor + 3)))) continue;
    }
    const prefix = text.slice(Math.max(ss, m.index - 160), m.index);
    // The relief a partial ruling names: "Insofar as the motion seeks compassionate release, it is DENIED".
    if (PARTIAL_OPEN.test(prefix)) continue;
    // "By motion ... (Doc 281), Becton seeks an extension of time": the relief names the bare motion.
    const bareHere = out.find((x) => x.bare && x.anchor >= ss && x.anchor < m!.index);
    if (bareHere) {
      bareHere.kind = k.kind;
      bareHere.kindRule = k.rule;
      bareHere.bare = false;
      continue;
    }
    if (HISTORY_PREFIX.test(prefix.slice(-45))) continue;
    // Quoted words, or a condition about someone ("A prisoner may not seek a writ of audita querela if he "may seek redress
    // under § 2255.""): nobody's request in this case.
    if (insideQuote(text, m.index) || /\b(?:if|unless|whether|when|where)\s+(?:he|she|they|the\s+\w+|an?\s+\w+)\s+(?:may|can|could|must|would|might|does\s+not|did\s+not|cannot)?\s*["“]?\s*(?:\w+\s+)?$/i.test(prefix.slice(-50))) continue;
    // A statement of the law about any prisoner: "a defendant seeking compassionate release must exhaust" ·
    // "inmates who seek home confinement" · "any defendant who requests a reduction".
    if (genericSubject(prefix, m[0])) continue;
    // The docket entry: in the same sentence or the one right after it.
    let doc: Hit<RecordCiteValue> | null = null;
    for (let ci = firstAtOrAfter(cites, after); ci < cites.length; ci++) {
      const c = cites[ci];
      // (not a cite of the next sentence that names another paper or a motion first: "The Government filed a response in
      // opposition to Mr. Doe's Motion for Release. (Gov't's Opp'n [Doc. No. 642].)")
      if (c.span[0] >= Math.min(text.length, se + 300) || text.slice(se, c.span[0]).includes('\n') || PAPER_LABEL.test(text.slice(Math.max(0, c.span[0] - 60), c.span[0])) || (c.span[0] > se && ANCHOR_WORD.test(text.slice(se, c.span[0])))) break;
      // (the cite of the order a motion attacks is the order's; the motion's own may follow: "moves for reconsideration
      // of the Court's Order of May 2, 2025 (ECF No. 40), arguing ... (ECF No. 44.)")
      if (ORDER_LABEL.test(text.slice(Math.max(after, c.span[0] - 60), c.span[0]))) continue;
      doc = c;
      break;
    }
    const movant = subjectOf(prefix, m.index, parties);
    // ("Both sides have moved for summary judgment": cross-motions, one per side, that the rulings tell apart)
    const both = !movant && /^(?:cross-?)?mov/i.test(m[0]) && BOTH_SIDES.test(prefix);
    // (or said after the relief: "Defendant initially moved for his release through counsel.")
    const first: Mention = { anchor: m.index, start: after + k.at, end: after + k.end, kind: k.kind, kindRule: k.rule, doc, movant, proSe: movant ? statusBetween(text, movant.e, after) ?? leadStatus(text, ss, movant.s) ?? statusAfter(text, after + k.end, se) : null, scope: 'pending', alt: alternativeKind(text, after + k.end, se), plural: both || undefined };
    out.push(first);
    // Several parties moving with one verb, each by its own entry: "Defendants Hill and Holmes move to suppress. See Dkt.
    // 65 (Hill); Dkt. 66 (Holmes)." · "Both defendants have moved to sever (ECF Nos. 30, 31)": a motion per entry.
    if (doc && PLURAL_MOVERS.test(prefix.slice(-80) + m[0])) pushPerEntry(text, cites, first, out);
    // "Defendant moves to dismiss and for sanctions": the second relief is a filing of its own kind.
    const two = movant ? secondSought(text, after + k.end, se, first, cites) : null;
    if (two && two.kind !== k.kind && !out.some((x) => x.anchor >= ss && x.anchor < se && x !== first && x.kind === two.kind)) out.push(two);
  }
  // A state court's opening: "THIS MATTER having been opened to the Court by counsel for Defendant X, on notice, for an
  // Order dismissing Plaintiff's Complaint" names the motion's relief with no motion word.
  FOR_ORDER.lastIndex = 0;
  while ((m = FOR_ORDER.exec(text)) !== null) {
    const [ss, se] = sentenceAt(text, m.index);
    const before = text.slice(Math.max(ss, m.index - 300), m.index);
    const opened = OPENED.exec(before);
    if (!opened || ANCHOR_WORD.test(before.slice(opened.index))) continue;
    const k = classify(text.slice(m.index, Math.min(se, m.index + 160)), '');
    const relief = !k || k.kind === 'other' ? reliefKey(text.slice(m.index, Math.min(se, m.index + 160))) : undefined;
    if (k && k.kind === 'sentence_reduction') continue;
    const o = openedByMovant(before, parties);
    const base = m.index - before.length;
    out.push({
      anchor: m.index, start: m.index + (k ? k.at : 0), end: m.index + (k ? k.end : m[0].length), kind: k ? k.kind : 'other', kindRule: k ? k.rule : 'motion-kind/opened-for',
      doc: null, movant: o ? { value: o.value, s: base + o.at, e: base + o.at + o.len } : null, proSe: null, scope: 'pending', relief, reliefText: relief ? text.slice(m.index, m.index + 120).toLowerCase() : undefined,
    });
  }
  // A prisoner's challenge under a habeas statute, told with no filing word: "Petitioner, a pro se prisoner in federal
  // custody, challenges the calculation of his federal sentence under 28 U.S.C. § 2241" is his petition (when no filing of
  // that kind is named otherwise).
  HABEAS_CHALLENGE.lastIndex = 0;
  while ((m = HABEAS_CHALLENGE.exec(text)) !== null) {
    const kind: KindHit = m[3] === '2241' ? 'section_2241' : m[3] === '2255' ? 'section_2255' : 'other';
    if (out.some((x) => x.kind === kind && !x.nested)) continue;
    const at = m.index + m[0].length - m[3].length;
    const pro = m[2] ? /\bpro\s+se\b/i.exec(m[2]) : null;
    const proAt = pro ? m.index + m[1].length + m[2].indexOf(pro[0]) : -1;
    out.push({
      anchor: at, start: at, end: at + m[3].length, kind, kindRule: 'motion-kind/habeas-challenge', doc: null,
      movant: { value: movantOf(m[1]), s: m.index, e: m.index + m[1].length }, proSe: pro ? { value: true, s: proAt, e: proAt + pro[0].length } : null, scope: 'pending',
      relief: kind === 'other' ? 'habeas' : undefined, reliefText: kind === 'other' ? 'habeas' : undefined,
    });
  }
  out.sort((a, b) => a.anchor - b.anchor);
  return out;
}

const HABEAS_CHALLENGE = /\b(Petitioner|Movant|Defendant)(,\s+[^,;]{1,100},)?\s+(?:now\s+)?(?:challenges|attacks|contests)\s+[^.;]{1,140}?\bunder\s+(?:28\s+U\.\s?S\.\s?C\.\s+)?(?:§+|[Ss]ection)\s*(2241|2254|2255)\b/g;

// "for an Order dismissing" · "for the entry of an Order compelling" (the relief a state court's opening names)
const FOR_ORDER = /\bfor\s+(?:the\s+)?(?:entry\s+of\s+)?an\s+Order\b/gi;
// "opened to the Court by" · "brought before the Court" (the words before it)
const OPENED = /\b(?:opened|brought|presented)\s+(?:to|before)\s+(?:the|this)\s+Court\b/i;
// The court's own earlier order or judgment labelling the cite right after it: "the Court's Order of May 2, 2025 (ECF No. 40)"
// · "its Judgment entered March 3, 2024 (Doc. 88)" · "the Order dated June 1, 2023 [Doc. No. 12]" (not a title: "Motion to
// Vacate Order (Doc. 44)" names no possessive court and no date)
const ORDER_LABEL = /\b(?:(?:Court['’]s|its|this\s+Court['’]s)\s+(?:\w+\s+){0,3}?(?:Order|Judgment|Opinion)\b(?:[^()\[\].;]{0,45})?|(?:Order|Judgment|Opinion)\s+(?:of|dated|entered(?:\s+on)?|filed(?:\s+on)?)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}))\s*[(\[]\s*$/;
// A paper other than a motion labelling the record cite right after it, inside the same parentheses or brackets:
// (a label inside the parentheses only: "moves for summary judgment. (ECF No. 41)" cites the motion)
// "(Gov't's Opp'n [Doc. No. 642])" · "(Resp., ECF No. 40)" · "(Def.'s Reply Br. at 2, Doc. 51)" · "[Plea Agmt., Doc. 20]"
export const PAPER_LABEL = /[(\[][^()\[\]\n]{0,30}?\b(?:Opp['’]n|Opposition|Resp\.|Response|Reply|Mem\.|Memorandum|Br\.|Brief|Obj\.|Objections?|Decl\.|Declaration|Aff\.|Affidavit|Ex\.|Exhibit|Tr\.|Transcript|Agmt\.?|Agreement|PSR|Presentence\s+(?:Investigation\s+)?Report)(?![A-Za-z])[^()\[\]\n]{0,25}[\[(]?\s*$/i;

// A lower court's ruling: "the trial court denied" · "the district court later granted" · "the bankruptcy court overruled"
const LOWER_COURT_RULED = /\b(?:trial|district|lower|county|circuit|superior|bankruptcy|magistrate)\s+(?:court|judge)\s+(?:(?:then|later|subsequently|ultimately|summarily|initially|also)\s+)?(?:granted|denied|dismissed|overruled|sustained)\b/i;

/** The lower court ruled on this same filing in the words after its mention: same noun, same kind (or same relief). */
function lowerCourtRuled(after: string, word: string, kind: KindHit | null, words: string): boolean {
  const r = LOWER_COURT_RULED.exec(after);
  if (!r) return false;
  // ("filed a plea to the jurisdiction, which the trial court later granted": the filing itself)
  if (/^[^.;]{0,60},?\s+(?:which|that)\s+(?:the\s+)?$/i.test(after.slice(0, r.index))) return true;
  const obj = after.slice(r.index + r[0].length, r.index + r[0].length + 100);
  const noun = word.split(/\s/)[0].replace(/s$/, '');
  const at = obj.search(new RegExp(`\\b${noun}`, 'i'));
  if (at < 0 || at > 40) return false;
  // (a state paper's name is its kind: "denied the City's plea to the jurisdiction")
  if (STATE_FILING.some((f) => f.word.test(word))) return true;
  const k2 = classify(obj.slice(at + noun.length), '');
  return (k2?.kind ?? null) === kind && (kind !== null || reliefKey(obj.slice(at + noun.length)) === reliefKey(words));
}

// Words for the papers answering a motion: "responded in opposition" · "the Government's response" · "replies"
const OTHER_PAPERS = /\b(?:respon(?:se|ses|ded|ds)|oppos(?:ition|ed|es)|repl(?:y|ies|ied)|objections?)\b/i;

// Papers of state and bankruptcy practice that are motions in substance, with the kind each asks for when the word says
// it: a demurrer or a plea to the jurisdiction asks to dismiss; preliminary objections (Pennsylvania) and a claim objection
// ask for what they say.
// (the short name, once the full one is in the text: "the plea should be, and hereby is, GRANTED" · "The Objection is
// SUSTAINED"; never a guilty plea: "the plea agreement", "his plea of guilty")
const STATE_FILING: Array<{ word: RegExp; kind: KindHit | null; rule: string; short?: RegExp }> = [
  { word: /^demurrers?$/, kind: 'dismiss', rule: 'motion-kind/demurrer' },
  { word: /^pleas?(?:\s+to\s+the\s+jurisdiction)?$/, kind: 'dismiss', rule: 'motion-kind/plea-to-jurisdiction', short: /(?<=\b(?:the|this|its|said|such|[Dd]efendants?['’]s?|[Pp]laintiffs?['’]s?)\s)pleas?\b(?!\s+(?:agreement|of\b|bargain|hearing|colloquy|deal|offer|to\s+the\s+jurisdiction))/ },
  { word: /^preliminary\s+objections?$/, kind: null, rule: 'motion-kind/preliminary-objections' },
  // (an objection to a magistrate judge's report or order: the district judge sustains or overrules it; "Defendants'
  // objections [DN 90] are OVERRULED" after "Defendants' objections to Magistrate Judge King's August 1, 2016 Order")
  // (so is an appeal from one: "plaintiff's appeal from Magistrate Judge Hedges' March 23, 2005 Order ... plaintiff's appeal is
  // DENIED")
  { word: /^(?:objections?|appeals?)$/, kind: null, rule: 'motion-kind/objection-to-magistrate', short: /(?<=\b(?:the|such|any|all|his|her|their|its|[A-Z][\w.-]*['’]s?)\s+(?:(?:timely|pro\s+se|written|remaining|specific)\s+)?)(?:Objections?|Appeal)\b(?!\s+to\s+(?:the\s+)?(?:allowance|claims?|proofs?|certain))/ },
  { word: /^(?:objections?(?:\s.*)?|claims?\s+objections?)$/, kind: null, rule: 'motion-kind/claim-objection', short: /(?<=\b(?:the|this|its|said|such|[Tt]rustee['’]s|[Dd]ebtors?['’]s?)\s)Objections?\b(?!\s+to\s+(?:the\s+)?(?:Report|R&R|Magistrate|recommend))/ },
];

// A motion word between the opening and the relief: the relief is that motion's ("... on a motion for an Order ...").
const ANCHOR_WORD = /\b(?:motions?|petitions?|applications?|requests?|letter)\b/i;

// The words between a request and the relief it asks the Bureau of Prisons for: "to order the Bureau of Prisons to release
// him to " · "direct the BOP to place her on " · "recommend that the BOP transfer him to "
const BOP_BRIDGE = /^(?:to\s+)?(?:order|direct|recommend\s+that|require)\s+(?:the\s+)?(?:Bureau\s+of\s+Prisons|BOP)(?:\s*\(["“]?BOP["”]?\))?\s+(?:to\s+)?(?:release|place|transfer|designate|move)\s+(?:him|her|them|Defendant|the\s+defendant)\s+(?:to|in|on|into)\s+$/i;

// The words between a verb and a second relief it takes: "for leave to proceed in forma pauperis and for " · "to compel,
// and to " · "... complaint and for an " · "to seal its memorandum (Doc. 9) and for an " (no sentence break)
const JOINED_RELIEF = /^(?:[^.;(\[]|\([^()]{0,40}\)|\[[^\]]{0,40}\]){1,120}?(?:,\s*|\s+)and\s+(?:also\s+)?(?:(?:for|to)\s+)?(?:(?:an?|the)\s+)?$/i;
// ... found forward from the verb: "... and for appointment of counsel"
const SECOND_SOUGHT = /^(?:[^.;(\[]|\([^()]{0,40}\)|\[[^\]]{0,40}\]){0,120}?(?:,\s*|\s+)and\s+(?:also\s+)?((?:for|to)\s+\S)/i;

/**
 * The second relief one verb asks for ("moves for X and for Y"): a mention of it with the first one's filer, or null.
 * One filing or two? The order's rulings tell: the mention is no motion of its own (scope other), but a motion a ruling
 * makes of that relief takes its filer (see `groupMentions`).
 */
function secondSought(text: string, after: number, se: number, first: Mention, cites: Hit<RecordCiteValue>[]): Mention | null {
  const r = SECOND_SOUGHT.exec(text.slice(after, se));
  if (!r) return null;
  const at = after + r.index + r[0].length - r[1].length;
  const rest = text.slice(at, Math.min(se, at + 120));
  // A second relief with its own docket entry is a filing of its own: "Defendant moved to dismiss (ECF No. 12) and to stay
  // discovery (ECF No. 15)" (the first relief carries another entry).
  const ci = firstAtOrAfter(cites, at);
  const own = first.doc && ci < cites.length && cites[ci].span[0] < Math.min(se, at + 160) && cites[ci].value.entry !== first.doc.value.entry && !/\b(?:and|or)\s+(?:to|for)\s/i.test(text.slice(at + 4, cites[ci].span[0])) ? cites[ci] : null;
  const scope: Mention['scope'] = own ? 'pending' : 'other';
  const k = classify(rest, '');
  if (k && k.kind !== 'sentence_reduction' && k.kind !== 'other' && k.at <= 30) {
    return { anchor: at, start: at + k.at, end: at + k.end, kind: k.kind, kindRule: k.rule, doc: own, movant: first.movant, proSe: first.proSe, scope, joined: !own || undefined };
  }
  const relief = reliefKey(rest);
  if (!relief || relief === first.relief) return null;
  return { anchor: at, start: at, end: at + r[1].length, kind: 'other', kindRule: 'motion-kind/moved-for', doc: own, movant: first.movant, proSe: first.proSe, scope, joined: !own || undefined, relief, reliefText: rest.toLowerCase() };
}

/** The line holding `at` is a heading in capitals of at most 120 characters: "PLAINTIFF'S MOTION TO COMPEL (ECF NO. 31)". */
function headingLine(text: string, at: number): boolean {
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  let le = text.indexOf('\n', at);
  if (le < 0) le = text.length;
  if (le - ls > 120) return false;
  const line = text.slice(ls, le);
  return /[A-Z]{3}/.test(line) && !/[a-z]/.test(line);
}

// A plural subject before the verb "move" ("Defendants Hill and Holmes move to", "Both defendants have moved for",
// "The Smith defendants each move to"): several filers, perhaps one filing each.
/** One more mention of `first`'s filing for each further entry of the run of cites that starts at its own. */
function pushPerEntry(text: string, cites: Hit<RecordCiteValue>[], first: Mention, out: Mention[]): void {
  const doc = first.doc!;
  let prev = doc;
  for (let cj = cites.indexOf(doc) + 1; cj > 0 && cj < cites.length; cj++) {
    const c = cites[cj];
    if (!CITE_RUN.test(text.slice(prev.span[1], c.span[0]))) break;
    if (c.value.entry !== doc.value.entry && !out.some((x) => x.doc?.value.entry === c.value.entry && x.kind === first.kind)) out.push({ ...first, anchor: c.span[0], doc: c, alt: undefined });
    prev = c;
  }
}

const PAIRED_BEFORE = /\bmotion\s*(?:\/|\band\b|&)\s*(?:(?:his|her|its|their|the|an?)\s+)?(?:amended|renewed|supplemental|second|corrected|revised|subsequent)\s+$/i;
const PLURAL_MOVERS = /(?:\b(?:Defendants|defendants|Plaintiffs|plaintiffs|Petitioners|Respondents|Appellants|Appellees|Movants|both|each)\b[^.;]{0,60}|\b[A-Z][\w'’.-]+\s+and\s+[A-Z][\w'’.-]+\s+)(?:each\s+|separately\s+|all\s+)?(?:move|have\s+(?:each\s+|separately\s+)?moved)\b[^.;]{0,40}$/;
// What may stand between two entries of one run of cites: a name in parentheses, a comma or semicolon, "and", "see"
// ("Dkt. 65 (Hill); Dkt. 66 (Holmes)" · "ECF Nos. 30, 31" · "Doc. 12, Smith; Doc. 14, Jones").
const CITE_RUN = /^[\s)\]]*(?:\([^()\n]{1,40}\)[\s)\]]*)?(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s*)?[;,]?\s*(?:and\s+)?(?:see\s+(?:also\s+)?)?[\s([]*$/i;

/** The party that is the subject of "moves for ..." (its words end `prefix`, which ends at `at`). */
function subjectOf(prefix: string, at: number, parties: PartyRef[], before = ''): Mention['movant'] {
  // (past an appositive between the subject and its verb: "Plaintiff, who is proceeding pro se, moves" · "Plaintiff,
  // through counsel, moves" · "Acme Corp., the remaining defendant, moves")
  // ("Acme Corp. ("Acme") moves": past the short name it defines)
  // ("Defendants, the City of Duluth and Officers Hamm and Lisle, have moved": the auxiliary first, then the appositive)
  // ("Gretchen Alvarado-Stiles, the chapter 7 trustee, moves" · "Acme Corp., the remaining defendant, moves": the role the
  // appositive names)
  // ("the Debtor's secured lender, Brandywine Capital Partners, LLC ("Brandywine"), moved": a creditor described)
  const lender = DEBTOR_LENDER.exec(prefix);
  if (lender) {
    const ls = at - prefix.length + lender.index + lender[0].indexOf(lender[1]);
    return { value: 'creditor', s: ls, e: ls + lender[1].length };
  }
  // ("Defendants Sprint Nextel Corp., Sprint Spectrum L.P., and Sprint Solutions Inc. (collectively, “Sprint”) move": a
  // plural role word before the names the short name collects)
  const co = COLLECTED_SUBJECT.exec(prefix);
  if (co) return { value: movantOf(co[1]), s: at - prefix.length + co.index, e: at - prefix.length + co.index + co[1].length };
  const ap = APPOSITIVE_ROLE.exec(prefix);
  if (ap) return { value: movantOf(ap[1]), s: at - prefix.length + ap.index + ap[0].indexOf(ap[1]), e: at - prefix.length + ap.index + ap[0].indexOf(ap[1]) + ap[1].length };
  let p = prefix;
  // ("Came the Defendant, by counsel, and moved the Court to" · "Comes now the Plaintiff, pro se, and moves": the older
  // opening puts the party after the verb of coming)
  if (CAME.test(p)) p = p.replace(/(?:,\s+[^,;]{1,40},?)?\s+and\s*$/, ' ');
  for (let k = 0; k < 3; k++) {
    const q = p
      .replace(/\s*\([^()]{0,40}\)\s*$/, ' ')
      // (and an adverb of time or manner: "Defendant initially moved", "Plaintiff timely moves")
      .replace(/\s+(?:now|also|again|apparently|has|have|hereby|respectfully|jointly|further|therefore|accordingly|thereafter|separately|likewise|each|both|all|then|first|having|[a-z]{3,}ly)\s*$/, ' ')
      // (one or more appositives: "The United States of America, by its attorney, the United States Attorney for the District
      // of X, moves")
      .replace(/(?:\s*,\s+[^,;]{1,80})+,\s*$/, ' ');
    if (q === p) break;
    p = q;
  }
  // ("Defendants Kestrel Logistics, Inc. [Doc. 14] and Ostrander Trucking, LLC [Doc. 16] have each": past each one's entry)
  p = p.replace(/\s*\[[^\]]{0,30}\]/g, '');
  let mv = movantBefore(p);
  // (a role word that a preposition governs is no subject: "Answering a brief filed by the Government, Hale moved in
  // limine")
  if (mv && /\b(?:by|to|from|with|against|of)\s+(?:the\s+)?$/i.test(p.slice(0, mv.index)) && /,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$/.test(p.slice(mv.index + mv[1].length))) mv = null;
  // "Rafael Quintero moves for ...": a caption party named as the subject.
  const pm = mv ? null : partyMovant(p, parties) ?? subjectName(p, parties);
  const base = at - prefix.length;
  if (mv) return { value: movantOf(mv[1]), s: base + mv.index, e: base + mv.index + mv[1].length };
  if (pm && pm.at >= 0) return { value: pm.value, s: base + pm.at, e: base + pm.at + pm.len };
  // A side described by its case: "Plaintiffs in the District of Vermont action move ..."
  const side = SIDE_IN.exec(p);
  if (side) return { value: movantOf(side[1]), s: base + side.index, e: base + side.index + side[1].length };
  // ("He has also moved to supplement the record": the party the sentence before opens on, when the pronoun opens this one)
  const op = PRONOUN_SUBJECT.test(prefix) ? openingParty(before, parties) : null;
  return op ? { value: op.value, s: base - before.length + op.at, e: base - before.length + op.at + op.len } : null;
}

// A sentence that opens on a personal pronoun as the filer: "He has also " · "She now " · "He " (moves, has moved)
const PRONOUN_SUBJECT = /^\s*(?:He|She)\s+(?:(?:has|also|now|further|then|subsequently|separately)\s+)*$/;

// An appositive that names the subject's role, right before its verb: ", the chapter 7 trustee, " · ", the remaining defendant, "
const APPOSITIVE_ROLE = /,\s+(?:the|its|his|her|their)\s+(?:(?:chapter\s+\d+|interim|standing|successor|liquidating|plan|duly\s+appointed|remaining|moving|only|sole|individual|corporate|named|pro\s+se)\s+)*(trustee|debtors?(?:[-\s]in[-\s]possession)?|creditor|defendants?|plaintiffs?|petitioners?|respondents?)(?:\s+(?:in|of)\s+[^,;]{1,40})?,\s*(?:(?:has|have|now|also|hereby|respectfully)\s+)*$/i;
// A plural role word, the names it lists, then the short name that collects them: "Defendants A Corp., B L.P., and C Inc.
// (collectively, “Sprint”) "
const COLLECTED_SUBJECT = /\b(Defendants|Plaintiffs|Petitioners|Respondents|Debtors)\s+[A-Z][^;()]{0,200}\((?:collectively|together),?\s+(?:the\s+)?["“][^"”]{1,40}["”]\)\s*$/;
// The debtor's lender or landlord as the subject: "the Debtor's secured lender, X, " · "Debtors' largest creditor, X (\"X\"), "
const DEBTOR_LENDER = /\bDebtors?['’]s?\s+(?:(?:secured|largest|senior|prepetition|principal|unsecured|judgment|former|primary|DIP)\s+)*(lender|creditor|landlord|lessor|noteholder|bank)(?:,\s+[^,;]{1,80})*,?\s*(?:(?:has|have|now|also)\s+)*$/;
// "Came the Defendant, by counsel, and " · "Comes now the Plaintiff and "
const CAME = /^\s*(?:(?:Now|And)\s+)?(?:came|comes|come)\s+(?:now\s+)?(?:the\s+)?\S/i;

// "Plaintiffs in the Vermont action " · "Defendants from the second case " (the verb follows)
const SIDE_IN = /\b(Plaintiffs?|Defendants?|Petitioners?|Respondents?)\s+(?:in|from|of)\s+(?:the\s+|both\s+|all\s+|each\s+)?[^,.;]{1,60}?\s+(?:actions?|cases?|suits?|matters?)\s+$/;

// "moves for" · "moved to" · "has moved for" · "applies for" · "seeks leave to" · "moved, pro se, for" · "moved orally at
// the hearing to" · "moves, pursuant
// to Rule 12(b)(6), Fed.R.Civ.P., to"
const MOVED_VERB = /^(?:(?:cross-?)?mov(?:es?|ed)(?:,\s*(?:pro\s+se|(?:by\s+and\s+)?through\s+(?:\w+\s+)?counsel|by\s+(?:\w+\s+)?counsel),)?(?:\s+(?:orally|ore\s+tenus|jointly|formally|separately|in\s+writing|at\s+(?:the|a)\s+(?:hearing|trial|conference|sentencing)))*(?:\s+|(?=,\s*(?:under|pursuant)))(?:(?:the|this)\s+(?:Court|Panel)\s+)?(?:,?\s*(?:under|pursuant\s+to)\s+[^,;]{2,70}?(?:,\s*[^,;]{2,30}?)??,?\s+)?(?:for|to)|applies\s+for)\s+$/i;

/**
 * A party that moves for relief of no listed kind, with no motion word: "The Town of Marlow has moved for judgment on the
 * pleadings (ECF No. 30)" · "Plaintiffs move for leave to file a second amended complaint". The subject must be a
 * party (a role word or a caption name); the relief key keeps two such motions apart.
 */
function movedForOther(text: string, m: RegExpExecArray, cites: Hit<RecordCiteValue>[], parties: PartyRef[]): { mention: Mention; sentence: Span } | null {
  // (a letter's "Plaintiff respectfully requests an adjournment": a request in the party's own voice)
  const letterRequest = /^requests?\s+$/i.test(m[0]) && /\b(?:respectfully|jointly|hereby)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index));
  // A party that asks in other words, with the filing's entry next: "Plaintiff requests that the Court extend ... (Doc. No.
  // 51.)" · "Defendant asks for an evidentiary hearing ... [#140]" · "Defendant petitions the Court for early termination
  // of his probation. ECF 52." (an argument's "asks the Court to deny the motion" is no filing, nor a letter "asking to be
  // released": the letter is the filing)
  // ("Plaintiff seeks to compel Defendant to produce ... ECF No. 48.": a filing by its entry; not a complaint's "seeks to
  // recover damages")
  const after = m.index + m[0].length;
  const seeksTo = /^seeks?\s+$/i.test(m[0]) && /^to\s+(?!recover|obtain|hold|enjoin|vindicate|challenge|invalidate|represent)[a-z]/i.test(text.slice(after, after + 20)) && !/\b(?:complaint|petition|lawsuit|suit|action|claims?|counts?|damages)\b/i.test(text.slice(sentenceAt(text, m.index)[0], after + 120));
  const asked = /^(?:asks?\s|requests?\s+that|petitions?\s)/i.test(m[0]) || seeksTo;
  if (!MOVED_VERB.test(m[0]) && !/^seeks?\s+$/i.test(m[0]) && !letterRequest && !asked) return null;
  // (the verb's preposition is the relief's first word: "for judgment ...", "to intervene")
  const prep = /(?:for|to)\s+$/i.exec(m[0]);
  const reliefWords = (prep ? prep[0] : /^requests?\s+that/i.test(m[0]) ? 'to ' : '') + text.slice(after, after + 120);
  if (/^seeks?\s+$/i.test(m[0]) && !seeksTo && !/^(?:leave\s+to|relief\s+from)\b/i.test(reliefWords)) return null;
  if (asked && ASKED_NOT_FILED.test(reliefWords)) return null;
  const relief = reliefKey(/^(?:seeks?|requests?)\s+$/i.test(m[0]) && !seeksTo ? `for ${reliefWords}` : reliefWords);
  if (!relief) return null;
  const [ss, se] = sentenceAt(text, m.index);
  const prefix = text.slice(Math.max(ss, m.index - 160), m.index);
  if (HISTORY_PREFIX.test(prefix.slice(-45)) || genericSubject(prefix, m[0]) || PARTIAL_OPEN.test(prefix.slice(-90))) return null;
  const movant = subjectOf(prefix, m.index, parties, ss === Math.max(ss, m.index - 160) ? text.slice(Math.max(0, ss - 400), ss) : '');
  if (!movant) return null;
  let doc: Hit<RecordCiteValue> | null = null;
  let ci = firstAtOrAfter(cites, after);
  // (past the cite of the order the motion attacks: "asks the Court to vacate its Judgment entered March 3, 2024 (Doc. 88)")
  while (ci < cites.length && cites[ci].span[0] < se && ORDER_LABEL.test(text.slice(Math.max(after, cites[ci].span[0] - 60), cites[ci].span[0]))) ci++;
  // (or the cite that opens the next sentence: "Acme moves for judgment on the pleadings. Dkt. 27." · "... See Dkt. 65 (Hill)")
  if (ci < cites.length && (cites[ci].span[0] < Math.min(text.length, se + 4) || (cites[ci].span[0] >= se && /^[\s(\[]*(?:see(?:\s+also)?,?\s+)?$/i.test(text.slice(se, cites[ci].span[0]))))) doc = cites[ci];
  if (asked && !doc) return null;
  const end = Math.min(se, after + Math.max(1, reliefWords.search(/[.;(]|$/) - (prep ? prep[0].length : 0)));
  return {
    mention: { anchor: m.index, start: m.index, end, kind: 'other', kindRule: 'motion-kind/moved-for', doc, movant, proSe: statusBetween(text, movant.e, after) ?? leadStatus(text, ss, movant.s), scope: 'pending', relief, reliefText: ownRelief(reliefWords).toLowerCase(), crossMoved: /^cross/i.test(m[0]) },
    sentence: [ss, se],
  };
}

// What a party asks of a ruling on another's filing, or of the case, in an argument: "to deny the motion" · "for the motion to
// be denied" · "to grant its motion" · "to adopt the report" (not a filing of its own)
const ASKED_NOT_FILED = /^(?:to|for)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:deny|denial|grant|reject|overrule|sustain|adopt|decline|disregard|rule|consider|find|hold|conclude|dismissal\s+of\s+(?:the|this)\s+(?:motion|petition))\b|^(?:to|for)\s+[^.;]{0,40}\b(?:motion|petition|objection)s?\s+(?:to\s+)?be\s+(?:granted|denied)\b/i;

// The relief named after the motion word, past articles and "leave to" / "an order": "to Quash" · "for an Order
// Compelling" · "for Leave to File a Sur-reply" · "for oral argument" · "(Doc. 5) to Intervene"; not a ruling's
// reason after the motion: "dismisses the motion for lack of jurisdiction" · "denies the motion for the reasons stated"
const RELIEF_WORDS = /^[\s,]*(?:\([^)]{0,60}\)\s*)?(?:to|for|requesting|seeking|asking(?:\s+for)?)\s+(?!(?:(?:an?|the)\s+)?(?:lack|failure|want|reasons?|same|good|all|these|those|that|this|which|purposes?|further|time\s+served)\b)(?:(?:an?|the|his|her|its|their|leave|permission|order|entry|of|to|be|allowed)\s+)*([A-Za-z][\w-]*)/i;

// The subject of cross-motions: "Both sides have " · "The parties have each " · "Plaintiffs and Defendants " (not "The parties
// jointly": one joint motion)
const BOTH_SIDES = /\b(?:[Bb]oth\s+(?:sides|parties)|[Tt]he\s+parties|[Pp]laintiffs?\s+and\s+[Dd]efendants?|[Ee]ach\s+(?:side|party))\s+(?:(?:have|has|now|each|both|also)\s+)*$/;

// "... to dismiss or, in the alternative, for " · ", or alternatively to " (the kind the same filing asks for next)
const ALTERNATIVE = /^[^.;]{0,60}?,?\s+or,?\s+(?:in\s+the\s+alternative|alternatively),?\s+(?:(?:for|to)\s+)?/i;

/**
 * The kind one filing asks for in the alternative: "The Army has moved to dismiss or, in the alternative, for summary
 * judgment" is one motion, decided under either name (see `finishMotions`).
 */
function alternativeKind(text: string, from: number, se: number): KindHit | undefined {
  const r = ALTERNATIVE.exec(text.slice(from, Math.min(se, from + 200)));
  if (!r) return undefined;
  const at = from + r.index + r[0].length;
  // (a verb's "to" may be left out after the alternative: "moved to dismiss or, in the alternative, stay the case")
  const k = classify(text.slice(at - 4, Math.min(se, at + 80)), '') ?? (/\b(?:for|to)\s+$/i.test(r[0]) ? null : classify(' to ' + text.slice(at, Math.min(se, at + 80)), ''));
  return k && k.at <= 8 && k.kind !== 'sentence_reduction' && k.kind !== 'other' ? k.kind : undefined;
}

/** The words of one relief, to the end of its clause: "to remand this action to state court" (", and defendant cross-moves ..." is another's). */
function ownRelief(words: string): string {
  // (a second relief with its own verb is another filing's: "to compel discovery [40] and for sanctions [41]")
  const cut = words.slice(0, 120).search(/[.;]|,\s+and\s|\s+and\s+(?:also\s+)?(?:to|for)\s|\s+and\s+(?:the\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|movants?|government)\b/i);
  return cut < 0 ? words.slice(0, 120) : words.slice(0, cut);
}

/** A short key for the relief an unclassified motion asks for; two filings asking different things differ. */
export function reliefKey(words: string): string | undefined {
  const r = RELIEF_WORDS.exec(words);
  return r ? r[1].toLowerCase().slice(0, 6) : undefined;
}

// A numbered decretal item that opens with its ruling names the motion it decides, not an earlier order:
// "1. Granting the defendant's motion for new trial;" · "(b) Denying as moot the motion to quash".
const LIST_RULING = /^[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\)|[a-z][.)])[ \t]*(?:Granting|Denying|Dismissing|GRANTING|DENYING|DISMISSING)\b[^.;\n]*$|(?:^|[:;][ \t]*)[ \t]*(?:(?:TEXT|MINUTE|PAPERLESS|ELECTRONIC)\s+)*(?:(?:MEMORANDUM|OPINION)\s+(?:(?:AND|&)\s+)?)*ORDER\s+(?:granting|denying|dismissing|GRANTING|DENYING|DISMISSING)\b[^.;\n]*$/;

// The second relief of a plural "motions": "motions to strike and for sanctions" · "motions to compel, and to extend
// the deadline" · "motions for a stay and to dismiss"; not "motion to sever and transfer" (one relief, two verbs).
// (also after the filer: "motions of the defendant to dismiss the complaint and for summary judgment")
// (or a relief's one word with its own entry, as the first had: "Motions to Dismiss (#21) and Transfer (#24)"; not a filer's
// name: "motions to dismiss filed by Defendants Ames (ECF No. 20) and Borel (ECF No. 22)")
const SECOND_RELIEF_NOUN = /^\s*(?:to|for)\s[^;.()[\]]{1,80}?[([][^()[\]\n]{1,24}[)\]]\s*,?\s*(?:and|or)\s+((?:Transfer|Stay|Strike|Sever|Remand|Compel|Amend|Continue|Seal|Suppress|Dismiss|Quash|Intervene|Consolidate|Sanctions|Reconsider(?:ation)?|Withdraw|Substitute|Reopen|Vacate|Extend|Bifurcate|Appoint|Join(?:der)?|Expedite|Exclude|Enforce|Certify|Abstain)(?:\s+[A-Z][a-z]+){0,2}\s*(?=[([]))/;
const SECOND_RELIEF = /^\s*(?:\([^)]{0,40}\)\s*)?(?:of\s+(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?(?:to|for)\s(?:[^;.]|\.(?!\s+[A-Z][a-z]))(?:[^;.]|\.(?!\s+[A-Z][a-z])){1,119}?(?:,\s*|\s+)(?:and|or)\s+((?:to|for)\s+\S)/i;

// A filing of its own that a motion's relief names, which "filed by" after it may describe: "to dismiss the complaint" ·
// "to strike the declaration" · "for reconsideration of the order" · "to quash the subpoena"
const OBJECT_FILING = /\b(?:complaint|petition|claims?|counterclaims?|crossclaims?|action|suit|lawsuit|indictment|information|answer|brief|notice|appeal|report|response|reply|opposition|objections?|declaration|affidavit|judgment|order|subpoena|pleadings?|motion|exhibits?|memorandum|expert|testimony\s+of\s+(?:the\s+)?expert)\b/i;

// "the Court will construe Defendant's motion as a renewed" · "construes the letter (Doc. 12) as a" · "construed it as an"
// (the entry in brackets too: "construes Defendant's letter [ECF No. 30] as a")
// "The Court construes this to be a motion pursuant to" · "interprets the Motion as either a request for"
// "(a letter ...,) which it construes as a" (the object named before the verb)
const CONSTRUED = /\b(?:constru(?:e|es|ed|ing)|interpret(?:s|ed|ing)?)\s+(?:(?:it|this|them|(?:(?:the|this|that|his|her|its|[\w.'’]+['’]s?)\s+){0,3}(?:motion|letter|filing|request|petition|pleading|submission)(?:\s*(?:\([^)]{0,30}\)|\[[^\]]{0,30}\]))?)\s+)?(?:as|to\s+be)\s+(?:either\s+)?(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$/i;
// "Memorandum in Support of Emergency" · "brief in support of his" · "reply to the Government's response to the" ·
// "Supplemental Exhibits of Record to"
const BRIEF = /\b(?:memorandum|memoranda|brief|reply|response|opposition|supplement|exhibits?)\s+(?:of\s+(?:law|record)\s+)?(?:in\s+(?:support\s+of|opposition\s+to)|supporting|to)\s+(?:(?:the|his|her|its|their|[\w.'’]+['’]s?|pro\s+se|emergency|renewed|amended|pending)\s+){0,3}$/i;

// "seeks compassionate release" · "requesting compassionate release" · "moves for a reduction" · "asks for home confinement"
// "a reduction of his sentence" · "modification of her term" · "early release": relief that a statute names next.
const GENERIC_RELIEF = /^\s*(?:to\s+|for\s+)?(?:an?\s+|the\s+)?(?:(?:sentence\s+)?reduction|reduce|modification|modify|early\s+release|immediate\s+release|release)\b/i;

// Between two filings that share the first one's possessive: " (ECF No. 10) and " · ", and its related "; no other
// party named in between ("... and plaintiff's motion") and no sentence break.
// (also after one filer verb, with a time phrase: "filed a motion for reconsideration [DE 224] and, one month later, a new ")
// ... or a bare second "motion" right after "and", no article, party or possessive between, however long the first one's
// relief: "ODR's motion for attorney fees under 42 U.S.C. § 1988; section 504 ...; and 28 U.S.C. § 1927 and " (motion for
// sanctions)
const SHARED_BARE = /^(?:(?!\b(?:plaintiffs?|defendants?|petitioners?|respondents?|government|movants?|debtors?|trustee|creditors?|United\s+States)\b)[^'’\n]){0,220}?\s(?:and|as\s+well\s+as)\s+$/i;
const SHARED_POSSESSOR = /^(?:\s*\([^()]{0,40}\)|\s*\[[^\]]{0,20}\]|[^.;()\[\]'’]){0,60}?(?:,\s*|\s)(?:and|or|as\s+well\s+as)(?:\s+|(?=,))(?:(?:then|later|also|thereafter|subsequently)\s+)?(?:,\s*[^,;.]{1,40},\s*)?(?:(?:its|his|her|their|a|an|another)\s+)?(?:(?:renewed|amended|second|related|separate|accompanying|new|later|subsequent|supplemental|pro\s+se)\s+)?$/i;

// Past a defined name and an entry, the filer: " (the "Motion") [ECF No. 233] of Gretchen Alvarado-Stiles, the chapter 7
// trustee" · " [D.I. 502] of the above-captioned debtors" · " (Doc. 40) filed by the Chapter 13 Trustee"
const OF_FILER_PAST = /^\s*(?:\([^()]{0,40}\)\s*|\[[^\]]{0,30}\]\s*|,\s*)+(?:filed\s+|brought\s+|submitted\s+)?(?:of|by)\s+(?:(?:the\s+)?(?:above[-\s](?:captioned|named)\s+|chapter\s+\d+\s+|interim\s+|standing\s+)*(debtors?(?:[-\s]in[-\s]possession)?|trustee|creditor|plaintiffs?|defendants?|petitioners?|respondents?|movants?)\b|[A-Z][\wÀ-ÖØ-öø-ÿ.'’&-]*(?:\s+[A-Z][\wÀ-ÖØ-öø-ÿ.'’&-]*){0,5},\s+(?:the|its)\s+(?:(?:chapter\s+\d+|interim|standing|successor|liquidating|plan)\s+)*(trustee|debtors?|creditor|plaintiffs?|defendants?|petitioners?|respondents?)\b)/i;

// "petition for review" · "Petition for Judicial Review" · the Board's "application for enforcement" of its order ·
// "cross-petition for enforcement" · "petition to enforce": the case itself in a court of appeals
export const FOR_REVIEW = /^\s*(?:for\s+(?:judicial\s+)?review|for\s+(?:summary\s+)?enforcement|to\s+enforce)\b/i;

// The opening of a partial ruling's condition: "To the extent Defendant" · "Insofar as the motion"
const PARTIAL_OPEN = /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\s+(?:\S+\s+){0,4}$/i;
const GENERIC_SUBJECT = /\b(?:(?:an?|any|every|each)\s+(?:\w+\s+)?(?:defendant|prisoner|inmate|movant|petitioner|offender)|(?:defendants|prisoners|inmates|movants|petitioners|offenders))\s+(?:who\s+|that\s+|must\s+|may\s+)?$/i;
// (also "moves the Court to overrule the objections", "moved the Panel to transfer")
/**
 * A statement of the law about any prisoner or party, not a filing: "a defendant seeking compassionate release must
 * exhaust" · "inmates who seek home confinement". A bare plural before a finite verb is the case's own parties:
 * "Defendants move to dismiss" · "the plaintiffs seek leave to amend".
 */
function genericSubject(prefix: string, verb: string): boolean {
  if (!GENERIC_SUBJECT.test(prefix)) return false;
  const barePlural = /\b(?:defendants|prisoners|inmates|movants|petitioners|offenders)\s*$/i.test(prefix);
  return !(barePlural && !/^\w+ing\b/i.test(verb));
}

// ("requests that the Court extend the deadline" · "petitions the Court for early termination": a request in other words)
// (and "move under 28 U.S.C. § 1407 to centralize": the statute between the verb and the relief; "moves pursuant to Rule
// 12(b) of the Federal Rules of Civil Procedure to dismiss"; "asking for the appointment of counsel")
// ("moves in limine to exclude": the kind words come before the relief)
const SOUGHT = /\b(?:seeks?|seeking|requests?\s+that\s+(?:the|this)\s+Court|requests?|requesting|(?:cross-?)?mov(?:es?|ed)(?:,\s*(?:pro\s+se|(?:by\s+and\s+)?through\s+(?:\w+\s+)?counsel|by\s+(?:\w+\s+)?counsel),)?(?:\s+(?:orally|ore\s+tenus|jointly|formally|separately|in\s+writing|at\s+(?:the|a)\s+(?:hearing|trial|conference|sentencing)))*(?:\s+|(?=,\s*(?:under|pursuant)))(?:in\s+limine\s+)?(?:(?:the|this)\s+(?:Court|Panel)\s+)?(?:,?\s*(?:under|pursuant\s+to)\s+[^,;]{2,70}?(?:,\s*[^,;]{2,30}?)??,?\s+)?(?:for|to)|ask(?:s|ing)?\s+(?:(?:me|us|the\s+Court|this\s+Court)\s+)?(?:for|to)|applies\s+for|petitions?\s+(?:(?:the|this)\s+Court\s+)?(?:for|to))\s+/gi;

/** Two unclassified filings ask for the same thing: a key missing, equal keys, or one key inside the other's words. */
export function sameRelief(a: { relief?: string; reliefText?: string }, b: { relief?: string; reliefText?: string }): boolean {
  if (!a.relief || !b.relief) return true;
  // Compared by a five-letter stem: "modify" and "modification", "recommend" and "recommendation".
  const sa = stem(a.relief);
  const sb = stem(b.relief);
  return sa === sb || !!(a.reliefText?.includes(sb) || b.reliefText?.includes(sa));
}

/** Pro se or counseled, said between the filer and its verb: "Plaintiff, proceeding pro se, moves" · "has moved, pro se, for" · "Plaintiff, through counsel, moves". */
function statusBetween(text: string, from: number, to: number): Mention['proSe'] {
  if (to <= from || to - from > 120) return null;
  const w = text.slice(from, to);
  const ps = PRO_SE.exec(w);
  if (ps) return { value: true, s: from + ps.index, e: from + ps.index + ps[0].length };
  const co = COUNSEL.exec(w);
  return co ? { value: false, s: from + co.index, e: from + co.index + co[0].length } : null;
}

/** Pro se or counseled, said right after the relief: "moved for his release through counsel." · "for compassionate release, pro se". */
function statusAfter(text: string, from: number, se: number): Mention['proSe'] {
  const w = text.slice(from, Math.min(se, from + 40));
  const m = /^[\s,]*(?:(?:by\s+and\s+)?through\s+(?:(?:his|her|appointed|retained|CJA)\s+)?counsel|pro\s+se)\b/i.exec(w);
  return m ? { value: /pro\s+se/i.test(m[0]), s: from + m.index, e: from + m[0].length } : null;
}

// A sentence that opens with the filer's status: "Through appointed counsel, Defendant moves" · "Proceeding pro se, Plaintiff"
const LEAD_COUNSEL = /^\s*(?:(?:by\s+and\s+)?through|by|with)\s+(?:(?:his|her|its|their|appointed|retained|court-appointed|CJA|undersigned|new)\s+)*(?:counsel|attorneys?),\s*(?:the\s+)?$/i;
const LEAD_PRO_SE = /^\s*(?:Proceeding|Appearing|Acting)\s+pro\s+se,\s*(?:the\s+)?$/i;

function leadStatus(text: string, ss: number, subject: number): Mention['proSe'] {
  const lead = text.slice(ss, subject);
  if (LEAD_PRO_SE.test(lead)) return { value: true, s: ss, e: subject };
  return LEAD_COUNSEL.test(lead) ? { value: false, s: ss, e: subject } : null;
}

// A sentence that opens with a phrase naming the motion and leaves the filer to its subject: "In their motion" · "By
// motion" · "In the instant motion" · "Through its motion"
// (not "In response to the motion, Defendants argue": only determiners and modifiers before the motion word)
const LEADING_PHRASE = /^\s*(?:In|By|Through|With|Via)\s+(?:(?:its|their|his|her|the|this|that|a|an|instant|present|pending|renewed|amended|supplemental|joint|current)\s+){0,3}$/;

/**
 * The filer when the words around the motion name none: the subject after a leading phrase ("In their motion (ECF No.
 * 15), Defendants ask ...") or the party that opened the matter ("THIS MATTER having been opened to the Court by X ...
 * on a motion").
 */
function leadingPhraseFiler(text: string, ss: number, se: number, at: number, end: number, parties: PartyRef[]): Mention['movant'] {
  if (LEADING_PHRASE.test(text.slice(ss, at))) {
    const f = forwardSubject(text.slice(end, se), parties);
    if (f) return { value: f.value, s: end + f.at, e: end + f.at + f.len };
  }
  const from = Math.max(ss, at - 300);
  const o = openedByMovant(text.slice(from, at), parties);
  return o ? { value: o.value, s: from + o.at, e: from + o.at + o.len } : null;
}

// Words that ask for one relief: "to employ" / "to retain" a professional, "to continue" / "to postpone" / "to adjourn" a
// hearing, "to extend" / "to enlarge" a deadline, "to vacate" / "to set aside" a judgment
const SAME_RELIEF: Record<string, string> = { retai: 'emplo', engag: 'emplo', hire: 'emplo', postp: 'conti', adjou: 'conti', enlar: 'exten', set: 'vacat' };

/** A relief key's five-letter stem, with synonyms folded together. */
function stem(key: string): string {
  const s = key.slice(0, 5);
  return SAME_RELIEF[s] ?? s;
}

/** The record cite of the filing a construed motion re-reads: the last one before it in its sentence or the one before, with no other motion named in between. */
function construedEntry(text: string, cites: Hit<RecordCiteValue>[], out: Mention[], ss: number, at: number): Hit<RecordCiteValue> | null {
  const from = sentenceAt(text, Math.max(0, ss - 2))[0];
  const i = firstAtOrAfter(cites, at) - 1;
  const c = i >= 0 && cites[i].span[0] >= from ? cites[i] : null;
  return c && !out.some((x) => x.anchor > c.span[0] && x.anchor < at) ? c : null;
}
