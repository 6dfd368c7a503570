/** SQL for cards, the review log and settings. */

import type { Kysely } from 'kysely';
import { keyOf } from './item-queries.js';
import { parseColumn } from './json-columns.js';
import { cardFromRow, cardToRow, itemFromRow, reviewFromRow } from './rows.js';
import type { Database } from './schema.js';
import type { DueEntry, ReviewInput, ReviewRecord, StoredCard, StoredItem } from './types.js';

type Db = Kysely<Database>;

const CARD_COLUMNS = [
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

export async function getCard(db: Db, itemId: string): Promise<StoredCard | null> {
  const key = await keyOf(db, itemId);
  const row = await db
    .selectFrom('cards')
    .select(CARD_COLUMNS)
    .where('item_key', '=', key)
    .executeTakeFirst();
  return row ? cardFromRow(row) : null;
}

export async function saveCard(db: Db, itemId: string, card: StoredCard): Promise<void> {
  const key = await keyOf(db, itemId);
  const row = cardToRow(card);
  await db
    .insertInto('cards')
    .values({ item_key: key, ...row })
    .onConflict((oc) => oc.column('item_key').doUpdateSet(row))
    .execute();
}

export async function listDue(db: Db, now: Date, limit: number): Promise<DueEntry[]> {
  const rows = await db
    .selectFrom('cards')
    .innerJoin('items', 'items.key', 'cards.item_key')
    .selectAll('items')
    .select(CARD_COLUMNS)
    .where('cards.due', '<=', now.getTime())
    .where('cards.phase', '!=', 'new')
    .where('items.state', '=', 'active')
    .orderBy('cards.due')
    .orderBy('items.key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ item: itemFromRow(row), card: cardFromRow(row) }));
}

export async function listNew(db: Db, limit: number): Promise<StoredItem[]> {
  const rows = await db
    .selectFrom('items')
    .leftJoin('cards', 'cards.item_key', 'items.key')
    .selectAll('items')
    .where('items.state', '=', 'active')
    .where((eb) => eb.or([eb('cards.item_key', 'is', null), eb('cards.phase', '=', 'new')]))
    .orderBy('items.created_at')
    .orderBy('items.note_path')
    .orderBy('items.line')
    .orderBy('items.key')
    .limit(limit)
    .execute();
  return rows.map(itemFromRow);
}

export async function appendReview(db: Db, review: ReviewInput): Promise<number> {
  const key = await keyOf(db, review.itemId);
  const row = await db
    .insertInto('review_log')
    .values({
      item_key: key,
      rating: review.rating,
      reviewed_at: review.reviewedAt.getTime(),
      duration_ms: review.durationMs,
      state_before: JSON.stringify(review.stateBefore ?? null),
      state_after: JSON.stringify(review.stateAfter ?? null),
    })
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

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value ?? null);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
