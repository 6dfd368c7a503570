import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../src/schedule/index.js';
import type { QueueEntryKind } from '../../src/schedule/queue.js';
import type { LoadedQueue } from '../../src/study/queue.js';
import { SessionQueue } from '../../src/study/session-queue.js';

const T = Date.parse('2025-03-10T10:00:00.000Z');
const MIN = 60_000;

function entry(itemId: string, kind: QueueEntryKind, dueMs: number): QueueEntry {
  return { itemId, factKey: `fact of ${itemId}`, notePath: 'a.md', kind, due: new Date(dueMs).toISOString() };
}

/** As buildQueue orders them: learning due now, reviews and new items, learning due within the look-ahead. */
const loaded: LoadedQueue = {
  queue: {
    entries: [
      entry('learning-now', 'learning', T - MIN),
      entry('review-1', 'review', T - 60 * MIN),
      entry('new-1', 'new', T - 1000 * MIN),
      entry('review-2', 'review', T - 30 * MIN),
      entry('learning-soon', 'learning', T + 5 * MIN),
    ],
    buried: [],
    overLimit: { reviews: 0, new: 0 },
  },
  laterLearning: [entry('learning-later', 'learning', T + 45 * MIN)],
  doneToday: 7,
};

function session(answered = new Set<string>()): SessionQueue {
  return new SessionQueue(loaded, {
    day: '2025-03-10',
    builtAt: T,
    mark: 1,
    answered,
    learnAheadMs: 20 * MIN,
  });
}

describe('the session queue kept between answers', () => {
  it('shows learning due now, then reviews and new items, then learning due within the look-ahead', () => {
    const queue = session();
    const shown: string[] = [];
    for (let entry = queue.next(T); entry; entry = queue.next(T)) {
      shown.push(entry.itemId);
      queue.recordAnswer(entry.itemId);
    }
    expect(shown).toEqual(['learning-now', 'review-1', 'new-1', 'review-2', 'learning-soon']);
    expect(queue.done()).toBe(12);
    expect(queue.remaining(T)).toBe(0);
  });

  it('puts a learning card first once it falls due, without being built again', () => {
    const queue = session();
    queue.recordAnswer('learning-now');
    expect(queue.next(T)?.itemId).toBe('review-1');
    expect(queue.next(T + 6 * MIN)?.itemId).toBe('learning-soon');
    queue.recordAnswer('learning-soon');
    expect(queue.next(T + 6 * MIN)?.itemId).toBe('review-1');
    expect(queue.next(T + 46 * MIN)?.itemId).toBe('learning-later');
  });

  it('counts what is left one by one, and the learning cards that come within the look-ahead', () => {
    const queue = session();
    expect(queue.remaining(T)).toBe(5);
    queue.recordAnswer('review-2');
    expect(queue.remaining(T)).toBe(4);
    queue.recordAnswer('review-2');
    expect(queue.remaining(T)).toBe(4);
    queue.skip('new-1');
    expect(queue.remaining(T)).toBe(3);
    expect(queue.remaining(T + 30 * MIN)).toBe(4);
  });

  it('skips what was answered earlier in the study day, and an item that can no longer be studied', () => {
    const queue = session(new Set(['learning-now', 'review-1']));
    expect(queue.remaining(T)).toBe(3);
    expect(queue.next(T)?.itemId).toBe('new-1');
    queue.skip('new-1');
    expect(queue.next(T)?.itemId).toBe('review-2');
    expect(queue.done()).toBe(7);
  });
});
