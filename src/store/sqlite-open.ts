/**
 * Opens a SQLite database file ready for use: pragmas, version check, backup, migrations.
 *
 * Durability: WAL mode with `synchronous=NORMAL`. A commit appends to the WAL file through the OS before
 * `COMMIT` returns, so a transaction that returned survives an application crash or SIGKILL (the OS still
 * holds the written pages); the WAL is fsynced at checkpoints, so only a power loss or OS crash can drop the
 * last few commits, and even then the database is not corrupted. FULL would fsync every commit for power-loss
 * durability at a large cost per answer; reliability.md asks for crash safety, which NORMAL gives.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { DatabaseTooNewError, DatabaseUnreadableError } from './errors.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';
import type { Database } from './schema.js';
import { forKysely } from './sqlite-database.js';

export const BACKUPS_KEPT = 5;

export interface SqliteOpenOptions {
  /** Database file, or ':memory:'. */
  readonly file: string;
  /** Where backups go before a migration; defaults to `<dir of file>/backups`. */
  readonly backupsDir?: string;
  /** For tests of the upgrade path; defaults to the real migrations. */
  readonly migrations?: readonly Migration[];
  /** Stamps backup names. */
  readonly now?: Date;
}

/** Opens (creating if needed) and migrates a database; throws DatabaseTooNewError for a newer schema. */
export async function openSqliteDatabase(options: SqliteOpenOptions): Promise<Kysely<Database>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  const database = openFile(options.file);
  const found = database.pragma('user_version', { simple: true }) as number;
  if (found > latest) {
    database.close();
    throw new DatabaseTooNewError(found, latest, { file: options.file });
  }
  if (found > 0 && found < latest && options.file !== ':memory:') {
    backUp(database, options, found);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: forKysely(database) }) });
  try {
    for (const migration of migrations.filter((m) => m.version > found)) {
      await db.transaction().execute(async (trx) => {
        await migration.up(trx);
        // user_version lives in the file header and changes with the transaction.
        await sql.raw(`pragma user_version = ${migration.version}`).execute(trx);
      });
    }
  } catch (error) {
    await db.destroy();
    throw new DatabaseUnreadableError(`Could not upgrade the database: ${String(error)}`, {
      cause: error,
      file: options.file,
    });
  }
  return db;
}

function openFile(file: string): BetterSqlite3.Database {
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    return database;
  } catch (error) {
    database?.close();
    throw new DatabaseUnreadableError(`Cannot open the database ${file}: ${(error as Error).message}`, {
      cause: error,
      file,
    });
  }
}

/** Copies the database (WAL content included) before an upgrade; keeps the newest BACKUPS_KEPT copies. */
function backUp(database: BetterSqlite3.Database, options: SqliteOpenOptions, version: number): void {
  const dir = options.backupsDir ?? join(dirname(options.file), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `recollect-${version}-${stamp}.db`);
  // Fold the WAL into the main file first so a plain copy is complete and consistent.
  database.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(options.file, target);
  pruneBackups(dir);
}

function pruneBackups(dir: string): void {
  const stampOf = (name: string) => name.replace(/^recollect-\d+-/, '');
  const backups = readdirSync(dir)
    .filter((name) => /^recollect-\d+-.+\.db$/.test(name))
    .sort((a, b) => stampOf(a).localeCompare(stampOf(b)));
  for (const name of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    rmSync(join(dir, name));
  }
}
