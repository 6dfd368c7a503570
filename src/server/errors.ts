/** HTTP errors of the web API, and the one place where RecollectError names become status codes. */
import { RecollectError } from '../errors.js';

/** A request the API refuses because its input is malformed (bad id, rating out of range…). */
export class BadRequestError extends RecollectError {
  override readonly name = 'BadRequestError';
}

/** The thing asked for does not exist (unknown item, note or file). */
export class NotFoundError extends RecollectError {
  override readonly name = 'NotFoundError';
}

/** The request failed a security check (Host, token, origin, path outside the vault). */
export class ForbiddenError extends RecollectError {
  override readonly name = 'ForbiddenError';
}

const STATUS_BY_NAME: Readonly<Record<string, number>> = {
  BadRequestError: 400,
  UsageError: 400,
  ForbiddenError: 403,
  NotFoundError: 404,
  ItemNotFoundError: 404,
  ItemNotStudiableError: 409,
  UndoMismatchError: 409,
  StaleAnswerError: 409,
  StudySettingsError: 500,
  DatabaseTooNewError: 500,
  DatabaseUnreadableError: 500,
};

/** The status code and message an error becomes; unknown errors are 500 with a generic message. */
export function toHttpError(error: unknown): { status: number; message: string } {
  if (error instanceof RecollectError) {
    return { status: STATUS_BY_NAME[error.name] ?? 500, message: error.message };
  }
  return { status: 500, message: 'internal error: see the terminal running recollect serve' };
}
