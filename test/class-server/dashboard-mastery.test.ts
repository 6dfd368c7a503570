/**
 * The teacher's dashboard over a review history this test writes into each student's own store (cards with
 * chosen stabilities, answers with chosen times and before-states), read back over HTTP: mastery per note and
 * per item, retention per ISO week, who is behind, and the mastery CSVs. Every expected number below is worked
 * out by hand from that history.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openClassStore, openStudentStore } from '../../src/class-server/stores.js';
import type { CardState } from '../../src/schedule/card-state.js';
import { findClass, membersOf } from '../../src/store/server/classes.js';
import type { Store, StoredItem } from '../../src/store/types.js';
import { type Client, useClassServer } from './helpers.js';

// Wednesday of ISO week 2025-W11 (Monday 2025-03-10).
const NOW = new Date('2025-03-12T10:00:00.000Z');
const h = useClassServer({ now: () => NOW });

const NOTES = [
  {
    path: 'Biology/cells.md',
    text: "# Cells\n\n- The **nucleus** holds the cell's DNA\n- **Ribosomes** are where proteins are made\n",
  },
  {
    path: 'Biology/plants.md',
    text: '# Plants\n\n- **Chlorophyll** is the green pigment that absorbs light\n',
  },
];

function card(phase: CardState['phase'], stability: number, due: string): CardState {
  return {
    phase,
    due,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: '2025-03-01T09:00:00.000Z',
  };
}

/** An answer `rating` at `at` to a card that was in `phase` before it (null: a card never seen). */
function answered(store: Store, itemId: string, rating: 1 | 2 | 3 | 4, at: string, phase: string | null) {
  return store.appendReview({
    itemId,
    rating,
    reviewedAt: new Date(at),
    durationMs: 3000,
    stateBefore: phase === null ? null : card(phase as CardState['phase'], 10, at),
    stateAfter: card('review', 10, at),
  });
}

let teacher: Client;
let classId: string;
let x: StoredItem;
let y: StoredItem;
let others: StoredItem[];
let plants: StoredItem[];
let p: StoredItem;

beforeAll(async () => {
  teacher = await h.teacher('mastery@school.example');
  const cls = await h.newClass(teacher, 'Biology 7B');
  classId = cls.id;
  expect((await teacher.post(`/api/classes/${classId}/publish`, { notes: NOTES })).status).toBe(200);
  for (const who of ['ann', 'ben', 'cy']) await h.student(`${who}@pupil.example`, cls.invite);

  const db = h.server().context.db;
  const record = await findClass(db, classId);
  if (!record) throw new Error('class not found');
  const items = await (await openClassStore(h.pg.connection(), record)).listItems({ states: ['active'] });
  const cells = items
    .filter((i) => i.source.path === 'Biology/cells.md')
    .sort((a, b) => a.source.line - b.source.line);
  plants = items.filter((i) => i.source.path === 'Biology/plants.md');
  // X and Y from the two bullets (a fact may give two items; the others are nobody's).
  x = cells[0] as StoredItem;
  y = cells.find((i) => i.source.line !== x.source.line) as StoredItem;
  others = cells.filter((i) => i !== x && i !== y);
  p = plants[0] as StoredItem;
  expect(cells.length).toBeGreaterThanOrEqual(2);
  expect(plants.length).toBeGreaterThanOrEqual(1);

  const members = new Map((await membersOf(db, record.id)).map((m) => [m.email, m.personId]));
  const store = (who: string) =>
    openStudentStore(h.pg.connection(), record, members.get(`${who}@pupil.example`) ?? -1);
  const ann = await store('ann');
  const ben = await store('ben');

  // Ann: X mastered (stability 30); Y at 20.9 days, not yet, and due 25 hours ago (behind); P mastered by
  // its stability but suspended as a leech, so not mastered, though seen (and not due: suspended).
  await ann.saveCard(x.id, card('review', 30, '2025-04-01T00:00:00.000Z'));
  await ann.saveCard(y.id, card('review', 20.9, '2025-03-11T09:00:00.000Z'));
  await ann.saveCard(p.id, card('review', 40, '2025-03-01T00:00:00.000Z'));
  await ann.setItemState(p.id, 'suspended', NOW);
  await answered(ann, x.id, 3, '2025-03-03T08:00:00.000Z', 'review'); // W10, passed
  await answered(ann, y.id, 1, '2025-03-04T08:00:00.000Z', 'review'); // W10, failed
  await answered(ann, y.id, 3, '2025-03-05T08:00:00.000Z', 'relearning'); // not retention
  await answered(ann, x.id, 2, '2025-03-10T08:00:00.000Z', 'review'); // W11, passed (Hard)

  // Ben: X mastered at exactly 21 days, due an hour ago (due, not behind); P still learning with a high
  // stability (not mastered), due exactly 24 hours ago (due, not yet behind).
  await ben.saveCard(x.id, card('review', 21, '2025-03-12T09:00:00.000Z'));
  await ben.saveCard(p.id, card('learning', 50, '2025-03-11T10:00:00.000Z'));
  await answered(ben, x.id, 1, '2025-02-18T08:00:00.000Z', 'review'); // W08, failed
  await answered(ben, p.id, 3, '2025-02-20T08:00:00.000Z', null); // first sight: not retention
  await answered(ben, x.id, 4, '2025-03-09T23:59:59.000Z', 'review'); // Sunday: still W10, passed
  // Cy has joined and done nothing.
});

describe('the dashboard over a hand-built history', () => {
  it('lists the students most behind first, with due, behind, reviews and last review', async () => {
    const reply = await teacher.get(`/api/classes/${classId}/dashboard`);
    expect(reply.status).toBe(200);
    expect(reply.body.students).toEqual([
      {
        name: 'ann@pupil.example',
        email: 'ann@pupil.example',
        reviews: 4,
        due: 1,
        behind: 1,
        lastReviewAt: '2025-03-10T08:00:00.000Z',
      },
      {
        name: 'ben@pupil.example',
        email: 'ben@pupil.example',
        reviews: 3,
        due: 2,
        behind: 0,
        lastReviewAt: '2025-03-09T23:59:59.000Z',
      },
      {
        name: 'cy@pupil.example',
        email: 'cy@pupil.example',
        reviews: 0,
        due: 0,
        behind: 0,
        lastReviewAt: null,
      },
    ]);
    expect(reply.body.definitions).toEqual({ masteryStabilityDays: 21, behindAfterHours: 24 });
  });

  it('gives mastery per note over students × items, and per item mastered by k of n', async () => {
    const reply = await teacher.get(`/api/classes/${classId}/dashboard`);
    const notes = reply.body.notes as {
      path: string;
      items: number;
      mastered: number;
      possible: number;
      share: number | null;
      seenBy: number;
      itemList: { itemId: string; masteredBy: number; seenBy: number }[];
    }[];
    const n = 2 + others.length; // cells items
    expect(notes.map(({ itemList: _, ...note }) => note)).toEqual([
      // X by Ann and Ben: 2 of 3 × n; seen by Ann and Ben.
      {
        path: 'Biology/cells.md',
        title: 'Cells',
        items: n,
        mastered: 2,
        possible: 3 * n,
        share: 2 / (3 * n),
        seenBy: 2,
      },
      // P: Ann's is suspended, Ben's is learning: nobody; seen by both.
      {
        path: 'Biology/plants.md',
        title: 'Plants',
        items: plants.length,
        mastered: 0,
        possible: 3 * plants.length,
        share: 0,
        seenBy: 2,
      },
    ]);
    const byItem = new Map(
      notes.flatMap((note) => note.itemList).map((i) => [i.itemId, [i.masteredBy, i.seenBy]]),
    );
    expect(byItem.get(x.id)).toEqual([2, 2]);
    expect(byItem.get(y.id)).toEqual([0, 1]);
    for (const other of others) expect(byItem.get(other.id)).toEqual([0, 0]);
    expect(byItem.get(p.id)).toEqual([0, 2]);
  });

  it('gives retention per ISO week of answers to learned cards, empty weeks included', async () => {
    const reply = await teacher.get(`/api/classes/${classId}/dashboard`);
    expect(reply.body.retention).toEqual([
      { week: '2025-W08', monday: '2025-02-17', reviews: 1, passed: 0, share: 0 },
      { week: '2025-W09', monday: '2025-02-24', reviews: 0, passed: 0, share: null },
      { week: '2025-W10', monday: '2025-03-03', reviews: 3, passed: 2, share: 2 / 3 },
      { week: '2025-W11', monday: '2025-03-10', reviews: 1, passed: 1, share: 1 },
    ]);
  });

  it('ranks the failed items from the grouped review log', async () => {
    const reply = await teacher.get(`/api/classes/${classId}/dashboard`);
    const failed = reply.body.mostFailed as {
      itemId: string;
      fails: number;
      reviews: number;
      students: number;
    }[];
    // Y: 1 of Ann's 2 answers; X: 1 of 4 (Ann 2, Ben 2). Equal fails: the larger share first.
    expect(failed.map(({ itemId, fails, reviews, students }) => [itemId, fails, reviews, students])).toEqual([
      [y.id, 1, 2, 1],
      [x.id, 1, 4, 1],
    ]);
  });

  it('downloads mastery per note and per item as CSV', async () => {
    const download = async (name: string) => {
      const response = await fetch(`${h.server().url}/api/classes/${classId}/${name}`, {
        headers: { cookie: teacher.cookie ?? '' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      return { text: await response.text(), disposition: response.headers.get('content-disposition') };
    };
    const n = 2 + others.length;
    const notes = await download('mastery.csv');
    expect(notes.disposition).toContain("filename*=UTF-8''Biology-7B-mastery.csv");
    expect(notes.text).toBe(
      [
        'note,title,items,students,seen_by,mastered,possible,mastered_share',
        `Biology/cells.md,Cells,${n},3,2,2,${3 * n},${Math.round((2 / (3 * n)) * 1000) / 1000}`,
        `Biology/plants.md,Plants,${plants.length},3,2,0,${3 * plants.length},0`,
        '',
      ].join('\r\n'),
    );
    const rows = (await download('mastery-items.csv')).text.split('\r\n');
    expect(rows[0]).toBe('note,line,prompt,answer,mastered_by,seen_by,students');
    expect(rows.at(-1)).toBe('');
    // Each row: note, line, …, mastered_by, seen_by, students (prompts may hold quoted commas).
    const summary = (row: string) => {
      const fields = row.split(',');
      return [fields[0], fields[1], ...fields.slice(-3)].join(',');
    };
    const expected = [
      `Biology/cells.md,${x.source.line},2,2,3`,
      `Biology/cells.md,${y.source.line},0,1,3`,
      ...others.map((i) => `Biology/cells.md,${i.source.line},0,0,3`),
      ...plants.map((i) => `Biology/plants.md,${i.source.line},0,${i === p ? 2 : 0},3`),
    ];
    expect(rows.slice(1, -1).map(summary).sort()).toEqual(expected.sort());
  });

  it('gives a student of the class none of it', async () => {
    const ann = h.client();
    await ann.post('/api/login', { email: 'ann@pupil.example', password: 'correct horse battery' });
    for (const path of ['dashboard', 'mastery.csv', 'mastery-items.csv']) {
      expect((await ann.get(`/api/classes/${classId}/${path}`)).status).toBe(403);
    }
  });
});
