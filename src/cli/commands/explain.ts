/** `courtreader explain FILE`: every value read from an order, the rule that produced it and the text it read. */
import type { Command } from 'commander';
import { readDocument } from '../../input/read-document.js';
import { readOrder } from '../../order/read-order.js';
import { explainOrder } from '../../order/summary.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('list every value read from an order with its rule id, confidence, span and the text it read')
    .argument('<file>', 'file to read (text, PDF, HTML, CourtListener JSON)')
    .action(async (file: string) => {
      try {
        const doc = await readDocument(file);
        process.stdout.write(explainOrder(readOrder(doc), doc.text));
      } catch (e) {
        process.stderr.write(`courtreader explain: ${file}: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
