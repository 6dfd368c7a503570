/**
 * Counting reads for dashboards: every card without item content, and the review log summed up in the
 * database (grouped per item, per UTC day), so a reader gets a row per item or per day, not per answer.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from './migrations.js';
import { cardFromRow } from './rows.js';
import type { Database } from './schema.js';
import { CARD_COLUMNS } from './study-queries.js';
import type { CardRow, ItemReviewTally, ItemState, RetentionTally } from './types.js';

type Db = Kysely<Database>;

const DAY_MS = 86_400_000;

export async function listCards(db: Db): Promise<CardRow[]> {
  const rows = await db
    .selectFrom('cards')
    .innerJoin('items', 'items.key', 'cards.item_key')
    .select(['items.id', 'items.state', ...CARD_COLUMNS])
    .orderBy('items.key')
    .execute();
  return rows.map((row) => ({ itemId: row.id, state: row.state as ItemState, card: cardFromRow(row) }));
}

// PostgreSQL returns count, sum and bigint columns as strings (int8); SQLite as numbers.
const count = (value: string | number | bigint | null): number => Number(value ?? 0);

export async function reviewTallies(db: Db): Promise<ItemReviewTally[]> {
  const rows = await db
    .selectFrom('review_log')
    .innerJoin('items', 'items.key', 'review_log.item_key')
    .select((eb) => [
      'items.id',
      eb.fn.countAll().as('reviews'),
      eb.fn.sum(eb.case().when('review_log.rating', '=', 1).then(1).else(0).end()).as('fails'),
      eb.fn.max('review_log.reviewed_at').as('last'),
    ])
    .groupBy(['items.key', 'items.id'])
    .orderBy('items.key')
    .execute();
  return rows.map((row) => ({
    itemId: row.id,
    reviews: count(row.reviews),
    fails: count(row.fails),
    lastReviewAt: new Date(count(row.last)),
  }));
}

/**
 * The card phase a logged answer started from, read from the `state_before` JSON text: the one expression
 * that differs between the two databases.
 */
function phaseBefore(dialect: SqlDialect) {
  const column = sql.ref('review_log.state_before');
  return dialect === 'postgres'
    ? sql<string | null>`(${column}::jsonb ->> 'phase')`
    : sql<string | null>`json_extract(${column}, '$.phase')`;
}

export async function retentionTallies(db: Db, dialect: SqlDialect): Promise<RetentionTally[]> {
  // Integer division by a literal (not a parameter), so PostgreSQL sees the same expression in GROUP BY.
  const day = sql<number | string>`${sql.ref('review_log.reviewed_at')} / ${sql.lit(DAY_MS)}`;
  const rows = await db
    .selectFrom('review_log')
    .where(phaseBefore(dialect), '=', 'review')
    .select((eb) => [
      day.as('day'),
      eb.fn.countAll().as('reviews'),
      eb.fn.sum(eb.case().when('review_log.rating', '>', 1).then(1).else(0).end()).as('passed'),
    ])
    .groupBy(day)
    .orderBy(day)
    .execute();
  return rows.map((row) => ({
    day: new Date(count(row.day) * DAY_MS).toISOString().slice(0, 10),
    reviews: count(row.reviews),
    passed: count(row.passed),
  }));
}
