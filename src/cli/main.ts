/** The command-line shell: one file per command under commands/, each a thin layer over the library. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { commands } from './commands/index.js';
import { EXIT, errorLine, exitCodeOf } from './errors.js';
import { EXIT_STATUS, addHelpFooters } from './help.js';

/** The command being run, for error messages. */
let current: string | undefined;

/** The package version, from the package.json above this file (dist/cli/ or src/cli/). */
export function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'courtreader' && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  return 'unknown';
}

/** Builds the program; errors (usage errors as CommanderError, and failures of a command) are thrown. */
export async function main(argv: string[]): Promise<void> {
  current = undefined;
  const program = new Command();
  program
    .name('courtreader')
    .description('Reads U.S. court orders and opinions: citations, caption, motions, dispositions, judge, date — with evidence.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpCommand('help [command]', 'help for a command')
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError()
    .exitOverride()
    .addHelpText('after', `\nEvery command has --help (courtreader help COMMAND). Reference: docs/cli.md\n${EXIT_STATUS}`)
    .hook('preAction', (_program, action) => {
      current = action.name();
    });
  for (const register of commands) register(program);
  addHelpFooters(program);
  await program.parseAsync(argv);
}

/** Runs the command line and returns the exit status; prints one line per error, no stack trace. */
export async function runCli(argv: string[]): Promise<number> {
  // `courtreader cite ... | head`: the reader went away; stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(Number(process.exitCode ?? EXIT.ok));
    throw e;
  });
  try {
    await main(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    const line = errorLine(e, current);
    if (line) process.stderr.write(line);
    return Math.max(exitCodeOf(e), Number(process.exitCode ?? 0));
  }
}
