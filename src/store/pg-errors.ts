/**
 * Turns PostgreSQL failures into recollect's typed errors, matched by SQLSTATE (or Node's socket error code),
 * never by message text. Errors that are the caller's (a unique violation, a bad query) pass through unchanged.
 */
import { RecollectError } from '../errors.js';
import {
  DatabaseBusyError,
  DatabaseFullError,
  DatabaseReadOnlyError,
  DatabaseUnavailableError,
} from './errors.js';

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
]);

/** The SQLSTATE or socket code of an error from `pg`, if it has one. */
export function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A typed error for a PostgreSQL failure, or `error` itself when it is not a problem of the environment. */
export function fromPgError(error: unknown, where: string): unknown {
  if (error instanceof RecollectError) return error;
  const code = pgCode(error);
  if (code === undefined) return error;
  const options = { cause: error };
  if (SOCKET_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P03') {
    return new DatabaseUnavailableError(`cannot reach the PostgreSQL server ${where} (${code})`, options);
  }
  if (code.startsWith('28') || code === '3D000') {
    return new DatabaseUnavailableError(
      `the PostgreSQL server ${where} refused the connection: wrong user, password or database (${code})`,
      options,
    );
  }
  // serialization_failure, deadlock_detected, lock_not_available: the transaction was rolled back whole.
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return new DatabaseBusyError('the study database is busy; try again', options);
  }
  if (code.startsWith('53')) {
    return new DatabaseFullError(
      `the PostgreSQL server ${where} is out of disk space or memory (${code}); nothing was changed`,
      options,
    );
  }
  if (code === '25006') {
    return new DatabaseReadOnlyError(`the PostgreSQL server ${where} is read-only (${code})`, options);
  }
  return error;
}
