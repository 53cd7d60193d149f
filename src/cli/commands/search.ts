/** `courtreader search QUERY [filters] [--format text|json|csv]`: ranked full-text search with facets. */
import { Option, type Command } from 'commander';
import { openCorpus, DEFAULT_DB, type Filters } from '../../corpus/index.js';
import { highlight, toCsv } from '../../corpus/format.js';
import { intOption } from './ingest.js';
import { existingCorpus } from '../corpus-db.js';

/** The filter options shared by search, citator and stats. */
export function filterOptions(cmd: Command, withCites = true): Command {
  cmd
    .option('--court <id>', 'court id, e.g. nysd, ca3')
    .option('--judge <name>', 'part of the judge\'s name')
    .option('--motion <kind>', 'motion kind, e.g. compassionate_release')
    .option('--disposition <d>', 'disposition, e.g. granted, denied')
    .option('--from <date>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before');
  if (withCites) cmd.option('--cites <citation>', 'only documents citing this, e.g. "954 F.3d 594"');
  return cmd;
}

export const pickFilters = (o: Filters): Filters => ({
  court: o.court, judge: o.judge, motion: o.motion, disposition: o.disposition, from: o.from, to: o.to, cites: o.cites,
});

export const formatOption = () => new Option('--format <fmt>', 'output format').choices(['text', 'json', 'csv']).default('text');

export function registerSearch(program: Command): void {
  const cmd = program
    .command('search')
    .description('full-text search: words, "phrases", AND/OR/NOT, -word, prefix*, title:word')
    .argument('[query]', 'search query (empty: all documents, newest first)', '');
  filterOptions(cmd)
    .option('--db <file>', 'corpus database', DEFAULT_DB)
    .addOption(formatOption())
    .option('--limit <n>', 'results per page', intOption('--limit', 1), 20)
    .option('--offset <n>', 'skip this many results', intOption('--offset'), 0)
    .option('--errors', 'list the files that failed to ingest instead')
    .action(async (query: string, o: Filters & { db: string; format: string; limit: number; offset: number; errors?: boolean }) => {
      const store = openCorpus(existingCorpus(o.db), { readonly: true });
      try {
        if (o.errors) {
          const r = await store.listDocuments({ errors: true, limit: o.limit, offset: o.offset, sort: 'id' });
          if (o.format === 'json') process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          else if (o.format === 'csv') process.stdout.write(toCsv(r.documents as any[], ['id', 'path', 'error']));
          else process.stdout.write(`${r.total} failed files\n${r.documents.map((d) => `  #${d.id} ${d.path}: ${d.error}`).join('\n')}\n`);
          return;
        }
        const r = await store.search({ q: query, ...pickFilters(o), limit: o.limit, offset: o.offset, facets: o.format !== 'csv' });
        if (o.format === 'json') {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        } else if (o.format === 'csv') {
          process.stdout.write(toCsv(r.results as any[], ['id', 'title', 'court', 'date', 'judge', 'docket', 'path', 'rank', 'snippet']));
        } else {
          const tty = !!process.stdout.isTTY;
          const out: string[] = [];
          const shown = r.results.length ? ` (showing ${o.offset + 1}-${o.offset + r.results.length})` : '';
          out.push(`${r.total} document${r.total === 1 ? '' : 's'}${query ? ` match ${JSON.stringify(query)}` : ''}${shown}`, '');
          r.results.forEach((d, i) => {
            const meta = [d.court, d.date, d.judge && `Judge ${d.judge}`, d.docket].filter(Boolean).join(', ');
            out.push(`${String(o.offset + i + 1).padStart(3)}. ${d.title ?? '(untitled)'}${meta ? ` — ${meta}` : ''}  [#${d.id}]`);
            out.push(`     ${highlight(d.snippet, tty)}`, `     ${d.path}`);
          });
          if (r.facets) {
            out.push('');
            for (const [name, counts] of Object.entries(r.facets)) {
              if (counts.length) out.push(`${name}: ${counts.slice(0, 8).map((c: { value: string; count: number }) => `${c.value} (${c.count})`).join(', ')}`);
            }
          }
          process.stdout.write(`${out.join('\n')}\n`);
        }
      } finally {
        await store.close();
      }
    });
}

