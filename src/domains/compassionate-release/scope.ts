/**
 * Scope, decided once: whose words a sentence carries. A finding counts only when it is the court's
 * own; the parties' recited arguments ("The Government argues that ..."), quotations, citation
 * parentheticals ("(denying compassionate release ...)"), earlier rulings told as history, and a
 * research site's editorial summary are marked here so that no phrase rule has to re-check them.
 */
import type { Sentence } from './segment.js';
import { eachSentence } from './segment.js';
import { stableSort } from '../../engine/sort.js';

export type Scope =
  | 'court'
  | 'argument_government'
  | 'argument_defendant'
  | 'history'
  | 'other_court'
  | 'quotation'
  | 'parenthetical'
  | 'editorial';

export interface ScopedSentence extends Sentence {
  scope: Scope;
  /** A general statement of law or a condition ("A defendant must ...", "If a defendant fails ..."). */
  generic: boolean;
}

export interface ScopeMap {
  sentences: ScopedSentence[];
  /** Sorted, disjoint ranges that are quotation, parenthetical or editorial text. */
  regions: Array<{ start: number; end: number; scope: Scope }>;
}

const LEAD = String.raw`(?:(?:As an? [\w ]{1,30}|In (?:response|reply|opposition|support|sum|short|addition)|In (?:its|his|her|their) [\w' ]{1,30}|Moreover|Further(?:more)?|Additionally|However|But|And|First|Second|Third|Finally|Here|Instead|Specifically|Similarly|Again|Still|Rather|Nonetheless|Now|Next|Also|Separately),?\s+)*`;
const GOV = String.raw`(?:[Tt]he\s+)?(?:Government|government|United States|Gov't|prosecution|[Pp]robation(?: [Oo]ffice)?|Warden|BOP)`;
const DEF = String.raw`(?:[Tt]he\s+)?(?:[Dd]efendant|[Dd]efense(?: counsel)?|[Pp]etitioner|[Mm]ovant|[Hh]e|[Ss]he|[Tt]hey|(?:Mr|Ms|Mrs)\.\s+[A-Z][\w'’-]+|[A-Z][a-z'’-]{2,}(?:\s+[A-Z][a-z'’-]+)?)`;
const VERB = String.raw`(?:argues|argued|contends|contended|asserts|asserted|maintains|maintained|claims|claimed|submits|responds|responded|counters|urges|insists|posits|avers|represents|suggests|points out|believes|says|opposes|opposed|objects|disputes|concedes|conceded|agrees|acknowledges|notes|noted|states|stated|alleges|alleged|seeks|sought|asks|asked|requests|requested|moves|fears|explains|adds|writes|reasons)`;
const ADV = String.raw`(?:(?:\w+ly|also|further|again|now|first|next|then|still|correctly|essentially|only|instead)\s+)*`;

// "The Government argues that ...", "In response, the government contends ...", "Mr. Smith asserts ..."
const GOV_ARGUMENT = new RegExp(`^${LEAD}(?:According to ${GOV},|${GOV}(?:'s? \\w+)?(?:,\\s*\\w+,)?\\s+${ADV}${VERB}\\b)`);
// "The Government filed a response on October 10, 2019, arguing that Carr had failed to exhaust ..."
const GOV_PARTICIPLE = new RegExp(`^${LEAD}${GOV}\\b[^;]{0,160}?,\\s+(?:arguing|contending|asserting|maintaining|claiming)\\s+that\\b`);
const DEF_ARGUMENT = new RegExp(`^${LEAD}(?:According to ${DEF},|${DEF}(?:'s? (?:motion|letter|brief|reply|counsel))?\\s+${ADV}${VERB}\\b)`);
// Words that look like a capitalized subject but are the court speaking.
const COURT_SUBJECT = /^(?:(?:In|Moreover|Further(?:more)?|Additionally|However|But|And|First|Second|Third|Finally|Here|Instead|Thus|Accordingly|Therefore|Consequently),?\s+)*(?:(?:The|This) [Cc]ourt|I|It|We|Having|Because|Given|For|Even|Although|While)\b/;

// Earlier rulings told as history: "The Court denied the Defendant's motion ... on October 9, 2020.",
// "Two earlier requests (#317, #325) were denied", "this court determined that ...".
const HISTORY = [
  /\b(?:[Cc]ourt|I|Judge\s+[A-Z][\w'-]+)\s+(?:\w+ly\s+|then\s+|also\s+|had\s+)?(?:denied|granted|dismissed|reduced|determined|concluded|rejected)\b/,
  /\b(?:was|were|had been)\s+(?:\w+ly\s+|also\s+)?(?:denied|granted|dismissed)\b/,
  /\bwhich\s+(?:the|this)\s+[Cc]ourt\s+(?:denied|granted|dismissed)\b/,
  /\b(?:[Oo]rder|[Mm]emorandum|[Rr]uling)\b[^.]{0,80}?\b(?:denying|granting|dismissing)\b/,
];

// What other courts did: "In United States v. Jones, the court found ...", "Courts have held ...", "See, e.g., ...".
const OTHER_COURT = /^(?:(?:See|Cf\.|Accord|But see|E\.g\.)(?:,?\s+e\.g\.)?,?\s|In\s+(?:United States|U\.S\.|[A-Z][\w.'’-]+)\s+v\.\s[^,]{1,80},|(?:Other|Many|Several|Some|Numerous|Most)\s+(?:district\s+)?courts\b|(?:District\s+)?[Cc]ourts\s+(?:have|has|routinely|generally|consistently|regularly)\b)|\b(?:the court in [A-Z]|the [A-Z][a-z]+ Circuit (?:has )?(?:held|found|concluded|explained|reasoned))/;

// Statements of the law or of a condition, not of this defendant's case.
const GENERIC = /^(?:(?:But|And|However|Thus|Moreover|Further(?:more)?|Additionally|Generally|Importantly|Accordingly|Indeed|Rather|Specifically|Instead|Nor|So|In other words|That is|Under [^,]{1,60}),?\s+)*(?:If|When|Where|Unless|Once|Until|Whether|Absent|(?:A|An|Any) (?:defendant|prisoner|inmate|court|district court|movant|petitioner|motion|sentence reduction|reduction)|Defendants|Prisoners|Inmates|Courts|District courts|Federal courts|Congress|Section|Sections|The statute|The exhaustion requirement|The First Step Act|The policy statement|U\.S\.S\.G\.|To (?:warrant|qualify|obtain|succeed|be eligible|show|establish|prevail)|In order to|Compassionate release|Such|Th(?:is|ese) (?:requirement|rule)s?|Nothing|No (?:defendant|court|prisoner))\b/;

// A citation parenthetical: "(declining to address the exhaustion question ...)", "(quoting ...)".
const PARENTHETICAL = /\((?:[a-z]+ing|per curiam|en banc|emphasis|internal|alteration|cleaned up|citations? omitted|quotation|same|noting|collecting)\b[^()]*(?:\([^()]*\)[^()]*)*\)/g;
// Curly or straight double quotes; an apostrophe never opens a quotation here.
const QUOTATION = /“[^”]{1,2000}”|"[^"\n]{1,2000}"/g;
/** Quotations shorter than this are treated as the court borrowing words ("not 'extraordinary and compelling'"). */
const SHORT_QUOTE = 70;
// Editorial summary a research site prints before the opinion ("Summary ... Summary of this case from ...").
const EDITORIAL = /^(?:Summary\s*\n[\s\S]{0,3000}?Summary of this case from[^\n]*|From Casetext:[^\n]*|Opinion\s*$)/gm;
// Block quotations of a statute or guideline: the paragraph after "provides:" / "states in relevant part:".
const BLOCK_INTRO = /(?:provides?|states?|reads?|part|follows|says)(?:\s+(?:in (?:relevant|pertinent) part|as follows))?:\s*$/;

export function buildScope(text: string): ScopeMap {
  const regions: ScopeMap['regions'] = [];
  for (const re of [EDITORIAL]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      regions.push({ start: m.index, end: m.index + m[0].length, scope: 'editorial' });
    }
  }
  PARENTHETICAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARENTHETICAL.exec(text)) !== null) regions.push({ start: m.index, end: m.index + m[0].length, scope: 'parenthetical' });
  QUOTATION.lastIndex = 0;
  while ((m = QUOTATION.exec(text)) !== null) {
    if (m[0].length >= SHORT_QUOTE) regions.push({ start: m.index, end: m.index + m[0].length, scope: 'quotation' });
  }
  // (filled below, once the block quotations are known: the sentences read it only when asked)
  const merged: ScopeMap['regions'] = [];
  const list: LazySentence[] = [];
  eachSentence(text, (start, end, paragraph) => list.push(new LazySentence(text, start, end, paragraph, merged)));
  // Block quotations: paragraphs after an introducing colon that open with "(", "[" or a quote.
  let blockParagraph = -1;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    // Sentences are trimmed, so an introducing sentence ends with the colon itself (checked first: cheap).
    const afterColon = i > 0 && text.charCodeAt(list[i - 1].end - 1) === 58;
    if (afterColon && BLOCK_INTRO.test(list[i - 1].text) && /^[(\[“"]/.test(s.text)) blockParagraph = s.paragraph;
    if (s.paragraph === blockParagraph || (text.charCodeAt(s.start) === 40 && /^\((?:[a-z]|[ivx]+|[A-Z]|\d+)\)\s/.test(s.text) && /\b(?:the court|shall|may)\b/.test(s.text) && afterColon)) {
      regions.push({ start: s.start, end: s.end, scope: 'quotation' });
    }
  }
  stableSort(regions, (a, b) => a.start - b.start || b.end - a.end);
  mergeRegions(regions, merged);
  return { sentences: list, regions: merged };
}

/**
 * A sentence whose scope and genericity are read on first use: most sentences of a long order carry
 * no phrase hit, and their speaker is never asked.
 */
class LazySentence implements ScopedSentence {
  start: number;
  end: number;
  paragraph: number;
  #source: string;
  #text: string | undefined;
  #regions: ScopeMap['regions'];
  #scope: Scope | undefined;
  #generic: boolean | undefined;
  constructor(source: string, start: number, end: number, paragraph: number, regions: ScopeMap['regions']) {
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.#source = source;
    this.#regions = regions;
  }
  /** The sentence's words (cut from the text on first use). */
  get text(): string {
    return (this.#text ??= this.#source.slice(this.start, this.end));
  }
  get scope(): Scope {
    return (this.#scope ??= sentenceScope(this, this.#regions));
  }
  get generic(): boolean {
    return (this.#generic ??= GENERIC.test(this.text));
  }
  /** Plain fields for JSON and printing, as a spread sentence had. */
  toJSON(): Sentence & { scope: Scope; generic: boolean } {
    return { start: this.start, end: this.end, text: this.text, paragraph: this.paragraph, scope: this.scope, generic: this.generic };
  }
}

/** Appends the merged regions of sorted `rs` to `out`. */
function mergeRegions(rs: ScopeMap['regions'], out: ScopeMap['regions']): ScopeMap['regions'] {
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      // Nested: the outer region wins (a quotation inside a parenthetical stays parenthetical).
      if (r.end > last.end) last.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

function sentenceScope(s: Sentence, regions: ScopeMap['regions']): Scope {
  const r = regionAt(regions, s.start);
  if (r && r.end >= s.end) return r.scope;
  // A form's option left blank is no finding: "[ ] DENIED WITHOUT PREJUDICE because the defendant has not exhausted ...".
  if (/^\s*(?:\[[ \t]*\]|\([ \t]*\)|[☐□])/.test(s.text) && !/\[[ \t]*[xX✓✔][ \t]*\]|[☒☑]/.test(s.text)) return 'quotation';
  // A leading record cite "(Id. at 2-3)" left over from the sentence before does not change the speaker.
  const t = s.text.replace(/^\([^)]{0,80}\)\s*/, '');
  if (!COURT_SUBJECT.test(t) || /^(?:[A-Z][a-z]+,\s+)?(?:He|She|They)\b/.test(t)) {
    if (GOV_ARGUMENT.test(t) || GOV_PARTICIPLE.test(t)) return 'argument_government';
    if (DEF_ARGUMENT.test(t)) return 'argument_defendant';
  }
  if (OTHER_COURT.test(t)) return 'other_court';
  if (HISTORY.some((re) => re.test(t)) && !/\b(?:is|are|be|hereby|now|today|herein)\s+(?:\w+ly\s+)?(?:DENIED|GRANTED|denied|granted|dismissed|DISMISSED)\b/.test(t)) return 'history';
  return 'court';
}

/** The quotation/parenthetical/editorial region containing `pos`, if any. */
export function regionAt(regions: ScopeMap['regions'], pos: number): ScopeMap['regions'][number] | null {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].end <= pos) lo = mid + 1;
    else if (regions[mid].start > pos) hi = mid - 1;
    else return regions[mid];
  }
  return null;
}

/** Scope of a span: its region if inside one, else its sentence's scope. */
export function scopeOfSpan(map: ScopeMap, sentence: ScopedSentence | undefined, start: number): Scope {
  const r = regionAt(map.regions, start);
  if (r) return r.scope;
  return sentence ? sentence.scope : 'court';
}
