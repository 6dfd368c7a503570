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
    name: 'export',
    summary: 'write the items as an Anki package (.apkg), CSV for Anki, text for Quizlet, or JSON',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'serve',
    summary: 'study in the browser: serve the web app for the vault on 127.0.0.1',
    load: async () => (await import('./commands/serve.js')).serve,
  },
  {
    name: 'publish',
    summary: 'send the notes of a vault to a class on a class server',
    load: async () => (await import('./commands/publish.js')).publish,
  },
  {
    name: 'server',
    summary: 'run the class server on PostgreSQL, or add a teacher to it',
    load: async () => (await import('./commands/server.js')).server,
  },
  {
    name: 'scan',
    summary: 'update the study database from the notes',
    load: async () => (await import('./commands/scan.js')).scan,
  },
  {
    name: 'study',
    summary: 'review the items due today in the terminal',
    load: async () => (await import('./commands/study.js')).study,
  },
  {
    name: 'stats',
    summary: 'show study statistics: due items, forecast, retention, streak',
    load: async () => (await import('./commands/stats.js')).stats,
  },
  {
    name: 'history',
    summary: 'show the review history of an item or of every item of a note',
    load: async () => (await import('./commands/history.js')).history,
  },
  {
    name: 'check',
    summary: 'verify the study database and repair what can be repaired',
    load: async () => (await import('./commands/check.js')).check,
  },
  {
    name: 'optimize',
    summary: 'fit the scheduler to your own review history',
    load: async () => (await import('./commands/optimize.js')).optimize,
  },
];

/** The registry entry called `name`, if any. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((entry) => entry.name === name);
}
