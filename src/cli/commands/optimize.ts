/** `recollect optimize`: fit FSRS parameters to the student's own review log and use them from now on. */
import type { Grade } from '../../schedule/index.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, useColour } from '../format.js';
import type { Io } from '../io.js';
import { openStudy, STUDY_OPTIONS } from '../tui/options.js';

/** The optimiser's defaults (src/schedule/optimize.ts), repeated to say how many more are needed. */
const MIN_REVIEWS = 400;
const MIN_ITEMS = 50;

export const optimize: Command = {
  name: 'optimize',
  summary: 'fit the scheduler to your own review history',
  args: '[vault]',
  description:
    'Fits the FSRS memory-model parameters to the review log of the vault once there is enough history\n' +
    '(400 reviews and 50 items reviewed on two or more days), shows the log loss before and after (lower\n' +
    'predicts your memory better), and stores the parameters; study uses them from then on.',
  maxPositionals: 1,
  options: { data: STUDY_OPTIONS.data },
  examples: ['recollect optimize examples'],
  run: runOptimize,
};

async function runOptimize(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const [{ optimizeParameters, NotEnoughReviewsError }, service] = await Promise.all([
    import('../../schedule/optimize.js'),
    openStudy(vault, input.values),
  ]);
  try {
    const settings = await service.settings();
    const byItem = new Map<string, { rating: Grade; reviewedAt: string }[]>();
    for (const review of await service.reviews()) {
      const list = byItem.get(review.itemId) ?? [];
      list.push({ rating: review.rating, reviewedAt: review.reviewedAt.toISOString() });
      byItem.set(review.itemId, list);
    }
    const histories = [...byItem].map(([itemId, reviews]) => ({ itemId, reviews }));
    const withShortfall = (error: InstanceType<typeof NotEnoughReviewsError>) =>
      new NotEnoughReviewsError(
        `${error.message}; keep studying: ${shortfall(error.reviews, error.itemsWithHistory)}`,
        error.reviews,
        error.itemsWithHistory,
      );
    const result = await optimizeParameters(histories, {
      ...(settings.weights ? { currentWeights: settings.weights } : {}),
    }).catch((error: unknown) => {
      throw error instanceof NotEnoughReviewsError ? withShortfall(error) : error;
    });
    const style = createStyle(useColour(io));
    io.out(
      `Fitted to ${result.reviews} reviews of ${result.itemsWithHistory} items with history.\n` +
        `Log loss: ${result.before.logLoss.toFixed(4)} before → ${result.after.logLoss.toFixed(4)} after.\n`,
    );
    if (result.improved) {
      await service.updateSettings({ weights: result.weights });
      io.out(style.green('Saved: study now schedules with the fitted parameters.\n'));
    } else {
      io.out('The fitted parameters predict your reviews no better; the current ones are kept.\n');
    }
  } finally {
    await service.close();
  }
  return 0;
}

/** What is still missing before optimising, in plain words. */
function shortfall(reviews: number, itemsWithHistory: number): string {
  const more: string[] = [];
  if (reviews < MIN_REVIEWS) more.push(`${MIN_REVIEWS - reviews} more reviews`);
  if (itemsWithHistory < MIN_ITEMS)
    more.push(`${MIN_ITEMS - itemsWithHistory} more items reviewed on a second day`);
  return more.length > 0 ? `${more.join(' and ')} needed` : 'reviews spread over more days are needed';
}
