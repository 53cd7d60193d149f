/** The command-line shell: one file per command under commands/, each a thin layer over the library. */
import { Command } from 'commander';
import { commands } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('courtreader')
    .description('Reads U.S. court orders and opinions: citations, caption, motions, dispositions, judge, date — with evidence.')
    .showHelpAfterError();
  for (const register of commands) register(program);
  await program.parseAsync(argv);
}
