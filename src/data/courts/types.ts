/** A court of the reference table. Ids follow CourtListener's scheme (`ncwd`, `ca4`, `calctapp`). */
export type CourtLevel =
  | 'supreme'
  | 'appellate'
  | 'district'
  | 'bankruptcy'
  | 'specialty'
  | 'state-supreme'
  | 'state-appellate'
  /** State trial courts with a statewide id (state-trial-courts.ts); county-level ids only from an imported courts-db table. */
  | 'state-trial'
  | 'other';

export interface Court {
  id: string;
  /** Full formal name: `United States District Court for the Western District of North Carolina`. */
  name: string;
  /** Bluebook form used in citation parentheticals: `W.D.N.C.` */
  citationString: string;
  /** Other printed forms of the citation string: `W.D. N.C.` */
  variants: string[];
  /** Ways a caption prints the court: `WESTERN DISTRICT OF NORTH CAROLINA`, `U.S. District Court, W.D. North Carolina`. */
  captionNames: string[];
  level: CourtLevel;
  /** `federal`, or the two-letter postal code of the state or territory (`NC`, `PR`). */
  jurisdiction: string;
  /** Federal courts: the court of appeals id that hears appeals from it (`ca4`); null otherwise. */
  circuit: string | null;
  /** Well-known divisions (optional). */
  divisions?: string[];
  /** Citation parentheticals naming this court, checked by the generic test: `(W.D.N.C. 2020)`. */
  examples: string[];
}
