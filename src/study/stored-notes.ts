/**
 * The stored note records (and each note's people) as a scan last left them, kept in memory by a long-lived
 * process (`serve`) between scans: an edit then costs one note's build and one small transaction, not a read of
 * every record (10,000 rows) and of every note's people. What is kept is trusted only while no other process has
 * written to the store (`Store.externalChangeMark`); a store that cannot tell (PostgreSQL) is read every time.
 */
import type { VaultPools } from '../generate/pools.js';
import { vaultPools } from '../generate/pools.js';
import type { NoteRecord, Store } from '../store/types.js';

export class StoredNotes {
  #records: Map<string, NoteRecord> | undefined;
  #people: Map<string, readonly string[]> | undefined;
  #mark: number | null = null;

  /** The stored records by path, read from the store unless what is kept is still current. */
  async records(store: Store): Promise<Map<string, NoteRecord>> {
    const mark = await store.externalChangeMark();
    if (this.#records && mark !== null && mark === this.#mark) return this.#records;
    this.#people = undefined;
    this.#mark = mark;
    this.#records = new Map((await store.listNotes()).map((note) => [note.path, note] as const));
    return this.#records;
  }

  /**
   * The vault pool of a scan that builds the notes at `rebuilt`: the people every other stored note names. Read
   * from the store once (call `records` first in the same scan), then kept up to date by `applied`.
   */
  async pools(store: Store, rebuilt: ReadonlySet<string>): Promise<VaultPools> {
    this.#people ??= await store.listNotePeople();
    const names: string[] = [];
    for (const [path, people] of this.#people) if (!rebuilt.has(path)) names.push(...people);
    return vaultPools(names);
  }

  /** A scan committed: `written` records were stored (with their people when built), `deleted` paths removed. */
  applied(written: Iterable<NoteRecord>, deleted: Iterable<string>): void {
    if (!this.#records) return;
    for (const path of deleted) {
      this.#records.delete(path);
      this.#people?.delete(path);
    }
    for (const { people, ...record } of written) {
      this.#records.set(record.path, record);
      if (people === undefined || !this.#people) continue;
      if (people.length > 0) this.#people.set(record.path, people);
      else this.#people.delete(record.path);
    }
  }

  /** Forgets everything (a scan failed part way: what was written is unknown). */
  forget(): void {
    this.#records = undefined;
    this.#people = undefined;
  }
}
