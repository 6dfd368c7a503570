/** Scheduling information an export may carry per item (from the store), in recollect's own terms. */

export type ExportCardState = 'new' | 'learning' | 'review' | 'relearning';

/** FSRS-style memory state of one item at export time. */
export interface ExportCardSchedule {
  readonly due: Date;
  readonly stability: number;
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: ExportCardState;
  readonly lastReview?: Date | undefined;
  /** FSRS-6 decay of the parameters in use (w[20]); Anki keeps it per card in `data.decay`. */
  readonly decay?: number | undefined;
  /** Desired retention in use; Anki keeps it per card in `data.dr`. */
  readonly desiredRetention?: number | undefined;
}

/** One row of the review log. Intervals are in days; fractions of a day stand for learning steps. */
export interface ExportReview {
  readonly reviewedAt: Date;
  /** 1 = again, 2 = hard, 3 = good, 4 = easy (the same buttons as Anki). */
  readonly rating: 1 | 2 | 3 | 4;
  readonly durationMs: number;
  /** Interval given by this review, in days. */
  readonly interval: number;
  /** Interval before this review, in days (0 for a new card). */
  readonly lastInterval: number;
  /** Ease factor in permille (Anki's `factor`, e.g. 2500); optional for FSRS-only histories. */
  readonly ease?: number | undefined;
}

/** Card state and review log of one item. */
export interface ItemScheduling {
  readonly card: ExportCardSchedule;
  /** Oldest first. */
  readonly reviews: readonly ExportReview[];
}

/** Scheduling per item id. Items without an entry export as new cards. */
export type SchedulingByItem = ReadonlyMap<string, ItemScheduling>;
