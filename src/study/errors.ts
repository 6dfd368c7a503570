import { RecollectError } from '../errors.js';

/** An answer was given for an item that is not being studied (suspended or retired). */
export class ItemNotStudiableError extends RecollectError {
  override readonly name = 'ItemNotStudiableError';
}

/** An answer was given for a card state that is gone: the item was answered meanwhile; the first answer stands. */
export class StaleAnswerError extends RecollectError {
  override readonly name = 'StaleAnswerError';
}

/** A stored study setting has a value of the wrong type. */
export class StudySettingsError extends RecollectError {
  override readonly name = 'StudySettingsError';
}
