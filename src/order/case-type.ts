/**
 * The case type when the caption does not tell it (pages that keep only a docket number and the opinion's text): an
 * appellate docket shape or bench line, an opening that states the appeal, a prosecution's vocabulary, bankruptcy
 * words in the head. Also: which docket number in the head belongs to the court appealed from.
 */
import type { Fact } from '../engine/types.js';
import { fact, type ReadContext } from './text-util.js';

type CaseType = 'civil' | 'criminal' | 'bankruptcy' | 'appeal';

// A state appellate court's own number: "15-P-1751" (Massachusetts Appeals Court) · "SJC-12811" · "1 CA-CR 20-0446"
// (Arizona) · "17CA1234" (Colorado) · "A15A0871" (Georgia) · "987 WDA 2016" (Pennsylvania)
const APPELLATE_DOCKET = /^(?:\d{1,4}[ \t]+(?:[EMW]D[AM]|[EMW]A[LP])[ \t]+\d{4}|\d{2}[-–]P[-–]\d{1,5}|SJC[-–]\d{4,6}|[12][ \t]CA[-–][A-Z]{2}[ \t]\d{2,4}[-–]\d{3,4}|\d{2,4}CA\d{3,4}|[AS]\d{2}[A-Z]\d{4})\b/;

// The bench of an appellate panel in the head: "Present: ROE, POE, & DOE, JJ." · "(Court composed of Judge Ann Roe, Judge
// Karl Poe, Judge Leo Tran)" · "Before: ROE, POE and DOE, Circuit Judges." · "Panel: Ann Roe, Karl Poe, and Leo Tran" ·
// "Before ROE, Chief Justice; POE and DOE, Justices." · "Present - Hon. Ann Roe, Justice Presiding, Karl Poe, Justices." ·
// a state supreme court's "Court Below—Superior Court of the State of Delaware" (run into the line before the bench)
const BENCH_LINE = /\bCourt[ \t]+Below[ \t]*[—–:-]|^[ \t*_]*(?:(?:Before|BEFORE|Present|PRESENT)[ \t]*[:-]?[^\n]*\bJustices\b|Present:[^\n]*\bJJ\.|\(?Court[ \t]+composed[ \t]+of[ \t]+(?:Judges?|Justices?)\b|(?:Before|BEFORE):?[^\n]*\b(?:Circuit|Appellate)[ \t]+Judges\b|[^\n]{3,200},[ \t]*JJ\.[ \t]*$)/m;

// The opening sentence states the appeal: "The State appeals the trial court's June 25, 2018 ruling" · "This appeal presents
// the question" · "The defendant appeals from his convictions" · "Appellant challenges the judgment of the district court" ·
// "Having read the appellant's opening brief and the record on appeal, we affirm"
const OPENING_APPEAL = /\bappellant['’]s[ \t]+opening[ \t]+brief\b|\bthe[ \t]+record[ \t]+on[ \t]+appeal\b|^[ \t*_]*(?:[A-Z][^\n.]{0,120}?\b(?:appeals?|appealed)[ \t]+(?:from[ \t]+)?(?:the|his|her|its|their|a|an)[ \t]+(?:[\w'’ -]{0,30}[ \t])?(?:court'?s?|judgment|conviction|convictions|order|ruling|sentence|decision|denial|dismissal|grant)\b|(?:This|The[ \t]+present)[ \t]+appeal[ \t]+(?:presents|arises|concerns|raises|challenges|involves|is[ \t]+from)\b)/m;

// A prosecution's words: "§ 3582(c)(1)(A)" · "compassionate release" · "indictment" · "pleaded guilty" · "supervised
// release" · "Bureau of Prisons" · "First Step Act" · "term of imprisonment" · "U.S.S.G." · "sentenced" · "Federal Rule
// of Criminal Procedure 29" · "judgment of acquittal" · "co-conspirators" · "conspiracy to distribute" · "charged with" ·
// "motion to suppress" · "search warrant" · "Miranda"
const CRIMINAL_WORDS = /§{1,2}[ \t]*3582\b|\bcompassionate[ \t]+release\b|\bindict(?:ment|ed)\b|\bpleaded[ \t]+guilty\b|\bplea[ \t]+agreement\b|\bsupervised[ \t]+release\b|\bBureau[ \t]+of[ \t]+Prisons\b|\bFirst[ \t]+Step[ \t]+Act\b|\bterm[ \t]+of[ \t]+imprisonment\b|\bU\.S\.S\.G\.|\bsentenced\b|\bSentencing[ \t]+Guidelines\b|\bRules?[ \t]+of[ \t]+Criminal[ \t]+Procedures?\b|\bFed\.[ \t]?R\.[ \t]?Crim\.[ \t]?P\.|\bacquittal\b|\bco-?conspirators?\b|\bconspiracy[ \t]+to\b|\bcharged[ \t]+with\b|\b[Mm]otions?[ \t]+to[ \t]+[Ss]uppress\b|\bsearch[ \t]+warrant\b|\bMiranda\b/gi;
// A civil case or a prisoner's own civil action: "Plaintiff" · "§ 2254" · "habeas corpus" · "civil rights"
const CIVIL_WORDS = /\bPlaintiffs?\b|§{1,2}[ \t]*(?:2254|1983|2241)\b|\bhabeas[ \t]+corpus\b|\bcivil[ \t]+rights\b/;
// A civil action's own procedure: "Rule 11 of the Federal Rules of Civil Procedure" · "Fed. R. Civ. P. 56" · "the
// Complaint" · "the amended complaint"
const CIVIL_PROCEDURE = /\bRules?[ \t]+of[ \t]+Civil[ \t]+Procedure\b|\bFed\.[ \t]?R\.[ \t]?Civ\.[ \t]?P\.|\b(?:the|[Aa]mended|[Tt]hird-[Pp]arty)[ \t]+[Cc]omplaint\b/;

// A plaintiff named, who is no sovereign: "Plaintiff Sudenga Industries, Inc." · "Plaintiffs Jetstream of Houston"
const PRIVATE_PLAINTIFF = /\bPlaintiffs?,?[ \t]+(?!(?:the[ \t]+)?(?:United|State|States|People|Commonwealth|Government|USA|U\.S\.|Territory|City|County|Town|Village)\b)[A-Z][A-Za-z.'’&-]+(?:[ \t]+[A-Z][A-Za-z.'’&-]+)*/;
// A civil action in so many words: "civil rights action" · "§ 1983" · "filed a complaint" · "Civil Action No."
const CIVIL_ACTION = /\bcivil[ \t]+rights[ \t]+(?:action|complaint|suit|case|lawsuit)\b|§{1,2}[ \t]*1983\b|\b(?:filed|brought|commenced)[ \t]+(?:a|an|this)[ \t]+(?:civil[ \t]+)?(?:complaint|action|lawsuit|suit)\b|\bCivil[ \t]+Action[ \t]+No\b/i;

// A habeas petition's statute or name: "28 U.S.C. 2254" · "§ 2241" · "petition for a writ of habeas corpus"
const HABEAS_PETITION = /\bU\.S\.C\.[ \t]*(?:§{1,2}[ \t]*)?22(?:54|41)\b|§{1,2}[ \t]*22(?:54|41)\b|\bpetition[ \t]+for[ \t]+(?:a[ \t]+)?writ[ \t]+of[ \t]+habeas[ \t]+corpus\b/i;

// Bankruptcy words in the head: "Ch. 7 Trustee" · "Chapter 13" · "Bankruptcy Judge" · "U.S. Trustee" · "Debtor-in-Possession"
const BANKRUPTCY_HEAD = /\b(?:Ch\.|Chapter)[ \t]?(?:7|9|11|12|13|15)\b|\bBankruptcy[ \t]+(?:Judge|Court|Case)\b|\bU\.[ \t]?S\.[ \t]+Trustee\b|\bDebtors?-in-Possession\b/;

/**
 * The case type read from the text when the caption named none: `dockets` are the printed numbers of the head. Only for
 * documents whose head names no court (a court's level decides otherwise).
 */
export function caseTypeFromText(ctx: ReadContext, dockets: readonly Fact<{ printed: string }>[]): Fact<CaseType> | null {
  const head = ctx.text.slice(0, ctx.headEnd);
  const own = dockets.find((d) => APPELLATE_DOCKET.test(d.value.printed.replace(/^No\.[ \t]*/i, '')));
  if (own) return { value: 'appeal', span: own.span, rule: 'case-type/appellate-docket', confidence: 0.75 };
  const bench = BENCH_LINE.exec(ctx.text.slice(0, ctx.headEnd + 1500));
  if (bench) {
    const s = bench.index + bench[0].search(/\S/);
    return fact(ctx, 'appeal', s, bench.index + bench[0].length, 'case-type/bench-line', 0.7);
  }
  const opening = OPENING_APPEAL.exec(ctx.text.slice(ctx.headEnd, ctx.headEnd + 600));
  if (opening) {
    const s = ctx.headEnd + opening.index + opening[0].search(/\S/);
    return fact(ctx, 'appeal', s, ctx.headEnd + opening.index + opening[0].length, 'case-type/opening-appeal', 0.6);
  }
  const bk = BANKRUPTCY_HEAD.exec(head);
  if (bk) return fact(ctx, 'bankruptcy', bk.index, bk.index + bk[0].length, 'case-type/bankruptcy-words', 0.7);
  return caseTypeFromWords(ctx);
}

/**
 * The case type from the vocabulary of the first pages: a prosecution's words or a civil action's. Also for a district
 * court's page whose caption kept no docket and no parties ("United States District Court, D. Kansas" over the body).
 */
export function caseTypeFromWords(ctx: ReadContext): Fact<CaseType> | null {
  // A prosecution: "Defendant" and at least two different words of criminal procedure in the first pages, nothing civil.
  const opening3k = ctx.text.slice(0, 4000);
  if (/\b[Dd]efendant\b/.test(opening3k) && !CIVIL_WORDS.test(opening3k)) {
    const words = new Set<string>();
    let first: RegExpExecArray | null = null;
    for (const m of opening3k.matchAll(CRIMINAL_WORDS)) {
      words.add(m[0].toLowerCase().replace(/[^a-z0-9]/g, ''));
      first ??= m as RegExpExecArray;
    }
    if (words.size >= 2 && first) return fact(ctx, 'criminal', first.index, first.index + first[0].length, 'case-type/criminal-words', 0.6);
    // (a defendant's motion to suppress is a prosecution's on its own: "Defendant's Motion to Suppress and Supplemental
    // Motion to Suppress")
    const suppress = /\b[Dd]efendant['’]s[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[Mm]otions?[ \t]+to[ \t]+[Ss]uppress\b/.exec(opening3k);
    if (suppress) return fact(ctx, 'criminal', suppress.index, suppress.index + suppress[0].length, 'case-type/criminal-words', 0.6);
  }
  // A state prisoner's habeas petition (a civil action): "petition for writ of habeas corpus filed pursuant to 28 U.S.C.
  // 2254" · "a petition under 28 U.S.C. § 2241" with a petitioner and no defendant (a § 2255 motion is the criminal case's).
  const habeas = HABEAS_PETITION.exec(opening3k);
  if (habeas && /\b[Pp]etitioners?\b/.test(opening3k) && !/\b[Dd]efendants?\b|\b2255\b/.test(opening3k)) {
    return fact(ctx, 'civil', habeas.index, habeas.index + habeas[0].length, 'case-type/habeas-petition', 0.6);
  }
  // A civil action: a plaintiff, a defendant and the civil rules or a complaint in the first pages, no prosecution words.
  if (opening3k.match(CRIMINAL_WORDS)) return null;
  const plaintiff = /\bPlaintiffs?\b/.exec(opening3k);
  const civil = CIVIL_PROCEDURE.exec(opening3k);
  if (plaintiff && civil && /\bDefendants?\b/.test(opening3k)) {
    return fact(ctx, 'civil', plaintiff.index, plaintiff.index + plaintiff[0].length, 'case-type/civil-words', 0.55);
  }
  // ... or a plaintiff no prosecutor could be ("Plaintiff Sudenga Industries, Inc.", "Plaintiff Procter & Gamble's motion"),
  // or a plaintiff's civil action in so many words ("a civil rights action filed under 42 U.S.C. § 1983", "plaintiff filed a
  // complaint against defendants")
  const own = PRIVATE_PLAINTIFF.exec(opening3k) ?? (/\b[Pp]laintiffs?\b/.test(opening3k) ? CIVIL_ACTION.exec(opening3k) : null);
  if (own) return fact(ctx, 'civil', own.index, own.index + own[0].length, 'case-type/civil-words', 0.55);
  return null;
}

// The line naming the court appealed from, right above a number: "Petition for Review from the Superior Court in Yavapai
// County\nNo. P1300CR201400619" · "Appeal from the Circuit Court of Cook County\nNo. 17 CF 2210"
const BELOW_COURT_LINE = /(?:^|\n)[ \t*_]*(?:On[ \t]+)?(?:Appeal|APPEAL|Petition[ \t]+for[ \t]+Review|PETITION[ \t]+FOR[ \t]+REVIEW)[ \t]+(?:from|FROM)[ \t]+[^\n]{0,160}\n(?:[ \t]*\n)?[ \t*_]*(?:(?:Trial[ \t]+Court|Lower[ \t]+Court|Case|Cause|Docket)[ \t]+)?(?:No\.?|Nos\.|Number)?[ \t]*:?[ \t]*$/;

/** A number printed right under "Appeal from the X Court" is the court below's. */
export function belowCourtNumber(head: string, at: number): boolean {
  return BELOW_COURT_LINE.test(head.slice(Math.max(0, at - 260), at));
}
