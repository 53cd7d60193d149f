/**
 * Federal judicial circuits by state or territory (28 U.S.C. § 41), to group district courts the way
 * the Sentencing Commission's compassionate-release reports do. Written from the statute's table.
 */
const CIRCUIT_OF_STATE: Record<string, string> = {};
const TABLE: Array<[string, string]> = [
  ['1st', 'me ma nh ri pr'],
  ['2nd', 'ct ny vt'],
  ['3rd', 'de nj pa vi'],
  ['4th', 'md nc sc va wv'],
  ['5th', 'la ms tx'],
  ['6th', 'ky mi oh tn'],
  ['7th', 'il in wi'],
  ['8th', 'ar ia mn mo ne nd sd'],
  ['9th', 'ak az ca hi id mt nv or wa gu nmi'],
  ['10th', 'co ks nm ok ut wy'],
  ['11th', 'al fl ga'],
  ['D.C.', 'dc'],
];
for (const [circuit, states] of TABLE) for (const s of states.split(' ')) CIRCUIT_OF_STATE[s] = circuit;

// Postal abbreviations as they appear in district citations: "W.D.N.C.", "N.D. Tex.", "D. Md.".
const STATE_ABBREV: Record<string, string> = {
  'ala': 'al', 'alaska': 'ak', 'ariz': 'az', 'ark': 'ar', 'cal': 'ca', 'colo': 'co', 'conn': 'ct', 'del': 'de', 'd.c': 'dc',
  'fla': 'fl', 'ga': 'ga', 'haw': 'hi', 'idaho': 'id', 'ill': 'il', 'ind': 'in', 'iowa': 'ia', 'kan': 'ks', 'ky': 'ky',
  'la': 'la', 'me': 'me', 'md': 'md', 'mass': 'ma', 'mich': 'mi', 'minn': 'mn', 'miss': 'ms', 'mo': 'mo', 'mont': 'mt',
  'neb': 'ne', 'nev': 'nv', 'n.h': 'nh', 'n.j': 'nj', 'n.m': 'nm', 'n.y': 'ny', 'n.c': 'nc', 'n.d': 'nd', 'ohio': 'oh',
  'okla': 'ok', 'or': 'or', 'pa': 'pa', 'p.r': 'pr', 'r.i': 'ri', 's.c': 'sc', 's.d': 'sd', 'tenn': 'tn', 'tex': 'tx',
  'utah': 'ut', 'vt': 'vt', 'va': 'va', 'wash': 'wa', 'w.va': 'wv', 'wis': 'wi', 'wyo': 'wy', 'guam': 'gu', 'v.i': 'vi',
};

/** Circuit of a district court given as an id (`ncwd`, `txnd`, `dcd`, `nmid`) or a citation form (`W.D.N.C.`, `N.D. Tex.`). */
export function circuitOf(court: string | null | undefined): string | null {
  if (!court) return null;
  const c = court.trim().toLowerCase();
  // Court ids: state + optional n/s/e/w/m/c + "d" ("ncwd", "nysd", "mdd", "dcd"), "nmid" for the Northern Mariana Islands.
  if (c === 'nmid') return CIRCUIT_OF_STATE.nmi;
  const id = /^([a-z]{2})(?:[nsewmc])?d$/.exec(c);
  if (id && CIRCUIT_OF_STATE[id[1]]) return CIRCUIT_OF_STATE[id[1]];
  if (/^ca(\d{1,2})$/.test(c)) return ordinal(Number(c.slice(2)));
  if (c === 'cadc') return 'D.C.';
  // Citation forms: strip the district letters and look the state up.
  const st = c.replace(/^(?:[nsewmc]\.\s*)?d\.\s*/, '').replace(/\.$/, '').replace(/\s+/g, '');
  const code = STATE_ABBREV[st] ?? STATE_ABBREV[st.replace(/\.$/, '')];
  return code ? CIRCUIT_OF_STATE[code] ?? null : null;
}

function ordinal(n: number): string | null {
  if (n < 1 || n > 11) return null;
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
