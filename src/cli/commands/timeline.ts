/** `recollect timeline`: every dated event of the vault, oldest first, with its source line. */
import type { Command, CommandInput } from '../command.js';
import { sortEvents } from '../filter.js';
import { createStyle, formatProblems, formatTimeline, plural, useColour } from '../format.js';
import type { Io } from '../io.js';
import { loadDeck } from '../load-deck.js';

export const timeline: Command = {
  name: 'timeline',
  summary: 'print the dated events of the notes in order',
  args: '[vault]',
  description:
    'Reads every .md note of the vault (default: the current folder) and prints its dated events in\n' +
    'chronological order, one per line: date, text, and the source path:line.',
  maxPositionals: 1,
  options: {
    json: {
      type: 'boolean',
      description: 'print { version, vault, notes, events, problems } as JSON on stdout',
    },
  },
  examples: ['recollect timeline examples', 'recollect timeline examples --json'],
  run: runTimeline,
};

async function runTimeline(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const { deck } = await loadDeck(vault, io);
  const events = sortEvents(deck.events);
  if (input.values.json === true) {
    const output = {
      version: deck.version,
      vault: deck.vault,
      notes: deck.notes,
      events,
      problems: deck.problems,
    };
    io.out(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(useColour(io));
  io.err(formatProblems(deck.problems));
  io.out(formatTimeline(events, style));
  io.out(`${style.dim(`${plural(events.length, 'event')} from ${plural(deck.notes, 'note')}`)}\n`);
  return 0;
}
