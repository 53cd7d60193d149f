/**
 * The 94 federal judicial districts, one line per state or territory. District and bankruptcy
 * court entries are generated from this table (see federal.ts), so adding a district is one line.
 * Public facts: 28 U.S.C. §§ 81-131 (districts), § 41 (circuits), Bluebook T1 abbreviations.
 */

export interface DistrictState {
  /** Postal code: `NC` */
  code: string;
  /** `North Carolina` */
  name: string;
  /** Bluebook geographic abbreviation: `N.C.` */
  abbr: string;
  /** Court of appeals id: `ca4` */
  circuit: string;
  /** Directions of its districts (`n`, `s`, `e`, `w`, `m`, `c`), or [''] for one district. */
  districts: string[];
  /** CourtListener id prefix when it differs from the lower-cased postal code (`nmi` for MP). */
  idPrefix?: string;
  /** Bankruptcy id when it does not follow `<prefix><dir>b`. */
  bankruptcyId?: string;
  /** "District of the Virgin Islands": the article some names take. */
  article?: boolean;
  /** Well-known divisions by district direction. */
  divisions?: Record<string, string[]>;
}

export const DISTRICT_STATES: DistrictState[] = [
  { code: 'AL', name: 'Alabama', abbr: 'Ala.', circuit: 'ca11', districts: ['n', 'm', 's'] },
  { code: 'AK', name: 'Alaska', abbr: 'Alaska', circuit: 'ca9', districts: [''] },
  { code: 'AZ', name: 'Arizona', abbr: 'Ariz.', circuit: 'ca9', districts: [''], bankruptcyId: 'arb' },
  { code: 'AR', name: 'Arkansas', abbr: 'Ark.', circuit: 'ca8', districts: ['e', 'w'] },
  { code: 'CA', name: 'California', abbr: 'Cal.', circuit: 'ca9', districts: ['n', 'e', 'c', 's'] },
  { code: 'CO', name: 'Colorado', abbr: 'Colo.', circuit: 'ca10', districts: [''] },
  { code: 'CT', name: 'Connecticut', abbr: 'Conn.', circuit: 'ca2', districts: [''] },
  { code: 'DE', name: 'Delaware', abbr: 'Del.', circuit: 'ca3', districts: [''] },
  { code: 'DC', name: 'Columbia', abbr: 'D.C.', circuit: 'cadc', districts: [''] },
  { code: 'FL', name: 'Florida', abbr: 'Fla.', circuit: 'ca11', districts: ['n', 'm', 's'] },
  { code: 'GA', name: 'Georgia', abbr: 'Ga.', circuit: 'ca11', districts: ['n', 'm', 's'] },
  { code: 'HI', name: 'Hawaii', abbr: 'Haw.', circuit: 'ca9', districts: [''] },
  { code: 'ID', name: 'Idaho', abbr: 'Idaho', circuit: 'ca9', districts: [''] },
  { code: 'IL', name: 'Illinois', abbr: 'Ill.', circuit: 'ca7', districts: ['n', 'c', 's'] },
  { code: 'IN', name: 'Indiana', abbr: 'Ind.', circuit: 'ca7', districts: ['n', 's'] },
  { code: 'IA', name: 'Iowa', abbr: 'Iowa', circuit: 'ca8', districts: ['n', 's'] },
  { code: 'KS', name: 'Kansas', abbr: 'Kan.', circuit: 'ca10', districts: [''] },
  { code: 'KY', name: 'Kentucky', abbr: 'Ky.', circuit: 'ca6', districts: ['e', 'w'] },
  { code: 'LA', name: 'Louisiana', abbr: 'La.', circuit: 'ca5', districts: ['e', 'm', 'w'] },
  { code: 'ME', name: 'Maine', abbr: 'Me.', circuit: 'ca1', districts: [''] },
  { code: 'MD', name: 'Maryland', abbr: 'Md.', circuit: 'ca4', districts: [''] },
  { code: 'MA', name: 'Massachusetts', abbr: 'Mass.', circuit: 'ca1', districts: [''] },
  { code: 'MI', name: 'Michigan', abbr: 'Mich.', circuit: 'ca6', districts: ['e', 'w'] },
  { code: 'MN', name: 'Minnesota', abbr: 'Minn.', circuit: 'ca8', districts: [''] },
  { code: 'MS', name: 'Mississippi', abbr: 'Miss.', circuit: 'ca5', districts: ['n', 's'] },
  { code: 'MO', name: 'Missouri', abbr: 'Mo.', circuit: 'ca8', districts: ['e', 'w'] },
  { code: 'MT', name: 'Montana', abbr: 'Mont.', circuit: 'ca9', districts: [''] },
  { code: 'NE', name: 'Nebraska', abbr: 'Neb.', circuit: 'ca8', districts: [''], bankruptcyId: 'nebraskab' },
  { code: 'NV', name: 'Nevada', abbr: 'Nev.', circuit: 'ca9', districts: [''] },
  { code: 'NH', name: 'New Hampshire', abbr: 'N.H.', circuit: 'ca1', districts: [''] },
  { code: 'NJ', name: 'New Jersey', abbr: 'N.J.', circuit: 'ca3', districts: [''] },
  { code: 'NM', name: 'New Mexico', abbr: 'N.M.', circuit: 'ca10', districts: [''] },
  {
    code: 'NY', name: 'New York', abbr: 'N.Y.', circuit: 'ca2', districts: ['n', 's', 'e', 'w'],
    divisions: { s: ['Manhattan', 'White Plains'], e: ['Brooklyn', 'Central Islip'] },
  },
  {
    code: 'NC', name: 'North Carolina', abbr: 'N.C.', circuit: 'ca4', districts: ['e', 'm', 'w'],
    divisions: {
      w: ['Asheville', 'Bryson City', 'Charlotte', 'Shelby', 'Statesville'],
      e: ['Eastern', 'Northern', 'Southern', 'Western'],
    },
  },
  { code: 'ND', name: 'North Dakota', abbr: 'N.D.', circuit: 'ca8', districts: [''] },
  { code: 'OH', name: 'Ohio', abbr: 'Ohio', circuit: 'ca6', districts: ['n', 's'] },
  { code: 'OK', name: 'Oklahoma', abbr: 'Okla.', circuit: 'ca10', districts: ['n', 'e', 'w'] },
  { code: 'OR', name: 'Oregon', abbr: 'Or.', circuit: 'ca9', districts: [''] },
  { code: 'PA', name: 'Pennsylvania', abbr: 'Pa.', circuit: 'ca3', districts: ['e', 'm', 'w'] },
  { code: 'RI', name: 'Rhode Island', abbr: 'R.I.', circuit: 'ca1', districts: [''] },
  { code: 'SC', name: 'South Carolina', abbr: 'S.C.', circuit: 'ca4', districts: [''] },
  { code: 'SD', name: 'South Dakota', abbr: 'S.D.', circuit: 'ca8', districts: [''] },
  { code: 'TN', name: 'Tennessee', abbr: 'Tenn.', circuit: 'ca6', districts: ['e', 'm', 'w'] },
  {
    code: 'TX', name: 'Texas', abbr: 'Tex.', circuit: 'ca5', districts: ['n', 's', 'e', 'w'],
    divisions: { s: ['Brownsville', 'Corpus Christi', 'Galveston', 'Houston', 'Laredo', 'McAllen', 'Victoria'] },
  },
  { code: 'UT', name: 'Utah', abbr: 'Utah', circuit: 'ca10', districts: [''] },
  { code: 'VT', name: 'Vermont', abbr: 'Vt.', circuit: 'ca2', districts: [''] },
  {
    code: 'VA', name: 'Virginia', abbr: 'Va.', circuit: 'ca4', districts: ['e', 'w'],
    divisions: { e: ['Alexandria', 'Newport News', 'Norfolk', 'Richmond'] },
  },
  { code: 'WA', name: 'Washington', abbr: 'Wash.', circuit: 'ca9', districts: ['e', 'w'] },
  { code: 'WV', name: 'West Virginia', abbr: 'W. Va.', circuit: 'ca4', districts: ['n', 's'] },
  { code: 'WI', name: 'Wisconsin', abbr: 'Wis.', circuit: 'ca7', districts: ['e', 'w'] },
  { code: 'WY', name: 'Wyoming', abbr: 'Wyo.', circuit: 'ca10', districts: [''] },
  { code: 'PR', name: 'Puerto Rico', abbr: 'P.R.', circuit: 'ca1', districts: [''] },
  { code: 'GU', name: 'Guam', abbr: 'Guam', circuit: 'ca9', districts: [''] },
  { code: 'VI', name: 'Virgin Islands', abbr: 'V.I.', circuit: 'ca3', districts: [''], article: true },
  { code: 'MP', name: 'Northern Mariana Islands', abbr: 'N. Mar. I.', circuit: 'ca9', districts: [''], idPrefix: 'nmi', article: true },
];

export const DIRECTION_WORDS: Record<string, string> = {
  n: 'Northern',
  s: 'Southern',
  e: 'Eastern',
  w: 'Western',
  m: 'Middle',
  c: 'Central',
};
