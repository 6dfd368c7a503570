import { forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardState, Grade } from '../../src/schedule/card-state.js';
import {
  evaluateParameters,
  type ItemHistory,
  NotEnoughReviewsError,
  optimizeParameters,
  toReviewSteps,
  toTrainingItems,
} from '../../src/schedule/optimize.js';
import { makeScheduler } from '../../src/schedule/scheduler.js';

/** Park–Miller PRNG: the synthetic log is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const DAY = 86_400_000;
const start = Date.parse('2026-01-05T18:00:00Z');

/**
 * A student whose memory is twice as stable as the default parameters assume, studied with the default
 * scheduler for 150 days. Recall is drawn from the "true" forgetting curve.
 */
function syntheticLog(items: number, seed: number): ItemHistory[] {
  const random = seededRandom(seed);
  const scheduler = makeScheduler({ learningSteps: [], relearningSteps: [] });
  const histories: ItemHistory[] = [];
  for (let i = 0; i < items; i++) {
    let card: CardState = scheduler.newCardState(new Date(start));
    let now = start + Math.floor(random() * 20) * DAY;
    const reviews: { rating: Grade; reviewedAt: string }[] = [];
    while (now < start + 150 * DAY && reviews.length < 12) {
      const elapsed = card.lastReview === null ? 0 : (now - Date.parse(card.lastReview)) / DAY;
      const recall = card.phase === 'new' ? 0.7 : forgetting_curve(0.1542, elapsed, card.stability * 2);
      const rating: Grade = random() < recall ? (random() < 0.15 ? 4 : 3) : 1;
      reviews.push({ rating, reviewedAt: new Date(now).toISOString() });
      card = scheduler.answer(card, rating, new Date(now)).card;
      now = Math.max(Date.parse(card.due), now + DAY);
    }
    histories.push({ itemId: `item-${i}`, reviews });
  }
  return histories;
}

describe('optimize', () => {
  it('turns an item history into day gaps, the first being 0', () => {
    const history: ItemHistory = {
      itemId: 'a',
      reviews: [
        { rating: 3, reviewedAt: '2026-01-03T10:00:00Z' },
        { rating: 1, reviewedAt: '2026-01-01T10:00:00Z' },
        { rating: 3, reviewedAt: '2026-01-01T10:10:00Z' },
        { rating: 3, reviewedAt: '2026-01-04T02:00:00Z' }, // before the 4 am rollover: still 3 January
      ],
    };
    expect(toReviewSteps(history)).toEqual([
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 2 },
      { rating: 3, deltaT: 0 },
    ]);
    const items = toTrainingItems([history]);
    expect(items.map((item) => item.reviews.length)).toEqual([2, 3, 4]);
    expect(items[2]?.reviews.map((r) => [r.rating, r.deltaT])).toEqual([
      [1, 0],
      [3, 0],
      [3, 2],
      [3, 0],
    ]);
  });

  it('fits parameters to a synthetic log and lowers its log loss', async () => {
    const log = syntheticLog(120, 42);
    const result = await optimizeParameters(log);
    expect(result.reviews).toBeGreaterThanOrEqual(400);
    expect(result.itemsWithHistory).toBe(120);
    expect(result.weights).toHaveLength(21);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    expect(result.improved).toBe(true);
    expect(result.before.logLoss).toBeCloseTo(evaluateParameters(log, undefined).logLoss, 10);
    expect(result.after.logLoss).toBeCloseTo(evaluateParameters(log, result.weights).logLoss, 10);
  });

  it('refuses with the reason when there are too few reviews', async () => {
    const log = syntheticLog(10, 7);
    const attempt = optimizeParameters(log);
    await expect(attempt).rejects.toBeInstanceOf(NotEnoughReviewsError);
    await expect(attempt).rejects.toThrow(
      /reviews \(need 400\).*items reviewed on two or more days \(need 50\)/,
    );
  });

  it('refuses when the binding could only return its defaults', async () => {
    const sameDay: ItemHistory[] = Array.from({ length: 3 }, (_, i) => ({
      itemId: `x${i}`,
      reviews: [
        { rating: 3, reviewedAt: '2026-01-01T10:00:00Z' },
        { rating: 3, reviewedAt: '2026-01-02T10:00:00Z' },
      ],
    }));
    await expect(optimizeParameters(sameDay, { minReviews: 1, minItems: 1 })).rejects.toThrow(
      /too little usable history/,
    );
  });
});
