/** Compassionate-release coding (18 U.S.C. § 3582(c)(1)(A)): public surface of the domain. */
export { codeCompassionateRelease, outcomeOf } from './code.js';
export { compassionateReleaseRules, crFamilies } from './rules.js';
export { regimeForDate, findDecisionDate } from './regime.js';
export { buildScope } from './scope.js';
export type { Scope, ScopeMap, ScopedSentence } from './scope.js';
export type * from './types.js';
