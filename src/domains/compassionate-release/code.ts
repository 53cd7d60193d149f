/** Assemble the compassionate-release codes of one order from its phrase hits. */
import type { Fact, Span } from '../../engine/types.js';
import type { Disposition, Motion, Movant, Order } from '../../order/types.js';
import type {
  CompassionateReleaseCodes, Danger, DenialReason, Exhaustion, Finding, Ground, GroundCode, Outcome, Relief, Section3553a,
} from './types.js';
import { buildScope } from './scope.js';
import { lowerCased } from '../../text/lower.js';
import { scanFamily, type ScanContext, type ScopedHit } from './scan.js';
import { crFamilies } from './rules.js';
import { chooseDisposition, findSubject } from './subject.js';
import { findDecisionDate, regimeForDate } from './regime.js';

const fact = <T>(value: T, span: Span, rule: string, confidence: number): Fact<T> => ({ value, span, rule, confidence });
const fromHit = <T>(h: ScopedHit<T>, value?: unknown): Fact<any> => fact(value ?? h.value, h.span, h.rule, h.confidence * (h.rule === 'cr/exhaustion/warden-denied' ? 0.7 : h.rule === 'cr/finding/without-merit' ? 0.6 : 0.9));

export function outcomeOf(d: Disposition): Outcome {
  if (d === 'granted' || d === 'granted_in_part') return 'granted';
  if (d === 'moot' || d === 'deferred' || d === 'withdrawn') return 'excluded';
  return 'denied';
}

// Statements of the policy statement's categories are law, not this movant's grounds.
const FAMILY_BEFORE = /(?:\b|\[)(?:his|her|their|defendant[’']s|[A-Z][\w-]+[’']s)\]?\s+(?:\w+\s+){0,2}(?:mother|father|parents?|husband|wife|spouse|partner|son|daughter|child(?:ren)?|brother|sister|grandmother|grandfather)\b(?:(?!\b(?:he|she)\s+(?:has|suffers)\b)[^.;])*$/i;
// Words without which no compassionate-release motion is named.
const MAY_BE_CR = /compassionate|3\s?5\s?8\s?2|reduc\w*\s+(?:in\s+|of\s+)?(?:his\s+|her\s+|their\s+|the\s+)?(?:sentence|term)|sentence\s+reduction/i;
const LAW_LISTING = /1B1\.13|[Aa]pplication [Nn]ote|policy statement|the defendant is (?:suffering|experiencing|at least)|\b(?:include|includes|including)\b[^.]{0,40}\b(?:terminal illness|age of the defendant|family circumstances)/;
const DOC_ENTRY = /^[^.\n]{0,80}?(?:\bDoc(?:ket)?\.?\s*(?:No\.?\s*)?|\bECF\s+(?:No\.?\s*)?|\bDkt\.?\s*(?:No\.?\s*)?#?\s*|\bD\.E\.\s*|\bD\.I\.\s*|#|\bFiling\s+|\bdocket entry\s+|\bdocket no\.\s*)(\d{1,5}(?:-\d+)?)/i;

/** Code one order. Returns null when the order decides no compassionate-release motion. */
export function codeCompassionateRelease(order: Order, text = ''): CompassionateReleaseCodes | null {
  // Most documents never name the motion: skip them before any sentence work.
  if (!MAY_BE_CR.test(text) && !order.motions?.some((m) => m.kind.value === 'compassionate_release')) return null;
  const scope = buildScope(text);
  const ctx: ScanContext = { text, lower: lowerCased(text), scope };
  const mentions = scanFamily(ctx, crFamilies.motion);
  const dispositionHits = scanFamily(ctx, crFamilies.disposition);
  const chosen = chooseDisposition(text, scope.sentences, dispositionHits);
  let subject = findSubject(text, scope.sentences, mentions);
  if (!subject && chosen?.target === 'cr') {
    // "Defendant also cites the compassionate release statute ... To the extent defendant seeks relief under this statute, his motion is denied"
    const i = chosen.hit.sentenceIndex;
    const m = mentions.find((x) => (x.sentenceIndex === i || x.sentenceIndex === i - 1) && x.value.kind !== 'reduction' && x.scope === 'court');
    if (m) subject = { mention: m, how: 'decretal' };
  }
  // The order reader's motion list enriches the coding (docket entry, pro se, ruling); whether the
  // order decides a compassionate-release motion at all is this domain's own subject test.
  if (!subject) return null;
  const fromOrder: Motion | undefined = order.motions?.find((m) => m.kind.value === 'compassionate_release');
  const motionSpan: Span = fromOrder ? fromOrder.kind.span : subject!.mention.span;
  const motion: Fact<'compassionate_release'> = fromOrder
    ? fact('compassionate_release', fromOrder.kind.span, fromOrder.kind.rule, fromOrder.kind.confidence)
    : fact('compassionate_release', subject!.mention.span, `${subject!.mention.rule}#${subject!.how}`, subject!.how === 'early-mention' ? 0.6 : 0.85);

  let docEntry: Fact<string> | null = fromOrder?.docEntry ?? null;
  if (!docEntry) {
    const m = DOC_ENTRY.exec(text.slice(motionSpan[1], motionSpan[1] + 120));
    if (m) {
      const s = motionSpan[1] + m.index + m[0].length - m[1].length;
      docEntry = fact(m[1], [s, s + m[1].length], 'cr/motion/doc-entry', 0.8);
    }
  }

  // Disposition and outcome.
  // Relief is read only when it is needed: to imply a grant, or to code a granted motion.
  let reliefScan: ScopedHit<Relief>[] | null = null;
  const reliefHits = (): ScopedHit<Relief>[] => (reliefScan ??= scanFamily(ctx, crFamilies.relief));
  let disposition: Fact<Disposition> | null = process.env.CR_ORDER_DISPOSITION ? fromOrder?.disposition ?? null : null;
  if (!disposition) {
    if (chosen) disposition = fact(chosen.disposition, chosen.evidence[1] - chosen.evidence[0] <= 400 ? chosen.evidence : chosen.hit.span, chosen.hit.rule, Math.min(1, chosen.score / 100));
    else {
      const granting = reliefHits().find((h) => h.value.kind === 'time_served' || h.value.kind === 'reduced_term');
      if (granting) disposition = fact('granted', granting.span, 'cr/disposition/implied-by-relief', 0.7);
    }
  }
  if (!disposition) disposition = fromOrder?.disposition ?? null;
  const outcome = disposition ? fact(outcomeOf(disposition.value), disposition.span, disposition.rule, disposition.confidence) : null;
  const granted = outcome?.value === 'granted';
  const relief: Fact<Relief>[] = granted ? dedupeBy(reliefHits(), (h) => h.value.kind).map((h) => fromHit(h)) : [];

  // Who moved.
  const parties = scanFamily(ctx, crFamilies.party);
  const bop = parties.find((h) => h.value.code === 'bop_director') ?? parties.find((h) => h.value.code === 'government');
  const movant: Fact<Movant> = bop
    ? fromHit(bop, bop.value.code)
    : fromOrder?.movant && ['defendant', 'government', 'bop_director'].includes(fromOrder.movant.value)
      ? fromOrder.movant
      : fact<Movant>('defendant', motionSpan, 'cr/movant/default-defendant', 0.8);
  const proSe = (process.env.CR_ORDER_PROSE ? fromOrder?.proSe : null) ?? chooseProSe(parties, motionSpan) ?? fromOrder?.proSe ?? null;

  const gov = scanFamily(ctx, crFamilies.government);
  const govHit = gov.find((h) => h.value.position === 'unopposed') ?? gov.find((h) => h.value.position === 'opposed');
  const governmentPosition = govHit
    ? fromHit(govHit, govHit.value.position)
    : fact('not_stated' as const, motionSpan, 'cr/government/not-stated', 0.5);

  // Exhaustion: the government's concession or waiver and the court's excuse outrank the bare findings.
  const exHits = scanFamily(ctx, crFamilies.exhaustion);
  const exOrder: Exhaustion[] = ['conceded_by_government', 'waived_or_forfeited', 'excused', 'not_satisfied', 'satisfied'];
  let exhaustion: Fact<Exhaustion> = fact('not_addressed', motionSpan, 'cr/exhaustion/not-addressed', 0.5);
  for (const v of exOrder) {
    const h = exHits.find((x) => x.value === v);
    if (h) { exhaustion = fromHit(h); break; }
  }

  // Grounds asserted and the court's finding on each.
  const groundHitsAll = scanFamily(ctx, crFamilies.ground, true);
  const groundRuleScopes = new Map(crFamilies.ground.map((r) => [r.id, r.scopes ?? ['court']]));
  let groundHits = groundHitsAll.filter((h) => groundRuleScopes.get(h.rule)!.includes(h.scope) && !(h.sentence && (h.sentence.generic || LAW_LISTING.test(h.sentence.text)))
    && !(h.value === 'rehabilitation' && h.sentence && /rehabilitat\w*[^.]{0,60}\balone\b/i.test(h.sentence.text) && !/\b(?:his|her)\s+rehabilitat/i.test(h.sentence.text))
    // A relative's illness ("his mother ... has dementia") is a family circumstance, not the movant's medical ground.
    && !((h.value === 'serious_medical' || h.value === 'terminal_illness' || h.value === 'age') && FAMILY_BEFORE.test(text.slice(Math.max(h.sentence?.start ?? 0, h.span[0] - 80), h.span[0]))));
  const asserted = new Set(groundHits.map((h) => h.value));
  // Cancer named as a terminal illness is that ground, not a second one; the change in law behind an
  // unusually long sentence is part of that ground (U.S.S.G. § 1B1.13(b)(6)).
  if (asserted.has('terminal_illness')) groundHits = groundHits.filter((h) => !(h.value === 'serious_medical' && /^(?:cancer|tumou?rs?)$/i.test(text.slice(h.span[0], h.span[1]))) || groundHits.some((o) => o.value === 'serious_medical' && !/^(?:cancer|tumou?rs?)$/i.test(text.slice(o.span[0], o.span[1]))));
  if (asserted.has('unusually_long_sentence')) groundHits = groundHits.filter((h) => h.value !== 'change_in_law');
  const findingHits = scanFamily(ctx, crFamilies.finding);
  const groundsBySentence = new Map<number, Set<Ground>>();
  for (const g of groundHitsAll) {
    if (!groundsBySentence.has(g.sentenceIndex)) groundsBySentence.set(g.sentenceIndex, new Set());
    groundsBySentence.get(g.sentenceIndex)!.add(g.value);
    if (g.value === 'change_in_law') groundsBySentence.get(g.sentenceIndex)!.add('unusually_long_sentence');
  }
  const globalFindings = findingHits.filter((f) => !groundsBySentence.has(f.sentenceIndex));
  const groundsAsserted: GroundCode[] = [];
  for (const g of dedupeBy(groundHits, (h) => h.value)) {
    const own = findingHits.filter((f) => groundsBySentence.get(f.sentenceIndex)?.has(g.value));
    const pick = pickFinding(own) ?? pickFinding(globalFindings);
    const finding: Fact<Finding> = pick
      ? fromHit(pick, pick.value.finding)
      : granted
        ? fact('found', disposition!.span, 'cr/finding/implied-by-grant', 0.6)
        : fact('not_reached', motionSpan, 'cr/finding/not-reached', 0.5);
    groundsAsserted.push({ ground: fromHit(g), finding });
  }
  // COVID-19 risk is the risk of the movant's medical conditions: each takes the other's finding when it has none.
  const cov = groundsAsserted.find((g) => g.ground.value === 'covid_risk');
  const med = groundsAsserted.find((g) => g.ground.value === 'serious_medical');
  if (cov && med) {
    const weak = (g: GroundCode) => g.finding.rule === 'cr/finding/not-reached' || g.finding.rule === 'cr/finding/implied-by-grant';
    if (weak(cov) && !weak(med)) cov.finding = med.finding;
    else if (weak(med) && !weak(cov)) med.finding = cov.finding;
  }

  const s3553 = scanFamily(ctx, crFamilies.section3553a);
  const s3553Hit = (granted ? s3553.find((h) => h.value === 'favors_reduction') : s3553.find((h) => h.value === 'weighs_against')) ?? s3553[0];
  const section3553a: Fact<Section3553a> = s3553Hit ? fromHit(s3553Hit) : fact('not_reached', motionSpan, 'cr/3553a/not-reached', 0.5);
  const dangerHits = scanFamily(ctx, crFamilies.danger);
  const dangerHit = (granted ? dangerHits.find((h) => h.value === 'not_a_danger') : dangerHits.find((h) => h.value === 'danger')) ?? dangerHits[0];
  const danger: Fact<Danger> = dangerHit ? fromHit(dangerHit) : fact('not_addressed', motionSpan, 'cr/danger/not-addressed', 0.5);

  // Denial reasons: the court's own, in text order.
  const denialReasons: Fact<DenialReason>[] = [];
  if (outcome && (outcome.value === 'denied' || disposition?.value === 'moot')) {
    const add = (f: Fact<DenialReason>) => { if (!denialReasons.some((r) => r.value === f.value)) denialReasons.push(f); };
    if (disposition?.value === 'moot') add(fact('moot', disposition.span, disposition.rule, disposition.confidence));
    if (exhaustion.value === 'not_satisfied') add({ ...exhaustion, value: 'failure_to_exhaust' });
    // "His contentions are without merit" rejects the motion but names no reason.
    const notFound = findingHits.find((f) => f.value.finding === 'not_found' && f.rule !== 'cr/finding/without-merit');
    if (notFound) add(fromHit(notFound, 'no_extraordinary_compelling'));
    if (section3553a.value === 'weighs_against') add({ ...section3553a, value: 'section_3553a' });
    if (danger.value === 'danger') add({ ...danger, value: 'danger' });
    for (const h of scanFamily(ctx, crFamilies.reason)) add(fromHit(h));
    denialReasons.sort((a, b) => a.span[0] - b.span[0]);
  }
  const soleReason = denialReasons.length === 1 ? denialReasons[0] : null;

  const date = order.date ?? findDecisionDate(text);
  const regime = date ? regimeForDate(date.value) : null;
  const legalRegime = date && regime ? fact(regime, date.span, `cr/regime/${regime.replace(/_/g, '-')}`, date.confidence) : null;

  return {
    motion, docEntry, disposition, outcome, relief, movant, proSe, governmentPosition, exhaustion,
    groundsAsserted, section3553a, danger, denialReasons, soleReason, legalRegime,
  };
}

function dedupeBy<T>(hits: ScopedHit<T>[], key: (h: ScopedHit<T>) => string): ScopedHit<T>[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(key(h)) ? false : (seen.add(key(h)), true)));
}

/** The court's finding when several were made: assuming beats deciding; "not shown" beats "shown" on a tie. */
function pickFinding(hits: ScopedHit<{ finding: Finding }>[]): ScopedHit<{ finding: Finding }> | null {
  if (hits.length === 0) return null;
  const assumed = hits.find((h) => h.value.finding === 'assumed_without_deciding');
  if (assumed) return assumed;
  const found = hits.filter((h) => h.value.finding === 'found').length;
  const notFound = hits.filter((h) => h.value.finding === 'not_found').length;
  return found > notFound ? hits.find((h) => h.value.finding === 'found')! : hits.find((h) => h.value.finding === 'not_found') ?? hits[0];
}

function chooseProSe(parties: ScopedHit<{ code: string }>[], motionSpan: Span): Fact<boolean> | null {
  const proSe = parties.filter((h) => h.value.code === 'pro_se');
  if (proSe.length) {
    const near = proSe.find((h) => Math.abs(h.span[0] - motionSpan[0]) < 200) ?? proSe[0];
    return fact(true, near.span, near.rule, Math.abs(near.span[0] - motionSpan[0]) < 200 ? 0.95 : 0.8);
  }
  const counsel = parties.find((h) => h.value.code === 'counsel');
  if (counsel) return fact(false, counsel.span, counsel.rule, 0.8);
  const letter = parties.find((h) => h.value.code === 'letter');
  if (letter) return fact(true, letter.span, letter.rule, 0.6);
  return null;
}
