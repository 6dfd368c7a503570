/**
 * The commands of `recollect`. Adding a command is one entry here plus its module in `commands/`.
 * Modules load lazily, so `recollect cards` never loads what `study` or `serve` need.
 */
import type { Command } from './command.js';

export interface CommandEntry {
  readonly name: string;
  /** One line for `recollect --help`, kept here so top-level help loads no command module. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'cards',
    summary: 'print the study items made from the notes',
    load: async () => (await import('./commands/cards.js')).cards,
  },
  {
    name: 'timeline',
    summary: 'print the dated events of the notes in order',
    load: async () => (await import('./commands/timeline.js')).timeline,
  },
  {
    name: 'serve',
    summary: 'study in the browser: serve the web app for the vault on 127.0.0.1',
    load: async () => (await import('./commands/serve.js')).serve,
  },
];

/** The registry entry called `name`, if any. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((entry) => entry.name === name);
}
