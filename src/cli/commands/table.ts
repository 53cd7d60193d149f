/**
 * `courtreader table compassionate-release FILES_OR_DB [--by court|judge|month|ground|circuit|reason] [--csv out.csv]`:
 * counts and grant rates with Wilson 95% intervals, grouped like the Sentencing Commission's reports,
 * and a CSV with one row per motion, every code and its evidence text.
 */
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { readDocument } from '../../input/read-document.js';
import { walkFiles } from '../../corpus/walk.js';
import type { Order } from '../../order/types.js';
import { codeCompassionateRelease } from '../../domains/compassionate-release/index.js';
import { commissionTables, crTable, rowFromCodes, toCrCsv, type CrRow, type CrTable, type TableBy } from '../../domains/compassionate-release/table.js';
import { rowFromStored } from '../../domains/compassionate-release/stored.js';
import type { CompassionateReleaseCodes } from '../../domains/compassionate-release/types.js';

interface TableOptions {
  by?: TableBy;
  csv?: string;
  format: 'text' | 'json';
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function registerTable(program: Command): void {
  program
    .command('table')
    .description('research tables over coded orders: grant rates with Wilson 95% intervals, and a CSV of every code with its evidence')
    .argument('<domain>', 'the coding to tabulate: compassionate-release')
    .argument('<inputs...>', 'order files or folders (txt, pdf, html, json), or one corpus database (.db)')
    .addOption(new Option('--by <key>', 'one grouping instead of the Commission layout').choices(['court', 'judge', 'month', 'ground', 'circuit', 'reason']))
    .option('--csv <file>', 'write one row per motion with every code and its evidence text (RFC 4180)')
    .addOption(new Option('--format <fmt>', 'table output').choices(['text', 'json']).default('text'))
    .action(async (domain: string, inputs: string[], o: TableOptions) => {
      if (domain !== 'compassionate-release') {
        process.stderr.write(`courtreader table: unknown coding "${domain}" (known: compassionate-release)\n`);
        process.exitCode = 2;
        return;
      }
      const rows = isDatabase(inputs) ? await rowsFromDatabase(inputs[0]) : await rowsFromFiles(inputs);
      if (rows === null) return;
      const tables = o.by ? [crTable(rows, o.by)] : commissionTables(rows);
      if (o.format === 'json') process.stdout.write(`${JSON.stringify({ motions: rows.length, tables }, null, 2)}\n`);
      else process.stdout.write(renderTables(rows.length, tables));
      if (o.csv) {
        fs.writeFileSync(o.csv, toCrCsv(rows));
        process.stderr.write(`wrote ${rows.length} rows to ${o.csv}\n`);
      }
    });
}

function isDatabase(inputs: string[]): boolean {
  return inputs.length === 1 && /\.(?:db|sqlite3?)$/i.test(inputs[0]);
}

async function rowsFromFiles(inputs: string[]): Promise<CrRow[]> {
  const { files, missing } = await walkFiles(inputs);
  for (const m of missing) process.stderr.write(`courtreader table: not found: ${m}\n`);
  const readOrder = await loadReadOrder();
  const rows: CrRow[] = [];
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      const order: Order = readOrder ? readOrder(doc) : emptyOrder();
      const codes = (order.codes?.compassionateRelease as CompassionateReleaseCodes | undefined) ?? codeCompassionateRelease(order, doc.text);
      if (codes) rows.push(rowFromCodes(file, codes, order, doc.text));
    } catch (e) {
      process.stderr.write(`courtreader table: ${file}: ${(e as Error).message}\n`);
    }
  }
  process.stderr.write(`${files.length} files read, ${rows.length} compassionate-release motions coded\n`);
  return rows;
}

async function rowsFromDatabase(db: string): Promise<CrRow[] | null> {
  if (!fs.existsSync(db)) {
    process.stderr.write(`courtreader table: no such database: ${db}\n`);
    process.exitCode = 2;
    return null;
  }
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
