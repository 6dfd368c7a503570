/**
 * The `recollect` command line: finds the command, parses its flags, runs it, and turns errors into
 * one line on stderr and an exit code (0 ok, 1 failure, 2 usage error).
 */
import { readFile } from 'node:fs/promises';
import { RecollectError, UsageError } from '../errors.js';
import { parseCommandArgs } from './command.js';
import { commandHelp, generalHelp } from './help.js';
import { type Io, processIo } from './io.js';
import { COMMANDS, findCommand } from './registry.js';
import { closest } from './suggest.js';
import { terminalSafe } from './terminal-text.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs `recollect` with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Every byte a command prints passes here: note text never reaches the terminal as a control sequence.
  const safe: Io = {
    ...io,
    out: (text) => io.out(terminalSafe(text)),
    err: (text) => io.err(terminalSafe(text)),
  };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    return reportError(error, safe);
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(generalHelp(COMMANDS));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${await readVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return showHelp(rest, io);
  if (first.startsWith('-')) {
    throw new UsageError(`unknown option '${first}'; a command comes first, e.g. 'recollect cards --json'`);
  }
  const command = await requireCommand(first).load();
  const input = parseCommandArgs(command, rest);
  if (input.values.help === true) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  return command.run(input, io);
}

async function showHelp(args: readonly string[], io: Io): Promise<number> {
  const [name] = args;
  if (name === undefined) io.out(generalHelp(COMMANDS));
  else io.out(commandHelp(await requireCommand(name).load()));
  return EXIT_OK;
}

function requireCommand(name: string): NonNullable<ReturnType<typeof findCommand>> {
  const entry = findCommand(name);
  if (entry) return entry;
  const guess = closest(
    name,
    COMMANDS.map((command) => command.name),
  );
  const hint = guess ? ` Did you mean '${guess}'?` : " See 'recollect --help'.";
  throw new UsageError(`unknown command '${name}'.${hint}`);
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof RecollectError) {
    io.err(`recollect: ${error.message}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
  }
  // A bug, not a user mistake: keep the stack so it can be reported.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`recollect: internal error: ${detail}\n`);
  return EXIT_FAILURE;
}

/** The package version; read from package.json (two levels up from both src/cli and dist/cli). */
async function readVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
