/** Help texts, built from the registry and the command specs so they never drift from the real flags. */
import { type CommandSpec, HELP_OPTION, type OptionSpec } from './command.js';
import type { CommandEntry } from './registry.js';

/** `recollect --help`: the commands and global flags. */
export function generalHelp(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((entry) => entry.name.length)) + 3;
  return [
    'recollect: turns Markdown notes, as they are written, into study items.',
    '',
    'Usage: recollect <command> [vault] [options]',
    '',
    'Commands:',
    ...commands.map((entry) => `  ${entry.name.padEnd(width)}${entry.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
    "The vault is a folder of .md notes; it defaults to the current folder ('.').",
    "Run 'recollect help <command>' for the options of a command.",
    '',
  ].join('\n');
}

/** `recollect help <cmd>` and `recollect <cmd> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, option]) => [
    flagLabel(name, option),
    option.description,
  ]);
  const width = Math.max(...options.map(([label]) => label!.length)) + 2;
  const lines = [
    `Usage: recollect ${spec.name} ${spec.args} [options]`,
    '',
    spec.description,
    '',
    'Options:',
    ...options.map(([label, description]) => `  ${label!.padEnd(width)}${description}`),
  ];
  if (spec.examples && spec.examples.length > 0) {
    lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  }
  return `${lines.join('\n')}\n`;
}

function flagLabel(name: string, option: OptionSpec): string {
  const long = option.type === 'string' ? `--${name} ${option.valueName ?? 'VALUE'}` : `--${name}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}
