/**
 * Every state's court of last resort and intermediate appellate courts (plus D.C., New York's Supreme Court and Delaware's
 * Court of Chancery and Superior Court, trial courts whose opinions are reported), with
 * Bluebook citation strings (T1) and the ways captions print their names. Caption spellings are
 * generated from the formal name ("Supreme Court of Washington" -> "Supreme Court of the State of
 * Washington", "Washington Supreme Court"); `extra` adds names that do not follow the pattern.
 */
import type { Court } from './types.js';
import { STATE_TRIAL_COURTS } from './state-trial-courts.js';

interface StateCourtRow {
  id: string;
  /** Kind of court as it precedes "of <State>": `Supreme Court`, `Court of Criminal Appeals`. */
  kind: string;
  cite: string;
  variants?: string[];
  supreme?: boolean;
  /** A trial court (New York's Supreme Court, Delaware's Court of Chancery). */
  trial?: boolean;
  /** Full names that do not follow `<kind> of <State>`. */
  extra?: string[];
  /** Use `extra[0]` as the formal name. */
  nameFromExtra?: boolean;
}

interface StateRow {
  code: string;
  name: string;
  commonwealth?: boolean;
  /** Other spellings of the state's name in captions (each gets every generated caption name). */
  spellings?: string[];
  courts: StateCourtRow[];
}

const SC = 'Supreme Court';
const COA = 'Court of Appeals';

const STATES: StateRow[] = [
  { code: 'AL', name: 'Alabama', courts: [
    { id: 'ala', kind: SC, cite: 'Ala.', supreme: true },
    { id: 'alacivapp', kind: 'Court of Civil Appeals', cite: 'Ala. Civ. App.' },
    { id: 'alacrimapp', kind: 'Court of Criminal Appeals', cite: 'Ala. Crim. App.' },
  ] },
  { code: 'AK', name: 'Alaska', courts: [
    { id: 'alaska', kind: SC, cite: 'Alaska', supreme: true },
    { id: 'alaskactapp', kind: COA, cite: 'Alaska Ct. App.' },
  ] },
  { code: 'AZ', name: 'Arizona', courts: [
    { id: 'ariz', kind: SC, cite: 'Ariz.', supreme: true },
    { id: 'arizctapp', kind: COA, cite: 'Ariz. Ct. App.' },
  ] },
  { code: 'AR', name: 'Arkansas', courts: [
    { id: 'ark', kind: SC, cite: 'Ark.', supreme: true },
    { id: 'arkctapp', kind: COA, cite: 'Ark. Ct. App.', variants: ['Ark. App.'] },
  ] },
  { code: 'CA', name: 'California', courts: [
    { id: 'cal', kind: SC, cite: 'Cal.', supreme: true },
    { id: 'calctapp', kind: 'Court of Appeal', cite: 'Cal. Ct. App.', variants: ['Cal. App.'] },
  ] },
  { code: 'CO', name: 'Colorado', courts: [
    { id: 'colo', kind: SC, cite: 'Colo.', supreme: true },
    { id: 'coloctapp', kind: COA, cite: 'Colo. App.', variants: ['Colo. Ct. App.'] },
  ] },
  { code: 'CT', name: 'Connecticut', courts: [
    { id: 'conn', kind: SC, cite: 'Conn.', supreme: true },
    { id: 'connappct', kind: 'Appellate Court', cite: 'Conn. App. Ct.', variants: ['Conn. App.'] },
  ] },
  { code: 'DE', name: 'Delaware', courts: [
    { id: 'del', kind: SC, cite: 'Del.', supreme: true },
    // (trial courts whose opinions are reported and cited: the Court of Chancery and the Superior Court)
    { id: 'delch', kind: 'Court of Chancery', cite: 'Del. Ch.', trial: true, extra: ['Delaware Court of Chancery', 'Court of Chancery of the State of Delaware'] },
    { id: 'delsuperct', kind: 'Superior Court', cite: 'Del. Super. Ct.', variants: ['Del. Super.'], trial: true },
  ] },
  { code: 'DC', name: 'District of Columbia', courts: [
    { id: 'dc', kind: COA, cite: 'D.C.', supreme: true, extra: ['District of Columbia Court of Appeals', 'D.C. Court of Appeals'], nameFromExtra: true },
  ] },
  { code: 'FL', name: 'Florida', courts: [
    { id: 'fla', kind: SC, cite: 'Fla.', supreme: true },
    { id: 'fladistctapp', kind: 'District Court of Appeal', cite: 'Fla. Dist. Ct. App.', variants: ['Fla. App.'] },
  ] },
  { code: 'GA', name: 'Georgia', courts: [
    { id: 'ga', kind: SC, cite: 'Ga.', supreme: true },
    { id: 'gactapp', kind: COA, cite: 'Ga. Ct. App.', variants: ['Ga. App.'] },
  ] },
  // The state's own spelling prints the okina: "Supreme Court of Hawai'i" · "Intermediate Court of Appeals of Hawaiʻi"; the
  // courts' PDFs give it as "#" in their text layer ("OF THE STATE OF HAWAI#I")
  { code: 'HI', name: 'Hawaii', spellings: ["Hawai'i", 'Hawaiʻi', 'Hawai‘i', 'Hawai#i'], courts: [
    { id: 'haw', kind: SC, cite: 'Haw.', supreme: true },
    { id: 'hawapp', kind: 'Intermediate Court of Appeals', cite: 'Haw. Ct. App.', variants: ['Haw. App.'] },
  ] },
  { code: 'ID', name: 'Idaho', courts: [
    { id: 'idaho', kind: SC, cite: 'Idaho', supreme: true },
    { id: 'idahoctapp', kind: COA, cite: 'Idaho Ct. App.' },
  ] },
  { code: 'IL', name: 'Illinois', courts: [
    { id: 'ill', kind: SC, cite: 'Ill.', supreme: true },
    { id: 'illappct', kind: 'Appellate Court', cite: 'Ill. App. Ct.', variants: ['Ill. App.'] },
  ] },
  { code: 'IN', name: 'Indiana', courts: [
    { id: 'ind', kind: SC, cite: 'Ind.', supreme: true },
    { id: 'indctapp', kind: COA, cite: 'Ind. Ct. App.', variants: ['Ind. App.'] },
  ] },
  { code: 'IA', name: 'Iowa', courts: [
    { id: 'iowa', kind: SC, cite: 'Iowa', supreme: true },
    { id: 'iowactapp', kind: COA, cite: 'Iowa Ct. App.' },
  ] },
  { code: 'KS', name: 'Kansas', courts: [
    { id: 'kan', kind: SC, cite: 'Kan.', supreme: true },
    { id: 'kanctapp', kind: COA, cite: 'Kan. Ct. App.', variants: ['Kan. App.'] },
  ] },
  { code: 'KY', name: 'Kentucky', commonwealth: true, courts: [
    { id: 'ky', kind: SC, cite: 'Ky.', supreme: true },
    { id: 'kyctapp', kind: COA, cite: 'Ky. Ct. App.', variants: ['Ky. App.'] },
  ] },
  { code: 'LA', name: 'Louisiana', courts: [
    { id: 'la', kind: SC, cite: 'La.', supreme: true },
    { id: 'lactapp', kind: 'Court of Appeal', cite: 'La. Ct. App.', variants: ['La. App.'] },
  ] },
  { code: 'ME', name: 'Maine', courts: [{ id: 'me', kind: 'Supreme Judicial Court', cite: 'Me.', supreme: true }] },
  { code: 'MD', name: 'Maryland', courts: [
    { id: 'md', kind: SC, cite: 'Md.', supreme: true, extra: ['Court of Appeals of Maryland', 'Maryland Court of Appeals'] },
    { id: 'mdctspecapp', kind: 'Appellate Court', cite: 'Md. Ct. Spec. App.', variants: ['Md. App.', 'Md. App. Ct.'], extra: ['Court of Special Appeals of Maryland', 'Maryland Court of Special Appeals'] },
  ] },
  { code: 'MA', name: 'Massachusetts', commonwealth: true, courts: [
    { id: 'mass', kind: 'Supreme Judicial Court', cite: 'Mass.', supreme: true },
    { id: 'massappct', kind: 'Appeals Court', cite: 'Mass. App. Ct.', variants: ['Mass. App.'] },
  ] },
  { code: 'MI', name: 'Michigan', courts: [
    { id: 'mich', kind: SC, cite: 'Mich.', supreme: true },
    { id: 'michctapp', kind: COA, cite: 'Mich. Ct. App.', variants: ['Mich. App.'] },
  ] },
  { code: 'MN', name: 'Minnesota', courts: [
    { id: 'minn', kind: SC, cite: 'Minn.', supreme: true },
    { id: 'minnctapp', kind: COA, cite: 'Minn. Ct. App.', variants: ['Minn. App.'] },
  ] },
  { code: 'MS', name: 'Mississippi', courts: [
    { id: 'miss', kind: SC, cite: 'Miss.', supreme: true },
    { id: 'missctapp', kind: COA, cite: 'Miss. Ct. App.' },
  ] },
  { code: 'MO', name: 'Missouri', courts: [
    { id: 'mo', kind: SC, cite: 'Mo.', supreme: true },
    { id: 'moctapp', kind: COA, cite: 'Mo. Ct. App.', variants: ['Mo. App.'] },
  ] },
  { code: 'MT', name: 'Montana', courts: [{ id: 'mont', kind: SC, cite: 'Mont.', supreme: true }] },
  { code: 'NE', name: 'Nebraska', courts: [
    { id: 'neb', kind: SC, cite: 'Neb.', supreme: true },
    { id: 'nebctapp', kind: COA, cite: 'Neb. Ct. App.', variants: ['Neb. App.'] },
  ] },
  { code: 'NV', name: 'Nevada', courts: [
    { id: 'nev', kind: SC, cite: 'Nev.', supreme: true },
    { id: 'nevapp', kind: COA, cite: 'Nev. Ct. App.', variants: ['Nev. App.'] },
  ] },
  { code: 'NH', name: 'New Hampshire', courts: [{ id: 'nh', kind: SC, cite: 'N.H.', supreme: true }] },
  { code: 'NJ', name: 'New Jersey', courts: [
    { id: 'nj', kind: SC, cite: 'N.J.', supreme: true },
    { id: 'njsuperctappdiv', kind: 'Superior Court', cite: 'N.J. Super. Ct. App. Div.', variants: ['N.J. Super. App. Div.'],
      extra: ['Superior Court of New Jersey, Appellate Division', 'New Jersey Superior Court, Appellate Division', 'Superior Court of New Jersey Appellate Division'], nameFromExtra: true },
  ] },
  { code: 'NM', name: 'New Mexico', courts: [
    { id: 'nm', kind: SC, cite: 'N.M.', supreme: true },
    { id: 'nmctapp', kind: COA, cite: 'N.M. Ct. App.' },
  ] },
  { code: 'NY', name: 'New York', courts: [
    { id: 'ny', kind: COA, cite: 'N.Y.', supreme: true },
    // (the trial court of general jurisdiction, named "Supreme Court"; its Appellate Division is the row below)
    { id: 'nysupct', kind: SC, cite: 'N.Y. Sup. Ct.', variants: ['N.Y. Sup.'], trial: true },
    { id: 'nyappdiv', kind: 'Appellate Division', cite: 'N.Y. App. Div.', variants: ['App. Div.'],
      extra: ['Appellate Division of the Supreme Court of the State of New York', 'Supreme Court of the State of New York, Appellate Division',
        'Supreme Court of New York, Appellate Division', 'Supreme Court, Appellate Division', 'Appellate Division of the Supreme Court of New York',
        // a department named with it: "Appellate Division, First Department" (the reporting bureau's header)
        ...['First', 'Second', 'Third', 'Fourth'].map((d) => `Appellate Division, ${d} Department`)], nameFromExtra: true },
  ] },
  { code: 'NC', name: 'North Carolina', courts: [
    { id: 'nc', kind: SC, cite: 'N.C.', supreme: true },
    { id: 'ncctapp', kind: COA, cite: 'N.C. Ct. App.', variants: ['N.C. App.'] },
  ] },
  { code: 'ND', name: 'North Dakota', courts: [
    { id: 'nd', kind: SC, cite: 'N.D.', supreme: true },
    { id: 'ndctapp', kind: COA, cite: 'N.D. Ct. App.' },
  ] },
  { code: 'OH', name: 'Ohio', courts: [
    { id: 'ohio', kind: SC, cite: 'Ohio', supreme: true },
    { id: 'ohioctapp', kind: COA, cite: 'Ohio Ct. App.', variants: ['Ohio App.'] },
  ] },
  { code: 'OK', name: 'Oklahoma', courts: [
    { id: 'okla', kind: SC, cite: 'Okla.', supreme: true },
    { id: 'oklacrimapp', kind: 'Court of Criminal Appeals', cite: 'Okla. Crim. App.', supreme: true },
    { id: 'oklacivapp', kind: 'Court of Civil Appeals', cite: 'Okla. Civ. App.' },
  ] },
  { code: 'OR', name: 'Oregon', courts: [
    { id: 'or', kind: SC, cite: 'Or.', supreme: true },
    { id: 'orctapp', kind: COA, cite: 'Or. Ct. App.', variants: ['Or. App.'] },
  ] },
  { code: 'PA', name: 'Pennsylvania', commonwealth: true, courts: [
    { id: 'pa', kind: SC, cite: 'Pa.', supreme: true },
    { id: 'pasuperct', kind: 'Superior Court', cite: 'Pa. Super. Ct.', variants: ['Pa. Super.'] },
    { id: 'pacommwct', kind: 'Commonwealth Court', cite: 'Pa. Commw. Ct.', variants: ['Pa. Cmwlth.'] },
  ] },
  { code: 'RI', name: 'Rhode Island', courts: [{ id: 'ri', kind: SC, cite: 'R.I.', supreme: true }] },
  { code: 'SC', name: 'South Carolina', courts: [
    { id: 'sc', kind: SC, cite: 'S.C.', supreme: true },
    { id: 'scctapp', kind: COA, cite: 'S.C. Ct. App.' },
  ] },
  { code: 'SD', name: 'South Dakota', courts: [{ id: 'sd', kind: SC, cite: 'S.D.', supreme: true }] },
  { code: 'TN', name: 'Tennessee', courts: [
    { id: 'tenn', kind: SC, cite: 'Tenn.', supreme: true },
    { id: 'tennctapp', kind: COA, cite: 'Tenn. Ct. App.' },
    { id: 'tenncrimapp', kind: 'Court of Criminal Appeals', cite: 'Tenn. Crim. App.' },
  ] },
  { code: 'TX', name: 'Texas', courts: [
    { id: 'tex', kind: SC, cite: 'Tex.', supreme: true },
    { id: 'texcrimapp', kind: 'Court of Criminal Appeals', cite: 'Tex. Crim. App.', supreme: true },
    // (fourteen courts of appeals, each named by its district: "Court of Appeals for the First District of Texas")
    { id: 'texapp', kind: COA, cite: 'Tex. App.', variants: ['Tex. Ct. App.'],
      extra: ['Texas Court of Appeals', ...['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth'].map((n) => `Court of Appeals for the ${n} District of Texas`)] },
  ] },
  { code: 'UT', name: 'Utah', courts: [
    { id: 'utah', kind: SC, cite: 'Utah', supreme: true },
    { id: 'utahctapp', kind: COA, cite: 'Utah Ct. App.' },
  ] },
  { code: 'VT', name: 'Vermont', courts: [{ id: 'vt', kind: SC, cite: 'Vt.', supreme: true }] },
  { code: 'VA', name: 'Virginia', commonwealth: true, courts: [
    { id: 'va', kind: SC, cite: 'Va.', supreme: true },
    { id: 'vactapp', kind: COA, cite: 'Va. Ct. App.', variants: ['Va. App.'] },
  ] },
  { code: 'WA', name: 'Washington', courts: [
    { id: 'wash', kind: SC, cite: 'Wash.', supreme: true },
    { id: 'washctapp', kind: COA, cite: 'Wash. Ct. App.', variants: ['Wash. App.'] },
  ] },
  { code: 'WV', name: 'West Virginia', courts: [
    // Also called by its short name: "West Virginia Supreme Court" (never the Virginia court's "Virginia Supreme Court")
    { id: 'wva', kind: 'Supreme Court of Appeals', cite: 'W. Va.', supreme: true, extra: ['West Virginia Supreme Court', 'Supreme Court of West Virginia'] },
    { id: 'wvactapp', kind: 'Intermediate Court of Appeals', cite: 'W. Va. Ct. App.', variants: ['W. Va. Interm. Ct. App.'] },
  ] },
  { code: 'WI', name: 'Wisconsin', courts: [
    { id: 'wis', kind: SC, cite: 'Wis.', supreme: true },
    { id: 'wisctapp', kind: COA, cite: 'Wis. Ct. App.' },
  ] },
  { code: 'WY', name: 'Wyoming', courts: [{ id: 'wyo', kind: SC, cite: 'Wyo.', supreme: true }] },
];

function captionsFor(s: StateRow, c: StateCourtRow): string[] {
  if (c.nameFromExtra) return c.extra ?? [];
  const polity = s.commonwealth ? 'Commonwealth' : 'State';
  return [
    ...[s.name, ...(s.spellings ?? [])].flatMap((name) => [
      `${c.kind} of ${name}`,
      `${c.kind} of the ${polity} of ${name}`,
      `${name} ${c.kind}`,
      `${c.kind}, ${polity} of ${name}`,
    ]),
    ...(c.extra ?? []),
  ];
}

// The statewide trial courts (state-trial-courts.ts) join their state's row.
for (const [code, id, kind, cite, extra] of STATE_TRIAL_COURTS) {
  const row = STATES.find((s) => s.code === code);
  if (!row) throw new Error(`state-trial-courts.ts: no state ${code}`);
  row.courts.push({ id, kind, cite, trial: true, ...(extra ? { extra } : {}) });
}

export const STATE_COURTS: Court[] = STATES.flatMap((s) =>
  s.courts.map((c): Court => {
    const captionNames = [...new Set(captionsFor(s, c))];
    return {
      id: c.id,
      name: captionNames[0],
      citationString: c.cite,
      variants: c.variants ?? [],
      captionNames,
      level: c.supreme ? 'state-supreme' : c.trial ? 'state-trial' : 'state-appellate',
      jurisdiction: s.code,
      circuit: null,
      examples: [`(${c.cite} 2019)`],
    };
  }),
);
