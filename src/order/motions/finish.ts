/**
 * Last touches on the motions: movant and pro se status from the case (a pro se motion in a criminal
 * case is the defendant's), and a filing transferred to the court of appeals read as a successive § 2255.
 */
import type { Motion, Movant } from '../types.js';
import type { MotionsInput } from '../motions.js';
import { sameParty, type Building } from './group.js';
import { COUNSEL_SUPPLEMENT, movantOf, roleOfName, type PartyRef } from './movant.js';
import { RELIEF } from './mentions.js';
import { appearanceSides } from './appearances.js';
import { fact } from '../text-util.js';

// Relief from the automatic stay, which a creditor (a party in interest other than the debtor) asks for: "for Relief from
// the Automatic Stay" · "for relief from stay" · "to lift the automatic stay" · "to modify the automatic stay"
const STAY_RELIEF = /^[^.;]{0,30}?\b(?:relief\s+from\s+(?:the\s+)?(?:automatic\s+)?stay|(?:lift|modify|terminate|annul|vacate)\s+(?:the\s+)?automatic\s+stay)\b/i;

// Relief in a criminal case that only the accused asks for: a new trial (Rule 33), a judgment of acquittal (Rule 29), a
// bill of particulars, leave to withdraw a guilty plea, early termination of supervised release or probation, return of
// seized property (Rule 41(g))
const DEFENDANT_RELIEF = /^[^.;]{0,30}?\b(?:(?:a\s+)?new\s+trial|judgment\s+of\s+acquittal|bill\s+of\s+particulars|withdraw\s+(?:his|her|the|a|defendant['’]s)?\s*(?:guilty\s+)?plea|early\s+termination\s+of\s+(?:(?:his|her|the)\s+)?(?:supervised\s+release|probation)|return\s+of\s+(?:seized\s+)?property)\b/i;

// "application for a writ of habeas corpus" · "certificate of appealability" · "certificate of probable cause" ·
// "Leave to appeal in forma pauperis"
const HABEAS_RELIEF = /^[^.;]{0,40}?(?:habeas\s+corpus|certificate\s+of\s+(?:appealability|probable\s+cause)|in\s+forma\s+pauperis)/i;

/**
 * The side a prisoner or other unrepresented litigant takes in the caption: the appellant in a court of appeals (the
 * appellee when the United States appeals), the petitioner in habeas, the defendant in a prosecution or a § 2255 case.
 */
function prisonerSide(parties: PartyRef[]): Movant {
  const sovereign = (name: string): boolean => /^(?:the\s+)?(?:United\s+States|State\s+of|People|Commonwealth)\b/i.test(name);
  const appellant = parties.find((p) => /appellant/i.test(p.role));
  if (appellant) return sovereign(appellant.name) ? 'appellee' : 'appellant';
  if (parties.some((p) => /^petitioner/i.test(p.role))) return 'petitioner';
  // (a civil case a prisoner or other individual brings: the plaintiff; a prosecution: the defendant)
  const plaintiff = parties.find((p) => /^plaintiff/i.test(p.role));
  if (plaintiff && !sovereign(plaintiff.name) && !parties.some((p) => /^movant/i.test(p.role))) return 'plaintiff';
  return 'defendant';
}

// A side the order says has counsel (the lawyers' appearance, not a motion's own words):
// "Elizabeth Nay, Lewis, Rice & Fingersh, L.C., Kansas City, MO, for Plaintiff." · "Attorneys for Defendants" ending a line ·
// "Counsel Ann Roe appeared telephonically for Plaintiff." · "Plaintiff ... appeared through his counsel, Ben Lunch" ·
// "For Plaintiff: Douglas M. Fisher, Esq."
const SIDE_WORD = String.raw`(Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?)`;
const SIDE_COUNSEL = [
  // (also in lower case, as reporters print it: "..., Asst. Public Defender, Daytona Beach, for appellant.")
  new RegExp(String.raw`^[^\n]{3,300}?,[ \t]+(?:(?:attorneys?|counsel)[ \t]+)?for[ \t]+(?:the[ \t]+)?${SIDE_WORD}(?:[- ][A-Z][a-z]+)?\.?[ \t]*$`, 'gim'),
  // A firm's line naming the parties after the side: "Peter J. Roe, Larson Kemp, LLP, St. Paul, MN, for Defendants ABC Bus
  // Companies, Inc.; ABC Bus Leasing, Inc."
  new RegExp(String.raw`^[^\n]{3,300}?\b(?:LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.|Esq\.?|Public[ \t]+Defender|Att(?:orne)?y\.?[ \t]+Gen(?:eral|\.))[^\n]{0,120}?,[ \t]+for[ \t]+(?:the[ \t]+)?${SIDE_WORD}\b`, 'gm'),
  // (and the next side's lawyers run into the same line after the first side's stop, as a flattened page prints them:
  // "..., Albany, NY, for Plaintiff.Anne C. Roe, Quill & Marsh, LLC, Dayton, OH, for Defendant.")
  new RegExp(String.raw`(?<=,[ \t]+for[ \t]+(?:the[ \t]+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?)\.[ \t]*)[A-Z][^\n]{3,300}?\b(?:LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.|Esq\.?|Public[ \t]+Defender|Att(?:orne)?y\.?[ \t]+Gen(?:eral|\.))[^\n]{0,120}?,[ \t]+for[ \t]+(?:the[ \t]+)?${SIDE_WORD}\b`, 'g'),
  new RegExp(String.raw`^[ \t]*(?:Attorneys?|Counsel)[ \t]+for[ \t]+(?:the[ \t]+)?${SIDE_WORD}\b[^\n]{0,40}$`, 'gim'),
  new RegExp(String.raw`\b(?:[Cc]ounsel|[Aa]ttorneys?)\b[^.;\n]{0,120}?\bappeared\b[^.;\n]{0,30}?\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?${SIDE_WORD}\b`, 'g'),
  // ("the defendant appeared with counsel" at the hearing on the motion)
  new RegExp(String.raw`\b${SIDE_WORD}\b[^.;\n]{0,80}?\bappeared\s+(?:through|by|with)\s+(?:his|her|its|their)?\s*(?:counsel|attorneys?)\b`, 'gi'),
  // A labelled appearance block: "Claimant's attorney:\nRoe & Poe, LLP, By: Ann Roe, Esq." · "Counsel for Plaintiff: Ben Lunch"
  // (not "Defendant's attorney: pro se", nor a third party's: "Third-party defendant's attorney:")
  new RegExp(String.raw`^[ \t]*(?:(?:the[ \t]+)?(Claimants?|Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?)['’]s?[ \t]+(?:attorneys?|counsel)|(?:attorneys?|counsel)[ \t]+for[ \t]+(?:the[ \t]+)?(Claimants?|Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?))[ \t]*:[ \t]*\n?[ \t]*(?!pro[ \t]+se|none|no[ \t]+appearance|self|unrepresented|in[ \t]+pro)[A-Z]`, 'gim'),
  // "Pursuant to the notice mailed out by Debtor's counsel" · "Plaintiff's counsel served"
  new RegExp(String.raw`\b${SIDE_WORD}['’]s?\s+(?:counsel|attorneys?)\s+(?:mailed|served|e-?mailed)\b|\b(?:mailed|served)\s+(?:out\s+)?by\s+(?:the\s+)?${SIDE_WORD}['’]s?\s+(?:counsel|attorneys?)\b`, 'gi'),
  new RegExp(String.raw`\bFor\s+(?:the\s+)?${SIDE_WORD}\s*:\s*(?!No\s+appearance|pro\s+se|none|self)[A-Z]`, 'g'),
  // "Defendant's counsel, Jane Roe, filed a motion" · "defendant's appointed counsel moved"
  new RegExp(String.raw`\b${SIDE_WORD}['’]s?\s+(?:appointed\s+|retained\s+)?(?:counsel|attorneys?)\b(?:,\s*[A-Z][^,.;\n]{2,60},)?\s+(?:(?:has|have|then|also)\s+)?(?:filed|moves|moved|submitted)\b`, 'gi'),
];

// A plaintiff the order calls a prisoner: "Plaintiff, a state prisoner," · "Plaintiff, an inmate at" · "Plaintiff, who is
// incarcerated"
const PRISONER_PLAINTIFF = /\bPlaintiff,?\s+(?:(?:a|an)\s+(?:(?:state|federal|county|former|pretrial)\s+)?(?:prisoner|inmate|detainee)|who\s+is\s+(?:incarcerated|a\s+(?:state\s+|federal\s+)?prisoner))\b/i;
// "filed by the attorney who represented him" · "filed by his counsel" · "filed by defense counsel"
const FILED_BY_COUNSEL = /\bfiled\s+by\s+(?:(?:the|his|her|an?|defense)\s+)?(?:[\w-]+\s+){0,2}(?:attorney|counsel|lawyer)\b/i;

/** The sides whose counsel the head of the order names, each with the words that say so (not a side said to be pro se). */
function counseledSides(head: string, proSeSide: Movant | null): Map<Movant, [number, number]> {
  const out = new Map<Movant, [number, number]>();
  for (const re of SIDE_COUNSEL) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(head)) !== null) {
      // (a line that also says pro se is the party's own appearance: "John Doe, pro se, for Plaintiff")
      if (/\bpro\s+se\b/i.test(m[0])) continue;
      const word = m[1] ?? m[2];
      const side = movantOf(word);
      if (side !== 'unknown' && side !== proSeSide && !out.has(side)) out.set(side, [m.index, m.index + m[0].length]);
      // (a claimant is the creditor in bankruptcy and the suing side in a claims court)
      if (/^claim/i.test(word) && proSeSide !== 'plaintiff' && !out.has('plaintiff')) out.set('plaintiff', [m.index, m.index + m[0].length]);
    }
  }
  return out;
}

// A side's own lawyer named in passing: "Defendant's counsel" · "plaintiffs' attorneys" · "counsel for Defendant" · "Okafor's
// counsel" (a name the caption places) · "defense counsel" (the accused's) — not a lawyer the side had once ("former counsel")
const SIDE_LAWYER = /(?<!\b(?:former|prior|previous|trial|original)\s+)\b(?:(Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?|[A-Z][a-z]{2,})['’]s?\s+(?:(?:appointed|retained|lead)\s+)?(?:counsel|attorneys?)|(?:counsel|attorneys?)\s+for\s+(?:the\s+)?(Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?|Debtors?)|(defense)\s+(?:counsel|attorneys?))\b/gi;

/** Each side's lawyer the text names in passing, with the first words that do (read once per order). */
function mentionedCounsel(text: string, parties: PartyRef[], criminal: boolean): Array<[Movant, [number, number]]> {
  const out: Array<[Movant, [number, number]]> = [];
  for (const m of text.matchAll(SIDE_LAWYER)) {
    const word = m[1] ?? m[2];
    const role = m[3] ? (criminal ? 'defendant' : null) : /^[A-Z][a-z]/.test(word) && movantOf(word) === 'unknown' ? roleOfName(word, parties) : movantOf(word);
    if (role && role !== 'unknown' && !out.some(([r]) => r === role)) out.push([role, [m.index, m.index + m[0].length]]);
  }
  return out;
}

// A party that cannot appear without a lawyer: a company or other body, a government, or an officer by title
const ORGANIZATION = /\b(?:Inc|Incorporated|LLC|L\.L\.C|Corp|Corporation|Company|Co|Ltd|L\.P|LLP|N\.A|Bank|Association|Ass['’]n|Authority|Board|Commission|Department|Dep['’]t|Agency|Bureau|County|City|Town|Township|Village|District|University|College|School|Hospital|Union|Society|Partnership|Holdings|Insurance|Commonwealth|United\s+States|Government|People\s+of|State\s+of|Warden|Attorney\s+General|Secretary|Commissioner|Superintendent|Sheriff)\b/i;

/** The caption's parties of one side (an appeal's role first: "plaintiff-appellant" is the appellant). */
function sideParties(side: Movant, parties: PartyRef[]): PartyRef[] {
  return parties.filter((p) => movantOf(p.role.split(/[-\s,]+/).find((x) => /^appell/i.test(x)) ?? p.role.split(/[-\s,]+/)[0] ?? '') === side);
}

/** The caption's parties of the side are people (no company, government or officer by title). */
function personSide(side: Movant, parties: PartyRef[]): boolean {
  const mine = sideParties(side, parties);
  return mine.length > 0 && !mine.some((p) => ORGANIZATION.test(p.name) || /\b(?:et\s+al|&)\b/i.test(p.name));
}
// A filer the order calls too poor to hire a lawyer (which no company can be said to be)
const INDIGENT = /\b(?:indigent|in\s+forma\s+pauperis|(?:cannot|can\s*not|unable\s+to)\s+afford|lacks?\s+the\s+(?:funds|means|financial\s+resources))\b/i;

/** Every caption party of the side is an organization, a government or an officer by title (and the side has one). */
function organizationSide(side: Movant, parties: PartyRef[]): boolean {
  const mine = sideParties(side, parties);
  return mine.length > 0 && mine.every((p) => ORGANIZATION.test(p.name));
}

// "Upon motion of ☒ the defendant" · "Upon motion of [X] the Director of the Bureau of Prisons"
const FORM_MOVANT = /\bmotion\s+of\s*:?\s*(?:\[[ \t]*[xX✓✔][ \t]*\]|\([ \t]*[xX✓✔][ \t]*\)|[☒☑✔✓■])[ \t]*(?:the\s+)?(defendant|Director\s+of\s+the\s+Bureau\s+of\s+Prisons|court|government|United\s+States|petitioner|plaintiff)\b/i;

// "to Withdraw as Counsel of Record for Defendant" · "to withdraw as attorney for David Richardson ("Defendant")"
const WITHDRAW_AS_COUNSEL = /\bwithdraw\s+as\s+(?:(?:the\s+)?(?:attorney|counsel)(?:\s+of\s+record)?)\s+for\s+(?:the\s+)?(?:(Defendants?|Plaintiffs?|Petitioners?|Respondents?|Debtors?|Appellants?|Appellees?|Movants?)\b|[^()]{1,60}?\(\s*["“]?(Defendants?|Plaintiffs?|Petitioners?|Respondents?|Debtors?|Appellants?|Appellees?)["”]?\s*\))/i;

// A motions form's field: "Party filing motion: Appellant" · "Moving party: Relator" · "Movant: Defendant"
const FORM_FIELD_MOVANT = /^[ \t]*(?:Party\s+filing\s+(?:the\s+)?motion|Moving\s+party|Movant|Filed\s+by)[ \t]*:[ \t]*(?:the[ \t]+)?(Appellants?|Appellees?|Relators?|Petitioners?|Respondents?|Plaintiffs?|Defendants?|Government|Debtors?|Trustee|State)\b/im;

// A side the order says is unrepresented: "Plaintiff Jane Roe, proceeding pro se, filed this action" · "Petitioner, a state
// prisoner proceeding pro se, has filed" · "Plaintiff is proceeding in this action pro se" · "Because Defendant proceeds pro se" ·
// "the pro se Plaintiff" · "Petitioner brings this Motion pro se" · an
// appearance line of its own: "Petitioner pro se" · "JOHN DOE, Plaintiff, pro se" · 'C. Dwayne Doe ("Plaintiff") is a state
// prisoner proceeding pro se' · "Plaintiff Robert Doe filed this action ... without the assistance of counsel" (not what a
// side may do: "Defendant may request compassionate release without the assistance of counsel") · "Plaintiff filed a pro se
// complaint in 2021" · "Petitioner Ann Roe, held at a federal camp, petitions pro se" · "Plaintiff, a pro se prisoner, moves"
const SIDE_PRO_SE = /\b(Plaintiffs?|Defendants?|Petitioners?|Appellants?|Movants?)\b["”']?\)?(?:,?\s+(?:[^.;]|(?<=\b[A-Z][a-z]{0,2})\.){0,80}?)?,?\s+(?:who\s+is\s+|is\s+|who\s+)?(?:proceeding|proceeds|appearing|appears|acting|litigating)(?:\s+in\s+this\s+(?:action|case|matter))?\s+pro\s+se\b|\bpro\s+se\s+(Plaintiffs?|Defendants?|Petitioners?|Appellants?)\b|\b(Plaintiffs?|Defendants?|Petitioners?|Appellants?|Movants?)\b(?:(?!\b(?:may|can|could|might|must|should|would)\b)[^.;]|(?<=\b[A-Z][a-z]{0,2})\.){0,80}?\b(?:(?:filed|files|brings|brought|submitted|submits)\s+(?:a|an|this|the|his|her|their)\s+pro\s+se\s+(?:[Mm]otion|[Pp]etition|action|[Cc]omplaint|[Aa]pplication)|(?:petitions|petitioned|moves|moved|sues|sued)\s+pro\s+se|(?:is\s+)?an?\s+pro\s+se\s+(?:prisoner|inmate|litigant|detainee|party))\b|\b(Plaintiffs?|Defendants?|Petitioners?|Appellants?|Movants?)\b[^.;]{0,40}?\b(?:brings?|brought|files?|filed|submits?|submitted)\s+(?:this|the|his|her|its|their)\s+(?:[\w§.-]+\s+){0,4}?(?:[Mm]otion|[Pp]etition|action|[Cc]omplaint|[Aa]pplication|[Rr]equest)\s+pro\s+se\b|^[ \t]*(?:[A-Z][^\n,]{0,40},[ \t]*)?(Plaintiffs?|Defendants?|Petitioners?|Appellants?|Movants?),?[ \t]+(?:appearing[ \t]+)?pro[ \t]+se\b\.?[ \t]*$|\b(Plaintiffs?|Defendants?|Petitioners?|Appellants?|Movants?)\b["”']?\)?(?:(?!\b(?:may|can|could|might|need|must|should|would)\b)[^.;]){0,120}?\b(?:without\s+the\s+(?:assistance|aid)\s+of\s+(?:counsel|an\s+attorney)|(?:is|are)\s+(?:self-represented|unrepresented|not\s+represented\s+by\s+counsel))/im;

// A capitalized name's possessive right before the motion's words: "Hargrove's motion to dismiss" (a filer the reader could
// not place)
const POSSESSED = /\b[A-Z][\w.&-]+['’]s?\s+(?:(?:renewed|amended|second|partial|pending)\s+)?(?:[Mm]otion|MOTION|[Rr]equest|[Aa]pplication)?\s*(?:for|to)?\s*$/;
// "Motion for Default Judgment" · "for entry of default judgment" (not one to set aside or vacate a default) · "Motion for Class
// Certification" · "motion to certify a class" · "motion for a preliminary injunction" / "temporary restraining order"
const PLAINTIFF_RELIEF = /^[^.;]{0,40}?\b(?:(?:for|of)\s+(?:(?:entry|an?\s+entry)\s+of\s+)?(?:a\s+)?(?:final\s+)?default\s+judgments?|(?:for|of)\s+class\s+certification|to\s+certify\s+(?:a|the|this\s+case\s+as\s+a)\s+class|(?:for|of)\s+(?:an?\s+)?(?:preliminary\s+injunction|temporary\s+restraining\s+order))\b/i;

export function finishMotions(motions: Building[], inp: MotionsInput, parties: PartyRef[]): Motion[] {
  const text = inp.ctx.text;
  // (facts' spans index the original text)
  const original = inp.ctx.original ?? text;
  // The side that seeks habeas relief: a caption petitioner, or a relator ("United States ex rel. Doe v. Warden").
  // (a habeas case with no caption says whose petition it is: "denying his 28 U.S.C. § 2254 petition" · "a habeas prisoner")
  const habeasSide = /habeas\s+corpus|\b2254\b|\b2241\b/i.test(text) && (parties.some((p) => /^petitioner/i.test(p.role)) || /\b(?:relator|petitioner)\b/i.test(text.slice(0, 5000)) || /\b(?:his|her)\s+(?:28\s+U\.\s?S\.\s?C\.\s+)?(?:§+\s*)?(?:2254|2241)\s+petition\b|\bhis\s+(?:federal\s+)?habeas\s+petition\b/i.test(text.slice(0, 5000))) ? ('petitioner' as const) : null;
  // A pro se motion that counsel later takes up (a supplement or memorandum in support) is argued by counsel when
  // decided: not pro se (the convention of the labelled post-conviction orders, and of the Sentencing Commission's coding).
  const supplement = inp.caseTypeCriminal ? COUNSEL_SUPPLEMENT.exec(text) : null;
  // (a criminal case, or a criminal docket number beside the civil one of a § 2255 proceeding: "C23-0305 TSZ CR13-187 TSZ")
  const criminalDocket = inp.caseTypeCriminal || /\b(?:Crim(?:inal)?\.?\s+(?:No|Case|Action)\b|\d{1,2}:\d{2}-cr-\d|CR\s?\d{2}-\d)/i.test(text.slice(0, 3000));
  const bankruptcy = parties.some((p) => /^debtor/i.test(p.role)) || /\bBANKRUPTCY\s+COURT\b/i.test(text.slice(0, 3000));
  // (sides that a counterclaim or third-party claim turns, an appeal, a bankruptcy: no side follows from the relief)
  const turned = bankruptcy || parties.some((p) => /appell|debtor|creditor|trustee|intervenor|counter|third/i.test(p.role)) || /\b(?:counter|third[-\s]party)[-\s]?(?:claims?|complaint|plaintiffs?|defendants?)\b|\bappell(?:ant|ee)s?\b|\bCOURT\s+OF\s+APPEALS\b|\bon\s+appeal\b/i.test(text.slice(0, 6000));
  const prisoner = prisonerSide(parties);
  // A form names the movant with a checked box: "Upon motion of ☒ the defendant ☐ the Director of the Bureau of Prisons".
  const boxed = FORM_MOVANT.exec(text.slice(0, 6000)) ?? FORM_FIELD_MOVANT.exec(text.slice(0, 6000));
  const sidePro = SIDE_PRO_SE.exec(text.slice(0, 8000));
  const sideProSe = sidePro ? movantOf(sidePro.slice(1).find((g) => g !== undefined) ?? '') : null;
  const counseled = counseledSides(text.slice(0, 8000), sideProSe);
  const civilCaption = (inp.caseType === 'civil' || inp.caseType === 'bankruptcy') && !/\b(?:2255|2254|2241|3582|habeas)\b/i.test(text);
  // (a prosecution for certain, not only a "Defendant" near the top: the sovereign's caption, a criminal number, the
  // indictment, the prosecutor's office)
  const prosecution = inp.caseType === 'criminal' || (inp.caseTypeCriminal && (parties.some((p) => /^plaintiff/i.test(p.role) && /^(?:the\s+)?(?:United\s+States|State\s+of|People|Commonwealth)\b/i.test(p.name)) || /\b(?:Crim(?:inal)?\.?\s+(?:No|Case|Action|A)\b|\d{1,2}:\d{2}-cr-\d|CR\s?\d{2}-\d|\d{2}-CR-\d)/i.test(text.slice(0, 3000)) || /\b(?:indict(?:ment|ed)|(?:Assistant\s+)?United\s+States\s+Attorney|U\.\s?S\.\s+Att(?:orne)?y\.?|AUSA|pleaded\s+guilty|plea\s+of\s+guilty|was\s+sentenced)\b/i.test(text.slice(0, 8000))));
  const appeared = appearanceSides(text.slice(0, 8000), parties, prosecution);
  // A pro se motion in a criminal case is the defendant's (on appeal the appellant's, in habeas the petitioner's).
  // A bare "motion to vacate" is the § 2255 motion only where the order speaks of a conviction or sentence, or carries a
  // criminal docket number (the case type may have been read from that very motion).
  // (the court reads a Rule 60(b) motion as a § 2255 motion: "basis ... is not Rule 60(b)(4) ... but 28 U.S.C. § 2255" ·
  // "construes the motion as a successive § 2255 motion" · "a second or successive § 2255 motion")
  const AS_2255 = /\b(?:successive|construe[sd]?|recharacterize[sd]?|treat(?:s|ed)?|basis)\b(?:[^.;]|\.(?!\s+[A-Z][a-z])){0,160}\b2255\b|\b2255\b[^.;]{0,40}\b(?:in\s+disguise|successive|in\s+substance)\b/i;
  const RELIEF_FROM_JUDGMENT = /60\s*\(\s*b|\brelief\s+(?:from|of)\b|\bto\s+vacate\b/i;
  const collateral = /\b2255\b|\b(?:sentences?|sentenced|convictions?|convicted|habeas|indictment|guilty\s+plea)\b/i.test(text) || /\b(?:Crim(?:inal)?\.?\s+(?:No|Case|Action)\b|\d{1,2}:\d{2}-cr-\d|CR\s?\d{2}-\d)/i.test(text.slice(0, 3000));
  for (const b of motions) {
    const mo = b.motion;
    if (mo.kind.value === 'section_2255' && !collateral && /(?:^|\s)to\s+vacate$/i.test(original.slice(mo.kind.span[0], mo.kind.span[1]))) {
      mo.kind = { ...mo.kind, value: 'other', rule: 'motion-kind/civil-vacate', confidence: 0.5 };
      b.relief ??= 'vacat';
    }
    // A prisoner's Rule 60(b) motion the court reads as a § 2255 motion: "The proper jurisdictional basis for the relief Movant
    // seeks is not Rule 60(b)(4) ..., but 28 U.S.C. § 2255" · "a second or successive § 2255 motion in disguise".
    if (mo.kind.value === 'reconsideration' && RELIEF_FROM_JUDGMENT.test(original.slice(Math.max(0, mo.kind.span[0] - 24), mo.kind.span[1])) && (AS_2255.test(text) || (mo.disposition?.rule === 'disposition/transferred' && /(?:§|Section|section)\s*2255\b/.test(text)))) {
      mo.kind = { ...mo.kind, value: 'section_2255', rule: 'motion-kind/60b-as-2255', confidence: 0.6 };
    }
    if (!mo.movant && boxed && motions.length === 1) {
      const who = /director/i.test(boxed[1]) ? 'bop_director' : /court/i.test(boxed[1]) ? null : movantOf(boxed[1]);
      const at = boxed.index + boxed[0].length - boxed[1].length;
      if (who && who !== 'unknown') mo.movant = fact(inp.ctx, who, at, at + boxed[1].length, boxed[0].includes(':') && !/[☒☑✔✓■\[(]/.test(boxed[0]) ? 'movant/form-field' : 'movant/form-checkbox', 0.8);
    }
    if (!mo.movant && mo.proSe?.value && inp.caseTypeCriminal) mo.movant = { ...mo.proSe, value: prisoner, rule: 'movant/pro-se-criminal', confidence: 0.6 };
    // Relief only a prisoner seeks (compassionate release, a guideline reduction, First Step Act relief, home confinement)
    // in a prosecution, with no filer named, is the defendant's ("defense counsel filed a separate counseled motion for
    // compassionate release"); the Bureau of Prisons' Director is always named when it moves.
    if (!mo.movant && inp.caseTypeCriminal && prisoner === 'defendant' && RELIEF.has(mo.kind.value) && mo.proSe) {
      mo.movant = { ...mo.proSe, value: 'defendant', rule: 'movant/prisoner-relief', confidence: 0.6 };
    }
    // Relief that only one side of a trial-court case asks for, when no filer is named: a default judgment (Fed. R. Civ. P.
    // 55), class certification, a preliminary injunction or restraining order are the plaintiff's; a motion to dismiss the
    // claims or charges is the defending side's (the respondent's in habeas). Not where a counterclaim or third-party claim
    // turns the sides, on appeal, or in bankruptcy.
    // (nor for a filing a name the caption does not place made, "Hargrove's motion to dismiss", nor against the text's word
    // that this side opposes such a motion: "The defendants oppose the motion to dismiss")
    // (an adversary proceeding in bankruptcy has a plaintiff and a defendant: a motion to dismiss there is the defendant's)
    const adversary = bankruptcy && parties.some((p) => /^plaintiff/i.test(p.role)) && parties.some((p) => /^defendant/i.test(p.role));
    if (!mo.movant && (!turned || (adversary && mo.kind.value === 'dismiss' && !parties.some((p) => /counter|third|intervenor/i.test(p.role)))) && !b.filer) {
      const words = original.slice(mo.kind.span[0], mo.kind.span[1] + 60);
      const side = mo.kind.value === 'dismiss' ? (/\bvoluntar|\bRule\s+41\b|\b48\s*\(\s*a\s*\)/i.test(words) ? null : habeasSide ? 'respondent' : 'defendant')
        : mo.kind.value === 'other' && PLAINTIFF_RELIEF.test(words) ? 'plaintiff' : null;
      const object = mo.kind.value === 'dismiss' ? 'dismiss' : '(?:default|class|injunction|restraining)';
      const opposed = side && new RegExp(`\\b${side}s?\\b[^.;]{0,40}\\b(?:oppose[sd]?|opposing|opposition\\s+to|object(?:s|ed)?\\s+to|respond(?:s|ed)?\\s+to)\\b[^.;]{0,60}\\b${object}`, 'i').test(text.slice(0, 12000));
      if (side && !opposed && !POSSESSED.test(original.slice(Math.max(0, mo.kind.span[0] - 30), mo.kind.span[0]))) mo.movant = { ...mo.kind, value: side, rule: 'movant/relief-side', confidence: 0.55 };
    }
    // A petition for a writ of mandamus or prohibition is the petitioner's, where no caption gives the sides other names
    // ("ORDER DENYING PETITION FOR WRIT OF MANDAMUS ... Petitioner has filed an original petition for a writ of mandamus").
    if (!mo.movant && !b.filer && mo.kind.value === 'other' && /^petition\b[^.;]{0,12}\bwrit\s+of\s+(?:mandamus|prohibition)\b/i.test(original.slice(mo.kind.span[0], mo.kind.span[1] + 40)) && !parties.some((p) => /^(?:plaintiff|defendant|appell)/i.test(p.role))) {
      mo.movant = { ...mo.kind, value: 'petitioner', rule: 'movant/writ-petition', confidence: 0.6 };
    }
    // A motion for leave to file a late claim against the State (a claims court) is the claimant's: "Motion for permission to file a late claim granted."
    if (!mo.movant && !b.filer && mo.kind.value === 'other' && /\blate[-\s]claim\b/i.test(original.slice(Math.max(0, mo.kind.span[0] - 20), mo.kind.span[1] + 80)) && parties.some((p) => /^plaintiff/i.test(p.role)) && /\bClaimant/.test(text.slice(0, 6000))) {
      mo.movant = { ...mo.kind, value: 'plaintiff', rule: 'movant/late-claim', confidence: 0.6 };
    }
    // "Movant" names the § 2255 prisoner only where the caption calls him so; in bankruptcy the party asking relief of the
    // stay is a creditor ("Movant, Gulfside Auto Finance, LLC, seeks relief from the automatic stay"); one asking leave to
    // file a late claim against the State is the claimant, the plaintiff's side; elsewhere it names no side.
    // (a prosecution for certain: a claims court's "Defendant's attorney:" line is no criminal hint)
    if (mo.movant && /^movants?$/i.test(original.slice(mo.movant.span[0], mo.movant.span[1])) && !parties.some((p) => /^movant/i.test(p.role)) && !(criminalDocket && (prosecution || !civilCaption))) {
      const lateClaim = /\blate\s+claim\b/i.test(original.slice(mo.kind.span[0], mo.kind.span[1] + 80));
      mo.movant = bankruptcy ? { ...mo.movant, value: 'creditor', rule: 'movant/bankruptcy-movant' } : lateClaim ? { ...mo.movant, value: 'plaintiff', rule: 'movant/late-claim' } : null;
    }
    // A relator in habeas ("United States ex rel. Doe v. Warden") is the petitioner.
    if (mo.movant?.value === 'plaintiff' && habeasSide && /^relators?$/i.test(original.slice(mo.movant.span[0], mo.movant.span[1]))) {
      mo.movant = { ...mo.movant, value: habeasSide, rule: 'movant/habeas-relator' };
    }
    // The United States as a caption respondent (a § 2255 case) is the government: "Respondent moves to dismiss as untimely".
    if (mo.movant?.value === 'respondent' && /^respondents?$/i.test(original.slice(mo.movant.span[0], mo.movant.span[1])) && parties.some((p) => /^respondent/i.test(p.role) && /^(?:the\s+)?United\s+States\b/i.test(p.name))) {
      mo.movant = { ...mo.movant, value: 'government', rule: 'movant/united-states-respondent' };
    }
    // "The Government" in a habeas case whose respondents are officials (an immigration § 2241 petition) moves as the
    // respondent.
    if (mo.movant?.value === 'government' && /^gov/i.test(original.slice(mo.movant.span[0], mo.movant.span[1])) && parties.some((p) => /^respondent/i.test(p.role)) && !parties.some((p) => /^(?:plaintiff|defendant|movant)/i.test(p.role) || /^(?:the\s+)?United\s+States\b/i.test(p.name))) {
      mo.movant = { ...mo.movant, value: 'respondent', rule: 'movant/government-respondent' };
    }
    // The government files a compassionate-release motion for the Bureau of Prisons' Director: "filed by the United States on
    // behalf of the Director of the Bureau of Prisons".
    if (mo.movant?.value === 'government' && mo.kind.value === 'compassionate_release' && /\bon\s+behalf\s+of\s+the\s+Director\b/i.test(original.slice(Math.max(0, mo.movant.span[0] - 200), mo.movant.span[1] + 200))) {
      mo.movant = { ...mo.movant, value: 'bop_director', rule: 'movant/bop-director-through-government' };
    }
    // A warden who is the respondent of a habeas case moves as the respondent, not as the Bureau of Prisons' director.
    if (mo.movant?.value === 'bop_director' && /^warden/i.test(original.slice(mo.movant.span[0], mo.movant.span[1])) && parties.some((p) => /^respondent/i.test(p.role))) {
      mo.movant = { ...mo.movant, value: 'respondent', rule: 'movant/warden-respondent' };
    }
    // (not when counsel filed a motion of its own beside a pro se one: then each keeps its filer)
    if (supplement && RELIEF.has(mo.kind.value) && mo.proSe?.value !== false && !motions.some((x) => RELIEF.has(x.motion.kind.value) && x.motion.proSe?.value === false)) {
      mo.proSe = fact(inp.ctx, false, supplement.index, supplement.index + supplement[0].length, 'pro-se/counsel-supplement', 0.6);
    }
    // A prisoner who asks the court for a lawyer has none: "Defendant's application for appointment of counsel".
    // (in a civil case a prisoner brings, the plaintiff: "The motion for appointment of counsel (ECF No. 30) is DENIED")
    // (unless the order says a lawyer filed it: "That motion was filed by the attorney who represented defendant at sentencing")
    // (and a plaintiff the order calls a prisoner, whatever the caption reader made of the parties: "Plaintiff, a state prisoner, requests ...")
    const prisonerPlaintiff = mo.kind.value === 'appoint_counsel' && mo.movant?.value === 'plaintiff' && PRISONER_PLAINTIFF.test(text.slice(0, 6000));
    // (so too any other person asking for a lawyer of its own, one the caption names or the order calls indigent: "the
    // plaintiff states that he cannot afford counsel"; never the government or a company)
    const seeker = (!mo.movant || mo.movant.value === 'defendant' || mo.movant.value === 'petitioner' || mo.movant.value === prisoner || (!inp.caseTypeCriminal && mo.movant.value !== 'government' && (personSide(mo.movant.value, parties) || INDIGENT.test(text)))) && !(civilCaption && organizationSide(mo.movant?.value ?? prisoner, parties));
    if (!mo.proSe && mo.kind.value === 'appoint_counsel' && (prisonerPlaintiff || ((inp.caseTypeCriminal || prisoner === 'plaintiff' || mo.movant) && seeker))) {
      const byCounsel = FILED_BY_COUNSEL.exec(original.slice(mo.kind.span[0], mo.kind.span[1] + 400));
      if (byCounsel) {
        const at = mo.kind.span[0] + byCounsel.index;
        mo.proSe = { value: false, span: [at, at + byCounsel[0].length], rule: 'pro-se/filed-by-counsel', confidence: 0.6 };
      } else mo.proSe = { ...mo.kind, value: true, rule: 'pro-se/seeks-counsel', confidence: 0.6 };
      if (!mo.movant) mo.movant = { ...mo.kind, value: prisoner, rule: 'movant/pro-se-criminal', confidence: 0.6 };
    }
    // Counsel's motion to withdraw is filed for the side counsel represents, by counsel: "Motion to Withdraw as Counsel of
    // Record for Defendant Shane Edward Johnson" · "Motion to Withdraw as Counsel for David Richardson ("Defendant")".
    if (mo.kind.value === 'other') {
      const w = WITHDRAW_AS_COUNSEL.exec(b.reliefText ?? original.slice(mo.kind.span[0], mo.kind.span[0] + 140));
      if (w) {
        const side = movantOf(w[1] ?? w[2]);
        if (!mo.movant && side !== 'unknown') mo.movant = { ...mo.kind, value: side, rule: 'movant/withdrawing-counsel', confidence: 0.6 };
        if (!mo.proSe && mo.movant?.value === side) mo.proSe = { ...mo.kind, value: false, rule: 'pro-se/withdrawing-counsel', confidence: 0.6 };
      }
    }
    // What only a prisoner asks for in a habeas case is the petitioner's: the writ itself, a certificate of appealability
    // or of probable cause, leave to appeal in forma pauperis ("the application for a writ of habeas corpus is denied").
    // (and so is "the petition" itself, a habeas case's one petition: "the petition will be denied as untimely")
    if (!mo.movant && habeasSide && (HABEAS_RELIEF.test(original.slice(mo.kind.span[0], mo.kind.span[0] + 90)) || /\b(?:in\s+forma\s+pauperis|IFP)\s+$/i.test(original.slice(Math.max(0, mo.kind.span[0] - 30), mo.kind.span[0])) || (mo.kind.value === 'other' && /^petition\b/i.test(original.slice(mo.kind.span[0], mo.kind.span[0] + 9))))) {
      mo.movant = { ...mo.kind, value: habeasSide, rule: 'movant/habeas-applicant', confidence: 0.6 };
    }
    // ... and in a civil case the one who asks to sue without paying is the plaintiff: "the application to proceed in forma
    // pauperis (dkt. no. 1) is denied as moot" (not on appeal, where it is the appellant's).
    if (!mo.movant && !habeasSide && !inp.caseTypeCriminal && mo.kind.value === 'other' && (/^[^.;]{0,40}?\bin\s+forma\s+pauperis\b/i.test(original.slice(mo.kind.span[0], mo.kind.span[0] + 80)) || /\b(?:application|motion|request)\s+to\s+proceed\s+in\s+forma\s+pauperis\b[^.;]{0,8}$/i.test(original.slice(Math.max(0, mo.kind.span[0] - 70), mo.kind.span[0]))) && !/\bappeal\b/i.test(original.slice(Math.max(0, mo.kind.span[0] - 70), mo.kind.span[0] + 80)) && (parties.some((p) => /^plaintiff/i.test(p.role)) || /\bPlaintiffs?\b/.test(text.slice(0, 5000)))) {
      mo.movant = { ...mo.kind, value: 'plaintiff', rule: 'movant/ifp-plaintiff', confidence: 0.6 };
    }
    // Only a prisoner moves under § 2255 or petitions under § 2241: with no filer named, the defendant in a criminal
    // case, else the caption's movant or petitioner ("The motion to vacate under 28 U.S.C. § 2255 (ECF No. 1) is DENIED").
    if (!mo.movant && (mo.kind.value === 'section_2255' || mo.kind.value === 'section_2241')) {
      const filer = parties.find((p) => /^(?:movant|petitioner)/i.test(p.role) && !/\bunited\s+states\b/i.test(p.name));
      const value = inp.caseTypeCriminal ? 'defendant' : filer ? movantOf(filer.role) : mo.kind.value === 'section_2241' ? habeasSide : null;
      if (value && value !== 'unknown') mo.movant = { ...mo.kind, value, rule: 'movant/collateral-attack', confidence: 0.6 };
    }
    // A motion to suppress, or one for relief only the accused seeks, in a criminal case is the defendant's.
    if (!mo.movant && inp.caseTypeCriminal && (mo.kind.value === 'suppress' || (mo.kind.value === 'other' && DEFENDANT_RELIEF.test(b.reliefText ?? original.slice(mo.kind.span[1], mo.kind.span[1] + 60))))) {
      mo.movant = { ...mo.kind, value: 'defendant', rule: 'movant/defendant-only-relief', confidence: 0.6 };
    }
    // A § 2255 motion is the convicted defendant's, whatever the order calls him ("Petitioner, through appointed counsel,
    // has filed a motion under 28 U.S.C. § 2255" in his criminal case), as "Movant" is.
    if (mo.movant?.value === 'petitioner' && mo.kind.value === 'section_2255' && criminalDocket) mo.movant = { ...mo.movant, value: 'defendant', rule: 'movant/collateral-attack' };
    // A claimant outside bankruptcy is the one who sued for benefits or on a claim (a Social Security appeal's
    // "Claimant's Motion for Summary Judgment"), or the claimant a state claims court's caption names: the suing side.
    if (mo.movant?.value === 'creditor' && !bankruptcy && /^claimant/i.test(original.slice(mo.movant.span[0], mo.movant.span[1])) && parties.some((p) => /^(?:plaintiff|claimant)/i.test(p.role))) {
      mo.movant = { ...mo.movant, value: 'plaintiff', rule: 'movant/claimant-plaintiff' };
    }
    // A motion for relief from the automatic stay in a bankruptcy case is a creditor's.
    if (!mo.movant && mo.kind.value === 'other' && bankruptcy && STAY_RELIEF.test(b.reliefText ?? original.slice(mo.kind.span[1], mo.kind.span[1] + 60))) {
      mo.movant = { ...mo.kind, value: 'creditor', rule: 'movant/stay-relief-creditor', confidence: 0.6 };
    }
    // "the petition is DENIED" in a case with one petitioner: the petition is his.
    if (!mo.movant && /^petition/i.test(b.word ?? '') && parties.some((p) => /^petitioner/i.test(p.role))) {
      mo.movant = { ...mo.kind, value: 'petitioner', rule: 'movant/petition-petitioner', confidence: 0.6 };
    }
    // (last, once every rule above has placed the filer: "ORDER GRANTING APPLICATION TO PROCEED IN FORMA PAUPERIS ...
    // Plaintiff is a civil detainee proceeding pro se")
    // A motion of the side the order says proceeds pro se, with no word of its own on counsel, is pro se.
    if (!mo.proSe && sidePro && mo.movant && sideProSe && sameParty(mo.movant.value, sideProSe)) {
      mo.proSe = fact(inp.ctx, true, sidePro.index, sidePro.index + sidePro[0].length, 'pro-se/party-status', 0.6);
    }
    // ... and a motion of a side whose counsel the order names (an appearance line, "Counsel X appeared for Plaintiff") is
    // counseled.
    if (!mo.proSe && mo.movant) {
      const c = counseled.get(mo.movant.value);
      if (c) mo.proSe = fact(inp.ctx, false, c[0], c[1], 'pro-se/side-counsel', 0.6);
    }
    // The government, and a party that is an organization or an officer sued as such, never appears pro se: the law lets a
    // corporation or agency appear only through a lawyer, and the sovereign's own lawyers stand for it and its officers.
    // (a company only in a civil case, where the motion's side is the caption's: in a prosecution or on a conviction
    // "defendant" is the accused whatever the caption of a higher court calls the parties)
    if (!mo.proSe && mo.movant && (mo.movant.value === 'government' || (mo.movant.value === 'respondent' && habeasSide) || (civilCaption && organizationSide(mo.movant.value, parties)))) {
      mo.proSe = { ...mo.movant, value: false, rule: mo.movant.value === 'government' ? 'pro-se/government' : 'pro-se/organization', confidence: 0.7 };
    }
    // ... or whose appearance line names the party itself ("..., Dayton, OH, for Acme Tool Co." · "John Doe, pro se.")
    if (!mo.proSe && mo.movant) {
      const a = appeared.get(mo.movant.value);
      if (a) mo.proSe = fact(inp.ctx, a.proSe, a.span[0], a.span[1], a.proSe ? 'pro-se/appearance-line' : 'pro-se/appearance-counsel', 0.6);
    }
  }
  // A filer's other motions share the status the order gives one of them ("Petitioner's pro se motion to vacate ...
  // his later motion to expand the record"), when its motions that say agree.
  for (const b of motions) {
    const mo = b.motion;
    if (mo.proSe || !mo.movant) continue;
    const known = motions.map((x) => x.motion).filter((x) => x.proSe && x.movant && sameParty(x.movant.value, mo.movant!.value));
    if (known.length && known.every((x) => x.proSe!.value === known[0].proSe!.value)) mo.proSe = { ...known[0].proSe!, rule: 'pro-se/same-filer', confidence: 0.5 };
  }
  // Last, a side's lawyer the order speaks of ("Okafor's counsel conceded the point at argument" · "a call with
  // plaintiff's counsel" · "defense counsel"), where no one is said to be pro se and the order is not one on a conviction
  // (where "counsel" is most often the trial lawyer a prisoner faults).
  const collateralOrder = /\b(?:2255|2254|2241|3582|habeas|compassionate|ineffective\s+assistance|(?:his|her|the)\s+conviction|(?:at|during)\s+(?:his\s+|her\s+|the\s+)?(?:sentencing|trial|plea\s+hearing))\b/i.test(text);
  if (!collateralOrder && !/\bpro\s+se\b|\bpro(?:\.\s*|\s+)per\b|propria\s+persona|self-represented|unrepresented/i.test(text)) {
    let named: Array<[Movant, [number, number]]> | null = null;
    for (const b of motions) {
      const mo = b.motion;
      if (mo.proSe || !mo.movant) continue;
      named ??= mentionedCounsel(text, parties, inp.caseTypeCriminal);
      const c = named.find(([role]) => sameParty(role, mo.movant!.value))?.[1];
      if (c) mo.proSe = fact(inp.ctx, false, c[0], c[1], 'pro-se/counsel-mentioned', 0.5);
    }
  }
  // One filing asked for two kinds of relief in the alternative ("moved to dismiss or, in the alternative, for summary
  // judgment") and the court decided it under the second name: the undecided first reading is that same filing.
  motions = motions.filter((b1) => {
    if (b1.motion.disposition) return true;
    const alt = b1.mentions.find((m) => m.alt)?.alt;
    const b2 = alt ? motions.find((x) => x !== b1 && x.motion.kind.value === alt && x.motion.disposition && (!x.motion.movant || !b1.motion.movant || x.motion.movant.value === b1.motion.movant.value) && (!x.motion.docEntry || !b1.motion.docEntry || x.motion.docEntry.value === b1.motion.docEntry.value)) : undefined;
    if (!b2) return true;
    b2.motion.docEntry ??= b1.motion.docEntry;
    b2.motion.movant ??= b1.motion.movant;
    b2.motion.proSe ??= b1.motion.proSe;
    return false;
  });
  // An objection to a magistrate judge's report or order is a filing the order decides only when it sustains or overrules
  // it; one merely recited ("Defendant filed objections to the R&R"; "any objections must be filed within 14 days") is none.
  motions = motions.filter((b) => b.motion.disposition || b.motion.kind.rule !== 'motion-kind/objection-to-magistrate');
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
