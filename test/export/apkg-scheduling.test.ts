import { afterEach, describe, expect, it } from 'vitest';
import { buildApkg } from '../../src/export/apkg.js';
import type { ItemScheduling } from '../../src/export/scheduling.js';
import { type OpenedApkg, openApkg, SAMPLE_ITEMS } from './helpers.js';

const NOW = new Date('2024-05-10T12:00:00Z');
const MINUTES_10 = 10 / 1440;

const reviewed: ItemScheduling = {
  card: {
    state: 'review',
    due: new Date('2024-05-13T09:00:00Z'),
    lastReview: new Date('2024-05-04T09:00:00Z'),
    stability: 9.1234567,
    difficulty: 4.5,
    reps: 3,
    lapses: 0,
    decay: 0.1542,
    desiredRetention: 0.9,
  },
  reviews: [
    {
      reviewedAt: new Date('2024-05-01T09:00:00Z'),
      rating: 3,
      durationMs: 8000,
      interval: MINUTES_10,
      lastInterval: 0,
    },
    {
      reviewedAt: new Date('2024-05-01T09:10:00Z'),
      rating: 3,
      durationMs: 5000,
      interval: 3,
      lastInterval: MINUTES_10,
    },
    {
      reviewedAt: new Date('2024-05-04T09:00:00Z'),
      rating: 4,
      durationMs: 90_000,
      interval: 9,
      lastInterval: 3,
      ease: 2650,
    },
  ],
};

const learning: ItemScheduling = {
  card: {
    state: 'learning',
    due: new Date('2024-05-10T12:10:00Z'),
    stability: 0.4,
    difficulty: 6,
    reps: 1,
    lapses: 0,
  },
  reviews: [
    {
      reviewedAt: new Date('2024-05-10T12:00:00Z'),
      rating: 1,
      durationMs: 4000,
      interval: 0,
      lastInterval: 0,
    },
  ],
};

const relearning: ItemScheduling = {
  card: {
    state: 'relearning',
    due: new Date('2024-05-12T12:00:00Z'),
    lastReview: new Date('2024-05-10T11:00:00Z'),
    stability: 1.5,
    difficulty: 8,
    reps: 6,
    lapses: 1,
  },
  reviews: [],
};

let opened: OpenedApkg[] = [];
afterEach(() => {
  for (const apkg of opened) apkg.close();
  opened = [];
});

async function exportWith(scheduling?: ReadonlyMap<string, ItemScheduling>) {
  const apkg = openApkg(await buildApkg(SAMPLE_ITEMS, { vaultName: 'V', now: NOW, scheduling }));
  opened.push(apkg);
  return { db: apkg.db };
}

describe('scheduling in the .apkg', () => {
  it('exports every card as new, in item order, with an empty review log when no scheduling is given', async () => {
    const { db } = await exportWith();
    const cards = db
      .prepare('select type, queue, due, ivl, factor, reps, lapses, left, data from cards')
      .all();
    expect(cards.every((c) => (c as { type: number; queue: number }).type === 0)).toBe(true);
    const dues = db.prepare('select due from cards order by due').pluck().all();
    expect(dues).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8]);
    expect(db.prepare('select count(*) from revlog').pluck().get()).toBe(0);
    expect(db.prepare('select crt from col').pluck().get()).toBe(Date.parse('2024-05-10T00:00:00Z') / 1000);
  });

  it('carries the state of a review card and its review log', async () => {
    const { db } = await exportWith(new Map([['qa-1', reviewed]]));
    const crt = Date.parse('2024-05-01T00:00:00Z') / 1000;
    expect(db.prepare('select crt from col').pluck().get()).toBe(crt);
    const card = db
      .prepare('select cards.* from cards join notes on notes.id = cards.nid where flds like ?')
      .get('Which sea%') as Record<string, unknown>;
    expect(card).toMatchObject({
      type: 2,
      queue: 2,
      due: 12,
      ivl: 9,
      factor: 2650,
      reps: 3,
      lapses: 0,
      left: 0,
    });
    // Anki 23.10+ reads FSRS memory state from `data`; 25.02+ (FSRS-6) also the decay of the parameters.
    expect(JSON.parse(card.data as string)).toEqual({
      s: 9.1235,
      d: 4.5,
      dr: 0.9,
      decay: 0.1542,
      lrt: Date.parse('2024-05-04T09:00:00Z') / 1000,
    });
    const revlog = db.prepare('select * from revlog order by id').all();
    expect(revlog).toEqual([
      {
        id: Date.parse('2024-05-01T09:00:00Z'),
        cid: card.id,
        usn: -1,
        ease: 3,
        ivl: -600,
        lastIvl: 0,
        factor: 0,
        time: 8000,
        type: 0,
      },
      {
        id: Date.parse('2024-05-01T09:10:00Z'),
        cid: card.id,
        usn: -1,
        ease: 3,
        ivl: 3,
        lastIvl: -600,
        factor: 0,
        time: 5000,
        type: 0,
      },
      {
        id: Date.parse('2024-05-04T09:00:00Z'),
        cid: card.id,
        usn: -1,
        ease: 4,
        ivl: 9,
        lastIvl: 3,
        factor: 2650,
        time: 60_000,
        type: 1,
      },
    ]);
    const others = db.prepare('select count(*) from cards where type = 0').pluck().get();
    expect(others).toBe(8);
  });

  it('stores a learning step due today in epoch seconds and a later relearning step as a day number', async () => {
    const { db } = await exportWith(
      new Map([
        ['cloze-1', learning],
        ['date-1', relearning],
      ]),
    );
    const crt = Date.parse('2024-05-10T00:00:00Z') / 1000;
    expect(db.prepare('select crt from col').pluck().get()).toBe(crt);
    const cardOf = (start: string) =>
      db
        .prepare('select cards.* from cards join notes on notes.id = cards.nid where flds like ?')
        .get(`${start}%`);
    expect(cardOf('The Danube passes')).toMatchObject({
      type: 1,
      queue: 1,
      due: Date.parse('2024-05-10T12:10:00Z') / 1000,
      ivl: 0,
      reps: 1,
      left: 1001,
    });
    expect(cardOf('When did')).toMatchObject({
      type: 3,
      queue: 3,
      due: 2,
      ivl: 2,
      reps: 6,
      lapses: 1,
      factor: 2500,
    });
    const learnRow = db.prepare('select ease, ivl, lastIvl, type from revlog').all();
    expect(learnRow).toEqual([{ ease: 1, ivl: 0, lastIvl: 0, type: 0 }]);
  });

  it('keeps revlog ids unique when two reviews share a millisecond', async () => {
    const sameTime = new Date('2024-05-02T10:00:00Z');
    const a: ItemScheduling = {
      ...learning,
      reviews: [{ reviewedAt: sameTime, rating: 3, durationMs: 1000, interval: MINUTES_10, lastInterval: 0 }],
    };
    const { db } = await exportWith(
      new Map([
        ['qa-1', a],
        ['arg-1', a],
      ]),
    );
    expect(db.prepare('select id from revlog order by id').pluck().all()).toEqual([
      sameTime.getTime(),
      sameTime.getTime() + 1,
    ]);
  });
});
