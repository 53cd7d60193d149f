/** The record `readOrder` returns. Every value is a Fact: value, span, rule, confidence. */
import type { Fact, Warning } from '../engine/types.js';
import type { Citation } from '../citations/types.js';

export type MotionKind =
  | 'compassionate_release'
  | 'home_confinement'
  | 'sentence_reduction_3582c2'
  | 'fsa_404'
  | 'section_2255'
  | 'section_2241'
  | 'appoint_counsel'
  | 'reconsideration'
  | 'suppress'
  | 'dismiss'
  | 'summary_judgment'
  | 'stay'
  | 'extension_of_time'
  | 'in_limine'
  | 'other';

export type Movant = 'defendant' | 'government' | 'plaintiff' | 'petitioner' | 'respondent' | 'appellant' | 'appellee' | 'bop_director' | 'debtor' | 'creditor' | 'trustee' | 'unknown';

export type Disposition =
  | 'granted'
  | 'granted_in_part'
  | 'denied'
  | 'denied_without_prejudice'
  | 'dismissed_without_prejudice'
  | 'dismissed'
  | 'moot'
  | 'deferred'
  | 'withdrawn';

export interface Motion {
  kind: Fact<MotionKind>;
  docEntry: Fact<string> | null;
  movant: Fact<Movant> | null;
  proSe: Fact<boolean> | null;
  disposition: Fact<Disposition> | null;
  /** Index into order.citations of the record cite that names this motion's docket entry. */
  citation: number | null;
}

export interface DocketNumber {
  /** As printed: `1:17-CR-00085-MOC-DLH` */
  printed: string;
  /** `1:17-cr-00085` */
  normalized: string;
}

export interface Order {
  court: Fact<{ id: string; name: string; abbreviation?: string }> | null;
  division: Fact<string> | null;
  docketNumbers: Fact<DocketNumber>[];
  caseType: Fact<'criminal' | 'civil' | 'bankruptcy' | 'appeal'> | null;
  parties: Fact<{ role: string; name: string }>[];
  /** "United States v. Vladimir Alexeyevich Zalakov" (names title-cased from the caption). */
  caseName: Fact<string> | null;
  title: Fact<string> | null;
  judge: Fact<{ name: string; title: string | null }> | null;
  /** Appellate panel ("Before: A, B, and C, Circuit Judges"). */
  panel: Fact<string[]> | null;
  date: Fact<string> & { kind: 'signed' | 'filed' | 'entered' | 'decided' } | null;
  motions: Motion[];
  citations: Citation[];
  /** Domain codings, e.g. `codes.compassionateRelease`. */
  codes: Record<string, unknown>;
  warnings: Warning[];
}
