/**
 * Grouping: the mentions that name one filing (the same docket entry, or the same kind and movant)
 * become one motion; a motion named without its cite takes the next record cite in its paragraph.
 */
import type { Hit } from '../../engine/types.js';
import type { DispositionValue } from '../disposition.js';
import type { RecordCiteValue } from '../record-cite.js';
import { fact, sentenceAt, type ReadContext } from '../text-util.js';
import type { Disposition, Motion, MotionKind } from '../types.js';
import { firstAtOrAfter, OTHER_OBJECT, PAPER_LABEL, RELIEF, sameRelief, type Mention } from './mentions.js';

/** Resolve the generic "motion to reduce sentence" from the statutes the whole order names. */
export function resolveGeneric(ctx: ReadContext): MotionKind {
  const t = ctx.text;
  const count = (re: RegExp): number => (t.match(re) ?? []).length;
  const cr = count(/compassionate\s+release|3582\s*\(\s*c\s*\)\s*\(\s*1\s*\)/gi);
  // The Fair Sentencing Act of 2010 alone came to prisoners through the crack amendments to the guidelines
  // (§ 3582(c)(2)); only the First Step Act's § 404 made it a motion of its own.
  const fairAct = count(/Fair\s+Sentencing\s+Act/gi);
  const firstStep = /First\s+Step\s+Act|(?:Section|§)\s*404\b/i.test(t);
  const c2 = count(/3582\s*\(\s*c\s*\)\s*\(\s*2\s*\)|\bAmendment\s+(?:7|8)\d\d\b/gi) + (firstStep ? 0 : fairAct);
  // (§ 404 reaches only crack offenses: a First Step Act reduction for a "covered offense" or crack is one under it)
  const f404 = count(/(?:Section|§)\s*404\b/gi) + (firstStep ? fairAct + count(/\bcovered\s+offense|\bcrack\b|\bcocaine\s+base\b/gi) : 0);
  if (cr === 0 && c2 === 0 && f404 === 0) return /\b3582\b/.test(t) ? 'compassionate_release' : 'other';
  if (f404 > cr && f404 >= c2) return 'fsa_404';
  if (c2 > cr) return 'sentence_reduction_3582c2';
  return 'compassionate_release';
}

// Compassionate-release grounds and a retroactive amendment named in one request (see `groupMentions`)
const BOTH_CR = /\bextraordinary\s+and\s+compelling\b|\bcompassionate\s+release\b|3582\s*\(\s*c\s*\)\s*\(\s*1\s*\)\s*\(\s*A\s*\)/i;
const BOTH_C2 = /3582\s*\(\s*c\s*\)\s*\(\s*2\s*\)|\bAmendment\s+(?:7|8)\d\d\b/i;

export interface Building {
  motion: Motion;
  mentions: Mention[];
  best: { strength: number; at: number; generic?: boolean } | null;
  /** The same filing read as a second motion of another kind; rulings on one decide both. */
  companion?: Building;
  /** The relief key of an unclassified motion (see `reliefKey`). */
  relief?: string;
  reliefText?: string;
  /** The word that first named it ("Motion", "petition", "application"). */
  word?: string;
  /** The one filer's name, when a mention gave it (see `Mention.filer`). */
  filer?: string | null;
}

/** Two filer names that may be one filer: either unknown, or one inside the other ("marlow", "town of marlow"). */
function sameFiler(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a.includes(b) || b.includes(a);
}

/** The motions built so far and the mention -> motion map, shared by the ruling stage. */
export interface Grouping {
  ctx: ReadContext;
  text: string;
  mentions: Mention[];
  motions: Building[];
  owner: Map<Mention, Building>;
  kindOf(m: Mention): MotionKind;
  /** The motion a mention names: an existing one, or (with `create`) a new one. */
  findOrAdd(m: Mention, create: boolean): Building | null;
}

// A later filing of the same sort, right before a bare "motion": "an amended motion" · "a renewed motion" · "a second motion"
const LATER_FILING = /\b(?:amended|renewed|second|supplemental|new|successive|subsequent|another)\s+(?:pro\s+se\s+)?$|\b(?:renewed|refiled|re-filed|resubmitted)\s+(?:his|her|its|their)\s+$/i;

// A motion word that points at its entry: "motion at ECF No. 825" · "motion docketed at Dkt. 40" · "motion filed at [12]"
const AT_ENTRY = /^\S*\s+(?:(?:filed|docketed|found|appearing)\s+)?at\s*[[(]?\s*$/i;

// The ordinal a filing's name opens with: "Defendants' Second Motion" · "the First Amended Motion" · "Renewed Motion"
const ORDINAL_NAME = /\b(First|Second|Third|Fourth|Fifth|Renewed|Supplemental)\s+(?:Amended\s+|Renewed\s+|Supplemental\s+|Emergency\s+)?$/;

function ordinalAt(text: string, anchor: number): string | null {
  return ORDINAL_NAME.exec(text.slice(Math.max(0, anchor - 30), anchor))?.[1].toLowerCase() ?? null;
}

/** Both name an ordinal, and not the same one: two filings. */
export function ordinalsDiffer(text: string, m: Mention, x: Building): boolean {
  const mine = m.bare ? null : ordinalAt(text, m.anchor);
  if (!mine) return false;
  const theirs = x.mentions.map((y) => (y.bare || y.nested ? null : ordinalAt(text, y.anchor))).filter((o): o is string => !!o);
  return theirs.length > 0 && !theirs.includes(mine);
}

export function groupMentions(ctx: ReadContext, mentions: Mention[], cites: Hit<RecordCiteValue>[]): Grouping {
  docAliases = readAliases(ctx.text);
  const text = ctx.text;
  const generic = mentions.some((m) => m.kind === 'sentence_reduction') ? resolveGeneric(ctx) : 'other';
  const kindOf = (m: Mention): MotionKind => (m.kind === 'sentence_reduction' ? generic : m.kind);

  const motions: Building[] = [];
  const allMentions = mentions;
  const owner = new Map<Mention, Building>();
  const findOrAdd = (mention: Mention, create: boolean): Building | null => {
    // "In light of the Amended Motion (ECF No. 22), the original Motion (ECF No. 15) is DENIED AS MOOT": a reason only.
    if (mention.reason) return null;
    // A filing named as the object of another's relief ("motion to supplement his compassionate release motion (Doc. 461)
    // is GRANTED"): a ruling that reaches it decides the filing that names it.
    if (mention.nested && create) {
      // (past other filings nested in the same words: "to Convert Defendant's Motion to Dismiss into a Motion for ...")
      let i = allMentions.indexOf(mention) - 1;
      while (i > 0 && allMentions[i].nested && mention.anchor - allMentions[i].anchor < 250) i--;
      const outer = i >= 0 ? allMentions[i] : undefined;
      if (outer && !outer.nested && !outer.reason && mention.anchor - outer.anchor < 250 && OTHER_OBJECT.test(text.slice(outer.anchor, mention.anchor).replace(/^\S+/, '')) && !/[.;]\s/.test(text.slice(outer.anchor, mention.anchor))) return findOrAdd(outer, true);
    }
    let m = mention;
    let kind = kindOf(m);
    let b: Building | undefined;
    let listedFrom: Building | null = null;
    // (not a motion to strike, withdraw or supplement another filing that the same entry holds: "Defendant moves to strike
    // that motion ... (ECF No. 585)" beside his pro se motion for compassionate release at ECF No. 585)
    if (m.doc) b = motions.find((x) => x.motion.docEntry?.value === m.doc!.value.entry && !objectOfOther(m, x));
    // A reference with an entry ("The motion (Doc. 41) is DENIED") joins the filing named with that entry, even when
    // that naming built no motion ("Defendant's Motion to Suppress (Doc. 41) argues that ...").
    // (so does a reference of the same kind: "The defendant's Rule 56 motion (Docket No. 61) contends ... The Rule 56 motion
    // (Docket No. 61) is DENIED")
    if (!b && m.doc && create) {
      const twin = allMentions.find((x) => x !== m && !x.bare && !x.nested && x.doc?.value.entry === m.doc!.value.entry && x.anchor < m.anchor && (m.bare || x.kind === m.kind));
      if (twin) b = findOrAdd(twin, true) ?? undefined;
    }
    // Same kind, no conflicting entry or movant: cross-motions for summary judgment stay two motions.
    // Unclassified motions that ask for different things ("to Quash", "to Intervene") stay two motions.
    // (nor two filers of one side named apart: "the motion of defendant A to dismiss ..., the motion of defendant B to dismiss")
    // (nor a "Second Motion for Protective Order" the "First Motion for Protective Order" of the same party)
    if (!b) b = motions.find((x) => x.motion.kind.value === kind && (!m.doc || !x.motion.docEntry) && (!m.movant || !x.motion.movant || sameParty(x.motion.movant.value, m.movant.value)) && (kind !== 'other' || sameRelief(m, x)) && sameFiler(m.filer, x.filer) && !ordinalsDiffer(text, m, x));
    // A release motion named by its title, then by the statute it invokes: "a pro se Motion for Release from Custody (ECF No. 212) ...
    // Defendant moves for release under 18 U.S.C. § 3582(c)(1)(A)": one filing, of the statute's kind.
    if (!b && RELIEF.has(m.kind) && !m.doc) {
      const release = motions.filter((x) => x.motion.kind.value === 'other' && x.relief === 'releas' && (!m.movant || !x.motion.movant || sameParty(x.motion.movant.value, m.movant.value)));
      if (release.length === 1 && motions.every((x) => !RELIEF.has(x.motion.kind.value as Mention['kind']))) b = release[0];
    }
    // The same title again is the same filing: "Defendant's Motion for Release [Doc. No. 640] pursuant to 18 U.S.C.
    // § 3582(c)(1)(A) ... in opposition to Mr. Doe's Motion for Release".
    if (!b && !m.bare) {
      const key = titleKey(text, m.anchor);
      if (key) b = motions.find((x) => (x.motion.kind.value === kind || x.motion.kind.value === 'other' || kind === 'other') && (!m.doc || !x.motion.docEntry || x.motion.docEntry.value === m.doc.value.entry) && (!m.movant || !x.motion.movant || sameParty(x.motion.movant.value, m.movant.value)) && sameFiler(m.filer, x.filer) && !ordinalsDiffer(text, m, x) && x.mentions.some((y) => !y.nested && titleKey(text, y.anchor) === key));
    }
    if (!b && m.bare && motions.length) {
      // A bare reference ("the Motion (ECF 58)") joins the motion named last before it; its cite may be a brief's.
      const prev = lastNamedBefore(owner, allMentions, m.anchor) ?? motions[0];
      // ... but "an amended motion (Doc. 291)" after "a motion for compassionate release (Doc. 280)" is a second filing of
      // that kind, with its own entry.
      // ("Plaintiff renewed its motion ... (Docket Entry 7.)": the same relief again)
      // (so is "the administrative motion at ECF No. 825" after "the motions at ECF No. 780 and ECF No. 814": an entry the
      // words point at is the motion's own, not a brief's)
      // (and so is each later entry of a bare plural's list: "both motions (Docs. 15, 16) are denied" after "A and B have
      // moved to dismiss")
      if (m.doc && prev.motion.docEntry && prev.motion.docEntry.value !== m.doc.value.entry && (m.listed || LATER_FILING.test(text.slice(Math.max(0, m.anchor - 16), m.anchor)) || AT_ENTRY.test(text.slice(m.anchor, m.doc.span[0])))) {
        kind = prev.motion.kind.value;
        if (m.listed && !m.movant) listedFrom = prev;
        if (kind === 'other' && prev.relief && !m.relief) m = { ...m, relief: prev.relief, reliefText: prev.reliefText };
      }
      else {
        b = prev;
        if (b.motion.docEntry) m = { ...m, doc: null };
      }
    }
    if (!b) {
      if (!create) return null;
      // A motion that a ruling makes of the second relief one verb asked for ("moves for leave to proceed in forma
      // pauperis and for appointment of counsel ... The motion for appointment of counsel is DENIED") has that filer.
      if (!m.movant) {
        const j = allMentions.find((x) => x.joined && x.movant && x.anchor < m.anchor && x.kind === m.kind && (m.kind !== 'other' || sameRelief(x, m)));
        if (j) m = { ...m, movant: j.movant, proSe: m.proSe ?? j.proSe };
      }
      b = {
        motion: { kind: fact(ctx, kind, m.start, m.end, m.kindRule, kind === 'other' ? 0.5 : 0.85), docEntry: null, movant: null, proSe: null, disposition: null, citation: null },
        mentions: [],
        best: null,
        // (a plural filing word, or cross-motions both sides made with one verb: "Both sides have moved for")
        word: m.plural && !/^(?:motions|petitions|requests|applications)/i.test(text.slice(m.anchor, m.anchor + 12)) ? 'motions' : text.slice(m.anchor, m.anchor + 12),
      };
      motions.push(b);
    }
    b.mentions.push(mention);
    owner.set(mention, b);
    if (m.filer && !b.filer) b.filer = m.filer;
    if (kind === 'other' && m.relief && !b.relief) {
      b.relief = m.relief;
      b.reliefText = m.reliefText;
    }
    const mo = b.motion;
    if (mo.kind.value === 'other' && kind !== 'other') mo.kind = fact(ctx, kind, m.start, m.end, m.kindRule, 0.85);
    if (m.doc && !mo.docEntry) mo.docEntry = fact(ctx, m.doc.value.entry, m.doc.span[0], m.doc.span[1], m.doc.rule, 0.9);
    if (m.movant && !mo.movant) mo.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.85);
    // (the list's filer is the one named with its first filing)
    if (listedFrom?.motion.movant && !mo.movant) mo.movant = listedFrom.motion.movant;
    if (m.proSe && !mo.proSe) mo.proSe = fact(ctx, m.proSe.value, m.proSe.s, m.proSe.e, m.proSe.letter ? 'pro-se/letter' : m.proSe.value ? 'pro-se/words' : 'pro-se/counsel', m.proSe.letter ? 0.6 : 0.85);
    addAlso(b, m);
    return b;
  };
  // One filing that asks for two reliefs: the second is a companion motion that every ruling on the first decides.
  const addAlso = (b: Building, m: Mention): void => {
    const mo = b.motion;
    if (m.also && !b.companion && !motions.some((x) => x.motion.kind.value === m.also!.kind && x.motion.docEntry?.value === mo.docEntry?.value)) {
      const c: Building = {
        motion: { ...mo, kind: fact(ctx, m.also.kind as MotionKind, m.also.s, m.also.e, m.also.rule, 0.75), disposition: null, citation: null },
        mentions: [],
        best: null,
      };
      b.companion = c;
      motions.push(c);
    }
  };
  for (const m of mentions) {
    if ((m.scope !== 'title' && m.scope !== 'pending') || m.loose) continue;
    // The court reads a filing as another kind of motion: the filing named just before takes that kind.
    // (An unclassified construed relief, "construe it as a motion to withdraw", keeps the kind and takes the relief.)
    if (m.construed && (m.kind !== 'other' || m.relief)) {
      const b = lastNamedBefore(owner, mentions, m.anchor);
      const [ss] = sentenceAt(text, m.anchor);
      if (b && (motions.length === 1 || b.mentions.some((x) => x.anchor >= ss))) {
        const kind = kindOf(m);
        if (kind !== 'other') b.motion.kind = fact(ctx, kind, m.start, m.end, m.kindRule, 0.8);
        else if (b.motion.kind.value === 'other') {
          b.relief = m.relief;
          b.reliefText = m.reliefText;
        }
        // (the construing words may be the first to give its entry, filer or status: "the Court construes her filing (Doc.
        // 35) as a motion for release to home confinement" under a title that named only the relief)
        if (m.doc && !b.motion.docEntry) b.motion.docEntry = fact(ctx, m.doc.value.entry, m.doc.span[0], m.doc.span[1], m.doc.rule, 0.8);
        if (m.movant && !b.motion.movant) b.motion.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/construed', 0.7);
        if (m.proSe && !b.motion.proSe) b.motion.proSe = fact(ctx, m.proSe.value, m.proSe.s, m.proSe.e, m.proSe.value ? 'pro-se/words' : 'pro-se/counsel', 0.7);
        b.mentions.push(m);
        owner.set(m, b);
        addAlso(b, m);
        continue;
      }
    }
    // "a pro se motion that the Court construed as a Motion for Compassionate Release": one motion.
    if (m.bare && !m.doc && mentions.some((x) => x !== m && !x.bare && x.scope === 'pending' && Math.abs(x.anchor - m.anchor) < 200)) continue;
    // "Defendant's Motion for X (Doc. 90) is DENIED. To the extent the motion asks ...": a bare reference to a filing
    // named just before it (in any sentence but history) is that filing, which the rulings will find by its name.
    if (m.bare && !m.doc && mentions.some((x) => x.anchor < m.anchor && m.anchor - x.anchor < 600 && !x.bare && !x.nested && x.scope !== 'history' && !x.loose)) {
      // (the one filing named so far takes the filer and status the reference gives: "ORDER ON MOTION SEEKING A
      // DETERMINATION ... the matter before the Court is a Motion filed by Koger Properties, Inc. (Debtor)")
      const b = motions.length === 1 ? lastNamedBefore(owner, mentions, m.anchor) : null;
      if (b && m.movant && !b.motion.movant) b.motion.movant = fact(ctx, m.movant.value, m.movant.s, m.movant.e, 'movant/possessive', 0.8);
      if (b && m.proSe && !b.motion.proSe) b.motion.proSe = fact(ctx, m.proSe.value, m.proSe.s, m.proSe.e, m.proSe.value ? 'pro-se/words' : 'pro-se/counsel', 0.8);
      continue;
    }
    // "Mr. Doe seeks compassionate release and requests that the Court reduce his sentence to home confinement": the
    // second prisoner's relief of one sentence, with no other filer or entry of its own, is the same request.
    if (RELIEF.has(m.kind)) {
      const [ss] = sentenceAt(text, m.anchor);
      const prev = mentions.find((x) => x !== m && x.anchor >= ss && x.anchor < m.anchor && RELIEF.has(x.kind) && x.kind !== m.kind && owner.has(x) && !x.nested && (!m.movant || x.movant?.value === m.movant.value) && (!m.doc || x.doc?.value.entry === m.doc.value.entry));
      if (prev) {
        const b = owner.get(prev)!;
        b.mentions.push(m);
        owner.set(m, b);
        continue;
      }
    }
    findOrAdd(m, true);
  }

  // A generic "motion for a sentence reduction" whose request, in its paragraph, names both compassionate-release grounds
  // and a retroactive guideline amendment asks for both: "requests that the Court resentence him (i) due to extraordinary
  // and compelling reasons ...; and (ii) pursuant to 18 U.S.C. § 3582(c)(2) and ... Amendment 821".
  for (const b of [...motions]) {
    const m0 = b.mentions[0];
    if (!m0 || m0.kind !== 'sentence_reduction' || b.companion) continue;
    const paraEnd = text.indexOf('\n', m0.anchor);
    const para = text.slice(m0.anchor, Math.min(paraEnd < 0 ? text.length : paraEnd, m0.anchor + 900));
    const cr = BOTH_CR.exec(para);
    const c2 = BOTH_C2.exec(para);
    if (!cr || !c2) continue;
    const mine = b.motion.kind.value;
    const other: MotionKind | null = mine === 'compassionate_release' ? 'sentence_reduction_3582c2' : mine === 'sentence_reduction_3582c2' ? 'compassionate_release' : null;
    if (!other) continue;
    const hit = other === 'compassionate_release' ? cr : c2;
    const at = m0.anchor + hit.index;
    const c: Building = { motion: { ...b.motion, kind: fact(ctx, other, at, at + hit[0].length, 'motion-kind/both-reductions', 0.6), disposition: null, citation: null }, mentions: [], best: null };
    b.companion = c;
    motions.push(c);
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
      // (a cite labelled as another paper names that paper: "(Gov't's Opp'n [Doc. No. 642].)")
      if (PAPER_LABEL.test(text.slice(Math.max(0, c.span[0] - 60), c.span[0]))) continue;
      b.motion.docEntry = fact(ctx, c.value.entry, c.span[0], c.span[1], c.rule, 0.7);
      break;
    }
  }
  return { ctx, text, mentions, motions, owner, kindOf, findOrAdd };
}


// A filing's title from its motion word: "Motion for Release" · "Petition to Modify Conditions of Supervision" (up to a
// cite, a clause or a statute: "Motion for Release [Doc. No. 640] pursuant to ...")
const TITLE = /^(?:motion|petition|application)\s+(?:for|to)\s+(?:[A-Za-z'’-]+\s?){1,8}/i;
const TITLE_END = /\s+(?:pursuant|under|filed|and|or|in|on|as|because|which|that|is|was|were|are|(?:Doc|ECF|Dkt)\b).*$/i;

/** A mention's title words, lower-cased, when they name a relief ("motion for release"); null for a bare word. */
function titleKey(text: string, anchor: number): string | null {
  const t = TITLE.exec(text.slice(anchor, anchor + 100));
  if (!t) return null;
  const key = t[0].replace(TITLE_END, '').trim().toLowerCase().replace(/\s+/g, ' ');
  return key.split(' ').length >= 3 ? key : null;
}

/** A mention asking to strike, withdraw or supplement another filing, beside a motion of a listed kind: two filings. */
function objectOfOther(m: Mention, b: Building): boolean {
  const own = m.kind === 'other' && !m.bare && !!m.reliefText && OTHER_OBJECT.test(m.reliefText);
  const theirs = b.motion.kind.value === 'other' && !!b.reliefText && OTHER_OBJECT.test(b.reliefText);
  return (own && b.motion.kind.value !== 'other') || (theirs && m.kind !== 'other');
}

/** The sort of filing a word names: motion, petition, application, request, letter. */
export function nounOf(word: string): string {
  const w = word.toLowerCase();
  // A party's letter request is an application to the court: "Defendant respectfully requests ... Application GRANTED."
  if (/^request|^application/.test(w)) return 'application';
  // A writ is what a petition asks for: "the petition ... we grant the writ" name one filing.
  if (/^petition|^writ/.test(w)) return 'petition';
  if (/^letter/.test(w)) return 'letter';
  return 'motion';
}

export function lastNamedBefore(owner: Map<Mention, Building>, mentions: Mention[], pos: number): Building | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.anchor >= pos || m.nested || m.scope === 'history') continue;
    const b = owner.get(m);
    if (b) return b;
  }
  return null;
}

// One party under two names: the United States answering a § 2255 motion or a habeas petition is "the Government" and
// "Respondent" in one order, the prisoner "Defendant" and "Petitioner" ("Respondent filed a motion to dismiss ... the United
// States' motion to dismiss must be GRANTED").
const SIDE_OF: Partial<Record<string, string>> = { respondent: 'government', petitioner: 'defendant' };
// A party styled with two roles at once in this document: "plaintiff-creditor Lakeshore Funding ... the creditor's motion" ·
// "Debtor-Defendant" (an adversary proceeding). Set by groupMentions for the document being read (readOrder is synchronous).
const COMPOUND_ROLE = /\b(plaintiff|defendant|petitioner|respondent|appellant|appellee|movant|creditor|debtor|trustee)s?[-–](plaintiff|defendant|petitioner|respondent|appellant|appellee|movant|creditor|debtor|trustee)s?\b/gi;
let docAliases: Array<[string, string]> = [];
function readAliases(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  COMPOUND_ROLE.lastIndex = 0;
  for (let m; (m = COMPOUND_ROLE.exec(text)) && out.length < 4; ) {
    const a = m[1].toLowerCase();
    const b = m[2].toLowerCase();
    if (a !== b && !out.some(([x, y]) => x === a && y === b)) out.push([a, b]);
  }
  return out;
}
export const sameParty = (a: string, b: string): boolean =>
  a === b || (SIDE_OF[a] ?? a) === (SIDE_OF[b] ?? b) || docAliases.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** `alone`: a ruling on one relief of a filing that asks for two ("to the extent he relies on the CARES Act"). */
export function assign(ctx: ReadContext, b: Building, hit: Hit<DispositionValue>, strength: number, alone = false): void {
  if (b.companion && !alone) assign(ctx, b.companion, hit, strength);
  if (b.best && (b.best.strength > strength || (b.best.strength === strength && b.best.at > hit.span[0]))) return;
  // Strengths of rulings through a reference end in .75 (see the caller).
  b.best = { strength, at: hit.span[0], generic: strength % 1 !== 0 };
  const conf = strength >= 3 ? 0.95 : strength >= 2 ? 0.85 : strength >= 1 ? 0.8 : 0.5;
  b.motion.disposition = fact<Disposition>(ctx, hit.value.disposition, hit.span[0], hit.span[1], hit.rule, conf);
}

/**
 * The motion for a second relief the same filing asks for: an existing motion of that kind with the same
 * docket entry, else a new companion that shares the filing's entry, movant and pro se status.
 */
export function companionOf(g: Grouping, b: Building, kind: MotionKind, s: number, e: number, rule: string): Building {
  const entry = b.motion.docEntry?.value;
  const found = g.motions.find((x) => x !== b && x.motion.kind.value === kind && x.motion.docEntry?.value === entry);
  if (found) return found;
  const c: Building = { motion: { ...b.motion, kind: fact(g.ctx, kind, s, e, rule, 0.7), disposition: null, citation: null }, mentions: [], best: null };
  if (!b.companion) b.companion = c;
  g.motions.push(c);
  return c;
}
