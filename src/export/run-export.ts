import type { Item } from '../generate/item.js';
import type { AnkiExportOptions } from './anki-plan.js';
import { buildApkg } from './apkg.js';
import { checkWritableTarget, writeFileAtomic } from './atomic-write.js';
import { toCsv } from './csv.js';
import { type DeckInfo, toJson } from './json.js';
import { toQuizlet } from './quizlet.js';
import type { SchedulingByItem } from './scheduling.js';

export type ExportFormat = 'anki' | 'csv' | 'quizlet' | 'json';

/** Options of `exportDeck`; the CLI fills them from `recollect export <format> [vault] -o … [--deck] …`. */
export interface ExportOptions {
  /** Output file path (`-o`). */
  readonly output: string;
  /** Obsidian vault name, for source links in Anki cards (usually the vault folder's name). */
  readonly vaultName: string;
  /** Root Anki deck (`--deck`), default `recollect`. */
  readonly deckName?: string | undefined;
  /** Export time; defaults to the current time. */
  readonly now?: Date | undefined;
  /** Scheduling per item id (`--with-scheduling`); Anki and JSON exports carry it, CSV ignores it. */
  readonly scheduling?: SchedulingByItem | undefined;
  /** First-seen time per item id (from the study database), so Anki ids are real creation times. */
  readonly firstSeen?: ReadonlyMap<string, Date> | undefined;
  /** The rest of the `cards --json` Deck, for the JSON export. */
  readonly deck?: DeckInfo | undefined;
}

/** Writes `items` as an Anki package, CSV, Quizlet text or JSON to `options.output`, atomically; refuses bad targets. */
export async function exportDeck(
  format: ExportFormat,
  items: readonly Item[],
  options: ExportOptions,
): Promise<void> {
  // Check the target first so a bad path fails before the (possibly slow) build.
  await checkWritableTarget(options.output);
  const content = await render(format, items, options);
  await writeFileAtomic(options.output, content);
}

function render(
  format: ExportFormat,
  items: readonly Item[],
  options: ExportOptions,
): Promise<Uint8Array | string> {
  if (format === 'csv') return Promise.resolve(toCsv(items));
  if (format === 'quizlet') return Promise.resolve(toQuizlet(items));
  if (format === 'json') return Promise.resolve(toJson(items, options.deck, options.scheduling));
  const anki: AnkiExportOptions = {
    vaultName: options.vaultName,
    deckName: options.deckName,
    now: options.now ?? new Date(),
    scheduling: options.scheduling,
    firstSeen: options.firstSeen,
  };
  return buildApkg(items, anki);
}
