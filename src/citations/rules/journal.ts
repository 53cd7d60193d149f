/** Law review and journal citations: `66 B.U. L. Rev. 71`, `95 Yale L.J. 1`, `25 Texas L.Rev. 199`. */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';

// Journal titles are runs of capitalized abbreviations that end in a periodical word.
const WORD = String.raw`(?:[A-Z][A-Za-z'’]*\.?|[A-Z]\.(?:[A-Z]\.)+|&)`;
const TAIL = String.raw`(?:L\.\s*Rev\.|L\.\s*J\.|L\.\s*Q\.|L\.\s*F\.|Rev\.|J\.|Q\.|Law\s+Review|Law\s+Journal|Rev\.\s+Online|F\.\s+Online)`;
// What the title words are made of, up to the first possible periodical word: a look-ahead the match
// implies, so it changes no match; it fails fast at the ~30,000 case cites (`954 F.3d 594`, `18 U.S.C.`)
// where the title-word loop would otherwise backtrack through every split of `U.S.C.`.
const TAIL_AHEAD = String.raw`(?=[A-Za-z'’.&\s]*?(?:L\.|Rev\.|J\.|Q\.|Law\s|F\.\s+Online))`;

export const journalRules: Rule<Draft>[] = [
  {
    id: 'citation/journal',
    // 66 B.U. L. Rev. 71 / 1 Minn. L. Rev. 1, 2-3 / 95 Yale L.J. 1
    pattern: new RegExp(String.raw`\b(\d{1,4})\s+${TAIL_AHEAD}((?:${WORD}\s*){0,6}?${TAIL})\s*(\d{1,5})(?![\w])`, 'g'),
    at: volumeAt(),
    priority: 30,
    parse: (m, text) => preceded(text, m.index, '.§-') ? null : ({
      value: { kind: 'journal', volume: m[1], reporter: m[2].replace(/\s+/g, ' '), reporterFound: m[2], page: m[3] },
      span: [m.index, m.index + m[0].length],
      confidence: 0.85,
    }),
    examples: [
      { text: '66 B.U. L. Rev. 71 (1986)', expect: { volume: '66', reporter: 'B.U. L. Rev.', page: '71' } },
      { text: '25 Texas L.Rev. 199', expect: { page: '199' } },
      { text: '95 Yale L.J. 1', expect: { reporter: 'Yale L.J.' } },
      { text: '12 Gonzaga Law Review 45', expect: { reporter: 'Gonzaga Law Review', page: '45' } },
      { text: 'see 41 Hastings Const. L.Q. 7, 9', expect: { volume: '41', page: '7' } },
    ],
    counterexamples: ['5 Jones Rd. 7', '1 U.S. 1', '18 U.S.C. 3582', '954 F.3d 594'],
  },
];
