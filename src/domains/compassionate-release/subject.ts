/**
 * Is a compassionate-release motion what this order decides, and how did the court rule on it?
 * The motion is the subject when the order's opening sentence (or its title, or a construing
 * sentence) names it as the motion before the court, not as the object of another motion
 * ("motion for reconsideration of the denial of compassionate release", "counsel to file a motion for
 * compassionate release").
 */
import type { Disposition } from '../../order/types.js';
import type { ScopedHit } from './scan.js';
import type { ScopedSentence } from './scope.js';
import type { MotionMention } from './phrases/motion.js';
import type { DispositionHit } from './phrases/disposition.js';

// Words before a mention that make it the object of something else.
const NOT_SUBJECT = /(?:reconsider\w*|recons\.|appoint\w*|counsel (?:to|in)|for counsel|seeks counsel|(?:his|her|a|another|separate) pending|every|any|each|abeyance|(?:Order|Opinion|Ruling) on|extension|to file|in filing|filing|file an?|to bring|bringing|to pursue|to prepare|preparing|assist\w*|denying|denied|denial|dismissing|prior|previous|earlier|original|first|future|forthcoming|would|intends?|plans? to|governing|known as|so-called|statute|provision|law|standard|framework)\b[^;]{0,60}$/i;
const CONSTRUE = /\b(?:constru\w+|interpret\w*|treat\w*|characteriz\w+|recharacteriz\w+|deem\w*)\b[^;]{0,160}$/i;
const INTRO = /\b(?:before (?:the|this) court|pending (?:before|is|are)|^Pending\b|comes? (?:to|before) (?:the|this) court|matter is before|case is before|now before|has (?:filed|moved)|(?:now |also )?moves (?:for|to|the court)|filed (?:a|an|his|her|another) (?:\w+ )?(?:motion|letter)|the court has received|(?:defendant|petitioner|movant|he|she|[A-Z][a-z]+) (?:also |now )?(?:seeks|asks|requests))\b/i;
// The sentence that states what is before the court: a non-compassionate-release motion here settles it.
const RULING_SUBJECT = /\b(?:before (?:the|this) court|pending (?:before|is)|^Pending\b|comes? (?:to|before) (?:the|this) court|matter is before|case is before|now before)\b/i;
const C2 = /3582\s*\(c\)\s*\(2\)|Amendment\s+\d{3}/;
const NON_CR_HEAD = /\b(?:motion|request)s?\s+(?:for|to)\s+(?:the\s+)?(?:appoint\w*|reconsider\w*|hold\b|extension|withdraw|strike|seal|counsel)|\bmotion for reconsideration\b|\bappointment of counsel\b|§\s*2255\b|\b2255\b|3582\s*\(c\)\s*\(2\)|\bAmendment\s+\d{3}\b|\bhome confinement\b|\bCARES Act\b|\b3624\b|\bsection 404\b|§\s*404\b/i;

export interface SubjectResult {
  /** The mention that makes the motion the order's subject. */
  mention: ScopedHit<MotionMention>;
  how: 'intro' | 'title' | 'construed' | 'decretal' | 'early-mention';
}

function isSubjectMention(h: ScopedHit<MotionMention>): boolean {
  if (!h.sentence) return true;
  const lead = h.sentence.text.slice(Math.max(0, h.span[0] - h.sentence.start - 80), h.span[0] - h.sentence.start);
  if (CONSTRUE.test(lead)) return true;
  return !NOT_SUBJECT.test(lead);
}

/** Find the compassionate-release motion the order decides, or null. */
export function findSubject(text: string, sentences: ScopedSentence[], mentions: ScopedHit<MotionMention>[]): SubjectResult | null {
  const live = mentions.filter((m) => m.scope !== 'editorial' && m.scope !== 'parenthetical' && m.scope !== 'history');
  // A bare "motion for a sentence reduction" is compassionate release when the order speaks its language.
  const hasCrWords = live.some((m) => m.value.kind !== 'reduction') || /extraordinary and compelling|COVID|pandemic|warden|exhaust\w* (?:his |her |their )?administrative remedies/i.test(text);
  const usable = (m: ScopedHit<MotionMention>) => m.value.kind !== 'reduction' || hasCrWords;
  const title = findTitle(text);

  // Title lines in capitals near the top: "ORDER DENYING MOTION FOR COMPASSIONATE RELEASE".
  for (const m of live) {
    if (m.span[0] > 1500 || !usable(m)) continue;
    const lineStart = text.lastIndexOf('\n', m.span[0]) + 1;
    const lineEnd = text.indexOf('\n', m.span[0]);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (title && title.start === lineStart && !/RECONSIDER|COUNSEL/.test(line)) {
      return { mention: m, how: 'title' };
    }
  }
  // A title naming another motion only ("RULING AND ORDER ON MOTION FOR RECONSIDERATION").
  const titleOther = !!title && NON_CR_HEAD.test(title.text.replace(/MOTION FOR RECONSIDERATION/, 'motion for reconsideration')) || !!title && /RECONSIDER|APPOINT|COUNSEL|2255/.test(title.text);
  // Construing sentences anywhere: "The Court construes Mr. Moore's letter as a motion for compassionate release".
  for (const m of live) {
    if (!m.sentence || !usable(m)) continue;
    const lead = m.sentence.text.slice(0, m.span[0] - m.sentence.start);
    if (CONSTRUE.test(lead) && m.scope === 'court') return { mention: m, how: 'construed' };
  }
  if (titleOther) return null;
  // The opening sentences naming the motion(s) before the court, each with the two after it.
  const limit = Math.min(text.length, 5000);
  const intros: number[] = [];
  // Sentences are in text order: stop at the limit. The scope (read lazily) is asked last, being dearest.
  for (let i = 0; i < sentences.length && intros.length < 6; i++) {
    const s = sentences[i];
    if (s.start >= limit) break;
    if (INTRO.test(s.text) && /\b(?:motion|request|letter|petition|release|reduc|relief)\w*/i.test(s.text) && s.scope !== 'editorial') intros.push(i);
  }
  for (const introIndex of intros) {
    const near = sentences.slice(introIndex, introIndex + 3).map((x) => x.text).join(' ');
    for (let k = introIndex; k < Math.min(sentences.length, introIndex + 3); k++) {
      const inSentence = live.filter((m) => m.sentenceIndex === k && usable(m) && isSubjectMention(m));
      const crNear = /extraordinary and compelling/i.test(near) || live.some((m) => m.sentenceIndex >= introIndex && m.sentenceIndex < introIndex + 3 && m.value.kind !== 'reduction' && isSubjectMention(m));
      const ok = inSentence.filter((m) => m.value.kind !== 'reduction' || !C2.test(near) || crNear);
      if (ok.length > 0) return { mention: ok[0], how: 'intro' };
      // The sentence stating what is before the court names another motion: that settles it.
      if (k === introIndex && RULING_SUBJECT.test(sentences[k].text) && (NON_CR_HEAD.test(sentences[k].text) || (C2.test(near) && !crNear))) return null;
    }
  }
  if (intros.length === 0) {
    const early = live.find((m) => m.span[0] < 3000 && usable(m) && isSubjectMention(m) && m.scope !== 'argument_government');
    if (early) return { mention: early, how: 'early-mention' };
  }
  return null;
}

// Words that tie a ruling to the compassionate-release motion or to another one.
const CR_WORDS = /compassionate|3582\s*\(c\)\s*\(1\)|reduc\w+ (?:in|of) (?:his |her )?sentence|sentence reduction|reduce (?:his |her |the )?sentence|(?:motion|request) for (?:immediate |early )?release|First Step Act/i;
const OTHER_WORDS = /counsel|abeyance|reconsider|certificate|extension|seal|strike|withdraw|2255|3582\s*\(c\)\s*\(2\)|Amendment\s+\d|appeal|discovery|transcript|CARES Act|3624|supplement|hearing|oral argument/i;

export type Target = 'cr' | 'other' | 'generic';

export function classifyTarget(window: string): Target {
  if (/compassionate|3582\s*\(c\)\s*\(1\)/i.test(window)) return 'cr';
  if (OTHER_WORDS.test(window)) return 'other';
  return CR_WORDS.test(window) ? 'cr' : 'generic';
}

export interface ChosenDisposition {
  hit: ScopedHit<DispositionHit>;
  disposition: Disposition;
  score: number;
  target: Target;
  /** The ruling with the words that name its motion: "Defendant's pro se Motion ..., Doc. No. 55, is DENIED". */
  evidence: [number, number];
}

/** Pick the ruling on the compassionate-release motion among the disposition phrases. */
export function chooseDisposition(text: string, sentences: ScopedSentence[], hits: ScopedHit<DispositionHit>[]): ChosenDisposition | null {
  let best: ChosenDisposition | null = null;
  const orderedAt = text.search(/\b(?:IT IS(?:,)? (?:THEREFORE|HEREBY|FURTHER)?,? ?ORDERED|it is (?:therefore |hereby )?ORDERED|ORDERED that|^\s*ORDER\s*$|Accordingly, IT IS|IT IS SO ORDERED)/m);
  for (const h of hits) {
    const s = h.sentence;
    let window = '';
    let evidence: [number, number] = [h.span[0], h.span[1]];
    if (s) {
      const rel = h.span[0] - s.start;
      const relEnd = h.span[1] - s.start;
      // Only the stretch between this ruling and its neighbours in the same sentence.
      const sameSentence = hits.filter((o) => o !== h && o.sentenceIndex === h.sentenceIndex);
      if (h.value.form === 'passive') {
        const prevEnd = Math.max(0, ...sameSentence.filter((o) => o.span[1] <= h.span[0]).map((o) => o.span[1] - s.start));
        window = s.text.slice(prevEnd, rel);
        evidence = [s.start + prevEnd + (window.length - window.trimStart().length), h.span[1]];
      } else if (h.value.form === 'active') {
        const nextStart = Math.min(s.text.length, ...sameSentence.filter((o) => o.span[0] >= h.span[1]).map((o) => o.span[0] - s.start));
        window = s.text.slice(relEnd, nextStart);
        evidence = [h.span[0], s.start + nextStart - (s.text.slice(0, nextStart).length - s.text.slice(0, nextStart).trimEnd().length)];
      } else window = s.text;
    } else window = text.slice(h.span[0], h.span[1]);
    let target: Target = h.value.form === 'checkbox' ? 'cr' : classifyTarget(window);
    if ((h.value.form === 'deferred' || h.value.form === 'cannot' || h.value.form === 'title') && target === 'other' && !/\b(?:MOTION|motion)\s+(?:FOR|TO|for|to)\s+(?:RECONSIDER|reconsider|APPOINT|appoint|LEAVE|leave|SEAL|seal)/.test(window)) target = 'generic';
    if (target === 'generic' && s && /^To the extent\b/i.test(s.text) && h.sentenceIndex > 0 && CR_WORDS.test(sentences[h.sentenceIndex - 1].text)) target = 'cr';
    if (target === 'other') continue;
    let score = { checkbox: 100, passive: 50, active: 50, title: 70, deferred: 45, cannot: 35 }[h.value.form];
    if (h.rule === 'cr/disposition/interim') score = 10;
    if (target === 'cr') score += 30;
    // "the motion is GRANTED IN PART ... His request for immediate release is denied": the ruling on the motion itself wins.
    if (/\bmotion\b/i.test(window)) score += 5;
    // A partial grant says what was denied too ("His request for immediate release is denied"): the partial grant is the ruling.
    if (h.value.disposition === 'granted_in_part') score += 35;
    if (orderedAt >= 0 && h.span[0] >= orderedAt) score += 20;
    const cand: ChosenDisposition = { hit: h, disposition: h.value.disposition, score, target: target as Target, evidence };
    if (!best || cand.score > best.score || (cand.score === best.score && cand.hit.span[0] > best.hit.span[0])) best = cand;
  }
  return best;
}

/** Whether `t` has at most `max` letters a-z (counted without building a match array). */
function fewLowercase(t: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122 && ++n > max) return false;
  }
  return true;
}

/** The order's title: a short line near the top in capitals naming an ORDER, OPINION, MEMORANDUM or RULING. */
export function findTitle(text: string): { start: number; text: string } | null {
  const head = text.slice(0, 2000);
  let pos = 0;
  for (const line of head.split('\n')) {
    const t = line.trim();
    if (t.length > 4 && t.length < 260 && fewLowercase(t, 4) && /\b(?:ORDER|MEMORANDUM|OPINION|RULING|ENTRY)\b/.test(t) && /\b(?:MOTION|REQUEST|PETITION|RELEASE|REDUC|RECONSIDER|DENYING|GRANTING)/.test(t)) return { start: pos, text: t };
    pos += line.length + 1;
  }
  return null;
}
