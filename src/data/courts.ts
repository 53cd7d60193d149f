/**
 * The court reference table: every federal court and every state's appellate courts, with ids in
 * CourtListener's scheme, Bluebook citation strings and caption spellings. Entry point; the table
 * lives in ./courts/.
 */
import type { Span } from '../engine/types.js';
import { FEDERAL_COURTS } from './courts/federal.js';
import { STATE_COURTS } from './courts/state-courts.js';
import { buildIndex, courtPartOfParenthetical, findCourtIn, normalizeCitationString } from './courts/lookup.js';
import type { Court } from './courts/types.js';

export type { Court, CourtLevel } from './courts/types.js';
export { normalizeCitationString, courtPartOfParenthetical } from './courts/lookup.js';

export const COURTS: readonly Court[] = [...FEDERAL_COURTS, ...STATE_COURTS];

let index: ReturnType<typeof buildIndex> | null = null;
const getIndex = () => (index ??= buildIndex(COURTS));

export function courtById(id: string): Court | null {
  return getIndex().byId.get(id) ?? null;
}

/**
 * `3d Cir.` -> ca3, `S.D.N.Y.` -> nysd, `Bankr. W.D.N.C.` -> ncwb, `Cal. Ct. App.` -> calctapp.
 * Spaces, dots and apostrophes are ignored, case too. A whole parenthetical works as well:
 * `(W.D.N.C. Aug. 10, 2020)`.
 */
export function courtByCitationString(s: string): Court | null {
  const byCite = getIndex().byCite;
  return byCite.get(normalizeCitationString(s)) ?? byCite.get(normalizeCitationString(courtPartOfParenthetical(s))) ?? null;
}

/** The court named in a caption (`UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NORTH CAROLINA`). */
export function findCourtInCaption(text: string, from?: number, to?: number): { court: Court; span: Span } | null {
  return findCourtIn(getIndex(), text, from, to);
}

export interface CourtLookup {
  courtById(id: string): Court | null;
  courtByCitationString(s: string): Court | null;
  findCourtInCaption(text: string, from?: number, to?: number): { court: Court; span: Span } | null;
}

/**
 * Look-ups over another table, e.g. the built-in courts plus an imported courts-db table
 * (`createCourtLookup([...COURTS, ...loadCourtsDb(dir).courts])`: earlier entries win on clashes).
 */
export function createCourtLookup(courts: readonly Court[]): CourtLookup {
  const idx = buildIndex(courts);
  return {
    courtById: (id) => idx.byId.get(id) ?? null,
    courtByCitationString: (s) =>
      idx.byCite.get(normalizeCitationString(s)) ?? idx.byCite.get(normalizeCitationString(courtPartOfParenthetical(s))) ?? null,
    findCourtInCaption: (text, from, to) => findCourtIn(idx, text, from, to),
  };
}

/** The court of appeals id over a federal court (`ncwd` -> `ca4`, `ca4` -> `ca4`); null otherwise. */
export function circuitOf(id: string): string | null {
  return courtById(id)?.circuit ?? null;
}
