/**
 * Each note's people live in its record (migration 4), written with the note's items; a long-lived process keeps
 * the records in memory between scans (stored-notes.ts) and reads them again only after another process wrote.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vaultPools } from '../../src/generate/pools.js';
import { openMemoryStore, openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { scanVaultIntoStore } from '../../src/study/scan.js';
import { StoredNotes } from '../../src/study/stored-notes.js';

const NOW = new Date('2026-02-01T10:00:00Z');
const clock = () => performance.now();
const RUSSIA = `# The Russian Revolution

- Vladimir Lenin led the Bolsheviks in 1917
- Nikolai Bukharin wrote about the economy
`;
const RIVERS = '# Rivers\n\n- The Nile flows north into the Mediterranean Sea\n';

let base: string;
let vault: string;
let dataDir: string;
const opened: Store[] = [];

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recollect-stored-notes-'));
  vault = join(base, 'vault');
  dataDir = join(base, 'data');
  await mkdir(vault);
  await writeFile(join(vault, 'russia.md'), RUSSIA);
  await writeFile(join(vault, 'rivers.md'), RIVERS);
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await rm(base, { recursive: true, force: true });
});

async function open(): Promise<Store> {
  const store = await openStore({ vault, dataDir });
  opened.push(store);
  return store;
}

interface Reads {
  /** Every note record. */
  listNotes: number;
  /** Every note's people (listNotePeople without paths). */
  listNotePeople: number;
  /** The people of some notes (listNotePeople with paths). */
  someNotesPeople: number;
  /** The vault pool's counts. */
  countNotePeople: number;
}

/** The store, counting the calls that read every note record, the people of notes, or the pool's counts. */
function counted(store: Store): { store: Store; reads: Reads } {
  const reads: Reads = { listNotes: 0, listNotePeople: 0, someNotesPeople: 0, countNotePeople: 0 };
  const proxy = new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'listNotePeople')
        return (paths?: readonly string[]) => {
          reads[paths ? 'someNotesPeople' : 'listNotePeople']++;
          return target.listNotePeople(paths);
        };
      if (property === 'listNotes' || property === 'countNotePeople') reads[property]++;
      // Methods run on the store itself (its private fields are not on the proxy).
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, reads };
}

describe("a note's people", () => {
  it('are stored with its record when it is built, and go with the note', async () => {
    const store = await open();
    await scanVaultIntoStore(store, vault, NOW, clock);
    const people = await store.listNotePeople();
    expect([...people.keys()]).toEqual(['russia.md']);
    expect(people.get('russia.md')).toContain('Nikolai Bukharin');
    await rm(join(vault, 'russia.md'));
    const report = await scanVaultIntoStore(store, vault, NOW, clock);
    expect(report.deletedNotes).toEqual(['russia.md']);
    expect(await store.listNotePeople()).toEqual(new Map());
  });

  it('are not read by a scan that builds nothing, even when it tries a note it cannot read', async () => {
    // A file with a NUL byte is no note: every scan tries it again and reports it.
    await writeFile(join(vault, 'broken.md'), Uint8Array.from([0x41, 0x00, 0x42]));
    const { store, reads } = counted(await open());
    await scanVaultIntoStore(store, vault, NOW, clock);
    const before = { ...reads };
    const report = await scanVaultIntoStore(store, vault, NOW, clock);
    expect(report.problems.map((p) => p.path)).toEqual(['broken.md']);
    expect(report.notesParsed).toBe(0);
    expect(reads).toEqual({ ...before, listNotes: before.listNotes + 1 });
  });
});

describe('the note records kept by a long-lived process', () => {
  it('are read once, then kept up to date by its own scans', async () => {
    const { store, reads } = counted(await open());
    const kept = new StoredNotes();
    await scanVaultIntoStore(store, vault, NOW, clock, {}, kept);
    await writeFile(join(vault, 'rivers.md'), `${RIVERS}- Karl Marx wrote about the Rhine\n`);
    const edit = await scanVaultIntoStore(store, vault, NOW, clock, { paths: ['rivers.md'] }, kept);
    expect(edit).toMatchObject({ notesParsed: 1, notesSeen: 2 });
    await writeFile(join(vault, 'cells.md'), '# Cells\n\n- The **nucleus** holds the genetic material\n');
    const added = await scanVaultIntoStore(store, vault, NOW, clock, { paths: ['cells.md'] }, kept);
    expect(added).toMatchObject({ notesParsed: 1, notesSeen: 3 });
    // A deleted note, named by the watcher: its record goes, and nothing else is looked at.
    await rm(join(vault, 'cells.md'));
    const deleted = await scanVaultIntoStore(store, vault, NOW, clock, { paths: ['cells.md'] }, kept);
    expect(deleted).toMatchObject({ notesParsed: 0, notesSeen: 2, deletedNotes: ['cells.md'] });
    await writeFile(join(vault, 'cells.md'), '# Cells\n\n- The **nucleus** holds the genetic material\n');
    expect(await scanVaultIntoStore(store, vault, NOW, clock, { paths: ['cells.md'] }, kept)).toMatchObject({
      notesParsed: 1,
      notesSeen: 3,
      revived: 1,
    });
    // The records are read by the first scan (none yet) and once more by the first edit: a first scan keeps none
    // in memory (at 100,000 notes they would be ~40 MB at its peak), later scans keep them up to date. The pool's
    // counts likewise; only the people of each note rebuilt (three builds) are read, never every note's.
    expect(reads).toEqual({ listNotes: 2, listNotePeople: 0, someNotesPeople: 3, countNotePeople: 2 });
    // What is kept is what the store holds: a fresh scan of the same store finds nothing to do.
    const fresh = await scanVaultIntoStore(store, vault, NOW, clock);
    expect(fresh).toMatchObject({ notesParsed: 0, added: 0, retired: 0, updated: 0 });
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['cells.md', 'rivers.md', 'russia.md']);
    const people = await store.listNotePeople();
    expect(people.get('rivers.md')).toContain('Karl Marx');
    // Its pool is the store's: the union of every note's people.
    expect(await kept.pools(store, new Set())).toEqual(vaultPools([...people.values()].flat()));
  });

  it('are read again after another process wrote to the store', async () => {
    const { store, reads } = counted(await open());
    const kept = new StoredNotes();
    await scanVaultIntoStore(store, vault, NOW, clock, {}, kept);
    // Another process (here another connection) deletes a note and scans.
    await rm(join(vault, 'russia.md'));
    const other = await open();
    expect((await scanVaultIntoStore(other, vault, NOW, clock)).deletedNotes).toEqual(['russia.md']);
    await writeFile(join(vault, 'russia.md'), RUSSIA);
    const back = await scanVaultIntoStore(store, vault, NOW, clock, { paths: ['russia.md'] }, kept);
    expect(reads.listNotes).toBe(2);
    // Its items, retired by the other process, come back with their history.
    expect(back).toMatchObject({ notesParsed: 1, added: 0, retired: 0 });
    expect(back.revived).toBeGreaterThan(0);
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['rivers.md', 'russia.md']);
  });
});

describe('the vault pool kept by a long-lived process', () => {
  const note = (path: string, people: readonly string[]) => ({
    path,
    hash: 'h',
    size: 1,
    mtimeMs: 1,
    title: path,
    people,
  });

  it('is the people of every note but those rebuilt, as their records change', async () => {
    const store = await openMemoryStore();
    opened.push(store);
    const a = note('a.md', ['Vladimir Lenin', 'Leon Trotsky', 'Lenin']);
    const b = note('b.md', ['Leon Trotsky', 'Rosa Luxemburg']);
    const c = note('c.md', ['Karl Marx', 'Karl Marx']);
    await store.upsertNotes([a, b, c], NOW);
    const kept = new StoredNotes();
    await kept.records(store);
    const without = async (...paths: string[]) => kept.pools(store, new Set(paths));
    expect(await without()).toEqual(vaultPools([...a.people, ...b.people, ...c.people]));
    expect(await without('b.md')).toEqual(vaultPools([...a.people, ...c.people]));
    expect(await without('a.md', 'b.md')).toEqual(vaultPools(c.people));
    expect((await without('c.md')).people).not.toContain('Karl Marx');
    // Its own scans wrote c.md with new people and deleted a.md.
    const c2 = note('c.md', ['Friedrich Engels']);
    await store.upsertNotes([c2, { ...b, people: undefined }], NOW);
    await store.deleteNotes(['a.md']);
    kept.applied([c2, { ...b, people: undefined }], ['a.md']);
    const { store: watched, reads } = counted(store);
    const pool = async (...paths: string[]) => kept.pools(watched, new Set(paths));
    expect(await pool()).toEqual(vaultPools([...b.people, ...c2.people]));
    expect(await pool('b.md')).toEqual(vaultPools(c2.people));
    // The notes it changed were all looked at before: its counts followed, nothing was read again.
    expect(reads).toEqual({ listNotes: 0, listNotePeople: 0, someNotesPeople: 0, countNotePeople: 0 });
  });

  it('reads the counts again after a change to a note it never looked at', async () => {
    const store = await openMemoryStore();
    opened.push(store);
    const a = note('a.md', ['Vladimir Lenin', 'Leon Trotsky']);
    const b = note('b.md', ['Leon Trotsky', 'Rosa Luxemburg']);
    const c = note('c.md', ['Karl Marx']);
    await store.upsertNotes([a, b, c], NOW);
    const { store: watched, reads } = counted(store);
    const kept = new StoredNotes();
    await kept.records(watched);
    expect(await kept.pools(watched, new Set(['a.md']))).toEqual(vaultPools([...b.people, ...c.people]));
    // A scan rewrote c.md and b.md (never rebuilt here: their old people are unknown to it) and deleted a.md.
    const c2 = note('c.md', ['Friedrich Engels']);
    await store.upsertNotes([c2, { ...b, people: [] }], NOW);
    await store.deleteNotes(['a.md']);
    kept.applied([c2, { ...b, people: [] }], ['a.md']);
    expect(await kept.pools(watched, new Set())).toEqual(vaultPools(c2.people));
    expect(reads.countNotePeople).toBe(2);
    expect(reads.listNotePeople).toBe(0);
  });
});
