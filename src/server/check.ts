/** Checks what the student typed, chose or ordered, with the pure checkers of src/schedule. */
import type { Item } from '../generate/item.js';
import { checkAnswer, checkArgument, checkOrder, type Grade } from '../schedule/index.js';
import type { ApiCheckResult } from './api-types.js';
import { BadRequestError } from './errors.js';

/** Share of checklist points an argument must cover for each suggested grade. */
const ARGUMENT_GOOD = 0.75;
const ARGUMENT_HARD = 0.4;

function gradeForShare(share: number): Grade {
  if (share >= ARGUMENT_GOOD) return 3;
  if (share >= ARGUMENT_HARD) return 2;
  return 1;
}

function checkOrdering(item: Item, order: readonly string[]): ApiCheckResult {
  const expected = item.choices ?? [];
  // checkOrder reads labels; turn each event text into its 1-based label in the expected list.
  const labels = order.map((text) => expected.indexOf(text) + 1).join(' ');
  const result = checkOrder(expected, labels);
  if (!result.understood) throw new BadRequestError('order must list every event of the item once');
  return { verdict: result.verdict, suggestedRating: result.suggestedRating };
}

/** The verdict and suggested grade for an answer to `item`. */
export function checkItemAnswer(
  item: Item,
  typed: string | undefined,
  order?: readonly string[],
): ApiCheckResult {
  if (item.kind === 'order') {
    if (!order) throw new BadRequestError('an order item needs `order`: the events in the chosen order');
    return checkOrdering(item, order);
  }
  if (typed === undefined) throw new BadRequestError('`typed` is required');
  if (item.kind === 'argument') {
    const check = checkArgument(item.checklist ?? [], typed);
    const share = check.points.length === 0 ? 0 : check.covered.length / check.points.length;
    return {
      suggestedRating: gradeForShare(share),
      points: check.points.map(({ point, covered }) => ({ point, covered })),
    };
  }
  if (item.kind === 'choice') {
    const correct = typed.trim() === item.answer.trim();
    return { verdict: correct ? 'correct' : 'wrong', suggestedRating: correct ? 3 : 1 };
  }
  const check = checkAnswer(item.answer, typed);
  return { verdict: check.verdict, suggestedRating: check.suggestedRating };
}
