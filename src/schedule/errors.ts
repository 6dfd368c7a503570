import { RecollectError } from '../errors.js';

/** A scheduler setting is out of range (retention, steps, weights, limits). */
export class ScheduleSettingsError extends RecollectError {
  override readonly name = 'ScheduleSettingsError';
}

/** An undo was asked for a log entry that does not belong to the card's latest answer. */
export class UndoMismatchError extends RecollectError {
  override readonly name = 'UndoMismatchError';
}
