/**
 * The stored note records and the vault pool as a scan last left them, kept in memory by a long-lived process
 * (`serve`) between scans: an edit then costs one note's build and one small transaction, not a read of every
 * record (10,000 rows). What is kept is trusted only while no other process has written to the store
 * (`Store.externalChangeMark`); a store that cannot tell (PostgreSQL) is read every time.
 *
 * The vault pool comes from the store's counts of how many notes name each person (~600 names at 10,000 notes,
 * people-queries.ts) and the people of the notes rebuilt: every name some other note names. No scan reads every
 * note's people.
 */
import type { VaultPools } from '../generate/pools.js';
import { vaultPools } from '../generate/pools.js';
import type { NoteRecord, Store } from '../store/types.js';

export class StoredNotes {
  #records: Map<string, NoteRecord> | undefined;
  #mark: number | null = null;
  /** Notes naming each person, over every stored note; undefined until read, or when no longer known here. */
  #counts: Map<string, number> | undefined;
  /** The people of each note looked at so far (the notes rebuilt), as stored. */
  readonly #people = new Map<string, ReadonlySet<string>>();

  /** The stored records by path, read from the store unless what is kept is still current. */
  async records(store: Store): Promise<Map<string, NoteRecord>> {
    const mark = await store.externalChangeMark();
    if (this.#records && mark !== null && mark === this.#mark) return this.#records;
    this.#forgetPeople();
    this.#mark = mark;
    this.#records = new Map((await store.listNotes()).map((note) => [note.path, note] as const));
    return this.#records;
  }

  /**
   * The vault pool of a scan that builds the notes at `rebuilt`: the people every other stored note names (call
   * `records` first in the same scan). Reads the counts once, and the people of rebuilt notes not seen yet.
   */
  async pools(store: Store, rebuilt: ReadonlySet<string>): Promise<VaultPools> {
    this.#counts ??= await store.countNotePeople();
    // A store with no note yet (a first scan): there are no people to read, and none are kept for each note.
    const firstScan = this.#records?.size === 0;
    const unseen = firstScan ? [] : [...rebuilt].filter((path) => !this.#people.has(path));
    if (unseen.length > 0) {
      const people = await store.listNotePeople(unseen);
      for (const path of unseen) this.#people.set(path, new Set(people.get(path)));
    }
    const inRebuilt = new Map<string, number>();
    for (const path of rebuilt)
      for (const name of this.#people.get(path) ?? []) inRebuilt.set(name, (inRebuilt.get(name) ?? 0) + 1);
    const names: string[] = [];
    for (const [name, notes] of this.#counts) if (notes > (inRebuilt.get(name) ?? 0)) names.push(name);
    return vaultPools(names);
  }

  /** A scan committed: `written` records were stored (with their people when built), `deleted` paths removed. */
  applied(written: Iterable<NoteRecord>, deleted: Iterable<string>): void {
    if (!this.#records) return;
    for (const path of deleted) {
      this.#records.delete(path);
      this.#setPeople(path, undefined);
    }
    for (const { people, ...record } of written) {
      this.#records.set(record.path, record);
      // A record without people (a note whose build failed) keeps those stored.
      if (people !== undefined) this.#setPeople(record.path, new Set(people));
    }
  }

  /** Forgets everything (a scan failed part way: what was written is unknown). */
  forget(): void {
    this.#records = undefined;
    this.#forgetPeople();
  }

  /** The note at `path` now names `people` (undefined: it is gone), and the counts follow as the store's did. */
  #setPeople(path: string, people: ReadonlySet<string> | undefined): void {
    const before = this.#people.get(path);
    // A note never looked at here: what it named is unknown, so the counts are read again when next needed, and
    // its people are read from the store when a scan rebuilds it (a first scan of 100,000 notes would otherwise
    // keep a set of names for every note).
    if (!before) {
      this.#counts = undefined;
      return;
    }
    if (people) this.#people.set(path, people);
    else this.#people.delete(path);
    if (!this.#counts) return;
    for (const name of before) {
      const notes = (this.#counts.get(name) ?? 0) - 1;
      if (notes > 0) this.#counts.set(name, notes);
      else this.#counts.delete(name);
    }
    for (const name of people ?? []) this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
  }

  #forgetPeople(): void {
    this.#counts = undefined;
    this.#people.clear();
  }
}
