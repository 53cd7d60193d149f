/**
 * `courtreader citator AUTHORITY`: every document citing it, how often, with the citing sentence.
 * `courtreader citator --top [N]`: the most-cited authorities (optionally within filters).
 * `courtreader citator --doc ID`: what a document cites and what cites it.
 */
import type { Command } from 'commander';
import { openCorpus, DEFAULT_DB, type Filters } from '../../corpus/index.js';
import { table, toCsv } from '../../corpus/format.js';
import { filterOptions, formatOption, pickFilters } from './search.js';
import { intOption } from './ingest.js';
import { existingCorpus } from '../corpus-db.js';

type Opts = Filters & { db: string; format: string; top?: number | true; doc?: number; kind?: string; limit: number; offset: number };

const emit = (o: Opts, json: unknown, csv: () => string, text: () => string) =>
  process.stdout.write(o.format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : o.format === 'csv' ? csv() : `${text()}\n`);

export function registerCitator(program: Command): void {
  const cmd = program
    .command('citator')
    .description('who cites an authority; the most-cited authorities; what a document cites and what cites it')
    .argument('[authority]', 'e.g. "954 F.3d 594" or "18 U.S.C. § 3582"')
    .option('--top [n]', 'the N most-cited authorities (default 20)', intOption('--top', 1))
    .option('--doc <id>', 'citations of one document, and documents citing it', intOption('--doc', 1))
    .option('--kind <kind>', 'with --top: case, law or journal');
  filterOptions(cmd, false)
    .option('--db <file>', 'corpus database', DEFAULT_DB)
    .addOption(formatOption())
    .option('--limit <n>', 'rows per page', intOption('--limit', 1), 50)
    .option('--offset <n>', 'skip this many rows', intOption('--offset'), 0)
    .action(async (authority: string | undefined, o: Opts) => {
      const store = openCorpus(existingCorpus(o.db), { readonly: true });
      try {
        const f = pickFilters(o);
        if (o.top !== undefined) {
          const limit = o.top === true ? 20 : o.top;
          const rows = await store.topAuthorities({ ...f, kind: o.kind, limit, offset: o.offset });
          emit(o, rows, () => toCsv(rows as any[], ['authority', 'cite', 'kind', 'caseName', 'documents', 'occurrences']),
            () => table(['#', 'authority', 'name', 'documents', 'citations'],
              rows.map((r, i) => [String(o.offset + i + 1), r.cite, (r.caseName ?? '').slice(0, 50), String(r.documents), String(r.occurrences)])));
        } else if (o.doc !== undefined) {
          const doc = await store.getDocument(o.doc);
          if (!doc) throw new Error(`no document #${o.doc} in ${o.db}`);
          const r = await store.citationsOf(o.doc);
          emit(o, { document: { id: doc.id, title: doc.title, path: doc.path }, ...r },
            () => toCsv([...r.cites.map((c) => ({ direction: 'cites', ...c })), ...r.citedBy.map((d) => ({ direction: 'cited_by', cite: d.title, authority: `#${d.id}`, count: d.count, sentence: d.sentence }))],
              ['direction', 'authority', 'cite', 'kind', 'caseName', 'count', 'sentence']),
            () => [
              `#${doc.id} ${doc.title ?? doc.path}`, '',
              `cites ${r.cites.length} authorities:`,
              table(['authority', 'kind', 'times', 'name'], r.cites.map((c) => [c.cite, c.kind, String(c.count), (c.caseName ?? '').slice(0, 50)])), '',
              `cited by ${r.citedBy.length} documents in the corpus${r.citedBy.length ? ':' : ''}`,
              ...r.citedBy.map((d) => `  #${d.id} ${d.title ?? d.path} (${d.count}x): ${d.sentence}`),
            ].join('\n'));
        } else {
          if (!authority) throw new Error('give an AUTHORITY, --top [N] or --doc ID');
          const r = await store.citingDocuments(authority, { ...f, limit: o.limit, offset: o.offset });
          if (!r.authority) throw new Error(`not a citation: "${authority}" (try "954 F.3d 594" or "18 U.S.C. § 3582")`);
          emit(o, r, () => toCsv(r.documents as any[], ['id', 'title', 'court', 'date', 'judge', 'path', 'count', 'sentence']),
            () => [
              `${r.cite}: cited ${r.occurrences} times in ${r.total} documents`, '',
              ...r.documents.map((d) => `  #${d.id} ${d.title ?? d.path}${d.court ? ` (${[d.court, d.date].filter(Boolean).join(' ')})` : ''}: ${d.count}x\n      ${d.sentence}`),
            ].join('\n'));
        }
      } finally {
        await store.close();
      }
    });
}
