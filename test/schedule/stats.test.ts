import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/schedule/card-state.js';
import { computeStats, type ItemCard, type ReviewRow } from '../../src/schedule/stats.js';

const now = new Date('2026-05-20T15:00:00Z');
const boundary = { rolloverHour: 4, timeZone: 'UTC' };

function card(phase: CardState['phase'], due: string, stability = 5): CardState {
  return {
    phase,
    due,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: phase === 'new' ? 0 : 3,
    lapses: 0,
    lastReview: phase === 'new' ? null : '2026-05-10T10:00:00.000Z',
  };
}

const items: ItemCard[] = [
  { itemId: 'overdue', notePath: 'a.md', status: 'active', card: card('review', '2026-05-15T10:00:00Z', 30) },
  { itemId: 'tonight', notePath: 'a.md', status: 'active', card: card('review', '2026-05-21T03:00:00Z', 25) },
  { itemId: 'tomorrow', notePath: 'a.md', status: 'active', card: card('review', '2026-05-21T10:00:00Z') },
  { itemId: 'in-10-days', notePath: 'b.md', status: 'active', card: card('review', '2026-05-30T10:00:00Z') },
  { itemId: 'learning', notePath: 'b.md', status: 'active', card: card('learning', '2026-05-20T15:10:00Z') },
  { itemId: 'fresh', notePath: 'b.md', status: 'active', card: card('new', '2026-05-01T00:00:00Z') },
  {
    itemId: 'paused',
    notePath: 'b.md',
    status: 'suspended',
    card: card('review', '2026-05-19T10:00:00Z', 40),
  },
  { itemId: 'gone', notePath: 'c.md', status: 'retired', card: card('review', '2026-05-19T10:00:00Z') },
];

const review = (reviewedAt: string, rating: ReviewRow['rating'], phaseBefore: ReviewRow['phaseBefore']) => ({
  itemId: 'x',
  rating,
  reviewedAt,
  phaseBefore,
});

const reviews: ReviewRow[] = [
  review('2026-05-20T09:00:00Z', 3, 'review'),
  review('2026-05-20T09:01:00Z', 1, 'review'),
  review('2026-05-20T09:02:00Z', 3, 'relearning'),
  review('2026-05-19T20:00:00Z', 2, 'review'),
  review('2026-05-19T02:00:00Z', 4, 'review'), // 2 am counts as 18 May
  review('2026-05-17T12:00:00Z', 3, 'learning'),
  review('2026-04-01T12:00:00Z', 1, 'review'), // older than 30 days
];

describe('computeStats', () => {
  const stats = computeStats({ reviews, items, now, boundary });

  it('counts due items today, overdue included, suspended and retired excluded', () => {
    expect(stats.today).toBe('2026-05-20');
    expect(stats.dueToday).toBe(3); // overdue, tonight (before the 4 am rollover), learning
    expect(stats.newAvailable).toBe(1);
  });

  it('forecasts the next 7 and 30 days', () => {
    expect(stats.forecast7.map((d) => d.count)).toEqual([3, 1, 0, 0, 0, 0, 0]);
    expect(stats.forecast7[1]?.day).toBe('2026-05-21');
    expect(stats.forecast30).toHaveLength(30);
    expect(stats.forecast30[10]).toEqual({ day: '2026-05-30', count: 1 });
  });

  it('counts reviews per study day for the last 30 days', () => {
    expect(stats.reviewsPerDay).toHaveLength(30);
    expect(stats.reviewsPerDay[0]?.day).toBe('2026-04-21');
    expect(stats.reviewsPerDay.slice(-4)).toEqual([
      { day: '2026-05-17', count: 1 },
      { day: '2026-05-18', count: 1 },
      { day: '2026-05-19', count: 1 },
      { day: '2026-05-20', count: 3 },
    ]);
  });

  it('measures true retention on review-phase answers of the last 30 days', () => {
    expect(stats.trueRetention).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
  });

  it('counts the streak of consecutive study days ending today', () => {
    expect(stats.streak).toBe(4);
  });

  it('keeps the streak alive from yesterday before today’s first review', () => {
    const earlier = reviews.filter((r) => !r.reviewedAt.startsWith('2026-05-20'));
    expect(computeStats({ reviews: earlier, items, now, boundary }).streak).toBe(3);
    const lapsed = earlier.filter((r) => r.reviewedAt !== '2026-05-19T20:00:00Z');
    expect(computeStats({ reviews: lapsed, items, now, boundary }).streak).toBe(0);
  });

  it('gives per-note mastery as the share of active items with stability of 21 days or more', () => {
    expect(stats.mastery).toEqual([
      { notePath: 'a.md', items: 3, mastered: 2, share: 2 / 3 },
      { notePath: 'b.md', items: 3, mastered: 0, share: 0 },
      { notePath: 'c.md', items: 0, mastered: 0, share: 0 },
    ]);
  });

  it('reports no retention rate without reviews', () => {
    expect(computeStats({ reviews: [], items: [], now, boundary }).trueRetention.rate).toBeNull();
  });
});
