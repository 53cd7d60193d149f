/**
 * `courtreader table compassionate-release FILES_OR_DB [--by court|judge|month|ground|circuit|reason] [--csv out.csv]`:
 * counts and grant rates with Wilson 95% intervals, grouped like the Sentencing Commission's reports,
 * and a CSV with one row per motion, every code and its evidence text.
 */
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { FailureLog, expandInputs, inputName, maxMbOption, ocrOption, readInput } from '../inputs.js';
import type { OcrMode } from '../../input/ocr.js';
import { existingCorpus } from '../corpus-db.js';
import type { Order } from '../../order/types.js';
import { codeCompassionateRelease } from '../../domains/compassionate-release/index.js';
import { commissionTables, crTable, rowFromCodes, toCrCsv, type CrRow, type CrTable, type TableBy } from '../../domains/compassionate-release/table.js';
import { rowFromStored } from '../../domains/compassionate-release/stored.js';
import type { CompassionateReleaseCodes } from '../../domains/compassionate-release/types.js';

interface TableOptions {
  by?: TableBy;
  csv?: string;
  format: 'text' | 'json';
  maxMb?: number;
  ocr?: OcrMode;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function registerTable(program: Command): void {
  program
    .command('table')
    .description('research tables over coded orders: grant rates with Wilson 95% intervals, and a CSV of every code with its evidence')
    .argument('<domain>', 'the coding to tabulate: compassionate-release')
    .argument('<inputs...>', 'order files or folders (txt, pdf, html, json), - for stdin, or one corpus database (.db)')
    .addOption(new Option('--by <key>', 'one grouping instead of the Commission layout').choices(['court', 'judge', 'month', 'ground', 'circuit', 'reason']))
    .option('--csv <file>', 'write one row per motion with every code and its evidence text (RFC 4180)')
    .addOption(new Option('--format <fmt>', 'table output').choices(['text', 'json']).default('text'))
    .addOption(maxMbOption())
    .addOption(ocrOption())
    .action(async (domain: string, inputs: string[], o: TableOptions) => {
      if (domain !== 'compassionate-release') throw new UsageError(`unknown coding "${domain}" (known: compassionate-release)`);
      const rows = isDatabase(inputs) ? await rowsFromDatabase(inputs[0]) : await rowsFromFiles(inputs, o.maxMb, o.ocr);
      if (rows === null) return;
      const tables = o.by ? [crTable(rows, o.by)] : commissionTables(rows);
      if (o.format === 'json') process.stdout.write(`${JSON.stringify({ motions: rows.length, tables }, null, 2)}\n`);
      else process.stdout.write(renderTables(rows.length, tables));
      if (o.csv) {
        try {
          fs.writeFileSync(o.csv, toCrCsv(rows));
        } catch (e) {
          throw new Error(`could not write --csv ${o.csv} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
        process.stderr.write(`wrote ${rows.length} rows to ${o.csv}\n`);
      }
    });
}

/** One input named like a database, or holding one (SQLite's header), is a corpus. */
function isDatabase(inputs: string[]): boolean {
  if (inputs.length !== 1) return false;
  if (/\.(?:db|sqlite3?)$/i.test(inputs[0])) return true;
  try {
    const fd = fs.openSync(inputs[0], 'r');
    const head = Buffer.alloc(16);
    try {
      fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
    return head.toString('latin1') === 'SQLite format 3\0';
  } catch {
    return false;
  }
}

async function rowsFromFiles(inputs: string[], maxMb?: number, ocr?: OcrMode): Promise<CrRow[]> {
  const log = new FailureLog('table');
  const expanded = await expandInputs(inputs);
  log.addExpansion(expanded);
  const readOrder = await loadReadOrder();
  const rows: CrRow[] = [];
  for (const file of expanded.inputs) {
    try {
      const doc = await readInput(file, { maxMb, ocr });
      const order: Order = readOrder ? readOrder(doc) : emptyOrder();
      const codes = (order.codes?.compassionateRelease as CompassionateReleaseCodes | undefined) ?? codeCompassionateRelease(order, doc.text);
      if (codes) rows.push(rowFromCodes(inputName(file), codes, order, doc.text));
    } catch (e) {
      log.add(file, e);
    }
  }
  const n = expanded.inputs.length;
  const failed = log.failures.filter((f) => !expanded.emptyFolders.includes(f.input)).length;
  process.stderr.write(`${n - failed} of ${n} files read${failed ? ` (${failed} failed)` : ''}, ${rows.length} compassionate-release motions coded\n`);
  log.settle();
  return rows;
}

async function rowsFromDatabase(db: string): Promise<CrRow[] | null> {
  existingCorpus(db);
  let corpus: typeof import('../../corpus/index.js');
  try {
    corpus = await import('../../corpus/index.js');
  } catch (e) {
    process.stderr.write(`courtreader table: the corpus store is not available in this build (${(e as Error).message}); pass order files instead\n`);
    process.exitCode = 2;
    return null;
  }
  const store = corpus.openCorpus(db, { readonly: true });
  const rows: CrRow[] = [];
  try {
    const page = 500;
    for (let offset = 0; ; offset += page) {
      const list = await store.listDocuments({ sort: 'id', limit: page, offset });
      for (const d of list.documents) {
        const doc = await store.getDocument(d.id);
        const row = doc && rowFromStored(doc);
        if (row) rows.push(row);
      }
      if (list.documents.length < page) break;
    }
  } finally {
    await store.close();
  }
  if (rows.length === 0) process.stderr.write('courtreader table: the database holds no compassionate-release codes (ingest with this version, or reindex)\n');
  return rows;
}

async function loadReadOrder(): Promise<((doc: any) => Order) | null> {
  try {
    const mod = await import('../../order/read-order.js');
    try {
      await import('../../domains/index.js' as string);
    } catch {
      // No domain registry in this build: the table codes each order itself.
    }
    return mod.readOrder as (doc: any) => Order;
  } catch {
    return null;
  }
}

function emptyOrder(): Order {
  return { court: null, division: null, docketNumbers: [], caseType: null, parties: [], title: null, judge: null, date: null, motions: [], citations: [], codes: {}, warnings: [] } as unknown as Order;
}

function renderTables(total: number, tables: CrTable[]): string {
  const out: string[] = [`${total} compassionate-release motions\n`];
  for (const t of tables) {
    out.push(`${t.title} (${t.measure}, Wilson 95% interval)`);
    const header = ['group', 'n', 'count', 'rate', '95% CI'];
    const body = t.rows.map((r) => [r.key, String(r.n), String(r.successes), pct(r.rate), `${pct(r.low)}-${pct(r.high)}`]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    out.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), '');
  }
  return `${out.join('\n')}\n`;
}
