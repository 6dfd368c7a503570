/** SQL for notes and items. Every function takes the Kysely handle (root or transaction) it runs on. */
import type { Kysely } from 'kysely';
import type { Item } from '../generate/item.js';
import { ItemNotFoundError } from './errors.js';
import { parseColumn } from './json-columns.js';
import { movePeopleCounts } from './people-queries.js';
import { type PreparedStatements, runPrepared } from './prepared.js';
import { itemContentRow, itemFromRow, noteFromRow } from './rows.js';
import type { Database } from './schema.js';
import type { ItemFilter, ItemState, NoteRecord, StoredItem } from './types.js';

type Db = Kysely<Database>;

/** Rows per multi-row statement: stays well under SQLite's bound-parameter limit. */
const CHUNK = 400;

function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

export async function listNotes(db: Db): Promise<NoteRecord[]> {
  // Not the people: a scan reads them only when it builds a note (listNotePeople).
  const rows = await db
    .selectFrom('notes')
    .select(['path', 'hash', 'size', 'mtime_ms', 'title'])
    .orderBy('path')
    .execute();
  return rows.map(noteFromRow);
}

export async function listNotePeople(
  db: Db,
  paths?: readonly string[],
): Promise<Map<string, readonly string[]>> {
  const query = db.selectFrom('notes').select(['path', 'people']).where('people', '<>', '[]');
  const rows = paths === undefined ? await query.execute() : [];
  for (const part of chunks(paths ?? [])) rows.push(...(await query.where('path', 'in', part).execute()));
  return new Map(
    rows.map((row) => [
      row.path,
      parseColumn<string[]>(row.people, { table: 'notes', key: row.path, column: 'people' }),
    ]),
  );
}

/** Writes note records; call it inside a transaction (the people counts move with the people, people-queries.ts). */
export async function upsertNotes(db: Db, notes: readonly NoteRecord[], now: Date): Promise<void> {
  // A record with people writes them; one without keeps the stored ones (a new note gets none).
  const withPeople = notes.filter((n) => n.people !== undefined);
  const without = notes.filter((n) => n.people === undefined);
  await movePeopleCounts(db, new Map(withPeople.map((n) => [n.path, n.people ?? []] as const)));
  for (const [group, writesPeople] of [
    [withPeople, true],
    [without, false],
  ] as const) {
    for (const part of chunks(group, 100)) {
      const rows = part.map((n) => ({
        path: n.path,
        hash: n.hash,
        size: n.size,
        mtime_ms: n.mtimeMs,
        title: n.title,
        last_seen_at: now.getTime(),
        people: JSON.stringify(n.people ?? []),
      }));
      await db
        .insertInto('notes')
        .values(rows)
        .onConflict((oc) =>
          oc.column('path').doUpdateSet((eb) => ({
            hash: eb.ref('excluded.hash'),
            size: eb.ref('excluded.size'),
            mtime_ms: eb.ref('excluded.mtime_ms'),
            title: eb.ref('excluded.title'),
            last_seen_at: eb.ref('excluded.last_seen_at'),
            ...(writesPeople ? { people: eb.ref('excluded.people') } : {}),
          })),
        )
        .execute();
    }
  }
}

/** Deletes note records; call it inside a transaction (their people leave the counts, people-queries.ts). */
export async function deleteNotes(db: Db, paths: readonly string[]): Promise<void> {
  await movePeopleCounts(db, new Map(paths.map((path) => [path, []] as const)));
  for (const part of chunks(paths, 1000)) await db.deleteFrom('notes').where('path', 'in', part).execute();
}

export async function listItems(db: Db, filter: ItemFilter = {}): Promise<StoredItem[]> {
  // Long path or fact-key lists are queried in chunks: SQLite allows at most 32,766 bound variables.
  const pathParts = filter.paths ? chunks(filter.paths.length ? filter.paths : [''], 1000) : [undefined];
  const keyParts = filter.factKeys ? chunks([...filter.factKeys, ''], 1000) : [undefined];
  const byKey = new Map<number, Parameters<typeof itemFromRow>[0]>();
  for (const paths of pathParts) {
    for (const factKeys of keyParts) {
      let query = db.selectFrom('items').selectAll();
      if (paths) query = query.where('note_path', 'in', paths);
      if (filter.states) query = query.where('state', 'in', filter.states.length ? [...filter.states] : ['']);
      if (factKeys) query = query.where('fact_key', 'in', factKeys);
      for (const row of await query.execute()) byKey.set(row.key, row);
    }
  }
  // Insertion order (the primary key), as callers expect.
  return [...byKey.entries()].sort(([a], [b]) => a - b).map(([, row]) => itemFromRow(row));
}

export async function getItems(db: Db, ids: readonly string[]): Promise<StoredItem[]> {
  const found: StoredItem[] = [];
  for (const part of chunks(ids, 1000)) {
    const rows = await db.selectFrom('items').selectAll().where('id', 'in', part).execute();
    found.push(...rows.map(itemFromRow));
  }
  return found;
}

export async function resolveAliases(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const part of chunks(ids, 1000)) {
    const rows = await db
      .selectFrom('item_aliases')
      .innerJoin('items', 'items.key', 'item_aliases.item_key')
      .select(['item_aliases.old_id', 'items.id'])
      .where('item_aliases.old_id', 'in', part)
      .execute();
    for (const row of rows) map.set(row.old_id, row.id);
  }
  return map;
}

/** The internal key of an item, by current id or former id. */
export async function keyOf(db: Db, id: string): Promise<number> {
  const row =
    (await db.selectFrom('items').select('key').where('id', '=', id).executeTakeFirst()) ??
    (await db
      .selectFrom('item_aliases')
      .select('item_key as key')
      .where('old_id', '=', id)
      .executeTakeFirst());
  if (!row) throw new ItemNotFoundError(`No item with id ${id}`);
  return row.key;
}

export async function getItem(
  db: Db,
  id: string,
  statements: PreparedStatements,
): Promise<StoredItem | null> {
  const direct = (
    await runPrepared(db, statements, 'getItem', { id }, (param) =>
      db.selectFrom('items').selectAll().where('id', '=', param('id')),
    )
  ).rows[0];
  if (direct) return itemFromRow(direct);
  const viaAlias = await db
    .selectFrom('item_aliases')
    .innerJoin('items', 'items.key', 'item_aliases.item_key')
    .selectAll('items')
    .where('item_aliases.old_id', '=', id)
    .executeTakeFirst();
  return viaAlias ? itemFromRow(viaAlias) : null;
}

export async function insertItems(db: Db, items: readonly Item[], now: Date): Promise<void> {
  const ms = now.getTime();
  for (const part of chunks(items, 200)) {
    const rows = part.map((item) => ({
      ...itemContentRow(item),
      state: 'active',
      leech: 0,
      suspended_at: null,
      created_at: ms,
      updated_at: ms,
      retired_at: null,
    }));
    // An id already stored is the same item (the id hashes kind, fact and answer): another process scanning the
    // same notes at the same time (two first scans of a new vault) stored it first.
    await db
      .insertInto('items')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

export async function updateItem(db: Db, currentId: string, item: Item, now: Date): Promise<void> {
  const key = await keyOf(db, currentId);
  const old = await db.selectFrom('items').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  if (old.id !== item.id) {
    // The old id becomes an alias of this row; the new id stops being an alias of anything.
    await db.deleteFrom('item_aliases').where('old_id', '=', item.id).execute();
    await db
      .insertInto('item_aliases')
      .values({ old_id: old.id, item_key: key })
      .onConflict((oc) => oc.column('old_id').doUpdateSet({ item_key: key }))
      .execute();
  }
  await db
    .updateTable('items')
    .set({ ...itemContentRow(item), updated_at: now.getTime() })
    .where('key', '=', key)
    .execute();
}

export async function setItemState(db: Db, id: string, state: ItemState, now: Date): Promise<void> {
  const key = await keyOf(db, id);
  const ms = now.getTime();
  const changes =
    state === 'retired'
      ? { state, retired_at: ms }
      : state === 'suspended'
        ? { state, suspended_at: ms, retired_at: null }
        : { state, suspended_at: null, retired_at: null };
  await db
    .updateTable('items')
    .set({ ...changes, updated_at: ms })
    .where('key', '=', key)
    .execute();
}

export async function reviveItem(db: Db, id: string, now: Date): Promise<void> {
  const key = await keyOf(db, id);
  const row = await db
    .selectFrom('items')
    .select('suspended_at')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('items')
    .set({
      state: row.suspended_at === null ? 'active' : 'suspended',
      retired_at: null,
      updated_at: now.getTime(),
    })
    .where('key', '=', key)
    .execute();
}

export async function setLeech(db: Db, id: string, leech: boolean, now: Date): Promise<void> {
  const key = await keyOf(db, id);
  await db
    .updateTable('items')
    .set({ leech: leech ? 1 : 0, updated_at: now.getTime() })
    .where('key', '=', key)
    .execute();
}

export async function listSiblings(db: Db, id: string): Promise<StoredItem[]> {
  const key = await keyOf(db, id);
  const rows = await db
    .selectFrom('items as sibling')
    .innerJoin('items as self', 'self.fact_key', 'sibling.fact_key')
    .selectAll('sibling')
    .where('self.key', '=', key)
    .where('sibling.key', '!=', key)
    .where('sibling.state', '!=', 'retired')
    .orderBy('sibling.key')
    .execute();
  return rows.map(itemFromRow);
}
