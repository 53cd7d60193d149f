/**
 * What the words around a motion's name say of it: named only as a reason or a condition of something else ("In light
 * of the Amended Motion ...", "stayed pending resolution of the motion to dismiss"), a briefing directive about it, a
 * clerk's direction to close it, every motion of the case at once ("all pending motions"), a sentence that presents
 * it ("Upon the motion of the Debtor ..."), and the filer a pronoun stands for ("Petitioner's Notice ..., his Motion").
 */
import type { Movant } from '../types.js';
import { movantOf } from './movant.js';

// A filing named only as the reason for a ruling on another: "In light of the Amended " · "In view of Defendant's
// renewed " · "Given the pending " · "Because of the " (the motion word follows)
const REASON_ONLY = /\b(?:[Ii]n\s+light\s+of|[Ii]n\s+view\s+of|[Bb]ecause\s+of|[Gg]iven|[Dd]ue\s+to|[Aa]s\s+a\s+result\s+of)\s+(?:[\w.'’-]+\s+){0,3}$/;
// A filing named as the condition of something else: "stayed pending resolution of the " · "pending a ruling on
// Defendant's " · "until the Court rules on the " · "pending disposition of the"
const CONDITION = /\b(?:pending\s+(?:(?:the|a|an|final|further)\s+)?(?:resolution|disposition|determination|decision|outcome|ruling|adjudication|consideration)\s+(?:of|on)|until\s+(?:the\s+Court\s+)?(?:rules|has\s+ruled|decides|resolves|has\s+resolved)(?:\s+on)?)\s+(?:[\w.'’-]+\s+){0,3}$/i;
// A brief about a filing in a directive: "Plaintiff's opposition to the pending motion ... shall be filed by"
const DIRECTIVE = /\b(?:shall|must)\s+(?:be\s+)?(?:file|filed|serve|served|submit|submitted|respond)\b|\b(?:is|are)\s+due\b/i;
// A clerk directed to close the filings the order decides: "directed to close the open " · "terminate the pending " ·
// "shall terminate " (the motion word and its entry follow)
const CLERK_CLOSE = /\b(?:close|terminate|term)\s+(?:the\s+|all\s+)?(?:(?:open|pending|outstanding|related|gavel)\s+)*$/i;
// Every motion of the case at once, no filing of its own: "all pending " · "any other outstanding " (a plural follows)
const QUANTIFIED = /\b(?:all|any|each|every)\s+(?:(?:other|pending|remaining|outstanding|open|further)\s+)*$/i;
// A sentence that opens on the filing it presents: "Upon the " · "On the " · "Upon the First Interim Fee " · "AND NOW,
// upon the " (a bankruptcy or state court's order made "upon the motion of ...")
const UPON_OPEN = /^\s*(?:AND\s+NOW,?\s+)?(?:[Uu]pon|UPON|[Oo]n)\s+(?:the\s+|THE\s+)?(?:[\w-]+\s+){0,4}$/;

export type ContextScope = 'reason' | 'other' | 'pending' | null;

/**
 * The scope the words before a mention give it, before the sentence's own test: `reason` when the filing is named only
 * as the reason for a ruling (on another filing, if the sentence names one); `other` when it is named as a condition,
 * or as the object of a briefing directive; `pending` when a clerk is told to close it or the sentence opens on it;
 * null when they say nothing.
 */
export function contextScope(prefix: string, sentenceOpen: string, afterAnchor: string, brief: boolean): ContextScope {
  if (REASON_ONLY.test(prefix)) return 'reason';
  if (CONDITION.test(prefix)) return 'other';
  if (brief && DIRECTIVE.test(afterAnchor)) return 'other';
  if (CLERK_CLOSE.test(prefix)) return 'pending';
  if (UPON_OPEN.test(sentenceOpen)) return 'pending';
  return null;
}

/** "Upon the First Interim Fee Application of X": a sentence that opens on the filing presents it. */
export function presentedUpon(sentenceOpen: string): boolean {
  return UPON_OPEN.test(sentenceOpen);
}

/** "all pending motions are moot": a plural that stands for every motion of the case, naming none. */
export function quantifiedPlural(word: string, prefix: string): boolean {
  return /^(?:motions|petitions|requests|applications)$/i.test(word) && QUANTIFIED.test(prefix);
}

// A party word earlier in the sentence that a later "his"/"her" stands for: "Petitioner's Notice (Filing No. 20), his
// Motion" · "Defendant filed a notice and, with it, her motion". (Not the Government nor the Court: never "his".)
const PERSON_ROLE = /\b(Petitioners?|Defendants?|Plaintiffs?|Movants?|Appellants?|Appellees?|Respondents?|Claimants?)\b/gi;

/**
 * The filer a personal pronoun before the motion stands for ("his Motion for Appointment of Counsel"): the one role
 * word of a person named earlier in the same sentence. Null with none, or with two different roles.
 */
export function pronounFiler(sentenceBefore: string): { value: Movant; at: number; len: number } | null {
  if (!/\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(sentenceBefore)) return null;
  let found: { value: Movant; at: number; len: number } | null = null;
  PERSON_ROLE.lastIndex = 0;
  for (let m = PERSON_ROLE.exec(sentenceBefore); m !== null; m = PERSON_ROLE.exec(sentenceBefore)) {
    const value = movantOf(m[1]);
    if (found && found.value !== value) return null;
    found = { value, at: m.index, len: m[1].length };
  }
  return found;
}
