/**
 * `courtreader read FILE... [--format json|jsonl|text] [--include-text]`: what an order says — court,
 * docket, parties, title, judge, date, motions and dispositions — each value with its evidence.
 */
import { Option, type Command } from 'commander';
import { readDocument } from '../../input/read-document.js';
import { readOrder } from '../../order/read-order.js';
import { toOrderOutput } from '../../order/schema.js';
import { summarizeOrder } from '../../order/summary.js';

interface ReadCliOptions {
  format: 'json' | 'jsonl' | 'text';
  includeText?: boolean;
}

export function registerRead(program: Command): void {
  program
    .command('read')
    .description('read court orders: court, docket, parties, title, judge, date, motions and dispositions, with evidence')
    .argument('<files...>', 'files to read (text, PDF, HTML, CourtListener JSON)')
    .addOption(new Option('--format <fmt>', 'output format: json (full record), jsonl (one line per file), text (summary)').choices(['json', 'jsonl', 'text']).default('text'))
    .option('--include-text', 'add the original text to the JSON record')
    .action(async (files: string[], o: ReadCliOptions) => {
      const records: Array<{ file: string; order?: unknown; error?: string }> = [];
      for (const file of files) {
        try {
          const doc = await readDocument(file);
          const order = readOrder(doc);
          if (o.format === 'text') process.stdout.write(summarizeOrder(order, doc.text, files.length > 1 ? file : undefined) + (files.length > 1 ? '\n' : ''));
          else {
            const rec = { file, order: toOrderOutput(order, o.includeText ? { text: doc.text } : {}) };
            if (o.format === 'jsonl') process.stdout.write(JSON.stringify(rec) + '\n');
            else records.push(rec);
          }
        } catch (e) {
          const error = (e as Error).message;
          if (o.format === 'jsonl') process.stdout.write(JSON.stringify({ file, error }) + '\n');
          else {
            process.stderr.write(`courtreader read: ${file}: ${error}\n`);
            if (o.format === 'json') records.push({ file, error });
          }
          process.exitCode = 1;
        }
      }
      if (o.format === 'json') {
        const out = records.length === 1 && records[0].order ? records[0].order : records;
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      }
    });
}
