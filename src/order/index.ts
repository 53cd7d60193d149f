/** The order stage: caption, judge, date, motions and dispositions, each value with its evidence. */
export { readOrder, textDocument, type ReadOrderOptions } from './read-order.js';
export { normalizeDocket } from './docket.js';
export { parseDate } from './date-parse.js';
export { orderRuleSets } from './rules.js';
export { toOrderOutput, orderOutputSchema, orderJsonSchemas, type OrderOutput } from './schema.js';
export { summarizeOrder, explainOrder } from './summary.js';
export type { Order, Motion, MotionKind, Movant, Disposition, DocketNumber } from './types.js';
