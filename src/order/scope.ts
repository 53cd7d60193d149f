/**
 * Scope, decided once: is a phrase the court's own ruling, or a recited argument, a quotation, a
 * citation parenthetical, an earlier ruling told as history, a hypothetical, or something other
 * courts did? Only `ruling` phrases yield dispositions.
 */
import type { Span } from '../engine/types.js';
import { checkbox, headingRuled, sentenceAt } from './text-util.js';

export type Scope = 'ruling' | 'title' | 'argument' | 'quotation' | 'parenthetical' | 'history' | 'hypothetical' | 'other-court' | 'other';

export interface ScopedPhrase {
  span: Span;
  /** Offset of the verb the phrase turns on ("DENIED", "grants"). */
  verbAt: number;
  voice: 'passive' | 'active' | 'gerund' | 'noun';
  scope?: Scope;
  /** The sentence [start, end) the phrase was read in. */
  sentence?: Span;
  decretal?: boolean;
}

// "The Government argues that" · "Defendant contends" · "he asks the Court to" · "the magistrate judge recommended"
// (not an infinitive naming relief: "an extension of time to respond", "leave to assert a new claim": see attributionEnd)
const ATTRIBUTION = /\b(?:argu(?:es|ed|ing)|argue|contend(?:s|ed)?|assert(?:s|ed)?|maintain(?:s|ed)?|claim(?:s|ed)?\s+that|urg(?:e|es|ed)|submit(?:s|ted)?\s+that|says?\s+that|said\s+that|insist(?:s|ed)?|posit(?:s|ed)?|suggest(?:s|ed)?|respond(?:s|ed)?|counter(?:s|ed)?(?![\w-])|believe(?:s|d)?|request(?:s|ed)\s+(?:that|the\s+Court)|ask(?:s|ed)?\s+(?:that|the\s+Court)|aver(?:s|red)?|recommend(?:s|ed)?|propos(?:e|es|ed)\s+that|opposes?|opposed(?!\s+(?:motions?|requests?|applications?|petitions?)\b)|position\s+is|prays?|moves?\s+(?:the\s+Court\s+)?to)\b/i;
const COURT_SUBJECT = /\b(?:[Tt]he\s+[Cc]ourt|[Tt]his\s+[Cc]ourt|[Tt]he\s+undersigned|I|[Ww]e|THE\s+COURT)\b/;
const ORDERED = /\b(?:ORDERED|ADJUDGED|DECREED|So\s+Ordered|SO\s+ORDERED|It\s+is\s+(?:hereby\s+)?ordered)\b/;
// Past tense told as history: "the Court previously denied", "which were denied", "was granted on May 1"
// (an adverb may follow: "the motion for new trial, which was also denied" · "were subsequently granted")
const HISTORY = /\b(?:previously|earlier|already|prior|formerly|originally|once|been|had\s+been|has\s+(?:already\s+)?been|have\s+been|was|were|had)(?:\s+(?:also|likewise|similarly|subsequently|ultimately|then|later|eventually|summarily|again|thereafter|promptly|not|never))?\s*$/i;
const HYPOTHETICAL = /\b(?:would|could|might|may|if|whether|cannot|can\s*not|can|unless|not|likely|probably)\s+(?:\w+\s+){0,2}$|\bto\s+$/i;
// A condition whose subject runs longer: "the likelihood of irreparable harm if the preliminary injunction is denied"
// (or a time or a relative clause: "for periods prior to the month in which the application is approved" · "until the
// motion is granted" · "once the stay is lifted")
const CONDITION = /\b(?:if|whether|unless|in\s+which|by\s+which|whenever|until|once)\s+(?:[\w'’-]+\s+){1,6}(?:is|are|be|were|was)\s+$/i;
// A ruling of two or three words, as older orders print it: "Motion denied." · "Defendant's motion to dismiss denied." ·
// "Petition granted."
// A list of rulings after a colon: "Defendants' motion to dismiss (ECF No. 12): GRANTED." · "Motion to strike — DENIED."
// Minute entries: "Defendant's Motion to Suppress [45] DENIED for reasons stated on the record."
// (a New York Court of Appeals motion decision names the motion at length: "Motion for reconsideration of this Court's
// December 2, 2008 dismissal order denied.")
const ELLIPTICAL = /^\s*(?:(?:the|said|this|such)\s+)?(?:[\w'’.]+\s+){0,2}?(?:motions?|petitions?|applications?|requests?|objections?|writ)(?:\s+(?:to|for)\s+(?:[\w'’-]+,?\s+){0,14}[\w'’-]+)?\s*(?:\([^()]{1,40}\)\s*|\[[^\]\n]{1,20}\]\s*)?(?:[:—–-]\s*)?$/i;
// "ORDERED that\n\n1. Defendant's motion ...": a numbered decretal list under its ORDERED line.
const ORDERED_LIST = /\b(?:ORDERED|ADJUDGED|DECREED)(?:\s*,?\s*(?:that|as\s+follows))?\s*[:.,]?[ \t]*\n(?:[^\n]{0,400}\n){0,6}[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\)|[a-z][.)])?[ \t]*$/;
// Words that may stand between "is" and its ruling verb: "is in all respects denied" · "are, in their entirety, DENIED"
const FILLER = /(?:,?\s*(?:in\s+all\s+(?:other\s+)?respects|in\s+(?:its|their)\s+entirety|for\s+the\s+(?:foregoing\s+)?reasons\s+(?:stated|given|set\s+forth)(?:\s+above)?|in\s+part|all|both|each)\s*,?\s*)+$/i;
// A court below (or an agency) and its holding: "the bankruptcy court's determination that" · "the trial court found that"
const LOWER_HOLDING = /\b(?:district|bankruptcy|trial|lower|circuit|magistrate|state|appellate|habeas|motion|superior|county|family|juvenile|probate|tax)\s+(?:court|judge)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:held|found|finds|concluded|ruled|determined|decided|reasoned|stated|noted|explained|determination|conclusion|finding|holding|ruling)\s+that\b|\b(?:Board|agency|ALJ|Commission|Commissioner|IJ|Immigration\s+Judge)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:held|found|concluded|ruled|determined|decided|determination|conclusion|finding)\s+that\b/gi;
const RECOMMEND = /\b(?:recommend(?:s|ed)?|RECOMMEND(?:S|ED)?|Recommend(?:s|ed)?)\b/;
// ... and a report told as recommending it, in the same clause: "Judge Roe issued her Findings and Recommendation,
// recommending that the Court grant the Motion to Dismiss" (not "Having reviewed the report recommending dismissal, the
// Court GRANTS the motion": a comma ends the report's clause)
const RECOMMENDING = /\b(?:recommending|RECOMMENDING|Recommending)\s+that\b[^,;]*$/;
// "should be GRANTED" · "be DENIED" (not "is DENIED": a magistrate judge may decide some motions in the same document)
const SUBJUNCTIVE = /\b(?:should|must|ought\s+to|would)?\s*be\s+(?:\w+\s+)?$/i;
const REC_TITLE = /\b(?:REPORT\s+AND\s+RECOMMENDATIONS?|PROPOSED\s+FINDINGS\s+AND\s+RECOMMENDATIONS?|Proposed\s+Findings\s+and\s+Recommendations?|FINDINGS(?:,\s*CONCLUSIONS,?)?\s+AND\s+RECOMMENDATIONS?|Report\s+and\s+Recommendations?|Findings\s+and\s+Recommendations?)\b/;
const ADOPTING = /\b(?:ADOPTING|ACCEPTING|ADOPTS|ACCEPTS|Adopting|Accepting|ORDER\s+ON)\b/;
let recText: string | null = null;
let recValue = false;
/** A magistrate judge's report and recommendation (its title in the first lines), not an order adopting one. */
function recommendationDoc(text: string): boolean {
  if (text !== recText) {
    const head = text.slice(0, 3000);
    // (a title: in capitals, or opening its line; not prose: "the Magistrate Judge filed a Report and Recommendation (R&R)
    // [Doc. 22] in which he recommended ...", in an order that rules on the objections)
    const re = new RegExp(REC_TITLE.source, 'g');
    let t: RegExpExecArray | null = null;
    for (let m = re.exec(head); m !== null; m = re.exec(head)) {
      // (nor a quotation's source line: "Report and Recommendation [Doc. 22, p. 13].")
      if (!/[a-z]/.test(m[0]) || (/^[ \t*_#]*(?:[A-Z][A-Z.'’ ]{0,40}\s)?$/.test(head.slice(head.lastIndexOf('\n', m.index - 1) + 1, m.index)) && !/^[ \t]*[[(,.]/.test(head.slice(m.index + m[0].length)))) {
        t = m;
        break;
      }
    }
    recValue = !!t && !ADOPTING.test(head.slice(Math.max(0, t.index - 80), t.index));
    recText = text;
  }
  return recValue;
}
// A condition right after the verb: "is granted only where" · "is denied if" · "should be granted when"
const STANDARD_AFTER = /^\s*,?\s*(?:only\s+)?(?:if|where|when|whenever|unless|upon\s+a\s+showing)\b/i;
// A motion of any case as the subject: "A motion to dismiss is granted" · "Any request ... is" · "a substantial likelihood
// that a motion for acquittal will be granted" (not "Such motion is
// DENIED" nor "These motions are DENIED", which point at this case's filings)
const GENERIC_SUBJECT = /(?:^|[.;:,]\s+|\bthat\s+)\s*(?:A|An|Any|a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:motions?|petitions?|requests?|applications?)\b[^.;]{0,80}?\b(?:is|are|be|will\s+be|should\s+be|may\s+be|must\s+be)\s+(?:\w+\s+)?$/;
// "GRANTED and " · "granted in part, and " · "DENIED but "
// (also past the first verb's scope: "DENIED to the extent it seeks a reduction, and ")
const JOINED_VERB = /\b(GRANTED|DENIED|DISMISSED|granted|denied|dismissed)(?:\s+in\s+part)?(?:\s+(?:to\s+the\s+extent|insofar\s+as|as\s+to|with\s+respect\s+to)\b[^.;]{0,120}?)?\s*,?\s*(?:and|but|or)\s+(?:otherwise\s+)?$/;
// The first of two or more gerund rulings joined in one sentence: "granting [30] Motion ...; denying" · "granting X and denying"
// · "ORDER adopting 33 Report and Recommendations; granting 14 Motion to Dismiss"
// (also the numbered lines of a title: "ORDER\n(1) GRANTING ... (ECF No. 122); AND\n(2) DENYING ...")
const JOINED_GERUND = /\b(granting|denying|GRANTING|DENYING|Granting|Denying|adopting|ADOPTING|Adopting)\b(?:[^.\n]|\.(?!\s+[A-Z][a-z])){0,240}?(?:;\s*(?:(?:and|AND)\s+)?|,?\s+(?:and|AND)\s+)(?:(?:further|also|ORDER)\s+)?(?:\(?\d{1,2}[.)]\s*|\([a-z]\)\s*)?$/;
// "stated that" · "explained that" · "observed that" (past tense, lowercase: a narrative of others' words)
const TOLD = /\b(?:stated|explained|observed|reasoned|noted|wrote|recognized|emphasized)\s+that\b/;
const CLERK_DIRECTED = /\b[Tt]he\s+Clerk(?:\s+of\s+(?:the\s+)?Court)?\s+(?:shall|will|must|is\s+(?:hereby\s+)?(?:directed|ordered|instructed)\s+to)\s+$/;
const OTHER_COURTS = /\b(?:courts|circuits?|Circuit|Supreme\s+Court|judges|district\s+courts?|other\s+courts?|the\s+court\s+in|the\s+[A-Z][a-z]+\s+court)\b/;

/** Classifies one phrase. `citationSpans` are parentheticals/full cites from the citation engine, if any. */
export function scopeOf(text: string, p: ScopedPhrase, citationSpans: Span[] = []): ScopedPhrase {
  const f = scopeFacts(text, p, citationSpans);
  return { ...p, sentence: [f.ss, f.se], decretal: f.decretal ?? decretalSentence(text, f.ss, f.se), scope: f.scope, voice: f.voice ?? p.voice };
}

/** A phrase's scope and sentence [ss, se); `decretal` null: the sentence's own (`decretalSentence`), read only when asked. */
interface ScopeFacts {
  scope: Scope;
  ss: number;
  se: number;
  decretal: boolean | null;
  /** The voice the phrase turned out to have ("the Court granted the motion": a past tense, active). */
  voice?: ScopedPhrase['voice'];
}

/** The sentence [ss, se) orders ("IT IS ORDERED"), or opens an item of the numbered list under an ORDERED line. */
function decretalSentence(text: string, ss: number, se: number): boolean {
  return ORDERED.test(text.slice(ss, se)) || ORDERED_LIST.test(text.slice(Math.max(0, ss - 600), ss));
}

function scopeFacts(text: string, p: ScopedPhrase, citationSpans: Span[]): ScopeFacts {
  const [ss, se] = sentenceAt(text, p.verbAt);
  const before = text.slice(ss, p.verbAt);
  const set = (scope: Scope): ScopeFacts => ({ scope, ss, se, decretal: null });

  for (const c of citationSpans) if (c[0] <= p.verbAt && p.verbAt < c[1]) return set('parenthetical');
  // Inside an open parenthesis that begins with a participle or a signal: "(granting compassionate release)"
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0) {
    const inner = before.slice(open + 1).trimStart();
    if (/^(?:[a-z]+ing\b|holding|noting|explaining|citing|quoting|finding|concluding|affirming|reversing|same|per curiam|unpublished)/.test(inner) || /\b(?:Cir\.|D\.|F\.\s?(?:Supp|\d)|WL|U\.S\.)\b/.test(inner)) return set('parenthetical');
  }
  // A form's options: the one checked is the ruling, the blank ones are not ("☒ GRANTED" · "[ ] DENIED" · "DENIED ___X___").
  const box = checkbox(text, p.span[0], p.span[1]);
  if (box === 'unchecked') return set('other');
  if (box === 'checked') return { scope: 'ruling', ss, se, decretal: true };
  if (insideQuote(text, p.verbAt) || blockQuoted(text, p.verbAt)) return set('quotation');
  // A recommendation decides nothing: "It is respectfully RECOMMENDED that the motion be GRANTED" · "I recommend that ...
  // be denied" · in a report and recommendation, "the motion should be GRANTED".
  // (nor, in a report and recommendation, a finding told in lower case: "he has been released, so his petition is moot")
  if (RECOMMEND.test(before) || RECOMMENDING.test(before) || (p.voice === 'passive' && (SUBJUNCTIVE.test(before.slice(-40)) || (text.startsWith('moot', p.verbAt) && /\b(?:is|are)\s+$/.test(before))) && recommendationDoc(text))) return set('other');
  if (p.voice === 'gerund') {
    // "IT IS ORDERED granting Defendant's Motion" · docket text "ORDER granting [45] Motion to Continue" · "MEMORANDUM AND
    // ORDER granting 7 Motion for Default Judgment"
    // (also after a stop inside docket text: "MINUTES OF THE COURT: ORDER GRANTING [22] ...; ORDER DENYING [25] ...")
    // (a numbered line under a title's ORDER line: "ORDER\n(1) GRANTING IN PART ... MOTION TO SEAL (ECF No. 122)")
    if ((before.length < 8 && TITLE_ITEM.test(text.slice(Math.max(0, p.verbAt - 700), p.verbAt))) || decretalItem(text, p.verbAt) || /\b(?:ORDERED|[Ii]t\s+is\s+(?:hereby\s+)?ordered)\s*[:,]?\s*$|(?:^|\n|[;:][ \t]*)[ \t]*(?:(?:TEXT|ONLY|MINUTE|PAPERLESS|ELECTRONIC|DOCKET)\s+)*(?:(?:MEMORANDUM|OPINION)\s+(?:(?:AND|&)\s+)?)*ORDER\s*[:,]?\s*(?:\(?\d{1,2}[.)]|\([a-z]\))?\s*$/.test(before)) return { scope: 'ruling', ss, se, decretal: true };
    // A second gerund joined to a first: "ORDER granting [30] Motion for Extension; denying [31] Motion to Strike" ·
    // "IT IS ORDERED granting the motion to seal and denying the motion to strike": the first gerund's scope is its own.
    const joined = JOINED_GERUND.exec(before);
    if (joined) {
      const at = ss + joined.index;
      const first = scopeFacts(text, { span: [at, at + joined[1].length], verbAt: at, voice: 'gerund' }, citationSpans);
      if (first.scope === 'ruling') return { scope: 'ruling', ss, se, decretal: first.decretal ?? decretalSentence(text, first.ss, first.se) };
    }
    return orderToEnter(before, text.slice(p.verbAt, se)) ? set('ruling') : set('other');
  }
  // Who speaks: an attribution verb before the phrase, with no "the Court" speaking after it.
  const attr = attributionEnd(before);
  if (attr !== null) {
    const after = before.slice(attr);
    const head = before.slice(0, attr);
    const speakerIsCourt = COURT_SUBJECT.test(head.slice(-40)) && !/\b(?:Government|Defendant|Petitioner|Plaintiff|Respondent|Movant|he|she|they|parties)\b/.test(head.slice(-25));
    // The court speaks again only after a clause break: "Although the Government argues ..., the Court denies".
    const clauses = after.split(/[,;]\s+|\s+but\s+|\s+however\b/);
    const courtAfter = clauses.length > 1 && COURT_SUBJECT.test(clauses[clauses.length - 1]);
    // "To the extent Defendant asks the Court to ..., the motion is DENIED": the court's own condition, not an argument.
    const condition = /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b[^,;.]{0,60}$/i.test(head);
    if (!speakerIsCourt && !courtAfter && !condition) return set('argument');
  }
  // Words told in the past as someone's ("In Harlan, the court stated that if ..., the court is bound to deny the
  // motion"): all of the sentence after the verb is theirs, unless the sentence opens with a subordinate clause that
  // ends before this court's own ("Because the Fourth Circuit held that ..., the motion is DENIED").
  const told = lastMatch(TOLD, before);
  if (told !== null && !/^\s*(?:although|though|even\s+though|while|whereas|because|since|as|given\s+that)\b/i.test(before)) return set('other-court');
  // What a court below held, told in a clause: "the district court then affirmed the bankruptcy court's determination
  // that the Trust's motion for reconsideration should be granted" (no comma between the holding and the verb).
  const held = lastMatch(LOWER_HOLDING, before);
  if (held !== null && !/[,;]/.test(before.slice(held)) && !COURT_SUBJECT.test(before.slice(held))) return set('other-court');
  const near = before.slice(-70);
  // A second verb joined to a first ("are GRANTED and DENIED, respectively"): the first verb's scope is its own.
  const joined = p.voice === 'passive' ? JOINED_VERB.exec(near) : null;
  if (joined) {
    const at = p.verbAt - near.length + joined.index;
    const first = scopeFacts(text, { span: [at, at + joined[1].length], verbAt: at, voice: 'passive' }, citationSpans);
    return { scope: first.scope, ss, se, decretal: first.decretal ?? decretalSentence(text, first.ss, first.se) };
  }
  // A bench ruling the memorandum explains is its ruling: "At the hearing, the Court granted the motion. This memorandum sets
  // out the reasons" (the court the subject of the past-tense verb).
  if (/^(?:denied|granted|dismissed)\b/i.test(text.slice(p.verbAt, p.verbAt + 8)) && BENCH_SUBJECT.test(before) && benchRulingMemorialized(text, ss, se)) {
    // (its object after it, "granted Defendant's motion", unless a relative clause put the object first: "his second
    // motion, which the Court denied at the hearing")
    const object = !/^\s+(?:at|on|in|from|orally|during|by|for)\b|^\s*[.,;]/i.test(text.slice(p.span[1], p.span[1] + 12));
    return { scope: 'ruling', ss, se, decretal: null, voice: object ? 'active' : p.voice };
  }
  // ("prior" only as the last word: "Motion in Limine to Exclude Prior Convictions ... is GRANTED" is a ruling)
  // (an adverb of a clause before the ruling's own predicate is not the ruling's: "repeats arguments already considered and
  // is DENIED")
  if (HISTORY.test(near.replace(/\s*(?:hereby|therefore|accordingly)\s*$/i, '')) || /\b(?:previously|earlier|already)\b(?![^]*\b(?:and|but)\s+(?:is|are|will\s+be|shall\s+be|must\s+be)\s+(?:\w+\s+)?$)/i.test(near)) return set('history');
  if (p.voice === 'active' && /\b(?:denied|granted|dismissed|transferred)$/i.test(text.slice(p.verbAt, p.verbAt + 11).trim()) && !/\b(?:is|are|be)\s+$/i.test(near)) return set('history');
  // A judge's endorsement under a party's letter: "Dear Judge Roe: ... Respectfully submitted, /s/ Counsel\n\nGranted."
  if (p.voice === 'passive' && before.trim() === '' && memoEndorsement(text, ss)) return set('ruling');
  // A ruling alone under the heading that names its filing: "DEFENDANT'S MOTION FOR REHEARING\n\nDenied."
  if (p.voice === 'passive' && before.trim() === '' && headingRuled(text, p.verbAt)) return set('ruling');
  // ("terminate the Motion (Doc. 58) as withdrawn")
  if (p.voice === 'passive' && !/\b(?:is|are|be|been|deemed|marked|rendered|become|becomes|as|hereby|therefore|accordingly|thus|respectively|also|likewise|similarly|further|consequently|now|herein|presently|ORDERED|due\s+to\s+be|(?:is|are|be)\s+otherwise)[\s,*_]*$/i.test(near.replace(FILLER, '')) && !(/[A-Z]{4}/.test(text.slice(p.verbAt, p.verbAt + 6)) && decretalSentence(text, ss, se)) && !ELLIPTICAL.test(before)) return set('other');
  // (also an inverted condition that opens the sentence: "Should Plaintiff fail to respond by then, the motion will be
  // granted as unopposed" · "Were the Court to reach the merits, the motion would be denied")
  if (CONDITION.test(near) || /^\s*(?:Should|Were|Had)\s+[^,;]{3,120},/.test(before)) return set('hypothetical');
  // A statement of the standard: "A motion for summary judgment is granted only where ..." · "such a motion is denied if"
  if (p.voice === 'passive' && (STANDARD_AFTER.test(text.slice(p.span[1], p.span[1] + 40)) || GENERIC_SUBJECT.test(before))) return set('hypothetical');
  if (HYPOTHETICAL.test(near) && !/\b(?:shall|will|must|should)\s+(?:\w+\s+)?$/i.test(near) && !/\b(?:to\s+be|due\s+to\s+be)\s+$/i.test(near)) return set('hypothetical');
  if (p.voice === 'active') {
    // The subject named last before the verb: this court, or other courts.
    // (the clerk acting on the court's direction is the court: "The Clerk shall TERMINATE the motion without prejudice")
    // ("It" after a sentence whose subject was the court is the court: "the court grants in part the government's motion.
    // It grants in part defendant's first motion")
    const it = /^\s*(?:It|IT)\s+(?:(?:also|further|therefore|likewise|similarly)\s+)?(?!is\b|was\b|has\b|had\b|may\b|appears\b|seems\b)\w/.test(before + text.slice(p.verbAt, p.verbAt + 2)) && !/\b(?:is|was|has|had|would|may|might|must|appears?|seems?)\b/.test(before.slice(0, 12)) && COURT_SUBJECT.test(text.slice(sentenceAt(text, Math.max(0, ss - 2))[0], ss)) ? 0 : null;
    const court = lastMatch(COURT_SUBJECT, before) ?? lastMatch(CLERK_DIRECTED, before) ?? it;
    const others = lastMatch(OTHER_COURTS, before);
    if (court === null || (others !== null && others > court)) return set(others !== null ? 'other-court' : 'other');
  } else if (OTHER_COURTS.test(near.slice(-40)) && !COURT_SUBJECT.test(near.slice(-40))) {
    return set('other-court');
  }
  return set('ruling');
}

// The letter a memo endorsement answers: a salutation to the judge, then a closing, then the endorsement's line.
const LETTER_OPEN = /\bDear\s+(?:Judge|Magistrate\s+Judge|Chief\s+Judge|Justice)\b/;
const LETTER_CLOSE = /(?:Respectfully(?:\s+submitted)?|Sincerely(?:\s+yours)?|Very\s+truly\s+yours|Respectfully\s+yours)\s*,?\s*\n[\s\S]{0,300}$/;

// A memorandum written after the court ruled from the bench: "This memorandum sets out the reasons for that ruling" · "a
// written opinion would follow" · "The Court now explains its reasoning" · "This Opinion memorializes the bench ruling" ·
// "This Memorandum elaborates the reasons for that Order" · "Following are the grounds for the ruling".
const MEMORIALIZES = /\b(?:this|the\s+following)\s+(?:(?:memorandum|opinion|order|decision|ruling)\s+(?:(?:and|&)\s+)?){1,3}(?:(?:sets?|setting)\s+(?:out|forth)|explains?|explaining|memorializes?|memorializing|provides?|states?|supplements?|contains?|elaborates?(?:\s+(?:on|upon))?|gives?)\s+(?:the\s+|its\s+|that\s+|those\s+|my\s+|our\s+)?(?:Court['’]s\s+)?(?:reasons|reasoning|ruling|basis|bench\s+ruling|oral\s+ruling)\b|\b(?:written|more\s+detailed|fuller)\s+(?:opinion|order|decision|explanation|ruling|memorandum)\s+(?:would|will|to)\s+follow\b|\b(?:Court|I|we)\s+now\s+(?:explains?|sets?\s+(?:out|forth)|states?|provides?)\s+(?:the\s+|its\s+|my\s+|our\s+)?(?:reasons|reasoning|basis)\b|\bFollowing\s+are\s+the\s+(?:grounds|reasons)\s+for\s+(?:the|that|this|its|those)\s+rulings?\b/i;
// ... where the ruling was made: "orally" · "from the bench" · "at the hearing" · "on the record"
// (or by a short order that a later memorandum explains: "By Order dated March 3, 2010, the Court denied ..." · "by a bottom-line
// order entered last week")
const FROM_BENCH = /\b(?:[Bb]y\s+(?:an?\s+|its\s+)?(?:(?:bottom-line|summary|short|brief|separate)\s+)?[Oo]rder\s+(?:dated|of|entered|issued)|orally|from\s+the\s+bench|at\s+(?:the|a|that)\s+(?:[\w-]+\s+){0,2}(?:hearing|conference|argument)|on\s+the\s+record|during\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:hearing|conference|argument))\b/i;

// The court as the subject right before a past-tense ruling verb: "the Court orally " · "I "
const BENCH_SUBJECT = /\b(?:[Tt]he\s+[Cc]ourt|[Tt]his\s+[Cc]ourt|[Tt]he\s+undersigned|I|[Ww]e)\s+(?:(?:orally|then|also|expressly|summarily)\s+)?$/;

/**
 * A ruling the court made from the bench, told in the past by the memorandum that gives its reasons: "At the hearing on
 * May 3, the Court granted Defendant's motion to suppress ... This memorandum sets out the reasons for that ruling." The
 * sentence [ss, se) must say where the court ruled; the document, that it explains that ruling.
 */
export function benchRulingMemorialized(text: string, ss: number, se: number): boolean {
  // (or the sentence before it: "On March 3 the Court heard argument and ruled from the bench. The Court DENIED the Motion
  // and now enters this Memorandum and Order setting out the reasons for that ruling")
  const before = (): boolean => {
    const prev = ss > 1 ? sentenceAt(text, ss - 2)[0] : ss;
    return prev < ss && /\b(?:ruled|rul(?:ing|ings))\s+(?:from\s+the\s+bench|orally|on\s+the\s+record)\b/i.test(text.slice(prev, ss));
  };
  return (FROM_BENCH.test(text.slice(ss, se)) || before()) && MEMORIALIZES.test(text);
}

/** True when the sentence at `ss` opens right after a party's letter to the judge (a memo endorsement). */
export function memoEndorsement(text: string, ss: number): boolean {
  const back = text.slice(Math.max(0, ss - 3000), ss);
  return LETTER_CLOSE.test(back.slice(-320)) && LETTER_OPEN.test(back);
}

// A numbered line of a title, under its ORDER line (and the title's earlier numbered lines): "ORDER\n(1) GRANTING ...; AND\n(2) "
const TITLE_ITEM = /(?:^|\n)[ \t]*(?:[A-Z][A-Z ,&]*\s)?ORDER[ \t]*[:,]?[ \t]*\r?\n(?:[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\))[^\n]{0,300}\r?\n){0,5}[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\))[ \t]*$/;
// A numbered item that opens with its ruling: "1. Granting the defendant's motion for new trial;" · "(b) Denying as moot".
const ITEM_HEAD = /^[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\)|[a-z][.)])[ \t]*$/;
// ... under a decretal head a few lines above: "IT IS ORDERED:" · "it is hereby ORDERED as follows:" · "ADJUDGED AND DECREED that"
const DECRETAL_HEAD = /\b(?:ORDERED|[Oo]rdered|ADJUDGED|DECREED)\b[^\n]{0,40}\n/;

// The order or judgment this opinion announces, with the gerund that says what it does: "An appropriate order will be
// entered denying the motion" · "judgment is being entered today, sustaining each of the motions" · "A separate Order
// granting the motion accompanies this Memorandum Opinion" · "an order shall issue dismissing the petition".
const ORDER_NOUN = /\b(?:order|judgment|decree)\b/gi;
const ORDER_NOW = /\b(?:will|shall|is\s+(?:being|hereby)|are\s+being|accompan(?:y|ies|ying)|follows?|herewith|today|this\s+day|this\s+date|(?:simultaneously|contemporaneously|separately)\s+(?:entered|issued|filed))\b/i;
// ... but not one told as history: "the Court entered an order denying" · "the order previously entered granting".
const ORDER_PAST = /\b(?:entered|issued|signed|filed|was|were|had|previously|earlier|prior|already|appeals?|affirm(?:s|ed)?|revers(?:es|ed)|vacat(?:es|ed))\b|['’]s\s+(?:\w+\s+)?$/i;

/** True when the sentence around a gerund (`before` it, `after` from it) announces the order being entered now. */
function orderToEnter(before: string, after: string): boolean {
  let start = -1;
  let end = -1;
  ORDER_NOUN.lastIndex = 0;
  for (let m = ORDER_NOUN.exec(before); m !== null; m = ORDER_NOUN.exec(before)) [start, end] = [m.index, m.index + m[0].length];
  if (start < 0) return false;
  const head = before.slice(Math.max(0, start - 40), start);
  const tail = before.slice(end);
  if (tail.length > 120 || /[()]/.test(tail)) return false;
  // The marker may sit before the noun ("will enter an order denying") or after it ("an order will be entered denying").
  // ... or after the gerund's object: "A separate Order granting the motion accompanies this Opinion".
  const rest = /^[^,;]{0,160}?\b(?:accompan(?:y|ies)|follows|(?:will|shall)\s+(?:be\s+)?(?:entered|issued?|filed|follow))\b/i.test(after) ? ' will ' : '';
  // ("Let an order be entered denying the motion": the older form of the same)
  if (/\b[Ll]et\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/.test(head) && /^\s*(?:be\s+)?(?:entered|issue|enter)\s*$/.test(tail)) return true;
  if (!ORDER_NOW.test(`${head} ${tail}${rest}`)) return false;
  const entering = /\b(?:will|shall|is\s+being|are\s+being|is\s+hereby)\s+(?:be\s+)?(?:entered|issued|filed)\b/gi;
  return !ORDER_PAST.test(`${head.replace(entering, '')} ${tail.replace(entering, '')}`);
}

/** True when a gerund opens a numbered item of a decretal list: "IT IS ORDERED:\n1. Granting the motion to dismiss". */
function decretalItem(text: string, verbAt: number): boolean {
  const ls = text.lastIndexOf('\n', verbAt - 1) + 1;
  if (!ITEM_HEAD.test(text.slice(ls, verbAt))) return false;
  return DECRETAL_HEAD.test(text.slice(Math.max(0, ls - 800), ls));
}

const ATTRIBUTION_G = new RegExp(ATTRIBUTION.source, 'gi');
/** End of the last attribution verb in `s`, skipping infinitives ("time to respond"); null when none. */
function attributionEnd(s: string): number | null {
  ATTRIBUTION_G.lastIndex = 0;
  let last: number | null = null;
  for (let m = ATTRIBUTION_G.exec(s); m !== null; m = ATTRIBUTION_G.exec(s)) {
    // (an infinitive names relief, "time to respond", unless it reports words: "it intends to argue that")
    if (m.index >= 3 && /\bto\s$/i.test(s.slice(m.index - 3, m.index)) && !/^\s+that\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    last = m.index + m[0].length;
  }
  return last;
}

const globalCache = new Map<RegExp, RegExp>();

function lastMatch(re: RegExp, s: string): number | null {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCache.set(re, g);
  }
  g.lastIndex = 0;
  let last: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) last = m.index + m[0].length;
  return last;
}

/** True when `pos` sits inside a quotation in its paragraph (curly quotes, or an odd count of straight ones). */
export function insideQuote(text: string, pos: number): boolean {
  let ps = text.lastIndexOf('\n', pos - 1) + 1;
  if (pos - ps > 3000) ps = pos - 3000;
  let open = 0;
  let straight = 0;
  for (let i = ps; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
    // (a straight quote that closes, right after a word, while none is open closes a quotation begun before the line or
    // page: '... placement in home confinement"). Because ... the motion is DENIED')
    else if (c === 34 && !(straight % 2 === 0 && i > ps && /[\w.,;:!?)\]’]/.test(text[i - 1]))) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

// What introduces a block quotation of another's words, at the end of the line before it: "The entry stated:" · "the
// trial court's order provides, in relevant part:" · "the magistrate judge ruled as follows:" (past tense, or a document
// that "provides" or "reads"); not the court's own decretal lead-in ("IT IS HEREBY ORDERED:", "it is ordered as follows:").
const QUOTE_INTRO = /(?:\b(?:stated|said|provided|read|ruled|held|wrote|ordered|decreed|found|concluded|explained|noted|reasoned|determined|declared|recited)\b[^.:\n]{0,60}|\b(?:order|entry|judgment|decision|opinion|ruling|report|recommendation|minute\s+entry|transcript)\b[^.:\n]{0,60}\b(?:provides|states|reads|says)\b[^.:\n]{0,40}|\bin\s+(?:pertinent|relevant)\s+part\s*,?)\s*:\s*$/;
const OWN_LEAD_IN = /\b(?:hereby|[Ii]t\s+is|IT\s+IS|be\s+it|BE\s+IT)\b|\b(?:ORDERED|ADJUDGED|DECREED)\b/;

// Blank lines of the last text read, once per text: [where each starts, where the paragraph after it starts].
let gapText: string | null = null;
let gapStarts: Int32Array = new Int32Array(0);
let gapEnds: Int32Array = new Int32Array(0);

/** Start of the paragraph `pos` is in: the end of the last blank line that begins before `pos` and after `pos - limit`. */
function paragraphStart(text: string, pos: number, limit: number): number {
  if (text !== gapText) {
    const starts: number[] = [];
    const ends: number[] = [];
    const gap = /\n[ \t]*\n[ \t]*(?=\S)/g;
    for (let m = gap.exec(text); m !== null; m = gap.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    gapText = text;
    gapStarts = Int32Array.from(starts);
    gapEnds = Int32Array.from(ends);
  }
  // The last gap starting before pos (binary search), if it starts within the limit.
  let lo = 0;
  let hi = gapStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gapStarts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && gapStarts[k] >= pos - limit ? gapEnds[k] : -1;
}

/**
 * Inside a block quotation: the paragraph right after a line that introduces one ("The entry stated:"), or a later
 * paragraph of the same block while each stays indented deeper than the lead-in line.
 */
function blockQuoted(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    // The blank line that opens this paragraph (within 1,500 characters).
    const ps = paragraphStart(text, at, 1500);
    if (ps < 0) return false;
    // The lead-in: the last line before that blank line.
    let le = text.lastIndexOf('\n', ps - 1);
    while (le > 0 && /\s/.test(text[le - 1])) le--;
    const ls = text.lastIndexOf('\n', le - 1) + 1;
    const line = text.slice(ls, le);
    if (/:\s*$/.test(line)) {
      const lead = text.slice(Math.max(0, ls - 200), le);
      const sentence = lead.slice(Math.max(0, lead.search(/[^.]*$/)));
      return QUOTE_INTRO.test(sentence) && !OWN_LEAD_IN.test(sentence);
    }
    // A later paragraph of an indented block: both it and the one before start deeper than plain text.
    const indent = (i: number): number => /^[ \t]*/.exec(text.slice(i, i + 40))![0].length;
    const bodyStart = text.lastIndexOf('\n', ps - 1) + 1;
    if (indent(bodyStart) < 8 || indent(ls) < 8) return false;
    at = ls;
  }
  return false;
}

/** The refiner: keeps the court's own rulings (and titles), drops every other scope. */
export function rulingOnly<T extends ScopedPhrase>(items: T[], text: string, citationSpans: Span[] = []): T[] {
  const out: T[] = [];
  for (const it of items) {
    if (it.scope === 'title') {
      out.push(it);
      continue;
    }
    // (the same object as `{ ...it, ...scopeOf(text, it) }`, built only for the phrases kept)
    const f = scopeFacts(text, it, citationSpans);
    if (f.scope === 'ruling') out.push({ ...it, sentence: [f.ss, f.se], decretal: f.decretal ?? decretalSentence(text, f.ss, f.se), scope: f.scope, voice: f.voice ?? it.voice } as T);
  }
  return out;
}
