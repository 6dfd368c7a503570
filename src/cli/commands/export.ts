/** `recollect export anki|csv|quizlet|json`: the vault's items for Anki, Quizlet or other programs. */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { ExportFormat } from '../../export/run-export.js';
import type { Item } from '../../generate/item.js';
import type { ExportHistory } from '../../study/export-history.js';
import type { Command, CommandInput } from '../command.js';
import type { Io } from '../io.js';
import { loadDeck } from '../load-deck.js';

const FORMATS: readonly ExportFormat[] = ['anki', 'csv', 'quizlet', 'json'];

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the items as an Anki package (.apkg), CSV for Anki, text for Quizlet, or JSON',
  args: '<anki|csv|quizlet|json> [vault]',
  description:
    'Writes the study items of the vault (default: the current folder) to a file. Anki packages keep note ids\n' +
    'derived from item ids, so importing a newer export updates the cards instead of duplicating them.\n' +
    "csv is for Anki's text import (header lines, quoted multi-line fields); quizlet is plain text for\n" +
    "Quizlet's Import box: term, a tab, definition, one card per line.\n" +
    'The file is written to a temporary name first and renamed, so a failed export leaves nothing half-written.',
  maxPositionals: 2,
  options: {
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'the file to write (required)' },
    deck: { type: 'string', valueName: 'NAME', description: 'root Anki deck name (default: recollect)' },
    'with-scheduling': {
      type: 'boolean',
      description: 'carry FSRS state and the review log from the study database (anki, json)',
    },
    data: {
      type: 'string',
      valueName: 'DIR',
      description: 'where the study database is (default: <vault>/.recollect)',
    },
  },
  examples: [
    'recollect export anki examples -o examples.apkg',
    'recollect export csv . -o cards.tsv',
    'recollect export quizlet . -o quizlet.txt',
    'recollect export json . -o deck.json --with-scheduling',
  ],
  run: runExport,
};

async function runExport(input: CommandInput, io: Io): Promise<number> {
  const format = input.positionals[0];
  if (!format || !FORMATS.includes(format as ExportFormat)) {
    throw new UsageError(`export needs a format: ${FORMATS.join(', ')} (got ${format ?? 'nothing'})`);
  }
  const output = input.values.output;
  if (typeof output !== 'string' || output === '') throw new UsageError('export needs -o FILE');
  const vault = input.positionals[1] ?? '.';
  const loaded = await loadDeck(vault, io);
  const dataDir = typeof input.values.data === 'string' ? input.values.data : undefined;
  const withScheduling = input.values['with-scheduling'] === true;
  const history = await historyFor(vault, dataDir, loaded.deck.items, withScheduling);
  const { exportDeck } = await import('../../export/run-export.js');
  await exportDeck(format as ExportFormat, loaded.deck.items, {
    output,
    vaultName: basename(resolve(vault)),
    deckName: typeof input.values.deck === 'string' ? input.values.deck : undefined,
    // The edge reads the clock; RECOLLECT_NOW pins it for reproducible exports and tests.
    now: io.env.RECOLLECT_NOW ? new Date(io.env.RECOLLECT_NOW) : new Date(),
    // With --with-scheduling and no database yet, every item is new: an empty map, not "no scheduling".
    scheduling: withScheduling ? (history?.scheduling ?? new Map()) : undefined,
    firstSeen: history?.firstSeen,
    deck: {
      vault,
      notes: loaded.deck.notes,
      events: [...loaded.deck.events],
      problems: [...loaded.deck.problems],
    },
  });
  io.err(`wrote ${loaded.deck.items.length} items to ${output}\n`);
  return 0;
}

/** First-seen times (and scheduling when asked) from the study database, when there is one; never creates it. */
async function historyFor(
  vault: string,
  dataDir: string | undefined,
  items: readonly Item[],
  withScheduling: boolean,
): Promise<ExportHistory | undefined> {
  const file = join(dataDir ? resolve(dataDir) : join(resolve(vault), '.recollect'), 'recollect.db');
  if (!existsSync(file)) return undefined;
  const { openStore } = await import('../../store/index.js');
  const { exportHistory } = await import('../../study/export-history.js');
  const store = await openStore({ vault, ...(dataDir ? { dataDir } : {}) });
  try {
    return await exportHistory(store, items, { withScheduling });
  } finally {
    await store.close();
  }
}
