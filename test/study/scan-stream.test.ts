/**
 * The streaming scan: the first scan of a vault writes its items in batches from the per-note pass (on worker
 * threads) and must store exactly what a whole-vault build makes (items and timeline events); a rescan that finds nothing changed writes
 * nothing.
 */
import { statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault.js';
import { buildDeck } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { scanVaultIntoStore } from '../../src/study/scan.js';
import { scanVault } from '../../src/vault/index.js';

const NOW = new Date('2026-02-01T10:00:00Z');
const clock = () => performance.now();

async function syntheticVault(notes: number): Promise<{ vault: string; dataDir: string }> {
  const base = await mkdtemp(join(tmpdir(), 'recollect-scan-stream-'));
  const vault = join(base, 'vault');
  await writeVault(vault, generateVault({ notes, seed: 11 }));
  return { vault, dataDir: join(base, 'data') };
}

describe('the first scan of a vault', () => {
  it('stores, batch by batch on worker threads, the items of a whole-vault build', async () => {
    const { vault, dataDir } = await syntheticVault(200);
    const store = await openStore({ vault, dataDir });
    try {
      const report = await scanVaultIntoStore(store, vault, NOW, clock, { threads: 2 });
      const { files, problems } = await scanVault(vault);
      const { deck } = buildDeck(files, { vault, problems });
      const expected = deck.items;
      // More than one batch of 5,000 items, so the batches and the merge across them are exercised.
      expect(expected.length).toBeGreaterThan(5_000);
      expect(report.added).toBe(expected.length);
      const stored = await store.listItems();
      expect(stored.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
      const byId = new Map(stored.map((i) => [i.id, i]));
      for (const item of expected) expect(byId.get(item.id)?.prompt).toBe(item.prompt);
      expect((await store.listNotes()).length).toBe(report.notesSeen - problems.length);
      // The timeline too, written with each batch: the events of the same build, in the same order.
      expect(deck.events.length).toBeGreaterThan(100);
      expect(await store.listEvents()).toEqual(deck.events);
    } finally {
      await store.close();
    }
  }, 180_000);
});

describe('a rescan', () => {
  it('writes nothing to the database when nothing changed', async () => {
    const { vault, dataDir } = await syntheticVault(30);
    const store = await openStore({ vault, dataDir });
    try {
      await scanVaultIntoStore(store, vault, NOW, clock);
      const files = ['recollect.db', 'recollect.db-wal'].map((f) => join(dataDir, f));
      const before = files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs);
      const report = await scanVaultIntoStore(store, vault, new Date(NOW.getTime() + 60_000), clock);
      expect(report.notesParsed).toBe(0);
      expect(report.added + report.updated + report.retired).toBe(0);
      expect(files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('builds only the edited note and keeps the others untouched', async () => {
    const { vault, dataDir } = await syntheticVault(30);
    const store = await openStore({ vault, dataDir });
    try {
      await scanVaultIntoStore(store, vault, NOW, clock);
      const [first] = (await scanVault(vault)).files;
      if (!first) throw new Error('no note');
      await writeFile(
        join(vault, first.path),
        `${first.text}\n- Edda Falk founded the Harbour Guild in 1901\n`,
      );
      const report = await scanVaultIntoStore(store, vault, new Date(NOW.getTime() + 60_000), clock);
      expect(report.notesParsed).toBe(1);
      expect(report.added).toBeGreaterThan(0);
      expect(report.notes.map((n) => n.path)).toEqual([first.path]);
    } finally {
      await store.close();
    }
  });
});

describe('a scan of the paths a watcher reports', () => {
  it('builds the edited note, retires a deleted one and walks the vault for a new folder', async () => {
    const { vault, dataDir } = await syntheticVault(30);
    const store = await openStore({ vault, dataDir });
    try {
      await scanVaultIntoStore(store, vault, NOW, clock);
      const [edited, deleted] = (await scanVault(vault)).files;
      if (!edited || !deleted) throw new Error('no notes');
      await writeFile(
        join(vault, edited.path),
        `${edited.text}\n- Edda Falk founded the Harbour Guild in 1901\n`,
      );
      await rm(join(vault, deleted.path));
      const later = new Date(NOW.getTime() + 60_000);
      const report = await scanVaultIntoStore(store, vault, later, clock, {
        paths: [edited.path, deleted.path],
      });
      expect(report.notesParsed).toBe(1);
      expect(report.deletedNotes).toEqual([deleted.path]);
      expect(report.retired).toBeGreaterThan(0);
      const live = await store.listItems({ states: ['active'] });
      expect(live.some((i) => i.source.path === deleted.path)).toBe(false);
      expect(live.some((i) => /Harbour Guild/.test(i.fact) && i.source.path === edited.path)).toBe(true);
      // The same vault scanned whole finds nothing more to do.
      const whole = await scanVaultIntoStore(store, vault, later, clock);
      expect(whole.notesParsed + whole.added + whole.retired + whole.deletedNotes.length).toBe(0);

      await mkdir(join(vault, 'New folder'));
      await writeFile(
        join(vault, 'New folder', 'n.md'),
        '# N\n- Edda Falk founded the Harbour Guild in 1901\n',
      );
      const folder = await scanVaultIntoStore(store, vault, later, clock, { paths: ['New folder'] });
      expect(folder.notesParsed).toBe(1);
      expect((await store.listNotes()).some((n) => n.path === 'New folder/n.md')).toBe(true);
    } finally {
      await store.close();
    }
  });
});
