/** Law citations: codes (U.S.C., C.F.R., state codes), session laws, federal rules, guidelines, constitutions. */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';
import { codes, subjectCodeStates, type CodeEntry, type CodeForm } from '../../data/statutes.js';
import { firstCharClass, flexTrieSource, reporterKey } from '../reporter-index.js';

// 3582 | 36-3701 | 5739.02 | 14:30 | 2C:11-3 | 13A-5-40 ; then (c)(1)(A) subsections as the pin
const SEC = String.raw`(\d[\dA-Za-z]*(?:[-–.:/]\d[\dA-Za-z]*)*)((?:\([A-Za-z0-9]{1,5}\))*)`;
const SIGN = String.raw`(?:§§?|[Ss]ec(?:tion)?s?\.?|[Ss]ecs?\.)`;
const ETSEQ = String.raw`(\s*et\s+seq\.?)?`;

const byKey = new Map<string, CodeEntry>();
for (const c of codes) for (const s of [c.abbr, ...(c.variants ?? [])]) byKey.set(reporterKey(s).toLowerCase(), c);
const codeOf = (found: string) => byKey.get(reporterKey(found).toLowerCase()) ?? null;
const spellings = (form: CodeForm) => codes.filter((c) => c.form === form).flatMap((c) => [c.abbr, ...(c.variants ?? [])]);

const lawHit = (m: RegExpExecArray, v: Omit<Draft, 'kind'>, confidence = 0.95) => ({
  value: { kind: 'law' as const, ...v },
  span: [m.index, m.index + m[0].length] as [number, number],
  confidence,
});
const pinOf = (sub: string | undefined) => (sub ? sub : null);

/**
 * `at` shared by the rules that begin with a code's name (section, chapter, title and subject codes):
 * any spelling of any of them, e.g. `Fla. Stat.`, `Mass. Gen. Laws`, `Okla. Stat.`, `Cal.`. One scan
 * for the four rules instead of four (see Rule.at).
 */
const CODE_AT = String.raw`\b(?:${flexTrieSource([...spellings('section'), ...spellings('chapter'), ...spellings('tit'), ...subjectCodeStates])})`;

const FED_RULES: Record<string, string> = { civ: 'Fed. R. Civ. P.', crim: 'Fed. R. Crim. P.', app: 'Fed. R. App. P.', evid: 'Fed. R. Evid.', bankr: 'Fed. R. Bankr. P.' };

export const lawRules: Rule<Draft>[] = [
  {
    id: 'citation/law-title-code',
    // 18 U.S.C. § 3582(c)(1)(A)(i) / 18 U. S. C. 4241 / 28 C.F.R. §§ 571.60-.64 / 735 ILCS 5/2-619
    pattern: new RegExp(String.raw`\b(\d{1,3}(?:-[A-Z])?)\s+(${flexTrieSource(spellings('title'))})(?![\w])\s*(?:${SIGN}\s*|pts?\.\s*|[Pp]art\s+)?${SEC}${ETSEQ}`, 'g'),
    at: volumeAt(firstCharClass(spellings('title'))),
    priority: 45,
    parse(m, text) {
      if (preceded(text, m.index, '.§-')) return null;
      const code = codeOf(m[2]);
      if (!code) return null;
      return lawHit(m, { title: m[1], reporter: code.abbr, reporterFound: m[2], code: code.abbr, section: m[3], pinCite: pinOf(m[4]) });
    },
    examples: [
      { text: '18 U.S.C. § 3582(c)(1)(A)(i)', expect: { title: '18', section: '3582', pinCite: '(c)(1)(A)(i)', code: 'U.S.C.' } },
      { text: '18 U. S. C. § 4241', expect: { section: '4241', reporterFound: 'U. S. C.' } },
      { text: '42 U.S.C. 1983', expect: { section: '1983' } },
      { text: '28 C.F.R. § 571.61(a)', expect: { code: 'C.F.R.', section: '571.61' } },
    ],
    counterexamples: ['18 U.S. 3582', 'U.S.C. § 3582'],
  },
  {
    id: 'citation/law-section-code',
    // Fla. Stat. § 120.68 / Ariz. Rev. Stat. Ann. § 36-3701 et seq. / Ala. Code § 92
    pattern: new RegExp(String.raw`\b(${flexTrieSource(spellings('section'))})(?![\w])\s*,?\s*${SIGN}\s*${SEC}${ETSEQ}`, 'g'),
    at: CODE_AT,
    priority: 45,
    parse(m) {
      const code = codeOf(m[1]);
      if (!code) return null;
      return lawHit(m, { reporter: code.abbr, reporterFound: m[1], code: code.abbr, section: m[2], pinCite: pinOf(m[3]) });
    },
    examples: [
      { text: 'Fla. Stat. § 120.68 (2007)', expect: { code: 'Fla. Stat.', section: '120.68' } },
      { text: 'Kan. Stat. Ann. § 21-3516(a)(2)', expect: { section: '21-3516', pinCite: '(a)(2)' } },
    ],
    counterexamples: ['Fla. Stat. generally'],
  },
  {
    id: 'citation/law-chapter-code',
    // Mass. Gen. Laws ch. 93A, § 2 / Mass. Gen. Laws ch. 1, §§ 2-3
    pattern: new RegExp(String.raw`\b(${flexTrieSource(spellings('chapter'))})\s*(?:ch|c)\.\s*(\d+[A-Z]?),\s*${SIGN}\s*${SEC}`, 'g'),
    at: CODE_AT,
    priority: 45,
    parse(m) {
      const code = codeOf(m[1]);
      if (!code) return null;
      return lawHit(m, { reporter: code.abbr, reporterFound: m[1], code: code.abbr, chapter: m[2], section: m[3], pinCite: pinOf(m[4]) });
    },
    examples: [{ text: 'Mass. Gen. Laws ch. 1, §§ 2-3', expect: { chapter: '1', section: '2-3' } }],
    counterexamples: ['Mass. Gen. Laws'],
  },
  {
    id: 'citation/law-tit-code',
    // Okla. Stat. tit. 21, § 701.7
    pattern: new RegExp(String.raw`\b(${flexTrieSource(spellings('tit'))})\s*tit\.\s*(\d+(?:-[A-Z])?),\s*${SIGN}\s*${SEC}`, 'g'),
    at: CODE_AT,
    priority: 45,
    parse(m) {
      const code = codeOf(m[1]);
      if (!code) return null;
      return lawHit(m, { reporter: code.abbr, reporterFound: m[1], code: code.abbr, title: m[2], section: m[3], pinCite: pinOf(m[4]) });
    },
    examples: [{ text: 'Okla. Stat. tit. 21, § 701.7', expect: { title: '21', section: '701.7' } }],
    counterexamples: ['Okla. Stat. 21'],
  },
  {
    id: 'citation/law-subject-code',
    // Cal. Civ. Proc. Code § 425.16 / Tex. Civ. Prac. & Rem. Code Ann. § 171.023 / N.Y. Penal Law § 125.25
    pattern: new RegExp(
      String.raw`\b((?:${subjectCodeStates.map((s) => s.replace(/[.]/g, '\\.').replace(/ /g, '\\s*')).join('|')})\s+(?:(?:[A-Z][A-Za-z.'’-]*|&)\s+){1,5}(?:Code|Law)(?:\s+Ann\.)?),?\s*${SIGN}\s*${SEC}`,
      'g',
    ),
    at: CODE_AT,
    priority: 44,
    parse: (m) => lawHit(m, { reporter: m[1].replace(/\s+/g, ' '), reporterFound: m[1], code: m[1].replace(/\s+/g, ' '), section: m[2], pinCite: pinOf(m[3]) }),
    examples: [{ text: 'Tex. Civ. Prac. & Rem. Code Ann. § 171.023', expect: { section: '171.023' } }, 'Cal. Penal Code § 1170(d)'],
    counterexamples: ['Cal. Penal Code'],
  },
  {
    id: 'citation/law-statutes-at-large',
    // 132 Stat. 5194
    pattern: /\b(\d{1,3})\s+(Stat\.)\s+(\d{1,5})(?![\w])/g,
    at: volumeAt(),
    priority: 46,
    parse: (m) => lawHit(m, { volume: m[1], reporter: 'Stat.', reporterFound: m[2], code: 'Stat.', page: m[3] }),
    examples: [{ text: 'Pub. L. No. 115-391, 132 Stat. 5194', expect: { volume: '132', page: '5194' } }],
    counterexamples: ['Fla. Stat. 5'],
  },
  {
    id: 'citation/law-public-law',
    // Pub. L. No. 115-391 / Pub. L. 115-391 / P.L. 115-391
    pattern: /\b(Pub(?:lic|\.)\s*L(?:aw|\.)|P\.\s*L\.)\s*(?:No\.\s*)?(\d{2,3})[-–](\d{1,4})(?![\w])/g,
    priority: 46,
    parse: (m) => lawHit(m, { reporter: 'Pub. L.', reporterFound: m[1], code: 'Pub. L.', title: m[2], section: `${m[2]}-${m[3]}` }),
    examples: [{ text: 'First Step Act of 2018, Pub. L. No. 115-391', expect: { section: '115-391' } }],
    counterexamples: ['Pub. L. No. abc'],
  },
  {
    id: 'citation/law-federal-rule',
    // Fed. R. Civ. P. 12(b)(6) / Fed. R. Evid. 404(b) / Federal Rule of Criminal Procedure 35(b)
    pattern: /\b(?:Fed\.\s*R\.|Federal\s+Rules?\s+of)\s*(Civ|Crim|App|Evid|Bankr)(?:\.|il|inal|ellate|ence|uptcy)\s*(?:P(?:\.|rocedure))?\s*(\d+(?:\.\d+)?)((?:\([A-Za-z0-9]{1,5}\))*)/g,
    at: 'Fed',
    priority: 46,
    parse(m) {
      const code = FED_RULES[m[1].toLowerCase()];
      return lawHit(m, { reporter: code, reporterFound: m[0].slice(0, m[0].length - m[2].length - m[3].length).trim(), code, section: m[2], pinCite: pinOf(m[3]) });
    },
    examples: [
      { text: 'Fed. R. Crim. P. 35(b)', expect: { code: 'Fed. R. Crim. P.', section: '35', pinCite: '(b)' } },
      { text: 'Federal Rule of Civil Procedure 12(b)(6)', expect: { code: 'Fed. R. Civ. P.', section: '12' } },
      { text: 'Fed. R. Evid. 404(b)', expect: { code: 'Fed. R. Evid.' } },
    ],
    counterexamples: ['Fed. R. Civ. P. generally'],
  },
  {
    id: 'citation/law-guidelines',
    // U.S.S.G. § 1B1.13 / USSG §1B1.13, cmt. n.1(A) / § 1B1.13 (the guideline shape alone is unmistakable)
    pattern: /§+\s*(\d[A-Z]\d\.\d{1,2})((?:\([A-Za-z0-9]{1,4}\))*)(?:,?\s*((?:cmt|comment)\.?\s*(?:\(?n\.\s*\d+(?:\([A-Z]\))?\)?)?|p\.s\.))?/g,
    at: '§',
    priority: 47,
    parse(m, text) {
      // The "U.S.S.G." before the section, read backwards.
      const pre = /(?:^|[^\w])((?:U\.\s*S\.\s*S\.\s*G\.?|USSG|(?:U\.S\.\s+)?Sentencing\s+Guidelines(?:\s+Manual)?)\s*)$/.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const start = pre ? m.index - pre[1].length : m.index;
      const hit = lawHit(m, { reporter: 'U.S.S.G.', reporterFound: pre ? pre[1].trim() : null, code: 'U.S.S.G.', section: m[1], pinCite: [m[2], m[3]].filter(Boolean).join(', ') || null });
      hit.span = [start, hit.span[1]];
      return hit;
    },
    examples: [
      { text: 'U.S.S.G. § 1B1.13', expect: { code: 'U.S.S.G.', section: '1B1.13' } },
      { text: 'USSG §1B1.13, cmt. n.1(A)', expect: { section: '1B1.13' } },
    ],
    counterexamples: ['§ 3582(c)'],
  },
  {
    id: 'citation/law-constitution',
    // U.S. Const. amend. IV / U.S. Const. art. I, § 9, cl. 3 / Cal. Const. art. I, § 7
    pattern: /\bConst\.\s*(art|amend)\.\s*([IVXLC]+|\d+)(?![\w])(?:,\s*§\s*(\d+))?(?:,\s*cl\.\s*(\d+))?/g,
    at: String.raw`Const\.`,
    priority: 46,
    parse(m, text) {
      // Whose constitution, read backwards: "U.S.", "Cal.", "N.Y."
      const pre = /(?:^|[^\w.])((?:U\.\s*S\.|[A-Z][a-z]*\.(?:\s*[A-Z][a-z]*\.)?)\s*)$/.exec(text.slice(Math.max(0, m.index - 16), m.index));
      if (!pre) return null;
      const code = (pre[1].trim() + ' Const.').replace(/\s+/g, ' ');
      const hit = lawHit(m, { reporter: code, reporterFound: pre[1] + 'Const.', code, title: `${m[1]}. ${m[2]}`, section: m[3] ?? null, pinCite: m[4] ? `cl. ${m[4]}` : null });
      hit.span = [m.index - pre[1].length, hit.span[1]];
      return hit;
    },
    examples: [
      { text: 'U.S. Const. amend. IV', expect: { code: 'U.S. Const.', title: 'amend. IV' } },
      { text: 'U.S. Const. art. I, § 9, cl. 3', expect: { title: 'art. I', section: '9', pinCite: 'cl. 3' } },
    ],
    counterexamples: ['the Constitution'],
  },
  {
    id: 'citation/law-section-bare',
    // § 3582(c) / §§ 2-3 / §99 — typed `law` by a refiner when an earlier code cite has that section, else `unknown`
    pattern: new RegExp(String.raw`(?<![\w§])(§§?)\s*${SEC}${ETSEQ}`, 'g'),
    at: '§',
    priority: 30,
    parse: (m) => ({
      value: { kind: 'unknown' as const, section: m[2], pinCite: pinOf(m[3]) },
      span: [m.index, m.index + m[0].length] as [number, number],
      confidence: 0.6,
    }),
    examples: [{ text: 'relief under § 3582(c)', expect: { section: '3582', pinCite: '(c)' } }],
    counterexamples: ['section three'],
  },
];
