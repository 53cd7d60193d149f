/**
 * Federal courts: the Supreme Court, the 13 courts of appeals, bankruptcy appellate panels,
 * the 94 district courts and their bankruptcy courts (generated from federal-districts.ts),
 * and the national specialty courts.
 */
import type { Court } from './types.js';
import { DIRECTION_WORDS, DISTRICT_STATES, type DistrictState } from './federal-districts.js';

const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh'];
/** Bluebook ordinals: 2d and 3d, not 2nd and 3rd. */
const BLUEBOOK_ORDINALS = ['', '1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];
const PLAIN_ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

/** Bluebook closes up adjacent single capitals: `W.D.` + `N.C.` -> `W.D.N.C.`; `D.` + `Ala.` -> `D. Ala.` */
function closeUp(a: string, b: string): string {
  return /^[A-Z]\.(?:[A-Z]\.|\s[A-Z][a-z]+\.$)/.test(b) ? a + b : `${a} ${b}`;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

function courtsOfAppeals(): Court[] {
  const out: Court[] = [];
  for (let n = 1; n <= 11; n++) {
    const word = ORDINAL_WORDS[n];
    const cite = `${BLUEBOOK_ORDINALS[n]} Cir.`;
    out.push({
      id: `ca${n}`,
      name: `United States Court of Appeals for the ${word} Circuit`,
      citationString: cite,
      variants: uniq([`${PLAIN_ORDINALS[n]} Cir.`, `${BLUEBOOK_ORDINALS[n]} Circuit`, `${PLAIN_ORDINALS[n]} Circuit`]),
      captionNames: [
        `United States Court of Appeals for the ${word} Circuit`,
        `U.S. Court of Appeals for the ${word} Circuit`,
        `Court of Appeals for the ${word} Circuit`,
        `United States Court of Appeals, ${word} Circuit`,
        `U.S. Court of Appeals, ${word} Circuit`,
        `${word} Circuit Court of Appeals`,
      ],
      level: 'appellate',
      jurisdiction: 'federal',
      circuit: `ca${n}`,
      examples: [`(${cite} 2020)`],
    });
  }
  out.push({
    id: 'cadc',
    name: 'United States Court of Appeals for the District of Columbia Circuit',
    citationString: 'D.C. Cir.',
    variants: ['D.C. Circuit'],
    captionNames: [
      'United States Court of Appeals for the District of Columbia Circuit',
      'U.S. Court of Appeals for the District of Columbia Circuit',
      'Court of Appeals for the District of Columbia Circuit',
      'United States Court of Appeals, District of Columbia Circuit',
      'Court of Appeals for the D.C. Circuit',
    ],
    level: 'appellate',
    jurisdiction: 'federal',
    circuit: 'cadc',
    examples: ['(D.C. Cir. 2019)'],
  });
  out.push({
    id: 'cafc',
    name: 'United States Court of Appeals for the Federal Circuit',
    citationString: 'Fed. Cir.',
    variants: ['Fed. Circuit'],
    captionNames: [
      'United States Court of Appeals for the Federal Circuit',
      'U.S. Court of Appeals for the Federal Circuit',
      'Court of Appeals for the Federal Circuit',
      'United States Court of Appeals, Federal Circuit',
    ],
    level: 'appellate',
    jurisdiction: 'federal',
    circuit: 'cafc',
    examples: ['(Fed. Cir. 2021)'],
  });
  return out;
}

/** Circuits that run a bankruptcy appellate panel. */
const BAP_CIRCUITS = [1, 2, 6, 8, 9, 10];

function bankruptcyAppellatePanels(): Court[] {
  return BAP_CIRCUITS.map((n) => {
    const word = ORDINAL_WORDS[n];
    const cite = `B.A.P. ${BLUEBOOK_ORDINALS[n]} Cir.`;
    return {
      id: `bap${n}`,
      name: `United States Bankruptcy Appellate Panel for the ${word} Circuit`,
      citationString: cite,
      variants: uniq([`${BLUEBOOK_ORDINALS[n]} Cir. BAP`, `${PLAIN_ORDINALS[n]} Cir. BAP`, `BAP ${BLUEBOOK_ORDINALS[n]} Cir.`, `B.A.P. ${PLAIN_ORDINALS[n]} Cir.`]),
      captionNames: [
        `United States Bankruptcy Appellate Panel for the ${word} Circuit`,
        `United States Bankruptcy Appellate Panel of the ${word} Circuit`,
        `Bankruptcy Appellate Panel for the ${word} Circuit`,
        `Bankruptcy Appellate Panel of the ${word} Circuit`,
      ],
      level: 'bankruptcy' as const,
      jurisdiction: 'federal',
      circuit: `ca${n}`,
      examples: [`(${cite} 2015)`],
    };
  });
}

/** `Western District of North Carolina`, `District of Alaska`, `District of the Virgin Islands`. */
export function districtPhrase(s: DistrictState, dir: string): string {
  const place = s.article ? `the ${s.name}` : s.name;
  return dir ? `${DIRECTION_WORDS[dir]} District of ${place}` : `District of ${place}`;
}

/** `W.D.N.C.`, `D. Alaska`, `D.D.C.` */
function districtCite(s: DistrictState, dir: string): string {
  if (s.code === 'MP') return 'D. N. Mar. I.';
  return closeUp(dir ? `${dir.toUpperCase()}.D.` : 'D.', s.abbr);
}

/** `W.D. North Carolina`, `D. Alaska` (CourtListener's and PACER's short form). */
function shortPlace(s: DistrictState, dir: string): string {
  const place = s.code === 'DC' ? 'District of Columbia' : s.name;
  return `${dir ? dir.toUpperCase() + '.D.' : 'D.'} ${place}`;
}

function districtAndBankruptcyCourts(): Court[] {
  const out: Court[] = [];
  for (const s of DISTRICT_STATES) {
    const prefix = s.idPrefix ?? s.code.toLowerCase();
    for (const dir of s.districts) {
      const phrase = districtPhrase(s, dir);
      const cite = districtCite(s, dir);
      const spaced = cite.replace(/^((?:[A-Z]\.)?D\.)(?=\S)/, '$1 ');
      const short = shortPlace(s, dir);
      const divisions = s.divisions?.[dir];
      out.push({
        id: `${prefix}${dir}d`,
        name: `United States District Court for the ${phrase}`,
        citationString: cite,
        variants: uniq([spaced].filter((v) => v !== cite)),
        captionNames: uniq([
          phrase,
          `United States District Court for the ${phrase}`,
          `United States District Court, ${phrase}`,
          `U.S. District Court for the ${phrase}`,
          `U.S. District Court, ${short}`,
          `United States District Court, ${short}`,
          `District Court, ${short}`,
        ]),
        level: 'district',
        jurisdiction: 'federal',
        circuit: s.circuit,
        ...(divisions ? { divisions } : {}),
        examples: [`(${cite} 2020)`],
      });
      const bCite = `Bankr. ${cite}`;
      out.push({
        id: !dir && s.bankruptcyId ? s.bankruptcyId : `${prefix}${dir}b`,
        name: `United States Bankruptcy Court for the ${phrase}`,
        citationString: bCite,
        variants: uniq([`Bankr. ${spaced}`, s.code === 'DC' ? 'Bankr. D.C.' : '', s.code === 'MP' ? 'Bankr. N. Mar. I.' : ''].filter((v) => v !== bCite)),
        captionNames: uniq([
          `United States Bankruptcy Court for the ${phrase}`,
          `United States Bankruptcy Court, ${phrase}`,
          `U.S. Bankruptcy Court for the ${phrase}`,
          `U.S. Bankruptcy Court, ${short}`,
          `United States Bankruptcy Court, ${short}`,
          `Bankruptcy Court, ${short}`,
        ]),
        level: 'bankruptcy',
        jurisdiction: 'federal',
        circuit: s.circuit,
        examples: [`(${bCite} 2018)`],
      });
    }
  }
  return out;
}

const SPECIALTY: Court[] = [
  {
    id: 'uscfc', name: 'United States Court of Federal Claims', citationString: 'Fed. Cl.', variants: ['Ct. Fed. Cl.'],
    captionNames: ['United States Court of Federal Claims', 'U.S. Court of Federal Claims', 'Court of Federal Claims'],
    level: 'specialty', jurisdiction: 'federal', circuit: 'cafc', examples: ['(Fed. Cl. 2017)'],
  },
  {
    id: 'tax', name: 'United States Tax Court', citationString: 'T.C.', variants: ['Tax Ct.', 'U.S. Tax Ct.'],
    captionNames: ['United States Tax Court', 'U.S. Tax Court'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(T.C. 2012)', '(Tax Ct. 2012)'],
  },
  {
    id: 'cit', name: 'United States Court of International Trade', citationString: "Ct. Int'l Trade", variants: ['Ct. Intl. Trade', 'CIT'],
    captionNames: ['United States Court of International Trade', 'U.S. Court of International Trade', 'Court of International Trade'],
    level: 'specialty', jurisdiction: 'federal', circuit: 'cafc', examples: ["(Ct. Int'l Trade 2019)"],
  },
  {
    id: 'cavc', name: 'United States Court of Appeals for Veterans Claims', citationString: 'Vet. App.', variants: ['Ct. Vet. App.'],
    captionNames: ['United States Court of Appeals for Veterans Claims', 'U.S. Court of Appeals for Veterans Claims', 'Court of Appeals for Veterans Claims'],
    level: 'specialty', jurisdiction: 'federal', circuit: 'cafc', examples: ['(Vet. App. 2016)'],
  },
  {
    id: 'armfor', name: 'United States Court of Appeals for the Armed Forces', citationString: 'C.A.A.F.', variants: ['CAAF'],
    captionNames: ['United States Court of Appeals for the Armed Forces', 'U.S. Court of Appeals for the Armed Forces', 'Court of Appeals for the Armed Forces'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(C.A.A.F. 2014)'],
  },
  {
    id: 'acca', name: 'United States Army Court of Criminal Appeals', citationString: 'A. Ct. Crim. App.', variants: ['A.C.C.A.', 'Army Ct. Crim. App.'],
    captionNames: ['United States Army Court of Criminal Appeals', 'Army Court of Criminal Appeals'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(A. Ct. Crim. App. 2018)'],
  },
  {
    id: 'afcca', name: 'United States Air Force Court of Criminal Appeals', citationString: 'A.F. Ct. Crim. App.', variants: ['A.F.C.C.A.'],
    captionNames: ['United States Air Force Court of Criminal Appeals', 'Air Force Court of Criminal Appeals'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(A.F. Ct. Crim. App. 2018)'],
  },
  {
    id: 'nmcca', name: 'United States Navy-Marine Corps Court of Criminal Appeals', citationString: 'N-M. Ct. Crim. App.', variants: ['N.M. Ct. Crim. App.', 'N.M.C.C.A.'],
    captionNames: ['United States Navy-Marine Corps Court of Criminal Appeals', 'Navy-Marine Corps Court of Criminal Appeals'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(N-M. Ct. Crim. App. 2018)'],
  },
  {
    id: 'uscgcoca', name: 'United States Coast Guard Court of Criminal Appeals', citationString: 'C.G. Ct. Crim. App.', variants: ['C.G.C.C.A.'],
    captionNames: ['United States Coast Guard Court of Criminal Appeals', 'Coast Guard Court of Criminal Appeals'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(C.G. Ct. Crim. App. 2018)'],
  },
  {
    id: 'jpml', name: 'United States Judicial Panel on Multidistrict Litigation', citationString: 'J.P.M.L.', variants: ['JPML'],
    captionNames: ['United States Judicial Panel on Multidistrict Litigation', 'Judicial Panel on Multidistrict Litigation'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(J.P.M.L. 2020)'],
  },
  {
    id: 'fisc', name: 'United States Foreign Intelligence Surveillance Court', citationString: 'FISA Ct.', variants: ['Foreign Intel. Surv. Ct.'],
    captionNames: ['United States Foreign Intelligence Surveillance Court', 'Foreign Intelligence Surveillance Court'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(FISA Ct. 2007)'],
  },
  {
    id: 'fiscr', name: 'United States Foreign Intelligence Surveillance Court of Review', citationString: 'FISA Ct. Rev.', variants: ['Foreign Intel. Surv. Ct. Rev.'],
    captionNames: ['United States Foreign Intelligence Surveillance Court of Review', 'Foreign Intelligence Surveillance Court of Review'],
    level: 'specialty', jurisdiction: 'federal', circuit: null, examples: ['(FISA Ct. Rev. 2002)'],
  },
];

const SUPREME: Court = {
  id: 'scotus',
  name: 'Supreme Court of the United States',
  citationString: 'U.S.',
  variants: ['S. Ct.', 'SCOTUS', 'U.S. Sup. Ct.'],
  captionNames: ['Supreme Court of the United States', 'United States Supreme Court', 'U.S. Supreme Court'],
  level: 'supreme',
  jurisdiction: 'federal',
  circuit: null,
  examples: ['(U.S. 2021)'],
};

export const FEDERAL_COURTS: Court[] = [
  SUPREME,
  ...courtsOfAppeals(),
  ...bankruptcyAppellatePanels(),
  ...districtAndBankruptcyCourts(),
  ...SPECIALTY,
];
