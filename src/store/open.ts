/** Opening the store for a vault: where the database lives and how it is created. */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { NotAFolderError, VaultNotFoundError } from '../errors.js';
import { DatabaseReadOnlyError } from './errors.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import { openSqliteDatabase, sqliteChangeMark } from './sqlite-open.js';
import type { Store } from './types.js';

export const DATA_DIR_NAME = '.recollect';
export const DATABASE_FILE = 'recollect.db';

export interface OpenStoreOptions {
  readonly vault: string;
  /** Folder for the database and its backups; defaults to `<vault>/.recollect`. */
  readonly dataDir?: string;
  readonly now?: Date;
}

/** Where the database of a vault lives. */
export function dataDirFor(options: OpenStoreOptions): string {
  return options.dataDir === undefined
    ? join(resolve(options.vault), DATA_DIR_NAME)
    : resolve(options.dataDir);
}

/** Opens (creating and migrating as needed) the store of a vault. Creates only the data folder. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  assertFolder(options.vault);
  const dir = dataDirFor(options);
  makeDataDir(dir, options.dataDir === undefined);
  const db = await openSqliteDatabase({
    file: join(dir, DATABASE_FILE),
    backupsDir: join(dir, 'backups'),
    ...(options.now ? { now: options.now } : {}),
  });
  return sqliteStore(db);
}

/** An in-memory store, for tests and dry runs. */
export async function openMemoryStore(): Promise<Store> {
  return sqliteStore(await openSqliteDatabase({ file: ':memory:' }));
}

/** How long after a commit the WAL is checkpointed (sqlite-open.ts turns SQLite's own checkpoints down). */
export const CHECKPOINT_DELAY_MS = 1000;

/**
 * The store on an open SQLite database. The WAL is checkpointed a moment after a commit, from a timer, so the
 * work is done while the student reads the next card: SQLite's automatic checkpoint ran inside the commit of
 * every ~130th answer (15–20 ms of copying and fsync at 100,000 items). The timer does not keep the process
 * alive; closing checkpoints anyway.
 */
function sqliteStore(db: Kysely<Database>): Store {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const checkpoint = (): void => {
    timer = undefined;
    if (closed) return;
    sql`pragma wal_checkpoint(PASSIVE)`.execute(db).catch(() => undefined);
  };
  return new KyselyStore(db, {
    changeMark: sqliteChangeMark,
    afterCommit: () => {
      if (timer !== undefined || closed) return;
      timer = setTimeout(checkpoint, CHECKPOINT_DELAY_MS);
      timer.unref();
    },
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await db.destroy();
    },
  });
}

/** Creates the data folder; a vault (or --data folder) that may not be written is one clear line, not a stack. */
function makeDataDir(dir: string, insideVault: boolean): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const where = insideVault ? 'the vault is read-only' : 'its parent folder is read-only';
    throw new DatabaseReadOnlyError(
      `cannot create the study database folder ${dir}: ${where} (${code}). Check its permissions, ` +
        'or use --data DIR to keep the database elsewhere',
      { cause: error },
    );
  }
}

function assertFolder(vault: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(vault).isDirectory();
  } catch (error) {
    // Worded as src/vault/find-notes.ts words it, so every command says it the same way.
    throw new VaultNotFoundError(`vault folder not found: ${vault}`, { cause: error });
  }
  if (!isDirectory) throw new NotAFolderError(`not a folder: ${vault}`);
}
