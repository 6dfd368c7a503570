/** What a CLI command is: its help text, its flags, and what it runs. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { closest } from './suggest.js';

export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
  /** Shown in help after the flag, for string options: `--note PATH`. */
  readonly valueName?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line for `recollect --help`. */
  readonly summary: string;
  /** Positional arguments as shown in usage: `[vault]`. */
  readonly args: string;
  /** Longer text for `recollect help <cmd>`. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The most positionals the command accepts. */
  readonly maxPositionals: number;
  readonly examples?: readonly string[];
}

export interface CommandInput {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

export interface Command extends CommandSpec {
  /** Runs the command; returns the exit code. Throws RecollectError subclasses for failures. */
  readonly run: (input: CommandInput, io: Io) => Promise<number>;
}

/** The flag every command has. */
export const HELP_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'h',
  description: 'show help for this command',
};

/** Parses a command's arguments strictly; bad input becomes a UsageError with a suggestion. */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): CommandInput {
  const options = { ...spec.options, help: HELP_OPTION };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw toUsageError(spec, error);
  }
  if (parsed.positionals.length > spec.maxPositionals && parsed.values.help !== true) {
    const extra = parsed.positionals.slice(spec.maxPositionals).join(' ');
    throw new UsageError(
      `too many arguments for '${spec.name}': ${extra} (usage: recollect ${spec.name} ${spec.args})`,
    );
  }
  return { positionals: parsed.positionals, values: parsed.values as CommandInput['values'] };
}

function toUsageError(spec: CommandSpec, error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    const known = [...Object.keys(spec.options), 'help'].map((name) => `--${name}`);
    const guess = closest(flag, known);
    const hint = guess ? `. Did you mean '${guess}'?` : `. See 'recollect help ${spec.name}'.`;
    return new UsageError(`unknown option '${flag}' for '${spec.name}'${hint}`, { cause: error });
  }
  // Node's own wording for a missing or unexpected value is already clear ("Option '--note <value>' …").
  const first = message.split('\n')[0] ?? message;
  return new UsageError(first.charAt(0).toLowerCase() + first.slice(1), { cause: error });
}
