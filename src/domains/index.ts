/**
 * The registry of domain coders: interpretations built on a read order (e.g. compassionate-release
 * coding). Adding a domain is one entry here; readOrder runs every entry and fills `order.codes`.
 */
import type { Order } from '../order/types.js';
import { codeCompassionateRelease } from './compassionate-release/index.js';

export interface DomainCoder {
  /** Key in `order.codes`. */
  name: string;
  /** Returns the codes, or null when the order is not in the domain. Never throws on text. */
  code(order: Order, text: string): unknown | null;
}

export const domainCoders: DomainCoder[] = [{ name: 'compassionateRelease', code: codeCompassionateRelease }];

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
