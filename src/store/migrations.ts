/**
 * Versioned schema, one list for both databases. Each migration moves the database from `version - 1` to
 * `version`; SQLite records the version in `PRAGMA user_version` (sqlite-open.ts), PostgreSQL in a
 * `schema_version` table of the store's schema (pg-open.ts). The few column types that differ come from
 * `COLUMN_TYPES` (times are integer milliseconds: `integer` is 64-bit in SQLite but 32-bit in PostgreSQL).
 */
import { type ColumnDataType, type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { recountNotePeople } from './people-queries.js';

export type SqlDialect = 'sqlite' | 'postgres';

export interface Migration {
  readonly version: number;
  readonly description: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations build tables that the typed schema does not know yet.
  up(db: Kysely<any>, dialect: SqlDialect): Promise<void>;
}

interface ColumnTypes {
  /** Integer milliseconds since the epoch. */
  readonly time: ColumnDataType;
  /** A file's mtime in milliseconds, which has a fraction on most file systems. */
  readonly mtime: ColumnDataType;
  /** FSRS stability, difficulty, days: 8-byte floats (PostgreSQL's `real` has 4). */
  readonly float: ColumnDataType;
  /** An integer primary key the database numbers. */
  autoKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

/** The SQLite types are those the first release created; they must not change. */
export const COLUMN_TYPES: Readonly<Record<SqlDialect, ColumnTypes>> = {
  sqlite: {
    time: 'integer',
    mtime: 'integer',
    float: 'real',
    autoKey: (c) => c.primaryKey().autoIncrement(),
  },
  postgres: {
    time: 'bigint',
    mtime: 'double precision',
    float: 'double precision',
    autoKey: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  },
};

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'notes, items, aliases, cards, review log, settings',
    async up(db, dialect) {
      const t = COLUMN_TYPES[dialect];
      await db.schema
        .createTable('notes')
        .addColumn('path', 'text', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('mtime_ms', t.mtime, (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', t.time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('items')
        .addColumn('key', 'integer', (c) => t.autoKey(c))
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
        .addColumn('suspended_at', t.time)
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addColumn('retired_at', t.time)
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
        .addColumn('due', t.time, (c) => c.notNull())
        .addColumn('stability', t.float, (c) => c.notNull())
        .addColumn('difficulty', t.float, (c) => c.notNull())
        .addColumn('elapsed_days', t.float, (c) => c.notNull())
        .addColumn('scheduled_days', t.float, (c) => c.notNull())
        .addColumn('learning_steps', 'integer', (c) => c.notNull())
        .addColumn('reps', 'integer', (c) => c.notNull())
        .addColumn('lapses', 'integer', (c) => c.notNull())
        .addColumn('last_review', t.time)
        .execute();
      await db.schema.createIndex('cards_due').on('cards').column('due').execute();
      await db.schema
        .createTable('review_log')
        .addColumn('id', 'integer', (c) => t.autoKey(c))
        .addColumn('item_key', 'integer', (c) => c.notNull().references('items.key'))
        .addColumn('rating', 'integer', (c) => c.notNull().check(inList('rating', [1, 2, 3, 4])))
        .addColumn('reviewed_at', t.time, (c) => c.notNull())
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
  {
    version: 2,
    description: 'timeline events per note; every note built once more to fill them',
    async up(db) {
      await db.schema
        .createTable('events')
        .addColumn('note_path', 'text', (c) => c.notNull().references('notes.path').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .addColumn('end_sort_key', 'text')
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('end_line', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_primary_key', ['note_path', 'position'])
        .execute();
      // The notes stored so far have no events yet: forgetting their size and hash makes the next scan read and
      // build each of them once (their items come back unchanged, same ids), which fills the timeline.
      await db.updateTable('notes').set({ size: -1, hash: '' }).execute();
    },
  },
  {
    version: 3,
    description: 'study queue indexes: new items in the order they are shown, due cards by (due, key)',
    async up(db) {
      // listNew walks items in this order and stops at its limit (the old (state, created_at) index left the
      // rest of the order to a sort of every active item: ~20 ms at 100,000 items).
      await db.schema.dropIndex('items_state_created').execute();
      await db.schema
        .createIndex('items_new_order')
        .on('items')
        .columns(['state', 'created_at', 'note_path', 'line', 'key'])
        .execute();
      // listDue reads cards in (due, key) order and stops at its limit. SQLite's index on `due` already ends
      // with the row key; PostgreSQL needs it named.
      await db.schema.dropIndex('cards_due').execute();
      await db.schema.createIndex('cards_due_key').on('cards').columns(['due', 'item_key']).execute();
    },
  },
  {
    version: 4,
    description: "each note's people in a column of notes (was one setting for the whole vault)",
    async up(db, dialect) {
      // The vault pool was the setting `vault.people` ({ path: names }), 2.3 MB of JSON at 10,000 notes, read on
      // every scan and rewritten whole when one note's people changed. Each note's part now sits in its record,
      // written with it; the pool is their union, read only when a scan builds notes.
      // A SQLite file whose user_version was set back by hand (as the upgrade tests do) may have the column.
      if (!(dialect === 'sqlite' && (await sqliteHasColumn(db, 'notes', 'people')))) {
        await db.schema
          .alterTable('notes')
          .addColumn('people', 'text', (c) => c.notNull().defaultTo('[]'))
          .execute();
      }
      const setting = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'vault.people')
        .executeTakeFirst();
      const people = peopleByNote(setting?.value as string | undefined);
      for (const [path, names] of people) {
        await db
          .updateTable('notes')
          .set({ people: JSON.stringify(names) })
          .where('path', '=', path)
          .execute();
      }
      await db.deleteFrom('settings').where('key', '=', 'vault.people').execute();
    },
  },
  {
    version: 5,
    description: 'how many notes name each person (the vault pool, counted as notes are written)',
    async up(db) {
      // A scan's vault pool was the union of every note's people, read and parsed whole (~0.1 s at 10,000 notes)
      // whenever it built a note; the counts are ~600 rows, kept in step by the store's note writes.
      // A file whose user_version was set back by hand (as the upgrade tests do) may have the table.
      await db.schema
        .createTable('note_people')
        .ifNotExists()
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('notes', 'integer', (c) => c.notNull())
        .execute();
      await recountNotePeople(db);
    },
  },
];

// biome-ignore lint/suspicious/noExplicitAny: as Migration.up, the table is not in the typed schema yet.
async function sqliteHasColumn(db: Kysely<any>, table: string, column: string): Promise<boolean> {
  const found = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return found.rows.some((row) => row.name === column);
}

/**
 * The `vault.people` setting of schema 3 as (path, names) pairs. A damaged value gives none: the pool only feeds
 * distractor seams that no generator reads today, and each note's people come back when it is next built.
 */
function peopleByNote(text: string | undefined): [string, string[]][] {
  if (text === undefined) return [];
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.entries(value).filter(
      (entry): entry is [string, string[]] =>
        Array.isArray(entry[1]) && entry[1].every((name) => typeof name === 'string'),
    );
  } catch {
    return [];
  }
}

/** Newest schema version this build knows. */
export const LATEST_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function inList(column: string, values: readonly (string | number)[]) {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
  return sql`${sql.ref(column)} in (${sql.raw(list)})`;
}
