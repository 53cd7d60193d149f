/**
 * The parties named in the caption, with their roles: "ROE, Plaintiff, v. DOE, Defendant." over one line or many,
 * "In re: ROE, Debtor.", one-party forms ("Ex parte ROE", "Application of ROE"), the left column of a two-column
 * caption. Reads the caption lines with the right-hand column cut off.
 */
import type { Fact } from '../engine/types.js';
import { gapAt, type ColumnCaption } from './caption-columns.js';
import { fact, linesIn, squash, titleCase, trimmed, type Line, type ReadContext } from './text-util.js';

// "Plaintiff" · "Defendants-Appellants" · "Plaintiff-Appellant" · "Appellants-Cross-Appellees" · "Petitioner/Appellant" ·
// "Agency" (the respondent before a federal employment board)
const ROLE_WORD = '(?:plaintiffs?|defendants?|agency|employees?|employers?|carriers?|insurers?|relators?|petitioners?|respondents?|appellants?|appellees?|debtors?|movants?|claimants?|intervenor[ \\t]+(?:plaintiffs?|defendants?)|intervenors?|creditors?|trustees?|counterclaimants?|counter-defendants?|counterclaim[ \\t-]+(?:plaintiffs?|defendants?)|third[ \\t-]+party[ \\t-]+(?:plaintiffs?|defendants?))';
// "Plaintiff-Appellant" · "Plaintiffs and Appellants" · "Plaintiff, Appellant" (the First Circuit's comma)
const ROLE_RE = new RegExp(`^(?:cross-)?${ROLE_WORD}(?:(?:[-/]|,?[ \\t]+and[ \\t]+|,[ \\t]*)(?:cross-)?${ROLE_WORD})*\\b[.,;]?$`, 'i');
// Role words left at the end of a name: "ROE, INC., Plaintiff" · "HEINO, Sr., Appellant" · "MONTANA et al., Defendants and Respondents."
const ROLE_TAIL = new RegExp(`,[ \\t]*(?:the[ \\t]+)?${ROLE_WORD}(?:(?:[-/]|,?[ \\t]+and[ \\t]+|,[ \\t]*)(?:cross-)?${ROLE_WORD})*[ \\t]*[.,;]?(?:[ \\t]*\\.[ \\t].*)?$`, 'i');
// The rest of a party's name and its role on the line below a run-in caption: "MONROE, Appellant." · "ROE, Defendant-Appellee."
const WRAPPED_ROLE = /^([A-Z][^,\n]{1,80}),[ \t]*([A-Za-z]+(?:[ \t]*[-/][ \t]*[A-Za-z]+)*)\.?$/;
// "ON APPELLANT'S PETITION FOR DISCRETIONARY REVIEW" · "ON WRIT OF CERTIORARI TO ..." · "APPEAL FROM THE CIRCUIT COURT"
const REVIEW_LINE = /^(?:ON[ \t]+(?:(?:APPELLANT|APPELLEE|STATE|PETITIONER|RESPONDENT)['’]?S[ \t]+|THE[ \t]+)?(?:PETITION|APPEAL|WRIT|CERTIORARI|REVIEW|MOTION)\b|APPEALS?[ \t]+FROM[ \t]+THE\b)/i;
// The rest of a court's name on its own line: "OF TEXAS" · "FOR THE FIFTH CIRCUIT" · "OF THE STATE OF WASHINGTON"
const COURT_NAME_REST = /^(?:OF|FOR)[ \t]+(?:THE[ \t]+)?(?:STATE[ \t]+OF[ \t]+)?[A-Z]+(?:[ \t]+[A-Z]+)?$/;
const OPPOSITE_ROLE: Record<string, string> = { appellant: 'appellee', appellee: 'appellant', petitioner: 'respondent', respondent: 'petitioner' };
const VS_LINE = /^(?:\.?v\.?|vs\.?|versus|-\s*v\.?\s*-|–\s*v\.?\s*–|-\s*vs\.?\s*-|-\s*against\s*-|against)$/i;
const HEADER_LINE = /\b(?:COURT|DISTRICT|DIVISION|CIRCUIT|DOCKET|CASE\s+NO|No\.|Nos\.|CRIMINAL|CIVIL|ACTION|SECTION|ORDER|OPINION|MEMORANDUM|Chapter)\b/i;

// A court's seat or county line of a state court's heading (no comma after it: a party's name line has one):
// "AT NASHVILLE" · "COUNTY OF ALDER" · "MARLOWE COUNTY" · "IN AND FOR THE COUNTY OF KENT" · "TWELFTH JUDICIAL DISTRICT"
// (also a court of appeals' calendar line: "Summary Calendar" · "Non-Argument Calendar")
const SEAT_LINE = /^(?:(?:Summary|Non-Argument|Oral[ \t]+Argument)[ \t]+Calendar|AT\s+[A-Z][A-Za-z .'-]+|(?:IN\s+AND\s+)?FOR\s+(?:THE\s+)?(?:COUNTY|CITY|PARISH)\s+OF\s+[A-Z][A-Za-z .'-]+|(?:COUNTY|CITY|PARISH)\s+OF\s+[A-Z][A-Za-z .'-]+|[A-Z][A-Za-z .'-]+\s+(?:COUNTY|PARISH)|[A-Z0-9][A-Za-z0-9 .'-]*\s+JUDICIAL\s+(?:DISTRICT|CIRCUIT))$/i;

interface CapLine extends Line {}

/** Caption lines with the right-hand column (after ")" "§" "|" ":") cut off; a two-column block gives its left pieces. */
function captionLines(ctx: ReadContext, columns: ColumnCaption | null): CapLine[] {
  const all = linesIn(ctx.text, 0, ctx.headEnd);
  const lines = columns ? [...all.filter((l) => l.end <= columns.start), ...columns.left, ...all.filter((l) => l.start > columns.end)] : all;
  return lines.map((line) => {
    // A footnote mark inside a name ("MUKASEY, Attorney General,[*] Respondent." · "ROE,[2] Defendant"): blanked,
    // keeping the offsets, so it neither cuts the line at its "]" nor hides the role after it.
    // (an em or en dash between role words is a hyphen: "Petitioner—Appellant")
    const l = { ...line, text: line.text.replace(/(?<=[a-z])[—–](?=[A-Z])/g, '-').replace(/\[(?:\*{1,3}|\d{1,2}|[a-z])\]|(?<=[A-Za-z.,])\*{1,3}(?=[\s,]|$)/g, (m) => ' '.repeat(m.length)) };
    // The right-hand column starts at ")" "§" "|" "]" or a wide gap, or at a docket label beside the name
    // ("DENNIS B. ROE, Case No. 2:18-cv-10166").
    // Also a title beside the name ("Bainbridge Fund LTD, ORDER") and a docket label beside the role ("Plaintiff - Appellee, Docket No. 25-1686").
    const cut = l.text.search(
      /\s*(?:\)|§|\||\])(?:\s|$)|\s{6,}\S|,?\s+(?=(?:Case|Civil\s+Action|Criminal\s+Action|Civil|Criminal|Misc\.?|Docket)\s+No\b)|,?\s+(?=(?:MEMORANDUM\s+)?(?:ORDER|OPINION|JUDGMENT)(?:\s+AND\s+[A-Z]+)?\s*$)/,
    );
    let text = cut >= 0 ? l.text.slice(0, cut) : l.text;
    // A wide gap in the original text (collapsed in the reading text) starts the right-hand column too:
    // "FELIX ROE,        No. 09-17011" · ".v.      Before: Jane Doe, Judge"
    const t = trimmed(l);
    const gap = t.text ? gapAt(ctx, t) : -1;
    if (gap >= 0 && gap - l.start < text.length) text = l.text.slice(0, gap - l.start);
    return trimmed({ start: l.start, end: l.start + text.length, text });
  });
}

// The unnamed defendants after a named one: "ROE; and DOES 1 through 10, inclusive" · "ROE, and DOES 1-50" · "ROE, DOES 1 to 5"
const DOES_TAIL = /[,;]?\s+(?:and\s+)?(?:DOES|Does)\s+\d+\b.*$/;

// A list of parties: the first one ends at a semicolon ("ROE; DOE; POE") or at a role word inside the list
// ("PENN RAILROAD CO., Defendant-Appellee, and BROTHERHOOD OF TRAINMEN")
const LIST_CUT = new RegExp(`(?<=\\S{3})\\s*;\\s+\\S.*$|,[ \\t]*${ROLE_WORD}(?:[-/]${ROLE_WORD})*,[ \\t]+(?:and[ \\t]+)?\\S.*$`, 'i');

// A docket sheet's party line: "JOSEPH ROE (1), Defendant, represented by ANN POE, ..." · "USA, Plaintiff, represented by"
const DOCKET_SHEET_PARTY = /^([A-Z][A-Za-z.'’&-]*(?:[ \t]+[A-Za-z.'’&-]+){0,7}?(?:,[ \t]*(?:N\.A\.|INC\.?|Inc\.|LLC|L\.L\.C\.|CORP\.?|Corp\.|CO\.|Co\.|LTD\.?|Ltd\.|L\.P\.|LP))?)(?:[ \t]*\(\d{1,2}\))?,[ \t]*(Plaintiffs?|Defendants?|Petitioners?|Respondents?|Movants?|Debtors?|Appellants?|Appellees?|Intervenors?)[ \t]*,?[ \t]+represented[ \t]+by\b/;

function cleanName(s: string): string {
  // A minutes form's label before the case name: "Title RYAN ROE v. ..." · "Case Title: Gray v. Perry"
  // (a space before a comma or period, as typeset: "LISBON , INC ." -> "LISBON, INC.")
  // A description after the name: "MESA HEALTH, INC., a New Mexico corporation" · "ROE LLC, a Delaware limited liability
  // company" · "CITY OF X, a municipal corporation"
  // A page mark of an online reporter before the name: "[*1]In the Matter of Ada Roe" · "*212 JOHN ROE"
  return squash(s)
    .replace(/^(?:\[\*\d+\]|\*\d+)\s*/, '')
    .replace(/,\s+(?:an?|the)\s+(?:[A-Z][A-Za-z.]*\s+){0,3}(?:municipal\s+|public\s+|foreign\s+|domestic\s+|nonprofit\s+|non-profit\s+)?(?:corporation|limited\s+liability\s+company|limited\s+partnership|partnership|company|political\s+subdivision|body\s+politic)(?=[,;]|\s*$|\s+(?:and|et\s+al)\b)[^,;]*/gi, '').replace(/\s+(?=[,.](?:\s|$))/g, '').replace(/^(?:Case\s+)?Title:?\s+(?=[A-Z])/, '').replace(LIST_CUT, '').replace(/,?\s+(?:and|&)$/i, '').replace(ROLE_TAIL, '').replace(DOES_TAIL, '').replace(/,?\s+(?:and|&)$/i, '').replace(/^[,;:\s]+|[,;:\s]+$/g, '').replace(/,?\s+et\s+al\.?$/i, '').replace(/[.,]$/, '');
}

/**
 * Names in capitals title-cased piece by piece, so that a lower-case connector or description does not keep the
 * rest in capitals: "UNITED STATES ex rel. HOLLIS GRANT" -> "United States ex rel. Hollis Grant" · "MARGARET OSEI,
 * Chapter 7 Trustee" -> "Margaret Osei, Chapter 7 Trustee".
 */
function nameCase(name: string): string {
  return name
    .split(/(\s+ex\s+rel\.?\s+|,\s*)/i)
    .map((part, i) => (i % 2 ? part.replace(/ex\s+rel\.?/i, 'ex rel.') : titleCase(part)))
    .join('');
}

/** The role words left at the end of a name, as a role: "ROE, INC., Plaintiff, Appellant" -> "appellant". */
function tailRole(name: string): string | null {
  const m = ROLE_TAIL.exec(squash(name));
  if (!m) return null;
  const words = m[0].replace(/^,\s*(?:the\s+)?/i, '').replace(/\s*\.\s.*$/, '').replace(/[\s.,;]+$/, '');
  return roleOf(words);
}

function roleOf(word: string): string {
  const w = word.toLowerCase().replace(/[.,;]$/, '').replace(/,?\s+and\s+|,\s*/g, '-');
  // "Intervenor Defendants" · "Intervenor-Plaintiff": an intervenor, whichever side it joined
  if (/^intervenors?[ \t]+(?:plaintiff|defendant)s?$/.test(w)) return 'intervenor';
  // "plaintiff-appellant" -> "appellant" (the role on appeal); "appellants/cross-appellees" -> "appellee"; but
  // "Defendant and Counterclaim Plaintiff" -> "defendant" (the counterclaim role is the second one it holds)
  if (/[-/]/.test(w)) {
    const parts = w.split(/[-/](?!party\b)/);
    const last = parts[parts.length - 1];
    // ("Plaintiff-Relator" is the plaintiff)
    return (/^(?:counterclaim|third|relator)/.test(last) && parts.length > 1 ? parts[0] : last).replace(/s$/, '');
  }
  return w.replace(/s$/, '');
}

const SITE_TITLE_TAIL = /,\s+No\.\s+[\w:.()-]+(?:\s+-\s+Document\s+\d+)?\s+\([^()]*\b\d{4}\)?\s*$/;

export function readParties(ctx: ReadContext, columns: ColumnCaption | null): { parties: Fact<{ role: string; name: string }>[]; caseName: Fact<string> | null } {
  const lines = captionLines(ctx, columns);
  const parties: Fact<{ role: string; name: string }>[] = [];
  let inRe: Fact<string> | null = null;
  let follower: Fact<{ role: string; name: string }> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // "UNITED STATES OF AMERICA, v. HECTOR GONZALEZ, Defendant." on one line
    // (a case-law site's page title ends in the number, the docket entry and the court: "Roe v. Poe, No. 2:2012cv01234 -
    // Document 9 (E.D.N.Y. 2013)" · "Roe v. Poe, No. 12-cv-1234 (S.D.N.Y. 2013)"; those are no part of the name)
    const inline = /^(.{3,120}?),?\s+(?:v\.|vs\.?|versus)\s+(.{3,160}?)(?:,\s*([A-Za-z]+(?:\s*[-/]\s*[A-Za-z]+)*)\.?)?$/.exec(l.text.replace(SITE_TITLE_TAIL, ''));
    // "v. Civil Action No. 11-cv-01564 (BAH)" · "v. JUDGMENT": the "v." with the right column beside it
    const vsBeside = /^(?:v\.?|vs\.?)\s+(?=(?:Civil|Criminal|Case|No\.|Cause|Docket|Misc|JUDGMENT|ORDER|MEMORANDUM|OPINION)\b)/i.test(l.text);
    // "MATT ROE, Petitioner v." (the "v." closing the first party's line, the other party below)
    const vsAfter = /^([A-Z].{2,120}?),?\s+(?:v\.|vs\.)$/.exec(l.text);
    if (vsAfter && !HEADER_LINE.test(vsAfter[1].replace(/\bUnited States\b/gi, ''))) {
      const right = collect(lines, i, +1);
      const first = { ...l, end: l.start + vsAfter[1].length, text: vsAfter[1] };
      const left = collect([...lines.slice(0, i), first, { ...l, start: l.end, text: 'v.' }], i + 1, -1);
      if (left && right) {
        const lrole = left.role ?? tailRole(left.name) ?? 'plaintiff';
        const rrole = right.role ?? tailRole(right.name) ?? 'defendant';
        const lname = nameCase(cleanName(left.name));
        const rname = nameCase(cleanName(right.name));
        if (lname && rname) {
          parties.push(fact(ctx, { role: lrole, name: lname }, left.s, left.e, 'party/caption-versus', 0.85));
          parties.push(fact(ctx, { role: rrole, name: rname }, right.s, right.e, 'party/caption-versus', 0.85));
          const short = (n: string): string => (/^United States of America$/i.test(n) ? 'United States' : n.replace(/,.*$/, ''));
          return { parties, caseName: inRe ?? fact(ctx, `${short(lname)} v. ${short(rname)}`, left.s, right.e, 'party/caption-versus', 0.85) };
        }
      }
    }
    // A short title above the caption ("Ostrander v. Quillfeather Logistics, Inc." heading a slip opinion): the full
    // caption below, with its roles, names the parties.
    if (inline && !VS_LINE.test(l.text) && !vsBeside && !(inline[3] && ROLE_RE.test(inline[3].replace(/\s*([-/])\s*/g, '-'))) && fullCaptionBelow(lines, i)) continue;
    if (VS_LINE.test(l.text) || vsBeside || (inline && !HEADER_LINE.test(l.text.replace(/\bUnited States\b/gi, '')) && /^[A-Z]/.test(inline[1]) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(l.text))) {
      let left: { s: number; e: number; name: string; role: string | null } | null = null;
      let right: { s: number; e: number; name: string; role: string | null } | null = null;
      let intervenor: { s: number; e: number; name: string; role: string | null } | null = null;
      let above: { s: number; e: number; name: string; role: string | null } | null = null;
      if (!VS_LINE.test(l.text) && !vsBeside && inline) {
        const s1 = l.start + l.text.indexOf(inline[1]);
        const s2 = l.start + l.text.lastIndexOf(inline[2]);
        const role3 = inline[3]?.replace(/\s*([-/])\s*/g, '-');
        const r2 = role3 && ROLE_RE.test(role3) ? roleOf(role3) : null;
        left = { s: s1, e: s1 + inline[1].length, name: inline[1], role: null };
        right = { s: s2, e: s2 + inline[2].length, name: r2 ? inline[2] : inline[2] + (inline[3] ? ', ' + inline[3] : ''), role: r2 };
        // The second name wrapped onto the next line with its role: "PEOPLE OF THE STATE, Appellee, v. LATISHA\nMONROE, Appellant."
        // (a double-spaced text puts a blank line between)
        const below = lines.slice(i + 1, i + 3).find((x) => x.text !== '');
        const wrap = !r2 && !inline[3] && below ? WRAPPED_ROLE.exec(below.text) : null;
        const wrapRole = wrap?.[2].replace(/\s*([-/])\s*/g, '-');
        if (below && wrap && wrapRole && ROLE_RE.test(wrapRole)) {
          right = { s: s2, e: below.start + wrap[1].length, name: `${inline[2]} ${wrap[1]}`, role: roleOf(wrapRole) };
        }
      } else {
        left = collect(lines, i, -1);
        right = collect(lines, i, +1);
        // "NLRB, Petitioner, and UNION, Intervenor, v. ...": the first party is the one above the intervenor's "and".
        if (left?.role === 'intervenor') {
          let k = i - 1;
          while (k > 0 && i - k < 24 && !/^and$/i.test(lines[k].text)) k--;
          const first = k > 0 && /^and$/i.test(lines[k].text) ? collect(lines, k, -1) : null;
          if (first) {
            intervenor = left;
            left = first;
          }
        } else if (left?.role) {
          // Two parties on the left, each under its own role: "LISBON, INC., Plaintiff-Appellant, / TECHNOLOGIES, INC.,
          // Plaintiffs, / v." (the upper one is the first named)
          const top = lines.findIndex((x) => x.start === left!.s);
          const up = top > 0 ? collect(lines, top, -1) : null;
          if (up?.role && up.e < left.s) above = up;
        }
      }
      if (!left || !right) continue;
      left.role ??= tailRole(left.name);
      right.role ??= tailRole(right.name);
      const lname = nameCase(cleanName(left.name));
      const rname = nameCase(cleanName(right.name));
      if (!lname || !rname) continue;
      const isUS = /^United States(?: of America)?$/i.test(lname);
      // A party printed without a role across from an appellant or a petitioner is the other side of the review:
      // "CORWIN ROE, Appellant\nv.\nTHE STATE OF TEXAS" (the State is the appellee).
      const lrole = left.role ?? OPPOSITE_ROLE[right.role ?? ''] ?? (isUS ? 'plaintiff' : 'plaintiff');
      const rrole = right.role ?? OPPOSITE_ROLE[left.role ?? ''] ?? 'defendant';
      const aname = above ? nameCase(cleanName(above.name)) : '';
      if (above && aname) parties.push(fact(ctx, { role: above.role!, name: aname }, above.s, above.e, 'party/caption-versus', 0.85));
      parties.push(fact(ctx, { role: lrole, name: lname }, left.s, left.e, 'party/caption-versus', left.role ? 0.95 : 0.8));
      const iname = intervenor ? nameCase(cleanName(intervenor.name)) : '';
      if (intervenor && iname) parties.push(fact(ctx, { role: 'intervenor', name: iname }, intervenor.s, intervenor.e, 'party/caption-versus', 0.85));
      parties.push(fact(ctx, { role: rrole, name: rname }, right.s, right.e, 'party/caption-versus', right.role ? 0.95 : 0.8));
      // A third printed role below the second party: "COASTAL ASSOCIATION,\nIntervenor." · "HOLLIS BRANT,\nCounterclaim Defendant."
      if (right.role) {
        const third = thirdParty(lines, right.e, [lrole, rrole]);
        if (third) parties.push(fact(ctx, { role: third.role, name: third.name }, third.s, third.e, 'party/caption-third', 0.8));
      }
      const short = (n: string): string => (/^United States of America$/i.test(n) ? 'United States' : n.replace(/,.*$/, ''));
      const caseName = inRe ?? fact(ctx, `${short(aname || lname)} v. ${short(rname)}`, (above ?? left).s, right.e, 'party/caption-versus', 0.9);
      return { parties: distinctParties(parties), caseName };
    }
    // "In re: )" alone on its line, the name below it: "In Re: )\n\nALLEN ROE, LLC, ) Case No. ...\n\nDebtor. )"
    // "In the Matter of the Application of\nHOLLIS ROE," (the applicant is the petitioner)
    const alone = /^In\s+(?:re|the\s+Matter\s+of):?(\s+(?:the\s+)?(?:Application|Petition)\s+of)?:?$/i.exec(l.text);
    if (!inRe && alone) {
      const below = collect(lines, i, +1);
      const name = below ? nameCase(cleanName(below.name)) : '';
      if (below && name) {
        parties.push(fact(ctx, { role: below.role ?? (alone[1] ? 'petitioner' : 'subject'), name }, below.s, below.e, 'party/in-re', 0.85));
        inRe = fact(ctx, `In re ${name}`, l.start, below.e, 'party/in-re', 0.85);
      }
      continue;
    }
    // "Ex parte James ROE." · "Application of Ann ROE and Lee DOE." · "Petition of ROE SHIPPING CO." · "In the Interest of
    // K.N.C., a child.": a one-party caption (the applicant is the petitioner)
    const one: RegExpExecArray | null = !inRe && i < 12 ? /^(Ex\s+parte|Application\s+of|Petition\s+of|In\s+the\s+Interest\s+of|Matter\s+of)\s+([A-Z].{1,160}?)[.,]?$/.exec(l.text) : null;
    if (one && !/\b(?:v\.|vs\.)\s/.test(l.text)) {
      const name = nameCase(cleanName(firstParty(one[2].replace(/,\s*(?:an?\s+)?(?:child|children|minors?|juveniles?)\b.*$/i, ''))));
      if (name) {
        const s = l.start + l.text.indexOf(one[2]);
        const role = /^In\s+the\s+Interest|^Matter/i.test(one[1]) ? 'subject' : 'petitioner';
        parties.push(fact(ctx, { role, name }, s, s + one[2].length, 'party/one-party', 0.8));
        inRe = fact(ctx, `${one[1].replace(/\s+/g, ' ')} ${name}`, l.start, l.end, 'party/one-party', 0.8);
        continue;
      }
    }
    // "In re: JANE ROE, Debtor."
    const re = /^In\s+(?:re|the\s+Matter\s+of):?\s+(.{2,120}?)(?:,\s*([A-Za-z-]+)\.?)?$/i.exec(l.text);
    if (re) {
      let role = re[2] && ROLE_RE.test(re[2]) ? roleOf(re[2]) : null;
      let name = re[2] && !role ? `${re[1]}, ${re[2]}` : re[1];
      if (!role) {
        const next = lines.slice(i + 1, i + 4).find((x) => ROLE_RE.test(x.text));
        if (next) role = roleOf(next.text);
      }
      const s = l.start + l.text.indexOf(re[1]);
      name = nameCase(cleanName(name));
      // A site's title line above the caption ("In Re Pedersen" ... "In re Steinar PEDERSEN, Debtor."): the caption's
      // line, with its role, replaces the title's.
      if (inRe && role && parties.length === 1 && parties[0].rule === 'party/in-re' && parties[0].value.role === 'subject' && !follower) {
        parties.length = 0;
        inRe = null;
      }
      if (inRe) continue;
      parties.push(fact(ctx, { role: role ?? 'subject', name }, s, s + re[1].length, 'party/in-re', 0.9));
      // An adversary proceeding names its own parties below the "In re" line: keep reading.
      inRe = fact(ctx, `In re ${name}`, l.start, l.end, 'party/in-re', 0.9);
      // An appeal in a bankruptcy case with no "v.": "IN RE: ROE, INC., / Debtor, / POE BANK, / Appellant." names the
      // appellant below the debtor.
      if (role) {
        const next = thirdParty(lines, l.end, [role]);
        if (next) follower = fact(ctx, { role: next.role, name: next.name }, next.s, next.e, 'party/in-re-appeal', 0.8);
      }
    }
  }
  if (follower && parties.length === 1) parties.push(follower);
  // No caption: a docket sheet's party lines ("JOSEPH ROE (1), Defendant, represented by ..." · "USA, Plaintiff,
  // represented by ...").
  if (!parties.length && !inRe) {
    for (const l of lines) {
      const d = DOCKET_SHEET_PARTY.exec(l.text);
      if (!d) continue;
      const name = /^[A-Z]{2,4}$/.test(d[1]) ? d[1] : nameCase(cleanName(d[1]));
      const s = l.start + l.text.indexOf(d[1]);
      if (name) parties.push(fact(ctx, { role: roleOf(d[2]), name }, s, s + d[1].length, 'party/docket-sheet', 0.75));
    }
  }
  return { parties: distinctParties(parties), caseName: inRe };
}

/** One party per name: an "In re" or one-party line read again in the "v." caption below keeps the later reading. */
function distinctParties(parties: Fact<{ role: string; name: string }>[]): Fact<{ role: string; name: string }>[] {
  const key = (p: Fact<{ role: string; name: string }>): string => p.value.name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  // (the same name under another printed role is another capacity: "In re ROE, INC., Debtor. / ROE, INC., Plaintiff")
  return parties.filter((p, i) => !parties.slice(i + 1).some((q) => key(q) === key(p) && (q.value.role === p.value.role || p.value.role === 'subject')));
}

/** The first party of a long list: cut at the first comma, semicolon, "d/b/a" or "and" once the name is long. */
function firstParty(t: string): string {
  if (t.length <= 60) return t;
  // (not at the comma before a suffix: "HATTER, Jr., ..." · "ACME, INC., ..." · "PONCE BANK, F.S.B.")
  const m = /,(?!\s*(?:Jr|Sr|I{2,3}|IV|Inc|L\.?\s?L\.?\s?C|PLLC|Ltd|Co|Corp|N\.\s?A|P\.\s?[CA]|L\.?\s?L\.?\s?P|L\.?\s?P|F\.\s?S\.\s?B|S\.\s?A)\b)|;|\s+d\/b\/a\b|\s+and\s+|\s+\(/i.exec(t.slice(3));
  return m ? t.slice(0, m.index + 3) : t;
}

/** A "v." line below `at` with a role line on either side: the full caption a short title stands above. */
function fullCaptionBelow(lines: CapLine[], at: number): boolean {
  for (let k = at + 1; k < lines.length && k < at + 40; k++) {
    if (!VS_LINE.test(lines[k].text)) continue;
    return Boolean(collect(lines, k, 1)?.role || collect(lines, k, -1)?.role);
  }
  return false;
}

/**
 * A party under a third printed role, right below the second party's block (one "and" or "v." line may stand
 * between): an intervenor, a counterclaim or third-party defendant, a claimant. Null when the next block is no
 * party with a role of its own.
 */
function thirdParty(lines: CapLine[], after: number, roles: string[]): { s: number; e: number; name: string; role: string } | null {
  let j = lines.findIndex((l) => l.start >= after && l.text !== '');
  if (j < 0) return null;
  // (past the second party's own role line)
  while (j < lines.length && (lines[j].text === '' || ROLE_RE.test(lines[j].text.replace(/\s*([-/])\s*/g, '$1')))) j++;
  if (j >= lines.length) return null;
  const joined = /^and$/i.test(lines[j].text);
  if (/^(?:and|v\.?|vs\.?)$/i.test(lines[j].text)) j++;
  while (j < lines.length && lines[j].text === '') j++;
  if (j >= lines.length || HEADER_LINE.test(lines[j].text) || VS_LINE.test(lines[j].text)) return null;
  const block = collect(lines, j - 1, 1);
  // A role already held is another party's only after an "and" line or with a role word of its own
  // ("and / FDIC, / Counterclaim Defendant, Appellee." · "POWER CO., / Intervenor-Defendant-Appellee.")
  const own = joined || /\b(?:intervenors?|counterclaim|counter-defendants?|third[ -]party|cross-claim)/i.test(block?.roleText ?? '');
  if (!block || !block.role || (roles.includes(block.role) && !own)) return null;
  // Two parties under one role, the first named: "KESTREL RUBBER, INC., and\nKESTREL RUBBER OPERATIONS, LLC,"
  const name = nameCase(cleanName(block.name.replace(/,[ \t]+and[ \t]+[A-Z].*$/s, '')));
  return name && name.length >= 3 ? { s: block.s, e: block.e, name, role: block.role } : null;
}

/** Gather a party name from the lines before (dir -1) or after (dir +1) the "v." line, with its role word. */
function collect(lines: CapLine[], at: number, dir: 1 | -1): { s: number; e: number; name: string; role: string | null; roleText?: string } | null {
  const names: CapLine[] = [];
  let role: string | null = null;
  let rawRole: string | undefined;
  for (let j = at + dir, steps = 0; j >= 0 && j < lines.length && steps < (names.length >= 3 ? 24 : 8); j += dir, steps++) {
    const t = lines[j].text;
    if (!t) {
      if (names.length && dir === 1 && role) break;
      if (names.length >= 3 && dir === -1) break;
      continue;
    }
    // Above the "v.": a rule line or an "In re" line ends the party; a role line above collected names is another party's.
    if (dir === -1 && (/^[_=*-]{5,}$/.test(t) || /^In\s+(?:re|the\s+Matter\s+of)\b/i.test(t))) {
      if (names.length || /^In\s/i.test(t)) break;
      continue;
    }
    // "Plaintiff," · "Petitioner - Appellant,"
    const roleText = t.replace(/\s*([-/])\s*/g, '$1');
    if (ROLE_RE.test(roleText)) {
      if (dir === 1) {
        role = roleOf(roleText);
        rawRole = roleText;
        break;
      }
      if (names.length) break;
      role ??= roleOf(roleText);
      rawRole ??= roleText;
      continue;
    }
    // A trailing role after the name: "JOHN DOE, Defendant." · "JOHN DOE, Petitioner - Appellant" · a long list
    // "L. REID, K. COOPER, ..., Defendants." (first named party kept). Such a line is a party line whatever words it holds.
    const tail = /^(.*?),\s*([A-Za-z]+(?:\s*[-/]\s*[A-Za-z]+)*)\.?,?$/.exec(t);
    if (tail && ROLE_RE.test(tail[2].replace(/\s*([-/])\s*/g, '$1').replace(/\//g, '-'))) {
      if (dir === -1 && names.length) break;
      rawRole = tail[2];
      role = roleOf(tail[2].replace(/\s*([-/])\s*/g, '$1').replace(/\//g, '-'));
      const name = firstParty(tail[1]);
      const cut = { ...lines[j], end: lines[j].start + name.length, text: name };
      if (dir === 1) names.push(cut);
      else names.unshift(cut);
      if (dir === 1) break;
      continue;
    }
    // The line naming the review ("ON APPELLANT'S PETITION FOR DISCRETIONARY REVIEW", "APPEAL FROM THE ...") ends the
    // party below the "v."; the rest of a court's name ("OF TEXAS" under "IN THE COURT OF CRIMINAL APPEALS") ends the
    // party above it.
    if (names.length && (REVIEW_LINE.test(t) || (dir === -1 && COURT_NAME_REST.test(t)))) break;
    // A second "v." (a third-party caption) ends the party; so do, above a name, a clerk's stamp ("JOHN ROE\nCLERK") and
    // a court's initials left of a docket label ("D.C. Docket No. ...").
    if (VS_LINE.test(t)) break;
    // Above a party's name, the heading's seat or county line ends the party ("AT NASHVILLE" over "STATE OF TENNESSEE,").
    if (dir === -1 && names.length && SEAT_LINE.test(t)) break;
    // Below a service member's name, the service: "Airman Basic ROE\nUnited States Air Force".
    if (names.length && /^(?:United\s+States\s+)?(?:Air\s+Force|Army|Navy|Marine\s+Corps|Coast\s+Guard)$/i.test(t)) break;
    if (names.length && (/^[A-Z .,'-]*\bCLERK$/.test(t) || /^(?:[A-Z]\.\s?){1,3}$/.test(t))) break;
    // The right column's title alone on a line right after the "v.": "v.\nMEMORANDUM *\nH. A. RIOS,"
    if (dir === 1 && names.length === 0 && /^(?:MEMORANDUM|ORDER|OPINION|JUDGMENT)(?:\s+(?:AND\s+)?(?:ORDER|OPINION|JUDGMENT))?[\s*†\d]*$/.test(t)) continue;
    // OCR noise beside the caption ("t t > la~7O"): no word of three letters, stray marks or hardly any letters.
    if (!/[A-Za-z]{3}/.test(t) && (/[~<>{}^|\\\]\[]/.test(t) || (t.match(/[A-Za-z]/g)?.length ?? 0) <= 4) && !ROLE_RE.test(t)) continue;
    // A judge or docket line in the left column ("Judge Beryl A. Howell", "Case No. 1:15-cv-01039") is no party.
    // Also another office's number: "Agency No. A012-345-678" · "D.C. No. 1:17-cv-00411" · "BIA No. 12-345"
    // (also "Magistrate Judge Ruth A. Kessing" · "U.S. District Judge Ann Roe" beside the caption, but not a judge who is a
    // party: "Judge Terry J. ROE, Jr., ...,")
    if (/^(?:(?:U\.\s?S\.|United\s+States|Chief|Senior)\s+)?(?:District|Magistrate|Bankruptcy)\s+Judge\s+[A-Z][^,]*$/.test(t)) continue;
    // A number of the right-hand column on a line of its own: "(D.C. No. 5:19-CV-00877-R)" · "18-CR-204 (NGG)"
    if (/^\(?(?:[A-Z]\.){1,3}[ \t]*Nos?\.|^\(?\d{1,2}(?::\d{2})?-?[A-Za-z]{2,4}-?\d{2,6}\b/.test(t)) continue;
    if (/^(?:(?:Hon\.|Honorable)\s+[A-Z]|Judge\s+[A-Z](?![^,]*,\s*\S)|(?:Case|Civil|Criminal|Civ\.|Crim\.|Docket|Misc\.?|No\.)[^\n]*\d|(?:[A-Z][A-Za-z.]*\s+){1,2}Nos?\.\s*[\w:-]*\d)/.test(t)) continue;
    // The line right after "v." is a party even when long or numbered ("David GOLDSTEIN d/b/a Wayne Manor Apartments and
    // ...") or when it holds a header word ("ROE/DOE, A DIVISION OF"), unless it names a court or a case number.
    // (the District of Columbia is a party, not a court: "DISTRICT OF COLUMBIA, et al.,")
    const firstBelow = dir === 1 && names.length === 0 && !/\b(?:COURT|DISTRICT\s+OF(?!\s+COLUMBIA\b)|CIRCUIT|DOCKET|CASE\s+NO|No\.|Nos\.|Chapter)\b/i.test(t) && !/^(?:MEMORANDUM|ORDER|OPINION|JUDGMENT)\b/.test(t) && !/^FOR\s+THE\b/i.test(t);
    if (firstBelow && t.length <= 90 && !/\d{2}/.test(t) && HEADER_LINE.test(t)) {
      names.push(lines[j]);
      continue;
    }
    // (a long line's header words may be in the officer's description: "LUMPKIN, Director, ... Institutions Division,")
    if (dir === 1 && names.length === 0 && (t.length > 90 || /\d{2}/.test(t)) && !HEADER_LINE.test(t.length > 90 ? firstParty(t) : t)) {
      const name = firstParty(t);
      names.push({ ...lines[j], end: lines[j].start + name.length, text: name });
      continue;
    }
    // The line right above a role line is that party's name even with a header word in it ("DISTRICT TITLE,"),
    // unless it names a court or its parts.
    // Inside a long list, a line that runs on into the next ("LOCAL UNION NO. 504, affiliated with THE") is part of it.
    if (dir === -1 && ((names.length >= 3 && /,$/.test(t)) || (names.length >= 1 && /\b(?:and|of|the|with|for|&)$/i.test(t))) && lines[j + 1]?.start === names[0].start && !/\b(?:COURT|DIVISION|CIRCUIT|DISTRICT(?!\s+OF\s+COLUMBIA))\b/i.test(t)) {
      names.unshift(lines[j]);
      if (names.length >= 16 || !lines[j - 1]?.text) break;
      continue;
    }
    const namedAboveRole = dir === -1 && names.length === 0 && role !== null && t.length <= 90 && !/\b(?:COURT|DISTRICT\s+OF(?!\s+COLUMBIA\b)|DIVISION|CIRCUIT|No\.)/i.test(t) && !/^FOR\s+THE\b/i.test(t);
    if (!namedAboveRole && HEADER_LINE.test(t) && !/^(?:THE\s+)?UNITED STATES(?: OF AMERICA)?,?$/i.test(t)) break;
    if (t.length > 90 || /\d{2}/.test(t)) break;
    if (dir === 1) names.push(lines[j]);
    else names.unshift(lines[j]);
    // A list of parties runs on past three lines while its lines touch ("Judge Terry J. ROE, Jr., Ann POE, on behalf /
    // of ... / ..., Plaintiffs-Appellants,"): its first party is at the top of the block, not in its middle.
    const next = lines[j + dir];
    if (names.length >= 3 && (names.length >= 16 || !next?.text || (HEADER_LINE.test(next.text) && !(dir === -1 && /(?:,|\b(?:and|of|the|with|for|&))$/i.test(next.text))))) {
      // (below the "v.", the list's role line may follow after a blank line)
      const after = dir === 1 ? lines.slice(j + 1, j + 4).find((x) => x.text) : undefined;
      if (!(after && ROLE_RE.test(after.text.replace(/\s*([-/])\s*/g, '$1')) && names.length < 16)) break;
    }
  }
  if (names.length === 0) return null;
  const joined = names.map((n) => n.text).join(' ');
  return { s: names[0].start, e: names[names.length - 1].end, name: names.length > 3 ? firstParty(joined) : joined, role, roleText: rawRole };
}


// ---- a caption flattened into one line --------------------------------------------------------------------------

// What may stand between the "v." and the second party in a flattened caption: the right column's title, number and
// judge ("-against- MEMORANDUM & ORDER 12-CV-3456(ABC) KARL POE, Defendant." · "v. Criminal Action No. 12-34 (LMO) ANN
// ROE, Chief Judge Lena Ortiz Defendant.")
const FLAT_JUDGE_CUT = /,?[ \t]*(?:(?:Chief|Senior|CHIEF|SENIOR)[ \t]+)?(?:(?:District|Magistrate|DISTRICT|MAGISTRATE)[ \t]+)?(?:Judge|JUDGE)[ \t]+[A-Z].*$/;
const FLAT_TITLE_LEAD = /^(?:(?:MEMORANDUM|OPINION|DECISION|RULING|ORDER)(?:[ \t]+(?:AND|&|and)[ \t]+ORDER)?|MEMORANDUM[ \t]+(?:OPINION|DECISION)(?:[ \t]+AND[ \t]+ORDER)?)[ \t]+/;

function flatName(raw: string): string | null {
  // (a description in lower case after the name is cut: "ANN ROE, by her next friend, ..." · "KARL POE, Director of the
  // Department" · "ACME CORP., a Delaware corporation"; so is "et al.")
  const n = raw
    .replace(/^[\s\-=_*X)]+(?=[A-Z])/, '')
    .replace(/,[ \t]+(?=[a-z]|[A-Z][a-z]).*$/, '')
    .replace(/,?[ \t]+et[ \t]+al\.?.*$/i, '')
    .replace(/[\s,;:)]+$/, '');
  // (names in capitals, three to 120 characters, not the court's words)
  if (n.length < 3 || n.length > 120 || /[a-z]{3,}/.test(n.replace(/\bet\s+al\b\.?/g, '')) || /\b(?:COURT|DISTRICT|DIVISION|No\.)\b/.test(n) || !/^[A-Z]/.test(n)) return null;
  return n;
}

/**
 * The parties of a caption flattened into one line, read after the court's header ends at `from`: "ANN ROE, Plaintiff,
 * v. KARL POE, Defendant." · "UNITED STATES OF AMERICA, Plaintiff, -against- MEMORANDUM & ORDER 12-CV-3456(ABC) KARL
 * POE, Defendant." · "UNITED STATES OF AMERICA v. Criminal Action No. 12-34 (LMO) ANN ROE, Chief Judge Lena Ortiz
 * Defendant." Names in capitals only.
 */
export function readFlatParties(ctx: ReadContext, from: number): Fact<{ role: string; name: string }>[] {
  const rest = ctx.text.slice(from, from + 900);
  const vs = /[ \t](?:v\.|vs\.|-against-|–against–|against)[ \t]/.exec(rest);
  if (!vs || vs.index > 300) return [];
  const leftRaw = rest.slice(0, vs.index);
  const lrole = new RegExp(`,?[ \\t]+(${ROLE_WORD})[ \\t]*[.,]?[ \\t]*$`, 'i').exec(leftRaw);
  // (the right column's number beside the first party: "ANN ROE, JR., Civil Action No. 15-1234 (ABC) Petitioner,")
  const leftText = (lrole ? leftRaw.slice(0, lrole.index) : leftRaw).replace(/,?[ \t]+(?:(?:Civil|Criminal|CIVIL|CRIMINAL)[ \t]+(?:Action|ACTION|Case|CASE)[ \t]+)?(?:Case[ \t]+|CASE[ \t]+)?(?:No|NO)\.?:?[ \t]*\S*\d.*$/, '');
  const lname = flatName(leftText);
  const after = vs.index + vs[0].length;
  const rrole = /,?[ \t]+(Defendants?|Respondents?|Appellees?|DEFENDANTS?|RESPONDENTS?|APPELLEES?)\b[ \t]*[.,]?/.exec(rest.slice(after, after + 400));
  if (!lname || !rrole) return [];
  let seg = rest.slice(after, after + rrole.index).replace(FLAT_JUDGE_CUT, '');
  let segAt = after;
  // (the right column's number and title before the name: the name is what follows the last token with a digit or ")")
  const tokens = [...seg.matchAll(/\S+/g)];
  const lastNoise = tokens.map((t) => /[\d)]/.test(t[0])).lastIndexOf(true);
  if (lastNoise >= 0) {
    const cut = tokens[lastNoise].index! + tokens[lastNoise][0].length;
    segAt += cut;
    seg = seg.slice(cut);
  }
  const lead = FLAT_TITLE_LEAD.exec(seg.trimStart());
  if (lead) {
    const cut = seg.length - seg.trimStart().length + lead[0].length;
    segAt += cut;
    seg = seg.slice(cut);
  }
  const rname = flatName(seg);
  if (!rname) return [];
  const ls = from + leftText.indexOf(lname);
  const rs = from + segAt + seg.indexOf(rname);
  const isUS = /^UNITED STATES(?: OF AMERICA)?$/.test(lname);
  return [
    fact(ctx, { role: lrole ? roleOf(lrole[1]) : isUS ? 'plaintiff' : 'plaintiff', name: nameCase(cleanName(lname)) }, ls, ls + lname.length, 'party/flattened-caption', 0.7),
    fact(ctx, { role: roleOf(rrole[1]), name: nameCase(cleanName(rname)) }, rs, rs + rname.length, 'party/flattened-caption', 0.7),
  ];
}
