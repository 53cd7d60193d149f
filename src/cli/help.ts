/** Examples shown at the end of each command's --help, and the exit status every command shares. */
import type { Command } from 'commander';

export const EXIT_STATUS =
  'Exit status: 0 done (warnings aside); 1 an input could not be read (the others were done) or the work failed;\n' +
  '2 the command line is wrong (unknown option, bad value, --db that is not a corpus).';

const EXAMPLES: Record<string, string[]> = {
  cite: [
    'courtreader cite order.pdf',
    'courtreader cite orders/ --format jsonl > cites.jsonl',
    'pdftotext order.pdf - | courtreader cite -',
    'courtreader cite --jsonl < batch.jsonl   # lines {"id":"a","text":"..."}',
  ],
  read: ['courtreader read order.txt', 'courtreader read orders/ --format jsonl > orders.jsonl', 'courtreader read order.pdf --format json --include-text'],
  explain: ['courtreader explain order.txt', 'cat order.txt | courtreader explain -'],
  table: [
    'courtreader table compassionate-release orders/',
    'courtreader table compassionate-release courtreader.db --by circuit --csv motions.csv',
  ],
  ingest: ['courtreader ingest orders/ --db corpus.db', 'courtreader ingest a.pdf b.json --db corpus.db --workers 0 --json'],
  reindex: ['courtreader reindex --db corpus.db'],
  search: [
    'courtreader search "compassionate release" --court nysd --from 2020',
    'courtreader search \'"extraordinary and compelling" NOT vaccinated\' --format csv',
    'courtreader search --errors   # files that failed to ingest',
  ],
  citator: ['courtreader citator "976 F.3d 228"', 'courtreader citator --top 10 --kind case', 'courtreader citator --doc 12'],
  stats: ['courtreader stats --by judge --motion compassionate_release --min-n 5', 'courtreader stats --by month --format csv'],
  serve: ['courtreader serve --db corpus.db --port 8080'],
  start: ['courtreader start', 'courtreader start --db corpus.db --port 0'],
};

/** Adds the examples and the exit status to every command's help. */
export function addHelpFooters(program: Command): void {
  for (const cmd of program.commands) {
    const ex = EXAMPLES[cmd.name()];
    const examples = ex ? `\nExamples:\n${ex.map((e) => `  ${e}`).join('\n')}\n` : '';
    cmd.addHelpText('after', `${examples}\n${EXIT_STATUS}`);
  }
}
