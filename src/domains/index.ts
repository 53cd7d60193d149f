/**
 * The registry of domain coders: interpretations built on a read order (e.g. compassionate-release
 * coding). Adding a domain is one entry here; readOrder runs every entry and fills `order.codes`.
 */
import type { Order } from '../order/types.js';
import { codeCompassionateRelease } from './compassionate-release/index.js';
import { expectCompassionateReleaseAnchors } from './compassionate-release/scan.js';

export interface DomainCoder {
  /** Key in `order.codes`. */
  name: string;
  /** Returns the codes, or null when the order is not in the domain. Never throws on text. */
  code(order: Order, text: string): unknown | null;
  /** Optional: called with the lower-cased text before the order reader reads that same text (shared anchor pass). */
  prepare?(lowerText: string): void;
}

export const domainCoders: DomainCoder[] = [{ name: 'compassionateRelease', code: codeCompassionateRelease, prepare: expectCompassionateReleaseAnchors }];

/** Before reading a text that the coders (all, or those named) will code: lets each prepare for it. */
export function prepareDomains(lowerText: string, names?: readonly string[]): void {
  for (const coder of domainCoders) {
    if (names && !names.includes(coder.name)) continue;
    coder.prepare?.(lowerText);
  }
}

/** Runs the coders (all, or those named) and stores each non-null result in `order.codes[name]`. */
export function runDomains(order: Order, text: string, names?: readonly string[]): Order {
  for (const coder of domainCoders) {
    if (names && !names.includes(coder.name)) continue;
    try {
      const codes = coder.code(order, text);
      if (codes !== null && codes !== undefined) order.codes[coder.name] = codes;
    } catch (e) {
      order.warnings.push({ code: 'domain/failed', message: `${coder.name}: ${(e as Error).message}` });
    }
  }
  return order;
}
