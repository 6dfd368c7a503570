/**
 * The behaviour every Store backend must have. Run it with a factory that returns a fresh, empty store:
 * `runStoreContract('sqlite', () => openMemoryStore())`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/generate/item.js';
import { factKey } from '../../src/store/rows.js';
import type { NoteRecord, Store } from '../../src/store/types.js';
import { makeItem, reviewCard } from './fixtures.js';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const T1 = new Date('2025-03-02T09:00:00.000Z');

const treaty = makeItem({
  fact: 'The Treaty of Versailles was signed in 1919',
  path: 'history/wwi.md',
  line: 3,
});
const treatyDate = makeItem({
  fact: treaty.fact,
  kind: 'date',
  answer: '1919',
  path: 'history/wwi.md',
  line: 3,
});
const lenin = makeItem({ fact: 'Lenin died in 1924', path: 'history/ussr.md', line: 5 });

function note(path: string): NoteRecord {
  return { path, hash: `hash of ${path}`, size: 10, mtimeMs: 5, title: path };
}

function event(path: string, line: number, sortKey: string, text: string): TimelineEvent {
  return {
    date: sortKey.replace(/-00/g, ''),
    sortKey,
    text,
    context: [path, `line ${line}`],
    source: { path, line, endLine: line },
  };
}

function review(itemId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  return {
    itemId,
    rating,
    reviewedAt: at,
    durationMs: 4200,
    stateBefore: { reps: 0 },
    stateAfter: { reps: 1 },
  };
}

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('lists items by tens of thousands of fact keys or paths at once (no SQL variable limit)', async () => {
      await store.insertItems([treaty, lenin], T0);
      const keys = Array.from({ length: 40_000 }, (_, n) => `unrelated fact ${n}`);
      const byKey = await store.listItems({ factKeys: [...keys, factKey(treaty.fact)] });
      expect(byKey.map((i) => i.id)).toEqual([treaty.id]);
      const paths = Array.from({ length: 40_000 }, (_, n) => `notes/${n}.md`);
      const byPath = await store.listItems({ paths: [...paths, 'history/ussr.md'] });
      expect(byPath.map((i) => i.id)).toEqual([lenin.id]);
    });

    it('stores notes, updates them in place and deletes them', async () => {
      await store.upsertNotes([{ path: 'a.md', hash: 'h1', size: 10, mtimeMs: 5, title: 'A' }], T0);
      await store.upsertNotes([{ path: 'a.md', hash: 'h2', size: 12, mtimeMs: 6, title: 'A2' }], T1);
      expect(await store.listNotes()).toEqual([
        { path: 'a.md', hash: 'h2', size: 12, mtimeMs: 6, title: 'A2' },
      ]);
      await store.deleteNotes(['a.md']);
      expect(await store.listNotes()).toEqual([]);
    });

    it("keeps each note's people with its record, unless a record comes without them", async () => {
      const note = { path: 'a.md', hash: 'h1', size: 10, mtimeMs: 5, title: 'A' };
      await store.upsertNotes(
        [
          { ...note, people: ['Leon Trotsky', 'Vladimir Lenin'] },
          { ...note, path: 'b.md', people: [] },
          { ...note, path: 'c.md' },
        ],
        T0,
      );
      expect(await store.listNotePeople()).toEqual(new Map([['a.md', ['Leon Trotsky', 'Vladimir Lenin']]]));
      expect((await store.listNotes()).map((n) => n.path)).toEqual(['a.md', 'b.md', 'c.md']);
      expect((await store.listNotes())[0]).toEqual(note);
      // A record without people (a note whose build failed) keeps those stored; one with people replaces them.
      await store.upsertNotes([{ ...note, hash: 'h2' }], T1);
      await store.upsertNotes([{ ...note, path: 'b.md', people: ['Rosa Luxemburg'] }], T1);
      expect(await store.listNotePeople()).toEqual(
        new Map([
          ['a.md', ['Leon Trotsky', 'Vladimir Lenin']],
          ['b.md', ['Rosa Luxemburg']],
        ]),
      );
      await store.transaction(async (tx) => {
        await tx.upsertNotes([{ ...note, people: [] }], T1);
        await tx.deleteNotes(['b.md']);
      });
      expect(await store.listNotePeople()).toEqual(new Map());
    });

    it('counts the notes naming each person as notes are written and deleted', async () => {
      const at = (path: string, people?: readonly string[]) => ({
        ...note(path),
        ...(people ? { people } : {}),
      });
      expect(await store.countNotePeople()).toEqual(new Map());
      await store.upsertNotes(
        [
          at('a.md', ['Leon Trotsky', 'Vladimir Lenin', 'Leon Trotsky']),
          at('b.md', ['Leon Trotsky', 'Rosa Luxemburg']),
          at('c.md', []),
          at('d.md'),
        ],
        T0,
      );
      expect(await store.countNotePeople()).toEqual(
        new Map([
          ['Leon Trotsky', 2],
          ['Vladimir Lenin', 1],
          ['Rosa Luxemburg', 1],
        ]),
      );
      expect(await store.listNotePeople(['b.md', 'c.md', 'gone.md'])).toEqual(
        new Map([['b.md', ['Leon Trotsky', 'Rosa Luxemburg']]]),
      );
      expect(await store.listNotePeople([])).toEqual(new Map());
      // A record without people keeps them (and their counts); one with people moves the counts.
      await store.upsertNotes([at('a.md'), at('b.md', ['Karl Marx'])], T1);
      await store.transaction(async (tx) => {
        await tx.deleteNotes(['a.md']);
        await tx.upsertNotes([at('c.md', ['Karl Marx', 'Rosa Luxemburg'])], T1);
      });
      expect(await store.countNotePeople()).toEqual(
        new Map([
          ['Karl Marx', 2],
          ['Rosa Luxemburg', 1],
        ]),
      );
      // A transaction that fails takes its count changes with it.
      await expect(
        store.transaction(async (tx) => {
          await tx.deleteNotes(['b.md', 'c.md']);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect((await store.countNotePeople()).get('Karl Marx')).toBe(2);
    });

    it('returns an inserted item with its content, state and times', async () => {
      await store.insertItems([treaty], T0);
      const stored = await store.getItem(treaty.id);
      expect(stored).toMatchObject({ ...treaty, state: 'active', leech: false, retiredAt: null });
      expect(stored?.createdAt.toISOString()).toBe('2025-03-01T09:00:00.000Z');
      expect(await store.getItem('missing')).toBeNull();
    });

    it('filters items by note path, state and fact key', async () => {
      await store.insertItems([treaty, treatyDate, lenin], T0);
      await store.setItemState(lenin.id, 'retired', T1);
      const wwi = await store.listItems({ paths: ['history/wwi.md'] });
      expect(wwi.map((i) => i.id).sort()).toEqual([treaty.id, treatyDate.id].sort());
      expect((await store.listItems({ states: ['retired'] })).map((i) => i.id)).toEqual([lenin.id]);
      const key = wwi[0]!.factKey;
      expect((await store.listItems({ factKeys: [key] })).length).toBe(2);
      expect((await store.getItems([lenin.id, 'nope'])).map((i) => i.id)).toEqual([lenin.id]);
    });

    it('keeps card and reviews when an item takes a new id, and finds it by the old one', async () => {
      await store.insertItems([treaty], T0);
      await store.saveCard(treaty.id, reviewCard('2025-03-04T09:00:00.000Z'));
      const logId = await store.appendReview(review(treaty.id, 3, T0));
      const edited = makeItem({
        fact: 'The Treaty of Versailles was signed in June 1919',
        path: 'history/wwi.md',
      });
      await store.updateItem(treaty.id, edited, T1);
      expect((await store.getItem(treaty.id))?.id).toBe(edited.id);
      expect(await store.getCard(edited.id)).toEqual(reviewCard('2025-03-04T09:00:00.000Z'));
      expect((await store.reviewsForItem(edited.id)).map((r) => [r.id, r.itemId])).toEqual([
        [logId, edited.id],
      ]);
      expect(await store.resolveAliases([treaty.id, edited.id])).toEqual(new Map([[treaty.id, edited.id]]));
    });

    it('lets an item take back an id it had before', async () => {
      await store.insertItems([treaty], T0);
      const edited = makeItem({ fact: 'The Treaty of Versailles was signed in June 1919' });
      await store.updateItem(treaty.id, edited, T1);
      await store.updateItem(edited.id, treaty, T1);
      expect((await store.getItem(treaty.id))?.id).toBe(treaty.id);
      expect(await store.resolveAliases([treaty.id, edited.id])).toEqual(new Map([[edited.id, treaty.id]]));
    });

    it('suspends, retires and revives an item, remembering the suspension', async () => {
      await store.insertItems([treaty], T0);
      await store.setItemState(treaty.id, 'suspended', T0);
      await store.setItemState(treaty.id, 'retired', T1);
      expect((await store.getItem(treaty.id))?.retiredAt?.toISOString()).toBe(T1.toISOString());
      await store.reviveItem(treaty.id, T1);
      expect(await store.getItem(treaty.id)).toMatchObject({ state: 'suspended', retiredAt: null });
      await store.setItemState(treaty.id, 'active', T1);
      expect(await store.getItem(treaty.id)).toMatchObject({ state: 'active', suspendedAt: null });
    });

    it('flags leeches and lists the other live items of the same fact as siblings', async () => {
      await store.insertItems([treaty, treatyDate, lenin], T0);
      await store.setLeech(treaty.id, true, T1);
      expect((await store.getItem(treaty.id))?.leech).toBe(true);
      expect((await store.listSiblings(treaty.id)).map((i) => i.id)).toEqual([treatyDate.id]);
      await store.setItemState(treatyDate.id, 'retired', T1);
      expect(await store.listSiblings(treaty.id)).toEqual([]);
    });

    it('lists due cards of active items only, most overdue first', async () => {
      await store.insertItems([treaty, treatyDate, lenin], T0);
      await store.saveCard(treaty.id, reviewCard('2025-03-03T09:00:00.000Z'));
      await store.saveCard(treatyDate.id, reviewCard('2025-03-02T09:00:00.000Z'));
      await store.saveCard(lenin.id, reviewCard('2025-03-01T09:00:00.000Z'));
      await store.setItemState(lenin.id, 'suspended', T0);
      const due = await store.listDue(new Date('2025-03-03T09:00:00.000Z'), 10);
      expect(due.map((d) => d.item.id)).toEqual([treatyDate.id, treaty.id]);
      expect(due[0]?.card.due).toBe('2025-03-02T09:00:00.000Z');
      expect(await store.listDue(new Date('2025-03-02T08:59:59.999Z'), 10)).toEqual([]);
      expect((await store.listDue(new Date('2025-03-09T00:00:00.000Z'), 1)).length).toBe(1);
    });

    it('lists never-reviewed active items as new, in the order they were added', async () => {
      await store.insertItems([lenin], T0);
      await store.insertItems([treaty, treatyDate], T1);
      await store.saveCard(treaty.id, reviewCard('2025-03-03T09:00:00.000Z'));
      expect((await store.listNew(10)).map((i) => i.id)).toEqual([lenin.id, treatyDate.id]);
      expect(await store.getCard(treatyDate.id)).toBeNull();
    });

    it('writes a card and a review through an id the item had before an edit', async () => {
      await store.insertItems([treaty], T0);
      const edited = makeItem({
        fact: 'The Treaty of Versailles was signed in June 1919',
        path: 'history/wwi.md',
      });
      await store.updateItem(treaty.id, edited, T1);
      await store.saveCard(treaty.id, reviewCard('2025-03-05T09:00:00.000Z'));
      const logId = await store.appendReview(review(treaty.id, 2, T1));
      expect(await store.getCard(treaty.id)).toEqual(reviewCard('2025-03-05T09:00:00.000Z'));
      expect(await store.getCard(edited.id)).toEqual(reviewCard('2025-03-05T09:00:00.000Z'));
      expect((await store.reviewsForItem(edited.id)).map((r) => [r.id, r.rating])).toEqual([[logId, 2]]);
    });

    it('lists the queue rows of due and new items as listDue and listNew do, without their content', async () => {
      await store.insertItems([lenin], T0);
      await store.insertItems([treaty, treatyDate], T1);
      await store.saveCard(treaty.id, reviewCard('2025-03-03T09:00:00.000Z'));
      await store.saveCard(lenin.id, { ...reviewCard('2025-03-02T09:00:00.000Z'), phase: 'relearning' });
      const at = new Date('2025-03-03T09:00:00.000Z');
      expect(await store.listDueRows(at, 10)).toEqual([
        {
          itemId: lenin.id,
          factKey: factKey(lenin.fact),
          notePath: 'history/ussr.md',
          line: 5,
          state: 'active',
          phase: 'relearning',
          due: '2025-03-02T09:00:00.000Z',
        },
        {
          itemId: treaty.id,
          factKey: factKey(treaty.fact),
          notePath: 'history/wwi.md',
          line: 3,
          state: 'active',
          phase: 'review',
          due: '2025-03-03T09:00:00.000Z',
        },
      ]);
      expect((await store.listDueRows(at, 1)).map((r) => r.itemId)).toEqual([lenin.id]);
      expect(await store.listNewRows(10)).toEqual([
        {
          itemId: treatyDate.id,
          factKey: factKey(treaty.fact),
          notePath: 'history/wwi.md',
          line: 3,
          state: 'active',
          phase: 'new',
          due: T1.toISOString(),
        },
      ]);
      await store.setItemState(lenin.id, 'suspended', T1);
      expect((await store.listDueRows(at, 10)).map((r) => r.itemId)).toEqual([treaty.id]);
    });

    it('lists the answers since a time with their fact keys and the state each answered', async () => {
      await store.insertItems([treaty, lenin], T0);
      await store.appendReview(review(treaty.id, 3, T0));
      await store.appendReview({ ...review(lenin.id, 1, T1), stateBefore: { phase: 'review' } });
      expect(await store.studiedSince(T0)).toEqual([
        { itemId: treaty.id, factKey: factKey(treaty.fact), stateBefore: { reps: 0 } },
        { itemId: lenin.id, factKey: factKey(lenin.fact), stateBefore: { phase: 'review' } },
      ]);
      expect((await store.studiedSince(T1)).map((r) => r.itemId)).toEqual([lenin.id]);
    });

    it('lists every card with its item id and state, without the content, in the order items were added', async () => {
      await store.insertItems([treaty, treatyDate, lenin], T0);
      await store.saveCard(lenin.id, { ...reviewCard('2025-03-20T09:00:00.000Z'), stability: 30.5 });
      await store.saveCard(treaty.id, reviewCard('2025-03-04T09:00:00.000Z'));
      await store.setItemState(lenin.id, 'suspended', T1);
      expect(await store.listCards()).toEqual([
        { itemId: treaty.id, state: 'active', card: reviewCard('2025-03-04T09:00:00.000Z') },
        {
          itemId: lenin.id,
          state: 'suspended',
          card: { ...reviewCard('2025-03-20T09:00:00.000Z'), stability: 30.5 },
        },
      ]);
    });

    it('sums the review log up per item under its current id: answers, Agains, last answer', async () => {
      await store.insertItems([treaty, treatyDate, lenin], T0);
      const T2 = new Date('2025-03-05T17:30:00.000Z');
      await store.appendReview(review(treaty.id, 1, T0));
      await store.appendReview(review(lenin.id, 4, T1));
      await store.appendReview(review(treaty.id, 3, T1));
      await store.appendReview(review(treaty.id, 1, T2));
      const edited = makeItem({ fact: 'The Treaty of Versailles was signed in June 1919', path: 'a.md' });
      await store.updateItem(treaty.id, edited, T2);
      expect(await store.reviewTallies()).toEqual([
        { itemId: edited.id, reviews: 3, fails: 2, lastReviewAt: T2 },
        { itemId: lenin.id, reviews: 1, fails: 0, lastReviewAt: T1 },
      ]);
    });

    it('counts answers to cards in the review phase per UTC day, and how many passed', async () => {
      await store.insertItems([treaty, lenin], T0);
      const from = (phase: string | null, itemId: string, rating: 1 | 2 | 3 | 4, at: string) =>
        store.appendReview({
          ...review(itemId, rating, new Date(at)),
          stateBefore: phase === null ? null : { ...reviewCard(at), phase },
        });
      await from('review', treaty.id, 3, '2025-03-01T08:00:00.000Z');
      await from('review', lenin.id, 1, '2025-03-01T09:00:00.000Z');
      await from('learning', treaty.id, 3, '2025-03-01T10:00:00.000Z');
      await from(null, lenin.id, 3, '2025-03-01T11:00:00.000Z');
      await from('new', lenin.id, 2, '2025-03-01T12:00:00.000Z');
      await from('review', treaty.id, 2, '2025-03-02T23:59:59.999Z');
      await from('review', lenin.id, 4, '2025-03-03T00:00:00.000Z');
      await from('relearning', treaty.id, 1, '2025-03-03T00:10:00.000Z');
      await from('review', treaty.id, 1, '2025-03-09T12:00:00.000Z');
      expect(await store.retentionTallies()).toEqual([
        { day: '2025-03-01', reviews: 2, passed: 1 },
        { day: '2025-03-02', reviews: 1, passed: 1 },
        { day: '2025-03-03', reviews: 1, passed: 1 },
        { day: '2025-03-09', reviews: 1, passed: 0 },
      ]);
    });

    it('reads several settings in one call', async () => {
      await store.setSetting('study.newPerDay', 5);
      await store.setSetting('study.weights', [0.4, 1.2]);
      expect(await store.getSettings(['study.newPerDay', 'study.weights', 'study.timeZone'])).toEqual(
        new Map<string, unknown>([
          ['study.newPerDay', 5],
          ['study.weights', [0.4, 1.2]],
        ]),
      );
      expect(await store.getSettings([])).toEqual(new Map());
    });

    it('appends reviews with growing ids, finds them by time and deletes one for undo', async () => {
      await store.insertItems([treaty, lenin], T0);
      const first = await store.appendReview(review(treaty.id, 3, T0));
      const second = await store.appendReview(review(lenin.id, 1, T1));
      expect(second).toBeGreaterThan(first);
      expect(await store.getReview(second)).toEqual({ id: second, ...review(lenin.id, 1, T1) });
      expect((await store.reviewsSince(T1)).map((r) => r.id)).toEqual([second]);
      await store.deleteReview(second);
      expect((await store.reviewsSince(T0)).map((r) => r.id)).toEqual([first]);
    });

    it('round-trips settings as JSON values', async () => {
      expect(await store.getSetting('desiredRetention')).toBeUndefined();
      await store.setSetting('desiredRetention', 0.9);
      await store.setSetting('desiredRetention', 0.85);
      await store.setSetting('weights', [0.4, 1.2]);
      expect(await store.getSetting<number>('desiredRetention')).toBe(0.85);
      expect(await store.getSetting<number[]>('weights')).toEqual([0.4, 1.2]);
    });

    it('keeps the timeline in date order: BC years first, then by note path, line and place in the note', async () => {
      await store.upsertNotes([note('a.md'), note('B.md')], T0);
      const founding = event('a.md', 2, '-0753-00-00', 'Rome was founded');
      const caesar = event('a.md', 4, '-0044-03-15', 'Caesar was killed');
      const signing = event('a.md', 9, '1919-06-28', 'The treaty was signed');
      const armistice = event('a.md', 8, '1918-11-11', 'The armistice');
      const sameLineFirst = event('B.md', 3, '1919-06-28', 'Germany signed');
      const sameLineSecond = event('B.md', 3, '1919-06-28', 'The Allies signed');
      const war = {
        ...event('B.md', 1, '1914-00-00', 'The war'),
        endSortKey: '1918-00-00',
        date: '1914–1918',
      };
      await store.replaceEvents(['a.md'], [signing, armistice, caesar, founding]);
      await store.replaceEvents(['B.md'], [war, sameLineFirst, sameLineSecond]);
      // 'B.md' before 'a.md': code-unit order, as the pipeline sorts, whatever the database's collation.
      expect(await store.listEvents()).toEqual([
        founding,
        caesar,
        war,
        armistice,
        sameLineFirst,
        sameLineSecond,
        signing,
      ]);
      expect((await store.listEvents({ paths: ['B.md'] })).map((e) => e.text)).toEqual([
        'The war',
        'Germany signed',
        'The Allies signed',
      ]);
    });

    it("replaces a note's events whole and leaves the other notes' events alone", async () => {
      await store.upsertNotes([note('a.md'), note('b.md')], T0);
      await store.replaceEvents(
        ['a.md', 'b.md'],
        [event('a.md', 1, '1917-00-00', 'Revolution'), event('b.md', 1, '1924-00-00', 'Lenin died')],
      );
      await store.replaceEvents(['a.md'], [event('a.md', 7, '1905-00-00', 'First revolution')]);
      expect((await store.listEvents()).map((e) => `${e.source.path}:${e.text}`)).toEqual([
        'a.md:First revolution',
        'b.md:Lenin died',
      ]);
      await store.replaceEvents(['b.md'], []);
      expect((await store.listEvents()).map((e) => e.text)).toEqual(['First revolution']);
    });

    it("deletes a note's events with its record, and refuses events of a note it does not have", async () => {
      await store.upsertNotes([note('a.md'), note('b.md')], T0);
      await store.replaceEvents(
        ['a.md', 'b.md'],
        [event('a.md', 1, '1917-00-00', 'Revolution'), event('b.md', 1, '1924-00-00', 'Lenin died')],
      );
      await store.deleteNotes(['a.md']);
      expect((await store.listEvents()).map((e) => e.text)).toEqual(['Lenin died']);
      await expect(
        store.replaceEvents(['c.md'], [event('c.md', 1, '1990-00-00', 'Unknown')]),
      ).rejects.toThrow();
      expect((await store.listEvents()).map((e) => e.text)).toEqual(['Lenin died']);
    });

    it('rolls a failed transaction back entirely', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.insertItems([treaty], T0);
          await tx.transaction((inner) => inner.setSetting('x', 1));
          throw new Error('crash mid-scan');
        }),
      ).rejects.toThrow('crash mid-scan');
      expect(await store.listItems()).toEqual([]);
      expect(await store.getSetting('x')).toBeUndefined();
    });

    it('refuses a review or card for an unknown item', async () => {
      await expect(store.appendReview(review('ghost', 3, T0))).rejects.toMatchObject({
        name: 'ItemNotFoundError',
      });
      await expect(store.getCard('ghost')).rejects.toMatchObject({ name: 'ItemNotFoundError' });
    });

    it('keeps one row, the first, for two items with one id (another scan stored it first)', async () => {
      await store.insertItems([treaty], T0);
      await store.insertItems([{ ...treaty, prompt: `${treaty.prompt} (again)` }], T1);
      const rows = await store.listItems();
      expect(rows.map((row) => [row.id, row.prompt, row.createdAt.getTime()])).toEqual([
        [treaty.id, treaty.prompt, T0.getTime()],
      ]);
    });
  });
}
