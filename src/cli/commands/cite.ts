/**
 * `courtreader cite [FILE...|-] [--format json|jsonl|text]`: the citations of documents.
 * `courtreader cite --jsonl`: batch mode, JSON lines `{"id","text"}` or `{"id","html"}` on stdin, one
 * line `{"id","citations":[...]}` (or `{"id","error"}`) out per input line, in order, streaming.
 */
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import type { Warning } from '../../engine/types.js';
import { createCiter } from '../../citations/index.js';
import type { FinderOptions } from '../../citations/find.js';
import { toCitationOutput } from '../../citations/schema.js';
import type { Citation } from '../../citations/types.js';
import { htmlToText } from '../../input/html.js';
import { FailureLog, expandInputs, inputName, maxMbOption, ocrOption, readInput } from '../inputs.js';
import type { OcrMode } from '../../input/ocr.js';
import { loadCourtsDb } from '../../data/import-courts-db.js';
import { loadReportersDb } from '../../data/import-reporters-db.js';

interface CiteCliOptions {
  format: 'json' | 'jsonl' | 'text';
  maxMb?: number;
  ocr?: OcrMode;
  jsonl?: boolean;
  reportersDb?: string;
  courtsDb?: string;
}

type Citer = ReturnType<typeof createCiter>;

export function registerCite(program: Command): void {
  program
    .command('cite')
    .description('find and resolve the citations of documents (text, HTML, PDF, CourtListener JSON; - = stdin)')
    .argument('[files...]', 'files or folders to read; - (or none, when piped) reads stdin')
    .addOption(new Option('--format <fmt>', 'output format: text (one line per citation), json (full records), jsonl (one line per file)').choices(['json', 'jsonl', 'text']).default('text'))
    .option('--jsonl', 'batch mode: JSON lines {"id","text"} or {"id","html"} on stdin, one {"id","citations"} line out per line')
    .option('--reporters-db <dir>', "also use Free Law Project's reporters-db data from this folder")
    .option('--courts-db <dir>', "also use Free Law Project's courts-db data from this folder")
    .addOption(maxMbOption())
    .addOption(ocrOption())
    .action(async (files: string[], o: CiteCliOptions) => {
      const citer = createCiter(finderOptions(o));
      if (o.jsonl) return batch(citer);
      const expanded = await expandInputs(files);
      const log = new FailureLog('cite');
      log.addExpansion(expanded);
      const results: FileResult[] = [];
      for (const f of expanded.inputs) {
        try {
          results.push(await citeFile(citer, f, o.maxMb, o.ocr));
        } catch (e) {
          results.push({ source: inputName(f), citations: [], warnings: [], error: log.add(f, e).error });
        }
      }
      write(results, o.format);
      log.summary(expanded.inputs.length);
      log.settle();
    });
}

/** Loads the optional Free Law Project tables. Errors here are the user's (bad folder): they throw. */
function finderOptions(o: CiteCliOptions): FinderOptions {
  const opts: FinderOptions = {};
  if (o.courtsDb) opts.courts = loadCourtsDb(o.courtsDb);
  if (o.reportersDb) opts.reporters = loadReportersDb(o.reportersDb);
  return opts;
}

interface FileResult {
  source: string;
  citations: Citation[];
  warnings: Warning[];
  /** Why the input could not be read (then there are no citations). */
  error?: string;
}

async function citeFile(citer: Citer, file: string, maxMb?: number, ocr?: OcrMode): Promise<FileResult> {
  const doc = await readInput(file, { maxMb, ocr });
  const warnings: Warning[] = [...doc.warnings];
  return { source: inputName(file), citations: citer.cite(doc.text, warnings), warnings };
}

function write(results: FileResult[], format: CiteCliOptions['format']): void {
  if (format === 'jsonl') {
    for (const r of results) {
      process.stdout.write(`${JSON.stringify(r.error !== undefined ? { id: r.source, error: r.error } : { id: r.source, citations: r.citations.map(toCitationOutput) })}\n`);
    }
  } else if (format === 'json') {
    const docs = results.map((r) =>
      r.error !== undefined ? { source: r.source, error: r.error } : { source: r.source, citations: r.citations.map(toCitationOutput), warnings: r.warnings });
    process.stdout.write(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
  } else {
    for (const r of results) if (r.error === undefined) process.stdout.write(textReport(r));
  }
}

/** `  3  id         Id. at 597              -> #1 (case:954|f3d|594)` */
function textReport(r: FileResult): string {
  const lines = [`${r.source}: ${r.citations.length} citation${r.citations.length === 1 ? '' : 's'}`];
  r.citations.forEach((c, i) => {
    const to = c.resolvesTo !== null ? ` -> #${c.resolvesTo}` : c.ambiguous ? ' -> ambiguous' : '';
    const where = `[${c.span[0]}-${c.span[1]}]`;
    lines.push(`${String(i).padStart(4)}  ${c.kind.padEnd(9)} ${c.text.replace(/\s+/g, ' ')}${c.pinCite && !c.text.includes(c.pinCite) ? ` ${c.pinCite}` : ''}${to}  ${where}`);
  });
  for (const w of r.warnings) lines.push(`  warning ${w.code}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}

/** Batch mode: streams stdin line by line; a bad line gets an error line and the run goes on. */
async function batch(citer: Citer): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const out = batchLine(citer, line);
    if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

export function batchLine(citer: Citer, line: string): string {
  let id: unknown = null;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      return JSON.stringify({ id: null, error: 'not a JSON line' });
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ id: null, error: 'a line must be a JSON object {"id","text"} or {"id","html"}' });
    const o = input as Record<string, unknown>;
    id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
    let text: string;
    if (typeof o.text === 'string') text = o.text;
    else if (typeof o.html === 'string') text = htmlToText(o.html).text;
    else return JSON.stringify({ id, error: 'no "text" or "html" string' });
    return JSON.stringify({ id, citations: citer.cite(text).map(toCitationOutput) });
  } catch (e) {
    return JSON.stringify({ id, error: `internal error: ${(e as Error)?.message ?? String(e)}` });
  }
}
