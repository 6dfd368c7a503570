import { RecollectError } from '../errors.js';

/** The database was written by a newer recollect than this one; we refuse to touch it. */
export class DatabaseTooNewError extends RecollectError {
  override readonly name = 'DatabaseTooNewError';
  readonly found: number;
  readonly supported: number;

  constructor(found: number, supported: number, options: { file?: string } = {}) {
    super(
      `The database has schema version ${found}, but this recollect supports up to ${supported}. ` +
        'Upgrade recollect; the database was left untouched.',
      options,
    );
    this.found = found;
    this.supported = supported;
  }
}

/** The database file cannot be opened or is not a recollect/SQLite database. */
export class DatabaseUnreadableError extends RecollectError {
  override readonly name = 'DatabaseUnreadableError';
}

/** A stored value cannot be read (damaged JSON); `recollect check --repair` fixes it. */
export class DatabaseRowDamagedError extends RecollectError {
  override readonly name = 'DatabaseRowDamagedError';
}

/** A store operation referred to an item that does not exist (by current id or alias). */
export class ItemNotFoundError extends RecollectError {
  override readonly name = 'ItemNotFoundError';
}

/** Another process kept the write lock longer than the busy timeout (and the retries). */
export class DatabaseBusyError extends RecollectError {
  override readonly name = 'DatabaseBusyError';
}

/** A write failed because the disk (or the database's size limit) is full; the transaction was rolled back. */
export class DatabaseFullError extends RecollectError {
  override readonly name = 'DatabaseFullError';
}

/** The database file or its folder cannot be written. */
export class DatabaseReadOnlyError extends RecollectError {
  override readonly name = 'DatabaseReadOnlyError';
}

/** The PostgreSQL server cannot be reached, refused the login, or has no such database. */
export class DatabaseUnavailableError extends RecollectError {
  override readonly name = 'DatabaseUnavailableError';
}
