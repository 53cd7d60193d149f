/** The table of contents of the CLI: add a command by adding its module here. */
import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerReindex } from './reindex.js';
import { registerSearch } from './search.js';
import { registerCitator } from './citator.js';
import { registerStats } from './stats.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';
import { registerCite } from './cite.js';
import { registerTable } from './table.js';
import { registerRead } from './read.js';
import { registerExplain } from './explain.js';

export type RegisterCommand = (program: Command) => void;

/** In the order `courtreader --help` lists them: reading documents first, then the corpus, then the web app. */
export const commands: RegisterCommand[] = [
  registerCite,
  registerRead,
  registerExplain,
  registerTable,
  registerIngest,
  registerReindex,
  registerSearch,
  registerCitator,
  registerStats,
  registerServe,
  registerStart,
];
