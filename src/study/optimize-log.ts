/**
 * Optimising a student's scheduler from their own review log: group the log per item, fit FSRS parameters
 * (schedule/optimize.ts, loaded only here), and keep them when they predict the log better. Used by
 * `recollect optimize` and the class server's optimiser for a student.
 */
import type { Grade } from '../schedule/index.js';
import type { StudyService } from './service.js';

/** The optimiser's defaults (src/schedule/optimize.ts), repeated to say how many more are needed. */
const MIN_REVIEWS = 400;
const MIN_ITEMS = 50;

export interface OptimizeReport {
  readonly reviews: number;
  readonly itemsWithHistory: number;
  readonly logLossBefore: number;
  readonly logLossAfter: number;
  /** True when the fitted parameters predicted the log better and were stored (study uses them from now on). */
  readonly saved: boolean;
}

/**
 * Fits the parameters to the service's review log and stores them when they are better.
 * Throws NotEnoughReviewsError (its message says how much more study is needed) on a log too small to fit.
 */
export async function optimizeFromLog(service: StudyService): Promise<OptimizeReport> {
  const { optimizeParameters, NotEnoughReviewsError } = await import('../schedule/optimize.js');
  const settings = await service.settings();
  const byItem = new Map<string, { rating: Grade; reviewedAt: string }[]>();
  for (const review of await service.reviews()) {
    const list = byItem.get(review.itemId) ?? [];
    list.push({ rating: review.rating, reviewedAt: review.reviewedAt.toISOString() });
    byItem.set(review.itemId, list);
  }
  const histories = [...byItem].map(([itemId, reviews]) => ({ itemId, reviews }));
  const result = await optimizeParameters(histories, {
    ...(settings.weights ? { currentWeights: settings.weights } : {}),
  }).catch((error: unknown) => {
    if (!(error instanceof NotEnoughReviewsError)) throw error;
    throw new NotEnoughReviewsError(
      `${error.message}; keep studying: ${shortfall(error.reviews, error.itemsWithHistory)}`,
      error.reviews,
      error.itemsWithHistory,
    );
  });
  if (result.improved) await service.updateSettings({ weights: result.weights });
  return {
    reviews: result.reviews,
    itemsWithHistory: result.itemsWithHistory,
    logLossBefore: result.before.logLoss,
    logLossAfter: result.after.logLoss,
    saved: result.improved,
  };
}

/** What is still missing before optimising, in plain words. */
function shortfall(reviews: number, itemsWithHistory: number): string {
  const more: string[] = [];
  if (reviews < MIN_REVIEWS) more.push(`${MIN_REVIEWS - reviews} more reviews`);
  if (itemsWithHistory < MIN_ITEMS)
    more.push(`${MIN_ITEMS - itemsWithHistory} more items reviewed on a second day`);
  return more.length > 0 ? `${more.join(' and ')} needed` : 'reviews spread over more days are needed';
}
