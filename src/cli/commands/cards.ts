/** `recollect cards`: the study items of a vault, for people (grouped by note) or programs (`--json`). */
import { UsageError } from '../../errors.js';
import type { Deck, ItemKind, Rejection, SourceRef } from '../../generate/item.js';
import type { Command, CommandInput } from '../command.js';
import { notePathMatcher, parseKind } from '../filter.js';
import {
  createStyle,
  formatAssessments,
  formatItems,
  formatProblems,
  formatRejections,
  plural,
  useColour,
} from '../format.js';
import type { Io } from '../io.js';
import { loadDeck } from '../load-deck.js';

export const cards: Command = {
  name: 'cards',
  summary: 'print the study items made from the notes',
  args: '[vault | note.md]',
  description:
    'Reads every .md note of the vault (default: the current folder), or the one note given, and prints the\n' +
    'study items made from them, grouped by note. The notes are only read, never changed.',
  maxPositionals: 1,
  options: {
    json: { type: 'boolean', description: 'print the deck as JSON (version 1) on stdout' },
    note: { type: 'string', valueName: 'PATH', description: 'only the note whose path is or ends with PATH' },
    kind: {
      type: 'string',
      valueName: 'KIND',
      description: 'only items of one kind (cloze, qa, reverse, …)',
    },
    explain: {
      type: 'boolean',
      description:
        "also show each item's confidence with its reasons, and the dropped candidates with the gate that dropped them",
    },
  },
  examples: [
    'recollect cards examples',
    'recollect cards examples --note History/cold-war.md --kind date',
    'recollect cards examples/History/cold-war.md --explain',
    'recollect cards . --json > deck.json',
  ],
  run: runCards,
};

interface Filters {
  readonly note: ((path: string) => boolean) | undefined;
  readonly kind: ItemKind | undefined;
}

async function runCards(input: CommandInput, io: Io): Promise<number> {
  const { note, kind, json, explain } = input.values;
  const filters: Filters = {
    kind: typeof kind === 'string' ? parseKind(kind) : undefined,
    note: typeof note === 'string' ? notePathMatcher(note) : undefined,
  };
  const vault = input.positionals[0] ?? '.';
  const loaded = await loadDeck(vault, io, { oneNote: true });
  const notePaths = filters.note ? loaded.notePaths.filter(filters.note) : loaded.notePaths;
  if (filters.note && notePaths.length === 0)
    throw new UsageError(`no note in ${vault} matches --note ${note}`);
  const deck = filterDeck(loaded.deck, filters, notePaths.length);
  const dropped =
    explain === true ? loaded.rejections.filter((r) => keeps(filters, r.source, r.kind)) : undefined;
  if (json === true) {
    io.out(`${JSON.stringify(deck, null, 2)}\n`);
    // stdout must stay exactly the deck, so the explanation goes to stderr like any log.
    if (dropped) {
      io.err(formatAssessments(deck.items, loaded.assessments, createStyle(false)));
      io.err(formatRejections(dropped, createStyle(false)));
    }
  } else {
    printHuman(deck, dropped, io);
    if (dropped) io.out(`\n${formatAssessments(deck.items, loaded.assessments, createStyle(useColour(io)))}`);
  }
  return 0;
}

function keeps(filters: Filters, source: Pick<SourceRef, 'path'>, kind?: ItemKind): boolean {
  if (filters.note && !filters.note(source.path)) return false;
  return filters.kind === undefined || kind === undefined || kind === filters.kind;
}

function filterDeck(deck: Deck, filters: Filters, notes: number): Deck {
  if (!filters.note && !filters.kind) return deck;
  return {
    ...deck,
    notes,
    items: deck.items.filter((item) => keeps(filters, item.source, item.kind)),
    events: deck.events.filter((event) => keeps(filters, event.source)),
    problems: deck.problems.filter((problem) => keeps(filters, problem)),
  };
}

function printHuman(deck: Deck, dropped: readonly Rejection[] | undefined, io: Io): void {
  const style = createStyle(useColour(io));
  io.err(formatProblems(deck.problems));
  io.out(formatItems(deck.items, style));
  const withItems = new Set(deck.items.map((item) => item.source.path)).size;
  const summary = `${plural(deck.items.length, 'item')} from ${plural(withItems, 'note')} (${plural(deck.notes, 'note')} read)`;
  io.out(`${style.dim(summary)}\n`);
  if (dropped) io.out(`\n${formatRejections(dropped, style)}`);
}
