/** `courtreader stats [--by court|judge|motion|ground|month|year|disposition]`: counts and grant rates. */
import { Option, type Command } from 'commander';
import { openCorpus, DEFAULT_DB, type Filters, type StatsBy } from '../../corpus/index.js';
import { pct, table, toCsv } from '../../corpus/format.js';
import { filterOptions, formatOption, pickFilters } from './search.js';
import { intOption } from './ingest.js';
import { existingCorpus } from '../corpus-db.js';

export function registerStats(program: Command): void {
  const cmd = program
    .command('stats')
    .description('motions decided and grant rates (granted or granted in part / decided) with Wilson 95% intervals')
    .addOption(new Option('--by <key>', 'group by').choices(['court', 'judge', 'motion', 'ground', 'month', 'year', 'disposition']).default('court'));
  filterOptions(cmd)
    .option('--db <file>', 'corpus database', DEFAULT_DB)
    .addOption(formatOption())
    .option('--min-n <n>', 'hide groups with fewer decided motions', intOption('--min-n'), 1)
    .option('--limit <n>', 'at most this many groups (default: all)', intOption('--limit', 1))
    .action(async (o: Filters & { by: StatsBy; db: string; format: string; minN: number; limit?: number }) => {
      const store = openCorpus(existingCorpus(o.db), { readonly: true });
      try {
        const s = await store.stats({ by: o.by, ...pickFilters(o), minN: o.minN, limit: o.limit });
        if (o.format === 'json') {
          process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
        } else if (o.format === 'csv') {
          process.stdout.write(toCsv([...s.rows, s.total] as any[], ['key', 'motions', 'decided', 'granted', 'denied', 'other', 'rate', 'low', 'high']));
        } else {
          const rows = [...s.rows, s.total].map((r) => [
            r.key, String(r.motions), String(r.decided), String(r.granted), String(r.denied), String(r.other), pct(r.rate),
            r.low == null ? '—' : `${pct(r.low)}-${pct(r.high)}`,
          ]);
          process.stdout.write(`${table([o.by, 'motions', 'decided', 'granted', 'denied', 'other', 'grant rate', '95% CI'], rows)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
