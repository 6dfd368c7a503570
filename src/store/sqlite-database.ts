/** The better-sqlite3 handle as Kysely's SqliteDialect sees it, with three adjustments (see below). */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { fromSqliteError } from './sqlite-errors.js';

const CACHE_LIMIT = 500;

/**
 * Wraps a database for Kysely:
 * - transactions start with `BEGIN IMMEDIATE`: a scan reads, then writes; a deferred `BEGIN` could then fail
 *   with SQLITE_BUSY_SNAPSHOT if another process wrote in between, while IMMEDIATE takes the write lock up
 *   front and lets `busy_timeout` wait for the other writer;
 * - prepared statements are reused, since Kysely prepares every query anew (bulk inserts, the answer loop);
 * - SQLite failures from the environment (busy, full, read-only, corrupt) become typed errors (sqlite-errors.ts).
 */
export function forKysely(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  const file = database.name;
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const text = sql === 'begin' ? 'begin immediate' : sql;
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        statement = typed(
          guard(() => database.prepare(text), file),
          file,
        );
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function guard<T>(run: () => T, file: string): T {
  try {
    return run();
  } catch (error) {
    throw fromSqliteError(error, file);
  }
}

function typed(statement: BetterSqlite3.Statement, file: string): SqliteStatement {
  return {
    reader: statement.reader,
    all: (parameters) => guard(() => statement.all(parameters), file),
    run: (parameters) => guard(() => statement.run(parameters), file),
    *iterate(parameters) {
      const rows = guard(() => statement.iterate(parameters), file);
      while (true) {
        const next = guard(() => rows.next(), file);
        if (next.done) return;
        yield next.value;
      }
    },
  };
}
