/**
 * The motion kind table: one entry per kind, each with the phrases that name it and examples.
 * The motions stage runs this table over the words of one motion mention ("Motion for Compassionate
 * Release/Reduction of Sentence, (Doc. No. 142)"): the earliest specific hit names the kind; the
 * generic "reduce sentence" entry only counts when nothing specific is there.
 */
import type { Rule, RuleSet } from '../engine/types.js';
import type { MotionKind } from './types.js';

/** `sentence_reduction` is a placeholder the motions stage resolves from the statutes the order cites. */
export type KindHit = MotionKind | 'sentence_reduction';

const kind = (id: string, k: KindHit, pattern: RegExp, priority: number, examples: string[], counterexamples: string[] = []): Rule<KindHit> => ({
  id: `motion-kind/${id}`,
  pattern,
  parse: () => k,
  priority,
  examples,
  counterexamples,
});

export const motionKindRules: Rule<KindHit>[] = [
  // "Motion for Compassionate Release" · "compassionate-release motion" · "§ 3582(c)(1)(A)" · "3582(c) (1) (A) (i)" · "under
  // Amendment 814" / "U.S.S.G. § 1B1.13" (the amended policy statement on extraordinary and compelling reasons)
  kind('compassionate-release', 'compassionate_release', /compassionate[\s-]+release|3582\s*\(\s*c\s*\)\s*\(\s*1\s*\)\s*\(\s*A\s*\)|\bAmendment\s+814\b|\b1B1\.13\b/gi, 40,
    ['Motion for Compassionate Release', 'motion under 18 U.S.C. § 3582(c)(1)(A)', 'a motion pursuant to 18 U.S.C. § 3582(c) (1) (A) (i)', 'Motion to Reduce Sentence under Amendment 814', 'relief under U.S.S.G. § 1B1.13(b)(6)'], ['Motion to Reduce Sentence under § 3582(c)(2)', 'Amendment 821']),
  // "Motion for Release to Home Confinement" · "immediate release pursuant to the CARES Act"
  kind('home-confinement', 'home_confinement', /home[\s-]+confinement|\bCARES\s+Act\b/gi, 45,
    ['Motion for Release to Home Confinement', 'motion for immediate release pursuant to the CARES Act'], ['confinement in a halfway house']),
  // "Motion to Reduce Sentence under 18 U.S.C. § 3582(c)(2)" · "Amendment 782" · "retroactive amendment" · "Motion for
  // Retroactive Application of the Sentencing Guidelines" · "U.S.S.G. § 1B1.10" (not Amendment 814: compassionate release)
  kind('sentence-reduction-3582c2', 'sentence_reduction_3582c2', /3582\s*\(\s*c\s*\)\s*\(\s*2\s*\)|\bAmendments?\s+(?:7[0-9]{2}|8(?!14\b)[0-9]{2})\b|retroactive\s+(?:guidelines?\s+)?amendment|crack\s+(?:cocaine\s+)?amendment|retroactive\s+application\s+of\s+(?:the\s+)?(?:(?:Sentencing|U\.S\.S\.G\.)\s+)?(?:Guidelines?|amendments?)|\b1B1\.10\b/gi, 40,
    ['motion under 18 U.S.C. § 3582(c)(2)', 'reduction based on Amendment 782', 'the retroactive amendment', 'Motion for Retroactive Application of the Sentencing Guidelines', 'a reduction under U.S.S.G. § 1B1.10'], ['3582(c)(1)(A)', 'Amendment 814']),
  // "Motion to Reduce Sentence under Section 404 of the First Step Act" · "Fair Sentencing Act"
  // (not the Clean Water Act's § 404 dredge-and-fill permits: "the section 404 permit", "CWA § 404")
  kind('fsa-404', 'fsa_404', /(?<!\b(?:CWA|Water\s+Act)\s*)(?:Section|§)\s*404\b(?!\s*(?:\(\s*[a-z]\s*\)\s*)?(?:permits?\b|of\s+the\s+(?:Federal\s+Water|Clean\s+Water|CWA)\b))|\bFair\s+Sentencing\s+Act\b/gi, 40,
    ['relief under Section 404 of the First Step Act', 'reduction under the Fair Sentencing Act', 'a motion under § 404(b)'],
    ['Section 4040', 'the section 404 permit was issued', 'Section 404 of the Clean Water Act', 'CWA § 404', 'a § 404(b) permit']),
  // "Motion to Vacate, Set Aside, or Correct Sentence under 28 U.S.C. § 2255" · "§ 2255 Motion" · "motion to vacate his
  // sentence" · "Motion to Vacate" (nothing after it: the order's other words decide, see finish.ts); not a civil motion to
  // vacate something else: "to vacate the Clerk's entry of default", "to vacate the arbitration award"
  kind('section-2255', 'section_2255', /\b2255\b|\bto\s+vacate(?=\s*$|\s*[(\[,;.]|\s+(?:under|pursuant)\b|\s+(?:(?:his|her|the|my|their|its|[\w.'’-]+['’]s?)\s+)?(?:(?:federal|criminal|illegal|unconstitutional|state)\s+)?(?:sentences?|convictions?|judgments?\s+of\s+conviction|guilty\s+pleas?|pleas?)\b)|vacate,\s+set\s+aside/gi, 40,
    ['Motion under 28 U.S.C. § 2255', 'Motion to Vacate, Set Aside, or Correct Sentence', 'motion to vacate his sentence', 'Motion to Vacate', 'motion to vacate (Doc. 40)', "moves to vacate Defendant's conviction"],
    ['22550', "motion to vacate the Clerk's entry of default", 'motion to vacate the arbitration award', 'motion to vacate the default judgment', 'moves to vacate the hearing']),
  // "Petition for a Writ of Habeas Corpus under 28 U.S.C. § 2241"
  kind('section-2241', 'section_2241', /\b2241\b/g, 42, ['Petition under 28 U.S.C. § 2241']),
  // "Motion to Appoint Counsel" · "motion for the appointment of counsel" · "request for counsel" · "to appoint additional counsel"
  kind('appoint-counsel', 'appoint_counsel', /\bappoint(?:ment)?\s+(?:of\s+)?(?:(?:him|her|them|me)\s+)?(?:new\s+|an?\s+|additional\s+|substitute\s+|CJA\s+|standby\s+)?(?:counsel|attorney|lawyer)|\bfor\s+(?:the\s+)?(?:appointment\s+of\s+)?counsel\b|\bfor\s+(?:an?\s+)?(?:court-)?appointed\s+(?:counsel|attorney|lawyer)\b/gi, 40,
    ['Motion to Appoint Counsel', 'motion for the appointment of counsel', 'request for counsel', 'motion to appoint additional counsel', 'request for appointed counsel', 'motion for a court-appointed attorney', 'asks the court to appoint him counsel'], ['through appointed counsel', 'his appointed counsel filed']),
  // "Motion for Reconsideration" · "motion to reconsider" · "Rule 59(e) motion to alter or amend" · "Motion for Rehearing" ·
  // "Motion for Reargument" (New York's and Delaware's name for it)
  // (also relief from a judgment under Rule 60(b): "Motion for Relief from Judgment" · "Motion for Relief of Judgment" ·
  // "Motion to Vacate Judgment" · "to vacate the default judgment" · "Rule 60(b) motion"; not a judgment of conviction, § 2255)
  kind('reconsideration', 'reconsideration', /\breconsider(?:ation)?\b|\brehearing\b|\breargument\b|\b(?:leave\s+)?to\s+reargue\b|\balteration\s+or\s+amendment\s+of\b|Rule\s+59\s*\(\s*e\s*\)|\balter\s+or\s+amend|\bto\s+amend\s+(?:the\s+|this\s+court['’]s\s+|its\s+)?(?:judgment|findings)|Rule\s+60\s*\(\s*b\s*\)|\brelief\s+(?:from|of)\s+(?:(?:the|a|its|this\s+court['’]s|the\s+court['’]s)\s+)?(?:(?:final|default|summary|dismissal)\s+)?(?:judgments?|orders?)\b|\bto\s+vacate\s+(?:(?:the|its|this\s+court['’]s|the\s+court['’]s)\s+)?(?:(?:final|default|summary|clerk['’]s)\s+)?(?:judgments?|orders?\s+of\s+dismissal|dismissal)\b(?!\s+of\s+conviction)/gi, 40,
    ['Motion for Reconsideration', 'motion to reconsider', 'Motion for Reargument', 'motion for leave to reargue', 'for alteration or amendment of the judgment', 'Rule 59(e) motion', "motion to amend this court's findings of fact", 'Motion for Rehearing', 'petition for rehearing en banc', 'Motion for Relief from Judgment', 'Motion for Relief of Judgment', 'Motion to Vacate Judgment', 'motion to vacate the default judgment', 'a motion under Rule 60(b)', "relief from the Court's summary judgment order"],
    ['motion for relief from the automatic stay', 'motion to vacate the judgment of conviction', 'the appeal was reargued before the full court']),
  // "Motion to Suppress Evidence"
  kind('suppress', 'suppress', /\bsuppress(?:ion)?\b/gi, 40, ['Motion to Suppress Evidence']),
  // "Motion to Dismiss the Indictment" · "motion to dismiss for failure to state a claim" · "Motion for Partial Dismissal" ·
  // "motion for dismissal of Count III" · (sought:) "dismissal of the official-capacity claims" · "Motion for Involuntary
  // Dismissal" · "motion to quash the indictment" · (just before the motion word or right after it:) "Rule 12(b)(6) motion",
  // "Fed. R. Civ. P. 12(b)(1) motion", "motion under Rule 12(b)(6)"
  kind('dismiss', 'dismiss', /\bto\s+(?:partially\s+)?dismiss\b|(?:\bfor\s+|^\s*)an\s+order\s+(?:pursuant\s+to\s+[^,;.]{1,40}?\s+)?dismissing\b|\bfor\s+(?:(?:a|an|the)\s+)?(?:partial\s+|involuntary\s+)?dismissal\b|^\s*(?:partial\s+)?dismissal(?:\s+of)?\b|\bto\s+quash\s+(?:the\s+|counts?\s+\w+\s+of\s+the\s+)?(?:superseding\s+)?(?:indictment|information)\b|(?:^\s*(?:under|pursuant\s+to)\s+(?:Federal\s+)?)?(?:\bRule|\bFed\.\s*R\.\s*Civ\.\s*P\.|\bFRCP)\s*12\s*\(\s*b\s*\)(?:\s*\(\s*\d\s*\))*(?=\s*$)|^\s*(?:under|pursuant\s+to)\s+(?:Federal\s+)?(?:Rule|Fed\.\s*R\.\s*Civ\.\s*P\.|FRCP)\s*12\s*\(\s*b\s*\)/gi, 40, ['Motion to Dismiss the Indictment', 'Motion for Involuntary Dismissal', 'motion to quash the indictment', 'Rule 12(b)(6)', 'Fed. R. Civ. P. 12(b)(1)', ' under Rule 12(b)(6) (ECF No. 9)', 'Motion for Partial Dismissal', 'dismissal of the official-capacity claims', 'motion for dismissal of Count III', 'motion to partially dismiss', 'moves for an order dismissing the complaint', 'for an order pursuant to CPLR 3211(a)(7) dismissing'], ['dismissed without prejudice', 'appeal from the dismissal of the complaint', 'to quash the subpoena', 'for leave to amend, which Defendant says is futile under Rule 12(b)(6), and']),
  // "Motion for Summary Judgment"
  // "Motion for Summary Judgment" · (just before the motion word or right after it:) "Rule 56 motion", "motion under Fed. R.
  // Civ. P. 56"
  // (Pennsylvania's Commonwealth Court: an "Application for Summary Relief", Pa.R.A.P. 1532(b), is judged as summary judgment)
  kind('summary-judgment', 'summary_judgment', /\bsummary\s+judgment\b|^\s*for\s+summary\s+relief\b|(?:\bRule|\bFed\.\s*R\.\s*Civ\.\s*P\.|\bFRCP)\s*56(?:\s*\(\s*[a-z]\s*\))?(?=\s*$)|^\s*(?:under|pursuant\s+to)\s+(?:Federal\s+)?(?:Rule|Fed\.\s*R\.\s*Civ\.\s*P\.|FRCP)\s*56\b/gi, 40,
    ['Motion for Summary Judgment', 'Rule 56', ' under Fed. R. Civ. P. 56 (Doc. 30)', ' for Summary Relief'], ['motion to strike, citing Rule 56(c)(4), the declaration', ' for relief from the summary order']),
  // "Motion to Stay" · "motion for a stay of proceedings" · "Motion to Hold Case in Abeyance" · "to hold this action in abeyance" ·
  // a debtor's "Motion to Extend the Automatic Stay" / "to impose the automatic stay" (11 U.S.C. § 362(c)(3), (c)(4))
  kind('stay', 'stay', /\b(?:to\s+|for\s+(?:an?\s+)?(?:order\s+)?)?(?:extend(?:ing)?|extension\s+of|impos(?:e|ing)|imposition\s+of|re-?impos(?:e|ing)|continu(?:e|ing|ation\s+of))\s+(?:the\s+|an\s+)?automatic\s+stay\b|\bto\s+stay\b|\bfor\s+(?:a\s+)?stay\b|\bstay\s+(?:of|pending)\b|\bto\s+hold\s+(?:[\w.'’-]+\s+){0,3}in\s+abeyance\b|\bfor\s+(?:an?\s+)?abeyance\b/gi, 40,
    ['Motion to Stay Proceedings', 'motion for a stay', 'Motion to Extend the Automatic Stay', 'motion to impose the automatic stay under 11 U.S.C. § 362(c)(4)', 'motion for voluntary remand and stay of the litigation', 'Motion to Hold Case in Abeyance', 'moves to hold this action in abeyance pending', 'motion for abeyance'], ['stay at home', 'the Court will hold the motion in abeyance']),
  // "Motion for Extension of Time" · "motion to extend the deadline" · "a thirty-day extension of its time to answer" ·
  // "for entry of an order extending the exclusive periods" (a debtor's time to file a plan) · "to Enlarge the Time to Respond" ·
  // "for additional time to answer" · "for Leave to File Response Out of Time"; not a term of supervision
  kind('extension-of-time', 'extension_of_time', /\b(?:extension|enlargement)\s+of\s+(?:(?:its|his|her|their|the)\s+)?(?:time|the\s+(?:[\w-]+\s+){0,2}?deadlines?)|\b(?:additional|more|further)\s+time\s+(?:to|in\s+which\s+to|within\s+which\s+to)\b|\bout\s+of\s+time\b|\b(?:to\s+(?:extend|enlarge)|extending|enlarging)\s+(?:the\s+|all\s+)?(?:(?:fact|expert)\s+)?discovery\b(?!\s+(?:requests?|responses?))|\b(?:to\s+(?:extend|enlarge)|extending|enlarging)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:time|deadlines?|periods?(?!\s+of\s+(?:supervis|probation|incarcerat|imprison|detention|confinement)))\b/gi, 40,
    ['Motion for Extension of Time', 'motion to extend the deadline', 'motion to extend the discovery deadline', 'an extension of the dispositive motion deadline', 'a thirty-day extension of its time to answer', 'for entry of an order extending the exclusive periods to file a chapter 11 plan', 'motion to extend the exclusivity period', 'Motion to Enlarge the Time to Respond', 'motion for additional time to answer the complaint', 'Motion for Leave to File Response Out of Time', 'motion for more time to file objections', 'Motion to Extend Discovery'],
    ['the deadline was extended by stipulation', 'motion to extend the period of supervised release', 'it needs more time']),
  // "Motion in Limine"
  kind('in-limine', 'in_limine', /\bin\s+limine\b/gi, 40, ['Motion in Limine']),
  // Generic: "Motion to Reduce Sentence" · "motion for sentence reduction" · "modify his term" · "immediate release" · "moved for
  // his release" (a prisoner's; not release pending trial or appeal, or on bond) · a short name: "the Motion to Reduce is GRANTED"
  kind('reduce-sentence', 'sentence_reduction', /\breduc(?:ed?|tion\s+(?:of|in))\s+(?:his\s+|her\s+|the\s+|a\s+|[A-Z][\w.-]*['’]s\s+)?(?:prison\s+)?(?:sentence|term)|\bsentence\s+reduction|\bmodify\s+(?:his\s+|her\s+|the\s+)?(?:sentence|term)|\bimmediate\s+release|\bearly\s+release|\bto\s+reduce\b(?=\s+(?:is|are|was|were|be|(?:\(|\[)[^)\]]{1,30}[)\]])\b|\s*[,.;)]|\s*$)|(?:\bfor\s+|^\s*)(?:his|her)\s+release\b(?!\s+(?:pending|on\s+(?:bond|bail|conditions|his\s+own)|from\s+(?:pretrial\s+)?detention))/gi, 10,
    ['Motion to Reduce Sentence', 'motion for sentence reduction', 'Motion for a Reduced Sentence', 'The Motions to Reduce are GRANTED', 'motion to modify his term of imprisonment', "a reduction of Defendant's sentence", 'moved for his release through counsel'], ['moves for his release pending trial', 'for her release on bond']),
];

export const motionKindRuleSet: RuleSet<KindHit> = { domain: 'motion-kind', rules: motionKindRules };
