/**
 * The vault pool's counts (table `note_people`, migration 5): for each person, how many notes name them. Kept in
 * step with `notes.people` by the store's own writes (upsertNotes, deleteNotes), in their transaction, so the
 * pool of a scan is ~600 rows to read instead of every note's people (~160,000 names, 2.3 MB of JSON at 10,000
 * notes). A note's people that cannot be read (damaged JSON, see `check`) count as none.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Rows per multi-row statement (2 values each): well under SQLite's bound-parameter limit. */
const CHUNK = 400;

/** The names of a stored `people` value: its distinct texts, none when it is not a list of texts. */
export function peopleOf(text: string): Set<string> {
  try {
    const value: unknown = JSON.parse(text);
    return new Set(
      Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [],
    );
  } catch {
    return new Set();
  }
}

/** How many notes name each person. */
export async function countNotePeople(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('note_people').select(['name', 'notes']).execute();
  return new Map(rows.map((row) => [row.name, Number(row.notes)]));
}

/**
 * Before the notes at the keys of `after` are written with these people (none: deleted), moves the counts from
 * the people they have now to the new ones. Runs inside the caller's transaction.
 */
export async function movePeopleCounts(db: Db, after: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const paths = [...after.keys()];
  const delta = new Map<string, number>();
  const add = (names: Iterable<string>, by: number) => {
    for (const name of names) delta.set(name, (delta.get(name) ?? 0) + by);
  };
  for (let i = 0; i < paths.length; i += CHUNK) {
    const rows = await db
      .selectFrom('notes')
      .select(['path', 'people'])
      .where('path', 'in', paths.slice(i, i + CHUNK))
      .where('people', '<>', '[]')
      .execute();
    for (const row of rows) add(peopleOf(row.people), -1);
  }
  for (const names of after.values()) add(new Set(names), 1);
  const changes = [...delta].filter(([, by]) => by !== 0);
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    await db
      .insertInto('note_people')
      .values(part.map(([name, by]) => ({ name, notes: by })))
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet((eb) => ({ notes: eb(eb.ref('note_people.notes'), '+', eb.ref('excluded.notes')) })),
      )
      .execute();
    await db
      .deleteFrom('note_people')
      .where(
        'name',
        'in',
        part.map(([name]) => name),
      )
      .where('notes', '<=', 0)
      .execute();
  }
}

/** Counts every note's people again from `notes` (a new table, or after a repair). */
export async function recountNotePeople(db: Db): Promise<void> {
  const counts = new Map<string, number>();
  const rows = await db.selectFrom('notes').select('people').where('people', '<>', '[]').execute();
  for (const row of rows)
    for (const name of peopleOf(row.people)) counts.set(name, (counts.get(name) ?? 0) + 1);
  await db.deleteFrom('note_people').execute();
  const all = [...counts];
  for (let i = 0; i < all.length; i += CHUNK)
    await db
      .insertInto('note_people')
      .values(all.slice(i, i + CHUNK).map(([name, notes]) => ({ name, notes })))
      .execute();
}
