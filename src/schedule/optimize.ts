/**
 * Fits FSRS parameters to the student's own review log with @open-spaced-repetition/binding (fsrs-rs in
 * WASM). Kept out of `schedule/index.ts` so the native module loads only for `recollect optimize`.
 *
 * The binding does not refuse small data sets: below a handful of usable items it silently returns the
 * default parameters. So we refuse ourselves, with the reason, before calling it.
 */
import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
  type ModelEvaluation,
} from '@open-spaced-repetition/binding';
import { default_w } from 'ts-fsrs';
import { RecollectError } from '../errors.js';
import type { Grade } from './card-state.js';
import { type DayBoundary, DEFAULT_DAY_BOUNDARY, daysBetweenKeys, studyDayKey } from './day.js';

export interface ItemHistory {
  readonly itemId: string;
  /** Answers to the item, in any order (sorted by time here). */
  readonly reviews: readonly { readonly rating: Grade; readonly reviewedAt: string }[];
}

export interface OptimizeOptions {
  readonly boundary?: DayBoundary;
  /** Parameters in use now, for the "before" log loss; ts-fsrs defaults when absent. */
  readonly currentWeights?: readonly number[];
  /** Default 400 answers in all. */
  readonly minReviews?: number;
  /** Default 50 items reviewed on at least two different days. */
  readonly minItems?: number;
  /** Number of relearning steps in use (fsrs-rs adjusts short-term parameters with it). Default 1. */
  readonly numRelearningSteps?: number;
}

export interface OptimizeResult {
  readonly weights: readonly number[];
  readonly before: ModelEvaluation;
  readonly after: ModelEvaluation;
  /** True when the fitted parameters predict the log better than the current ones. */
  readonly improved: boolean;
  readonly reviews: number;
  readonly itemsWithHistory: number;
  readonly trainingItems: number;
}

/** Too little review history to fit parameters; `message` says what is missing. */
export class NotEnoughReviewsError extends RecollectError {
  override readonly name = 'NotEnoughReviewsError';
  constructor(
    message: string,
    readonly reviews: number,
    readonly itemsWithHistory: number,
  ) {
    super(message);
  }
}

type Review = ItemHistory['reviews'][number];

function sortedReviews(history: ItemHistory): Review[] {
  return [...history.reviews].sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
}

/** Reviews of one item as (rating, whole study days since the previous review); the first has 0 days. */
export function toReviewSteps(
  history: ItemHistory,
  boundary: DayBoundary = DEFAULT_DAY_BOUNDARY,
): { rating: Grade; deltaT: number }[] {
  let previousDay: string | undefined;
  return sortedReviews(history).map((review) => {
    const day = studyDayKey(new Date(review.reviewedAt), boundary);
    const deltaT = previousDay === undefined ? 0 : daysBetweenKeys(previousDay, day);
    previousDay = day;
    return { rating: review.rating, deltaT };
  });
}

/** One training item per review after the first, each holding the item's history up to that review. */
export function toTrainingItems(
  histories: readonly ItemHistory[],
  boundary: DayBoundary = DEFAULT_DAY_BOUNDARY,
): FSRSBindingItem[] {
  const items: FSRSBindingItem[] = [];
  for (const history of histories) {
    const steps = toReviewSteps(history, boundary).map((s) => new FSRSBindingReview(s.rating, s.deltaT));
    for (let end = 2; end <= steps.length; end++) items.push(new FSRSBindingItem(steps.slice(0, end)));
  }
  return items;
}

/** Log loss and binned RMSE of a parameter set on the log (lower is better). */
export function evaluateParameters(
  histories: readonly ItemHistory[],
  weights: readonly number[] | undefined,
  boundary: DayBoundary = DEFAULT_DAY_BOUNDARY,
): ModelEvaluation {
  const model = new FSRSBinding(weights === undefined ? undefined : [...weights]);
  return model.evaluate(toTrainingItems(histories, boundary));
}

function countReviews(histories: readonly ItemHistory[]): number {
  return histories.reduce((sum, h) => sum + h.reviews.length, 0);
}

/** Items answered on at least two different study days: the only ones that teach long-term memory. */
function countItemsWithHistory(histories: readonly ItemHistory[], boundary: DayBoundary): number {
  return histories.filter((h) => toReviewSteps(h, boundary).some((s) => s.deltaT > 0)).length;
}

function checkEnough(
  histories: readonly ItemHistory[],
  options: OptimizeOptions,
  boundary: DayBoundary,
): void {
  const minReviews = options.minReviews ?? 400;
  const minItems = options.minItems ?? 50;
  const reviews = countReviews(histories);
  const itemsWithHistory = countItemsWithHistory(histories, boundary);
  const missing: string[] = [];
  if (reviews < minReviews) missing.push(`${reviews} reviews (need ${minReviews})`);
  if (itemsWithHistory < minItems) {
    missing.push(`${itemsWithHistory} items reviewed on two or more days (need ${minItems})`);
  }
  if (missing.length > 0) {
    throw new NotEnoughReviewsError(
      `not enough review history to optimise yet: ${missing.join(', ')}`,
      reviews,
      itemsWithHistory,
    );
  }
}

/** Fits parameters to the log and reports log loss before and after; refuses when the log is too small. */
export async function optimizeParameters(
  histories: readonly ItemHistory[],
  options: OptimizeOptions = {},
): Promise<OptimizeResult> {
  const boundary = options.boundary ?? DEFAULT_DAY_BOUNDARY;
  checkEnough(histories, options, boundary);
  const items = toTrainingItems(histories, boundary);
  const weights = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: options.numRelearningSteps ?? 1,
  });
  const fitted = weights.map((w) => Math.round(w * 1e4) / 1e4);
  if (fitted.every((w, i) => Math.abs(w - (default_w[i] ?? Number.NaN)) < 1e-4)) {
    // The binding's answer to data it could not use: say so rather than "optimising" to the defaults.
    throw new NotEnoughReviewsError(
      'the optimiser found too little usable history (reviews spread over more days are needed)',
      countReviews(histories),
      countItemsWithHistory(histories, boundary),
    );
  }
  const before = evaluateParameters(histories, options.currentWeights, boundary);
  const after = evaluateParameters(histories, fitted, boundary);
  return {
    weights: fitted,
    before,
    after,
    improved: after.logLoss < before.logLoss,
    reviews: countReviews(histories),
    itemsWithHistory: countItemsWithHistory(histories, boundary),
    trainingItems: items.length,
  };
}
