/**
 * Rulings: each disposition phrase the scope refiner keeps as the court's own ruling is linked to the
 * motions it names (by name, by record cite, or through a reference such as "the motion").
 */
import type { Hit, Span } from '../../engine/types.js';
import { resolveOverlaps, scanAll } from '../../engine/scan.js';
import { dispositionRules, type DispositionValue } from '../disposition.js';
import type { RecordCiteValue } from '../record-cite.js';
import { memoEndorsement, rulingOnly, type ScopedPhrase } from '../scope.js';
import { checkbox, fact, headingRuled, leadInStart, sentenceAt } from '../text-util.js';
import type { Motion, MotionKind } from '../types.js';
import type { MotionsInput } from '../motions.js';
import { assign, companionOf, lastNamedBefore, nounOf, ordinalsDiffer, resolveGeneric, sameParty, type Building, type Grouping } from './group.js';
import { classify, FOR_REVIEW, RELIEF, sameRelief, type Mention } from './mentions.js';
import { movantBefore, movantOf, partyMovant, roleOfName, type PartyRef } from './movant.js';

// The subject of a passive ruling that names relief: "Leave to appeal in forma pauperis is" · "Permission to file a
// sur-reply is hereby"; not "leave to amend would be futile" (no ruling) nor "Plaintiff's request for leave to ..." (a motion).
const LEAVE = /(?:^|[.;]\s+|\n\s*|\d[.)]\s+)(?:Leave|LEAVE|Permission|PERMISSION)\s+to\s+[^.;\n]{3,80}?\s+(?:is|are)\s+(?:hereby\s+)?(?:therefore\s+)?$/;

// "may file an appropriate fee" · "shall submit a" · "will renew his"
const FUTURE_FILING = /\b(?:may|shall|will|must|should|can)\s+(?:then\s+|also\s+)?(?:file|submit|bring|renew)\b[^.;]{0,40}$/i;

// "the former" · "the latter" · "The first" · "the second" (before a bare "motion")
const ORDINAL = /\b(former|latter|first|second|third)\s+$/i;
const firstAt = (b: Building): number => b.mentions.reduce((x, y) => Math.min(x, y.anchor), Infinity);

// The dispositions that say more than a title's bare one.
// The opening of a docket-text line: "ORDER " · "MINUTE ORDER " (its gerund follows)
const DOCKET_TEXT_HEAD = /(?:^|\n)[ \t]*(?:(?:TEXT|MINUTE|PAPERLESS|ELECTRONIC|MEMORANDUM(?:\s+(?:AND|&)\s+)?)\s*)?(?:ORDER|OPINION)\s+$/;
const REFINES: Partial<Record<string, string[]>> = {
  granted: ['granted_in_part'],
  denied: ['denied_without_prejudice', 'moot', 'granted_in_part'],
  dismissed: ['dismissed_without_prejudice'],
};

// What a dismissal disposes of when it is the case, not a motion: "The complaint is DISMISSED" · "the action will be dismissed".
const DISMISSED_WHAT = /\b(?:complaint|action|case|claims?|counts?|indictment|suit)\b/i;

// A ruling limited to part of what a motion asks: "To the extent Defendant seeks ..., the motion is DENIED" · "insofar as"
const PARTIAL = /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b/i;
// ... or a ruling on the motion as it concerns some claims: "Defendant's motion for summary judgment on plaintiff's
// claims under the ADA (counts III and V) will be denied" · "the motion to dismiss is granted as to Count II" ·
// "the motion is denied with respect to the negligence claim"; not "on all claims".
const CLAIM_SCOPED = /\b(?:on|as\s+to|with\s+respect\s+to|regarding|insofar\s+as\s+it\s+concerns)\s+(?:(?:the|plaintiff['’]?s?|plaintiffs['’]|defendant['’]?s?|his|her|its|their|of)\s+)*(?:[\w-]+\s+){0,3}?(?:claims?|counts?)\b|\(\s*counts?\s+[IVXL\d]/i;
const ALL_CLAIMS = /\b(?:on|as\s+to|with\s+respect\s+to)\s+(?:all|each|every|any)\s+(?:of\s+)?(?:the\s+|plaintiff['’]?s?\s+|his\s+|her\s+|its\s+|their\s+)?(?:remaining\s+)?(?:claims?|counts?)\b/i;

// ... or the limit right after the verb: "is GRANTED as to the negligence claim. It is DENIED as to the contract claim" ·
// "is denied to the extent"; not "as to all claims" nor "as to each defendant".
const SCOPED_AFTER = /^[\s,]*(?:(?:only|solely)\s+)?(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as|as\s+to|with\s+respect\s+to|in\s+all\s+other\s+respects)\b(?!\s+(?:all|each|every|any|both)\b)/i;
// The rest of a motion decided after a part: "The motion is otherwise DENIED" · "In all other respects, the motion is denied".
// (also "The remainder of the motion is DENIED" · "the rest of the motion is denied" · "The remaining requests are DENIED")
const OTHERWISE = /\b(?:otherwise|in\s+all\s+other\s+respects|in\s+all\s+remaining\s+respects|(?:the\s+)?(?:remainder|balance|rest)\s+of\s+(?:the|its|his|her|their)\s+(?:motion|request|application|petition)|remaining\s+(?:requests?|portions?|parts?|relief))\b[^.;]{0,60}$/i;

/** A filing of no known kind that a ruling names without a mention to build it from, added to the order's motions. */
function newFiling(g: Grouping, s: number, e: number, rule: string, word?: string): Building {
  const b: Building = {
    motion: { kind: fact(g.ctx, 'other' as MotionKind, s, e, rule, 0.5), docEntry: null, movant: null, proSe: null, disposition: null, citation: null },
    mentions: [],
    best: null,
    word,
  };
  g.motions.push(b);
  return b;
}

// "ORDERED that" · "ORDERED, ADJUDGED AND DECREED that" · "the Court FINDS and ORDERS that"
const DECREE_THAT = /\b(?:ORDERED|[Oo]rdered|ADJUDGED|DECREED|ORDERS|[Oo]rders)(?:\s*,?\s*(?:and\s+)?(?:ADJUDGED|DECREED|[Aa]djudged|[Dd]ecreed))*\s*,?\s*that\b/g;
// A short name defined right after a filing's name: '(the "Motion")' · '(“MTD”)' · '(hereinafter the "Cross-Motion")'
// (also with the entry inside: '(the "Motion," ECF No. 60)')
const DEFINED_NAME = /^[^.;()]{0,80}?\(\s*(?:hereinafter\s+)?(?:the\s+)?["“]([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?),?["”](?:\s*[,;]?\s*(?:ECF|Doc|Dkt|D\.E\.|Docket)[^()]{0,24})?\s*\)/;

/** The short names the text defines for the filings it names, in text order. */
function definedNames(text: string, mentions: Mention[]): Array<{ name: string; mention: Mention }> {
  const out: Array<{ name: string; mention: Mention }> = [];
  if (!text.includes('("') && !text.includes('(“') && !text.includes('(the "') && !text.includes('(the “') && !/\(hereinafter/.test(text)) return out;
  for (const x of mentions) {
    if (x.bare) continue;
    const d = DEFINED_NAME.exec(text.slice(x.end, x.end + 160));
    if (d && !mentions.some((y) => y !== x && !y.bare && y.anchor > x.end && y.anchor < x.end + d.index + d[0].length - d[1].length - 2)) out.push({ name: d[1], mention: x });
  }
  return out;
}

// A filing that answers a motion, right before the motion's name: "the objection to the" · "Plaintiff's opposition to Defendant's"
const OBJECT_OF_FILING = /\b(?:objections?|oppositions?|response|responses|reply|replies)\s+(?:to|in\s+opposition\s+to)\s+(?:the\s+|an?\s+|[\w.'’-]+['’]s?\s+){0,3}$/i;
// A numbered part of one filing: "Request No. 1" · "Part A of the motion" · "Item 3" · "Topic No. 4"
const PART_REF = /\b(?:Request|Part|Item|Paragraph|Category|Topic|Interrogatory|Subpart)s?\s+(?:Nos?\.\s*)?(?:\d{1,2}|[A-H])\b/;

// "recommends that" · "RECOMMENDED that" · "the magistrate judge recommended that" (up to the filing it names)
const RECOMMENDS = /\b(?:recommend(?:s|ed)?|RECOMMEND(?:S|ED)?|Recommend(?:s|ed)?)\s+(?:that\s+|the\s+(?:district\s+)?(?:court|judge)\s+)?/;
// The court adopts a report and recommendation: "ADOPTS the Report and Recommendation" · "the Magistrate Judge's Findings
// and Recommendation are ACCEPTED" · "sustains, adopts, and incorporates herein the ... Report and Recommendation"
const ADOPTS = /\b(?:ADOPTS?|[Aa]dopts|ACCEPTS?|[Aa]ccepts)\b(?:[^.;]|\.(?=\s?\d)){0,120}?\b(?:Report\s+and\s+Recommendations?|R\s*&\s*R|Findings\s+and\s+Recommendations?|[Rr]ecommendations?)\b|\b(?:Report\s+and\s+Recommendations?|R\s*&\s*R|Findings\s+and\s+Recommendations?)\b(?:[^.;]|\.(?=\s?\d)){0,120}?\b(?:is|are)\s+(?:hereby\s+)?(?:ADOPTED|adopted|ACCEPTED|accepted)\b/g;
// ... but not in part, as modified, or rejected
const NOT_WHOLE = /\b(?:in\s+part|IN\s+PART|modif(?:y|ies|ied|ication)|MODIFIE[SD]|except|declines?\s+to|rejects?|REJECTS?)\b/;

/** The order adopts a report and recommendation in whole (one sentence in the court's voice says so). */
function adoptsWhole(text: string): boolean {
  if (!/adopt|accept/i.test(text)) return false;
  ADOPTS.lastIndex = 0;
  for (let m = ADOPTS.exec(text); m !== null; m = ADOPTS.exec(text)) {
    const [ss, se] = sentenceAt(text, m.index);
    const sentence = text.slice(ss, se);
    if (!NOT_WHOLE.test(sentence) && !/\b(?:previously|earlier|had|would|should|may|if)\b/i.test(text.slice(ss, m.index))) return true;
  }
  return false;
}

// The court upholds a magistrate judge's order: "AFFIRMS the Magistrate Judge's Order" · "the Magistrate Judge's Order
// ... is therefore AFFIRMED". (Not a report it adopts: the objections to it are then often left unlabelled, and the
// sets' labellers read them so.)
const UPHOLDS = /\b(?:AFFIRMS?|[Aa]ffirms|UPHOLDS?|[Uu]pholds)\s+(?:the\s+)?(?:United\s+States\s+)?Magistrate\s+Judge\b|\bMagistrate\s+Judge\b(?:[^.;]|\.(?=\s?\d)){0,250}?\b(?:is|are)\s+(?:hereby\s+|therefore\s+|thus\s+|accordingly\s+|in\s+all\s+respects\s+)*(AFFIRMED|[Aa]ffirmed|UPHELD|[Uu]pheld)\b/g;

/** The span of a sentence in the court's voice that upholds a magistrate judge's order whole, if any. */
function upholdsPaper(text: string): Span | null {
  if (!/affirm|uph[eo]ld/i.test(text)) return null;
  UPHOLDS.lastIndex = 0;
  for (let m = UPHOLDS.exec(text); m !== null; m = UPHOLDS.exec(text)) {
    const [ss, se] = sentenceAt(text, m.index);
    const end = m.index + m[0].length;
    // (not in part, as modified, or beside a rejection; nor what the court would or had done)
    if (/^\s*(?:,\s*)?(?:in\s+part|IN\s+PART|as\s+modified|with\s+modifications?)\b/.test(text.slice(end, se))) continue;
    if (/\b(?:modif(?:y|ies|ied)|MODIFIE[SD]|except|declines?\s+to|rejects?|REJECTS?|sustain(?:s|ed)?|SUSTAIN(?:S|ED)?|reverse[sd]?|REVERSE[SD]?|vacate[sd]?|VACATE[SD]?)\b/.test(text.slice(ss, se))) continue;
    if (/\b(?:previously|earlier|had|would|should|may|if|whether)\b/i.test(text.slice(ss, m.index))) continue;
    return [m.index, end];
  }
  return null;
}

export function attachRulings(g: Grouping, inp: MotionsInput, cites: Hit<RecordCiteValue>[], parties: PartyRef[]): void {
  const { ctx, text, mentions, motions, owner, findOrAdd } = g;
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
  const paired = respectively(g, rulings);
  // Rulings that named each motion (not through a reference), for the split below.
  const named = new Map<Building, Array<{ hit: Hit<DispositionValue>; strength: number }>>();
  const weak: typeof rulings = [];
  const titleNouns: Array<{ hit: Hit<DispositionValue>; mention: Mention; noun: string }> = [];
  const defined = definedNames(text, mentions);
  // The filing a short name the text defined names ('the "Motion"', "the MTD"), if `at` starts with one.
  const definedAt = (at: number, end: number): Building | null => {
    for (let k = defined.length - 1; k >= 0; k--) {
      const d = defined[k];
      if (d.mention.anchor >= at) continue;
      const i = text.indexOf(d.name, at);
      if (i < 0 || i >= end || /[\w"”]/.test(text.charAt(i + d.name.length)) || /["“\w]/.test(text.charAt(i - 1))) continue;
      return owner.get(d.mention) ?? findOrAdd(d.mention, true);
    }
    return null;
  };
  for (let i = 0; i < rulings.length; i++) {
    const r = rulings[i];
    if (paired.has(r)) continue;
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
    // An active ruling and a passive one in one sentence share no filing: "Because the Court grants X's motion to
    // dismiss, Y's motion is DENIED AS MOOT" · "The Court GRANTS the motion to remand, and the motion to strike is DENIED".
    if (forward && next && next.verbAt > r.verbAt && next.verbAt < se && next.voice === 'passive') {
      const cut = subjectStart(text, mentions, r.span[1], next.verbAt);
      if (cut >= 0) to = Math.min(to, cut);
    }
    if (!forward && prev && prev.voice !== 'passive' && prev.voice !== 'noun' && prev.span[1] > ss && prev.span[1] <= r.verbAt) {
      const cut = subjectStart(text, mentions, prev.span[1], r.verbAt);
      if (cut >= 0) from = Math.max(from, cut);
    }
    // A passive ruling's subject follows the decretal "that": what a recital before it names ("upon consideration of
    // the Commonwealth's Motion to Amend and the Defendant's Motion for Continuance, it is ORDERED that the Commonwealth's
    // Motion to Amend is GRANTED") is not its subject.
    if (!forward) {
      const lead = text.slice(from, r.verbAt);
      DECREE_THAT.lastIndex = 0;
      let at = -1;
      for (let m = DECREE_THAT.exec(lead); m !== null; m = DECREE_THAT.exec(lead)) at = m.index + m[0].length;
      // (only when what follows names a filing; "ORDERED that the Motion is DENIED" refers back to the recital's)
      if (at > 0 && mentions.some((m) => m.anchor >= from + at && m.anchor < r.verbAt && !m.bare)) from += at;
    }
    if (r.scope === 'title' && inp.titleSpanReading) {
      const titleEnd = inp.titleSpanReading[1];
      to = Math.min(to, titleEnd);
      // (a title's ruling that ends its line reaches the filing on the wrapped line below: "ORDER DENYING\nPLAINTIFF'S
      // MOTION TO COMPEL")
      if (forward && to < titleEnd && !mentions.some((m) => m.anchor >= r.span[1] && m.anchor < to)) {
        to = next && next.verbAt > r.verbAt && next.verbAt < titleEnd ? next.verbAt : titleEnd;
      }
    }
    // ("GRANTS the motion for more time, but only to the extent that ... respond to the pending motion to dismiss": what
    // follows the limit is not a second object)
    if (forward && r.hit.rule === 'disposition/granted-but-only') to = Math.min(to, r.span[1]);
    // A form's checked option answers its lead-in: "IT IS ORDERED that the motion is:\n☐ DENIED. ☒ GRANTED".
    const checked = checkbox(text, r.span[0], r.span[1]) === 'checked';
    if (checked) {
      const lead = leadInStart(text, r.span[0]);
      if (lead >= 0) {
        from = lead;
        to = r.span[0];
      }
    }
    // A ruling alone under its filing's heading ("DEFENDANT'S MOTION FOR REHEARING\n\nDenied."): its subject is the heading.
    if (!forward && from === ss && text.slice(ss, r.verbAt).trim() === '') {
      const head = headingRuled(text, r.verbAt);
      if (head) from = head[0];
    }
    const targets = new Set<Building>();
    // A consequence that decides only one kind of motion: "I hold that the statements are inadmissible" grants a
    // motion to suppress; it decides the undecided motions of that kind and nothing else.
    const only = r.hit.value.kinds;
    if (only) {
      const side = r.hit.value.side;
      if (side) decideSide(g, r.hit, only, side, parties);
      else for (const b of motions) if (only.includes(b.motion.kind.value) && (!b.best || b.best.strength < 1)) assign(ctx, b, r.hit, 1);
      continue;
    }
    let generic = false;
    for (const m of mentions) if (m.anchor >= from && m.anchor < to) {
      // A filing named inside another's title is its object, not the ruling's subject: "Motion to Correct the Reply
      // Memorandum in Support of Defendant's Motion for Summary Judgment [22] should be GRANTED" (when that filing was named
      // on its own before; "Omnibus Pretrial Motion in the nature of a Motion to Suppress" describes the one filing).
      if (m.nested && mentions.some((x) => x !== m && !x.nested && !x.bare && x.anchor >= from && x.anchor < m.anchor) && mentions.some((x) => x.anchor < from && !x.nested && x.kind === m.kind && (m.kind !== 'other' || sameRelief(m, x)))) continue;
      // The object of another filing in docket text is not ruled: "granting 45 Motion for Extension of Time to File
      // Response re 40 MOTION to Dismiss".
      if (/\b(?:re|RE|Re):?\s+(?:\[?\d{1,6}\]?\s+)?$/.test(text.slice(Math.max(0, m.anchor - 14), m.anchor))) continue;
      // ... nor the motion another filing answers: "the objection to the motion to strike is sustained and the motion to
      // strike is denied" (sustaining the objection decides the objection).
      if (OBJECT_OF_FILING.test(text.slice(Math.max(0, m.anchor - 48), m.anchor))) continue;
      // An unclassified motion named by its relief ("the motion to compel is GRANTED"): the motion asking that.
      if (m.kind === 'other' && !m.doc && m.relief && !m.nested && m.scope !== 'history') {
        // (of the filer and ordinal it names: "denies Plaintiff's Motion for Protective Order" beside the defendants' one,
        // "grants Defendants' Second Motion for Protective Order" beside their first)
        const same = motions.filter((x) => x.motion.kind.value === 'other' && !!x.relief && sameRelief(m, x));
        const b = same.find((x) => (!m.movant || !x.motion.movant || x.motion.movant.value === m.movant.value) && !ordinalsDiffer(text, m, x)) ?? (same.length && !m.movant ? same[0] : null) ?? findOrAdd(m, true);
        if (b) targets.add(b);
        if (b && plural(m)) for (const x of motions) if (x.motion.kind.value === 'other' && !!x.relief && sameRelief(m, x) && sameSide(m, x)) targets.add(x);
        continue;
      }
      // "the motion" / "Defendant's motions": a reference, not a new motion.
      if (m.kind === 'other' && !m.doc) {
        // 'the Motion' after 'Defendant's motion to dismiss (the "Motion")': the filing the short name was defined for.
        const named = m.bare && defined.length ? definedAt(m.anchor, m.anchor + 40) : null;
        if (named) {
          targets.add(named);
          continue;
        }
        // "the former motion" · "the latter motion" · "The first motion ... The second motion": by the order they were named.
        const ord = ORDINAL.exec(text.slice(Math.max(0, m.anchor - 16), m.anchor));
        if (ord && m.bare && motions.length >= 2) {
          const named = motions.filter((b) => b.mentions.some((x) => x.anchor < m.anchor && !x.bare)).sort((a, b) => firstAt(a) - firstAt(b));
          const w = ord[1].toLowerCase();
          const k = w === 'former' || w === 'first' ? 0 : w === 'second' ? 1 : w === 'third' ? 2 : named.length - 1;
          if (w !== 'latter' || named.length === 2) {
            const pick = named[k];
            if (pick) {
              targets.add(pick);
              continue;
            }
          }
        }
        // ... but one side's motion among cross-motions is its own: "Plaintiffs' motion is DENIED. Defendants'
        // cross-motion is GRANTED" after "the parties' cross-motions for summary judgment".
        // "the cross-motion is denied": the filing made by cross-moving, when one was named that way.
        const crossRef = m.bare && /cross[-\s]?$/i.test(text.slice(Math.max(0, m.anchor - 7), m.anchor));
        const crossed = crossRef ? motions.find((b) => b.mentions.some((x) => x.crossMoved)) : undefined;
        if (crossed) {
          targets.add(crossed);
          continue;
        }
        const side = m.bare ? crossSide(g, m) : null;
        if (side) {
          targets.add(side);
          continue;
        }
        // "The defendants' motion is granted": the motion that side filed, when the side has filed motions.
        // ("Defendant's motions will be denied": every motion of that side)
        const mine = m.bare && m.movant ? (plural(m) ? motions.filter((b) => b.motion.movant?.value === m.movant!.value) : [ownMotion(g, m)].filter((b) => !!b)) : [];
        if (mine.length) {
          for (const b of mine) targets.add(b!);
          continue;
        }
        // ... or, when no motion has a filer yet, the motion named last, which the ruling's possessive names the filer of:
        // "Defendants removed this action ..., and now move to dismiss ... Defendants' motion is denied".
        if (m.bare && m.movant && !plural(m) && !motions.some((b) => b.motion.movant)) {
          const lone = lastNamedBefore(owner, mentions, m.anchor);
          if (lone) {
            lone.motion.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/ruling-possessive', 0.7);
            targets.add(lone);
            continue;
          }
        }
        // ... unless it is a filing of another sort than every motion named so far: "the Motion for Stay
        // is denied and the Petition is dismissed" · "the application for a certificate ... is denied".
        const noun = nounOf(text.slice(m.anchor, m.anchor + 12));
        const sameSentence = (x: (typeof rulings)[number] | undefined): boolean => !!x && !x.hit.value.weak && x.verbAt >= ss && x.verbAt < se;
        if (noun !== 'motion' && motions.length > 0 && (sameSentence(prev) || sameSentence(next)) && !motions.some((x) => nounOf(x.word ?? 'motion') === noun) && !/\b(?:this|that|his|her|its|their|such)\s+$/i.test(text.slice(Math.max(0, m.anchor - 8), m.anchor))) {
          const b = newFiling(g, m.start, m.end, 'motion-kind/other', text.slice(m.anchor, m.anchor + 12));
          b.mentions.push(m);
          if (m.movant) b.motion.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.8);
          owner.set(m, b);
          targets.add(b);
          continue;
        }
        // "The discovery motion is GRANTED" · "the particulars motion": a word before the bare noun that sorts one filing by
        // its relief ("Motion to Compel Discovery", "Motion for a Bill of Particulars").
        const sorted = m.bare ? sortedMotion(g, text.slice(Math.max(0, m.anchor - 30), m.anchor)) : null;
        if (sorted) {
          targets.add(sorted);
          continue;
        }
        generic = true;
        continue;
      }
      const b = findOrAdd(m, true);
      if (b) targets.add(b);
      // "the Court denies the Motions for Preliminary Injunctions": every filing of that kind (of that side, if named).
      if (b && !m.doc && plural(m)) for (const x of motions) if (x.motion.kind.value === b.motion.kind.value && sameSide(m, x) && (x.motion.kind.value !== 'other' || sameRelief(m, x))) targets.add(x);
    }
    if (targets.size === 0) {
      // A record cite alone: "ECF No. 581 is WITHDRAWN", "to the extent Doc. 82 was intended as a separate motion, it is denied"
      for (const c of cites) if (c.span[0] >= from && c.span[0] < to) {
        let b = motions.find((x) => x.motion.docEntry?.value === c.value.entry);
        // ("[52] is denied": the filing named earlier with that entry, if no motion was built for it yet)
        if (!b) {
          const named = mentions.find((x) => x.doc?.value.entry === c.value.entry && x.anchor < c.span[0] && !x.nested && !x.bare);
          if (named) b = findOrAdd(named, true) ?? undefined;
        }
        if (!b && generic) {
          b = newFiling(g, c.span[0], c.span[1], 'motion-kind/other');
          b.motion.docEntry = fact(ctx, c.value.entry, c.span[0], c.span[1], c.rule, 0.8);
        }
        if (b) targets.add(b);
      }
    }
    // (a memo endorsement, "Granted." under a party's letter, decides the request the letter makes first)
    if (targets.size === 0 && r.voice === 'passive' && text.slice(ss, r.verbAt).trim() === '' && memoEndorsement(text, ss)) {
      const dear = text.lastIndexOf('Dear ', ss);
      const first = mentions.filter((m) => m.anchor > dear && m.anchor < ss && !m.nested).sort((a, b) => a.anchor - b.anchor)[0];
      let b = first ? owner.get(first) ?? findOrAdd(first, true) : null;
      // (a letter that asks in other words, "writes to request leave to file a reply": the letter's request itself)
      const ask = !b ? /\b(?:request|requests|requesting|ask|asks|asking|seek|seeks|move|moves)\b/.exec(text.slice(dear, ss)) : null;
      if (!b && ask) {
        const at = dear + ask.index;
        b = newFiling(g, at, at + ask[0].length, 'motion-kind/letter-request', 'application');
      }
      if (b) targets.add(b);
    }
    // (a checked option whose lead-in names no filing, "rules as follows:", decides the order's only motion)
    if (targets.size === 0 && checked && motions.length === 1) targets.add(motions[0]);
    let viaGeneric = false;
    const words = text.slice(from, to);
    if (targets.size === 0) {
      viaGeneric = true;
      // ("the MTD is GRANTED" after '(“MTD”)': the filing that short name was defined for)
      const byName = defined.length && r.scope !== 'title' ? definedAt(from, to) : null;
      if (byName) targets.add(byName);
      // A title that names relief without the word motion: "ORDER GRANTING COMPASSIONATE RELEASE"
      else if (r.scope === 'title') {
        const k = classify(words, '');
        // ("ORDER DENYING THE PETITION AND ...": a filing word alone names the filing the body tells of, or a new one)
        const noun = k ? null : /^\s*(?:THE|[A-Z][\w.'’&-]*(?:['’]S|S['’]))?\s*(?:[A-Z][\w'’-]*\s+){0,3}?(PETITION|MOTION|APPLICATION|REQUEST)\b/i.exec(words);
        if (k) {
          const b = findOrAdd({ anchor: from, start: from + k.at, end: from + k.end, kind: k.kind, kindRule: k.rule, doc: null, movant: null, proSe: null, scope: 'title' }, true);
          if (b) targets.add(b);
        } else if (noun) {
          // (decided after the body's rulings, when every filing the body names is built)
          const at = from + noun.index + noun[0].length - noun[1].length;
          titleNouns.push({ hit: r.hit, mention: { anchor: at, start: at, end: at + noun[1].length, kind: 'other', kindRule: 'motion-kind/other', doc: null, movant: null, proSe: null, scope: 'title' }, noun: noun[1] });
        }
      } else if (r.voice === 'passive' && !generic && LEAVE.test(words)) {
        // Relief asked for without a motion word, as the subject of its own ruling: "Leave to appeal in forma
        // pauperis is denied as moot" · "Leave to amend is GRANTED".
        const lv = LEAVE.exec(words)!;
        const at = from + lv.index;
        targets.add(newFiling(g, at, at + lv[0].trimEnd().length, 'motion-kind/leave', 'leave'));
      } else if (/^dismissed/.test(r.hit.value.disposition) && DISMISSED_WHAT.test(words) && motions.some((b) => b.motion.kind.value === 'dismiss')) {
        // "The complaint is DISMISSED" names no motion, but decides the motions to dismiss (below: granted).
        for (const b of motions) if (b.motion.kind.value === 'dismiss') targets.add(b);
      } else if (forward && /^\S+\s*[.;]?\s*$/.test(words) && /,\s*which\s*,?\s[^.;]{0,100}$/i.test(text.slice(ss, r.verbAt))) {
        // A ruling verb with no object that ends a relative clause: "a motion by Defendant to dismiss count two as duplicitous
        // (ECF No. 77), which, for the reasons below, the court DENIES": the filing the clause hangs on.
        const b = lastNamedBefore(owner, mentions, r.span[0]);
        if (b) targets.add(b);
      } else if (/\bmotions\b|\brequests\b|\bpetitions\b|\bthey\b|\bboth\b|\ball\b/i.test(words)) {
        for (const b of motions) if (!b.best || b.best.strength < 3) targets.add(b);
      } else if (generic || /\b(?:motions?|petition|request|it|relief|application|letter|action|case)\b|^\s*(?:Leave|LEAVE)\s+(?:is|are)\b/i.test(words) || PART_REF.test(words)) {
        // "The motion is denied": the motion named last before the ruling, else the only one. ("Leave is granted." after
        // "This is a motion for leave to amend")
        // ("his petition must be DISMISSED" after "The Court GRANTS his in forma pauperis motion": the one petition, not the
        // motion named last)
        const petitions = /\bpetition\b/i.test(words) && !/\bmotions?\b/i.test(words) ? motions.filter((x) => x.motion.kind.value === 'section_2241' || nounOf(x.word ?? '') === 'petition') : [];
        // (an objection to the magistrate judge's report is no "petition" or "motion": "The Objections are OVERRULED ... The
        // Petition is DISMISSED" decides the petition the report was about)
        const pool = /\bobjections?\b/i.test(words) ? motions : motions.filter((x) => x.motion.kind.rule !== 'motion-kind/objection-to-magistrate');
        let b = pool.length === 1 ? pool[0] : petitions.length === 1 ? petitions[0] : pool.length ? lastNamedBefore(owner, mentions, r.span[0]) : null;
        if (b && pool !== motions && !pool.includes(b)) b = null;
        // No motion presented yet: the filing of that sort named last before the ruling, in words that are not history
        // ("Defendants urge that their motion to dismiss should be granted ... The motion is denied").
        // ("His requested relief is denied" · "the relief requested is GRANTED": a request, by its relief)
        const namedWord = !b && pool.length === 0 ? /\b(?:motion|petition|application|request|writ(?=\s+of\s))\b|\brequested\s+relief\b|\brelief\s+requested\b/i.exec(words) : null;
        if (namedWord) {
          const noun = nounOf(namedWord[0]);
          for (let k = mentions.length - 1; k >= 0 && !b; k--) {
            const x = mentions[k];
            if (x.anchor >= from || x.nested || x.bare || x.loose || x.scope === 'history' || nounOf(text.slice(x.anchor, x.anchor + 12)) !== noun) continue;
            b = findOrAdd(x, true);
          }
        }
        // (not a filing still to come: "Plaintiff may file an appropriate fee petition")
        // (nor every motion of the case, none named yet: "all pending motions are moot"; nor the court's own: "upon the
        // Court's own motion, IT IS ORDERED that this case is DISMISSED")
        const named = namedWord && !FOR_REVIEW.test(words.slice(namedWord.index + namedWord[0].length)) && !FUTURE_FILING.test(words.slice(0, namedWord.index)) && !/\b(?:all|any|other|remaining|outstanding)\s+(?:(?:pending|other|remaining|outstanding)\s+)*$|\b(?:own|its)\s+$/i.test(words.slice(0, namedWord.index)) ? namedWord : null;
        if (named && !b) {
          const at = from + named.index;
          const [ss2] = sentenceAt(text, at);
          const pre = text.slice(Math.max(ss2, at - 90), at);
          const mv = movantBefore(pre);
          const pm = mv ? null : partyMovant(pre, parties);
          b = newFiling(g, at, at + named[0].length, 'motion-kind/other', named[0]);
          b.motion.movant = mv
            ? fact(ctx, movantOf(mv[1]), at - pre.length + mv.index, at - pre.length + mv.index + mv[1].length, 'movant/possessive', 0.7)
            : pm
              ? fact(ctx, pm.value, at - pre.length + pm.at, at - pre.length + pm.at + pm.len, 'movant/party-name', 0.7)
              : looseFiler(g, at, named[0]);
          b.motion.proSe = looseProSe(g, at, named[0]);
          if (!b.motion.docEntry) b.motion.docEntry = looseEntry(g, at, named[0]);
        }
        if (b) targets.add(b);
      }
    }
    // A reference ("the motion") is a little weaker than a ruling that names the motion.
    const strength = (r.decretal ? 3 : r.scope === 'title' ? 2 : 1) - (viaGeneric ? 0.25 : 0);
    // "The complaint is DISMISSED" decides a motion to dismiss: it was granted.
    const caseDismissed = viaGeneric && /^dismissed/.test(r.hit.value.disposition) && (DISMISSED_WHAT.test(words) || /\bpetition\b/i.test(words));
    // A ruling on part of a motion: "To the extent Dell seeks to quash the subpoena, the Motion is DENIED".
    // (The clause may run over blank lines a page layout left inside the sentence.)
    const back = text.slice(Math.max(0, r.verbAt - 300), r.verbAt);
    const stop = back.search(/[.!?]\s+(?=[A-Z])(?:(?![.!?]\s+[A-Z])[\s\S])*$/);
    const clause = stop >= 0 ? back.slice(stop + 1) : back.slice(-150);
    const partial =
      (PARTIAL.test(clause) || OTHERWISE.test(clause) || (CLAIM_SCOPED.test(clause) && !ALL_CLAIMS.test(clause)) || SCOPED_AFTER.test(text.slice(r.span[1], r.span[1] + 60))) &&
      /^(?:granted|denied)/.test(r.hit.value.disposition);
    // A partial ruling on one relief of a filing that asks for two: "To the extent defendant seeks relief under
    // [§ 3582(c)(1)(A)], his motion is denied without prejudice" decides that relief, whole, for its own motion.
    // (after the verb, up to the next ruling: "DENIED to the extent it seeks X, and DISMISSED to the extent it asks Y")
    const relief = /^(?:granted|denied|dismissed|moot)/.test(r.hit.value.disposition) ? reliefOfClause(text, clause, r.verbAt - clause.length, r.span[1], ss, next && next.verbAt > r.span[1] && next.verbAt < se ? next.verbAt : se, () => resolveGeneric(ctx)) : null;
    for (const b of targets) {
      // (a part held over leaves the parts decided as they were: "Request No. 3 ... is DENIED. Ruling on Request Nos. 4 and
      // 5 is RESERVED until trial")
      if (r.hit.value.disposition === 'deferred' && PART_REF.test(words) && b.motion.disposition && b.motion.disposition.value !== 'deferred') continue;
      if (relief && RELIEF.has(b.motion.kind.value)) {
        if (b.motion.kind.value === relief.kind) assign(ctx, b, r.hit, strength, true);
        else assign(ctx, companionOf(g, b, relief.kind, relief.s, relief.e, relief.rule), r.hit, strength, true);
        continue;
      }
      const had = b.motion.disposition?.value;
      // The sentences after "the motion is GRANTED IN PART" tell its parts: "This case is DISMISSED, but the request for a
      // bar to refiling is DENIED" keeps it in part.
      if (had === 'granted_in_part' && !partial && /^(?:granted|denied)$/.test(r.hit.value.disposition) && b.best && b.best.strength >= strength && r.verbAt > b.best.at && r.verbAt - b.best.at < 400) continue;
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
      // ("The Court grants the motion in part and denies it in part. Count I is dismissed": still in part)
      if (caseDismissed && b.motion.kind.value === 'dismiss' && had === 'granted_in_part') continue;
      if (caseDismissed && b.motion.kind.value === 'dismiss') assign(ctx, b, { ...r.hit, rule: 'disposition/case-dismissed', value: { ...r.hit.value, disposition: 'granted' } }, strength);
      else {
        // A body ruling that refines the title's ("ORDER GRANTING MOTION TO COMPEL" ... "is GRANTED IN PART and DENIED IN
        // PART"; "ORDER DENYING ..." ... "DENIED WITHOUT PREJUDICE") says more than the title: it wins.
        const t = inp.titleSpanReading;
        const had = b.motion.disposition?.value;
        // (so does a body ruling that refines a docket-text summary over the order, as case-law sites print it: "ORDER
        // granting Defendant's 27 Motion to Dismiss, with regard to ..." over "the Motion is granted in part")
        const headed = !!b.best && ((!!t && b.best.at >= t[0] && b.best.at < t[1]) || (b.best.at < ctx.headEnd + 400 && r.verbAt > b.best.at + 300 && DOCKET_TEXT_HEAD.test(text.slice(Math.max(0, b.best.at - 40), b.best.at))));
        const refines = r.scope !== 'title' && headed && b.best!.strength > strength && !!had && (REFINES[had] ?? []).includes(r.hit.value.disposition);
        assign(ctx, b, r.hit, refines ? b.best!.strength : strength);
        // (a reference to a numbered part of one motion counts too: "Request No. 1 ... is GRANTED. Request No. 3 ... is DENIED")
        if ((!viaGeneric || PART_REF.test(words)) && !partial && /^(?:granted|denied)$/.test(r.hit.value.disposition)) {
          const list = named.get(b) ?? [];
          list.push({ hit: r.hit, strength });
          named.set(b, list);
        }
      }
    }
  }
  // A title's ruling on a filing it names by its noun alone ("ORDER DENYING THE PETITION"): the one filing of that noun the
  // body names, of any kind ("ORDER DISMISSING SUCCESSIVE MOTION" for a § 2255 motion), else the only filing, else a new one
  // when the body names none.
  for (const t of titleNouns) {
    const sameNoun = motions.filter((x) => nounOf(x.word ?? 'motion') === nounOf(t.noun) || x.mentions.some((m) => nounOf(text.slice(m.anchor, m.anchor + 12)) === nounOf(t.noun)));
    // (a filing the body names and leaves undecided; else the filing only the title names; none at all: a new one; a
    // filing the body decided keeps the body's ruling; several undecided: unknown)
    const ts = inp.titleSpanReading;
    const inBody = (x: Building): boolean => x.mentions.some((m) => !ts || m.anchor < ts[0] || m.anchor >= ts[1]);
    const body = sameNoun.filter(inBody);
    const open = body.filter((x) => !x.motion.disposition);
    const titleOnly = sameNoun.filter((x) => !inBody(x));
    const b =
      body.length > 0 ? (open.length === 1 ? open[0] : null)
      : titleOnly.length === 1 ? titleOnly[0]
      : motions.length === 1 && !motions[0].motion.disposition ? motions[0]
      : motions.length === 0 ? findOrAdd(t.mention, true) : null;
    if (b) assign(ctx, b, t.hit, 1.75);
  }
  // A filing only the title names takes its filer and pro se status from the body's words for the same filing ("ORDER
  // DENYING PETITION FOR WRIT OF HABEAS CORPUS" over "Petitioner Marcus Holland filed a pro se petition for writ of habeas
  // corpus"): same noun, same kind, same relief.
  for (const b of motions) {
    if (!b.mentions.length || !b.mentions.every((m) => m.scope === 'title') || (b.motion.movant && b.motion.proSe)) continue;
    const t = b.mentions[0];
    const same = mentions.filter((x) => x.scope !== 'title' && !x.nested && x.scope !== 'history' && x.kind === t.kind && (t.kind !== 'other' || sameRelief(x, t)) && nounOf(text.slice(x.anchor, x.anchor + 12)) === nounOf(text.slice(t.anchor, t.anchor + 12)));
    const mv = same.find((x) => x.movant);
    const ps = same.find((x) => x.proSe);
    if (!b.motion.movant && mv?.movant) b.motion.movant = fact(ctx, mv.movant.value, mv.movant.s, mv.movant.e, 'movant/body-mention', 0.7);
    if (!b.motion.proSe && ps?.proSe) b.motion.proSe = fact(ctx, ps.proSe.value, ps.proSe.s, ps.proSe.e, 'pro-se/body-mention', 0.7);
  }
  // A title that names the relief ("ORDER DISMISSING MOTION FOR HOME CONFINEMENT") over a body that rules on a filing it
  // names by no relief ("the Court dismisses Defendant's motion", of the same entry as the body's "motion for relief under
  // the CARES Act"), or presents one filing of no listed kind, and rules as the title does: one filing, of the title's
  // kind, with the body's entry, filer and status.
  const titled = motions.filter((b) => b.motion.kind.value !== 'other' && b.mentions.some((m) => m.scope === 'title'));
  const others = motions.filter((b) => b.motion.kind.value === 'other');
  if (titled.length === 1 && others.length === 1 && others[0].mentions.every((m) => m.scope !== 'title')) {
    const [t, x] = [titled[0], others[0]];
    const entries = new Set(t.mentions.flatMap((m) => (m.doc ? [m.doc.value.entry] : [])));
    const same = x.mentions.some((m) => !!m.doc && entries.has(m.doc.value.entry)) && x.mentions.every((m) => m.bare || (!!m.doc && entries.has(m.doc.value.entry)));
    const untyped = !x.relief && x.mentions.some((m) => m.scope === 'pending') && t.mentions.every((m) => m.scope === 'title');
    const td = t.motion.disposition?.value;
    const xd = x.motion.disposition?.value;
    if ((same || untyped) && td && xd && td.split('_')[0] === xd.split('_')[0]) {
      t.motion.docEntry ??= x.motion.docEntry;
      t.motion.movant ??= x.motion.movant;
      t.motion.proSe ??= x.motion.proSe;
      t.motion.disposition = x.motion.disposition;
      t.mentions.push(...x.mentions);
      for (const m of x.mentions) owner.set(m, t);
      motions.splice(motions.indexOf(x), 1);
    }
  }
  // One motion granted by one ruling and denied by another of the same weight, each naming it: "defendant's motion to
  // dismiss Count II is GRANTED, defendant's motion to dismiss Count I is DENIED" decides it in part.
  for (const [b, list] of named) {
    const d = b.motion.disposition;
    if (!d || !b.best || !/^(?:granted|denied)$/.test(d.value)) continue;
    const same = list.filter((x) => x.strength === b.best!.strength);
    const g0 = same.find((x) => x.hit.value.disposition === 'granted');
    const d0 = same.find((x) => x.hit.value.disposition === 'denied');
    if (g0 && d0 && Math.abs(g0.hit.span[0] - d0.hit.span[0]) < 800) {
      // Cross-motions of one kind under a title that grants one and denies the other ("ORDER GRANTING MOTION FOR SUMMARY
      // JUDGMENT AND DENYING MOTION FOR SUMMARY JUDGMENT"): when the other motion has one of the two rulings, this one has
      // the other.
      const other = motions.find((x) => x !== b && x.motion.kind.value === b.motion.kind.value && (x.motion.disposition?.value === 'granted' || x.motion.disposition?.value === 'denied'));
      if (other) {
        const mine = other.motion.disposition!.value === 'granted' ? d0.hit : g0.hit;
        b.motion.disposition = fact(ctx, mine.value.disposition, mine.span[0], mine.span[1], mine.rule, 0.8);
        continue;
      }
      // One of the two rulings is another motion's own ("the United States' motion to dismiss must be GRANTED, and Davis'
      // motion to vacate his sentence under § 2255 must be DENIED", after "a § 2255 motion" earlier in the sentence): this
      // motion has the other one.
      const ownedElsewhere = (h: typeof g0.hit) =>
        motions.some((x) => x !== b && !!x.motion.disposition && x.best?.at === h.span[0]);
      const [gOther, dOther] = [ownedElsewhere(g0.hit), ownedElsewhere(d0.hit)];
      if (gOther !== dOther) {
        const mine = gOther ? d0.hit : g0.hit;
        b.motion.disposition = fact(ctx, mine.value.disposition, mine.span[0], mine.span[1], mine.rule, 0.8);
        continue;
      }
      const first = g0.hit.span[0] < d0.hit.span[0] ? g0.hit : d0.hit;
      const last = first === g0.hit ? d0.hit : g0.hit;
      b.motion.disposition = fact(ctx, 'granted_in_part', first.span[0], last.span[1], 'disposition/split-rulings', 0.8);
    }
  }
  // An order that adopts a report and recommendation whole makes its recommendations the rulings on the motions nothing
  // else decided: "The Report and Recommendation recommends that Defendant's Motion to Suppress [doc. #55] be denied. ...
  // the Court hereby sustains, adopts, and incorporates herein the Report and Recommendation in its entirety."
  if (motions.some((b) => !b.motion.disposition) && adoptsWhole(text)) {
    for (const p of phrases) {
      if (p.hit.value.weak || !/^(?:granted|denied|dismissed|moot)/.test(p.hit.value.disposition)) continue;
      const [ss] = sentenceAt(text, p.verbAt);
      const rec = RECOMMENDS.exec(text.slice(ss, p.verbAt));
      if (!rec) continue;
      const from = ss + rec.index + rec[0].length;
      const named = mentions.filter((m) => m.anchor >= from && m.anchor < p.verbAt && !m.nested && !m.bare);
      if (named.length !== 1) continue;
      const b = owner.get(named[0]) ?? findOrAdd(named[0], true);
      if (b && !b.motion.disposition) assign(ctx, b, { ...p.hit, rule: 'disposition/adopted-recommendation' }, 0.75);
    }
  }
  // Objections to a magistrate judge's order that the court upholds whole are overruled, though no sentence
  // says so: "Finding no clear error, the Court holds that the Magistrate Judge's Order is AFFIRMED".
  const open = motions.filter((b) => !b.motion.disposition && b.motion.kind.rule === 'motion-kind/objection-to-magistrate');
  if (open.length) {
    const upheld = upholdsPaper(text);
    if (upheld) for (const b of open) b.motion.disposition = fact(ctx, 'denied', upheld[0], upheld[1], 'disposition/objected-paper-upheld', 0.7);
  }
  // Interim directions decide only a motion nothing else decided, and only when it is the only motion.
  if (weak.length && motions.length === 1 && !motions[0].best) assign(ctx, motions[0], weak[weak.length - 1].hit, 0.5);
}

/**
 * Where the subject of a passive ruling begins, between an active ruling's verb end `a` and the passive verb at `p`: a
 * clause break (", and", "; ", ", ") with a motion named after it. A singular verb ("is") takes the last break, a plural
 * one ("are") the first after the active verb's own object. -1 when there is no such break.
 */
function subjectStart(text: string, mentions: Mention[], a: number, p: number): number {
  const seg = text.slice(a, p);
  const breaks: number[] = [];
  const re = /(?:[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?|\s+(?:and|but)\s+)(?=\S)/g;
  for (let m = re.exec(seg); m !== null; m = re.exec(seg)) breaks.push(a + m.index + m[0].length);
  const named = (x: number): boolean => mentions.some((m) => m.anchor >= x && m.anchor < p && !m.nested);
  const objectFirst = mentions.find((m) => m.anchor >= a && m.anchor < p);
  const ok = breaks.filter((x) => named(x) && (!objectFirst || x > objectFirst.anchor) && mentions.some((m) => m.anchor >= a && m.anchor < x));
  if (!ok.length) return -1;
  return /\b(?:are|be)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(a, p - 25), p)) ? ok[0] : ok[ok.length - 1];
}

/**
 * "Defendants' motion to dismiss and Plaintiffs' motion to remand are GRANTED and DENIED, respectively": the n rulings
 * of a sentence that says "respectively" decide the n filings named before its first verb, in order. Returns the rulings
 * so paired (none when the counts differ: then each ruling is read the usual way).
 */
function respectively<R extends ScopedPhrase & { hit: Hit<DispositionValue> }>(g: Grouping, rulings: R[]): Set<R> {
  const done = new Set<R>();
  const { ctx, text, mentions } = g;
  for (let i = 0; i < rulings.length; i++) {
    const r = rulings[i];
    if (done.has(r) || !r.sentence || r.hit.value.weak || r.hit.value.kinds) continue;
    const [ss, se] = r.sentence;
    if (!/\brespectively\b/i.test(text.slice(ss, se))) continue;
    const group = rulings.filter((x) => x.sentence && x.sentence[0] === ss && !x.hit.value.weak && !x.hit.value.kinds);
    if (group.length < 2 || group.some((x) => x.voice !== 'passive')) continue;
    const filings: Building[] = [];
    for (const m of mentions) {
      if (m.anchor < ss || m.anchor >= group[0].verbAt || m.nested || m.scope === 'history') continue;
      const b = g.findOrAdd(m, true);
      if (b && !filings.includes(b)) filings.push(b);
    }
    if (filings.length !== group.length) continue;
    group.forEach((x, k) => {
      assign(ctx, filings[k], x.hit, x.decretal ? 3 : 1);
      done.add(x);
    });
  }
  return done;
}

/**
 * A conclusion for one side ("summary judgment is appropriate as to all defendants") decides that side's motion of the
 * kind: the one filed by that side, else one whose filer is unknown (it becomes that side's); when only the other
 * side's motion is known (cross-motions named together), that side's own motion is added. No motion of the kind: nothing.
 */
function decideSide(g: Grouping, hit: Hit<DispositionValue>, kinds: MotionKind[], sideIn: NonNullable<DispositionValue['side']>, parties: PartyRef[]): void {
  const { ctx, motions } = g;
  // (a side named by a party's name: its caption role, else nothing is decided)
  let side = sideIn;
  if (side.movant === 'unknown') {
    const role = roleOfName(g.text.slice(side.span[0], side.span[1]), parties);
    if (!role) return;
    side = { ...side, movant: role };
  }
  const ofKind = motions.filter((b) => kinds.includes(b.motion.kind.value));
  if (!ofKind.length) return;
  let b = ofKind.find((x) => x.motion.movant?.value === side.movant) ?? ofKind.find((x) => !x.motion.movant && !x.best);
  const movant = fact(ctx, side.movant, side.span[0], side.span[1], 'movant/prevailing-side', 0.6);
  if (!b && side.existing) return;
  if (!b) {
    b = { motion: { kind: fact(ctx, ofKind[0].motion.kind.value, hit.span[0], hit.span[1], 'motion-kind/side-conclusion', 0.6), docEntry: null, movant, proSe: null, disposition: null, citation: null }, mentions: [], best: null, word: 'motion' };
    motions.push(b);
  } else if (!b.motion.movant) b.motion.movant = movant;
  if (!b.best || b.best.strength < 1) assign(ctx, b, hit, 1);
}

/**
 * The filer an earlier mention of the same sort of filing named, when the ruling's own words name none:
 * "APPLICATION OF THE UNITED STATES TRUSTEE ... The application is GRANTED".
 */
function looseFiler(g: Grouping, at: number, word: string): Motion['movant'] {
  const x = earlierSameFiling(g, at, word, (m) => !!m.movant);
  return x?.movant ? fact(g.ctx, x.movant.value, x.movant.s, x.movant.e, 'movant/earlier-mention', 0.6) : null;
}

/** ... and the pro se status it gave: "plaintiff's pro se complaint and application to proceed ... The application is granted". */
function looseProSe(g: Grouping, at: number, word: string): Motion['proSe'] {
  const x = earlierSameFiling(g, at, word, (m) => !!m.proSe);
  return x?.proSe ? fact(g.ctx, x.proSe.value, x.proSe.s, x.proSe.e, 'pro-se/earlier-mention', 0.6) : null;
}

/**
 * ... and its docket entry, from a mention that presents it (not history, not nested in another's words): "Petitioner
 * filed a petition for a writ of habeas corpus (ECF No. 3). The petition is DENIED."
 */
function looseEntry(g: Grouping, at: number, word: string): Motion['docEntry'] {
  const x = earlierSameFiling(g, at, word, (m) => !!m.doc && m.scope !== 'history' && !m.nested && !m.brief);
  return x?.doc ? fact(g.ctx, x.doc.value.entry, x.doc.span[0], x.doc.span[1], x.doc.rule, 0.6) : null;
}

function earlierSameFiling(g: Grouping, at: number, word: string, has: (m: Mention) => boolean): Mention | null {
  const noun = nounOf(word);
  for (let i = g.mentions.length - 1; i >= 0; i--) {
    const x = g.mentions[i];
    if (x.anchor < at && has(x) && nounOf(g.text.slice(x.anchor, x.anchor + 12)) === noun) return x;
  }
  return null;
}

// The word before a bare "motion" that sorts it ("discovery", "particulars", "amendment"), not one that any motion may take.
const SORT_WORD = /(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[\w.'’-]+['’]s?)\s+([a-z]{5,})\s+$/;
const NOT_SORT = /^(?:pending|instant|present|same|above|foregoing|said|renewed|amended|second|third|first|original|initial|current|earlier|prior|later|emergency|supplemental|related|unopposed|opposed|underlying|remaining|outstanding|separate|instant|timely|untimely|written|formal|oral|motions?)$/;

/** The one motion of no listed kind whose relief words share the sorting word's stem ("discovery" in "to compel discovery"). */
function sortedMotion(g: Grouping, before: string): Building | null {
  const w = SORT_WORD.exec(before);
  if (!w || NOT_SORT.test(w[1])) return null;
  const stem = w[1].slice(0, 5);
  // (a motion's own words: its relief, else its name up to the first cite or stop)
  const hits = g.motions.filter((b) => {
    const own = b.reliefText ?? /^[^([.;,]{0,80}/.exec(g.text.slice(b.motion.kind.span[0], b.motion.kind.span[0] + 80))![0];
    return new RegExp(`\\b${stem}`).test(own.toLowerCase());
  });
  return hits.length === 1 ? hits[0] : null;
}

/** A mention in the plural: "Motions for ...", "petitions". */
function plural(m: Mention): boolean {
  return m.plural === true;
}

/** A mention with a movant names only that side's filings. */
function sameSide(m: Mention, b: Building): boolean {
  return !m.movant || !b.motion.movant || sameParty(b.motion.movant.value, m.movant.value);
}

/** The motion of a bare reference's side ("the defendants' motion"): the one named last before it among that side's. */
function ownMotion(g: Grouping, m: Mention): Building | null {
  let best: Building | null = null;
  let at = -1;
  for (const b of g.motions) {
    if (b.motion.movant?.value !== m.movant!.value) continue;
    const last = b.mentions.reduce((x, y) => (y.anchor < m.anchor && y.anchor > x ? y.anchor : x), -1);
    if (last > at) [best, at] = [b, last];
  }
  return best;
}

/**
 * A bare reference with its own movant after cross-motions ("the cross-motions for summary judgment", "plaintiffs'
 * motion ... and defendants' cross-motion"): the motion of that side, made when only the joint mention named it.
 */
function crossSide(g: Grouping, m: Mention): Building | null {
  const { ctx, text, motions, owner, mentions } = g;
  if (!m.movant) return null;
  const cand = lastNamedBefore(owner, mentions, m.anchor);
  if (!cand || cand.motion.kind.value === 'other') return null;
  const [ks] = cand.motion.kind.span;
  const plural = /^motions\b/i.test(cand.word ?? '') || /cross[-\s]?$/i.test(text.slice(Math.max(0, ks - 7), ks));
  const cross = /cross[-\s]?$/i.test(text.slice(Math.max(0, m.anchor - 7), m.anchor));
  if (!plural && !cross) return null;
  const kind = cand.motion.kind.value;
  const same = motions.find((x) => x.motion.kind.value === kind && x.motion.movant?.value === m.movant!.value);
  if (same) return same;
  const movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.8);
  if (!cand.motion.movant && plural) {
    // The joint mention ("cross-motions") stands for the first side named.
    cand.motion.movant = movant;
    return cand;
  }
  if (!cand.motion.movant || cand.motion.movant.value === m.movant.value) return cand;
  const b: Building = {
    motion: { kind: fact(ctx, kind, m.start, m.end, 'motion-kind/cross-motion', 0.7), docEntry: null, movant, proSe: null, disposition: null, citation: null },
    mentions: [m],
    best: null,
    word: 'motion',
  };
  motions.push(b);
  owner.set(m, b);
  return b;
}

// "to the extent he relies on the CARES Act" · "Insofar as Defendant seeks home confinement" · "To the extent defendant
// seeks relief under this statute" (the statute named in the sentence before)
const EXTENT = /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b[^.;]{0,200}/i;
const THIS_STATUTE = /\b(?:this|that|the\s+same|such)\s+(?:statute|provision|section|subsection)\b/i;

/** The post-conviction relief a partial ruling's clause names (before or right after the verb), if any. */
function reliefOfClause(text: string, clause: string, clauseAt: number, after: number, ss: number, se: number, resolve: (k: string) => MotionKind): { kind: MotionKind; s: number; e: number; rule: string } | null {
  let ex = EXTENT.exec(clause);
  let base = clauseAt;
  // (an extent clause that another ruling verb follows is that ruling's: "DENIED to the extent it seeks X, and DISMISSED")
  if (ex && /\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/.test(clause.slice(ex.index + ex[0].length))) ex = null;
  if (ex && /\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/.test(ex[0] + clause.slice(0, ex.index))) ex = null;
  if (!ex) {
    // (after the verb, only in its own sentence: "is DENIED. To the extent ..." begins another ruling)
    ex = EXTENT.exec(text.slice(after, Math.min(se, after + 220)));
    base = after;
  }
  if (!ex) return null;
  const k = classify(ex[0], '');
  // ("To the extent he seeks a sentence reduction": the reduction this document is about, § 3582(c)(1)(A) or (c)(2))
  const kind = k ? (k.kind === 'sentence_reduction' ? resolve(k.kind) : (k.kind as MotionKind)) : null;
  if (k && kind && RELIEF.has(kind)) return { kind, s: base + ex.index + k.at, e: base + ex.index + k.end, rule: k.rule };
  if (!k && THIS_STATUTE.test(ex[0])) {
    // The statute named in the sentence before.
    const [ps] = sentenceAt(text, Math.max(0, ss - 2));
    const prev = text.slice(ps, ss);
    const k2 = classify(prev, '');
    if (k2 && RELIEF.has(k2.kind)) return { kind: k2.kind as MotionKind, s: ps + k2.at, e: ps + k2.end, rule: k2.rule };
  }
  return null;
}
