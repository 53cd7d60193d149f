/** `courtreader explain FILE`: every value read from an order, the rule that produced it and the text it read. */
import type { Command } from 'commander';
import { readOrder } from '../../order/read-order.js';
import { explainOrder } from '../../order/summary.js';
import { FailureLog, maxMbOption, ocrOption, readInput } from '../inputs.js';
import type { OcrMode } from '../../input/ocr.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('list every value read from an order with its rule id, confidence, span and the text it read')
    .argument('<file>', 'file to read (text, PDF, HTML, CourtListener JSON); - reads stdin')
    .addOption(maxMbOption())
    .addOption(ocrOption())
    .action(async (file: string, o: { maxMb?: number; ocr?: OcrMode }) => {
      const log = new FailureLog('explain');
      try {
        const doc = await readInput(file, { maxMb: o.maxMb, ocr: o.ocr });
        process.stdout.write(explainOrder(readOrder(doc), doc.text));
      } catch (e) {
        log.add(file, e);
      }
      log.settle();
    });
}
