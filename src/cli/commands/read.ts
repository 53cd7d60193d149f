/**
 * `courtreader read FILE... [--format json|jsonl|text] [--include-text]`: what an order says — court,
 * docket, parties, title, judge, date, motions and dispositions — each value with its evidence.
 */
import { Option, type Command } from 'commander';
import { readOrder } from '../../order/read-order.js';
import { toOrderOutput } from '../../order/schema.js';
import { summarizeOrder } from '../../order/summary.js';
import { FailureLog, expandInputs, inputName, maxMbOption, ocrOption, readInput } from '../inputs.js';
import type { OcrMode } from '../../input/ocr.js';

interface ReadCliOptions {
  format: 'json' | 'jsonl' | 'text';
  includeText?: boolean;
  maxMb?: number;
  ocr?: OcrMode;
}

export function registerRead(program: Command): void {
  program
    .command('read')
    .description('read court orders: court, docket, parties, title, judge, date, motions and dispositions, with evidence')
    .argument('[files...]', 'files or folders to read (text, PDF, HTML, CourtListener JSON); - (or none, when piped) reads stdin')
    .addOption(new Option('--format <fmt>', 'output format: text (summary), json (full record), jsonl (one line per file)').choices(['json', 'jsonl', 'text']).default('text'))
    .option('--include-text', 'add the original text to the JSON record (spans index it)')
    .addOption(maxMbOption())
    .addOption(ocrOption())
    .action(async (files: string[], o: ReadCliOptions) => {
      const expanded = await expandInputs(files);
      const log = new FailureLog('read');
      log.addExpansion(expanded);
      const many = expanded.inputs.length > 1;
      const records: Array<{ file: string; order?: unknown; error?: string }> = [];
      for (const input of expanded.inputs) {
        const file = inputName(input);
        try {
          const doc = await readInput(input, { maxMb: o.maxMb, ocr: o.ocr });
          const order = readOrder(doc);
          if (o.format === 'text') process.stdout.write(summarizeOrder(order, doc.text, many ? file : undefined) + (many ? '\n' : ''));
          else {
            const rec = { file, order: toOrderOutput(order, o.includeText ? { text: doc.text } : {}) };
            if (o.format === 'jsonl') process.stdout.write(JSON.stringify(rec) + '\n');
            else records.push(rec);
          }
        } catch (e) {
          const { error } = log.add(input, e);
          if (o.format === 'jsonl') process.stdout.write(JSON.stringify({ file, error }) + '\n');
          else if (o.format === 'json') records.push({ file, error });
        }
      }
      if (o.format === 'json') {
        const out = records.length === 1 && records[0].order ? records[0].order : records;
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      }
      log.summary(expanded.inputs.length);
      log.settle();
    });
}
