/** Law review and journal citations: `66 B.U. L. Rev. 71`, `95 Yale L.J. 1`, `25 Texas L.Rev. 199`. */
import type { Rule } from '../../engine/types.js';
import { preceded, volumeAt, type Draft } from '../draft.js';

// Journal titles are runs of capitalized abbreviations that end in a periodical word.
const WORD = String.raw`(?:[A-Z][A-Za-z'’]*\.?|[A-Z]\.(?:[A-Z]\.)+|&)`;
const TAIL = String.raw`(?:L\.\s*Rev\.|L\.\s*J\.|L\.\s*Q\.|L\.\s*F\.|Rev\.|J\.|Q\.|Law\s+Review|Law\s+Journal|Rev\.\s+Online|F\.\s+Online)`;

export const journalRules: Rule<Draft>[] = [
  {
    id: 'citation/journal',
    // 66 B.U. L. Rev. 71 / 1 Minn. L. Rev. 1, 2-3 / 95 Yale L.J. 1
    pattern: new RegExp(String.raw`\b(\d{1,4})\s+((?:${WORD}\s*){0,6}?${TAIL})\s*(\d{1,5})(?![\w])`, 'g'),
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
    ],
    counterexamples: ['5 Jones Rd. 7', '1 U.S. 1'],
  },
];
