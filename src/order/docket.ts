/** Docket numbers in the caption, as printed and normalized (`1:17-CR-00085-MOC-DLH` -> `1:17-cr-00085`). */
import type { Rule, RuleSet } from '../engine/types.js';
import { parseDate } from './date-parse.js';

export interface DocketValue {
  printed: string;
  normalized: string;
  /** From the type code (cr/cv/bk) or the label (Criminal Action, Civil Action, Bankruptcy). */
  type: 'criminal' | 'civil' | 'bankruptcy' | null;
  /** Further numbers of a list on the same caption line ("Nos. 20-1234, 20-1235"); offset from this one's start. */
  also?: Array<Omit<DocketValue, 'also'> & { offset: number }>;
}

const TYPE = '(?:cr|crim|cv|civ|mj|mc|misc|bk|ap|po|hc|sw)';
// One docket number: "1:17-CR-00085-MOC-DLH" · "3:16-cr-209-MOC-DSC-3" · "15 Cr. 445-3 (PAE)" · "05-20067-01-JWL"
// · "93-97-2 (BAH)" · "ELH-16-117" · "CR01-2003-LRR" · "4:04CR3140" · "1:18-CR-56(7)" · "18-50123-GRS"
const NUMBER =
  `(?:[A-Z]{1,4}-?(?=\\d))?(?:\\d{1,2}:)?(?:\\d{2,4}|\\d{5}(?=-\\d{2}\\b))` +
  `(?:(?:\\s?-?\\s?${TYPE}\\.?\\s?-?\\s?|-)\\d{1,6})` +
  `(?:-(?:[A-Z]{1,5}\\d{0,3}|\\d{1,3}[A-Z]{0,5}\\d{0,2})(?![\\w]))*` +
  `(?:[ \\t]?\\((?:\\d{1,2}|[A-Z]{2,5})\\))?` +
  // A last group of digits set apart by a space, the line or the ")" column ending there: "00-16 235A" (a board's number)
  `(?:[ \\t]\\d{3,6}[A-Z]?(?=[ \\t]*(?:$|[)|§])))?` +
  `(?:[ \\t](?:[A-Z]{2,4})(?=[ \\t]*(?:$|[A-Z]{1,3}\\d)))?`;

// "DOCKET NO." · "Case No.:" · "Criminal Action No." · "CRIMINAL CASE NO." · "Cause No." · "Crim." · "No." · "Bankruptcy Case No."
// · "Civ. A. No." · "C.A. No." · "Civil File No." · "Adv. Pro. No." · "Misc." · "Record No." · "MDL No." · "CR. No."
const LABEL =
  `(?:(?:CR\\.?[ \\t]*(?=No\\.)|CV\\.?[ \\t]*(?=No\\.)|L\\.[ \\t]?A\\.|S\\.[ \\t]?F\\.|C\\.[ \\t]?A\\.[ \\t]*(?=No)|Sac\\.|Docket|Case|Cause|Civil|Criminal|Crim\\.?(?:[ \\t]*A\\.)?|Civ\\.?(?:[ \\t]*A\\.)?|Misc\\.?|Bankruptcy|Bankr\\.|Bk\\.|Adversary|Adv\\.|(?:Patent[ \\t]+)?Appeal|Action|Proceeding|Proc\\.|Pro\\.|Record|MDL|Petition|Index)` +
  `(?:[ \\t]+(?:Action|Case|File|Proceeding|Proc\\.|Pro\\.|Matter|Docket(?:[ \\t]+[A-Z]{1,3}(?=[ \\t]+No))?))?[ \\t]*(?:Nos?\\.?|Numbers?|#)?|Nos?(?:[ \\t]?\\.)?|Number)[ \\t]*:?[ \\t]*`;

// One docket number in any court's style, for a caption line that holds nothing else: "06-cv-01222-CMA-KLM" ·
// "77 C 2105" · "Civil 4-80-425" · "BK91-41705" · "95-A-367-S" · "12–CF–1657" · "A03A1865" · "481 of 1954" ·
// "CIV.A.05-2326(ESH)" · "402 MAL 2011" · "15709"
const WORD_TYPE = '(?:Civil|Criminal|Civ\\.|Crim\\.|Cr\\.|CIV\\.?[ \\t]?A\\.|CV|CR)';
// What follows a comma inside one number: "No. 6, Original" (the Supreme Court's original docket) · "No. 45, September
// Term, 2013" (a term of court) · "No. 154, 2019" (Delaware's Supreme Court numbers its appeals within the year they were filed)
const TERM_TAIL = '(?:Orig(?:inal|\\.)|(?:[A-Z][a-z]+\\.?[ \\t]+)?Term,?[ \\t]+\\d{4}|(?:19|20)\\d{2}(?![\\d-]))';

// Also a type code set apart from the number and an office or judge code after it: "MC 73-54" · "CR 79-217 PHX CLH" ·
// "CA CR 05-828" · "3-70 Civ. 261" (office 3, year 70) · "CAAP–13–0000182"
const TOKEN =
  `(?:${WORD_TYPE}[ \\t]*)?(?:[A-Z]{2,4}[ \\t]+){0,2}(?:` +
  `\\d{1,4},[ \\t]*${TERM_TAIL}` +
  `|\\d{1,3}(?:,\\d{3})+(?![\\d-])` +
  `|(?:\\d-\\d{2}|\\d{1,4})[ \\t]+(?:C|CV|CR|Civ\\.?|Cr\\.?|Crim\\.?|Misc\\.?|M|[A-Z]{2,4}|(?:[A-Z]\\.){2,3})\\.?[ \\t]+\\d{1,6}` +
  `|\\d{1,6}[ \\t]+of[ \\t]+\\d{4}` +
  `|[A-Z]{0,6}[-.–—]?\\d[\\dA-Z]*(?:[ \\t]?[-–—:/.][ \\t]?[\\dA-Z]+)*)` +
  `(?:[ \\t]?\\((?:\\d{1,2}|[A-Z]{2,5})\\))?(?:[ \\t]+[A-Z]{2,4}(?!\\w|\\.\\w)){0,2}`;

/** Letters before the numbers: one of our labels (a caption line holds only a label and its numbers). */
const LINE_LABEL = `(?:${LABEL})`;

export const docketRules: Rule<DocketValue>[] = [
  {
    id: 'docket/labelled',
    anchors: ['no', 'case', 'action', 'criminal', 'crim', 'civ', 'cause', 'docket', 'misc', 'bankr', 'adv', 'record', 'mdl'],
    // "DOCKET NO. 1:17-CR-00085-MOC-DLH" · "Criminal Action No. 12-154 (BAH)" · "Case No. 19-10234"
    pattern: new RegExp(`\\b(${LABEL})(${NUMBER})`, 'gim'),
    parse: (m, text) => {
      const printed = m[2].replace(/[ \t]+$/, '');
      const start = m.index + m[1].length;
      if (parseDate(printed) || /^[-/]\d/.test(text.slice(start + printed.length, start + printed.length + 2))) return null;
      const v = normalizeDocket(printed, m[1]);
      if (!v) return null;
      // A plural label lists more numbers after this one, maybe wrapped onto the next line by a column beside it:
      // "Docket Nos. 19031-13, 27735-13,      Filed February 20, 2020.\n11905-14."
      const also: NonNullable<DocketValue['also']> = [];
      if (/\bNos\b|\bNumbers\b/i.test(m[1])) {
        const more = new RegExp(`^,[ \\t]*(?:and[ \\t]+)?(${NUMBER})|^,[^\\n]*\\n[ \\t]*(${NUMBER})(?=[ \\t]*[.,;]?[ \\t]*$)`, 'm');
        let at = start + printed.length;
        for (let n = 0; n < 20; n++) {
          const x = more.exec(text.slice(at, at + 200));
          const got = x?.[1] ?? x?.[2];
          if (!x || !got || x.index !== 0) break;
          const p = got.replace(/[ \t]+$/, '');
          const w = normalizeDocket(p, m[1]);
          if (!w || parseDate(p)) break;
          const pos = at + x[0].lastIndexOf(got);
          also.push({ ...w, offset: pos - start });
          at = pos + p.length;
        }
      }
      // Consolidated cases: a second number of the same office-year form after a space, closing the line ("Civil Action
      // 1:24-00249 1:24-00323")
      if (!also.length && /^\d{1,2}:\d{2}-/.test(printed)) {
        const next = new RegExp(`^[ \\t]+(${NUMBER})[ \\t]*(?:\\n|$)`).exec(text.slice(start + printed.length, start + printed.length + 80));
        const p2 = next?.[1].replace(/[ \t]+$/, '');
        const w = p2 && /^\d{1,2}:\d{2}-/.test(p2) ? normalizeDocket(p2, m[1]) : null;
        if (next && p2 && w) also.push({ ...w, offset: printed.length + next[0].indexOf(next[1]) });
      }
      return { value: also.length ? { ...v, also } : v, span: [start, start + printed.length], confidence: 0.95 };
    },
    priority: 30,
    examples: [
      { text: 'DOCKET NO. 1:17-CR-00085-MOC-DLH', expect: { printed: '1:17-CR-00085-MOC-DLH', normalized: '1:17-cr-00085', type: 'criminal' } },
      { text: 'Criminal Action No. 12-154 (BAH)', expect: { printed: '12-154 (BAH)', normalized: '12-154', type: 'criminal' } },
      { text: 'No. 3:20-cv-00123', expect: { normalized: '3:20-cv-00123', type: 'civil' } },
      { text: 'Case No. 18-50123-GRS', expect: { normalized: '18-50123' } },
      { text: 'Civil Action 1:24-00412 1:24-00519\n', expect: { printed: '1:24-00412' } },
      { text: 'Bankruptcy Case No. 18-50123-GRS', expect: { type: 'bankruptcy' } },
      { text: 'No. 20-1234', expect: { normalized: '20-1234' } },
      { text: 'Crim. 16-00460 (SDW)', expect: { normalized: '16-00460' } },
      { text: 'DOCKET NO. 00-16 235A ) DATE', expect: { printed: '00-16 235A', normalized: '00-16-235a' } },
      { text: 'Docket No. 09-41 118\n', expect: { printed: '09-41 118' } },
      { text: 'Docket Nos. 21044-15, 3310-16,      Filed May 3, 2019.\n   8712-17.\n', expect: { printed: '21044-15', also: [{ printed: '3310-16', normalized: '3310-16', type: null, offset: 10 }, { printed: '8712-17', normalized: '8712-17', type: null, offset: 46 }] } },
    ],
    counterexamples: ['No. 5 on the list', 'Case 2020 was', 'No. 04-27-2021', 'Misc. Docket entries 12-14'],
  },
  {
    id: 'docket/caption-line',
    anchors: ['no', 'case', 'action', 'criminal', 'crim', 'civ', 'cause', 'docket', 'misc', 'bankr', 'adv', 'record', 'mdl', 'index', 'petition', 'appeal'],
    // A caption line that holds only a label and its number(s), in any court's style, maybe behind the
    // ")" column of the parties: "No. 77 C 2105." · "Civ. A. No. 95-A-367-S." · "Nos. 20-1234, 20-1235" ·
    // "Bankruptcy Nos. 80-21479, 80-2218A." · "Record No. 1544-03-3." · ") Misc. 21-1793 (EGS)"
    pattern: new RegExp(
      `^[ \\t*_]*(?:[^\\n]{0,90}?[)§|:][ \\t]*)?(${LINE_LABEL})(${TOKEN}(?:[ \\t]*(?:,(?!\\d{3}\\b)|;|&|and)[ \\t]*(?:${LINE_LABEL})?${TOKEN})*)(?:[ \\t]*(?:--|—)[^\\n]*)?[ \\t.,;*_]*$`,
      'gim',
    ),
    parse: (m) => {
      const label = m[1];
      const list = m[2];
      const base = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(list)).length;
      const parts: Array<{ printed: string; at: number }> = [];
      const sep = new RegExp(`[ \\t]*(?:(?<!Term),(?!\\d{3}\\b|[ \\t]*${TERM_TAIL})|;|&|\\band\\b)[ \\t]*(?:${LINE_LABEL})?`, 'gi');
      let from = 0;
      let s: RegExpExecArray | null;
      while ((s = sep.exec(list)) !== null) {
        if (s[0].length === 0) {
          sep.lastIndex++;
          continue;
        }
        parts.push({ printed: list.slice(from, s.index), at: from });
        from = s.index + s[0].length;
      }
      parts.push({ printed: list.slice(from), at: from });
      const values: Array<{ v: DocketValue; at: number }> = [];
      for (const p of parts) {
        const printed = p.printed.trim();
        // A bare "No." needs a number of some length (a list item "No. 3" is not a docket).
        if (!/\d/.test(printed) || parseDate(printed) || (/^nos?\.?\s*$/i.test(label) && printed.replace(/\D/g, '').length < 3 && !/,/.test(printed))) continue;
        const v = normalizeDocket(printed, label);
        if (v) values.push({ v, at: p.at + p.printed.indexOf(printed) });
      }
      if (!values.length) return null;
      const first = values[0];
      const start = base + first.at;
      const also = values.slice(1).map((x) => ({ ...x.v, offset: x.at - first.at }));
      const value: DocketValue = also.length ? { ...first.v, also } : first.v;
      return { value, span: [start, start + first.v.printed.length], confidence: 0.9 };
    },
    priority: 35,
    examples: [
      { text: 'No. 77 C 2105.', expect: { printed: '77 C 2105', normalized: '77-cv-02105', type: 'civil' } },
      { text: 'Civ. A. No. 95-A-367-S.', expect: { printed: '95-A-367-S', type: 'civil' } },
      { text: 'Nos. 20-1234, 20-1235', expect: { normalized: '20-1234', also: [{ printed: '20-1235', normalized: '20-1235', type: null, offset: 9 }] } },
      { text: 'Bankruptcy No. BK91-41705.', expect: { normalized: '91-bk-41705', type: 'bankruptcy' } },
      { text: 'No. Civil 4-80-425.', expect: { normalized: '4:80-425', type: 'civil' } },
      { text: 'Record No. 1544-03-3.', expect: { printed: '1544-03-3' } },
      { text: 'No. 12–CF–1657.', expect: { printed: '12–CF–1657', normalized: '12-cf-1657' } },
      { text: 'No. 03 Civ. 4083(JCF).', expect: { normalized: '03-cv-04083' } },
      { text: 'No. CIV.A.05-2326(ESH).', expect: { normalized: '05-2326', type: 'civil' } },
      { text: 'No. 481 of 1954.', expect: { normalized: '481-1954' } },
      { text: 'Jane Roe, Plaintiff,     )   Misc. 21-1793 (EGS)', expect: { normalized: '21-1793' } },
      { text: 'Adv. Pro. No. 19-05012', expect: { type: 'bankruptcy' } },
      { text: 'Criminal No. 3:12cr45', expect: { normalized: '3:12-cr-00045', type: 'criminal' } },
      { text: 'No. 15709.', expect: { normalized: '15709' } },
      { text: 'No. 71,304', expect: { printed: '71,304', normalized: '71304' } },
      { text: 'v. : No. 88 C.D. 2016', expect: { printed: '88 C.D. 2016', normalized: '88-cd-2016' } },
      // "No. 6, Original" · "No. 45, September Term, 2013" · "Docket No. 78406--Agenda 2--November 1996." · "Patent Appeal No. 8311."
      { text: 'No. 9, Original.', expect: { printed: '9, Original', normalized: '9-original' } },
      { text: 'No. 45, September Term, 2013', expect: { printed: '45, September Term, 2013', normalized: '45-september-term-2013' } },
      { text: 'No. 7, Sept. Term, 2011.', expect: { normalized: '7-sept-term-2011' } },
      { text: 'Misc. Docket AG No. 11, Sept. Term, 2013.', expect: { normalized: '11-sept-term-2013' } },
      { text: 'Docket No. 81022--Agenda 4--March 2001.', expect: { printed: '81022', normalized: '81022' } },
      { text: 'Patent Appeal No. 7704.', expect: { printed: '7704' } },
      // A space the text layer put before the period: "NO . 09-112"
      { text: ' NO . 11-2045', expect: { normalized: '11-2045' } },
    ],
    counterexamples: ['No. 5 on the list', 'No. 3', 'Case No. 04-27-2021', 'See Case No. 12-345 for the facts', 'No. 2.'],
  },
  {
    id: 'docket/coded',
    anchors: ['cr', 'cv', 'civ', 'mj', 'mc', 'bk', 'ap', 'po'],
    // A type-coded number standing in a caption line: "3:16-cr-209-MOC-DSC-3" · "15 Cr. 445-3 (PAE)" · "04cr113 (DLC)"
    pattern: new RegExp(`(?<![\\w:-])((?:(?:[A-Z]{1,4}-?(?=\\d))?(?:\\d{1,2}:)?\\d{2}\\s?-?\\s?${TYPE}\\.?\\s?-?\\s?\\d{1,6}|(?:CR|CV|C)\\d{2}-\\d{3,6})${NUMBER.slice(NUMBER.indexOf('(?:-(?:'))})`, 'gim'),
    parse: (m) => {
      const printed = m[1].replace(/[ \t]+$/, '');
      const v = normalizeDocket(printed, '');
      return v ? { value: v, span: [m.index, m.index + printed.length], confidence: 0.85 } : null;
    },
    priority: 20,
    examples: [
      { text: '3:16-cr-209-MOC-DSC-3', expect: { normalized: '3:16-cr-00209', type: 'criminal' } },
      { text: '15 Cr. 445-3 (PAE)', expect: { normalized: '15-cr-00445' } },
      { text: '04cr113 (DLC)', expect: { normalized: '04-cr-00113' } },
      { text: '1:18-CR-56(7)', expect: { normalized: '1:18-cr-00056' } },
      { text: '11 Civ. 7295 (JFK)', expect: { normalized: '11-cv-07295', type: 'civil' } },
      { text: 'C23-0305 TSZ CR13-187 TSZ', expect: { normalized: '13-cr-00187' } },
    ],
    counterexamples: ['18 U.S.C. 3582', 'Crack cocaine 2010'],
  },
  {
    id: 'docket/military-line',
    anchors: ['acm', 'army', 'nmcca', 'cgcm'],
    // A military court of criminal appeals prints its number alone on a line, behind the court's letters:
    // "ACM S32295" · "ACM 38765 (f rev)" · "ARMY 20140123" · "NMCCA 201500123" · "CGCMS 24433"
    pattern: /^[ \t*]*((?:ACM|ARMY|NMCCA|CGCMS?)[ \t]+[A-Z]?\d{4,9})(?:[ \t]*\([a-z .]{1,12}\))?[ \t.]*$/gm,
    parse: (m) => {
      const printed = m[1];
      const start = m.index + m[0].indexOf(printed);
      const normalized = printed.toLowerCase().replace(/[ \t]+/g, '-');
      return { value: { printed, normalized, type: 'criminal' }, span: [start, start + printed.length], confidence: 0.85 };
    },
    priority: 12,
    examples: [
      { text: ' ACM S32295\n', expect: { printed: 'ACM S32295', normalized: 'acm-s32295' } },
      { text: 'ACM 38765 (f rev)', expect: { printed: 'ACM 38765' } },
      { text: 'ARMY 20140123', expect: { normalized: 'army-20140123' } },
    ],
    counterexamples: ['The ACM 38765 appeal was decided earlier', 'ARMY 12'],
  },
  {
    id: 'docket/bare-line',
    // A plain number alone on a caption line: "05-20067-01-JWL" · "16-20436" · "10-10172-JWB"
    pattern: new RegExp(`^[ \\t*]*(\\d{1,2}-\\d{3,6}(?:-(?:[A-Z]{1,5}\\d{0,3}|\\d{1,3}[A-Z]{0,5}))*(?:[ \\t]?\\([A-Z]{2,4}\\))?)\\.?[ \\t*]*$`, 'gm'),
    parse: (m, text) => {
      const printed = m[1];
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (parseDate(printed) || /^[-/]\d/.test(after)) return null;
      const v = normalizeDocket(printed, '');
      const start = m.index + m[0].indexOf(printed);
      return v ? { value: v, span: [start, start + printed.length], confidence: 0.8 } : null;
    },
    priority: 10,
    examples: [{ text: '05-20067-01-JWL\n', expect: { normalized: '05-20067' } }, { text: '16-20436' }],
    counterexamples: ['04-27-2021', 'See 16-20436 at 3'],
  },
  {
    id: 'docket/coded-list-line',
    anchors: ['-cr', '-cv', '-ag', '-pr'],
    // A line of numbers with type codes and the lead/consolidated marks of a court of appeals:
    // "06-1495-cr(L), 06-1710-cr(CON)" · "19-2207-cv(L); 19-2310-cv(XAP)" · "08-4431-ag, 08-5012-ag"
    pattern: /^[ \t*]*(\d{2}-\d{3,5}-[a-z]{2}(?:[ \t]?\([A-Z]{1,4}\))?(?:[,;][ \t]*(?:and[ \t]+|&[ \t]+)?\d{2}-\d{3,5}-[a-z]{2}(?:[ \t]?\([A-Z]{1,4}\))?)+)[ \t.]*$/gm,
    parse: (m) => {
      const start = m.index + m[0].indexOf(m[1]);
      const items: Array<{ v: DocketValue; at: number }> = [];
      const re = /(\d{2}-\d{3,5})-([a-z]{2})(?:[ \t]?\([A-Z]{1,4}\))?/g;
      for (let x = re.exec(m[1]); x; x = re.exec(m[1])) {
        const v = normalizeDocket(x[0], '');
        const type = x[2] === 'cr' ? 'criminal' : x[2] === 'cv' ? 'civil' : v?.type ?? null;
        if (v) items.push({ v: { ...v, printed: x[0], normalized: x[1], type }, at: x.index });
      }
      if (items.length < 2) return null;
      const [first, ...rest] = items;
      return { value: { ...first.v, also: rest.map((r) => ({ ...r.v, offset: r.at - first.at })) }, span: [start + first.at, start + first.at + first.v.printed.length], confidence: 0.85 };
    },
    priority: 36,
    examples: [
      { text: '06-1495-cr(L), 06-1710-cr(CON)', expect: { normalized: '06-1495', also: [{ printed: '06-1710-cr(CON)', normalized: '06-1710', type: 'criminal', offset: 15 }] } },
      { text: '19-2207-cv(L); 19-2310-cv(XAP)', expect: { normalized: '19-2207' } },
      { text: '08-4431-ag, 08-5012-ag', expect: { normalized: '08-4431' } },
    ],
    counterexamples: ['06-1495-cr(L)', 'See 06-1495-cr, 06-1710-cr at 3'],
  },
  {
    id: 'docket/prefixed-line',
    // A state appellate court's number alone on a caption line, a letter code before it: "DA 20-0411" (an appeal) ·
    // "OP 21-0102" · "B301122" (a district of a court of appeal) · "S254321" · "A-1234-19"
    pattern: /^[ \t*]*((?:[A-Z]{1,3}[ \t]\d{2}-\d{3,5}|[A-Z]\d{6}|[A-Z]-\d{3,5}-\d{2}))\.?[ \t*]*$/gm,
    parse: (m) => {
      const printed = m[1];
      const start = m.index + m[0].indexOf(printed);
      return { value: { printed, normalized: printed.toLowerCase().replace(/\s+/g, '-'), type: null }, span: [start, start + printed.length], confidence: 0.75 };
    },
    priority: 9,
    examples: [
      { text: 'DA 20-0411\n', expect: { printed: 'DA 20-0411' } },
      { text: '\nB301122\n', expect: { printed: 'B301122' } },
      { text: 'A-1234-19', expect: { printed: 'A-1234-19' } },
    ],
    counterexamples: ['DA 20-0411 was argued', 'Route B301122 north', 'AB 1234567'],
  },
  {
    id: 'docket/reporter-line',
    // A reporter's header prints the number alone on the line above the court's name: "27629.\n\nSupreme Court of
    // Georgia." · "A91A0607.\nCourt of Appeals of Georgia." · "B266015\n\nCourt of Appeal, Second District" · "CR-90-0041."
    pattern: /^[ \t]*((?:[A-Z]{1,3}-?)?\d[\dA-Z]*(?:-[\dA-Z]+)*)\.?[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?=[^\n]{0,60}\bCourt\b[^\n]{0,60}$)/gm,
    parse: (m) => {
      const printed = m[1];
      // A year or a date is no docket number: "1973" · "04-27-2021"
      if (/^(?:1[7-9]|20)\d\d$/.test(printed) || parseDate(printed) || !/\d{3}/.test(printed.replace(/-/g, ''))) return null;
      // A public-domain citation (a year, the court's letters, a number) is no docket: "2019COA12" · "2020ND45"
      if (/^(?:19|20)\d\d[A-Z]{2,6}\d{1,5}$/.test(printed)) return null;
      const v = normalizeDocket(printed, '');
      const start = m.index + m[0].indexOf(printed);
      return v ? { value: v, span: [start, start + printed.length], confidence: 0.75 } : null;
    },
    priority: 9,
    examples: [
      { text: 'ROE\nv.\nDOE.\n\n41822.\n\nSupreme Court of Georgia.\n', expect: { normalized: '41822' } },
      { text: 'A07A1123.\nCourt of Appeals of Georgia.', expect: { printed: 'A07A1123' } },
      { text: 'C094410\n\nCourt of Appeal, Third District, California.', expect: { printed: 'C094410' } },
      { text: 'CR-12-0457.\n\nCourt of Criminal Appeals of Alabama.', expect: { printed: 'CR-12-0457' } },
    ],
    counterexamples: ['1998\n\nSupreme Court of Ohio.', '12\nSupreme Court of Ohio.', '41822.\n\nThe Court finds that the motion lacks merit and should be denied in full today.', '2019COA12\n\nCourt of Appeals No. 17CA1234', '2020ND45\nSupreme Court of North Dakota'],
  },
  {
    id: 'docket/ruled-line',
    // A slip opinion's number set between two rules: "______________________\n\n2019-1234\n\n______________________"
    pattern: /^[ \t]*_{5,}[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{2,4}-\d{3,6}(?:,[ \t]*\d{2,4}-\d{3,6})*)[ \t]*\n(?:[ \t]*\n)*[ \t]*_{5,}/gm,
    parse: (m) => {
      const printed = m[1].split(',')[0];
      if (parseDate(printed)) return null;
      const v = normalizeDocket(printed, '');
      const start = m.index + m[0].indexOf(printed);
      return v ? { value: v, span: [start, start + printed.length], confidence: 0.8 } : null;
    },
    priority: 11,
    examples: [{ text: '   ____________________\n\n   2019-1234\n   ____________________\n', expect: { printed: '2019-1234' } }],
    counterexamples: ['____________\n\n04-27-2021\n____________', '____________\n\nSigned\n____________'],
  },
];

docketRules.push({
  id: 'docket/state-appellate-line',
  anchors: [],
  // A state appellate number alone on a caption line, maybe after "No." or "Court of Appeals No.", in shapes no
  // other rule reads: "18-P-1234" / "SJC-12811" (Massachusetts) · "2017-01234" (New York Appellate Division) ·
  // "1 CA-CR 18-0123" (Arizona) · "17CA1234" / "2019SC123" (Colorado)
  pattern: /^[ \t*]*(?:(?:Court[ \t]+of[ \t]+Appeals[ \t]+)?No\.[ \t]*)?(\d{2}-P-\d{1,5}|SJC-\d{4,6}|(?:19|20)\d{2}-\d{5}|[12][ \t]CA-[A-Z]{2}[ \t]\d{2,4}-\d{3,4}|\d{2,4}(?:CA|SA|SC)\d{3,4})(?:[ \t]+(?:PR|PRPC|SA|PRCR))?\.?[ \t*]*$/gm,
  parse: (m) => {
    const printed = m[1];
    const start = m.index + m[0].lastIndexOf(printed);
    const v = normalizeDocket(printed, '');
    return v ? { value: v, span: [start, start + printed.length], confidence: 0.8 } : null;
  },
  priority: 9,
  examples: [
    { text: 'APPEALS COURT\n\n18-P-1234\n\nCOMMONWEALTH', expect: { printed: '18-P-1234' } },
    { text: 'Appellate Division, Second Department\n\n2017-01234\n(Index No. 5123/15)', expect: { printed: '2017-01234' } },
    { text: 'No. 1 CA-CR 18-0123\nFILED 3-5-2019', expect: { printed: '1 CA-CR 18-0123' } },
    // (with the Arizona code for a petition for review: "PRPC" post-conviction relief, "PR")
    { text: 'No. 2 CA-CR 19-0412 PRPC\n', expect: { printed: '2 CA-CR 19-0412' } },
    { text: 'Court of Appeals No. 17CA1234\n', expect: { printed: '17CA1234' } },
    { text: 'SJC-12811\n', expect: { printed: 'SJC-12811' } },
  ],
  counterexamples: ['2019COA12', 'See 18-P-1234 at 3', '2017-01234 was cited'],
});

docketRules.push({
  id: 'docket/georgia-line',
  anchors: [],
  // A Georgia appellate number opening a line, alone or before the case name of the court's own slip header:
  // "A15A0871." · "S12A0345. ROE v. THE STATE." (A: Court of Appeals, S: Supreme Court; year; a letter; four digits)
  pattern: /^[ \t]*([AS]\d{2}[A-Z]\d{4})\.?(?=[ \t]*$|\.[ \t]+[A-Z])/gm,
  parse: (m) => {
    const printed = m[1];
    const start = m.index + m[0].indexOf(printed);
    const v = normalizeDocket(printed, '');
    return v ? { value: v, span: [start, start + printed.length], confidence: 0.8 } : null;
  },
  priority: 8,
  examples: [
    { text: 'HOLLOWAY\nv.\nTHE STATE.\nA15A0871.\nDecided July 9, 2015.', expect: { printed: 'A15A0871' } },
    { text: 'S12A0345. ROE v. THE STATE.', expect: { printed: 'S12A0345' } },
    { text: 'A98A2201\n', expect: { printed: 'A98A2201' } },
  ],
  counterexamples: ['A15A0871 was cited in the brief', 'See A15A0871, 331 Ga. App. 12'],
});

docketRules.push({
  id: 'docket/site-metadata',
  anchors: ['docketnumber', 'docket number:', 'docket no:'],
  // A case-law site's metadata line: "DocketNumber: No. CV92 0300111" · "Docket Number: 2:14-cv-0411" · "Docket No: A-1234-18"
  pattern: /^[ \t]*(?:DocketNumber|Docket[ \t]+Number|Docket[ \t]+No)[ \t]*:[ \t]*(?:No\.?[ \t]*)?([A-Z0-9][A-Za-z0-9:.-]*(?:[ \t][A-Za-z0-9:.-]+){0,2}?)[ \t.]*$/gim,
  parse: (m) => {
    const printed = m[1];
    if (!/\d{2}/.test(printed)) return null;
    const start = m.index + m[0].lastIndexOf(printed);
    const v = normalizeDocket(printed, '');
    return v ? { value: v, span: [start, start + printed.length], confidence: 0.85 } : null;
  },
  priority: 12,
  examples: [
    { text: 'DocketNumber: No. CV92 0300111', expect: { printed: 'CV92 0300111' } },
    { text: 'Docket Number: 2:14-cv-0411', expect: { printed: '2:14-cv-0411', type: 'civil' } },
    { text: 'Docket No: A-1234-18\n', expect: { printed: 'A-1234-18' } },
  ],
  counterexamples: ['DocketNumber: none', 'the docket number: see above'],
});

/** "yy-nnnnn" with a type code made into the normalized "yy-cr-nnnnn". */
function typed(printed: string, year: string, num: string, code: 'cr' | 'cv'): DocketValue {
  return { printed, normalized: `${year}-${code}-${num.padStart(5, '0')}`, type: code === 'cr' ? 'criminal' : 'civil' };
}

docketRules.push({
  id: 'docket/type-after-number',
  anchors: ['-cr-', '-civ-', '-cv-'],
  // The type code after the number, then the judges' names, alone on a caption line: "21-20254-CR-GAYLES/TORRES" ·
  // "19-80133-CIV-MARRA" · "20-14012-CR-ROSENBERG/MAYNARD"
  pattern: /^[ \t*]*((\d{2})-(\d{3,6})-(CR|CIV|CV)-[A-Z]{2,}(?:\/[A-Z]{2,})*)[ \t.]*$/gim,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1]);
    const code = /^cr$/i.test(m[4]) ? 'cr' : 'cv';
    return { value: typed(m[1], m[2], m[3], code), span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 12,
  examples: [
    { text: '21-20254-CR-GAYLES/TORRES\n', expect: { normalized: '21-cr-20254', type: 'criminal' } },
    { text: '19-80133-CIV-MARRA', expect: { normalized: '19-cv-80133', type: 'civil' } },
    { text: '20-14012-CR-ROSENBERG/MAYNARD', expect: { normalized: '20-cr-14012' } },
  ],
  counterexamples: ['See 21-20254-CR-GAYLES at 3', '21-20254-CR'],
});

docketRules.push({
  id: 'docket/pa-appellate',
  anchors: ['wda', 'mda', 'eda', 'wal', 'mal', 'eal', 'wap', 'map', 'eap', 'wdm', 'mdm', 'edm'],
  // A Pennsylvania appellate number, the district's letters between the number and the year: "No. 987 WDA 2016" ·
  // "690 MDA 2023 J-S19036-24" (the line's start) · "No. 45 EAP 2019" · "402 MAL 2011"
  pattern: /(?:^[ \t]*|\bNo\.[ \t]*)(\d{1,4}[ \t]+(?:[EMW]D[AM]|[EMW]A[LP])[ \t]+\d{4})(?![\w-])/gm,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const printed = m[1].replace(/\s+/g, ' ');
    return { value: { printed: m[1], normalized: printed, type: null }, span: [start, start + m[1].length], confidence: 0.9 };
  },
  priority: 31,
  examples: [
    { text: 'v. JERROLD ROE Appellant No. 987 WDA 2016 Appeal from the PCRA Order', expect: { normalized: '987 WDA 2016' } },
    { text: 'Opinion\n690 MDA 2023 J-S19036-24\n10-21-2024', expect: { printed: '690 MDA 2023' } },
    { text: 'Appellant : No. 45 EAP 2019', expect: { normalized: '45 EAP 2019' } },
  ],
  counterexamples: ['the total was 987 WDA 2016 dollars', 'See 1234 WDA 2016 and cases cited'],
});

docketRules.push({
  id: 'docket/office-year-joined',
  anchors: ['cr', 'cv'],
  // The Southern District of Georgia's style, alone on a caption line: the type code, then the office digit and the
  // year run together: "CR419-083" -> 4:19-cr-00083 · "CR. 419-083" · "CV 621-045" -> 6:21-cv-00045
  pattern: /^[ \t*]*((CR|CV)\.?[ \t]?([1-9])(\d{2})-(\d{3}))[ \t.]*$/gm,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1]);
    const code = m[2] === 'CR' ? 'cr' : 'cv';
    return { value: { printed: m[1], normalized: `${m[3]}:${m[4]}-${code}-${m[5].padStart(5, '0')}`, type: code === 'cr' ? 'criminal' : 'civil' }, span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 13,
  examples: [
    { text: 'Opinion\nCR. 419-083\n08-13-2019', expect: { normalized: '4:19-cr-00083', type: 'criminal' } },
    { text: 'CR419-112\n', expect: { normalized: '4:19-cr-00112' } },
    { text: 'CV 621-045', expect: { normalized: '6:21-cv-00045', type: 'civil' } },
  ],
  counterexamples: ['CR 419-083 was cited', 'CR. 4190-083', 'CR. 19-083'],
});

docketRules.push({
  id: 'docket/letter-number-judge',
  anchors: ['no'],
  // The Northern District of California's style, the type letter set apart before the number and the judge's initials
  // after it: "No. C 08-0224 PJH." · "No. CR 11-0573 JSW" · "Case No. C-09-1234 SBA" (C civil, CR criminal)
  // (in a caption run into one line the title follows: "No. C 08-3811 ABC (PR) ORDER GRANTING ...")
  pattern: /\b(?:Case[ \t]+)?No\.[ \t]*((C|CR)[ \t-](\d{2})-(\d{3,5})(?:[ \t]+[A-Z]{2,4})?(?:[ \t]*\([A-Z]{2,3}\))?)(?=[ \t]*[.,;)]?[ \t]*(?:$|\n)|[ \t]+(?:ORDER|MEMORANDUM|OPINION|REPORT|JUDGMENT|FINDINGS)\b)/gm,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1]);
    return { value: typed(m[1], m[3], m[4], m[2] === 'CR' ? 'cr' : 'cv'), span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 31,
  examples: [
    { text: 'Opinion\nNo. C 08-0224 PJH.\nApril 2, 2010', expect: { normalized: '08-cv-00224', type: 'civil' } },
    { text: 'No. CR 11-0573 JSW\n', expect: { printed: 'CR 11-0573 JSW', normalized: '11-cr-00573', type: 'criminal' } },
    { text: 'Case No. C-09-1234 SBA', expect: { normalized: '09-cv-01234' } },
    { text: 'Petitioner, No. C 07-4321 ABC (PR) ORDER GRANTING MOTION TO DISMISS IN THE UNITED STATES', expect: { printed: 'C 07-4321 ABC (PR)', normalized: '07-cv-04321' } },
  ],
  counterexamples: ['No. C 08-0224 PJH was cited by the parties', 'No. CA 08-0224', 'No. 08-0224'],
});

docketRules.push({
  id: 'docket/chancery-initials',
  anchors: ['c.a.', 'c. a.', 'civil action'],
  // The Delaware Court of Chancery's older numbers, the judicial officer's initials after the number, often in a letter
  // opinion's "Re:" line run into the text: "Re: Roe v. Doe; C.A. No. 4127-VCP" · "Civil Action No. 1234-CC"
  pattern: /\b(?:C\.[ \t]?A\.|Civil[ \t]+Action)[ \t]+Nos?\.[ \t]*(\d{3,5}-[A-Z]{2,4})(?![\w-])/g,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    return { value: { printed: m[1], normalized: m[1], type: 'civil' }, span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 30,
  examples: [
    { text: 'Re: Roe v. Doe; C.A. No. 4127-VCP Dear Counsel:', expect: { printed: '4127-VCP', normalized: '4127-VCP', type: 'civil' } },
    { text: 'Civil Action No. 1234-CC', expect: { printed: '1234-CC' } },
  ],
  counterexamples: ['C.A. No. 4127-VCP-2', 'C.A. No. 12-VCP'],
});

docketRules.push({
  id: 'docket/california-superior',
  anchors: ['case'],
  // California superior courts' numbers, kept whole: Los Angeles's (year, courthouse, case type, number), as its tentative
  // rulings head them, "Case Number: 23STCV04127    Hearing Date: March 4, 2024    Dept: 31" · "CASE NO.: 22SMCV01234";
  // the statewide scheme (county, year, number, case type, category, courthouse), "Case No. 30-2021-01234567-CU-BC-CJC"
  pattern: /\bCase[ \t]*(?:Number|No\.?|#)?[ \t]*:?[ \t]*(\d{2}[A-Z]{2}(CV|CP|LC|UD|PB|FL)\d{5}|\d{2}-\d{4}-\d{8}-([A-Z]{2})-[A-Z]{2}-[A-Z]{3})(?![\w-])/gi,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const civil = /^(?:CV|CP|LC|UD|CU|CL)$/i.test(m[2] ?? m[3] ?? '');
    return { value: { printed: m[1], normalized: m[1], type: civil ? 'civil' : null }, span: [start, start + m[1].length], confidence: 0.9 };
  },
  // (above the caption-line reading, which would cut the statewide number at its year)
  priority: 36,
  examples: [
    { text: 'Case Number: 23STCV04127    Hearing Date: March 4, 2024    Dept: 31', expect: { printed: '23STCV04127', type: 'civil' } },
    { text: 'CASE NO.: 22SMCV01234', expect: { printed: '22SMCV01234' } },
    { text: 'Case No. 30-2021-01234567-CU-BC-CJC', expect: { printed: '30-2021-01234567-CU-BC-CJC', normalized: '30-2021-01234567-CU-BC-CJC', type: 'civil' } },
  ],
  counterexamples: ['Case Number: 23STXX04127', 'Case 23STCV041278'],
});

docketRules.push({
  id: 'docket/ny-index',
  anchors: ['index'],
  // A New York trial court's index number (number / year), also as an appellate order heads it beside its own numbers:
  // "Index No. 412345/21" · "Motion No. 2023-01234 Index No. 154321/19Case No. 2022-04321" (a site ran the labels together)
  pattern: /\bIndex[ \t]+(?:No\.?|Number)[ \t]*:?[ \t]*(\d{1,6}\/\d{2}(?:\d{2})?)(?![\d/])/g,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    // (no type: on an appellate order the index number is the court below's, and the case type is the appeal)
    return { value: { printed: m[1], normalized: m[1], type: null }, span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 31,
  examples: [
    { text: 'Index No. 412345/21', expect: { printed: '412345/21', type: null } },
    { text: 'Motion No. 2023-01234 Index No. 154321/19Case No. 2022-04321', expect: { printed: '154321/19' } },
  ],
  counterexamples: ['Index No. 412345/2/1', 'the index of exhibits'],
});

docketRules.push({
  id: 'docket/illinois-appellate',
  anchors: ['no'],
  // The Appellate Court of Illinois's numbers (district 1-5, year, number) on their own line: "No. 1-19-0412" · "NO. 4-21-0733"
  pattern: /^[ \t]*(?:No|NO)\.[ \t]*([1-5]-\d{2}-\d{4})[ \t]*$/gm,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    return { value: { printed: m[1], normalized: m[1], type: null }, span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 31,
  examples: [{ text: 'September 2, 2021\n\nNo. 1-19-0412\n\nIN THE APPELLATE COURT', expect: { printed: '1-19-0412' } }],
  counterexamples: ['No. 1-19-0412 was cited', 'No. 7-19-0412'],
});

docketRules.push({
  id: 'docket/bky-adv',
  anchors: ['bky'],
  // The District of Minnesota bankruptcy court's head, case and adversary numbers after short labels: "BKY 19-41234" ·
  // "BKY 09-31234 ADV 10-3012"
  pattern: /^[ \t]*BKY[ \t]+(\d{2}-\d{4,5})(?:[ \t]+ADV[ \t]+(\d{2}-\d{3,5}))?[ \t]*$/gm,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1]);
    const also = m[2] ? [{ printed: m[2], normalized: m[2], type: 'bankruptcy' as const, offset: m[0].lastIndexOf(m[2]) - m[0].indexOf(m[1]) }] : undefined;
    return { value: { printed: m[1], normalized: m[1], type: 'bankruptcy', ...(also ? { also } : {}) }, span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 31,
  examples: [
    { text: 'BKY 19-41234', expect: { printed: '19-41234', type: 'bankruptcy' } },
    { text: 'BKY 09-31234 ADV 10-3012', expect: { printed: '09-31234', also: [{ printed: '10-3012', normalized: '10-3012', type: 'bankruptcy', offset: 13 }] } },
  ],
  counterexamples: ['BKY 09-31234 was closed'],
});

docketRules.push({
  id: 'docket/type-word-division',
  anchors: ['cr ', 'cv ', 'cr-', 'cv-', 'c. a.', 'c.a.'],
  // A type code or "C. A." (civil action) set apart before the number, then division and judge letters, alone on a
  // caption line: "CR 22-127-BLG-DLC" · "CV 21-45-M-DWM" · "C. A. 24-00175-WES-PAS" · "C.A. 19-312-JJM" ("C.A. No."
  // is the labelled rule's)
  // (or joined by a hyphen, the District of Arizona's style: "CV-23-00185-TUC-ABC")
  pattern: /^[ \t*]*((CR|CV|C\.[ \t]?A\.)(?:[ \t]*|-)(\d{2})-(\d{1,6})(?:-[A-Z]{1,4}){0,3})[ \t.]*$/gm,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1]);
    return { value: typed(m[1], m[3], m[4], m[2] === 'CR' ? 'cr' : 'cv'), span: [start, start + m[1].length], confidence: 0.85 };
  },
  priority: 12,
  examples: [
    { text: 'CR 22-127-BLG-DLC\n', expect: { normalized: '22-cr-00127', type: 'criminal' } },
    { text: 'CV 21-45-M-DWM', expect: { normalized: '21-cv-00045', type: 'civil' } },
    { text: 'C. A. 24-00175-WES-PAS', expect: { printed: 'C. A. 24-00175-WES-PAS', normalized: '24-cv-00175' } },
    { text: 'C.A. 19-312-JJM', expect: { normalized: '19-cv-00312' } },
    { text: 'Opinion\nCV-23-00185-TUC-ABC\n05-06-2024', expect: { normalized: '23-cv-00185', type: 'civil' } },
    { text: 'CR-21-01234-PHX-KLP', expect: { normalized: '21-cr-01234', type: 'criminal' } },
  ],
  counterexamples: ['CR 22-127-BLG-DLC was the case we cited', 'CV 2021', 'CV-23-00185-TUC-ABC was cited'],
});

docketRules.push({
  id: 'docket/court-prefixed',
  anchors: ['sc:', 'coa:', 'cc:'],
  // A state court's numbers behind each court's letters on one caption line: "SC: 164983 COA: 362568" ·
  // "SC: 153099" · "Ingham CC: 13-000723-CK" (the supreme court's, the court of appeals', the circuit court's)
  pattern: /(?<=^|[ \t])(?:SC|COA|[A-Z][a-z]+[ \t]+CC):[ \t]*(\d[\dA-Z-]{3,15})(?=[ \t]|$)/gm,
  parse: (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    return { value: { printed: m[1], normalized: m[1], type: null }, span: [start, start + m[1].length], confidence: 0.8 };
  },
  priority: 12,
  examples: [
    { text: 'SC: 164983 COA: 362568', expect: { printed: '164983' } },
    { text: 'SC: 153099\n', expect: { normalized: '153099' } },
    { text: 'Wayne CC: 19-004512-FH', expect: { printed: '19-004512-FH' } },
  ],
  counterexamples: ['cc: counsel of record', 'SC: pending'],
});

docketRules.push({
  id: 'docket/site-header',
  anchors: ['opinion'],
  // A case-law site's print header, a bare number between the "Opinion" line and the date: "Opinion\n357609\n08-17-2021"
  // (or a district's lettered number: "Opinion\nC24-0733-JCC\n10-09-2024", the Western District of Washington's civil "C")
  // Also a state or specialty court's own shape: "11218-20S" · "8754-22" (Tax Court: number, year, small-case letter) ·
  // "2021-0215" (year first) · "19-53196" · "03-10-00160-CV" (Texas courts of appeals) · "350 2023" (Delaware: number and
  // term year); a motion number after the case's ("2021-76547 Motion 780-21") is not the case's.
  pattern: /^[ \t]*Opinion[ \t]*\n[ \t]*(\d{4,8}|(?:C|CR|CV)\d{2}-\d{3,6}(?:-[A-Z]{2,4}){0,2}|\d{3,6}-\d{2}[SLPRWX]{0,2}|(?:19|20)\d{2}-\d{3,6}|\d{2}-\d{4,6}|\d{2}-\d{2}-\d{5}-C[VR]|\d{1,4},?[ \t](?:19|20)\d{2})(?:[ \t]+Motion[ \t]+(?:No\.?[ \t]*)?[\w-]+)?[ \t]*\n[ \t]*\d{2}-\d{2}-\d{4}[ \t]*(?:\n|$)/g,
  parse: (m) => {
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf('\n'));
    if (m.index !== 0) return null;
    const lettered = /^(C|CR|CV)(\d{2})-(\d{3,6})/.exec(m[1]);
    const value: DocketValue = lettered
      ? { printed: m[1], normalized: `${lettered[2]}-${lettered[1] === 'CR' ? 'cr' : 'cv'}-${lettered[3].padStart(5, '0')}`, type: lettered[1] === 'CR' ? 'criminal' : 'civil' }
      : { printed: m[1], normalized: m[1], type: null };
    return { value, span: [start, start + m[1].length], confidence: 0.8 };
  },
  priority: 12,
  examples: [
    { text: 'Opinion\n357609\n08-17-2021\n', expect: { printed: '357609' } },
    { text: 'Opinion\n40112\n01-05-2019', expect: { normalized: '40112' } },
    { text: 'Opinion\n2203118\n11-30-2022\nORDER', expect: { printed: '2203118' } },
    { text: 'Opinion\nC24-0733-JCC\n10-09-2024\nORDER', expect: { printed: 'C24-0733-JCC', normalized: '24-cv-00733', type: 'civil' } },
    { text: 'Opinion\nCR19-0155-RSL\n03-02-2021\nORDER', expect: { normalized: '19-cr-00155', type: 'criminal' } },
    { text: 'Opinion\n4410-19S\n03-09-2022\nORDER OF DISMISSAL', expect: { printed: '4410-19S' } },
    { text: 'Opinion\n2019-0733\n12-30-2022\nORDER', expect: { printed: '2019-0733' } },
    { text: 'Opinion\n05-12-00418-CR\n01-04-2013\nORDER', expect: { printed: '05-12-00418-CR' } },
    { text: 'Opinion\n412 2021\n04-12-2022\nORDER', expect: { printed: '412 2021' } },
    { text: 'Opinion\n2020-10433 Motion 212-20\n06-02-2020\nMOTION DECISION', expect: { printed: '2020-10433' } },
  ],
  counterexamples: ['Opinion\n2021\nby the court', 'Opinion\n357609\nsome words', 'Opinion\n12-30\n12-30-2022', 'Opinion\n2019-0733 and others\n12-30-2022'],
});

export const docketRuleSet: RuleSet<DocketValue> = { domain: 'order-docket', rules: docketRules };

const TYPE_MAP: Record<string, string> = { crim: 'cr', civ: 'cv', misc: 'mc' };

/** Normalize a printed docket number; `label` is the words printed before it ("Criminal Action No."). */
export function normalizeDocket(printed: string, label: string): DocketValue | null {
  let s = printed.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/\s*\([a-z\d]{1,5}\)\s*$/, '');
  let type: DocketValue['type'] = null;
  let normalized: string | null = null;
  // A type word before the number: "civil 4-80-425" · "civ.a.05-2326" · "cr. 16-00460"
  const word = /^(civil|criminal|civ\.? ?a\.|civ\.|crim\.|cr\.|cv(?= )|cr(?= ))\s*(?=\d)/.exec(s);
  if (word) {
    type = /^c(?:r|rim)/.test(word[1]) ? 'criminal' : 'civil';
    s = s.slice(word[0].length);
  }
  // Letter codes set apart before the number ("mc 73-54" · "ca cr 05-828") and office or judge codes after it
  // ("79-217 phx clh"): the type, if any, is kept; the rest is not part of the number.
  const codes = /^((?:[a-z]{2,4} ){1,2})(?=\d)/.exec(s);
  if (codes) {
    if (!type && /\bcr\b/.test(codes[1])) type = 'criminal';
    else if (!type && /\bc(?:v|iv)\b/.test(codes[1])) type = 'civil';
    s = s.slice(codes[0].length);
  }
  s = s.replace(/(\d)(?: [a-z]{2,4})+$/, '$1');
  // "3-70 civ. 261": office 3, year 70, civil number 261
  const office = /^(\d)-(\d{2}) (civ|cv|cr|crim)\.? (\d{1,6})$/.exec(s);
  if (office) {
    const code = office[3].startsWith('c') && office[3] !== 'cr' && office[3] !== 'crim' ? 'cv' : 'cr';
    return { printed, normalized: `${office[1]}:${office[2]}-${code}-${office[4].padStart(5, '0')}`, type: code === 'cr' ? 'criminal' : 'civil' };
  }
  // "1:17-cr-00085-moc" · "15 cr. 445" · "04cr113" · "c23-0305" (prefix letters are judge initials or a type)
  // (a year printed with one digit after the office, "1:3-CV-395", is read as "03")
  let m = new RegExp(`^(?:([a-z]{1,4})-?)?(?:(\\d{1,2}):)?(\\d{2,4}|(?<=:)\\d) ?-? ?(${TYPE})\\.? ?-? ?(\\d{1,6})`).exec(s);
  if (m) {
    const code = TYPE_MAP[m[4]] ?? m[4];
    normalized = `${m[2] ? m[2] + ':' : ''}${m[3].slice(-2).padStart(2, '0')}-${code}-${m[5].padStart(5, '0')}`;
    // (a magistrate judge's "mj" number, a petty offense's "po" and a warrant's "sw" are criminal matters)
    type = /^(?:cr|mj|po|sw)$/.test(code) ? 'criminal' : code === 'cv' ? 'civil' : code === 'bk' || code === 'ap' ? 'bankruptcy' : null;
  } else if ((m = /^(\d{2,4}) c (\d{1,6})$/.exec(s))) {
    // "77 C 2105": the civil letter of the Northern District of Illinois
    normalized = `${m[1].slice(-2)}-cv-${m[2].padStart(5, '0')}`;
    type = 'civil';
  } else if ((m = /^(cr|cv|c|bk)-?(\d{2})-(\d{1,6})/.exec(s))) {
    // "CR01-2003-LRR" · "BK91-41705" (type letters before the year); a lone "C" is the civil prefix of W.D. Wash.
    const code = m[1] === 'c' ? 'cv' : m[1];
    normalized = `${m[2]}-${code}-${m[3].padStart(5, '0')}`;
    type = code === 'cr' ? 'criminal' : code === 'bk' ? 'bankruptcy' : 'civil';
  } else if ((m = /^(\d{2})-(\d{2}) (\d{3,6}[a-z]?)$/.exec(s))) {
    // "00-16 235a": year, office and number of a board's docket, the last group set apart
    normalized = `${m[1]}-${m[2]}-${m[3]}`;
  } else if ((m = /^(\d)-(\d{2})-(\d{2,6})(?![\d-])/.exec(s))) {
    // "3-96-0310" · "4-80-425": office, year, number
    normalized = `${m[1]}:${m[2]}-${m[3]}`;
  } else if ((m = /^(?:[a-z]{1,4}-)?(?:(\d{1,2}):)?(\d{2})-(\d{1,6})(?![\d])/.exec(s))) {
    normalized = `${m[1] ? m[1] + ':' : ''}${m[2]}-${m[3]}`;
  } else if (/\d/.test(s)) {
    // Any other style, kept whole: "1544-03-3" · "a03a1865" · "481 of 1954" -> "481-1954" · "12-cf-1657"
    normalized = s.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\bof\b/g, ' ').replace(/[\s.,]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  }
  if (!normalized) return null;
  if (!type) {
    // ("CR. No. 05-80050": a type code before the label)
    if (/crim|^cr\b/i.test(label)) type = 'criminal';
    // ("C.A. No.": a civil action)
    else if (/civ|^cv\b|^c\.\s?a\./i.test(label)) type = 'civil';
    else if (/bankr|\bbk\b|adv/i.test(label)) type = 'bankruptcy';
  }
  return { printed, normalized, type };
}
