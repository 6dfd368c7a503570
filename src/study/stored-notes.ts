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
  /** Each note's people as read; counted (NotePeople) from the second pool on. */
  #people: Map<string, readonly string[]> | NotePeople | undefined;
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
    if (this.#people === undefined) {
      // The first pool of a process is one union: a one-shot `recollect scan` needs no more. Only a process that
      // asks again (serve) pays for the counts that make each later pool cheap.
      this.#people = await store.listNotePeople();
      const names: string[] = [];
      for (const [path, people] of this.#people)
        if (!rebuilt.has(path)) for (const name of people) names.push(name);
      return vaultPools(names);
    }
    if (this.#people instanceof Map) this.#people = new NotePeople(this.#people);
    return this.#people.poolsWithout(rebuilt);
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
      if (people === undefined || this.#people === undefined) continue;
      if (this.#people instanceof NotePeople || people.length > 0) this.#people.set(record.path, people);
      else this.#people.delete(record.path);
    }
  }

  /** Forgets everything (a scan failed part way: what was written is unknown). */
  forget(): void {
    this.#records = undefined;
    this.#people = undefined;
  }
}

/**
 * Each note's people and, for each name, how many notes name it: the pool without a few notes is then the
 * vault's pool less the names only those notes have (10,000 notes name ~160,000 people, ~600 distinct).
 */
class NotePeople {
  readonly #byNote = new Map<string, ReadonlySet<string>>();
  readonly #notesNaming = new Map<string, number>();
  #all: VaultPools | undefined;

  constructor(people: ReadonlyMap<string, readonly string[]>) {
    for (const [path, names] of people) this.set(path, names);
  }

  set(path: string, names: readonly string[]): void {
    this.delete(path);
    if (names.length === 0) return;
    const distinct = new Set(names);
    this.#byNote.set(path, distinct);
    for (const name of distinct) {
      const count = this.#notesNaming.get(name) ?? 0;
      if (count === 0) this.#all = undefined;
      this.#notesNaming.set(name, count + 1);
    }
  }

  delete(path: string): void {
    const names = this.#byNote.get(path);
    if (!names) return;
    this.#byNote.delete(path);
    for (const name of names) {
      const count = (this.#notesNaming.get(name) ?? 0) - 1;
      if (count > 0) this.#notesNaming.set(name, count);
      else {
        this.#notesNaming.delete(name);
        this.#all = undefined;
      }
    }
  }

  /** The pool of every note but `paths`. */
  poolsWithout(paths: ReadonlySet<string>): VaultPools {
    const inPaths = new Map<string, number>();
    for (const path of paths)
      for (const name of this.#byNote.get(path) ?? []) inPaths.set(name, (inPaths.get(name) ?? 0) + 1);
    const only = [...inPaths].filter(([name, n]) => this.#notesNaming.get(name) === n).map(([name]) => name);
    this.#all ??= vaultPools(this.#notesNaming.keys());
    if (only.length === 0) return this.#all;
    const left = new Set(only);
    return vaultPools(this.#all.people.filter((name) => !left.has(name)));
  }
}
