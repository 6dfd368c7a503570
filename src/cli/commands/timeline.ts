/** `recollect timeline`: every dated event of the vault, oldest first, with its source line. */
import type { Problem, TimelineEvent } from '../../generate/item.js';
import { sortEvents } from '../../generate/sort-key.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, formatProblems, formatTimeline, plural, useColour } from '../format.js';
import type { Io } from '../io.js';
import { loadDeck } from '../load-deck.js';
import { createProgress } from '../progress.js';
import { existingDatabase, openStudy, STUDY_OPTIONS, studyClock } from '../tui/options.js';

export const timeline: Command = {
  name: 'timeline',
  summary: 'print the dated events of the notes in order',
  args: '[vault]',
  description:
    'Prints the dated events of the notes of the vault (default: the current folder) in chronological\n' +
    'order, one per line: date, text, and the source path:line. When the vault has a study database, it is\n' +
    'brought up to date first (as `scan` does: only changed notes are read) and the events come from it;\n' +
    'otherwise every note is read and nothing is written.',
  maxPositionals: 1,
  options: {
    json: {
      type: 'boolean',
      description: 'print { version, vault, notes, events, problems } as JSON on stdout',
    },
    ...STUDY_OPTIONS,
  },
  examples: ['recollect timeline examples', 'recollect timeline examples --json'],
  run: runTimeline,
};

interface Timeline {
  readonly notes: number;
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly Problem[];
}

async function runTimeline(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const database = await existingDatabase(vault, input.values);
  const { notes, events, problems } = database.exists
    ? await storedTimeline(vault, input, io)
    : await builtTimeline(vault, io);
  if (input.values.json === true) {
    const output = { version: 1, vault, notes, events, problems };
    io.out(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(useColour(io));
  io.err(formatProblems(problems));
  io.out(formatTimeline(events, style));
  io.out(`${style.dim(`${plural(events.length, 'event')} from ${plural(notes, 'note')}`)}\n`);
  return 0;
}

/** The study database's timeline after an incremental scan: only notes changed since the last scan are built. */
async function storedTimeline(vault: string, input: CommandInput, io: Io): Promise<Timeline> {
  const service = await openStudy(vault, input.values);
  try {
    const progress = createProgress(io, 'Building notes');
    const report = await service
      .scan(studyClock(input.values, io)(), { onProgress: progress.update })
      .finally(progress.clear);
    return { notes: report.notesSeen, events: await service.timeline(), problems: report.problems };
  } finally {
    await service.close();
  }
}

/** No study database: every note goes through the pipeline, and nothing is written. */
async function builtTimeline(vault: string, io: Io): Promise<Timeline> {
  const { deck } = await loadDeck(vault, io);
  return { notes: deck.notes, events: sortEvents(deck.events), problems: deck.problems };
}
