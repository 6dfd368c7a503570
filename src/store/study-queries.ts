/** SQL for cards, the review log and settings. */

import type { Kysely } from 'kysely';
import { keyOf } from './item-queries.js';
import { parseColumn } from './json-columns.js';
import { type PreparedStatements, runPrepared } from './prepared.js';
import { cardFromRow, cardToRow, itemFromRow, reviewFromRow } from './rows.js';
import type { Database } from './schema.js';
import type {
  CardPhase,
  DueEntry,
  ItemState,
  QueueRow,
  ReviewInput,
  ReviewRecord,
  StoredCard,
  StoredItem,
  StudiedRow,
} from './types.js';

type Db = Kysely<Database>;

export const CARD_COLUMNS = [
  'cards.phase',
  'cards.due',
  'cards.stability',
  'cards.difficulty',
  'cards.elapsed_days',
  'cards.scheduled_days',
  'cards.learning_steps',
  'cards.reps',
  'cards.lapses',
  'cards.last_review',
] as const;

export async function getCard(
  db: Db,
  itemId: string,
  statements: PreparedStatements,
): Promise<StoredCard | null> {
  // One query for an item found by its current id (the answer path); a former id takes the slower way.
  const direct = (
    await runPrepared(db, statements, 'getCard', { id: itemId }, (param) =>
      db
        .selectFrom('items')
        .leftJoin('cards', 'cards.item_key', 'items.key')
        .select(CARD_COLUMNS)
        .where('items.id', '=', param('id')),
    )
  ).rows[0];
  if (direct) return direct.phase === null ? null : cardFromRow(direct as CardRow);
  const key = await keyOf(db, itemId);
  const row = await db
    .selectFrom('cards')
    .select(CARD_COLUMNS)
    .where('item_key', '=', key)
    .executeTakeFirst();
  return row ? cardFromRow(row) : null;
}

type CardRow = Parameters<typeof cardFromRow>[0];

/** The key of an item by its current id inside a statement, so a write needs no lookup of its own. */
const keyById = (db: Db, itemId: string) => db.selectFrom('items').select('key').where('id', '=', itemId);

export async function saveCard(
  db: Db,
  itemId: string,
  card: StoredCard,
  statements: PreparedStatements,
): Promise<void> {
  const row = cardToRow(card);
  const columns = Object.keys(row) as (keyof typeof row)[];
  // insert … select from items: one statement when `itemId` is current; no row inserted means it was not.
  const done = await runPrepared(db, statements, 'saveCard', { id: itemId, ...row }, (param) => {
    const marked = Object.fromEntries(
      columns.map((column) => [column, param(column)]),
    ) as unknown as typeof row;
    return db
      .insertInto('cards')
      .columns(['item_key', ...columns])
      .expression((eb) =>
        keyById(db, param('id'))
          .clearSelect()
          .select('key as item_key')
          .select(columns.map((column) => eb.val(marked[column]).as(column))),
      )
      .onConflict((oc) => oc.column('item_key').doUpdateSet(marked));
  });
  if (Number(done.numAffectedRows ?? 0) > 0) return;
  const key = await keyOf(db, itemId);
  await db
    .insertInto('cards')
    .values({ item_key: key, ...row })
    .onConflict((oc) => oc.column('item_key').doUpdateSet(row))
    .execute();
}

export async function listDue(db: Db, now: Date, limit: number): Promise<DueEntry[]> {
  const rows = await dueCards(db, now, limit).selectAll('items').select(CARD_COLUMNS).execute();
  return rows.map((row) => ({ item: itemFromRow(row), card: cardFromRow(row) }));
}

/**
 * The cards due by `now` of active items, in (due, key) order, at most `limit`: listDue's and listDueRows' query.
 * A cross join with the condition in WHERE: SQLite then walks cards in index order (due, key) and stops at the
 * limit, instead of starting from every active item and sorting them (~50 ms at 100,000 items). PostgreSQL plans
 * it as the inner join it is.
 */
function dueCards(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('cards')
    .crossJoin('items')
    .whereRef('items.key', '=', 'cards.item_key')
    .where('cards.due', '<=', now.getTime())
    .where('cards.phase', '!=', 'new')
    .where('items.state', '=', 'active')
    .orderBy('cards.due')
    .orderBy('cards.item_key')
    .limit(limit);
}

export async function listNew(db: Db, limit: number): Promise<StoredItem[]> {
  const rows = await newItems(db, limit).selectAll('items').execute();
  return rows.map(itemFromRow);
}

/** Active items without a card or with a new one, in the order they are shown, at most `limit`. */
function newItems(db: Db, limit: number) {
  return db
    .selectFrom('items')
    .leftJoin('cards', 'cards.item_key', 'items.key')
    .where('items.state', '=', 'active')
    .where((eb) => eb.or([eb('cards.item_key', 'is', null), eb('cards.phase', '=', 'new')]))
    .orderBy('items.created_at')
    .orderBy('items.note_path')
    .orderBy('items.line')
    .orderBy('items.key')
    .limit(limit);
}

/** listDue's order and filter, without the items' content. */
export async function listDueRows(db: Db, now: Date, limit: number): Promise<QueueRow[]> {
  const rows = await dueCards(db, now, limit)
    .select([
      'items.id',
      'items.fact_key',
      'items.note_path',
      'items.line',
      'items.state',
      'cards.phase',
      'cards.due',
    ])
    .execute();
  return rows.map((row) => queueRow(row, row.phase as CardPhase, row.due));
}

/** listNew's order and filter, without the items' content. */
export async function listNewRows(db: Db, limit: number): Promise<QueueRow[]> {
  const rows = await newItems(db, limit)
    .select([
      'items.id',
      'items.fact_key',
      'items.note_path',
      'items.line',
      'items.state',
      'items.created_at',
    ])
    .execute();
  return rows.map((row) => queueRow(row, 'new', row.created_at));
}

function queueRow(
  row: { id: string; fact_key: string; note_path: string; line: number; state: string },
  phase: CardPhase,
  due: number,
): QueueRow {
  return {
    itemId: row.id,
    factKey: row.fact_key,
    notePath: row.note_path,
    line: row.line,
    state: row.state as ItemState,
    phase,
    due: new Date(due).toISOString(),
  };
}

export async function studiedSince(db: Db, since: Date): Promise<StudiedRow[]> {
  const rows = await db
    .selectFrom('review_log')
    .innerJoin('items', 'items.key', 'review_log.item_key')
    .select(['items.id', 'items.fact_key', 'review_log.state_before'])
    .where('review_log.reviewed_at', '>=', since.getTime())
    .orderBy('review_log.reviewed_at')
    .orderBy('review_log.id')
    .execute();
  return rows.map((row) => ({
    itemId: row.id,
    factKey: row.fact_key,
    stateBefore: parseColumn<unknown>(row.state_before, {
      table: 'review_log',
      key: row.id,
      column: 'state_before',
    }),
  }));
}

export async function appendReview(
  db: Db,
  review: ReviewInput,
  statements: PreparedStatements,
): Promise<number> {
  const values = {
    rating: review.rating,
    reviewed_at: review.reviewedAt.getTime(),
    duration_ms: review.durationMs,
    state_before: JSON.stringify(review.stateBefore ?? null),
    state_after: JSON.stringify(review.stateAfter ?? null),
  };
  const columns = Object.keys(values) as (keyof typeof values)[];
  // One statement when the id is current (insert … select from items); a former id is resolved first.
  const direct = (
    await runPrepared(db, statements, 'appendReview', { id: review.itemId, ...values }, (param) =>
      db
        .insertInto('review_log')
        .columns(['item_key', ...columns])
        .expression((eb) =>
          keyById(db, param('id'))
            .clearSelect()
            .select('key as item_key')
            .select(columns.map((column) => eb.val(param(column)).as(column))),
        )
        .returning('id'),
    )
  ).rows[0];
  if (direct) return Number(direct.id);
  const key = await keyOf(db, review.itemId);
  const row = await db
    .insertInto('review_log')
    .values({ item_key: key, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function deleteReview(db: Db, logId: number): Promise<void> {
  await db.deleteFrom('review_log').where('id', '=', logId).execute();
}

function reviewQuery(db: Db) {
  return db
    .selectFrom('review_log')
    .innerJoin('items', 'items.key', 'review_log.item_key')
    .selectAll('review_log')
    .select('items.id as item_id');
}

export async function getReview(db: Db, logId: number): Promise<ReviewRecord | null> {
  const row = await reviewQuery(db).where('review_log.id', '=', logId).executeTakeFirst();
  return row ? reviewFromRow(row) : null;
}

export async function reviewsSince(db: Db, since: Date): Promise<ReviewRecord[]> {
  const rows = await reviewQuery(db)
    .where('review_log.reviewed_at', '>=', since.getTime())
    .orderBy('review_log.reviewed_at')
    .orderBy('review_log.id')
    .execute();
  return rows.map(reviewFromRow);
}

export async function reviewsForItem(db: Db, itemId: string): Promise<ReviewRecord[]> {
  const key = await keyOf(db, itemId);
  const rows = await reviewQuery(db)
    .where('review_log.item_key', '=', key)
    .orderBy('review_log.id')
    .execute();
  return rows.map(reviewFromRow);
}

export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? parseColumn<T>(row.value, { table: 'settings', key, column: 'value' }) : undefined;
}

export async function getSettings(db: Db, keys: readonly string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  if (keys.length === 0) return found;
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys).execute();
  for (const row of rows) {
    found.set(row.key, parseColumn<unknown>(row.value, { table: 'settings', key: row.key, column: 'value' }));
  }
  return found;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value ?? null);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
