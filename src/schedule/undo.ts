/**
 * Undo of the last answer. The review log stores the whole state before each answer, so undo restores it
 * exactly; ts-fsrs `rollback` rebuilds most fields from its own log but not the original due time or last
 * review, which is why we keep the before-state instead of recomputing it.
 */
import type { CardState } from './card-state.js';
import { UndoMismatchError } from './errors.js';

export interface UndoableEntry {
  readonly before: CardState;
  /** The state the answer produced; when given, it must still be the card's current state. */
  readonly after?: CardState;
}

function sameState(a: CardState, b: CardState): boolean {
  return (
    a.phase === b.phase &&
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsedDays === b.elapsedDays &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.lastReview === b.lastReview
  );
}

/** The state to restore when undoing `entry`; refuses if the card changed since that answer. */
export function stateToRestore(current: CardState, entry: UndoableEntry): CardState {
  if (entry.after !== undefined && !sameState(current, entry.after)) {
    throw new UndoMismatchError('the item was changed after this answer, so it cannot be undone');
  }
  return { ...entry.before };
}
