/**
 * Fallback court reader for captions, used when the shared court table (src/data/courts.ts) is not
 * available: "UNITED STATES DISTRICT COURT / WESTERN DISTRICT OF NORTH CAROLINA" -> ncwd.
 * Ids follow CourtListener's public scheme: state postal code + district letter + d|b; circuits ca1..ca11.
 */

/** State or territory -> [postal code, Bluebook abbreviation]. Public facts. */
const STATES: Record<string, [string, string]> = {
  alabama: ['al', 'Ala.'], alaska: ['ak', 'Alaska'], arizona: ['az', 'Ariz.'], arkansas: ['ar', 'Ark.'],
  california: ['ca', 'Cal.'], colorado: ['co', 'Colo.'], connecticut: ['ct', 'Conn.'], delaware: ['de', 'Del.'],
  'district of columbia': ['dc', 'D.C.'], columbia: ['dc', 'D.C.'], florida: ['fl', 'Fla.'], georgia: ['ga', 'Ga.'],
  hawaii: ['hi', 'Haw.'], idaho: ['id', 'Idaho'], illinois: ['il', 'Ill.'], indiana: ['in', 'Ind.'], iowa: ['ia', 'Iowa'],
  kansas: ['ks', 'Kan.'], kentucky: ['ky', 'Ky.'], louisiana: ['la', 'La.'], maine: ['me', 'Me.'], maryland: ['md', 'Md.'],
  massachusetts: ['ma', 'Mass.'], michigan: ['mi', 'Mich.'], minnesota: ['mn', 'Minn.'], mississippi: ['ms', 'Miss.'],
  missouri: ['mo', 'Mo.'], montana: ['mt', 'Mont.'], nebraska: ['ne', 'Neb.'], nevada: ['nv', 'Nev.'],
  'new hampshire': ['nh', 'N.H.'], 'new jersey': ['nj', 'N.J.'], 'new mexico': ['nm', 'N.M.'], 'new york': ['ny', 'N.Y.'],
  'north carolina': ['nc', 'N.C.'], 'north dakota': ['nd', 'N.D.'], ohio: ['oh', 'Ohio'], oklahoma: ['ok', 'Okla.'],
  oregon: ['or', 'Or.'], pennsylvania: ['pa', 'Pa.'], 'rhode island': ['ri', 'R.I.'], 'south carolina': ['sc', 'S.C.'],
  'south dakota': ['sd', 'S.D.'], tennessee: ['tn', 'Tenn.'], texas: ['tx', 'Tex.'], utah: ['ut', 'Utah'],
  vermont: ['vt', 'Vt.'], virginia: ['va', 'Va.'], washington: ['wa', 'Wash.'], 'west virginia': ['wv', 'W. Va.'],
  wisconsin: ['wi', 'Wis.'], wyoming: ['wy', 'Wyo.'], 'puerto rico': ['pr', 'P.R.'], guam: ['gu', 'Guam'],
  'virgin islands': ['vi', 'V.I.'], 'northern mariana islands': ['nmi', 'N. Mar. I.'],
};

const PART: Record<string, [string, string]> = {
  northern: ['n', 'N.D.'], southern: ['s', 'S.D.'], eastern: ['e', 'E.D.'], western: ['w', 'W.D.'],
  middle: ['m', 'M.D.'], central: ['c', 'C.D.'],
};

const ORDINAL: Record<string, string> = {
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8',
  ninth: '9', tenth: '10', eleventh: '11',
};

export interface CourtGuess {
  id: string;
  name: string;
  abbreviation: string;
  /** [start, end) of the words read, relative to the string passed in. */
  span: [number, number];
}

const stateAlt = Object.keys(STATES).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

// "WESTERN DISTRICT OF NORTH CAROLINA" · "District of Columbia" · "for the Eastern District of Texas"
const DISTRICT_RE = new RegExp(`\\b(?:(Northern|Southern|Eastern|Western|Middle|Central)\\s+)?District\\s+of\\s+(?:the\\s+)?(${stateAlt})\\b`, 'gi');
// "UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT" · "for the District of Columbia Circuit"
// "United States Court of Appeals, Tenth Circuit." · "Court of Appeals District of Columbia Circuit" (reporter headers)
const CIRCUIT_RE = /\bCourt\s+of\s+Appeals(?:\s+for\s+the|,)?\s+(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|District\s+of\s+Columbia)\s+Circuit\b/gi;

// An ordinal before "District of <State>" names a state court's district, not a federal district court.
const STATE_DISTRICT_BEFORE = /\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|\d{1,2}(?:st|nd|rd|th))\s+$/i;

const TITLE = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bThe\b/g, 'the');

/** Reads a court named in `text` (a caption, a header or a signature block). */
export function guessCourt(text: string): CourtGuess | null {
  CIRCUIT_RE.lastIndex = 0;
  const c = CIRCUIT_RE.exec(text);
  if (c) {
    const w = c[1].toLowerCase().replace(/\s+/g, ' ');
    const id = w === 'federal' ? 'cafed' : w === 'district of columbia' ? 'cadc' : 'ca' + ORDINAL[w];
    const abbr = w === 'federal' ? 'Fed. Cir.' : w === 'district of columbia' ? 'D.C. Cir.' : `${ORDINAL[w]}${suffix(+ORDINAL[w])} Cir.`;
    return { id, name: `United States Court of Appeals for the ${TITLE(c[1])} Circuit`, abbreviation: abbr, span: [c.index, c.index + c[0].length] };
  }
  DISTRICT_RE.lastIndex = 0;
  let d = DISTRICT_RE.exec(text);
  // (a state appellate district is no federal one: "COURT OF APPEALS FOR THE FIRST DISTRICT OF TEXAS AT HOUSTON")
  while (d && !d[1] && STATE_DISTRICT_BEFORE.test(text.slice(Math.max(0, d.index - 16), d.index))) d = DISTRICT_RE.exec(text);
  if (!d) return null;
  const state = STATES[d[2].toLowerCase().replace(/\s+/g, ' ')];
  if (!state) return null;
  const part = d[1] ? PART[d[1].toLowerCase()] : null;
  const before = text.slice(Math.max(0, d.index - 120), d.index);
  const bankruptcy = /bankruptcy/i.test(before);
  const id = state[0] + (part ? part[0] : '') + (bankruptcy ? 'b' : 'd');
  const sep = /^[A-Z]\.[A-Z]\./.test(state[1]) ? '' : ' ';
  const abbreviation = (bankruptcy ? 'Bankr. ' : '') + (part ? part[1] : 'D.') + sep + state[1];
  const name = `United States ${bankruptcy ? 'Bankruptcy' : 'District'} Court for the ${TITLE(d[0])}`;
  return { id, name, abbreviation, span: [d.index, d.index + d[0].length] };
}

function suffix(n: number): string {
  return n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
}
