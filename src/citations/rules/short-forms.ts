/** Short forms that name no reporter: Id., Ibid., supra. (`Raia, at 597` references come from a refiner.) */
import type { Rule } from '../../engine/types.js';
import type { Draft } from '../draft.js';

// at 597 | at *6 | at 62-63, 67-68 | at 20-25 & n. 4 | ¶ 34 | § 5(b) | 119:12-14
export const PIN = String.raw`(?:\*?\d+(?:\s*[-–]\s*\*?\d+)?(?:\s*(?:&\s*)?nn?\.\s*\d+)?(?:,\s*(?:&\s*)?\*?\d+(?:\s*[-–]\s*\*?\d+)?(?![\w]|\s+[A-Z(]|\s*[.,]?\s*\d))*)`;
const PARA = String.raw`¶¶?\s*\d+(?:\s*[-–]\s*\d+)?`;
const SECT = String.raw`§§?\s*\d[\w.-]*(?:\([A-Za-z0-9]{1,4}\))*`;

export const shortFormRules: Rule<Draft>[] = [
  {
    id: 'citation/id',
    // Id. / Id., at 123 / id. at 62-63 / Id. § 5 / Id. ¶ 34 / Ibid. / id. 119:12-14
    pattern: new RegExp(
      String.raw`(?:[Ii]d|[Ii]bid|IBID)\.(?:,?\s*(?:at\s+(?:pp?\.\s*)?(${PIN}|${PARA})|(${SECT})|(${PARA})|(\d+:\d+(?:\s*[-–]\s*\d+)?)))?`,
      'g',
    ),
    priority: 40,
    parse(m, text) {
      if (m.index > 0 && /[\w.]/.test(text[m.index - 1])) return null;
      const pin = m[1] ?? m[3] ?? m[4] ?? null;
      const section = m[2] ? m[2].replace(/^§+\s*/, '') : null;
      return {
        value: { kind: 'id', pinCite: pin ? pin.trim() : section ? m[2] : null, section },
        span: [m.index, m.index + m[0].length],
        confidence: 0.95,
      };
    },
    examples: [
      { text: 'Id. at 597.', expect: { pinCite: '597' } },
      { text: 'See id., at *10.', expect: { pinCite: '*10' } },
      { text: 'Ibid.', expect: { kind: 'id' } },
      { text: 'id. § 5', expect: { section: '5' } },
    ],
    counterexamples: ['the idea.', 'Valid. Then', 'bid.'],
  },
  {
    id: 'citation/supra',
    // Raia, supra, at 597 / Foo, supra note 3, at 5 / 123 supra.
    pattern: new RegExp(String.raw`supra\b(?:,?\s*notes?\s+\d+)?(?:,?\s*at\s+(?:pp?\.\s*)?(${PIN}))?`, 'g'),
    priority: 40,
    parse(m, text) {
      if (m.index > 0 && /\w/.test(text[m.index - 1])) return null;
      // "See text accompanying n. 48, supra", "Part II, supra": a cross-reference inside this document.
      // (CourtListener marks a bare "n. 2, supra"; that one is kept.)
      if (/(?:\btext\s+accompanying\s+(?:nn?\.|notes?)\s*\d+[\s\d,&–-]*|\bPart\s+[IVX\d]+[A-Z]?|\btext|\b(?:discussed|noted|explained|above))[\s,]*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
      // "123 supra": the volume is read backwards (a leading optional group would slow the scan).
      const vol = /(?:^|[^\w.])(\d{1,4})\s+$/.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const start = vol ? m.index - vol[0].length + vol[0].indexOf(vol[1]) : m.index;
      const before = text.slice(Math.max(0, start - 60), start);
      const name = /([A-Za-z][\w'’&-]*\.?)[\s,”"’]*(?:(?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|L\.P|N\.A)\.?[\s,”"’]*)?$/.exec(before);
      const guess = name && !/^(?:see|and|or|in|the|of)$/i.test(name[1]) ? name[1].replace(/[.,]$/, '') : null;
      return {
        value: { kind: 'supra', volume: vol ? vol[1] : null, pinCite: m[1] ? 'at ' + m[1].trim() : null, antecedentGuess: guess },
        span: [start, m.index + m[0].length],
        confidence: 0.9,
      };
    },
    examples: [
      { text: 'Raia, supra, at 597', expect: { antecedentGuess: 'Raia', pinCite: 'at 597' } },
      { text: 'before asdf, 123 supra, at 2', expect: { volume: '123', antecedentGuess: 'asdf' } },
    ],
    counterexamples: ['supranational law', 'See text accompanying n. 48, supra.', 'as discussed supra, the rule applies'],
  },
];
