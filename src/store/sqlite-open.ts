/**
 * Opens a SQLite database file ready for use: pragmas, version check, backup, migrations.
 *
 * Durability: WAL mode with `synchronous=NORMAL`. A commit appends to the WAL file through the OS before
 * `COMMIT` returns, so a transaction that returned survives an application crash or SIGKILL (the OS still
 * holds the written pages); the WAL is fsynced at checkpoints, so only a power loss or OS crash can drop the
 * last few commits, and even then the database is not corrupted. FULL would fsync every commit for power-loss
 * durability at a large cost per answer; reliability.md asks for crash safety, which NORMAL gives.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { RecollectError } from '../errors.js';
import { backUpDaily, backUpDatabase, listBackups } from './backup.js';
import { DatabaseTooNewError, DatabaseUnreadableError } from './errors.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';
import type { Database } from './schema.js';
import { forKysely } from './sqlite-database.js';
import { fromSqliteError } from './sqlite-errors.js';

export { BACKUPS_KEPT } from './backup.js';
/** How long a write waits for another process's write lock before giving up (then retried, kysely-store.ts). */
export const BUSY_TIMEOUT_MS = 5000;
/** WAL pages (4 KB) after which a commit checkpoints by itself; normally a timer checkpoints first (open.ts). */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

export interface SqliteOpenOptions {
  /** Database file, or ':memory:'. */
  readonly file: string;
  /** Where backups go before a migration; defaults to `<dir of file>/backups`. */
  readonly backupsDir?: string;
  /** For tests of the upgrade path; defaults to the real migrations. */
  readonly migrations?: readonly Migration[];
  /** Stamps backup names and decides whether the daily backup is due. */
  readonly now?: Date;
  /** Defaults to BUSY_TIMEOUT_MS; tests of a locked database use a short one. */
  readonly busyTimeoutMs?: number;
}

/** Opens (creating if needed) and migrates a database; throws DatabaseTooNewError for a newer schema. */
export async function openSqliteDatabase(options: SqliteOpenOptions): Promise<Kysely<Database>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  refuseEmptyFile(options.file, options.backupsDir ?? join(dirname(options.file), 'backups'));
  const database = openFile(options.file, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  const found = database.pragma('user_version', { simple: true }) as number;
  if (found > latest) {
    database.close();
    throw new DatabaseTooNewError(found, latest, { file: options.file });
  }
  if (found > 0 && options.file !== ':memory:') {
    try {
      await backUp(database, options, found < latest);
    } catch (error) {
      database.close();
      throw fromSqliteError(error, options.file);
    }
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: forKysely(database) }) });
  try {
    for (const migration of migrations.filter((m) => m.version > found)) await migrate(db, migration);
  } catch (error) {
    await db.destroy();
    if (error instanceof RecollectError) throw error;
    throw new DatabaseUnreadableError(`Could not upgrade the database: ${String(error)}`, {
      cause: error,
      file: options.file,
    });
  }
  return db;
}

/**
 * One migration in its own write transaction, taken at once (`begin immediate`, waiting out the busy timeout). Two
 * processes may open a new or old database together (`recollect scan` and `recollect study` started at once): the
 * one that waited finds the version already moved on and skips the step ("table notes already exists" before).
 */
async function migrate(db: Kysely<Database>, migration: Migration): Promise<void> {
  // The dialect runs every statement on its one connection, so these raw statements frame one transaction.
  await sql.raw('begin immediate').execute(db);
  try {
    const row = (await sql<{ user_version: number }>`pragma user_version`.execute(db)).rows[0];
    if ((row?.user_version ?? 0) < migration.version) {
      await migration.up(db, 'sqlite');
      // user_version lives in the file header and changes with the transaction.
      await sql.raw(`pragma user_version = ${migration.version}`).execute(db);
    }
    await sql.raw('commit').execute(db);
  } catch (error) {
    await sql
      .raw('rollback')
      .execute(db)
      .catch(() => undefined);
    throw error;
  }
}

/** How long an empty file is given to become a database another process is creating right now. */
const CREATING_GRACE_MS = 2000;

/**
 * SQLite takes an empty file for a new database, so a study database emptied by a failed sync or copy would be
 * silently replaced by a fresh one and the history lost without a word. It is refused instead, untouched.
 */
function refuseEmptyFile(file: string, backupsDir: string): void {
  if (file === ':memory:') return;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // no file yet: a new database is made
  }
  if (size > 0) return;
  // Another recollect creating the database this instant leaves it empty for a few milliseconds, until its first
  // write; an emptied file stays empty.
  const until = Date.now() + CREATING_GRACE_MS;
  while (Date.now() < until) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    try {
      if (statSync(file).size > 0) return;
    } catch {
      return; // removed meanwhile: a new database is made
    }
  }
  const newest = listBackups(backupsDir).at(-1);
  throw new DatabaseUnreadableError(
    `the study database ${file} is empty (0 bytes), so its history cannot be read; it was left untouched. ` +
      `Run 'recollect check --repair' to restore the newest backup from ${backupsDir} ` +
      `(${newest ? newest.name : 'there is none yet'})`,
    { file },
  );
}

function openFile(file: string, busyTimeoutMs: number): BetterSqlite3.Database {
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(file, { timeout: busyTimeoutMs });
    database.pragma(`busy_timeout = ${busyTimeoutMs}`);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
    // Checkpoints are taken after commits from a timer (open.ts); this one (default 1,000 pages) is only the
    // backstop when no timer gets to run.
    database.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    return database;
  } catch (error) {
    database?.close();
    const typed = fromSqliteError(error, file);
    if (typed !== error) throw typed;
    throw new DatabaseUnreadableError(`Cannot open the database ${file}: ${(error as Error).message}`, {
      cause: error,
      file,
    });
  }
}

/**
 * Before an upgrade a backup is required (a failure stops the upgrade); otherwise one is taken once a day,
 * and a failure there does not stop studying (backup.ts).
 */
async function backUp(database: BetterSqlite3.Database, options: SqliteOpenOptions, upgrading: boolean) {
  const dir = options.backupsDir ?? join(dirname(options.file), 'backups');
  const now = options.now ?? new Date();
  if (upgrading) await backUpDatabase(database, dir, now);
  else await backUpDaily(database, dir, now);
}

/**
 * SQLite's `PRAGMA data_version`: changes when another connection commits to the file, not with this
 * connection's own commits (Store.externalChangeMark).
 */
export async function sqliteChangeMark(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return Number(result.rows[0]?.data_version ?? 0);
}
