import { RecollectError } from '../errors.js';

/** An answer was given for an item that is not being studied (suspended or retired). */
export class ItemNotStudiableError extends RecollectError {
  override readonly name = 'ItemNotStudiableError';
}

/** A stored study setting has a value of the wrong type. */
export class StudySettingsError extends RecollectError {
  override readonly name = 'StudySettingsError';
}
