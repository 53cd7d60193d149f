/**
 * Who filed a motion, read from the words around its name: a party word ("Defendant's", "the
 * Government's renewed"), a caption party's name ("Block's motion"), or the filer as subject
 * ("Petitioner, through counsel, has filed"); and whether the filer is pro se or counseled.
 */
import type { Movant } from '../types.js';

// A rule or statute the motion is brought under, between its filer and the motion word: "Rule 12(b)(6)" · "Rule 91a" ·
// "§ 2255" · "Section 1983" · "FRCP 56"
const RULE_CITE = String.raw`(?:Rule|Section|§+|FRCP|Fed\.\s*R\.\s*Civ\.\s*P\.)\s*\d+[a-z]?(?:\s*\(\s*\w{1,4}\s*\))*`;
const RULE_CITE_RE = new RegExp(RULE_CITE, 'gi');

// A filer outside the vocabulary of sides: "Proposed Intervenor" · "Non-party" · "Amicus Curiae" · "Interested Party"
// (an intervenor on a side moves as that side: "Intervenor-Defendant")
const NON_PARTY = String.raw`(?:Proposed\s+|Putative\s+)?Intervenors?(?:[-\s](?:Plaintiffs?|Defendants?))?|Non-?\s?part(?:y|ies)|Amic(?:us|i)(?:\s+Curiae)?|Interested\s+Part(?:y|ies)|Objectors?|Garnishees?`;

// "Defendant's" · "Defendant Brian Howard's (“Howard”)" · "the Government's" · "Def.'s" · "prisoner Hugo Chavez-Cadenas's"
// "Defendant City of Brookhaven's" · "Defendants Corvant Shipping Co. and Lucan Vesk's" · "Defendants' Joint"
// "Plaintiff-Appellant's" (the appellate part names the side) · "the Debtor-in-Possession's" · "Debtors in Possession" ·
// "plaintiff’ s pro se" (a scanned page's space before the s) · "Defendant's Daubert Motion" (capitalized words of the title)
// "Plaintiff/Counter-Defendant" · "Defendant-Counterclaimant" · "Defendant and Third-Party Plaintiff" (the first part names the side)
const MOVANT = new RegExp(
  String.raw`\b((?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)[-\s](?:Appellants?|Appellees?)|(?:Plaintiffs?|Defendants?)(?:\s*\/\s*|-|\s+and\s+)(?:Counter[-\s]?(?:claimants?|Defendants?|Plaintiffs?)|Counterclaim(?:ant)?s?(?:[-\s](?:Plaintiffs?|Defendants?))?|Third[-\s]Party\s+(?:Plaintiffs?|Defendants?)|Intervenors?|Cross[-\s](?:Plaintiffs?|Defendants?|Claimants?))|Debtors?[-\s]in[-\s][Pp]ossession|Defendants?|Def\.|Defense|Prosecution|Prosecutors?|Petitioners?|Movants?|Plaintiffs?|Pl\.|Appellants?|Appellees?|Government|Gov(?:'|’)?t\.?|(?:United\s+States|U\.\s?S\.)\s+Trustee|United\s+States|Debtors?|Trustee|Respondents?|Director|BOP|Bureau\s+of\s+Prisons|Warden|prisoner|inmate|Claimants?|Creditors?|Relators?|${NON_PARTY})\b(?:,?\s+(?:(?:of|the|and|&)\s+)?[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*){0,6}\s*(?:['’](?:\s?s\b)?|s['’])?\s*(?:\([^)]{0,40}\)\s*)?(?:['’]s\s+)?(?:(?:pro\s+se|ex\s+parte|related|alternative|joint|omnibus|consolidated|preliminary|initial|timely|untimely|combined|emergency|renewed|second|third|amended|supplemental|successive|counseled|instant|pending|current|present|original|construed|first|unopposed|opposed|contested|uncontested|stipulated|agreed|motion\s+and|letter|sealed|expedited|cross|cross-|counter|counter-|partial|counsel(?:['’]s)?|attorneys?(?:['’]s?)?|respective|separate|individual|several|\w+-?\w*\s+and|${RULE_CITE}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4},?|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,6}(?=\s*$)|[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ-]*(?=\s))\s*)*$`,
  'i',
);
// "pro se" · "self-represented" · "who represents herself" · "in propria persona" · "pro per" · "proceeding without counsel"
export const PRO_SE = /\bpro\s+se\b|\bself-represented\b|\brepresent(?:s|ing)\s+(?:himself|herself|themselves)\b|\bin\s+propria\s+persona\b|\bpro\s+per\b|\bproceeding\s+without\s+(?:counsel|an\s+attorney|a\s+lawyer)\b/i;
// "through counsel" · "by his appointed attorney" · "counseled" · "Counsel for Defendant filed" · "a motion from counsel for defendant"
// "by and through its counsel" · "Counsel for Defendant Darnell Quimby has filed" · "Plaintiffs' counsel moves" · "The Federal
// Public Defender, on behalf of Defendant, filed"
export const COUNSEL = /\bfiled\s+by\s+(?:(?:the|his|her|an?|defense)\s+)?(?:[\w-]+\s+){0,2}(?:attorney|counsel)\b|\b(?:counsel|attorneys?|(?:Federal|Community)\s+(?:Public\s+)?Defenders?(?:\s+(?:Office|Services))?|Public\s+Defender)\b[^.;]{0,40}?\bon\s+behalf\s+of\b|\b(?:through|by|from|with(?:\s+the\s+assistance\s+of)?)\s+(?:(?:his|her|its|their|appointed|retained|court-appointed|CJA|new|defense|undersigned)\s+)*(?:counsel|attorneys?)\b|\bcounseled\b|\bCounsel\s+for\s+(?:the\s+)?(?:Defendants?|Plaintiffs?|Petitioners?|Movants?)(?:\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*){0,4},?\s+(?:has\s+|have\s+)?(?:filed|moves?|moved|submitted)\b/i;
// Counsel who later takes up a pro se motion: "through counsel, Samuel filed a Memorandum in Support of Emergency Motion" ·
// "Defendant, through counsel, filed a supplement (Doc. 71) to his pro se motion" ·
// "counsel, on behalf of Carr, filed a supplement in support of the Motion" · "appointed counsel filed a supplemental motion"
export const COUNSEL_SUPPLEMENT = /\b(?:through\s+(?:(?:his|her|appointed|retained|CJA)\s+)?counsel,?\s+(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ'’-]*\s+|the\s+defendant\s+|defendant\s+|he\s+|she\s+)?(?:then\s+)?|counsel(?:,\s+on\s+behalf\s+of\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ'’-]*,)?\s+(?:then\s+|later\s+|subsequently\s+)?)(?:filed|submitted)\s+(?:a\s+|an\s+)?["“]?(?:supplement(?:al)?|memorandum|brief|amended)\b(?:[^.;(]|\([^)]{0,30}\)){0,60}?\b(?:in\s+support\s+of|to)\s+(?:the\s+|his\s+|her\s+|defendant['’]s\s+)?(?:(?:emergency|pro\s+se|pending|renewed)\s+)*(?:motion|request)\b|\bcounsel\s+(?:then\s+|later\s+)?filed\s+(?:a\s+)?supplemental\s+motion\b/i;

const MODIFIER = /^(?:s|pro|se|ex|parte|counter|related|alternative|joint|omnibus|consolidated|preliminary|initial|timely|untimely|sanctions|venue|severance|remand|transfer|fees?|discovery|protective|forma|pauperis|IFP|combined|emergency|renewed|second|third|amended|supplemental|successive|counseled|instant|pending|current|present|original|construed|first|unopposed|opposed|contested|uncontested|stipulated|agreed|motion|and|letter|sealed|expedited|cross|partial|rule|counsel|attorneys?|respective|separate|individual|several)$/;

/**
 * The party word before a motion, with the names after it capitalized: "Defendant Brian Howard's",
 * "the Government's renewed". A lower-case word that is no motion modifier ends it: "The government
 * opposes the Motion" names the opponent, not the movant.
 */
export function movantBefore(prefix: string): RegExpExecArray | null {
  // The leftmost party word may be refused ("as to all defendants and accordingly plaintiff's"): try the next one.
  for (let from = 0; from < prefix.length; ) {
    const mv = MOVANT.exec(from ? prefix.slice(from) : prefix);
    if (!mv) break;
    if (possessorRun(mv)) {
      mv.index += from;
      return mv;
    }
    from += mv.index + mv[1].length;
  }
  return APPOSED_POSSESSOR.exec(prefix);
}

// A possessive role word whose names follow in apposition, before the motion: "defendants', Real Sports, Inc. and James
// Spatafore, ex parte " · "Plaintiffs', Ada Lin and Tomas Ruiz, joint " · "the Debtors', Harbor Mills LLC and Harbor
// Yarn Co., emergency "
const APPOSED_POSSESSOR = new RegExp(
  String.raw`\b((?:[Pp]laintiff|[Dd]efendant|[Pp]etitioner|[Rr]espondent|[Dd]ebtor|[Mm]ovant|[Aa]ppellant|[Aa]ppellee)s?)(?:['’]s?|s['’]),\s+(?:[A-Z][\w.&'’-]*|and|&|of|the)(?:,?\s+(?:[A-Z][\w.&'’-]*|and|&|of|the)){0,10},\s+(?:(?:ex\s+parte|pro\s+se|joint|emergency|renewed|amended|second|supplemental|unopposed|partial|[A-Z][\w-]*)\s+)*$`,
);

const TITLE_RUN = /\b(?:MEMORANDUM|OPINION|DECISION|ORDER|GRANTING|DENYING|Memorandum|Opinion|Order|Granting|Denying)\b[\s\S]*\b(?:Plaintiff|Defendant|Petitioner|Respondent|Debtor|Movant|Creditor|PLAINTIFF|DEFENDANT|PETITIONER|RESPONDENT|DEBTOR|MOVANT|CREDITOR)S?['’]/;

/** The words between the party word and the motion are names and motion modifiers only. */
function possessorRun(mv: RegExpExecArray): boolean {
  const run = mv[0].slice(mv[1].length);
  // (a title's words are no names, and a later role word is the possessor: "Attorney for the Defendant\nMEMORANDUM OF DECISION
  // AND ORDER GRANTING PLAINTIFFS' MOTION")
  if (TITLE_RUN.test(run)) return false;
  // (nor a judge's title: "Ann Roe, United States Magistrate Judge\nDefendant has moved")
  if (/^United\s+States$/i.test(mv[1]) && /^\s+(?:Chief\s+)?(?:Magistrate|District|Bankruptcy|Circuit|Senior)\b/i.test(run)) return false;
  const words = run.replace(RULE_CITE_RE, ' ').replace(/\([^)]*\)/g, ' ').match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // (a name may hold "of", "the", "and" before a capitalized word: "Defendant City of Brookhaven's")
    const connector = /^(?:of|the|and)$/.test(w) && /^[A-Z]/.test(words[i + 1] ?? '');
    if (/^[a-z]/.test(w) && !connector && !MODIFIER.test(w.replace(/['’]s?$/, '').replace(/-$/, '')) && words[i + 1] !== 'and') return false;
  }
  return true;
}

export function movantOf(word: string): Movant {
  // (a court of appeals' compound role moves as its appellate part: "Plaintiff-Appellant" -> appellant)
  const w = word.toLowerCase().replace(/^\w+[-\s](?=appell)/, '').replace(/^(?:proposed\s+|putative\s+)?intervenors?[-\s]+(?=plaintiff|defendant)/, '');
  if (/^def|^prisoner|^inmate/.test(w)) return 'defendant';
  if (/^pet/.test(w)) return 'petitioner';
  if (/^mov/.test(w)) return 'defendant';
  if (/^pl/.test(w)) return 'plaintiff';
  if (/trustee$/.test(w)) return 'trustee';
  if (/^gov|^united|^prosecut/.test(w)) return 'government';
  if (/^debt/.test(w)) return 'debtor';
  if (/^resp/.test(w)) return 'respondent';
  if (/^appellant/.test(w)) return 'appellant';
  if (/^appellee/.test(w)) return 'appellee';
  if (/^dir|^bop|^bureau|^warden/.test(w)) return 'bop_director';
  if (/^cred|^claim/.test(w)) return 'creditor';
  // (a qui tam relator sues in the government's name as the plaintiff; a habeas relator is read as the petitioner later)
  if (/^relator/.test(w)) return 'plaintiff';
  return 'unknown';
}

export interface PartyRef {
  role: string;
  name: string;
}

// The possessor right before a motion: "Block's motion to dismiss" · "Cornwell’s request" · "GE's motion"
// ("Ostrander's cross-motion": the anchor follows the hyphen)
// ("Ellsworth's Rule 60(b) motion": past the rule it is brought under)
const POSSESSOR = new RegExp(String.raw`\b([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ&.-]*)(?:['’]s|s['’]|['’])\s+(?:(?:pro\s+se|renewed|second|amended|cross|emergency|unopposed|partial|pending|instant|${RULE_CITE})(?:\s+|-(?=\s*$)))*$`);

/** The movant from a party's name in the caption: the possessor names exactly one role. */
export function partyMovant(prefix: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = POSSESSOR.exec(prefix);
  if (m && /^(?:State|Commonwealth|People)$/.test(m[1]) && /\bthe\s+\S+\s*$/i.test(prefix.slice(0, m.index + m[1].length + 1))) return { value: sovereignRole(m[1], parties), at: m.index, len: m[1].length };
  if (!m || m[1].length < 2 || /^(?:Court|Court['’]|Circuit|State|Judge|Magistrate|Clerk|Congress|Commission|Sentencing)$/i.test(m[1])) return null;
  const role = roleOfName(m[1], parties);
  return role ? { value: role, at: m.index, len: m[1].length } : null;
}

/**
 * The side of "the State" / "the Commonwealth" / "the People": the caption party whose name begins with the word (the
 * prosecution, or a plaintiff sovereign, is the government; a State sued is the defendant); with none, the respondent
 * of a habeas caption (the State defends the warden), else the government.
 */
export function sovereignRole(word: string, parties: PartyRef[]): Movant {
  const p = parties.find((x) => new RegExp(`^(?:the\\s+)?${word}\\b`, 'i').test(x.name.trim()));
  if (p) {
    const role = movantOf(p.role.split(/[-\s,]+/).find((x) => /^appell/i.test(x)) ?? p.role.split(/[-\s,]+/)[0] ?? '');
    return role === 'plaintiff' || role === 'unknown' ? 'government' : role;
  }
  return parties.some((x) => /^respondent/i.test(x.role)) && !parties.some((x) => /^(?:plaintiff|defendant)/i.test(x.role)) ? 'respondent' : 'government';
}

/** The one caption role whose party name holds `name` ("Cornwell" -> plaintiff), or null. */
export function roleOfName(name: string, parties: PartyRef[]): Movant | null {
  const re = new RegExp(`(?:^|[^\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
  const roles = new Set<Movant>();
  // (a court of appeals' role: "plaintiff-appellant" moves as the appellant)
  for (const p of parties) {
    if (!re.test(p.name)) continue;
    const parts = p.role.split(/[-\s,]+/).filter(Boolean);
    // (else the first part that names a side: "counter-defendant", "defendant-intervenor")
    roles.add(movantOf(parts.find((x) => /^appell/i.test(x)) ?? parts.find((x) => movantOf(x) !== 'unknown') ?? ''));
  }
  roles.delete('unknown');
  if (roles.size === 0 && /^[A-Z]{2,6}$/.test(name)) return roleOfAcronym(name, parties);
  return roles.size === 1 ? [...roles][0] : null;
}

/** The one caption role whose party name has `acronym` for initials: "EPA" -> U.S. ENVIRONMENTAL PROTECTION AGENCY. */
function roleOfAcronym(acronym: string, parties: PartyRef[]): Movant | null {
  const roles = new Set<Movant>();
  for (const p of parties) {
    // (with and without the small words: "MDOC" for Michigan Department of Corrections, "EPA")
    const words = p.name.replace(/\bU\.\s?S\.\s*/g, '').split(/[\s,]+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(?:Inc\.?|LLC|et|al\.?)$/i.test(w));
    const all = words.map((w) => w[0]).join('').toUpperCase();
    const big = words.filter((w) => !/^(?:of|the|and|for)$/i.test(w)).map((w) => w[0]).join('').toUpperCase();
    if (!all.includes(acronym) && !big.includes(acronym)) continue;
    const parts = p.role.split(/[-\s,]+/).filter(Boolean);
    roles.add(movantOf(parts.find((x) => /^appell/i.test(x)) ?? parts.find((x) => movantOf(x) !== 'unknown') ?? ''));
  }
  roles.delete('unknown');
  return roles.size === 1 ? [...roles][0] : null;
}

// A caption party's name as the filer: "Cornwell filed both a Complaint and a" · "Ostrander has filed a" · "Mr. Okafor,
// proceeding pro se, filed a" · "Pike, through counsel, filed an amended § 2255"
const NAME_FILER = /\b([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ&.-]+)(?:,[^,.;]{1,60},)?\s+(?:(?:now|also|then|thereafter|subsequently|later|since|separately)\s+)?(?:has\s+|have\s+)?(?:(?:now|also|since|subsequently|separately)\s+)?(?:filed|submitted|brought)\s+(?:both\s+)?(?:(?:a|an|the)\s+[A-Z]?\w+\s+and\s+)?(?:a|an|the|his|her|its|their|this)\s+(?:(?:pro\s+se|renewed|emergency|instant|second|amended|supplemental|§+\s*\d{4})\s+){0,2}$/;

// ... or that asks "by separate motion": "Christian has, by separate " · "Ostrander, by a separate " (the motion word follows)
const NAME_BY = /\b([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ&.-]+)(?:\s+(?:has|have|also|then))*,?\s+by\s+(?:a\s+|another\s+)?(?:separate|second|further|his|her|its|their)\s+$/;

/** The movant from a caption party named as the subject that filed the motion. */
export function namedFilerMovant(prefix: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = NAME_FILER.exec(prefix) ?? NAME_BY.exec(prefix);
  if (!m || m[1].length < 3 || /^(?:Court|Clerk|Government|Defendants?|Plaintiffs?|Petitioners?|Debtors?|Trustee|Respondents?|He|She|They|It|Counsel)$/i.test(m[1])) return null;
  const role = roleOfName(m[1], parties);
  return role ? { value: role, at: m.index, len: m[1].length } : null;
}

// (compound appellate roles and the debtor in possession first: "Plaintiff-Appellant", "Debtor-in-Possession")
const ROLE = '((?:[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?)[-\\s](?:[Aa]ppellants?|[Aa]ppellees?)|(?:[Pp]laintiffs?|[Dd]efendants?)(?:\\s*\\/\\s*|-)(?:[Cc]ounter[-\\s]?(?:[Cc]laimants?|[Dd]efendants?|[Pp]laintiffs?)|[Cc]ounterclaim(?:ant)?s?(?:[-\\s](?:[Pp]laintiffs?|[Dd]efendants?))?|[Ii]ntervenors?)|[Dd]ebtors?[-\\s]in[-\\s][Pp]ossession|Appellants?|Appellees?|appellants?|appellees?|Creditors?|creditors?|[Dd]efense|[Pp]rosecution|[Pp]rosecutors?|Defendants?|Petitioners?|Movants?|Plaintiffs?|Government|(?:United\\s+States\\s+)?Trustee|United\\s+States|Debtors?|Respondents?|defendants?|petitioners?|movants?|plaintiffs?|government|debtors?|trustee|respondents?)';
// The filer as subject: "defendant Dheadry Powell filed another" · "Petitioner, through appointed counsel, has filed a" ·
// "the Debtor filed, on April 19, 1991, the instant"
// ("Petitioner filed a notice of appeal, a Motion for Certificate of Appealability (Doc. 31), and a": each of a list)
// ("verdict for Plaintiff, Defendant filed a Renewed ": another role word is no name of the first)
// (and one lower-case word that sorts the motion: "Plaintiff has filed a discovery motion" · "Defendant filed a venue motion")
// (past another act joined to the filing: "appellant Theresa Marshall, pro se, lodged a partial record with our clerk and
// filed a")
// ("Creditor Ridgeline Bank, N.A. filed a" · "Petitioner, an inmate at FCI Gilmer, sent the Court a" (letter) · "Defendants
// Schuylkill Valley School District and Superintendent Harold Penn (collectively, "Defendants") have filed a")
const FILER = new RegExp(`\\b${ROLE}(?:["”]?\\))?(?:,?\\s+(?:(?:of|and|&|the)\\s+)?(?!(?:Defendants?|Plaintiffs?|Petitioners?|Respondents?|Government)\\b)[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*){0,8}\\s*(?:\\([^)]{0,40}\\))?\\s*(?:,[^,.;]{0,60}(?:,[^,.;]{0,30})?,)?\\s+(?:(?:now|also|again|then|thereafter|subsequently|later|since|separately|likewise)\\s+)?(?:has\\s+|have\\s+)?(?:(?:now|also|again|since|subsequently|separately|likewise)\\s+)?(?:(?:lodged|paid|sent|served|mailed|tendered)\\s+[^.;]{0,60}?\\s+and\\s+)?(?:filed|submitted|brought|renewed|(?:sent|mailed|wrote)(?:\\s+(?:to\\s+)?(?:the\\s+Court|the\\s+undersigned|chambers))?)(?:\\s+and\\s+(?:duly\\s+)?(?:served|filed))?(?:,[^.;]{0,40}?,)?\\s+(?:(?:(?:a|an|his|her|its|their)\\s+(?:[^.;()]|\\([^()]{0,30}\\)){1,100}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)){1,3}(?=(?:a|an|his|her|its|their)\\s))?(?:(?:a|an|another|his|her|its|their|the|this|second|renewed|new|pro\\s+se|emergency|instant|present|amended|supplemental|§+\\s*\\d{4})\\s+){0,3}["“]?(?:[A-Z][\\w-]*\\s+){0,3}(?:(?!(?:to|of|for|in|the|and|or|on|response|reply|brief|opposition|memorandum|objections?)\\s)[a-z][\\w-]*\\s+)?$`);
// The party a sentence opens on: "Gideon Fairweather appeals the" · "The defendant pleaded guilty" · "Mr. Okafor is serving"
const OPENING = new RegExp(`^(?:(?:Mr|Ms|Mrs|Dr)\\.\\s+)?(?:[Tt]he\\s+)?(?:${ROLE}\\b|([A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ'’-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*){0,3}))`);

// A sentence that is only a record cite, or a piece of one: "Dkt. " · "No. 64." · "(ECF No. 12.)" · "Doc. 31."
const CITE_SENTENCE = /^\s*[(\[]?\s*(?:(?:Dkt|Doc|ECF|D\.?\s?E|R|Docket|Filing|Rec|No)\.?\s*(?:(?:No|Nos|Entry)\.?\s*)?(?:#\s*)?\d*[\s.,;)\]]*)+$/i;

/**
 * The person the last sentence of `before` opens on, which a "He" or "She" opening the next sentence stands for: a role
 * word, or a caption party's name (never the government, which is no "he").
 */
export function openingParty(before: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const body = before.replace(/\s+$/, '');
  if (!/[.!?]["”’)]?$/.test(body)) return null;
  // (the last sentence: after the last stop or line break followed by a capital, the final stop excluded; past a record
  // cite standing as a sentence of its own: "Defendant moves to dismiss ... Dkt. No. 64. He also moves")
  const starts = [0];
  const stop = /(?:[.!?]["”’)]?\s+|:?[ \t]*\n\s*)(?=[A-Z(\[])/g;
  for (let m = stop.exec(body); m !== null; m = stop.exec(body)) if (m.index < body.length - 2) starts.push(m.index + m[0].length);
  let i = starts.length - 1;
  while (i > 0 && starts.length - i <= 4 && CITE_SENTENCE.test(body.slice(starts[i], starts[i + 1] ?? body.length))) i--;
  const from = starts[i];
  const m = OPENING.exec(body.slice(from));
  if (!m) return null;
  if (m[1]) {
    const value = movantOf(m[1]);
    return value === 'unknown' || value === 'government' ? null : { value, at: from + m.index + m[0].length - m[1].length, len: m[1].length };
  }
  const words = m[2].split(/\s+/);
  for (const n of [words[words.length - 1], m[2]]) {
    if (n.length < 3 || /^(?:The|This|That|Court|He|She|It|They|In|On|For|After|Because|Although|Government)$/.test(n)) continue;
    const role = roleOfName(n, parties);
    if (role && role !== 'government') return { value: role, at: from + m.index + m[0].lastIndexOf(n), len: n.length };
  }
  return null;
}

// The filer after the anchor: "motion of Defendant Frederick Amerson" · "a motion from counsel for defendant Marquis Wright"
// ("motion of the Chapter 7 Trustee" · "motion of the interim trustee" · "motion of Plaintiff-Appellant Brindle Farms")
const OF_FILER = new RegExp(`^\\s+(?:filed\\s+|brought\\s+|submitted\\s+)?(?:of|from|by)\\s+(?:(?:counsel|attorneys?)\\s+for\\s+)?(?:the\\s+)?(?:(?:chapter\\s+\\d+|interim|standing|successor|liquidating|plan)\\s+)?${ROLE}\\b`, 'i');
// ... or a name with its role in parentheses: "a Motion filed by Koger Properties, Inc. (Debtor)" · "by Ann Lee (“Trustee”)"
const OF_NAMED_FILER = new RegExp(`^\\s+(?:filed\\s+|brought\\s+|submitted\\s+)?by\\s+[A-Z][^();]{0,60}?\\((?:the\\s+)?["“]?${ROLE}["”]?\\)`);

// A short name the text defines for a party: "Defendant General Electric (“GE”)" · "Koger Properties, Inc. (the
// "Debtor")" · "Margaret Ostrander ("Ostrander")".
// The parenthesized short name, found first (cheap): "(“GE”)" · "(the "Debtor")" · "(collectively, "Lenders")"
const ALIAS_DEF = /\(\s*(?:collectively,?\s+)?(?:the\s+|hereinafter\s+)?[“"](?:the\s+)?([A-Z][^”"()\n]{0,38})[”"]\s*\)/g;
// ... then the name it follows, read backwards from there (one line break at most between its words).
const ALIAS_NAME = /\b(?:([Dd]efendants?|[Pp]laintiffs?|[Pp]etitioners?|[Rr]espondents?|[Dd]ebtors?|Trustee|Movants?),?[ \t]+\n?[ \t]*)?((?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ.&'’-]*,?[ \t]*\n?[ \t]*){0,6}[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ.&'’-]*),?\s*$/;

/**
 * Caption parties under the short names the text gives them, so "GE's motion" is the defendant's when the text says
 * "Defendant General Electric (“GE”)" or the caption names GENERAL ELECTRIC COMPANY as a defendant.
 */
export function aliasParties(text: string, parties: PartyRef[], limit = 40000): PartyRef[] {
  const out: PartyRef[] = [];
  const head = text.length > limit ? text.slice(0, limit) : text;
  ALIAS_DEF.lastIndex = 0;
  // (the role of a list's first name carries to the names after it: "defendants Aqua Pro, Inc. ("Aqua Pro"), API Services,
  // Inc. ("API"), and Debra Koons and Nathan Koons (collectively, "the Koons")")
  let listRole: Movant | null = null;
  let listEnd = -1;
  for (let d = ALIAS_DEF.exec(head); d !== null; d = ALIAS_DEF.exec(head)) {
    const from = Math.max(0, d.index - 120);
    const m = ALIAS_NAME.exec(head.slice(from, d.index));
    if (!m) continue;
    const nameAt = from + m.index + m[0].indexOf(m[2]);
    const inList: Movant | null = listRole && listEnd >= 0 && /^\s*,\s*(?:and\s+)?(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:and\s+))?$/.test(head.slice(listEnd, nameAt)) ? listRole : null;
    listEnd = d.index + d[0].length;
    const alias = d[1].trim();
    if (movantOf(alias) !== 'unknown' || /^(?:Court|Act|Agreement|Order|Motion|Complaint)$/i.test(alias)) continue;
    // (a role word caught inside the name: "MEMORANDUM OPINION Defendant General Electric")
    const inner = m[1] ? null : /\b(Defendants?|Plaintiffs?|Petitioners?|Respondents?|Debtors?|Trustee)\s+(?=[A-Z])/.exec(m[2]);
    let role: Movant | null = m[1] ? movantOf(m[1]) : inner ? movantOf(inner[1]) : inList;
    listRole = role;
    if (!role) {
      const words = m[2].split(/\s+/).filter((w) => w.length > 2 && !/^(?:The|Inc\.?|LLC|Co\.?|Corp\.?|Company)$/i.test(w));
      role = words.length ? roleOfName(words.slice(0, 2).join(' '), parties) : null;
    }
    if (role && role !== 'unknown' && !out.some((p) => p.name === alias)) out.push({ role, name: alias });
  }
  return out;
}

// The subject right before a verb: "Marlow " · "The Town of Marlow " · "Rafael Quintero "
const SUBJECT_NAME = /\b((?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*\s+(?:of\s+|de\s+)?){0,3}[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*)\s+$/;

/** The movant from a caption party named as the subject of the verb that follows `prefix`. */
export function subjectName(prefix: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = SUBJECT_NAME.exec(prefix);
  if (!m) return describedParty(prefix, parties);
  const words = m[1].split(/\s+/);
  // "The State moves" · "the Commonwealth has filed"
  const last = words[words.length - 1];
  if (/^(?:State|Commonwealth|People)$/.test(last) && /\bthe\s+$/i.test(prefix.slice(0, m.index + m[1].length - last.length))) return { value: sovereignRole(last, parties), at: m.index + m[1].length - last.length, len: last.length };
  // The last capitalized word first ("Marlow"), then the whole name ("Town of Marlow").
  for (const name of [words[words.length - 1], m[1]]) {
    // (a two-letter name only in capitals, as defined short names are: "GE")
    if ((name.length < 3 && !/^[A-Z]{2}$/.test(name)) || /^(?:The|Court|Government|He|She|They|It|Defendants?|Plaintiffs?|Petitioners?|Respondents?)$/.test(name)) continue;
    const role = roleOfName(name, parties);
    if (role) return { value: role, at: m.index + m[1].lastIndexOf(name), len: name.length };
  }
  return null;
}

// A caption party described in lower case by the last words of its name, right before the verb: "The parole authority " (OHIO
// ADULT PAROLE AUTHORITY) · "the school district " (MORROW COUNTY SCHOOL DISTRICT) · "the hospital " (ST. ANNE'S HOSPITAL)
const DESCRIBED = /\b[Tt]he\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{3,})\s+$/;

/** The one caption party whose name ends with the words of a lower-case description ("the parole authority"). */
function describedParty(prefix: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = DESCRIBED.exec(prefix);
  if (!m || /\b(?:court|judge|clerk|magistrate|government|state|parties|party|jury|record|motion|defendants?|plaintiffs?|petitioners?|respondents?|appellants?|appellees?|debtors?|trustee|movants?)\b/.test(m[1])) return null;
  const words = m[1].trim();
  const tail = new RegExp(`(?:^|\\s)${words.replace(/\s+/g, '\\s+')}[\\s,.]*(?:(?:Inc|LLC|Co|Corp|et\\s+al)\\.?[\\s,.]*)*$`, 'i');
  const hits = parties.filter((p) => tail.test(p.name.trim()));
  if (hits.length !== 1) return null;
  const parts = hits[0].role.split(/[-\s,]+/).filter(Boolean);
  const value = movantOf(parts.find((x) => /^appell/i.test(x)) ?? parts.find((x) => movantOf(x) !== 'unknown') ?? '');
  return value === 'unknown' ? null : { value, at: m.index + m[0].indexOf(m[1]), len: words.length };
}

// "filed by defendant Town of Marlow" · ", filed on May 3 by the Government," · "brought by Quillfeather"
// (", filed on May 3, 2023 by Plaintiff Hester Mallory")
// ("(ECF No. 8) filed by Defendant Acme Corp.": past the motion's entry)
const FILED_BY = new RegExp(`^[\\s,)\\]]*(?:\\([^()]{0,40}\\)|\\[[^\\]]{0,20}\\])?[\\s,]*(?:(?:and\\s+)?(?:filed|brought|submitted)\\s+(?:on\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},\\s+\\d{4}|[^,;.]{3,24}?),?\\s+)?(?:on\\s+behalf\\s+of|by)|of)\\s+(?:(?:counsel|attorneys?)\\s+(?:for|to)\\s+)?(?:the\\s+)?(?:${ROLE}\\b|((?:[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*\\s+(?:of\\s+)?){0,3}[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*))`);

/** The movant named after a motion's relief words ("a motion to dismiss filed by defendant Town of Marlow"). */
export function filedByMovant(after: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = FILED_BY.exec(after);
  const r = roleOrName(m, parties);
  if (r || !m) return r;
  // ("filed on behalf of the Municipal Authority of X, ... (collectively, “Defendants”)": the short name the filers take)
  const c = COLLECTIVELY.exec(after.slice(m.index + m[0].length, m.index + m[0].length + 240));
  return c ? { value: movantOf(c[1]), at: m.index + m[0].length + c.index + c[0].indexOf(c[1]), len: c[1].length } : null;
}

// "(collectively, “Defendants”)" · "(together, the "Plaintiffs")"
const COLLECTIVELY = /^[^.;]*?\((?:collectively|together),?\s+(?:the\s+)?["“](Defendants?|Plaintiffs?|Petitioners?|Respondents?|Debtors?|Movants?)["”]\)/;

/** A match whose group 1 is a role word and group 2 a name: the role, else the caption role of the name's words. */
function roleOrName(m: RegExpExecArray | null, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  if (!m) return null;
  if (m[1]) return { value: movantOf(m[1]), at: m.index + m[0].lastIndexOf(m[1]), len: m[1].length };
  const name = m[2];
  if (!name) return null;
  const words = name.replace(/,/g, ' ').split(/\s+/).filter((w) => w.length >= 3 && !/^(?:The|Court|Counsel|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Co\.?|Company|Ltd\.?|of)$/.test(w));
  // The last word ("Marlow"), the whole name ("Town of Marlow"), then its first word ("Garden State Paving, Inc.").
  for (const n of [words[words.length - 1], name.replace(/,?\s+(?:Inc|LLC|Corp|Co|Ltd)\.?$/, ''), words[0]]) {
    if (!n || n.length < 3) continue;
    const role = roleOfName(n, parties);
    if (role) return { value: role, at: m.index + m[0].lastIndexOf(n), len: n.length };
  }
  return null;
}

// The filer of a matter brought on by motion (the opening of a state trial court's order): "THIS MATTER having been
// opened to the Court by Garden State Paving, Inc., by and through its counsel, on a" · "brought before the Court by
// Defendant Acme Corp. on notice of" · "presented to the Court upon the application of plaintiff"
// ("opened to the Court by counsel for Defendant Palisade Heights HOA, on notice, for an Order" · "by Hale & Quon, LLC, attorneys
// for Defendant Acme Corp., on notice")
const OPENED_BY = new RegExp(`\\b(?:opened|brought|presented)\\s+(?:to|before)\\s+(?:the|this)\\s+(?:Court|court)\\s+(?:by|(?:up)?on\\s+(?:the\\s+)?(?:application|motion|request)\\s+of)\\s+(?:(?:[A-Z][^;()]{0,60}?,\\s+)?(?:counsel|attorneys?)\\s+(?:for|to)\\s+)?(?:the\\s+)?(?:${ROLE}\\b|((?:[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*,?\\s+(?:of\\s+)?){0,4}[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*))(?:[^.;]|\\.(?=\\s*,))*$`);

/** The party that brought the matter before the court, read from the sentence before the motion word. */
export function openedByMovant(before: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  return roleOrName(OPENED_BY.exec(before), parties);
}

// The subject after a leading phrase that names the motion: "In their motion (ECF No. 15), Defendants ask" · "By motion
// filed May 3, 2023, Plaintiff seeks" · "In its motion, Acme argues"
const FORWARD_SUBJECT = new RegExp(`^[^;]{0,160}?,\\s+(?:the\\s+)?(?:${ROLE}(?:\\s+[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*){0,4}|((?:[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*\\s+){0,3}[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ&.'’-]*))\\s+(?:(?:also|further|now|again|first)\\s+)?(?:asks?|argues?|contends?|seeks?|moves?|requests?|urges?|maintains?|asserts?|claims?|prays?)\\b`);

/** The movant a leading phrase leaves to its sentence's subject ("In their motion ..., Defendants ask ..."). */
export function forwardSubject(after: string, parties: PartyRef[]): { value: Movant; at: number; len: number } | null {
  const m = FORWARD_SUBJECT.exec(after);
  if (!m || (m[2] && /^(?:The|This|That|It|He|She|They|Court)$/.test(m[2]))) return null;
  return roleOrName(m, parties);
}

// The filer's own name after "motion of defendant": "the motion of defendant Town of Marlow to dismiss"
const FILER_NAME_AFTER = new RegExp(`^\\s+(?:filed\\s+|brought\\s+|submitted\\s+)?(?:of|by)\\s+(?:the\\s+)?${ROLE}\\s+((?:[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*)(?:\\s+(?:of\\s+|and\\s+|&\\s+)?[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*){0,4})`);

// The filer's words after the motion word, before its relief: " of Plaintiff-Appellant Brindle Farms LLC" (to file ...)
// or a name alone before the relief: " of Northgate Leasing Co." (for Relief from the Automatic Stay)
const FILER_WORDS = new RegExp(`^\\s+(?:filed\\s+|brought\\s+|submitted\\s+)?(?:of|by)\\s+(?:the\\s+)?(?:(?:(?:chapter\\s+\\d+|interim|standing|successor|liquidating|plan)\\s+)?${ROLE}\\b(?:,?\\s+(?:(?:of|and|&|the)\\s+)?[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*){0,6},?|[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*(?:,?\\s+(?:(?:of|and|&|the)\\s+)?[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*){0,6},?(?=\\s+(?:to|for|seeking|requesting)\\s))`);

/** The words after a motion word less the filer named there: " of Defendant Acme Corp. to compel" -> " to compel". */
// ... in a title's capitals: " OF DEBTOR AND DEBTOR-IN-POSSESSION" (TO EMPLOY ...)
const FILER_WORDS_CAPS = /^\s+(?:OF|BY)\s+(?:THE\s+)?[A-Z][A-Z.,&'’ -]{0,80}?(?=\s+(?:TO|FOR|SEEKING|REQUESTING)\s)/;

// ... or a clause set off by commas before the relief: ", each filed pro se, asking for a hearing" · ", filed May 2, 2024, for"
const INTERPOSED = /^\s*,\s*(?:(?:also|each|both|all)\s+)?(?:filed|submitted|brought|docketed)\b[^,.;()]{0,60},\s*(?=(?:seeking|requesting|asking|to|for)\s)/;

export function withoutFiler(words: string): string {
  const m = FILER_WORDS.exec(words) ?? FILER_WORDS_CAPS.exec(words) ?? INTERPOSED.exec(words);
  return m ? words.slice(m[0].length) : words;
}

/**
 * The name of the one filer a mention names, to keep apart two motions of one kind by two parties of one side: "the
 * motion of defendant Town of Marlow to dismiss is GRANTED, and the motion of defendant Quillfeather to dismiss is
 * DENIED" · "Defendant Brian Howard's motion". Null when only a role word names the filer.
 */
export function filerName(possessive: RegExpExecArray | null, after: string): string | null {
  if (possessive) {
    const words = possessive[0].slice(possessive[1].length).replace(RULE_CITE_RE, ' ').replace(/\([^)]*\)/g, ' ').match(/[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ.'’&-]*/g) ?? [];
    const name = words.join(' ').replace(/['’]s?$/, '').trim();
    if (name.length >= 3) return name.toLowerCase();
  }
  const m = FILER_NAME_AFTER.exec(after);
  return m ? m[2].toLowerCase() : null;
}

// The party counsel files for: "The Federal Public Defender, on behalf of Defendant, filed a" · "defense counsel filed a
// separate counseled" (a criminal defendant's lawyer) · "counsel for Petitioner has filed an amended"
const ON_BEHALF = new RegExp(`\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?${ROLE}(?:\\s+[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*){0,3},?\\s+(?:has\\s+|have\\s+)?(?:filed|submitted)\\s+(?:(?:a|an|the|his|her|its|their|separate|counseled|supplemental|amended|renewed|new|second)\\s+){0,3}$|\\b(defense)\\s+counsel\\s+(?:then\\s+|later\\s+|also\\s+)?(?:has\\s+)?(?:filed|submitted)\\s+(?:(?:a|an|the|separate|counseled|supplemental|amended|renewed|new|second)\\s+){0,3}$`);

// The party whose lawyer filed the motion (the record puts a lawyer's motion, even one to withdraw, on the party's side):
// "Plaintiff's attorney, Vincent Moss, has filed a " · "plaintiffs' counsel, Dana Reyes, of Reyes & Lowe, filed a " ·
// "Counsel for the Defendants, Mr. Ito and Ms. Park, filed an " · "the debtor's attorney has now filed a "
const COUNSEL_FILER = new RegExp(`\\b(?:${ROLE}(?:['’]s?|s['’])\\s+(?:(?:appointed|retained|court-appointed|CJA|trial|former|new)\\s+)?(?:counsel|attorneys?|lawyers?)|(?:[Cc]ounsel|[Aa]ttorneys?)\\s+(?:for|to)\\s+(?:the\\s+)?${ROLE})(?:,[^;]{1,120}?,)?\\s+(?:has\\s+|have\\s+)?(?:(?:now|also|since|recently)\\s+)?(?:filed|submitted|brought)\\s+(?:(?:a|an|the|this|his|her|its|their|second|renewed|amended|supplemental|emergency)\\s+){0,3}$`);
// A request a party makes inside its own brief: "Contained within the plaintiff's response to the motion is a \"" ·
// "Embedded in Defendant's reply brief is a " · "Included in the Government's opposition (Doc. 30) is a cross-"
const BRIEF_REQUEST = new RegExp(`\\b(?:[Cc]ontained|[Ee]mbedded|[Ii]ncluded|[Ff]ound)?\\s*(?:within|in)\\s+(?:the\\s+)?${ROLE}(?:['’]s?|s['’])\\s+(?:(?:reply|response|opposition|objections?|memorandum|brief)\\s*){1,2}(?:[^.;(]|\\([^()]{0,30}\\)){0,80}?\\s+(?:is|was|are|were)\\s+(?:also\\s+)?(?:a|an)\\s+["“]?(?:cross-)?$`);

// A prisoner introduced by name and status as the filer: "William Roe ("Roe"), a federal prisoner proceeding pro se, has
// filed a " · "Ana Ruiz, a state inmate at Valley Prison, filed a " · "Lee Park, a federal prisoner, has submitted a "
const PRISONER_FILER = /\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:\([^()]{0,30}\))?,\s+an?\s+(federal|state)\s+(?:prisoner|inmate|detainee)\b[^,;]{0,60},\s+(?:has\s+)?(?:filed|submitted)\s+(?:(?:a|an|the|this|his|her|second|renewed|amended|pro\s+se)\s+){0,3}$/;
// ... when the filing attacks the prisoner's sentence or custody (a federal prisoner's § 2255 motion is the defendant's, a
// state prisoner's habeas petition the petitioner's): " to Vacate, Set Aside, or Correct Sentence" · " for a writ of habeas corpus"
const COLLATERAL_RELIEF = /^[\s,]*(?:to\s+vacate\b|under\s+(?:28\s+U\.S\.C\.\s+)?§+\s*225[45]\b|for\s+(?:a\s+)?writ\s+of\s+habeas\s+corpus\b)/i;

/** The movant named as the filer around the motion word, when no possessive names it. */
export function filerMovant(prefix: string, after: string): { value: Movant; at: number; len: number } | null {
  const f = FILER.exec(prefix);
  if (f) return { value: movantOf(f[1]), at: f.index, len: f[1].length };
  // (a prisoner named by a name the caption lacks, attacking his own sentence or custody)
  const pr = PRISONER_FILER.exec(prefix);
  if (pr && COLLATERAL_RELIEF.test(after)) return { value: /^f/i.test(pr[1]) ? 'defendant' : 'petitioner', at: pr.index + pr[0].indexOf(pr[1]), len: pr[1].length };
  const c = COUNSEL_FILER.exec(prefix) ?? BRIEF_REQUEST.exec(prefix);
  const cw = c ? c[1] ?? c[2] : undefined;
  if (c && cw) return { value: movantOf(cw), at: c.index + c[0].indexOf(cw), len: cw.length };
  const b = ON_BEHALF.exec(prefix);
  if (b) return b[1] ? { value: movantOf(b[1]), at: b.index + b[0].indexOf(b[1]), len: b[1].length } : { value: 'defendant', at: b.index, len: b[2].length };
  const o = OF_FILER.exec(after) ?? OF_NAMED_FILER.exec(after);
  // A negative `at` marks a place after the anchor: -(offset + 1).
  if (o) return { value: movantOf(o[1]), at: -(o.index + o[0].lastIndexOf(o[1])) - 1, len: o[1].length };
  return null;
}

// A caption line that names the role of the party block above it: "Defendants." · "Plaintiff," · "Respondents-Appellees."
const CAPTION_ROLE = /^[ \t]*((?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Movants?)(?:[-\s](?:Appellants?|Appellees?))?)[ \t]*[.,]?[ \t]*$/gim;

/**
 * Caption parties the caption reader left out of a block that lists several ("CITY OF LAURELWOOD; OFFICER RANDALL KEEFE;
 * and DR. MIRANDA VANCE, / Defendants."): each name of the block, with the role of the line below it, so "Dr. Vance's
 * motion" is a defendant's.
 */
export function captionListParties(text: string, parties: PartyRef[], limit = 3000): PartyRef[] {
  const head = text.slice(0, limit);
  const out: PartyRef[] = [];
  CAPTION_ROLE.lastIndex = 0;
  for (let m = CAPTION_ROLE.exec(head); m !== null; m = CAPTION_ROLE.exec(head)) {
    // The block: the lines right above the role line, back to a blank line, "v." or another role line.
    const before = head.slice(Math.max(0, m.index - 400), m.index);
    const lines = before.split('\n');
    const block: string[] = [];
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i].trim();
      if (i === lines.length - 1 && l === '') continue;
      if (!l || /^(?:v\.?|vs\.?|versus|and)$/i.test(l) || /^(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)\b[^a-z]*$/i.test(l)) break;
      block.unshift(l);
      if (block.length >= 4) break;
    }
    const joined = block.join(' ');
    if (!/;/.test(joined)) continue;
    for (const raw of joined.split(/;/)) {
      const name = raw.replace(/^\s*(?:and|&)\s+/i, '').replace(/,?\s*(?:et\s+al\.?)?[,.\s]*$/i, '').trim();
      if (name.length < 3 || parties.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
      out.push({ role: m[1].toLowerCase(), name });
    }
  }
  return out;
}

// A party the text introduces by role and name: "Defendant Rodney Gaines is one of thirteen defendants" · "Petitioner Jane Roe" ·
// "co-defendant Ximena Ortolani" (a co-defendant is a defendant)
const INTRODUCED = /\b((?:[Cc]o-?)?[Dd]efendants?|Petitioners?|Plaintiffs?|Movants?|Appellants?|Appellees?|Respondents?|Debtors?)\s+((?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ſ'’-]+)/g;

/**
 * Parties the text introduces by role and name when the caption gave none of them (a web page that prints no caption):
 * "Defendant Kejon Ward is serving ..." makes "Ward moves" and "Mr. Ward's motion" the defendant's.
 */
export function introducedParties(text: string, parties: PartyRef[], limit = 20000): PartyRef[] {
  const out: PartyRef[] = [];
  const head = text.slice(0, limit);
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(head); m !== null && out.length < 12; m = INTRODUCED.exec(head)) {
    const words = m[2].split(/\s+/).filter((w) => !/^(?:The|This|That|His|Her|Its|Their|Motion|Court|Pro|Se|United|States|Government|Pursuant|Under|In|On|And|Or|Mr\.?|Ms\.?|Mrs\.?)$/.test(w));
    if (!words.length || words[words.length - 1].length < 3) continue;
    const name = words.join(' ');
    if (parties.some((p) => p.name.toLowerCase().includes(words[words.length - 1].toLowerCase())) || out.some((p) => p.name === name)) continue;
    out.push({ role: m[1].toLowerCase().replace(/^co-?/, ''), name });
  }
  return out;
}
