/** The better-sqlite3 handle as Kysely's SqliteDialect sees it, with two adjustments (see below). */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_LIMIT = 500;

/**
 * Wraps a database for Kysely:
 * - transactions start with `BEGIN IMMEDIATE`: a scan reads, then writes; a deferred `BEGIN` could then fail
 *   with SQLITE_BUSY_SNAPSHOT if another process wrote in between, while IMMEDIATE takes the write lock up
 *   front and lets `busy_timeout` wait for the other writer;
 * - prepared statements are reused, since Kysely prepares every query anew (bulk inserts, the answer loop).
 */
export function forKysely(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const text = sql === 'begin' ? 'begin immediate' : sql;
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        statement = database.prepare(text);
        cache.set(text, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
