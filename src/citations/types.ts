/** The citation object: one shape for every kind, absent fields are null. */
import type { Span } from '../engine/types.js';

export type CitationKind =
  | 'case' // 954 F.3d 594; 2020 WL 1900495; 2019 IL 123456 (full)
  | 'caseShort' // 954 F.3d at 597
  | 'id' // Id.; Id. at 597; Ibid.
  | 'supra' // Raia, supra, at 3
  | 'reference' // Raia, at 597; or the bare name again after a full cite
  | 'law' // 18 U.S.C. § 3582(c)(1)(A); Fed. R. Crim. P. 35(b); U.S.S.G. § 1B1.13; U.S. Const. amend. IV
  | 'journal' // 100 Harv. L. Rev. 1
  | 'record' // Doc. No. 55-1 at 3; ECF No. 12; Dkt. 7; (#40); Tr. 12:3
  | 'unknown';

export interface Citation {
  kind: CitationKind;
  /** The citation core, e.g. `954 F.3d 594`. */
  span: Span;
  /** Case name through the closing parenthetical (equals span when there is nothing around it). */
  fullSpan: Span;
  /** text.slice(...span) */
  text: string;
  volume: string | null;
  /** Canonical abbreviation. */
  reporter: string | null;
  /** As written. */
  reporterFound: string | null;
  page: string | null;
  pinCite: string | null;
  year: number | null;
  /** Full date where the parenthetical gives one, ISO. */
  date: string | null;
  /** CourtListener-style court id (`ca3`, `nysd`, `scotus`). */
  court: string | null;
  plaintiff: string | null;
  defendant: string | null;
  parenthetical: string | null;
  /** Subsequent history, e.g. `aff'd, 500 F.3d 1 (1st Cir. 2007)` as written. */
  history: string | null;
  /** supra / short / reference: the name as written. */
  antecedentGuess: string | null;
  /** Laws */
  title: string | null;
  chapter: string | null;
  section: string | null;
  /** Which code: `U.S.C.`, `C.F.R.`, `Fed. R. Crim. P.`, `U.S.S.G.`, `U.S. Const.`, ... */
  code: string | null;
  /** Record cites: docket entry as written (`55-1`). */
  docEntry: string | null;
  /** Index in the same array of the citation it refers to (short forms), or null. */
  resolvesTo: number | null;
  /** Short form that could refer to more than one authority. */
  ambiguous: boolean;
  /** Key shared by all citations of one authority (parallel cites and their short forms). */
  authority: string | null;
  /** Inside an explanatory parenthetical `(quoting ...)`: Id. never binds to these. */
  inParenthetical: boolean;
  /** Id of the rule that matched. */
  rule: string;
}

export interface FindOptions {
  /** Extra tables loaded from Free Law Project's data (see data/import). */
  reporters?: unknown;
  courts?: unknown;
}
