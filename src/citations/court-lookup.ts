/**
 * Court id for the court part of a citation parenthetical ("3d Cir.", "S.D.N.Y.").
 * Temporary local table until src/data/courts.ts (courtByCitationString) lands; then this file
 * only forwards to it.
 */

const key = (s: string): string => s.replace(/[.,\s]/g, '').toLowerCase();

const circuits: Record<string, string> = {
  '1st Cir.': 'ca1', '2d Cir.': 'ca2', '2nd Cir.': 'ca2', '3d Cir.': 'ca3', '3rd Cir.': 'ca3',
  '4th Cir.': 'ca4', '5th Cir.': 'ca5', '6th Cir.': 'ca6', '7th Cir.': 'ca7', '8th Cir.': 'ca8',
  '9th Cir.': 'ca9', '10th Cir.': 'ca10', '11th Cir.': 'ca11', 'D.C. Cir.': 'cadc', 'Fed. Cir.': 'cafc',
  'U.S.': 'scotus', 'Fed. Cl.': 'uscfc', 'Ct. Cl.': 'cc', 'B.A.P. 9th Cir.': 'bap9', 'T.C.': 'tax',
};

// Postal-style state stems used in district names: "E.D. Pa." -> "paed".
const states: Record<string, string> = {
  'Ala.': 'al', 'Alaska': 'ak', 'Ariz.': 'az', 'Ark.': 'ar', 'Cal.': 'ca', 'Colo.': 'co', 'Conn.': 'ct',
  'Del.': 'de', 'D.C.': 'dc', 'Fla.': 'fl', 'Ga.': 'ga', 'Haw.': 'hi', 'Idaho': 'id', 'Ill.': 'il',
  'Ind.': 'in', 'Iowa': 'ia', 'Kan.': 'ks', 'Ky.': 'ky', 'La.': 'la', 'Me.': 'me', 'Md.': 'md',
  'Mass.': 'ma', 'Mich.': 'mi', 'Minn.': 'mn', 'Miss.': 'ms', 'Mo.': 'mo', 'Mont.': 'mt', 'Neb.': 'ne',
  'Nev.': 'nv', 'N.H.': 'nh', 'N.J.': 'nj', 'N.M.': 'nm', 'N.Y.': 'ny', 'N.C.': 'nc', 'N.D.': 'nd',
  'Ohio': 'oh', 'Okla.': 'ok', 'Or.': 'or', 'Pa.': 'pa', 'R.I.': 'ri', 'S.C.': 'sc', 'S.D.': 'sd',
  'Tenn.': 'tn', 'Tex.': 'tx', 'Utah': 'ut', 'Vt.': 'vt', 'Va.': 'va', 'Wash.': 'wa', 'W. Va.': 'wv',
  'Wis.': 'wi', 'Wyo.': 'wy', 'P.R.': 'pr',
};
// State high courts where the id differs from the postal stem.
const stateHigh: Record<string, string> = {
  'Cal.': 'cal', 'Tex.': 'tex', 'N.Y.': 'ny', 'Pa.': 'pa', 'Fla.': 'fla', 'Ill.': 'ill', 'Mass.': 'mass',
  'Pa. Super.': 'pasuperct', 'Pa. Super. Ct.': 'pasuperct', 'Pa. Commw. Ct.': 'pacommwct', 'Cal. Ct. App.': 'calctapp',
  'N.Y. App. Div.': 'nyappdiv', 'Tex. Crim. App.': 'texcrimapp', 'Tex. App.': 'texapp', 'Ill. App. Ct.': 'illappct',
  'Ohio Ct. App.': 'ohioctapp', 'Fla. Dist. Ct. App.': 'fladistctapp', 'Ga. Ct. App.': 'gactapp',
};

const table = new Map<string, string>();
for (const [s, id] of Object.entries(circuits)) table.set(key(s), id);
for (const [s, stem] of Object.entries(states)) {
  table.set(key('D. ' + s), stem + 'd');
  for (const d of ['N', 'S', 'E', 'W', 'M', 'C']) table.set(key(`${d}.D. ${s}`), stem + d.toLowerCase() + 'd');
  table.set(key('Bankr. D. ' + s), stem + 'b');
  for (const d of ['N', 'S', 'E', 'W', 'M', 'C']) table.set(key(`Bankr. ${d}.D. ${s}`), stem + d.toLowerCase() + 'b');
  if (!table.has(key(s))) table.set(key(s), stem);
}
for (const [s, id] of Object.entries(stateHigh)) table.set(key(s), id);

export interface CourtRef {
  id: string;
}

export function courtByCitationString(s: string): CourtRef | null {
  const id = table.get(key(s));
  return id ? { id } : null;
}
