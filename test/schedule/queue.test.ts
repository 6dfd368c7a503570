import { describe, expect, it } from 'vitest';
import { buildQueue, interleave, type QueueCandidate, type StudiedToday } from '../../src/schedule/queue.js';

const now = new Date('2026-03-10T10:00:00Z');
const nothingYet: StudiedToday = { newStudied: 0, reviewsDone: 0, factKeysSeen: [] };
const boundary = { rolloverHour: 4, timeZone: 'UTC' };

function item(itemId: string, over: Partial<QueueCandidate> = {}): QueueCandidate {
  return {
    itemId,
    factKey: `fact-${itemId}`,
    notePath: 'history/russia.md',
    status: 'active',
    phase: 'review',
    due: '2026-03-10T08:00:00Z',
    ...over,
  };
}

const ids = (candidates: readonly QueueCandidate[], today = nothingYet, limits = {}) =>
  buildQueue({ candidates, today, now, limits, boundary }).entries.map((e) => e.itemId);

describe('buildQueue', () => {
  it('shows learning items due now first, then reviews most overdue first', () => {
    const queue = ids([
      item('r-recent', { due: '2026-03-09T08:00:00Z' }),
      item('r-old', { due: '2026-02-01T08:00:00Z' }),
      item('l-1', { phase: 'learning', due: '2026-03-10T09:59:00Z' }),
      item('rl-1', { phase: 'relearning', due: '2026-03-10T09:50:00Z' }),
    ]);
    expect(queue).toEqual(['rl-1', 'l-1', 'r-old', 'r-recent']);
  });

  it('includes reviews due later today (before the 4 am rollover) but not tomorrow', () => {
    const queue = ids([
      item('tonight', { due: '2026-03-11T03:59:00Z' }),
      item('tomorrow', { due: '2026-03-11T04:00:00Z' }),
    ]);
    expect(queue).toEqual(['tonight']);
  });

  it('keeps learning items due in the next 20 minutes for the end, and later ones out', () => {
    const queue = ids([
      item('soon', { phase: 'learning', due: '2026-03-10T10:15:00Z' }),
      item('later', { phase: 'learning', due: '2026-03-10T10:45:00Z' }),
      item('review'),
    ]);
    expect(queue).toEqual(['review', 'soon']);
  });

  it('excludes suspended and retired items', () => {
    expect(ids([item('a', { status: 'suspended' }), item('b', { status: 'retired' }), item('c')])).toEqual([
      'c',
    ]);
  });

  it('applies the daily limits after what was already studied today', () => {
    const reviews = Array.from({ length: 5 }, (_, i) =>
      item(`r${i}`, { due: `2026-03-0${i + 1}T08:00:00Z` }),
    );
    const fresh = Array.from({ length: 5 }, (_, i) => item(`n${i}`, { phase: 'new', line: i + 1 }));
    const today = { newStudied: 1, reviewsDone: 2, factKeysSeen: [] };
    const queue = buildQueue({
      candidates: [...reviews, ...fresh],
      today,
      now,
      boundary,
      limits: { reviewsPerDay: 4, newPerDay: 3 },
    });
    expect(queue.entries.filter((e) => e.kind === 'review').map((e) => e.itemId)).toEqual(['r0', 'r1']);
    expect(queue.entries.filter((e) => e.kind === 'new').map((e) => e.itemId)).toEqual(['n0', 'n1']);
    expect(queue.overLimit).toEqual({ reviews: 3, new: 3 });
  });

  it('uses 20 new and 200 reviews a day by default', () => {
    const many = Array.from({ length: 250 }, (_, i) => item(`r${String(i).padStart(3, '0')}`));
    const fresh = Array.from({ length: 30 }, (_, i) =>
      item(`n${String(i).padStart(2, '0')}`, { phase: 'new' }),
    );
    const queue = buildQueue({ candidates: [...many, ...fresh], today: nothingYet, now, boundary });
    expect(queue.entries.filter((e) => e.kind === 'review')).toHaveLength(200);
    expect(queue.entries.filter((e) => e.kind === 'new')).toHaveLength(20);
  });

  it('spreads new items among the reviews', () => {
    const reviews = ['r1', 'r2', 'r3', 'r4'].map((id) => item(id));
    const fresh = ['n1', 'n2'].map((id, i) => item(id, { phase: 'new', line: i }));
    expect(ids([...reviews, ...fresh])).toEqual(['r1', 'r2', 'n1', 'r3', 'r4', 'n2']);
  });

  it('shows only one item of a fact per day and buries its siblings', () => {
    const queue = buildQueue({
      candidates: [
        item('cloze', { factKey: 'stalin-1922', due: '2026-03-01T08:00:00Z' }),
        item('qa', { factKey: 'stalin-1922', due: '2026-03-05T08:00:00Z' }),
        item('reverse', { factKey: 'stalin-1922', phase: 'new' }),
      ],
      today: nothingYet,
      now,
      boundary,
    });
    expect(queue.entries.map((e) => e.itemId)).toEqual(['cloze']);
    expect(queue.buried).toEqual(['qa', 'reverse']);
  });

  it('buries every item of a fact answered earlier today, but not a sibling still in learning', () => {
    const today = { newStudied: 0, reviewsDone: 1, factKeysSeen: ['lenin-death'] };
    const queue = ids(
      [
        item('date', { factKey: 'lenin-death' }),
        item('cloze', { factKey: 'lenin-death', phase: 'relearning', due: '2026-03-10T09:00:00Z' }),
        item('other'),
      ],
      today,
    );
    expect(queue).toEqual(['cloze', 'other']);
  });

  it('orders new items by when they were added, then by note and line', () => {
    const queue = ids([
      item('b2', { phase: 'new', notePath: 'b.md', line: 2, due: '2026-03-01T00:00:00Z' }),
      item('a9', { phase: 'new', notePath: 'a.md', line: 9, due: '2026-03-01T00:00:00Z' }),
      item('b1', { phase: 'new', notePath: 'b.md', line: 1, due: '2026-03-01T00:00:00Z' }),
      item('z-old', { phase: 'new', notePath: 'z.md', line: 1, due: '2026-02-01T00:00:00Z' }),
    ]);
    expect(queue).toEqual(['z-old', 'a9', 'b1', 'b2']);
  });

  it('interleaves evenly and keeps the leftovers in order', () => {
    expect(interleave([1, 2, 3], [])).toEqual([1, 2, 3]);
    expect(interleave([], ['a'])).toEqual(['a']);
    expect(interleave([1, 2, 3, 4, 5, 6], ['a', 'b', 'c'])).toEqual([1, 2, 'a', 3, 4, 'b', 5, 6, 'c']);
    expect(interleave([1], ['a', 'b', 'c'])).toEqual(['a', 'b', 1, 'c']);
  });
});
