/** The class server's refusals, and the one place where error names become HTTP statuses. */
import { RecollectError } from '../errors.js';

/** No valid session (or publish token): sign in first. */
export class SignInRequiredError extends RecollectError {
  override readonly name = 'SignInRequiredError';
}

/** Signed in, but this person may not do this. */
export class AccessDeniedError extends RecollectError {
  override readonly name = 'AccessDeniedError';
}

/** Unknown, or not visible to this person: the two are answered alike so ids cannot be probed. */
export class NotFoundError extends RecollectError {
  override readonly name = 'NotFoundError';
}

/** Malformed input. */
export class BadInputError extends RecollectError {
  override readonly name = 'BadInputError';
}

/** The change clashes with what exists (an email or class name taken). */
export class ConflictError extends RecollectError {
  override readonly name = 'ConflictError';
}

/** Too many failed sign-ins; try again later. */
export class TooManyAttemptsError extends RecollectError {
  override readonly name = 'TooManyAttemptsError';
}

const STATUS_BY_NAME: Readonly<Record<string, number>> = {
  BadInputError: 400,
  BadRequestError: 400,
  SignInRequiredError: 401,
  AccessDeniedError: 403,
  NotFoundError: 404,
  ItemNotFoundError: 404,
  ConflictError: 409,
  StaleAnswerError: 409,
  ItemNotStudiableError: 409,
  UndoMismatchError: 409,
  NotEnoughReviewsError: 409,
  TooManyAttemptsError: 429,
  DatabaseUnavailableError: 503,
  DatabaseBusyError: 503,
};

/** Status and message for an error; anything unexpected is a 500 that reveals nothing. */
export function toHttpError(error: unknown): { status: number; message: string } {
  if (error instanceof RecollectError) {
    const status = STATUS_BY_NAME[error.name] ?? 500;
    return { status, message: status === 500 ? 'internal error' : error.message };
  }
  return { status: 500, message: 'internal error' };
}
