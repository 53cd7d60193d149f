/**
 * Motions the order decides: each mention of a motion ("Defendant's pro se Motion for Compassionate
 * Release, Doc. No. 55") with its kind (motion-kinds.ts), docket entry (record-cite.ts), movant and
 * pro se status; then each ruling phrase (disposition.ts, kept by the scope refiner) is linked to the
 * motions it names. No ruling phrase for a motion: its disposition stays null.
 */
import type { Fact, Hit, Span } from '../engine/types.js';
import { resolveOverlaps, scanAll } from '../engine/scan.js';
import { dispositionRules, type DispositionValue } from './disposition.js';
import { motionKindRules, type KindHit } from './motion-kinds.js';
import { recordCiteRules, type RecordCiteValue } from './record-cite.js';
import { rulingOnly, type ScopedPhrase } from './scope.js';
import { fact, sentenceAt, type ReadContext } from './text-util.js';
import type { Disposition, Motion, MotionKind, Movant } from './types.js';

interface Mention {
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
  /** A second relief the same filing asks for ("compassionate release and/or home confinement"). */
  also?: { kind: KindHit; rule: string; s: number; e: number } | null;
}

/** Reliefs a single post-conviction filing may ask for together. */
const RELIEF = new Set<KindHit>(['compassionate_release', 'home_confinement', 'sentence_reduction_3582c2', 'fsa_404']);

// "Motion" · "Mot." · "motions" · "petition" · "request" · "letter" · "application"
const ANCHOR = /\b(?:motions?|mot\.|petitions?|requests?|applications?|letter(?:\s+motion)?)(?![\w-])/gi;
// Words of a sentence that presents the pending motion: "comes before the Court on", "Pending before", "moves", "filed"
const PENDING = /\b(?:before\s+(?:(?:the|this)\s+(?:Court|court|undersigned)|me|us)|interprets?|asks?|comes?\s+(?:now\s+)?before|came\s+before|pending|now\s+before|moves?|moved|has\s+(?:now\s+)?filed|have\s+filed|filed|brings?|seeks?|requests?|requesting|construes?|construed|received|submits?|submitted|THIS\s+MATTER|This\s+matter|is\s+before|renews?)\b/i;
const HISTORY_PREFIX = /\b(?:previously|earlier|prior|original|initial|first|denying|granting|dismissing|denial\s+of|grant\s+of|order\s+(?:on|regarding)|resolved|ruled\s+on|to\s+file|filing\s+(?:a|an|his|her))\b[^.;]*$/i;
// "Defendant's" · "Defendant Brian Howard's (“Howard”)" · "the Government's" · "Def.'s" · "prisoner Hugo Chavez-Cadenas's"
const MOVANT =
  /\b(Defendants?|Def\.|Petitioners?|Movants?|Plaintiffs?|Pl\.|Government|Gov(?:'|’)?t\.?|United\s+States|Debtors?|Trustee|Respondents?|Director|BOP|Bureau\s+of\s+Prisons|Warden|prisoner|inmate|Claimants?|Creditors?)\b(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:['’]s?|s['’])?\s*(?:\([^)]{0,40}\)\s*)?(?:['’]s\s+)?(?:(?:pro\s+se|emergency|renewed|second|third|amended|supplemental|successive|counseled|instant|pending|current|present|original|construed|first|unopposed|motion\s+and|letter|sealed|expedited|cross|cross-|partial|\w+-?\w*\s+and)\s*)*$/i;
const PRO_SE = /\bpro\s+se\b/i;
const COUNSEL = /\b(?:through|by|with(?:\s+the\s+assistance\s+of)?)\s+(?:(?:his|her|their|appointed|retained|court-appointed|CJA|new)\s+)*(?:counsel|attorneys?)\b|\bcounseled\b|\bCounsel\s+for\s+(?:the\s+)?Defendant\s+filed/i;

const MODIFIER = /^(?:s|pro|se|emergency|renewed|second|third|amended|supplemental|successive|counseled|instant|pending|current|present|original|construed|first|unopposed|motion|and|letter|sealed|expedited|cross|partial)$/;

/**
 * The party word before a motion, with the names after it capitalized: "Defendant Brian Howard's",
 * "the Government's renewed". A lower-case word that is no motion modifier ends it: "The government
 * opposes the Motion" names the opponent, not the movant.
 */
function movantBefore(prefix: string): RegExpExecArray | null {
  const mv = MOVANT.exec(prefix);
  if (!mv) return null;
  const words = mv[0].slice(mv[1].length).replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][\w.'’-]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^[a-z]/.test(w) && !MODIFIER.test(w.replace(/['’]s?$/, '').replace(/-$/, '')) && words[i + 1] !== 'and') return null;
  }
  return mv;
}

function movantOf(word: string): Movant {
  const w = word.toLowerCase();
  if (/^def|^prisoner|^inmate/.test(w)) return 'defendant';
  if (/^pet/.test(w)) return 'petitioner';
  if (/^mov/.test(w)) return 'defendant';
  if (/^pl/.test(w)) return 'plaintiff';
  if (/^gov|^united/.test(w)) return 'government';
  if (/^debt/.test(w)) return 'debtor';
  if (/^trustee/.test(w)) return 'trustee';
  if (/^resp/.test(w)) return 'respondent';
  if (/^dir|^bop|^bureau|^warden/.test(w)) return 'bop_director';
  if (/^cred|^claim/.test(w)) return 'creditor';
  return 'unknown';
}

export interface PartyRef {
  role: string;
  name: string;
}

// The possessor right before a motion: "Block's motion to dismiss" · "Cornwell’s request" · "GE's motion"
const POSSESSOR = /\b([A-Z][\w&.-]*)(?:['’]s|s['’]|['’])\s+(?:(?:pro\s+se|renewed|second|amended|cross|cross-|emergency|unopposed|partial|pending|instant)\s+)*$/;

/** The movant from a party's name in the caption: the possessor names exactly one role. */
export function partyMovant(prefix: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = POSSESSOR.exec(prefix);
  if (!m || m[1].length < 2 || /^(?:Court|Court['’]|Circuit|State|Judge|Magistrate|Clerk|Congress|Commission|Sentencing)$/i.test(m[1])) return null;
  const re = new RegExp(`(?:^|[^\\w])${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
  const roles = new Set<Movant>();
  for (const p of parties) if (re.test(p.name)) roles.add(movantOf(p.role.split(/[-\s]/)[0]));
  roles.delete('unknown');
  if (roles.size !== 1) return null;
  return { value: [...roles][0], at: m.index, len: m[1].length };
}

const ROLE = '(Defendants?|Petitioners?|Movants?|Plaintiffs?|Government|United\\s+States|Debtors?|Trustee|Respondents?|defendants?|petitioners?|movants?|plaintiffs?|government|debtors?|trustee|respondents?)';
// The filer as subject: "defendant Dheadry Powell filed another" · "Petitioner, through appointed counsel, has filed a"
const FILER = new RegExp(`\\b${ROLE}(?:\\s+[A-Z][\\w.'’-]*){0,4}\\s*(?:\\([^)]{0,40}\\))?\\s*(?:,[^,.;]{0,60},)?\\s+(?:now\\s+|also\\s+|again\\s+|then\\s+)?(?:has\\s+|have\\s+)?(?:filed|submitted|brought|renewed)\\s+(?:(?:a|an|another|his|her|its|their|the|this|second|renewed|new|pro\\s+se|emergency)\\s+){0,3}$`);
// The filer after the anchor: "motion of Defendant Frederick Amerson" · "a motion from counsel for defendant Marquis Wright"
const OF_FILER = new RegExp(`^\\s+(?:of|from|by)\\s+(?:(?:counsel|attorneys?)\\s+for\\s+)?(?:the\\s+)?${ROLE}\\b`);

/** The movant named as the filer around the motion word, when no possessive names it. */
function filerMovant(prefix: string, after: string): { value: Movant; at: number; len: number } | null {
  const f = FILER.exec(prefix);
  if (f) return { value: movantOf(f[1]), at: f.index, len: f[1].length };
  const o = OF_FILER.exec(after);
  // A negative `at` marks a place after the anchor: -(offset + 1).
  if (o) return { value: movantOf(o[1]), at: -(o.index + o[0].length - o[1].length) - 1, len: o[1].length };
  return null;
}

/** Earliest specific kind hit in the words of a mention; the generic entry only when nothing specific. */
function classify(words: string, prefix: string): { kind: KindHit; rule: string; at: number; end: number } | null {
  const hits = scanAll(motionKindRules, words, '').filter((h) => h.priority > 10);
  if (hits.length) {
    hits.sort((a, b) => a.span[0] - b.span[0] || b.priority - a.priority);
    return { kind: hits[0].value, rule: hits[0].rule, at: hits[0].span[0], end: hits[0].span[1] };
  }
  // "§ 2255 motion" · "compassionate-release motion": the kind words just before the anchor.
  const pre = scanAll(motionKindRules, prefix, '').filter(
    (h) => h.priority > 10 && /^(?:\s|-|['’]s|\)|\(\w+\)|pro\s+se|renewed|emergency|second|third|amended|successive|pending|instant|supplemental)*$/i.test(prefix.slice(h.span[1])),
  );
  if (pre.length) {
    const h = pre[pre.length - 1];
    return { kind: h.value, rule: h.rule, at: h.span[0] - prefix.length, end: h.span[1] - prefix.length };
  }
  const gen = scanAll(motionKindRules, words, '')[0];
  return gen ? { kind: gen.value, rule: gen.rule, at: gen.span[0], end: gen.span[1] } : null;
}

function firstAtOrAfter<T>(hits: Hit<T>[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findMentions(ctx: ReadContext, cites: Hit<RecordCiteValue>[], titleSpan: Span | null, parties: PartyRef[]): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  ANCHOR.lastIndex = 0;
  const anchors: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text)) !== null) anchors.push(m);
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    const word = a[0].toLowerCase();
    const anchorEnd = a.index + a[0].length;
    const [ss, se] = sentenceAt(text, a.index);
    const nextAnchor = i + 1 < anchors.length ? anchors[i + 1].index : text.length;
    let wEnd = Math.min(se, nextAnchor, anchorEnd + 220);
    // The docket entry: the first record cite inside the mention's words, or right after its sentence.
    let doc: Hit<RecordCiteValue> | null = null;
    const ci = firstAtOrAfter(cites, anchorEnd);
    if (ci < cites.length) {
      const c = cites[ci];
      // A cite just after the sentence belongs to the sentence's first motion ("... pursuant to § 3582(c). (DE # 147.)").
      const firstInSentence = !out.length || out[out.length - 1].anchor < ss;
      if (c.span[0] < wEnd || (c.span[0] <= se + 4 && (wEnd === se || (firstInSentence && nextAnchor < se)) && (c.span[0] < nextAnchor || firstInSentence))) {
        doc = c;
        if (c.span[0] < wEnd) wEnd = c.span[0];
      }
    }
    // Docket-text style: the entry number before the motion, "ORDER denying [55] Motion for ...".
    if (!doc) {
      const back = /\[(\d{1,6})\]\s*(?:pro\s+se\s+)?$/i.exec(text.slice(Math.max(0, a.index - 20), a.index));
      if (back) {
        const at = a.index - 20 + back.index;
        doc = cites.find((c) => c.span[0] >= Math.max(0, at) && c.span[0] < a.index) ?? null;
      }
    }
    const words = text.slice(anchorEnd, wEnd);
    const prefixStart = Math.max(ss, a.index - 90);
    const prefix = text.slice(prefixStart, a.index);
    let k = classify(words, prefix.slice(-40));
    // "Defendant's Motion (Filing 89) seeking his release to home confinement": the relief follows the cite.
    if (!k && doc) {
      const rest = text.slice(doc.span[1], Math.min(se, doc.span[1] + 160));
      if (/^[\s),.\]]*(?:seeking|requesting|asking|for|to|under|pursuant)\b/i.test(rest)) k = classify(rest, '');
    }
    const isMotionWord = /mot/.test(word);
    // "the Petition" / "the application" with no relief named: kept only as a reference a ruling may decide.
    const loose = !k && !isMotionWord && /^(?:petition|application)$/.test(word);
    if (!k && !isMotionWord && !loose) continue;
    if (k && k.kind === 'sentence_reduction' && !isMotionWord && !/^(?:request|petition|letter)/.test(word)) continue;
    // "request ... compassionate release" must name the relief at once; a petition may say "for a Writ of Habeas Corpus under § 2241"
    if (!isMotionWord && !loose && (!k || k.at > (/^petition/.test(word) ? 70 : 40))) continue;
    if (/^requests?$/.test(word) && /\b(?:administrative|warden|BOP|Bureau|to\s+the\s+warden)\b/i.test(prefix.slice(-40) + words.slice(0, 60))) continue;
    const kind: KindHit = k ? k.kind : 'other';
    // One filing that asks for two reliefs: "... 3582(c)(1)(A)(i) and/or 12003(B)(2) of The Cares Act".
    let also: { kind: KindHit; rule: string; s: number; e: number } | null = null;
    if (k && RELIEF.has(k.kind) && k.at >= 0) {
      const more = scanAll(motionKindRules, words, '').filter((h) => h.priority > 10 && RELIEF.has(h.value) && h.value !== k.kind && h.span[0] >= k.end);
      const h2 = more.sort((x, y) => x.span[0] - y.span[0])[0];
      if (h2 && /\b(?:and\/or|or|and|alternatively|in\s+the\s+alternative)\b/i.test(words.slice(k.end, h2.span[0])) && !/[.;]/.test(words.slice(k.end, h2.span[0]))) {
        also = { kind: h2.value, rule: h2.rule, s: anchorEnd + h2.span[0], e: anchorEnd + h2.span[1] };
      }
    }
    // A bare reference ("the motion", "Defendant's Motion (Doc. 5)") names no relief of its own.
    const bare = !k && !/^[\s,]*(?:to|for|requesting|seeking|under|pursuant|in|of|asking)\b/i.test(words);
    const start = a.index;
    const end = k && k.end > 0 ? anchorEnd + k.end : anchorEnd;
    // Movant and pro se from the words before the anchor.
    let movant: Mention['movant'] = null;
    const mv = movantBefore(prefix);
    const pm = mv ? null : partyMovant(prefix, parties) ?? filerMovant(prefix, text.slice(anchorEnd, wEnd));
    if (mv) movant = { value: movantOf(mv[1]), s: prefixStart + mv.index, e: prefixStart + mv.index + mv[1].length };
    else if (pm) movant = pm.at < 0 ? { value: pm.value, s: anchorEnd - pm.at - 1, e: anchorEnd - pm.at - 1 + pm.len } : { value: pm.value, s: prefixStart + pm.at, e: prefixStart + pm.at + pm.len };
    else if (/\b(?:his|her|its|their)\s+(?:\w+\s+){0,2}$/i.test(prefix) && out.length && out[out.length - 1].end > ss) movant = out[out.length - 1].movant;
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
    if (titleSpan && start >= titleSpan[0] && start < titleSpan[1]) scope = 'title';
    else if (HISTORY_PREFIX.test(prefix.slice(-45))) scope = 'history';
    else if (PENDING.test(sentence)) scope = 'pending';
    let nested = false;
    // A motion named inside another's words ("motion for counsel to assist him in filing a motion for ...").
    const prev = out[out.length - 1];
    if (prev && prev.anchor >= ss && scope !== 'title') {
      const between = text.slice(prev.end, a.index);
      if (!/\band\b|;|\balso\b|\bas\s+well\s+as\b/i.test(between) && /\b(?:of|denying|granting|regarding|to\s+file|filing|in\s+connection\s+with|file|for|under|re|assist|assistance|with|bring|seeking)\b/i.test(between)) {
        scope = 'history';
        nested = true;
      }
    }
    const construed = CONSTRUED.test(prefix.slice(-90));
    // "The Court has received an undated pro se letter ... The Court construes this to be a motion": the letter's status.
    if (construed && !proSe) {
      const back = text.slice(Math.max(0, ss - 300), ss);
      const pl = /\bpro\s+se\s+(?:letter|filing|submission|request|document|correspondence)\b/i.exec(back);
      if (pl) proSe = { value: true, s: Math.max(0, ss - 300) + pl.index, e: Math.max(0, ss - 300) + pl.index + 6 };
    }
    const brief = BRIEF.test(prefix.slice(-60));
    if (brief) doc = null;
    out.push({ anchor: a.index, start, end, kind, kindRule: k ? k.rule : 'motion-kind/other', doc, movant, proSe, scope, nested, bare, also, loose, construed, brief });
  }
  // Relief asked for without the word motion: "defendant now seeks compassionate release", "requesting compassionate release".
  SOUGHT.lastIndex = 0;
  while ((m = SOUGHT.exec(text)) !== null) {
    const after = m.index + m[0].length;
    const win = text.slice(after, after + 110);
    const k = classify(win, '');
    if (!k || k.kind === 'sentence_reduction' || k.kind === 'other') continue;
    // The kind words come first ("seeks compassionate release"), or a generic reduction names its statute in
    // the same sentence: "moves for a reduction of his sentence under 18 U.S.C. § 3582(c)(1)(A)" (not "seeks a
    // sentence reduction to time served, or home confinement in the alternative": a second relief, no statute).
    if (k.at > 30 && !(GENERIC_RELIEF.test(win) && /\b(?:under|pursuant\s+to)\b/i.test(win.slice(0, k.at)) && !/[.;]\s+[A-Z(]/.test(win.slice(0, k.at)))) continue;
    const [ss, se] = sentenceAt(text, m.index);
    if (out.some((x) => x.anchor >= ss && x.anchor < se && x.kind === k.kind)) continue;
    // "By motion ... (Doc 281), Becton seeks an extension of time": the relief names the bare motion.
    const bareHere = out.find((x) => x.bare && x.anchor >= ss && x.anchor < m!.index);
    if (bareHere) {
      bareHere.kind = k.kind;
      bareHere.kindRule = k.rule;
      bareHere.bare = false;
      continue;
    }
    const prefix = text.slice(Math.max(ss, m.index - 90), m.index);
    if (HISTORY_PREFIX.test(prefix.slice(-45))) continue;
    // The docket entry: in the same sentence or the one right after it.
    let doc: Hit<RecordCiteValue> | null = null;
    const ci = firstAtOrAfter(cites, after);
    if (ci < cites.length && cites[ci].span[0] < Math.min(text.length, se + 300) && !text.slice(se, cites[ci].span[0]).includes('\n')) doc = cites[ci];
    const mv = movantBefore(prefix.replace(/\s+(?:now|also|again|apparently)\s*$/, ' '));
    // "Rafael Quintero moves for ...": a caption party named as the subject.
    const pm = mv ? null : partyMovant(prefix, parties);
    const base = m.index - prefix.length;
    const movant = mv
      ? { value: movantOf(mv[1]), s: base + mv.index, e: base + mv.index + mv[1].length }
      : pm && pm.at >= 0 ? { value: pm.value, s: base + pm.at, e: base + pm.at + pm.len } : null;
    out.push({ anchor: m.index, start: after + k.at, end: after + k.end, kind: k.kind, kindRule: k.rule, doc, movant, proSe: null, scope: 'pending' });
  }
  out.sort((a, b) => a.anchor - b.anchor);
  return out;
}

// "the Court will construe Defendant's motion as a renewed" · "construes the letter (Doc. 12) as a" · "construed it as an"
// "The Court construes this to be a motion pursuant to"
const CONSTRUED = /\bconstru(?:e|es|ed|ing)\s+(?:it|this|them|(?:(?:the|this|that|his|her|its|[\w.'’]+['’]s?)\s+){0,3}(?:motion|letter|filing|request|petition|pleading|submission)(?:\s*\([^)]{0,30}\))?)\s+(?:as|to\s+be)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$/i;
// "Memorandum in Support of Emergency" · "brief in support of his" · "reply to the Government's response to the"
const BRIEF = /\b(?:memorandum|memoranda|brief|reply|response|opposition|supplement|exhibits?)\s+(?:of\s+law\s+)?(?:in\s+(?:support\s+of|opposition\s+to)|supporting|to)\s+(?:(?:the|his|her|its|their|[\w.'’]+['’]s?|pro\s+se|emergency|renewed|amended|pending)\s+){0,3}$/i;

// The subject of a passive ruling that names relief: "Leave to appeal in forma pauperis is" · "Permission to file a
// sur-reply is hereby"; not "leave to amend would be futile" (no ruling) nor "Plaintiff's request for leave to ..." (a motion).
const LEAVE = /(?:^|[.;]\s+|\n\s*|\d[.)]\s+)(?:Leave|LEAVE|Permission|PERMISSION)\s+to\s+[^.;\n]{3,80}?\s+(?:is|are)\s+(?:hereby\s+)?(?:therefore\s+)?$/;

// A ruling limited to part of what a motion asks: "To the extent Defendant seeks ..., the motion is DENIED" · "insofar as"
const PARTIAL = /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b/i;

// "seeks compassionate release" · "requesting compassionate release" · "moves for a reduction" · "asks for home confinement"
// "a reduction of his sentence" · "modification of her term" · "early release": relief that a statute names next.
const GENERIC_RELIEF = /^\s*(?:an?\s+|the\s+)?(?:(?:sentence\s+)?reduction|reduce|modification|modify|early\s+release|immediate\s+release|release)\b/i;

const SOUGHT = /\b(?:seeks?|seeking|requests?|requesting|mov(?:es?|ed)\s+for|asks?\s+(?:for|to)|applies\s+for)\s+/gi;

/** Resolve the generic "motion to reduce sentence" from the statutes the whole order names. */
function resolveGeneric(ctx: ReadContext): MotionKind {
  const t = ctx.text;
  const count = (re: RegExp): number => (t.match(re) ?? []).length;
  const cr = count(/compassionate\s+release|3582\s*\(\s*c\s*\)\s*\(\s*1\s*\)/gi);
  const c2 = count(/3582\s*\(\s*c\s*\)\s*\(\s*2\s*\)|\bAmendment\s+(?:7|8)\d\d\b/gi);
  const f404 = count(/(?:Section|§)\s*404\b|Fair\s+Sentencing\s+Act/gi);
  if (cr === 0 && c2 === 0 && f404 === 0) return /\b3582\b/.test(t) ? 'compassionate_release' : 'other';
  if (f404 > cr && f404 >= c2) return 'fsa_404';
  if (c2 > cr) return 'sentence_reduction_3582c2';
  return 'compassionate_release';
}

interface Building {
  motion: Motion;
  mentions: Mention[];
  best: { strength: number; at: number; generic?: boolean } | null;
  /** The same filing read as a second motion of another kind; rulings on one decide both. */
  companion?: Building;
  /** The word that first named it ("Motion", "petition", "application"). */
  word?: string;
}

export interface MotionsInput {
  ctx: ReadContext;
  title: Fact<string> | null;
  titleSpanReading: Span | null;
  caseTypeCriminal: boolean;
  /** Spans (reading coordinates) of citations with parentheticals, from the citation engine. */
  citationSpans: Span[];
  /** The caption's parties: a motion named by a party's name ("Block's motion") is that party's. */
  parties?: PartyRef[];
}

export function readMotions(inp: MotionsInput): Motion[] {
  const { ctx } = inp;
  const text = ctx.text;
  const cites = resolveOverlaps(scanAll(recordCiteRules, text, ctx.lower));
  const parties = inp.parties ?? [];
  const mentions = findMentions(ctx, cites, inp.titleSpanReading, parties);
  const generic = mentions.some((m) => m.kind === 'sentence_reduction') ? resolveGeneric(ctx) : 'other';
  const kindOf = (m: Mention): MotionKind => (m.kind === 'sentence_reduction' ? generic : m.kind);

  const motions: Building[] = [];
  const allMentions = mentions;
  const owner = new Map<Mention, Building>();
  const findOrAdd = (mention: Mention, create: boolean): Building | null => {
    let m = mention;
    const kind = kindOf(m);
    let b: Building | undefined;
    if (m.doc) b = motions.find((x) => x.motion.docEntry?.value === m.doc!.value.entry);
    // Same kind, no conflicting entry or movant: cross-motions for summary judgment stay two motions.
    if (!b) b = motions.find((x) => x.motion.kind.value === kind && (!m.doc || !x.motion.docEntry) && (!m.movant || !x.motion.movant || x.motion.movant.value === m.movant.value));
    if (!b && m.bare && motions.length) {
      // A bare reference ("the Motion (ECF 58)") joins the motion named last before it; its cite may be a brief's.
      b = lastNamedBefore(owner, allMentions, m.anchor) ?? motions[0];
      if (b.motion.docEntry) m = { ...m, doc: null };
    }
    if (!b) {
      if (!create) return null;
      b = {
        motion: { kind: fact(ctx, kind, m.start, m.end, m.kindRule, kind === 'other' ? 0.5 : 0.85), docEntry: null, movant: null, proSe: null, disposition: null, citation: null },
        mentions: [],
        best: null,
        word: text.slice(m.anchor, m.anchor + 12),
      };
      motions.push(b);
    }
    b.mentions.push(mention);
    owner.set(mention, b);
    const mo = b.motion;
    if (mo.kind.value === 'other' && kind !== 'other') mo.kind = fact(ctx, kind, m.start, m.end, m.kindRule, 0.85);
    if (m.doc && !mo.docEntry) mo.docEntry = fact(ctx, m.doc.value.entry, m.doc.span[0], m.doc.span[1], m.doc.rule, 0.9);
    if (m.movant && !mo.movant) mo.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.85);
    if (m.proSe && !mo.proSe) mo.proSe = fact(ctx, m.proSe.value, m.proSe.s, m.proSe.e, m.proSe.letter ? 'pro-se/letter' : m.proSe.value ? 'pro-se/words' : 'pro-se/counsel', m.proSe.letter ? 0.6 : 0.85);
    if (m.also && !b.companion && !motions.some((x) => x.motion.kind.value === m.also!.kind && x.motion.docEntry?.value === mo.docEntry?.value)) {
      const c: Building = {
        motion: { ...mo, kind: fact(ctx, m.also.kind as MotionKind, m.also.s, m.also.e, m.also.rule, 0.75), disposition: null, citation: null },
        mentions: [],
        best: null,
      };
      b.companion = c;
      motions.push(c);
    }
    return b;
  };
  for (const m of mentions) {
    if ((m.scope !== 'title' && m.scope !== 'pending') || m.loose) continue;
    // The court reads a filing as another kind of motion: the filing named just before takes that kind.
    if (m.construed && m.kind !== 'other') {
      const b = lastNamedBefore(owner, mentions, m.anchor);
      const [ss] = sentenceAt(text, m.anchor);
      if (b && (motions.length === 1 || b.mentions.some((x) => x.anchor >= ss))) {
        const kind = kindOf(m);
        b.motion.kind = fact(ctx, kind, m.start, m.end, m.kindRule, 0.8);
        b.mentions.push(m);
        owner.set(m, b);
        continue;
      }
    }
    // "a pro se motion that the Court construed as a Motion for Compassionate Release": one motion.
    if (m.bare && !m.doc && mentions.some((x) => x !== m && !x.bare && x.scope === 'pending' && Math.abs(x.anchor - m.anchor) < 200)) continue;
    findOrAdd(m, true);
  }

  // A motion named without its cite: take the first record cite that follows in the same paragraph
  // ("... seeks compassionate release. Def.'s Mot. ... , ECF No. 38.").
  for (const b of motions) {
    if (b.motion.docEntry || !b.mentions.length) continue;
    const m0 = b.mentions[0];
    const paraEnd = text.indexOf('\n', m0.anchor);
    const limit = Math.min(paraEnd < 0 ? text.length : paraEnd, m0.anchor + 450);
    for (let ci = firstAtOrAfter(cites, m0.end); ci < cites.length && cites[ci].span[0] < limit; ci++) {
      const c = cites[ci];
      const other = mentions.some((x) => x.anchor > m0.anchor && x.anchor < c.span[0] && !x.bare && x.kind !== m0.kind && !x.nested);
      if (other) break;
      if (motions.some((x) => x.motion.docEntry?.value === c.value.entry)) continue;
      b.motion.docEntry = fact(ctx, c.value.entry, c.span[0], c.span[1], c.rule, 0.7);
      break;
    }
  }

  // Disposition phrases, kept only when the scope refiner says they are the court's own ruling.
  const raw = resolveOverlaps(scanAll(dispositionRules, text, ctx.lower));
  const phrases = raw.map((h) => ({
    hit: h,
    span: h.span,
    verbAt: h.value.verbAt,
    voice: h.value.voice,
    scope: inp.titleSpanReading && h.span[0] >= inp.titleSpanReading[0] && h.span[0] < inp.titleSpanReading[1] ? ('title' as const) : undefined,
  })) as Array<ScopedPhrase & { hit: Hit<DispositionValue> }>;
  const rulings = rulingOnly(phrases, text, inp.citationSpans);
  const weak: typeof rulings = [];
  for (let i = 0; i < rulings.length; i++) {
    const r = rulings[i];
    if (r.hit.value.weak) {
      weak.push(r);
      continue;
    }
    const [ss, se] = r.sentence ?? sentenceAt(text, r.verbAt);
    const prev = rulings[i - 1];
    const next = rulings[i + 1];
    const forward = r.voice !== 'passive';
    let from = forward ? r.verbAt : Math.max(ss, prev && prev.span[1] <= r.verbAt && prev.span[1] > ss ? prev.span[1] : ss);
    let to = forward ? Math.min(se, next && next.verbAt > r.verbAt ? next.verbAt : se) : r.verbAt;
    if (r.scope === 'title' && inp.titleSpanReading) to = Math.min(to, inp.titleSpanReading[1]);
    const targets = new Set<Building>();
    let generic = false;
    for (const m of mentions) if (m.anchor >= from && m.anchor < to) {
      // "the motion" / "Defendant's motions": a reference, not a new motion.
      if (m.kind === 'other' && !m.doc) {
        // ... unless it is a filing of another sort than every motion named so far: "the Motion for Stay
        // is denied and the Petition is dismissed" · "the application for a certificate ... is denied".
        const noun = nounOf(text.slice(m.anchor, m.anchor + 12));
        const sameSentence = (x: (typeof rulings)[number] | undefined): boolean => !!x && !x.hit.value.weak && x.verbAt >= ss && x.verbAt < se;
        if (noun !== 'motion' && motions.length > 0 && (sameSentence(prev) || sameSentence(next)) && !motions.some((x) => nounOf(x.word ?? 'motion') === noun) && !/\b(?:this|that|his|her|its|their|such)\s+$/i.test(text.slice(Math.max(0, m.anchor - 8), m.anchor))) {
          const b: Building = {
            motion: { kind: fact(ctx, 'other' as MotionKind, m.start, m.end, 'motion-kind/other', 0.5), docEntry: null, movant: null, proSe: null, disposition: null, citation: null },
            mentions: [m],
            best: null,
            word: text.slice(m.anchor, m.anchor + 12),
          };
          if (m.movant) b.motion.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.8);
          motions.push(b);
          owner.set(m, b);
          targets.add(b);
          continue;
        }
        generic = true;
        continue;
      }
      const b = findOrAdd(m, true);
      if (b) targets.add(b);
    }
    if (targets.size === 0) {
      // A record cite alone: "ECF No. 581 is WITHDRAWN", "to the extent Doc. 82 was intended as a separate motion, it is denied"
      for (const c of cites) if (c.span[0] >= from && c.span[0] < to) {
        let b = motions.find((x) => x.motion.docEntry?.value === c.value.entry);
        if (!b && generic) {
          b = {
            motion: { kind: fact(ctx, 'other' as MotionKind, c.span[0], c.span[1], 'motion-kind/other', 0.5), docEntry: fact(ctx, c.value.entry, c.span[0], c.span[1], c.rule, 0.8), movant: null, proSe: null, disposition: null, citation: null },
            mentions: [],
            best: null,
          };
          motions.push(b);
        }
        if (b) targets.add(b);
      }
    }
    let viaGeneric = false;
    const words = text.slice(from, to);
    if (targets.size === 0) {
      viaGeneric = true;
      // A title that names relief without the word motion: "ORDER GRANTING COMPASSIONATE RELEASE"
      if (r.scope === 'title') {
        const k = classify(words, '');
        if (k) {
          const b = findOrAdd({ anchor: from, start: from + k.at, end: from + k.end, kind: k.kind, kindRule: k.rule, doc: null, movant: null, proSe: null, scope: 'title' }, true);
          if (b) targets.add(b);
        }
      } else if (r.voice === 'passive' && !generic && LEAVE.test(words)) {
        // Relief asked for without a motion word, as the subject of its own ruling: "Leave to appeal in forma
        // pauperis is denied as moot" · "Leave to amend is GRANTED".
        const lv = LEAVE.exec(words)!;
        const at = from + lv.index;
        const b: Building = {
          motion: { kind: fact(ctx, 'other' as MotionKind, at, at + lv[0].trimEnd().length, 'motion-kind/leave', 0.5), docEntry: null, movant: null, proSe: null, disposition: null, citation: null },
          mentions: [],
          best: null,
          word: 'leave',
        };
        motions.push(b);
        targets.add(b);
      } else if (/\bmotions\b|\brequests\b|\bpetitions\b|\bthey\b|\bboth\b|\ball\b/i.test(words)) {
        for (const b of motions) if (!b.best || b.best.strength < 3) targets.add(b);
      } else if (generic || /\b(?:motions?|petition|request|it|relief|application|letter|action|case)\b/i.test(words)) {
        // "The motion is denied": the motion named last before the ruling, else the only one.
        let b = motions.length === 1 ? motions[0] : lastNamedBefore(owner, mentions, r.span[0]);
        // No motion presented yet: the ruling's own words name one ("GE's motion is GRANTED", "the petition ... must be DENIED").
        const named = !b && motions.length === 0 ? /\b(?:motion|petition|application|request)\b/i.exec(words) : null;
        if (named) {
          const at = from + named.index;
          const [ss2] = sentenceAt(text, at);
          const pre = text.slice(Math.max(ss2, at - 90), at);
          const mv = movantBefore(pre);
          const pm = mv ? null : partyMovant(pre, parties);
          b = {
            motion: {
              kind: fact(ctx, 'other' as MotionKind, at, at + named[0].length, 'motion-kind/other', 0.5),
              docEntry: null,
              movant: mv
                ? fact(ctx, movantOf(mv[1]), at - pre.length + mv.index, at - pre.length + mv.index + mv[1].length, 'movant/possessive', 0.7)
                : pm
                  ? fact(ctx, pm.value, at - pre.length + pm.at, at - pre.length + pm.at + pm.len, 'movant/party-name', 0.7)
                  : null,
              proSe: null,
              disposition: null,
              citation: null,
            },
            mentions: [],
            best: null,
            word: named[0],
          };
          motions.push(b);
        }
        if (b) targets.add(b);
      }
    }
    // A reference ("the motion") is a little weaker than a ruling that names the motion.
    const strength = (r.decretal ? 3 : r.scope === 'title' ? 2 : 1) - (viaGeneric ? 0.25 : 0);
    // "The complaint is DISMISSED" decides a motion to dismiss: it was granted.
    const caseDismissed = viaGeneric && /^dismissed/.test(r.hit.value.disposition) && /(?:complaint|action|case|claims?|counts?|indictment|suit|petition)/i.test(words);
    // A ruling on part of a motion: "To the extent Dell seeks to quash the subpoena, the Motion is DENIED".
    // (The clause may run over blank lines a page layout left inside the sentence.)
    const back = text.slice(Math.max(0, r.verbAt - 300), r.verbAt);
    const stop = back.search(/[.!?]\s+(?=[A-Z])(?:(?![.!?]\s+[A-Z])[\s\S])*$/);
    const partial =
      (PARTIAL.test(stop >= 0 ? back.slice(stop + 1) : back.slice(-150)) || /^[\s,]*(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b/i.test(text.slice(r.span[1], r.span[1] + 30))) &&
      /^(?:granted|denied)/.test(r.hit.value.disposition);
    for (const b of targets) {
      const had = b.motion.disposition?.value;
      // (A reference, "the motion", may finish what a ruling naming the motion began.)
      if (partial && had && b.best && b.best.strength <= strength + 0.25) {
        if (had === 'granted_in_part') continue;
        if (had !== r.hit.value.disposition && /^(?:granted|denied)/.test(had)) {
          assign(ctx, b, { ...r.hit, rule: 'disposition/partial-rulings', value: { ...r.hit.value, disposition: 'granted_in_part' } }, Math.max(strength, b.best.strength));
          continue;
        }
      }
      // ... and it does not undo what a ruling that names another motion gave it: "The application will be
      // granted and the case will be dismissed".
      if (caseDismissed && b.motion.kind.value !== 'dismiss' && b.best && (!b.best.generic || b.best.at >= ss)) continue;
      if (caseDismissed && b.motion.kind.value === 'dismiss') assign(ctx, b, { ...r.hit, rule: 'disposition/case-dismissed', value: { ...r.hit.value, disposition: 'granted' } }, strength);
      else assign(ctx, b, r.hit, strength);
    }
  }
  // Interim directions decide only a motion nothing else decided, and only when it is the only motion.
  if (weak.length && motions.length === 1 && !motions[0].best) assign(ctx, motions[0], weak[weak.length - 1].hit, 0.5);
  // A pro se motion in a criminal case is the defendant's.
  for (const b of motions) {
    const mo = b.motion;
    if (!mo.movant && mo.proSe?.value && inp.caseTypeCriminal) mo.movant = { ...mo.proSe, value: 'defendant', rule: 'movant/pro-se-criminal', confidence: 0.6 };
    // A prisoner who asks the court for a lawyer has none: "Defendant's application for appointment of counsel".
    if (!mo.proSe && mo.kind.value === 'appoint_counsel' && inp.caseTypeCriminal && (!mo.movant || mo.movant.value === 'defendant' || mo.movant.value === 'petitioner')) {
      mo.proSe = { ...mo.kind, value: true, rule: 'pro-se/seeks-counsel', confidence: 0.6 };
      if (!mo.movant) mo.movant = { ...mo.kind, value: 'defendant', rule: 'movant/pro-se-criminal', confidence: 0.6 };
    }
    // "the petition is DENIED" in a case with one petitioner: the petition is his.
    if (!mo.movant && /^petition/i.test(b.word ?? '') && parties.some((p) => /^petitioner/i.test(p.role))) {
      mo.movant = { ...mo.kind, value: 'petitioner', rule: 'movant/petition-petitioner', confidence: 0.6 };
    }
  }
  // A filing transferred to the court of appeals is a successive collateral attack: "brings this 'Motion Under
  // Rule 60(b)(4)' ... the Court transfers this action to the Court of Appeals" in a § 2255 order.
  let out = motions;
  const transferred = motions.find((b) => b.motion.kind.value === 'other' && b.motion.disposition?.rule === 'disposition/transferred');
  if (transferred && /(?:§|Section|section)\s*2255\b/.test(text)) {
    transferred.motion.kind = { ...transferred.motion.kind, value: 'section_2255', rule: 'motion-kind/transferred-successive', confidence: 0.6 };
    // The same filing described again ("captioned as a motion for relief ... in the prior § 2255 proceeding").
    out = motions.filter((b) => b === transferred || !(b.motion.kind.value === 'section_2255' && !b.motion.disposition && !b.motion.docEntry));
  }
  return out.map((b) => b.motion);
}

/** The sort of filing a word names: motion, petition, application, request, letter. */
function nounOf(word: string): string {
  const w = word.toLowerCase();
  if (/^petition/.test(w)) return 'petition';
  if (/^application/.test(w)) return 'application';
  if (/^request/.test(w)) return 'request';
  if (/^letter/.test(w)) return 'letter';
  return 'motion';
}

function lastNamedBefore(owner: Map<Mention, Building>, mentions: Mention[], pos: number): Building | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.anchor >= pos || m.nested || m.scope === 'history') continue;
    const b = owner.get(m);
    if (b) return b;
  }
  return null;
}

function assign(ctx: ReadContext, b: Building, hit: Hit<DispositionValue>, strength: number): void {
  if (b.companion) assign(ctx, b.companion, hit, strength);
  if (b.best && (b.best.strength > strength || (b.best.strength === strength && b.best.at > hit.span[0]))) return;
  // Strengths of rulings through a reference end in .75 (see the caller).
  b.best = { strength, at: hit.span[0], generic: strength % 1 !== 0 };
  const conf = strength >= 3 ? 0.95 : strength >= 2 ? 0.85 : strength >= 1 ? 0.8 : 0.5;
  b.motion.disposition = fact<Disposition>(ctx, hit.value.disposition, hit.span[0], hit.span[1], hit.rule, conf);
}
