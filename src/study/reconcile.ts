/**
 * Reconciles one scan with the store, in one transaction: unchanged items keep their state, edited facts keep
 * their history, vanished ones retire (never deleted) and come back with their history (reliability.md §3–4).
 * The re-parsed notes' timeline events replace their stored ones in the same transaction.
 */
import type { Item } from '../generate/item.js';
import type { Store, StoredItem } from '../store/types.js';
import { planReconcile, type ReconcilePlan, type ScanInput } from './reconcile-plan.js';

export type { ScanInput } from './reconcile-plan.js';

/**
 * What happened to the items. Each scan item counts once: `unchanged` (same id, same note), `moved` (same id,
 * another note), `updated` (an edit matched to its previous version), `revived` (a retired item back),
 * `added` (new). `retired` counts stored items that vanished.
 */
export interface ReconcileCounts {
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
  revived: number;
  moved: number;
}

export interface NoteReconcileReport extends ReconcileCounts {
  readonly path: string;
}

export interface ReconcileReport extends ReconcileCounts {
  /** Per note (the item's note now; its last note for retired items), sorted by path. */
  readonly notes: readonly NoteReconcileReport[];
  readonly deletedNotes: readonly string[];
}

/** Applies `scan` to `store` at time `now`; all or nothing. Running it twice changes nothing the second time. */
export function reconcile(store: Store, scan: ScanInput, now: Date): Promise<ReconcileReport> {
  return store.transaction(async (tx) => {
    const plan = await planReconcile(tx, scan);
    const tally = new Tally();
    await applyKept(tx, plan, now, tally);
    for (const { item, stored } of plan.edited) {
      await tx.updateItem(stored.id, item, now);
      tally.count(item.source.path, 'updated');
    }
    for (const { item, stored } of plan.returned) {
      await tx.updateItem(stored.id, item, now);
      await tx.reviveItem(item.id, now);
      tally.count(item.source.path, 'revived');
    }
    await tx.insertItems(plan.added, now);
    for (const item of plan.added) tally.count(item.source.path, 'added');
    for (const stored of plan.vanished) {
      await tx.setItemState(stored.id, 'retired', now);
      tally.count(stored.source.path, 'retired');
    }
    await tx.deleteNotes(plan.deletedNotes);
    await tx.upsertNotes(scan.changedNotes ?? scan.notes, now);
    // After the records: each event belongs to a stored note.
    if (scan.events) await tx.replaceEvents(scan.scannedPaths ?? scan.notes.map((n) => n.path), scan.events);
    return tally.report(plan.deletedNotes);
  });
}

async function applyKept(tx: Store, plan: ReconcilePlan, now: Date, tally: Tally): Promise<void> {
  for (const { item, stored } of plan.kept) {
    if (!sameContent(item, stored)) await tx.updateItem(stored.id, item, now);
    if (stored.state === 'retired') {
      await tx.reviveItem(item.id, now);
      tally.count(item.source.path, 'revived');
    } else {
      tally.count(item.source.path, item.source.path === stored.source.path ? 'unchanged' : 'moved');
    }
  }
}

/** True when nothing stored about the item would change (ids are equal already). */
function sameContent(item: Item, stored: StoredItem): boolean {
  return (
    item.kind === stored.kind &&
    item.prompt === stored.prompt &&
    item.answer === stored.answer &&
    item.fact === stored.fact &&
    item.source.path === stored.source.path &&
    item.source.line === stored.source.line &&
    item.source.endLine === stored.source.endLine &&
    JSON.stringify([item.context, item.tags, item.choices ?? null, item.checklist ?? null]) ===
      JSON.stringify([stored.context, stored.tags, stored.choices ?? null, stored.checklist ?? null])
  );
}

export const emptyCounts = (): ReconcileCounts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  retired: 0,
  revived: 0,
  moved: 0,
});

class Tally {
  readonly #total = emptyCounts();
  readonly #perNote = new Map<string, ReconcileCounts>();

  count(path: string, what: keyof ReconcileCounts): void {
    this.#total[what]++;
    const note = this.#perNote.get(path) ?? emptyCounts();
    note[what]++;
    this.#perNote.set(path, note);
  }

  report(deletedNotes: readonly string[]): ReconcileReport {
    const notes = [...this.#perNote.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, counts]) => ({ path, ...counts }));
    return { ...this.#total, notes, deletedNotes: [...deletedNotes].sort() };
  }
}
