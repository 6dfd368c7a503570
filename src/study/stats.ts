/** Loads the review log and card states for the pure `computeStats`. */
import {
  type CardState,
  computeStats,
  type DayBoundary,
  type Grade,
  type ItemCard,
  type ReviewRow,
  type Scheduler,
  type StudyStats,
} from '../schedule/index.js';
import type { Store } from '../store/types.js';
import { phaseOfLogged } from './queue.js';

/** Far enough ahead that every scheduled card is "due" by then: lists all cards in one query. */
const END_OF_TIME = new Date(8.64e15);

/** Statistics for `now`: due counts, forecast, reviews per day, true retention, streak, mastery. */
export async function loadStats(
  store: Store,
  scheduler: Scheduler,
  now: Date,
  boundary: DayBoundary,
): Promise<StudyStats> {
  const log = await store.reviewsSince(new Date(0));
  const reviews: ReviewRow[] = log.map((r) => ({
    itemId: r.itemId,
    rating: r.rating as Grade,
    reviewedAt: r.reviewedAt.toISOString(),
    phaseBefore: phaseOfLogged(r.stateBefore),
  }));
  const cards = new Map<string, CardState>(
    (await store.listDue(END_OF_TIME, Number.MAX_SAFE_INTEGER)).map((e) => [e.item.id, e.card] as const),
  );
  const blank = scheduler.newCardState(now);
  const items: ItemCard[] = (await store.listItems({ states: ['active', 'suspended'] })).map((item) => ({
    itemId: item.id,
    notePath: item.source.path,
    status: item.state,
    card: cards.get(item.id) ?? blank,
  }));
  return computeStats({ reviews, items, now, boundary });
}
