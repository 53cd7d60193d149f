/**
 * References by case name: `Raia, at 597`, `Amick at 795`, and (optionally) a distinctive party name
 * used again after its full cite (`the Raia court`). Names are looked up in one pass over the text.
 */
import type { Citation } from './types.js';
import { emptyCitation } from './draft.js';
import { nearlyEqual } from './resolve-parts.js';
import { ABBREV } from './case-name.js';

const PARTY_STOP = new Set([
  'United', 'States', 'United States', 'State', 'People', 'Commonwealth', 'Government', 'City', 'County', 'Town', 'Village', 'Board',
  'Department', 'Dep’t', "Dep't", 'Secretary', 'Commissioner', 'Director', 'Warden', 'Attorney', 'General', 'Court', 'District', 'Inc.',
  'Co.', 'Corp.', 'Company', 'Corporation', 'Bank', 'Ins.', 'Insurance', 'Am.', 'American', 'National', 'Nat’l', "Nat'l", 'Fed.',
  'Federal', 'Sav.', 'Mut.', 'Ass’n', "Ass'n", 'Association', 'The', 'In', 're', 'Estate', 'Matter', 'Doe', 'Roe', 'Ex', 'parte', 'rel.', 'Sys.', 'LLC', 'Ltd.', 'U.S.', 'USA', 'Univ.', 'University', 'Hosp.', 'Hospital',
]);

// Words that name places and institutions rather than a case: never a reference on their own.
const GENERIC = new Set(
  ('Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas ' +
    'Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey ' +
    'Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont Virginia Washington ' +
    'Wisconsin Wyoming Columbia America North South East West Central Northern Southern Eastern Western Pacific Atlantic New Great ' +
    'Commission Commissioner Commissioners Board Tribe Indians Nation Society Company Railroad Railway Union Authority Agency School ' +
    'Schools Education Governor Sheriff Supreme Interstate Complete Liquor Public Utilities Power Electric Water Life Mutual Trust ' +
    'Savings Motor Motors Steel Coal Mining Land Title Home Community Medical Health Services Service International General Auto ' +
    'Transit Transport Transportation Council Township Police Division Office Bureau Church Club Center Group Holdings Partners ' +
    'Industries Enterprises Products Systems Communications Broadcasting Airlines Express Lines Insurance Bank Hospital Court District ' +
    'County City State States United People Commonwealth Government Department Secretary Director Warden Attorney Sherman Clayton ' +
    'Civil Rights Cases Revenue Internal Tax Labor Relations Employment Housing Finance Federal National American Mr. Mrs. Article Section ' +
    'Amendment Act Code Rule Fuel Natural Gas Oil Band Village Estate Trustees Regents University College Hospital Administrator ' +
    'Senator Judge Justice Chief Officer Officers Employees Workers Association Corporation Inc Corp Co Ltd of the and for ' +
    // Parties and roles, months, courts, institutions and trades: words, not case names.
    'Plaintiff Plaintiffs Defendant Defendants Petitioner Petitioners Respondent Respondents Appellant Appellants Appellee Appellees ' +
    'Movant Claimant Debtor Debtors Creditor Creditors Trustee Trustees Receiver Guardian Executor Executrix Administratrix Intervenor ' +
    'Relator Juvenile Minor Child Children Infant Heirs Unknown Owners Owner Parties Party Person Persons Individual Individuals ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Appeals Appellate Superior Circuit Chancery Bankruptcy Tribunal Magistrate Panel Congress Senate ' +
    'Legislature Assembly Territory Republic Kingdom Empire Province Parish Borough Municipality Local Case Cases Matter Petition ' +
    'Application Motion Order Judgment Opinion Decision Appeal Review Mortgage Loan Loans Credit Surety Guaranty Fund Funds Pension ' +
    'Plan Benefit Benefits Welfare Retirement Litigation Litig Antitrust Securities Trade Commerce Industry Business Sales Farms Farm ' +
    'Sons Brothers Bros Associates Assocs Partnership Ventures Properties Realty Development Construction Manufacturing Pharmacy ' +
    'Pharmaceuticals Laboratories Technologies Technology Computer Computers Software Electronics Pictures Film Films Studios Media ' +
    'News Press Publishing Times Post Tribune Herald Journal World Time Project Terminal Terminals Pipeline Wildlife Conservancy ' +
    'Reservoir Mountain Mountains River Valley Lake Bay Harbor Port Bridge Road Highway Vehicles Vehicle Producers Distributors ' +
    'Growers Dealers Contractors Builders Committee Commn Comm Comms Assn Serv Servs Telecomms Elements Fair Light Will System Systems ' +
    'Puerto Rico Guam Island Islands Germany France England Britain Canada Quebec Ireland Israel Japan China Russia Mexico ' +
    'Boston Chicago Detroit Philadelphia Houston Dallas Atlanta Richmond Baltimore Cleveland Denver Seattle Phoenix Miami Memphis ' +
    'Nashville Louisville Milwaukee Pittsburgh Cincinnati Buffalo Albany Honolulu Knoxville Evansville Madison').split(' '),
);

const PERSON_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Justice|Judge|Senator|Congressman|Congresswoman|Representative|Officer|Agent|Detective|Sergeant|Sgt|Governor|President|Commissioner|Secretary|Professor|Attorney|Chief|Miss)\.?|\b[A-Z]\.)\s+$/;

// `Comm.` is the word `Comm`: a trailing period does not make a generic word a name.
const usable = (w: string): boolean => w.length >= 4 && /^[A-Z][a-z'’A-Z-]/.test(w) && !PARTY_STOP.has(w) && !GENERIC.has(w) && !(w.endsWith('.') && GENERIC.has(w.slice(0, -1)));

/**
 * The names a later reference may use, with whether a bare mention (no pin) counts: a whole party
 * name does; a single word taken out of a longer name ("Nobelman" of "Smart Nobelman") only when it
 * does not name a place or an institution.
 */
export function referenceNames(c: Citation): Array<[name: string, bare: boolean]> {
  // Cached by plaintiff, then defendant, then antecedent (no key string built per citation).
  let byDefendant = namesCache.get(c.plaintiff);
  if (!byDefendant) namesCache.set(c.plaintiff, (byDefendant = new Map()));
  let byGuess = byDefendant.get(c.defendant);
  if (!byGuess) byDefendant.set(c.defendant, (byGuess = new Map()));
  let list = byGuess.get(c.antecedentGuess);
  if (!list) {
    list = computeNames(c);
    if (++namesCached > 5000) {
      namesCache.clear();
      namesCached = 0;
    }
    byGuess.set(c.antecedentGuess, list);
  }
  return list;
}

const namesCache = new Map<string | null, Map<string | null, Map<string | null, Array<[string, boolean]>>>>();
let namesCached = 0;

function computeNames(c: Citation): Array<[name: string, bare: boolean]> {
  const out = new Map<string, boolean>();
  const add = (n: string, bare: boolean) => out.set(n, (out.get(n) ?? false) || bare);
  for (const party of [c.plaintiff, c.defendant, c.antecedentGuess]) {
    if (!party) continue;
    const p = party.replace(/^(?:In re|In the Matter of|Matter of|Ex parte|Estate of)\s+/, '').replace(/,?\s+(?:Inc|Co|Corp|Ltd|LLC)\.?$/, '').trim();
    const words = p.split(/\s+/);
    if (p.length >= 3 && !PARTY_STOP.has(p) && words.length <= 4 && /^[A-Z]/.test(p) && !/^(?:United States|State of|People of)/.test(p)) {
      add(p, words.length > 1 ? !words.every((w) => GENERIC.has(w.replace(/[,.]$/, '')) || PARTY_STOP.has(w)) : usable(p));
      // A surname-position word alone: the last word of a name, or a hyphenated first word ("Loup-Miller").
    }
    if (words.length > 1) {
      words.forEach((w, k) => {
        if (k !== 0 && k !== words.length - 1) return;
        const clean = w.replace(/[,.]$/, '');
        // "City of Detroit", "Virginia Bd. of Pharmacy": the last word names a place or a trade, not the case.
        const ofName = / of /.test(p);
        if (clean.length >= 4 && /^[A-Z][a-z]/.test(clean) && !PARTY_STOP.has(clean) && !PARTY_STOP.has(w)) add(clean, !ofName && usable(clean) && (k > 0 || clean.includes('-')));
      });
    }
  }
  return [...out];
}

/**
 * `Raia, at 597` / `Amick at 795` / `Angelopoulos p. *4` after a full cite naming Raia: a `reference`.
 * With `bareNames`, a later bare mention of a distinctive name counts too.
 */
export function findReferences(text: string, cites: Citation[], bareNames: boolean): Citation[] {
  const full = cites.filter((c) => c.kind === 'case' && (c.plaintiff || c.defendant));
  if (full.length === 0) return [];
  // What each citation covers: from its name to its core, then its tail (pin, court and year,
  // parentheticals). A name inside an explanatory parenthetical of the tail (`(citing Raia at 5)`) is
  // a citation of its own.
  // (Typed arrays in text order: no object per citation.)
  const n = cites.length;
  const order = cites.map((_, i) => i);
  if (cites.some((c, i) => i > 0 && Math.min(c.fullSpan[0], c.span[0]) < Math.min(cites[i - 1].fullSpan[0], cites[i - 1].span[0]))) {
    order.sort((x, y) => Math.min(cites[x].fullSpan[0], cites[x].span[0]) - Math.min(cites[y].fullSpan[0], cites[y].span[0]));
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const cores = new Int32Array(n);
  order.forEach((i, k) => {
    const c = cites[i];
    starts[k] = Math.min(c.fullSpan[0], c.span[0]);
    ends[k] = Math.max(c.fullSpan[1], c.span[1]);
    cores[k] = c.span[1];
  });
  const inside = (s: number, e: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < e) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (ends[i] > s && !(s >= cores[i] && inExplanatoryParen(text, cores[i], s))) return true;
    return false;
  };
  // Where full case cites start: a name and pin written right before one are that cite's.
  const caseStarts = new Set<number>();
  for (const c of cites) if (c.kind === 'case') caseStarts.add(c.span[0]);
  const byName = new Map<string, number>(); // name -> first position it may be referenced from
  const introducedAt = new Map<string, number>(); // name -> where its first full cite starts
  const bareOk = new Set<string>();
  let prev: Citation | null = null;
  for (const c of full) {
    // Parallel cites repeat their group's names.
    if (prev && prev.plaintiff === c.plaintiff && prev.defendant === c.defendant && prev.antecedentGuess === c.antecedentGuess) continue;
    prev = c;
    for (const [n, bare] of referenceNames(c)) {
      if (!byName.has(n)) {
        // From the end of the core on: `(citing Raia at 5)` may follow in the cite's own parenthetical.
        byName.set(n, c.span[1]);
        introducedAt.set(n, Math.min(c.fullSpan[0], c.span[0]));
      }
      if (bare) bareOk.add(n);
    }
  }
  if (byName.size === 0) return [];
  const found = occurrences(text, byName, bareNames && bareOk.size > 0 ? 0 : undefined);
  // A name used in the text before its first full cite is the name of a party to this case or of a
  // person in the story ("Microsoft", "Adkins"): its bare mentions are not references to the cited case.
  if (bareNames) {
    for (const { index, name, near } of found) {
      if (near || index >= (introducedAt.get(name) ?? 0)) continue;
      if (!bareOk.has(name) || inside(index, index + name.length)) continue;
      // "Fay v. Noia" named before it is cited (a syllabus) is still the case.
      if (/^\s+v\.?\s/.test(text.slice(index + name.length, index + name.length + 5)) || /\sv\.?\s+$/.test(text.slice(Math.max(0, index - 5), index))) continue;
      // "David Allen", "St. George Tucker": another person with that surname, not the litigant.
      if (/[A-Z][\w'’.-]*[ \u00a0]$/.test(text.slice(Math.max(0, index - 24), index))) continue;
      bareOk.delete(name);
    }
  }
  // , at 597 | at 597 | p. *4
  const pinRe = /(,?\s+(?:at\s+(?:pp?\.\s*)?|pp?\.\s*))(\*?\d+(?:\s*[-–]\s*\d+)?)(?![\w])/y;
  const out: Citation[] = [];
  const common = new Map<string, boolean>();
  let after = 0;
  for (const { index, name, length, near } of found) {
    if (index < after || index < (byName.get(name) ?? Infinity)) continue;
    pinRe.lastIndex = index + length;
    const pm = pinRe.exec(text);
    const written = text.slice(index, index + length);
    const m = { index, 1: written, 3: pm ? pm[2] : undefined, 0: written + (pm ? pm[0] : '') };
    after = m.index + m[0].length;
    const hasPin = m[3] !== undefined;
    if (!hasPin && (near || !bareNames || !bareOk.has(name))) continue;
    const end = m.index + m[0].length;
    if (inside(m.index, end)) continue;
    // "Raia at 597, 2 S. Ct. 5": the name and pin belong to the full cite that follows.
    if (hasPin && caseStarts.has(end + (/^,?\s*/.exec(text.slice(end, end + 8))?.[0].length ?? 0))) continue;
    // "Fay v. Noia" named again without a cite: one reference over both names.
    const vs = hasPin ? null : /^\s+v\.\s+((?:[A-Z][\w'’.&-]*|of|the|and)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and)){0,5})/.exec(text.slice(end, end + 80));
    if (vs) {
      // A party name does not end in a connective (`In A v. B the panel split`) or a comma, and does
      // not run past a sentence end (`A v. United States. Although ...`; `Corp.`, `U.S.` go on).
      const party = sentenceCut(vs[1]);
      const vEnd = end + vs[0].length - vs[1].length + party.replace(/(?:\s+(?:of|the|and))+$/, '').replace(/[.,]+$/, '').length;
      if (/^\s*,?\s*(?:\d|supra|\(?\d{4}\))/.test(text.slice(vEnd, vEnd + 10)) || inside(m.index, vEnd)) continue;
      // "Styler v. Tall Oaks, Inc. (In re Hatch)": the name goes on; a part of it is no reference.
      if (NAME_GOES_ON.test(text.slice(vEnd, vEnd + 12))) {
        after = vEnd;
        continue;
      }
      const c = emptyCitation('reference', [m.index, vEnd], text, 'citation/reference-name');
      c.antecedentGuess = m[1];
      out.push(c);
      after = vEnd;
      continue;
    }
    // A bare name followed by ", supra" or a cite is part of something else.
    if (!hasPin && /^\s*(?:v\.|vs\.|,?\s*supra|,\s*\d)/.test(text.slice(end, end + 12))) continue;
    // A person or a place rather than the case: "Congressman Wilson", "Michael J. Murphy", "City of Knoxville", "Jones, Jr."
    if (!hasPin && (PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || /^,?\s+(?:Jr|Sr)\.|^,?\s+(?:Bros|Co|Corp|Inc|Ltd)\./.test(text.slice(end, end + 8)))) continue;
    // "(Viking River)": a short name being defined, not used.
    if (!hasPin && /[([“"]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (!hasPin && !usedAsName(text, m.index, end, name, common)) continue;
    // A name one letter off (OCR) has its own rule id, so that `explain` tells it apart.
    const c = emptyCitation('reference', [m.index, end], text, hasPin ? (near ? 'citation/reference-ocr' : 'citation/reference-pin') : 'citation/reference-name');
    c.antecedentGuess = m[1];
    c.pinCite = m[3] ?? null;
    out.push(c);
  }
  return out;
}

// After a party name: more of the name (`, Inc.`, `(In re Hatch)`); `(supra, p. 29)` is no part of it.
const NAME_GOES_ON = /^(?:,?\s*(?:Inc|Co|Corp|Ltd|LLC|LLP|L\.L\.C|L\.P|N\.A|P\.C|P\.A|S\.A)\b|\s*\((?:In re|Ex parte|Matter of|In the Matter of)\s)/;

// The first word of an explanatory parenthetical: (citing ...), (quoting ...), (cited in ...), (see ...)
const EXPLAINS = /^\(\s*(?:[a-z]+ing\b|quoted\b|cited\b|see\b|cf\.|accord\b|[a-z]+ed\s+(?:in|by|on)\b)/;

/** Is offset `at` inside a parenthesis opened after `from` that begins like `(citing ...`? */
function inExplanatoryParen(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= from; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 41 /* ) */) depth++;
    else if (ch === 40 /* ( */) {
      if (depth > 0) depth--;
      else if (EXPLAINS.test(text.slice(k, k + 40))) return true;
    }
  }
  return false;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/]/;
const escapeRe = (s: string) => (SPECIAL.test(s) ? s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : s);

/**
 * A trie-shaped alternation of names (`Ra(?:ia|mos)`), built from the sorted list: the names sharing
 * a prefix are neighbours, so each branch is one run of the array. Longer names are tried first.
 */
export function nameAlternation(names: string[]): string {
  const a = names.filter(Boolean).sort();
  const build = (lo: number, hi: number, d: number): string => {
    let optional = false;
    if (a[lo].length === d) {
      optional = true;
      lo++;
    }
    const alts: string[] = [];
    for (let i = lo; i < hi; ) {
      const ch = a[i][d];
      let j = i + 1;
      while (j < hi && a[j][d] === ch) j++;
      // The common prefix of the first and last of a sorted run is that of the whole run.
      const first = a[i];
      const last = a[j - 1];
      let k = d + 1;
      while (k < first.length && k < last.length && first[k] === last[k]) k++;
      alts.push(escapeRe(first.slice(d, k)) + (j - i === 1 && first.length === k ? '' : build(i, j, k)));
      i = j;
    }
    if (alts.length === 0) return '';
    return alts.length === 1 && !optional ? alts[0] : `(?:${alts.join('|')})${optional ? '?' : ''}`;
  };
  return a.length ? build(0, a.length, 0) : '(?!)';
}

/** `United States. Although` -> `United States.`: a word of 5+ letters ending in a period ends the sentence. */
function sentenceCut(name: string): string {
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(name)) !== null) {
    const w = m[0];
    if (w.endsWith('.') && /^[A-Za-z'’-]{5,}\.$/.test(w) && !ABBREV.has(w)) return name.slice(0, m.index + w.length);
  }
  return name;
}

type Occurrence = { index: number; length: number; name: string; near: boolean };

// A capitalized word, whole (no `[\w'’-]` before it): `Raia` in "see Raia at 5", not `Donald` in "McDonald".
const CAP_WORD = /(?<![\w'’-])[A-Z][\w'’-]*/g;
// A name's first word: `Smart` of "Smart Nobelman", `Dep't` of "Dep't of Corr."
const FIRST_WORD = /^[\w'’-]*/;
// What makes a capitalized word a reference candidate: `, at 597`, ` at p. *3`
const AT_PIN = /,?\s+at\s+(?:pp?\.\s*)?\*?\d/y;

// Record and rule words that may stand before `at 5` and are never a case name written with a typo.
const NOT_NEAR = /^(?:Doc|Docs|Dkt|App|Apps|Pet|Exh|Exs|Tr|Br|Mot|Opp|Resp|Reply|Compl|Order|Op|Ans|Decl|Aff|Supp|Mem|Rec|Id|Ibid|Section|Part|Page|Note|Rule|Vol|Chapter|Appendix|Exhibit|Transcript|Brief|Motion|Complaint|Petition|Answer|Report|Hearing|Tab|Item|Count|Claim|Notice|Letter|Opinion|Ruling|Decision|Ante|Post|Infra|Supra|Slip)$/;

/**
 * Where the names occur, in one pass of one regex: every name (a trie alternation, whole words), and
 * any other capitalized word followed by a pin (`Smlth at 122`), which counts when it is one letter
 * off a single-word name (OCR: `W1ngler` cited, `Wingler at 175` later). Sorted by position.
 */
function occurrences(text: string, byName: Map<string, number>, from?: number): Occurrence[] {
  const firstFrom = from ?? Math.min(...byName.values());
  // The names by their first word (`Smart` -> Smart Nobelman, Smart), longest first: at a capitalized
  // word, the longest name written there wins. No regex is built per document: compiling an alternation
  // of a document's names cost more than scanning with it (measured on unseen documents).
  const heads = new Map<string, string[]>();
  for (const n of byName.keys()) {
    const h = FIRST_WORD.exec(n)![0];
    const list = heads.get(h);
    if (list) list.push(n);
    else heads.set(h, [n]);
  }
  for (const list of heads.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  // Single-word names by `length<first two letters` and `length>last two letters`, built on first use:
  // two words of 3+ letters one edit apart keep one of those, unless both have 3 letters (kept apart).
  let buckets: Map<string, string[]> | null = null;
  const three: string[] = [];
  const nearMemo = new Map<string, string[]>();
  const nearNames = (lw: string): string[] => {
    const hit = nearMemo.get(lw);
    if (hit) return hit;
    if (!buckets) {
      buckets = new Map();
      for (const n of byName.keys()) {
        if (n.length < 3 || /[\s.]/.test(n)) continue;
        const l = n.toLowerCase();
        if (l.length === 3) three.push(n);
        else {
          for (const k of [`${l.length}<${l.slice(0, 2)}`, `${l.length}>${l.slice(-2)}`]) {
            const list = buckets.get(k);
            if (list) list.push(n);
            else buckets.set(k, [n]);
          }
        }
      }
    }
    const out = new Set<string>();
    for (let len = Math.max(3, lw.length - 1); len <= lw.length + 1; len++) {
      const pool = len === 3 ? [three] : [buckets.get(`${len}<${lw.slice(0, 2)}`), buckets.get(`${len}>${lw.slice(-2)}`)];
      for (const list of pool) {
        for (const n of list ?? []) {
          const ln = n.toLowerCase();
          // `Indians` / `Indian`: a plural is another word, not a misread letter.
          if (nearlyEqual(lw, ln) && lw !== ln + 's' && ln !== lw + 's') out.add(n);
        }
      }
    }
    const list = [...out];
    nearMemo.set(lw, list);
    return list;
  };
  // The first letter and length of each head: a capitalized word that matches none is no head, and
  // its string is never cut out of the text (most capitalized words of a text).
  const headShapes = new Set<number>();
  for (const h of heads.keys()) headShapes.add(h.charCodeAt(0) * 4096 + Math.min(h.length, 4095));
  const found: Occurrence[] = [];
  const re = CAP_WORD;
  re.lastIndex = firstFrom;
  // `test`, not `exec` (no match array per word): the match is the run of word characters that ends at
  // `lastIndex` (the pattern takes a whole run, with no word character before it).
  while (re.test(text)) {
    const end = re.lastIndex;
    let at = end - 1;
    while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--;
    const len = end - at;
    let token: string | null = null;
    let name: string | undefined;
    if (headShapes.has(text.charCodeAt(at) * 4096 + Math.min(len, 4095))) {
      token = text.slice(at, end);
      const names = heads.get(token);
      if (names) for (const n of names) if (text.startsWith(n, at) && !isWordChar(text.charCodeAt(at + n.length))) {
        name = n;
        break;
      }
    }
    if (name !== undefined) {
      found.push({ index: at, length: name.length, name, near: false });
      re.lastIndex = at + name.length;
      continue;
    }
    // Any other capitalized word of 3+ letters before a pin: `Smlth at 122`, `Smlth, at p. *3`.
    if (len < 3) continue;
    AT_PIN.lastIndex = end;
    if (!AT_PIN.test(text)) continue;
    const w = token ?? text.slice(at, end);
    if (NOT_NEAR.test(w) || GENERIC.has(w)) continue;
    const lw = w.toLowerCase();
    const near = nearNames(lw).find((n) => (byName.get(n) ?? Infinity) <= at);
    if (near) found.push({ index: at, length: w.length, name: near, near: true });
  }
  return found;
}

/** A character of `[\w'’-]` (ASCII letters, digits, `_`, apostrophes, hyphen): a name goes on through it. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45;
}

/**
 * Does `word` occur in `text` as a whole word (no `[\w'’-]` on either side)? `young` in "... the young
 * man" yes, in "youngest" no. A string search (no regex built per word, no scan of every position).
 */
export function wordOccurs(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

// Words allowed right before a bare name: "In Raia", "See Raia", "Unlike Raia", "The Raia court".
const LEAD_IN = /^(?:In|See|Under|Unlike|Like|As|The|But|Cf|Following|Applying|Citing|Per|After|Before|Since|Both|And|Also|Neither|Nor|Even|Here|Thus|Accordingly|Moreover|Indeed|Because|While|Although|Yet|Only|Relying|Distinguishing|Contrary|Consistent|Pursuant|Post|Pre|If|When|Whether|Unless|Until|Where|Though|So|Or|Then|What|That|This|Today|Neither|Either|Nothing|Nor|Just|Rather|Instead|Whatever|Once|Unlike|Beyond|Besides|Against|Overruling|Reading|Taking|Read)$/;

const CASE_VERB = /^(?:['’]s\b|\s+(?:held|holds|hold|said|says|stated|states|involved|involves|concerned|addressed|recognized|rejected|established|establishes|provided|provides|did|does|do|is|was|would|may|might|must|could|made|makes|explained|explains|noted|teaches|taught|controls|controlled|applies|applied|requires|required|stands|stood|decided|found|reasoned|itself|announced|adopted|emphasized|observed|concluded|upheld|struck|turned|relied|dealt|squarely))\b/;

/**
 * A bare name is used as a case name: not part of a longer proper name ("Hotel Oasis", "Federal Trade
 * Commission": no capitalized word right before or after it, other than a lead-in such as "In" or
 * "See"), and not a common word starting a sentence ("Young people ...", "Green is ...") when the
 * document also writes that word in lower case.
 */
function usedAsName(text: string, start: number, end: number, name: string, common: Map<string, boolean>): boolean {
  // "Raia Court" is fine; "Hotel Oasis", "Puerto Rico": a capitalized word right after joins the name.
  if (/^[ \u00a0][A-Z][a-z]/.test(text.slice(end, end + 3)) && !/^[ \u00a0](?:Court|Court's|Court’s|Ct\.|Decision|Opinion|Rule|Test|Doctrine|Standard|Factors)\b/.test(text.slice(end, end + 14))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const prev = /([A-Za-z][\w'’.-]*)[ \u00a0]$/.exec(before);
  if (prev && /^[A-Z]/.test(prev[1]) && !prev[1].endsWith('.') && !LEAD_IN.test(prev[1])) return false;
  // "the House of Representatives": a phrase, not the case ("in Rosado of the issue" is the case).
  if (!name.includes(' ') && /^ of /.test(text.slice(end, end + 4)) && !/\b(?:in|In|of)\s+$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  const sentenceStart = (start < 30 && before.trim() === '') || /(?:[.!?:;][”"’)]?|\n\s*\n)\s*$/.test(before);
  if (sentenceStart && !name.includes(' ')) {
    let isWord = common.get(name);
    if (isWord === undefined) {
      const lower = name.toLowerCase();
      isWord = lower !== name && wordOccurs(text, lower);
      common.set(name, isWord);
    }
    // "Young provided ...", "Green's holding": the name acts in the sentence, so it is the case.
    if (isWord && !CASE_VERB.test(text.slice(end, end + 16))) return false;
  }
  return true;
}
