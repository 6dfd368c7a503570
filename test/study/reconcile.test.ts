import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { reconcile } from '../../src/study/reconcile.js';
import { reviewCard } from '../store/fixtures.js';
import { clozeOf, scanOf, type VaultNotes } from './reconcile-fixtures.js';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const T1 = new Date('2025-03-02T09:00:00.000Z');
const T2 = new Date('2025-03-03T09:00:00.000Z');

const TREATY = 'The Treaty of Versailles was signed in 1919';
const ARMISTICE = 'The armistice ended the fighting on 11 November 1918';
const SOMME = 'The Battle of the Somme began in July 1916';
const base: VaultNotes = { 'history/wwi.md': [TREATY, ARMISTICE, SOMME] };

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

/** First scan, then one review of the treaty's cloze item. */
async function studiedBase(): Promise<number> {
  await reconcile(store, scanOf(base), T0);
  await store.saveCard(clozeOf(TREATY).id, reviewCard('2025-03-05T09:00:00.000Z'));
  return store.appendReview({
    itemId: clozeOf(TREATY).id,
    rating: 3,
    reviewedAt: T0,
    durationMs: 3000,
    stateBefore: null,
    stateAfter: { reps: 1 },
  });
}

/** The review ids now attached to the cloze item of `fact` in `path`. */
async function historyOf(fact: string, path = 'history/wwi.md'): Promise<number[]> {
  return (await store.reviewsForItem(clozeOf(fact, path).id)).map((r) => r.id);
}

const counts = (r: Awaited<ReturnType<typeof reconcile>>) => ({
  added: r.added,
  updated: r.updated,
  unchanged: r.unchanged,
  retired: r.retired,
  revived: r.revived,
  moved: r.moved,
});
const zero = { added: 0, updated: 0, unchanged: 0, retired: 0, revived: 0, moved: 0 };

describe('reconcile', () => {
  it('adds every item on the first scan and changes nothing on a repeated scan', async () => {
    const first = await reconcile(store, scanOf(base), T0);
    expect(counts(first)).toEqual({ ...zero, added: 6 });
    expect(first.notes).toEqual([{ path: 'history/wwi.md', ...zero, added: 6 }]);
    const again = await reconcile(store, scanOf(base), T1);
    expect(counts(again)).toEqual({ ...zero, unchanged: 6 });
    expect((await store.listItems()).length).toBe(6);
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['history/wwi.md']);
  });

  it('keeps review history when a typo in a fact is fixed', async () => {
    const log = await studiedBase();
    const typo = 'The Treaty of Versaills was signed in 1919';
    const report = await reconcile(store, scanOf({ 'history/wwi.md': [typo, ARMISTICE, SOMME] }), T1);
    expect(counts(report)).toEqual({ ...zero, updated: 2, unchanged: 4 });
    expect(await historyOf(typo)).toEqual([log]);
    expect(await store.getCard(clozeOf(typo).id)).toEqual(reviewCard('2025-03-05T09:00:00.000Z'));
    expect((await store.getItem(clozeOf(TREATY).id))?.fact).toBe(typo);
  });

  it('keeps review history when a bullet is reworded', async () => {
    const log = await studiedBase();
    const reworded = 'In 1919 the Treaty of Versailles was signed by the Allies and Germany';
    const report = await reconcile(store, scanOf({ 'history/wwi.md': [ARMISTICE, reworded, SOMME] }), T1);
    expect(counts(report)).toEqual({ ...zero, updated: 2, unchanged: 4 });
    // The cloze answer changed too (last word), yet it is the same fact's cloze item.
    expect(await historyOf(reworded)).toEqual([log]);
  });

  it('keeps ids and history when new bullets are inserted above, updating source lines', async () => {
    const log = await studiedBase();
    const above = ['Wilson proposed Fourteen Points in 1918', 'Conscription came to Britain in 1916'];
    const report = await reconcile(
      store,
      scanOf({ 'history/wwi.md': [...above, TREATY, ARMISTICE, SOMME] }),
      T1,
    );
    expect(counts(report)).toEqual({ ...zero, added: 4, unchanged: 6 });
    expect(await historyOf(TREATY)).toEqual([log]);
    expect((await store.getItem(clozeOf(TREATY).id))?.source).toEqual({
      path: 'history/wwi.md',
      line: 4,
      endLine: 4,
    });
  });

  it('keeps history when a section moves within the note', async () => {
    const log = await studiedBase();
    const report = await reconcile(store, scanOf({ 'history/wwi.md': [SOMME, ARMISTICE, TREATY] }), T1);
    expect(counts(report)).toEqual({ ...zero, unchanged: 6 });
    expect(await historyOf(TREATY)).toEqual([log]);
  });

  it('keeps history when the note is renamed', async () => {
    const log = await studiedBase();
    const report = await reconcile(store, scanOf({ 'history/great-war.md': base['history/wwi.md']! }), T1);
    expect(counts(report)).toEqual({ ...zero, moved: 6 });
    expect(report.deletedNotes).toEqual(['history/wwi.md']);
    expect(await historyOf(TREATY, 'history/great-war.md')).toEqual([log]);
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['history/great-war.md']);
  });

  it('keeps history when the note moves to another folder and a fact is edited on the way', async () => {
    const log = await studiedBase();
    const edited = 'The Treaty of Versailles was signed in June 1919';
    const moved = { 'europe/1919/wwi.md': [edited, ARMISTICE, SOMME] };
    const report = await reconcile(store, scanOf(moved), T1);
    expect(counts(report)).toEqual({ ...zero, updated: 2, moved: 4 });
    expect(await historyOf(edited, 'europe/1919/wwi.md')).toEqual([log]);
  });

  it('retires a deleted fact with its history and revives it when the text returns', async () => {
    const log = await studiedBase();
    const deleted = await reconcile(store, scanOf({ 'history/wwi.md': [ARMISTICE, SOMME] }), T1);
    expect(counts(deleted)).toEqual({ ...zero, retired: 2, unchanged: 4 });
    expect((await store.getItem(clozeOf(TREATY).id))?.state).toBe('retired');
    expect(await store.listDue(new Date('2025-04-01T00:00:00.000Z'), 10)).toEqual([]);
    expect(await historyOf(TREATY)).toEqual([log]);
    const restored = await reconcile(store, scanOf(base), T2);
    expect(counts(restored)).toEqual({ ...zero, revived: 2, unchanged: 4 });
    expect((await store.getItem(clozeOf(TREATY).id))?.state).toBe('active');
    expect(await historyOf(TREATY)).toEqual([log]);
    expect((await store.listItems()).length).toBe(6);
  });

  it('revives a deleted note restored with a small edit, by matching the retired fact', async () => {
    const log = await studiedBase();
    await reconcile(store, scanOf({}), T1);
    expect((await store.listItems({ states: ['retired'] })).length).toBe(6);
    const edited = 'The Treaty of Versailles was signed in 1919.';
    const report = await reconcile(store, scanOf({ 'history/wwi.md': [edited, ARMISTICE, SOMME] }), T2);
    expect(report.revived).toBe(6);
    expect(await historyOf(edited)).toEqual([log]);
  });

  it('does not mistake a different new fact for a deleted one', async () => {
    await studiedBase();
    const other = 'Rationing of sugar began in Britain in 1918';
    const report = await reconcile(store, scanOf({ 'history/wwi.md': [other, ARMISTICE, SOMME] }), T1);
    expect(counts(report)).toEqual({ ...zero, added: 2, retired: 2, unchanged: 4 });
  });

  it('pairs siblings of an edited fact with their own previous versions', async () => {
    await studiedBase();
    const edited = 'The Treaty of Versailes was signed in 1919';
    await reconcile(store, scanOf({ 'history/wwi.md': [edited, ARMISTICE, SOMME] }), T1);
    const items = await store.listItems({ factKeys: [(await store.getItem(clozeOf(edited).id))!.factKey] });
    expect(items.map((i) => [i.kind, i.answer]).sort()).toEqual([
      ['cloze', '1919'],
      ['date', '1919'],
    ]);
    expect(await store.getCard(clozeOf(edited).id)).not.toBeNull();
  });

  it('leaves notes that were not re-parsed alone in an incremental scan', async () => {
    const notes = { ...base, 'history/ussr.md': ['Lenin died in 1924'] };
    await reconcile(store, scanOf(notes), T0);
    const changed = { ...notes, 'history/ussr.md': ['Lenin died in 1924', 'Stalin died in 1953'] };
    const report = await reconcile(store, scanOf(changed, ['history/ussr.md']), T1);
    expect(counts(report)).toEqual({ ...zero, added: 2, unchanged: 2 });
    expect((await store.listItems({ states: ['active'] })).length).toBe(10);
  });

  it('keeps a suspended item suspended through an edit', async () => {
    await studiedBase();
    await store.setItemState(clozeOf(TREATY).id, 'suspended', T0);
    const typo = 'The Treaty of Versailes was signed in 1919';
    await reconcile(store, scanOf({ 'history/wwi.md': [typo, ARMISTICE, SOMME] }), T1);
    expect((await store.getItem(clozeOf(typo).id))?.state).toBe('suspended');
  });

  it('makes one item of a fact written in two notes', async () => {
    const report = await reconcile(store, scanOf({ 'a.md': [TREATY], 'b.md': [TREATY] }), T0);
    expect(report.added).toBe(2);
    expect((await store.listItems()).length).toBe(2);
  });

  it('rolls back everything when a scan fails midway, and the next scan makes no duplicates', async () => {
    await studiedBase();
    const failing = failOn(store, 'setItemState');
    const changed = { 'history/wwi.md': ['Rationing of sugar began in Britain in 1918', ARMISTICE] };
    await expect(reconcile(failing, scanOf(changed), T1)).rejects.toThrow('disk went away');
    expect((await store.listItems()).length).toBe(6);
    expect((await store.listItems({ states: ['retired'] })).length).toBe(0);
    const report = await reconcile(store, scanOf(changed), T1);
    expect(counts(report)).toEqual({ ...zero, added: 2, retired: 4, unchanged: 2 });
    expect((await store.listItems()).length).toBe(8);
  });
});

/** A store whose transactions throw when `method` is first called, as a crash mid-scan would. */
function failOn(inner: Store, method: keyof Store): Store {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return <T>(fn: (tx: Store) => Promise<T>) =>
        target.transaction((tx) =>
          fn(
            new Proxy(tx, {
              get(t, p, r) {
                if (p === method) return () => Promise.reject(new Error('disk went away'));
                return Reflect.get(t, p, r);
              },
            }),
          ),
        );
    },
  });
}
