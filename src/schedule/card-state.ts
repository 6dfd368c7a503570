/**
 * Our own plain, serialisable card state (numbers and ISO strings), so the store can keep it as columns and
 * the core never passes ts-fsrs class instances or Dates across module boundaries.
 */
import { type Card, State } from 'ts-fsrs';

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** The FSRS memory and scheduling state of one item. */
export interface CardState {
  readonly phase: CardPhase;
  /** When the item is next due, ISO 8601 (UTC). */
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  /** Whole days between the last two reviews (ts-fsrs keeps it; deprecated there, kept for exact round trips). */
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  /** Index of the current (re)learning step. */
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ISO 8601 time of the last review, or null for a new item. */
  readonly lastReview: string | null;
}

/** Answer buttons: Again, Hard, Good, Easy (the FSRS/Anki numbering). */
export type Grade = 1 | 2 | 3 | 4;

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export const GRADE_NAMES: Readonly<Record<Grade, 'again' | 'hard' | 'good' | 'easy'>> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy',
};

const PHASE_OF_STATE: Readonly<Record<State, CardPhase>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const STATE_OF_PHASE: Readonly<Record<CardPhase, State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** Converts a ts-fsrs Card into our plain state. */
export function fromFsrsCard(card: Card): CardState {
  return {
    phase: PHASE_OF_STATE[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** Converts our plain state into a fresh ts-fsrs Card (new Date objects every call). */
export function toFsrsCard(state: CardState): Card {
  const card: Card = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF_PHASE[state.phase],
  };
  if (state.lastReview !== null) card.last_review = new Date(state.lastReview);
  return card;
}

/** The ts-fsrs State number of a phase (for code that talks to ts-fsrs directly). */
export function fsrsStateOf(phase: CardPhase): State {
  return STATE_OF_PHASE[phase];
}
