/** Converts between domain records and table rows (JSON columns, integer-millisecond times, 0/1 flags). */
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Item, ItemKind } from '../generate/item.js';
import { parseColumn } from './json-columns.js';
import type { CardsTable, ItemsTable, NotesTable, ReviewLogTable } from './schema.js';
import type { CardPhase, ItemState, NoteRecord, ReviewRecord, StoredCard, StoredItem } from './types.js';

/** Key shared by the items of one fact: a hash of its text, lower-cased, accents and punctuation dropped. */
export function factKey(fact: string): string {
  const normal = fact
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha1').update(normal).digest('hex').slice(0, 20);
}

/** The columns of `items` that come from the generated item. */
export function itemContentRow(item: Item) {
  return {
    id: item.id,
    note_path: item.source.path,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    choices: item.choices === undefined ? null : JSON.stringify(item.choices),
    checklist: item.checklist === undefined ? null : JSON.stringify(item.checklist),
    context: JSON.stringify(item.context),
    line: item.source.line,
    end_line: item.source.endLine,
    tags: JSON.stringify(item.tags),
    fact: item.fact,
    fact_key: factKey(item.fact),
  };
}

const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

export function itemFromRow(row: Selectable<ItemsTable>): StoredItem {
  const at = (column: string) => ({ table: 'items', key: row.key, column });
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    prompt: row.prompt,
    answer: row.answer,
    ...(row.choices === null ? {} : { choices: parseColumn<string[]>(row.choices, at('choices')) }),
    ...(row.checklist === null ? {} : { checklist: parseColumn<string[]>(row.checklist, at('checklist')) }),
    context: parseColumn<string[]>(row.context, at('context')),
    source: { path: row.note_path, line: row.line, endLine: row.end_line },
    tags: parseColumn<string[]>(row.tags, at('tags')),
    fact: row.fact,
    factKey: row.fact_key,
    state: row.state as ItemState,
    leech: row.leech !== 0,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    retiredAt: dateOrNull(row.retired_at),
    suspendedAt: dateOrNull(row.suspended_at),
  };
}

export function noteFromRow(
  row: Pick<Selectable<NotesTable>, 'path' | 'hash' | 'size' | 'mtime_ms' | 'title'>,
): NoteRecord {
  return { path: row.path, hash: row.hash, size: row.size, mtimeMs: row.mtime_ms, title: row.title };
}

export function cardToRow(card: StoredCard): Omit<CardsTable, 'item_key'> {
  return {
    phase: card.phase,
    due: Date.parse(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    last_review: card.lastReview === null ? null : Date.parse(card.lastReview),
  };
}

export function cardFromRow(row: Omit<CardsTable, 'item_key'>): StoredCard {
  return {
    phase: row.phase as CardPhase,
    due: new Date(row.due).toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.last_review === null ? null : new Date(row.last_review).toISOString(),
  };
}

export function reviewFromRow(row: Selectable<ReviewLogTable> & { item_id: string }): ReviewRecord {
  return {
    id: row.id,
    itemId: row.item_id,
    rating: row.rating as 1 | 2 | 3 | 4,
    reviewedAt: new Date(row.reviewed_at),
    durationMs: row.duration_ms,
    stateBefore: parseColumn<unknown>(row.state_before, {
      table: 'review_log',
      key: row.id,
      column: 'state_before',
    }),
    stateAfter: parseColumn<unknown>(row.state_after, {
      table: 'review_log',
      key: row.id,
      column: 'state_after',
    }),
  };
}
