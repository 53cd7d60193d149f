/**
 * Exit codes and error messages of the command line. Every failure prints one line
 * `courtreader COMMAND: WHAT: WHY` (plus a hint), never a stack trace unless COURTREADER_DEBUG=1.
 */
import { CommanderError } from 'commander';
import { InputError } from '../input/errors.js';

/**
 * 0: done (warnings aside); 1: an input could not be read (missing, unreadable, binary...) or the work
 * failed, the other inputs being done; 2: the command line is wrong (unknown command or option, bad
 * option value, missing argument, a --db that does not exist or is not a corpus).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in the command line: a bad option value, a --db that is not a corpus, nothing to read. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The message of `e` without a leading `path: ` when the caller prints the path itself. */
export function reasonOf(e: unknown, path?: string): string {
  if (e instanceof InputError) return e.reason;
  const msg = e instanceof Error ? e.message : String(e);
  return path && msg.startsWith(`${path}: `) ? msg.slice(path.length + 2) : msg;
}

/** Exit code for an error thrown by a command. */
export function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (e instanceof UsageError) return EXIT.usage;
  return EXIT.failed;
}

/** The line printed for an error, or null when commander has printed it already. */
export function errorLine(e: unknown, command: string | undefined): string | null {
  if (e instanceof CommanderError) return null;
  const who = command ? `courtreader ${command}` : 'courtreader';
  const err = e as { message?: unknown; code?: unknown } | null;
  let msg = typeof err?.message === 'string' ? err.message : String(e);
  // SQLite refusing a file that is not a corpus: say which file and what to do.
  if (err?.code === 'SQLITE_NOTADB') msg = `${msg}: the --db file is not a courtreader corpus (create one with "courtreader ingest FOLDER --db FILE")`;
  const known = e instanceof UsageError || e instanceof InputError || (e instanceof Error && e.constructor === Error);
  const debug = process.env.COURTREADER_DEBUG === '1' && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  const tail = known || debug ? '' : ' (an internal error: please report it; COURTREADER_DEBUG=1 prints the stack trace)';
  return `${who}: ${msg}${tail}${debug}\n`;
}
