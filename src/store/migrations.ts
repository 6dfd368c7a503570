/**
 * Versioned schema. Each migration moves the database from `version - 1` to `version`; the SQLite
 * implementation records the version in `PRAGMA user_version` (sqlite-open.ts).
 */
import { type Kysely, sql } from 'kysely';

export interface Migration {
  readonly version: number;
  readonly description: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations build tables that the typed schema does not know yet.
  up(db: Kysely<any>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'notes, items, aliases, cards, review log, settings',
    async up(db) {
      await db.schema
        .createTable('notes')
        .addColumn('path', 'text', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('mtime_ms', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('items')
        .addColumn('key', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('note_path', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('prompt', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('choices', 'text')
        .addColumn('checklist', 'text')
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('end_line', 'integer', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('fact', 'text', (c) => c.notNull())
        .addColumn('fact_key', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) =>
          c.notNull().check(inList('state', ['active', 'retired', 'suspended'])),
        )
        .addColumn('leech', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('suspended_at', 'integer')
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .addColumn('retired_at', 'integer')
        .execute();
      await db.schema.createIndex('items_note_path').on('items').columns(['note_path', 'state']).execute();
      await db.schema.createIndex('items_fact_key').on('items').column('fact_key').execute();
      await db.schema
        .createIndex('items_state_created')
        .on('items')
        .columns(['state', 'created_at'])
        .execute();
      await db.schema
        .createTable('item_aliases')
        .addColumn('old_id', 'text', (c) => c.primaryKey())
        .addColumn('item_key', 'integer', (c) => c.notNull().references('items.key').onDelete('cascade'))
        .execute();
      await db.schema
        .createTable('cards')
        .addColumn('item_key', 'integer', (c) => c.primaryKey().references('items.key').onDelete('cascade'))
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('due', 'integer', (c) => c.notNull())
        .addColumn('stability', 'real', (c) => c.notNull())
        .addColumn('difficulty', 'real', (c) => c.notNull())
        .addColumn('elapsed_days', 'real', (c) => c.notNull())
        .addColumn('scheduled_days', 'real', (c) => c.notNull())
        .addColumn('learning_steps', 'integer', (c) => c.notNull())
        .addColumn('reps', 'integer', (c) => c.notNull())
        .addColumn('lapses', 'integer', (c) => c.notNull())
        .addColumn('last_review', 'integer')
        .execute();
      await db.schema.createIndex('cards_due').on('cards').column('due').execute();
      await db.schema
        .createTable('review_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('item_key', 'integer', (c) => c.notNull().references('items.key'))
        .addColumn('rating', 'integer', (c) => c.notNull().check(inList('rating', [1, 2, 3, 4])))
        .addColumn('reviewed_at', 'integer', (c) => c.notNull())
        .addColumn('duration_ms', 'integer')
        .addColumn('state_before', 'text', (c) => c.notNull())
        .addColumn('state_after', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('review_log_item').on('review_log').columns(['item_key', 'id']).execute();
      await db.schema.createIndex('review_log_time').on('review_log').column('reviewed_at').execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
];

/** Newest schema version this build knows. */
export const LATEST_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function inList(column: string, values: readonly (string | number)[]) {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
  return sql`${sql.ref(column)} in (${sql.raw(list)})`;
}
