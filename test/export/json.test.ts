import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/json.js';
import type { ItemScheduling } from '../../src/export/scheduling.js';
import { SAMPLE_ITEMS } from './helpers.js';

const scheduling: ItemScheduling = {
  card: {
    state: 'review',
    due: new Date('2024-05-13T09:00:00Z'),
    stability: 9,
    difficulty: 4.5,
    reps: 3,
    lapses: 0,
  },
  reviews: [
    {
      reviewedAt: new Date('2024-05-04T09:00:00Z'),
      rating: 4,
      durationMs: 5000,
      interval: 9,
      lastInterval: 3,
    },
  ],
};

describe('JSON export', () => {
  it('writes the cards --json Deck (version 1) with its items unchanged', () => {
    const deck = JSON.parse(toJson(SAMPLE_ITEMS, { vault: 'vault', notes: 4 }));
    expect(Object.keys(deck)).toEqual(['version', 'vault', 'notes', 'items', 'events', 'problems']);
    expect(deck).toMatchObject({ version: 1, vault: 'vault', notes: 4, events: [], problems: [] });
    expect(deck.items).toEqual(JSON.parse(JSON.stringify(SAMPLE_ITEMS)));
  });

  it('counts the distinct source notes when the note count is not given', () => {
    expect(JSON.parse(toJson(SAMPLE_ITEMS)).notes).toBe(3);
  });

  it('adds a scheduling map by item id, with ISO dates, only for exported items', () => {
    const map = new Map([
      ['qa-1', scheduling],
      ['gone', scheduling],
    ]);
    const deck = JSON.parse(toJson(SAMPLE_ITEMS, {}, map));
    expect(Object.keys(deck.scheduling)).toEqual(['qa-1']);
    expect(deck.scheduling['qa-1']).toEqual({
      card: {
        state: 'review',
        due: '2024-05-13T09:00:00.000Z',
        stability: 9,
        difficulty: 4.5,
        reps: 3,
        lapses: 0,
        lastReview: null,
      },
      reviews: [
        {
          reviewedAt: '2024-05-04T09:00:00.000Z',
          rating: 4,
          durationMs: 5000,
          interval: 9,
          lastInterval: 3,
          ease: null,
        },
      ],
    });
  });
});
