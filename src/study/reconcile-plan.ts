/**
 * Reads what a scan changes, without writing: which stored items the scan still has, which vanished, and
 * which new items are edits of vanished or retired ones.
 */
import type { Item, TimelineEvent } from '../generate/item.js';
import { factKey } from '../store/rows.js';
import type { NoteRecord, Store, StoredItem } from '../store/types.js';
import { matchItems } from './reconcile-match.js';

/** What one scan of the vault produced. */
export interface ScanInput {
  /** Items of the re-parsed notes (all notes, or only `scannedPaths`). */
  readonly items: readonly Item[];
  /**
   * Timeline events of the re-parsed notes (all notes, or only `scannedPaths`), in note order. When given, they
   * replace the stored events of those notes; when left out, stored events are left as they are (a deleted note's
   * go with it either way).
   */
  readonly events?: readonly TimelineEvent[];
  /** Every note in the vault now: a stored note missing here was deleted. */
  readonly notes: readonly NoteRecord[];
  /** When given, only these notes were re-parsed; items of other present notes are left alone. */
  readonly scannedPaths?: readonly string[];
  /**
   * When given, only these note records changed since the last scan and are written; the others are already
   * stored as they are (a warm rescan then writes nothing).
   */
  readonly changedNotes?: readonly NoteRecord[];
  /**
   * When given, the stored notes that are gone now (the caller listed the stored notes already); otherwise they
   * are found by listing the stored notes against `notes`.
   */
  readonly deletedNotes?: readonly string[];
}

export interface ReconcilePlan {
  /** Scan items whose id is stored, with the stored row. */
  readonly kept: readonly { item: Item; stored: StoredItem }[];
  /** New ids that continue a vanished live item (an edit). */
  readonly edited: readonly { item: Item; stored: StoredItem }[];
  /** New ids that bring back a retired item. */
  readonly returned: readonly { item: Item; stored: StoredItem }[];
  readonly added: readonly Item[];
  /** Live items that vanished and match nothing. */
  readonly vanished: readonly StoredItem[];
  readonly deletedNotes: readonly string[];
}

/** Works out the reconcile plan for `scan` against `store` (reads only). */
export async function planReconcile(store: Store, scan: ScanInput): Promise<ReconcilePlan> {
  const items = uniqueById(scan.items);
  const deletedNotes = scan.deletedNotes ?? (await goneNotes(store, scan.notes));
  const scope = scan.scannedPaths ? [...new Set([...scan.scannedPaths, ...deletedNotes])] : undefined;

  // A full scan touches every row anyway: one query beats a lookup by id plus a listing of live items.
  const everything = scope ? undefined : await store.listItems();
  const storedById = new Map(
    (everything ?? (await store.getItems(items.map((i) => i.id)))).map((s) => [s.id, s] as const),
  );
  const scanIds = new Set(items.map((i) => i.id));
  const kept = items.flatMap((item) => {
    const stored = storedById.get(item.id);
    return stored ? [{ item, stored }] : [];
  });
  let fresh = items.filter((item) => !storedById.has(item.id));
  const live = everything
    ? everything.filter((s) => s.state !== 'retired')
    : await store.listItems({ states: ['active', 'suspended'], paths: scope ?? [] });
  let vanished = live.filter((s) => !scanIds.has(s.id));
  const aliases = await store.resolveAliases(fresh.map((i) => i.id));

  const editMatches = matchItems(fresh, vanished, aliases);
  const edited = fresh.flatMap((item) => pairWith(item, editMatches));
  const editedKeys = new Set(edited.map((e) => e.stored.id));
  vanished = vanished.filter((s) => !editedKeys.has(s.id));
  fresh = fresh.filter((item) => !editMatches.has(item.id));

  const retired = everything
    ? everything.filter((s) => s.state === 'retired')
    : await retiredCandidates(store, fresh, scope ?? [], aliases);
  const returnMatches = matchItems(fresh, retired, aliases);
  const returned = fresh.flatMap((item) => pairWith(item, returnMatches));
  const added = fresh.filter((item) => !returnMatches.has(item.id));
  return { kept, edited, returned, added, vanished, deletedNotes };
}

/** Stored notes missing from `notes` (every note of the vault now). */
async function goneNotes(store: Store, notes: readonly NoteRecord[]): Promise<string[]> {
  const present = new Set(notes.map((n) => n.path));
  return (await store.listNotes()).map((n) => n.path).filter((p) => !present.has(p));
}

function pairWith(item: Item, matches: ReadonlyMap<string, StoredItem>) {
  const stored = matches.get(item.id);
  return stored ? [{ item, stored }] : [];
}

/** First occurrence wins: two notes making the same item must not make two rows. */
function uniqueById(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id) !== undefined);
}

/**
 * Retired items a fresh item may bring back: those of the re-parsed notes, those with the same fact text,
 * and those that once had the fresh item's id. (A full scan considers every retired item.)
 */
async function retiredCandidates(
  store: Store,
  fresh: readonly Item[],
  scope: readonly string[],
  aliases: ReadonlyMap<string, string>,
): Promise<StoredItem[]> {
  if (fresh.length === 0) return [];
  const found = [
    ...(await store.listItems({ states: ['retired'], paths: scope })),
    ...(await store.listItems({
      states: ['retired'],
      factKeys: [...new Set(fresh.map((i) => factKey(i.fact)))],
    })),
    ...(await store.getItems(fresh.flatMap((i) => aliases.get(i.id) ?? []))).filter(
      (s) => s.state === 'retired',
    ),
  ];
  return [...new Map(found.map((s) => [s.id, s])).values()];
}
