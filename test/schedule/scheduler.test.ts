import { createEmptyCard, type Grade as FsrsGrade, fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fromFsrsCard, type Grade, toFsrsCard } from '../../src/schedule/card-state.js';
import { ScheduleSettingsError } from '../../src/schedule/errors.js';
import { formatInterval } from '../../src/schedule/format-interval.js';
import { makeScheduler } from '../../src/schedule/scheduler.js';

const start = new Date('2026-03-02T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Answers a sequence, each answer given when the card comes due (plus a little slack). */
function replay(ratings: readonly Grade[]) {
  const scheduler = makeScheduler();
  const reference = fsrs(generatorParameters({ enable_fuzz: false }));
  let ours = scheduler.newCardState(start);
  let theirs = createEmptyCard(start);
  let now = start;
  for (const rating of ratings) {
    ours = scheduler.answer(ours, rating, now).card;
    theirs = reference.next(theirs, now, rating as FsrsGrade).card;
    expect(ours).toEqual(fromFsrsCard(theirs));
    now = new Date(new Date(ours.due).getTime() + HOUR);
  }
  return ours;
}

describe('scheduler', () => {
  it('matches ts-fsrs next() for a whole sequence of answers', () => {
    const final = replay([3, 3, 3, 1, 3, 2, 4, 3]);
    expect(final.reps).toBe(8);
    expect(final.lapses).toBe(1);
    expect(final.phase).toBe('review');
  });

  it('matches ts-fsrs when the student keeps failing', () => {
    const final = replay([1, 1, 3, 3, 1, 1, 3]);
    expect(final.lapses).toBeGreaterThanOrEqual(1);
  });

  it('starts a new item as new, due now, with no review', () => {
    const card = makeScheduler().newCardState(start);
    expect(card).toEqual({
      phase: 'new',
      due: '2026-03-02T09:00:00.000Z',
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
    });
  });

  it('previews the default learning steps on a new item: 1m, 6m, 10m and days for Easy', () => {
    const scheduler = makeScheduler();
    const preview = scheduler.preview(scheduler.newCardState(start), start);
    expect(preview.again.label).toBe('1m');
    expect(preview.hard.label).toBe('6m');
    expect(preview.good.label).toBe('10m');
    const easy = fsrs().next(createEmptyCard(start), start, 4).card;
    expect(preview.easy.due).toBe(easy.due.toISOString());
    expect(preview.easy.label).toMatch(/^\d+d$/);
  });

  it('uses custom learning steps', () => {
    const scheduler = makeScheduler({ learningSteps: ['5m'] });
    const preview = scheduler.preview(scheduler.newCardState(start), start);
    expect(preview.again.label).toBe('5m');
  });

  it('records the state before and after in the log', () => {
    const scheduler = makeScheduler();
    const before = scheduler.newCardState(start);
    const { card, log } = scheduler.answer(before, 3, start);
    expect(log.before).toEqual(before);
    expect(log.after).toEqual(card);
    expect(log.rating).toBe(3);
    expect(log.reviewedAt).toBe(start.toISOString());
  });

  it('round-trips a state through ts-fsrs cards exactly', () => {
    const card = replay([3, 3, 2]);
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('honours the desired retention: a higher target gives a shorter interval', () => {
    const review = replay([3, 3]);
    const now = new Date(review.due);
    const low = makeScheduler({ desiredRetention: 0.8 }).preview(review, now).good.intervalMs;
    const high = makeScheduler({ desiredRetention: 0.95 }).preview(review, now).good.intervalMs;
    expect(high).toBeLessThan(low);
  });

  it('caps intervals at the maximum interval as ts-fsrs does (Good and Easy stay a day apart above Hard)', () => {
    const scheduler = makeScheduler({ maximumInterval: 3 });
    const review = replay([4, 4, 4]);
    const now = new Date(review.due);
    const preview = scheduler.preview(review, now);
    expect(preview.hard.intervalMs).toBe(3 * DAY);
    const reference = fsrs(generatorParameters({ maximum_interval: 3 })).repeat(toFsrsCard(review), now);
    expect(preview.good.due).toBe(reference[3].card.due.toISOString());
    expect(preview.easy.due).toBe(reference[4].card.due.toISOString());
  });

  it('fuzzes the same item the same way every time, seeded by its id', () => {
    const scheduler = makeScheduler({ enableFuzz: true });
    const review = replay([3, 3, 3, 3]);
    const now = new Date(review.due);
    const a = scheduler.answer(review, 3, now, 'item-a').card.due;
    expect(scheduler.answer(review, 3, now, 'item-a').card.due).toBe(a);
    const dues = new Set(
      ['x', 'y', 'z', 'w', 'v'].map((id) => scheduler.answer(review, 3, now, id).card.due),
    );
    expect(dues.size).toBeGreaterThan(1);
    expect(scheduler.answer(review, 3, now, 'item-a').card).not.toHaveProperty('recollectItemId');
  });

  it('refuses bad settings with a typed error', () => {
    expect(() => makeScheduler({ desiredRetention: 1.2 })).toThrow(ScheduleSettingsError);
    expect(() => makeScheduler({ learningSteps: ['ten minutes'] })).toThrow(ScheduleSettingsError);
    expect(() => makeScheduler({ weights: [1, 2] })).toThrow(ScheduleSettingsError);
  });
});

describe('formatInterval', () => {
  it.each([
    [60_000, '1m'],
    [10 * 60_000, '10m'],
    [59.8 * 60_000, '1h'],
    [3 * HOUR, '3h'],
    [3 * DAY, '3d'],
    [60 * DAY, '2mo'],
    [45 * DAY, '1.5mo'],
    [438 * DAY, '1.2y'],
  ])('formats %d ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
