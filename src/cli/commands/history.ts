/** `recollect history`: the review history of one item or of every item of a note, in the terminal. */
import { UsageError } from '../../errors.js';
import type { CardState } from '../../schedule/card-state.js';
import { formatInterval, GRADE_NAMES, type Grade } from '../../schedule/index.js';
import { ItemNotFoundError } from '../../store/errors.js';
import type { ReviewRecord, StoredCard, StoredItem } from '../../store/types.js';
import type { StudyService } from '../../study/service.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, type Style, useColour } from '../format.js';
import type { Io } from '../io.js';
import { existingDatabase, noDatabaseYet, openStudy, STUDY_OPTIONS } from '../tui/options.js';

export const history: Command = {
  name: 'history',
  summary: 'show the review history of an item or of every item of a note',
  args: '[vault]',
  description:
    'Prints, for one item (--item, its id or a unique start of it, as `cards --json` shows) or for every\n' +
    'item of a note (--note, its path in the vault), its state, its card (phase, due date) and every review:\n' +
    'when, the grade, and the interval it gave. Reads the study database and changes nothing.',
  maxPositionals: 1,
  options: {
    item: { type: 'string', valueName: 'ID', description: 'the item: its id or a unique start of it' },
    note: { type: 'string', valueName: 'PATH', description: 'every item of this note (path in the vault)' },
    json: { type: 'boolean', description: 'print the history as JSON on stdout' },
    ...STUDY_OPTIONS,
  },
  examples: ['recollect history examples --note History/cold-war.md', 'recollect history . --item 3f2a9c'],
  run: runHistory,
};

/** One item's history, as `--json` prints it. */
export interface ItemHistory {
  readonly id: string;
  readonly kind: string;
  readonly prompt: string;
  readonly answer: string;
  readonly source: { readonly path: string; readonly line: number };
  readonly state: string;
  readonly card: StoredCard | null;
  readonly reviews: readonly {
    readonly reviewedAt: string;
    readonly rating: string;
    /** The interval this review gave (to the next due time), as `10m`, `3d`, `2mo`. */
    readonly interval: string;
    readonly durationMs: number | null;
  }[];
}

async function runHistory(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const item = typeof input.values.item === 'string' ? input.values.item : undefined;
  const note = typeof input.values.note === 'string' ? input.values.note : undefined;
  if ((item === undefined) === (note === undefined))
    throw new UsageError('history needs --item ID or --note PATH');
  const database = await existingDatabase(vault, input.values);
  if (!database.exists) {
    io.out(noDatabaseYet(database.file));
    return 0;
  }
  const service = await openStudy(vault, input.values);
  try {
    const items =
      item === undefined ? await itemsOfNote(service, note ?? '') : [await itemById(service, item)];
    const histories = await Promise.all(items.map((stored) => historyOf(service, stored)));
    if (input.values.json === true) io.out(`${JSON.stringify({ items: histories }, null, 2)}\n`);
    else io.out(histories.map((h) => formatHistory(h, createStyle(useColour(io)))).join('\n'));
  } finally {
    await service.close();
  }
  return 0;
}

async function itemsOfNote(service: StudyService, path: string): Promise<StoredItem[]> {
  const wanted = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const items = (await service.items()).filter((item) => item.source.path === wanted);
  if (items.length === 0)
    throw new ItemNotFoundError(`no items from a note '${path}' (paths as in: recollect cards)`);
  return items.sort((a, b) => a.source.line - b.source.line || a.id.localeCompare(b.id));
}

async function itemById(service: StudyService, id: string): Promise<StoredItem> {
  const exact = await service.item(id);
  if (exact) return exact.item;
  const matches = (await service.items()).filter((item) => item.id.startsWith(id));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0)
    throw new ItemNotFoundError(`no item with an id starting '${id}' (ids: recollect cards --json)`);
  throw new ItemNotFoundError(`${matches.length} items have ids starting '${id}': give more of the id`);
}

async function historyOf(service: StudyService, item: StoredItem): Promise<ItemHistory> {
  const detail = await service.item(item.id);
  return {
    id: item.id,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    source: { path: item.source.path, line: item.source.line },
    state: item.state,
    card: detail?.card ?? null,
    reviews: (detail?.reviews ?? []).map((review) => ({
      reviewedAt: review.reviewedAt.toISOString(),
      rating: GRADE_NAMES[review.rating as Grade],
      interval: intervalGiven(review),
      durationMs: review.durationMs,
    })),
  };
}

/** From the review to the due time it set. */
function intervalGiven(review: ReviewRecord): string {
  const due = Date.parse((review.stateAfter as Partial<CardState> | null)?.due ?? '');
  return Number.isFinite(due) ? formatInterval(due - review.reviewedAt.getTime()) : '?';
}

// Note text is printed to a terminal: no control characters (escape sequences) from the notes.
const printable = (text: string): string => text.replace(/\p{Cc}/gu, ' ');
const pad = (n: number): string => String(n).padStart(2, '0');
const localTime = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The terminal layout of one item's history. */
export function formatHistory(h: ItemHistory, style: Style): string {
  const card = h.card
    ? `${h.card.phase}, due ${localTime(h.card.due)}, stability ${h.card.stability.toFixed(1)} d`
    : 'new';
  const lines = [
    `${style.bold(h.kind.padEnd(8))}${printable(h.prompt)}`,
    `        ${printable(h.answer)}`,
    style.dim(`        ${h.source.path}:${h.source.line} · ${h.state} · ${card} · ${h.id}`),
  ];
  if (h.reviews.length === 0) lines.push('        never reviewed');
  for (const r of h.reviews) {
    lines.push(`        ${localTime(r.reviewedAt)}  ${capital(r.rating).padEnd(5)}  → ${r.interval}`);
  }
  return `${lines.join('\n')}\n`;
}
