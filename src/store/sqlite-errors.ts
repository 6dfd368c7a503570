/**
 * Turns SQLite failures into recollect's typed errors with one clear sentence each, so the CLI and the server
 * never show "database is locked" or "SQLITE_FULL". Matched by SQLite's result code, never by message text.
 */
import { RecollectError } from '../errors.js';
import {
  DatabaseBusyError,
  DatabaseFullError,
  DatabaseReadOnlyError,
  DatabaseUnreadableError,
} from './errors.js';

/** The result code of a better-sqlite3 error (`SQLITE_BUSY`, `SQLITE_IOERR_WRITE`, …), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** A typed error for a SQLite failure on `file`, or `error` itself when it is not an environment problem. */
export function fromSqliteError(error: unknown, file: string): unknown {
  if (error instanceof RecollectError) return error;
  const code = sqliteCode(error);
  if (code === undefined) return error;
  const options = { cause: error, file };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseBusyError(
      'the study database is busy (another recollect is writing); try again',
      options,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new DatabaseFullError(
      `could not write to the study database ${file}: the disk is full. Nothing was changed; ` +
        'free some space and try again',
      options,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new DatabaseReadOnlyError(
      `cannot write the study database ${file}: the file or its folder is read-only ` +
        '(or is not a file). Check its permissions, or use --data DIR to keep the database elsewhere',
      options,
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseUnreadableError(
      `the study database ${file} is damaged or is not a recollect database. ` +
        "Run 'recollect check' to see what can be repaired; backups are in its backups/ folder",
      options,
    );
  }
  return error;
}
