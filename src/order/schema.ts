/**
 * The published output shape of an order (`courtreader read`, the API): camelCase keys, every key
 * present, absent values null. Every fact is `{value, span, rule, confidence}`; the date adds `kind`.
 * `schema/order.schema.json` is generated from these zod schemas (`npm run schema`).
 */
import { z } from 'zod';
import { citationOutputSchema, toCitationOutput } from '../citations/schema.js';
import type { Order } from './types.js';

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).describe('[start, end) UTF-16 offsets into the original text');

const factOf = <T extends z.ZodType>(value: T, description: string) =>
  z
    .object({
      value,
      span,
      rule: z.string().describe('Id of the rule that produced the value, e.g. `disposition/denied-without-prejudice`'),
      confidence: z.number().min(0).max(1),
    })
    .describe(description);

export const motionKindSchema = z.enum([
  'compassionate_release', 'home_confinement', 'sentence_reduction_3582c2', 'fsa_404', 'section_2255', 'section_2241',
  'appoint_counsel', 'reconsideration', 'suppress', 'dismiss', 'summary_judgment', 'stay', 'extension_of_time', 'in_limine', 'other',
]);
export const movantSchema = z.enum(['defendant', 'government', 'plaintiff', 'petitioner', 'respondent', 'appellant', 'appellee', 'bop_director', 'debtor', 'creditor', 'trustee', 'unknown']);
export const dispositionSchema = z.enum([
  'granted', 'granted_in_part', 'denied', 'denied_without_prejudice', 'dismissed_without_prejudice', 'dismissed', 'moot', 'deferred', 'withdrawn',
]);

export const motionOutputSchema = z
  .object({
    kind: factOf(motionKindSchema, 'What the motion asks for'),
    docEntry: factOf(z.string(), 'Docket entry as written, e.g. `55`').nullable(),
    movant: factOf(movantSchema, 'Who filed it').nullable(),
    proSe: factOf(z.boolean(), 'Filed without counsel (true) or through counsel (false)').nullable(),
    disposition: factOf(dispositionSchema, "The court's own ruling on it; null when the text does not decide it").nullable(),
    citation: z.number().int().nonnegative().nullable().describe('Index into `citations` of the record cite naming the docket entry'),
  })
  .meta({ title: 'Motion' });

export const orderOutputSchema = z
  .object({
    court: factOf(z.object({ id: z.string().describe('CourtListener id, e.g. `ncwd`'), name: z.string(), abbreviation: z.string().optional() }), 'The issuing court').nullable(),
    division: factOf(z.string(), 'e.g. `Asheville Division`').nullable(),
    docketNumbers: z.array(factOf(z.object({ printed: z.string(), normalized: z.string().describe('e.g. `1:17-cr-00085`') }), 'A docket number of the caption')),
    caseType: factOf(z.enum(['criminal', 'civil', 'bankruptcy', 'appeal']), 'From the docket type code or the caption').nullable(),
    parties: z.array(factOf(z.object({ role: z.string(), name: z.string() }), 'A party of the caption')),
    caseName: factOf(z.string(), 'e.g. `United States v. Vladimir Alexeyevich Zalakov`').nullable(),
    title: factOf(z.string(), 'Document title, e.g. `MEMORANDUM OPINION AND ORDER`').nullable(),
    judge: factOf(z.object({ name: z.string(), title: z.string().nullable() }), 'Who signed').nullable(),
    panel: factOf(z.array(z.string()), 'Appellate panel').nullable(),
    date: factOf(z.string().describe('YYYY-MM-DD'), 'Date signed, filed, entered or decided')
      .extend({ kind: z.enum(['signed', 'filed', 'entered', 'decided']) })
      .nullable(),
    motions: z.array(motionOutputSchema),
    citations: z.array(citationOutputSchema),
    codes: z.record(z.string(), z.unknown()).describe('Domain codings, e.g. `compassionateRelease`'),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), span: span.optional() })),
    text: z.string().optional().describe('The original text (with --include-text)'),
  })
  .meta({ title: 'Order', description: 'What courtreader read from one court order, each value with its evidence' });

export type OrderOutput = z.infer<typeof orderOutputSchema>;

/** One line of `courtreader read --format jsonl`. */
export const readLineSchema = z
  .union([z.object({ file: z.string(), order: orderOutputSchema }), z.object({ file: z.string(), error: z.string() })])
  .meta({ title: 'ReadLine', description: 'One output line of `courtreader read --format jsonl`' });

/** An order in the published shape (citations in the citation schema's shape). */
export function toOrderOutput(order: Order, opts: { text?: string } = {}): OrderOutput {
  const out = {
    court: order.court,
    division: order.division,
    docketNumbers: order.docketNumbers,
    caseType: order.caseType,
    parties: order.parties,
    caseName: order.caseName ?? null,
    title: order.title,
    judge: order.judge,
    panel: order.panel ?? null,
    date: order.date,
    motions: order.motions,
    citations: order.citations.map(toCitationOutput),
    codes: order.codes,
    warnings: order.warnings,
  } as OrderOutput;
  if (opts.text !== undefined) out.text = opts.text;
  return out;
}

/** JSON Schemas for `schema/` (generated by scripts/write-schemas.mjs). */
export function orderJsonSchemas(): Record<string, unknown> {
  return {
    'order.schema.json': z.toJSONSchema(orderOutputSchema, { unrepresentable: 'any' }),
    'read-line.schema.json': z.toJSONSchema(readLineSchema, { unrepresentable: 'any' }),
  };
}
