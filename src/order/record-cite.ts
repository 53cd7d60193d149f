/**
 * Record cites that name a docket entry: "Doc. No. 55", "(ECF No. 12)", "[Doc. 37]", "(#40)", "Dkt. 48",
 * "[docket entry 24]", "Filing 89", "D.E. 44-1", "DE # 147", "DN 71", "D.I. 43", "R. Doc. No. 56", "ECF# 134", "[32]", "(R. 22)".
 * The motions stage links a motion to the first one that follows its name.
 */
import type { Rule, RuleSet } from '../engine/types.js';

export interface RecordCiteValue {
  /** As written, e.g. `55-1` */
  entry: string;
}

const entry = (m: RegExpExecArray): RecordCiteValue | null => {
  const e = m.slice(1).find((g) => g !== undefined);
  return e ? { entry: e } : null;
};

// What stands before a later entry of a closed list: "(DE 45, " · "[Doc. 30, 31 and "
// (or a bare number sign, each entry with its own or not: "[#15 and 16]", "(#40, #41, ")
const LIST_HEAD = /[(\[]\s*(?:(?:Doc\.?|Dkt\.?|ECF|D\.\s?E\.|DE)\s*(?:No\.?|#)?|#)\s*\d{1,6}(?:\s*,\s*#?\s*\d{1,6})*\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)#?\s*$/i;

export const recordCiteRules: Rule<RecordCiteValue>[] = [
  {
    id: 'record/doc-no',
    anchors: ['doc', 'dkt', 'ecf', 'docket', 'filing', 'd.e', 'de', 'dn', 'd.n', 'd.i', 'record no'],
    // "Doc. No. 55" · "Doc. 37" · "ECF No. 12" · "Dkt. No. 56" · "docket entry 24" · "Filing 89" · "D.E. 44-1" · "DE # 147" · "ECF# 134" · "Docs. 1320"
    pattern: /\b(?:R\.\s*)?(?:Doc(?:ument)?s?\.?|Dkts?\.?|Docket(?:\s+(?:entry|entries|no\.|number))?|ECF|Filing|D\.\s?E\.|DE|DN|D\.\s?N\.|D\.\s?I\.|Record(?=\s+Nos?\.))\s*(?:Nos?\.?|#|Number)?\s*:?\s*#?\s*(\d{1,6}(?:-\d{1,3})?)\b/gi,
    // (a plural label with a rising pair is a range of entries, the motion first: "(Docs. 39-40)" is 39 and its brief;
    // "Doc. 55-1" is an attachment)
    parse: (m) => {
      const r = /^(\d+)-(\d+)$/.exec(m[1]);
      if (r && Number(r[2]) > Number(r[1]) && /^(?:R\.\s*)?(?:Docs\.?|Dkts\.?|Docket\s+entries|[\w.\s]*?Nos\.?)/i.test(m[0])) return { entry: r[1] };
      return entry(m);
    },
    priority: 20,
    examples: [
      { text: 'Doc. No. 55', expect: { entry: '55' } },
      { text: '(ECF No. 12)', expect: { entry: '12' } },
      { text: 'motion to remand [Record No. 9]', expect: { entry: '9' } },
      { text: '[Doc. 37]', expect: { entry: '37' } },
      { text: 'Doc. No. 55-1 at 3', expect: { entry: '55-1' } },
      { text: '[docket entry 24]', expect: { entry: '24' } },
      { text: 'DE # 147', expect: { entry: '147' } },
      { text: 'ECF# 134', expect: { entry: '134' } },
      { text: '(DN 71)', expect: { entry: '71' } },
      { text: 'Filing 89', expect: { entry: '89' } },
      { text: 'a Motion to Dismiss Counterclaim (Docs. 39-40)', expect: { entry: '39' } },
      { text: '(ECF Nos. 120-121)', expect: { entry: '120' } },
      { text: 'Doc. 55-12', expect: { entry: '55-12' } },
    ],
    counterexamples: ['Document preparation', 'the docket in 2020'],
  },
  {
    id: 'record/list-item',
    anchors: ['nos', 'entries', 'docs.', 'dkts'],
    // The second and later entries of a plural cite, each an entry of its own: "ECF Nos. 10, 14" · "Doc. Nos. 95 and 101"
    // · "Dkts. 33, 36 & 40" · "docket entries 7 and 9" · "[docs. 36, 37]" (the first is read by record/doc-no)
    pattern: /(?<=\b(?:(?:Doc(?:ument)?s?\.?|Dkts?\.?|ECF|D\.\s?E\.|D\.\s?I\.)\s*Nos\.?|Docs\.|Dkts\.|[Dd]ocket\s+entries)\s*\d{1,6}(?:-\d{1,3})?(?:\s*(?:,|and|&)\s*\d{1,6}(?:-\d{1,3})?)*\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*))(\d{1,6}(?:-\d{1,3})?)\b(?!\s*(?:U\.S|F\.|S\.\s?Ct))/gi,
    parse: (m) => entry(m),
    priority: 15,
    examples: [{ text: '(ECF Nos. 10, 14)', expect: { entry: '14' } }, { text: 'Doc. Nos. 95 and 101', expect: { entry: '101' } }, { text: 'Dkts. 33, 36 & 40', expect: { entry: '36' } }, { text: 'docket entries 7 and 9', expect: { entry: '9' } }, { text: 'motions to suppress [docs. 36, 37]', expect: { entry: '37' } }],
    counterexamples: ['ECF No. 10, at 14', 'Doc. 12, 2020 WL 5'],
  },
  {
    id: 'record/list-closed',
    anchors: ['doc', 'dkt', 'ecf', 'de', 'd.e', '#'],
    // A singular label with a list that closes its parentheses: "(DE 45, 54)" · "[Doc. 30, 31 and 33]" · "(ECF No. 12, 15)"
    // (a page or a reporter after the comma is not closed by the parenthesis: "(ECF No. 10, at 14)", "(Doc. 12, 2020 WL 5)")
    // (the label and the entries before are checked in `parse`, on the text before the match: a lookbehind here would be
    // tried at every position of the text)
    pattern: /\b(\d{1,6})(?=(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)#?\s*\d{1,6})*\s*[)\]])/g,
    parse: (m) => (LIST_HEAD.test(m.input.slice(Math.max(0, m.index - 80), m.index)) ? entry(m) : null),
    priority: 15,
    examples: [{ text: 'filed by defendant (DE 45, 54)', expect: { entry: '54' } }, { text: '[Doc. 30, 31 and 33]', expect: { entry: '31' } }, { text: '(ECF No. 12, 15)', expect: { entry: '15' } }, { text: 'both motions [#15 and 16]', expect: { entry: '16' } }, { text: 'the motions (#40, #41)', expect: { entry: '41' } }],
    counterexamples: ['(ECF No. 10, at 14)', '(Doc. 12, 2020 WL 5)', '(Doc. 45, ¶ 3)', 'Doc. 45, 54 F.3d 1'],
  },
  {
    id: 'record/hash',
    anchors: ['#'],
    // "(#40)" · "(# 338)" · "[# 9]" · "[#23]" (District of Massachusetts usage); the first of a list too: "[#15 and 16]"
    // (the later ones are read by record/list-closed)
    pattern: /\(#\s*(\d{1,6})(?=(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)#?\s*\d{1,6})*\s*\))|\[#\s*(\d{1,6})(?=(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)#?\s*\d{1,6})*\s*\])/g,
    parse: (m) => entry(m),
    priority: 15,
    examples: [{ text: 'Motion for Compassionate Release (#338)', expect: { entry: '338' } }, { text: 'motion for partial dismissal [# 9]', expect: { entry: '9' } }, { text: 'Motion to Compel [#23]', expect: { entry: '23' } }, { text: 'both motions [#15 and 16]', expect: { entry: '15' } }, { text: '(#40, #41)', expect: { entry: '40' } }],
    counterexamples: ['(# of days)', '(#40 at 3)', '[#2 of 5]'],
  },
  {
    id: 'record/r-entry',
    anchors: ['r.'],
    // "(R. 22)" · "(R. 22, PageID # 140)" · "R. 31, Page ID 7-9" (the record entry as the Sixth Circuit's courts cite it);
    // not a rule ("Fed. R. Civ. P. 12", "(R. Civ. P. 56)") nor a page of a transcript ("(R. at 22)")
    // (the regex starts with its literal "R." so the scanner can skip ahead; what may come before it is checked in parse)
    pattern: /\bR\.\s?(\d{1,5})(?=\s*[)\]]|,\s*Page\s?ID\b)/g,
    parse: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 2), m.index);
      if (/[([]$/.test(before)) return entry(m);
      return /^,\s*Page\s?ID\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/\.\s?$/.test(before) ? entry(m) : null;
    },
    priority: 15,
    examples: [{ text: "Acme's motion to dismiss (R. 22)", expect: { entry: '22' } }, { text: '(R. 22, PageID # 140)', expect: { entry: '22' } }, { text: 'See R. 31, Page ID 7-9.', expect: { entry: '31' } }],
    counterexamples: ['Fed. R. Civ. P. 12(b)(6)', '(R. at 22)', '(Fed. R. 12)', 'Tenn. R. 13, PageID'],
  },
  {
    id: 'record/tab',
    anchors: ['tab'],
    // "[Tab 61]" · "(Tab #12)" (a docket entry as some courts number it); only inside brackets: "Exhibit Tab 3" is no entry
    pattern: /[[(]\s*Tab\.?\s*(?:No\.\s*|#\s*)?(\d{1,5})\s*[\])]/g,
    parse: (m) => entry(m),
    priority: 15,
    examples: [{ text: "defendant's motion for summary judgment [Tab 61]", expect: { entry: '61' } }, { text: 'the motion (Tab #12)', expect: { entry: '12' } }],
    counterexamples: ['Exhibit Tab 3', 'the tab 4 of the binder'],
  },
  {
    id: 'record/bracket',
    anchors: ['['],
    // "MOTION FOR COMPASSIONATE RELEASE [32]" · "MOTIONS [581] [585]" · "plaintiffs' motion [32] for"; not a
    // footnote mark glued to the word or stop before it: "is GRANTED.[2]", "will be denied.[3]", "motion[4]"
    // (a bracket after a stop is a footnote mark, unless a verb follows: "; [40] is granted")
    pattern: /\[(\d{1,5})\]/g,
    parse: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 4), m.index);
      if (/[\w.,;:)”"'’]$/.test(before) || (/[.;:!?]\s{1,3}$/.test(before) && !/^\s+(?:is|are|was|were|and|or)\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))) return null;
      return entry(m);
    },
    priority: 10,
    examples: [{ text: 'MOTIONS [581] [585]', expect: { entry: '581' } }, { text: 'denying [55] Motion', expect: { entry: '55' } }, { text: 'the pages are warranted; [40] is granted', expect: { entry: '40' } }],
    counterexamples: ['[a]s an incarcerated person', 'the motion is GRANTED.[2]', 'will therefore be denied.[3] II.', 'the motion[4] is', 'will likewise be denied. [4] Plaintiff argues'],
  },
  {
    id: 'record/ny-motion-seq',
    anchors: ['motion 0', 'seq'],
    // New York's motion sequence numbers, which name each motion of a case: NYSCEF's "(Motion 001) 7, 8, 9 were read on
    // this motion" · "motion sequence number 002" · "Mot. Seq. No. 003" · "motion sequence numbers 001 and 002" (the second
    // number: record/ny-motion-seq-item)
    pattern: /\((?:Motion|MOTION)\s+(\d{3})\)|\b(?:[Mm]otion|MOTION|[Mm]ot\.)\s+(?:[Ss]eq(?:uence|\.)?|SEQ(?:UENCE|\.)?)\s*(?:[Nn]umbers?|NUMBERS?|[Nn]os?\.?|NOS?\.?|#)?\s*(\d{1,3})\b/g,
    parse: (m) => entry(m),
    priority: 20,
    examples: [
      { text: 'listed by NYSCEF document number (Motion 001) 7, 8, 9', expect: { entry: '001' } },
      { text: 'ORDERED that motion sequence number 002 is denied', expect: { entry: '002' } },
      { text: 'Mot. Seq. No. 3', expect: { entry: '3' } },
    ],
    counterexamples: ['the motion of 001 corp', 'Motion 12'],
  },
  {
    id: 'record/ny-motion-seq-item',
    anchors: ['seq'],
    // "motion sequence numbers 001 and 002 are granted": the later numbers of the list
    pattern: /(?<=\b(?:[Mm]otion|MOTION|[Mm]ot\.)\s+(?:[Ss]eq(?:uence|\.)?|SEQ(?:UENCE|\.)?)\s*(?:[Nn]umbers|NUMBERS|[Nn]os\.?|NOS\.?)\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*)?(?:and\s+|&\s*|,\s*))(\d{1,3})\b/g,
    parse: (m) => entry(m),
    priority: 15,
    examples: [{ text: 'ORDERED that motion sequence numbers 001 and 002 are granted', expect: { entry: '002' } }],
    counterexamples: ['motion sequence number 001 and the cross-motion'],
  },
  {
    id: 'record/possessive-number',
    anchors: ["'", '’'],
    // Docket text that puts the entry between the filer's possessive and the motion: "IT IS ORDERED, Defendants' 12 Motion to
    // Dismiss for Lack of Personal Jurisdiction is GRANTED" · "Plaintiff's 30 MOTION to Compel"
    pattern: /\b(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Government|Debtors?|Movants?|Intervenors?|Trustee)(?:['’]s?|s['’])\s+(?!(?:19|20)\d\d\b)(\d{1,6})(?=\s+(?:MOTION|Motion|APPLICATION|Application|PETITION|Petition)\b)/g,
    parse: (m) => {
      const at = m.index + m[0].length - m[1].length;
      return { value: { entry: m[1] }, span: [at, at + m[1].length], confidence: 0.75 };
    },
    priority: 10,
    examples: [
      { text: "IT IS ORDERED, Defendants' 12 Motion to Dismiss for Lack of Personal Jurisdiction is GRANTED", expect: { entry: '12' } },
      { text: "Plaintiff's 30 MOTION to Compel is DENIED", expect: { entry: '30' } },
    ],
    counterexamples: ["Defendant's 2019 Motion", "Defendants' two motions", "Plaintiff's Rule 12 Motion"],
  },
  {
    id: 'record/docket-text-number',
    anchors: ['granting', 'denying', 'moot', 'terminating', 'adopting', 're ', 'striking', 'order:', 'order :', 'disregarding', 'finding'],
    // CM/ECF docket text names an entry by its bare number after the verb: "ORDER granting 45 Motion for Extension of
    // Time" · "denying without prejudice 50 Motion" · "finding as moot 31 Motion to Compel" · "Response re 40 MOTION";
    // not "Rule 12 Motion" (no docket-text verb before the number).
    // (or the first words after "TEXT ORDER:": "TEXT ORDER: 12 Motion to Appear Pro Hac Vice is GRANTED")
    pattern: /(?:\b(?:granting|denying|GRANTING|DENYING|Granting|Denying|moot|MOOT|terminating|TERMINATING|adopting|ADOPTING|striking|STRIKING|[Dd]isregarding|DISREGARDING|re|RE)(?:\s+(?:in\s+part|and|without\s+prejudice|as\s+moot))*|\bORDER\s*:)\s+(\d{1,6})(?=\s+(?:(?:[Pp]laintiff|[Dd]efendant|[Pp]etitioner|[Rr]espondent|[Dd]ebtor|[Tt]rustee|[Mm]ovant)s?['’]?s?\s+(?:(?:ex\s+parte|pro\s+se|emergency|renewed|amended|second|unopposed|joint)\s+)?)?(?:MOTION|Motion|motion|LETTER|Letter|APPLICATION|Application|PETITION|Petition|STIPULATION|Stipulation|REPORT|Report|OBJECTION|Objection|Request|REQUEST)\b)/g,
    parse: (m) => {
      const at = m.index + m[0].length - m[1].length;
      return { value: { entry: m[1] }, span: [at, at + m[1].length], confidence: 0.8 };
    },
    priority: 10,
    examples: [
      { text: 'ORDER granting 45 Motion for Extension of Time', expect: { entry: '45' } },
      { text: 'ORDER denying without prejudice 50 Motion for Default Judgment', expect: { entry: '50' } },
      { text: 'ORDER finding as moot 31 Motion to Compel', expect: { entry: '31' } },
      { text: 'TEXT ORDER: 12 Motion to Appear Pro Hac Vice is GRANTED', expect: { entry: '12' } },
      { text: "ORDER denying 2 plaintiff's ex parte motion for TRO.", expect: { entry: '2' } },
    ],
    counterexamples: ['Defendant\'s Rule 12 Motion to Dismiss', 'the Court considered 3 motions'],
  },
  {
    id: 'record/docket-text-trailing-number',
    anchors: [' ,', ' .', ' ;'],
    // Docket text as case-law sites print it puts a hyperlinked entry's bare number after the motion it names, with a space
    // before the punctuation that follows: "the Court GRANTS defendants' motions to dismiss 23 , 25 and DENIES defendants'
    // motion to stay 26 ." (the spaced punctuation, or a run of such numbers, tells it from "Count 2" or "Rule 12")
    pattern: /(?<=\b(?:motions?|Motions?|MOTIONS?)\b[^.;\n]{0,80}?\s)(\d{1,6})(?=\s[,.;](?:\s|$))|(?<=\b(?:motions?|Motions?|MOTIONS?)\b[^.;\n]{0,80}?\s\d{1,6}\s,\s)(\d{1,6})(?=\s)/g,
    parse: (m) => {
      const entry = m[1] ?? m[2];
      return { value: { entry }, span: [m.index, m.index + entry.length], confidence: 0.7 };
    },
    priority: 10,
    examples: [
      { text: "the Court GRANTS defendants' motions to dismiss 23 , 25 and DENIES", expect: { entry: '23' } },
      { text: "GRANTS defendants' motions to dismiss 23 , 25 and DENIES", expect: { entry: '25' } },
      { text: "and DENIES defendants' motion to stay 26 . Signed by Judge", expect: { entry: '26' } },
    ],
    counterexamples: ['the motion to dismiss Count 2, and the motion', "Defendant's Rule 12 motion to dismiss", 'the motion was filed in 2019.'],
  },
];

export const recordCiteRuleSet: RuleSet<RecordCiteValue> = { domain: 'record-cite', rules: recordCiteRules };
