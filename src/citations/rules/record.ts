/** Record citations: docket entries, pleadings, transcripts, presentence reports. */
import type { Rule } from '../../engine/types.js';
import type { Draft } from '../draft.js';

const recordHit = (m: RegExpExecArray, v: Omit<Draft, 'kind'>, span?: [number, number]) => ({
  value: { kind: 'record' as const, ...v },
  span: span ?? ([m.index, m.index + m[0].length] as [number, number]),
  confidence: 0.9,
});
const RANGE = String.raw`\d+(?:\s*[-–]\s*\d+)?`;

/**
 * `at` shared by the docket and pleading rules: the words they begin with (`ECF`, `Doc`, `Dkt`,
 * `Rec. Doc.`, `D.E.`, `Compl.`, `PSR`, `Mot.`, ...). One scan for both (see Rule.at).
 */
const RECORD_AT = String.raw`\b(?:Rec\.|ECF|Doc|Dkt|D\.|DE|Compl\.|PSR|Presentence|Mot\.|Resp\.|Opp['’]n|Reply|Br\.|Mem\.)`;

export const recordRules: Rule<Draft>[] = [
  {
    id: 'citation/record-docket',
    // Doc. No. 55-1 at 3 / ECF No. 12 / Dkt. 7 / Dkt. No. 7 / Rec. Doc. 184 / D.E. 45 / Docket Entry No. 9 / ECF Nos. 12, 13
    pattern: new RegExp(
      String.raw`\b(Rec\.\s*Doc\.?|ECF|Docs?\.|Doc(?=\s*(?:No|#|\d))|Dkts?\.?|Docket(?:\s+[Ee]ntry)?|D\.\s*E\.|DE(?=\s*#))\s*(?:Nos?\.?|#)?\s*(\d{1,5}(?:-\d{1,3})?)(?![\w])(?:(?:,\s*\d{1,5}(?:-\d{1,3})?(?![\w]))*)(?:,?\s*(?:at|p\.|pp\.)\s*(${RANGE})|,?\s*(¶¶?\s*${RANGE})|,?\s*PageID\.?\s*#?\s*(\d+))?`,
      'g',
    ),
    at: RECORD_AT,
    priority: 35,
    parse: (m) => recordHit(m, { reporter: m[1].replace(/\s+/g, ' '), reporterFound: m[1], docEntry: m[2], pinCite: m[3] ?? m[4] ?? m[5] ?? null }),
    examples: [
      { text: '(Doc. No. 55-1 at 3.)', expect: { docEntry: '55-1', pinCite: '3' } },
      { text: 'ECF No. 12', expect: { docEntry: '12' } },
      { text: 'Dkt. 7', expect: { docEntry: '7' } },
      { text: 'Dkt. No. 7', expect: { docEntry: '7' } },
      { text: '[Doc. 37]', expect: { docEntry: '37' } },
      { text: 'Rec. Doc. 184', expect: { docEntry: '184' } },
    ],
    counterexamples: ['the doctor said 5', 'Document 55 was late', 'ECFs'],
  },
  {
    id: 'citation/record-hash',
    // (#40) / (# 40 at 3) / [#40]
    pattern: /[([]#\s*(\d{1,5}(?:-\d{1,3})?)(?:,?\s*at\s+(\d+(?:\s*[-–]\s*\d+)?))?[)\]]/g,
    priority: 34,
    parse: (m) => recordHit(m, { docEntry: m[1], pinCite: m[2] ?? null, reporter: '#', reporterFound: '#' }, [m.index + 1, m.index + m[0].length - 1]),
    examples: [{ text: 'the motion (#40) is denied', expect: { docEntry: '40' } }],
    counterexamples: ['issue #40 on the tracker'],
  },
  {
    id: 'citation/record-pleading',
    // Compl. ¶ 4 / Am. Compl. ¶¶ 4-5 / PSR ¶ 12 / Def.'s Mot. at 3 / Gov't Resp. at 5
    pattern: new RegExp(String.raw`\b(Compl\.|PSR|Presentence\s+(?:Investigation\s+)?Report|Mot\.|Resp\.|Opp['’]n|Reply|Br\.|Mem\.)\s*(?:(¶¶?\s*${RANGE})|at\s+(${RANGE}))`, 'g'),
    at: RECORD_AT,
    priority: 34,
    parse(m, text) {
      // Who filed it, read backwards: "Am. Compl.", "Def.'s Mot.", "Gov't Resp."
      const pre = /(?:^|[^\w.'’])((?:(?:First|Second|Third)\s+)?Am\.\s*|(?:Def(?:endant)?|Pl(?:aintiff)?|Gov['’]t|Govt?|Mov(?:an)?t)\.?['’]?s?\s+)$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = pre ? m.index - pre[1].length : m.index;
      const found = text.slice(start, m.index) + m[1];
      return recordHit(m, { reporter: found.replace(/\s+/g, ' '), reporterFound: found, pinCite: m[2] ?? m[3] ?? null }, [start, m.index + m[0].length]);
    },
    examples: [
      { text: 'Compl. ¶ 4', expect: { reporter: 'Compl.', pinCite: '¶ 4' } },
      { text: "Def.'s Mot. at 3", expect: { pinCite: '3' } },
      { text: 'PSR ¶ 12', expect: { reporter: 'PSR' } },
    ],
    counterexamples: ['the complaint alleges'],
  },
  {
    id: 'citation/record-transcript',
    // Tr. 12:3 / Hr'g Tr. 4:5-9 / Sent. Tr. at 5
    pattern: /\bTr\.\s*(?:at\s+)?(\d+:\d+(?:\s*[-–]\s*\d+(?::\d+)?)?|\d+(?:\s*[-–]\s*\d+)?)(?![\w])/g,
    at: String.raw`Tr\.`,
    priority: 34,
    parse(m, text) {
      // The kind of transcript, read backwards: "Hr'g Tr.", "Sent. Tr.", "Trial Tr."
      const pre = /(?:^|\s)((?:Hr['’]g|Sent(?:encing|\.)?|Trial|Plea|Hearing|Suppression|Change of Plea|Status|Revocation)\s+)$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = pre ? m.index - pre[1].length : m.index;
      const found = text.slice(start, m.index) + 'Tr.';
      return recordHit(m, { reporter: found.replace(/\s+/g, ' '), reporterFound: found, pinCite: m[1] }, [start, m.index + m[0].length]);
    },
    examples: [
      { text: 'Tr. 12:3', expect: { pinCite: '12:3' } },
      { text: 'Sent. Tr. at 5', expect: { reporter: 'Sent. Tr.', pinCite: '5' } },
    ],
    counterexamples: ['Tr. of the record'],
  },
];
