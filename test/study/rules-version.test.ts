/**
 * A newer recollect makes items by other rules: its first scan of a store made by the old rules builds every note
 * again (not only the edited ones), keeps each item's reviews, and says so; later scans are quick again.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScanReport } from '../../src/cli/commands/scan.js';
import type { Item } from '../../src/generate/item.js';
import { openStore } from '../../src/store/index.js';
import { RULES_SETTING } from '../../src/study/rules-version.js';
import { scanVaultIntoStore } from '../../src/study/scan.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const clock = () => performance.now();

async function vaultWithNotes(): Promise<{ vault: string; dataDir: string }> {
  const base = await mkdtemp(join(tmpdir(), 'recollect-rules-'));
  const vault = join(base, 'vault');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(vault);
  await writeFile(
    join(vault, 'rivers.md'),
    '# Rivers\n\n- The **Danube** flows into the Black Sea.\n- The Rhine rises in the Swiss Alps.\n',
  );
  await writeFile(
    join(vault, 'canals.md'),
    '# Canals\n\n- The Suez Canal opened in 1869.\n- The **Panama Canal** joins the Atlantic and the Pacific.\n',
  );
  return { vault, dataDir: join(base, 'data') };
}

describe('a scan by other rules than the ones that made the stored items', () => {
  it('builds every note again, keeps the reviews, and says so once', async () => {
    const { vault, dataDir } = await vaultWithNotes();
    const store = await openStore({ vault, dataDir });
    try {
      const first = await scanVaultIntoStore(store, vault, NOW, clock, { rules: 'old' });
      expect(first.rulesChanged).toBeUndefined();
      expect(await store.getSetting(RULES_SETTING)).toBe('old');
      const [item] = await store.listItems();
      if (!item) throw new Error('no item was made');
      // An answer to the item, then the item as the old rules had made it (another phrasing, so another id).
      await store.appendReview({
        itemId: item.id,
        rating: 3,
        reviewedAt: later(1),
        durationMs: 4000,
        stateBefore: null,
        stateAfter: null,
      });
      const { state, leech, factKey, createdAt, updatedAt, ...built } = item;
      const oldPhrasing: Item = {
        ...built,
        id: `${item.id.slice(0, -3)}old`,
        prompt: `${item.prompt} (as the old rules asked it)`,
      };
      await store.updateItem(item.id, oldPhrasing, later(2));

      // The same rules: no note changed, nothing is built, the old phrasing stays.
      const same = await scanVaultIntoStore(store, vault, later(3), clock, { rules: 'old' });
      expect(same.notesParsed).toBe(0);
      expect((await store.getItem(oldPhrasing.id))?.prompt).toBe(oldPhrasing.prompt);

      // Other rules: both notes are built again and the item is phrased by the rules of today.
      const upgraded = await scanVaultIntoStore(store, vault, later(4), clock, { rules: 'new' });
      expect(upgraded.rulesChanged).toBe(true);
      expect(upgraded.notesParsed).toBe(2);
      expect(upgraded.updated).toBe(1);
      expect((await store.getItem(item.id))?.prompt).toBe(item.prompt);
      expect((await store.reviewsForItem(item.id)).map((r) => r.rating)).toEqual([3]);
      expect(await store.getSetting(RULES_SETTING)).toBe('new');
      expect(formatScanReport(upgraded, false)).toMatch(
        /item rules changed since the last scan .*every note was read again; reviews are kept/,
      );

      // Then scans are as before.
      const after = await scanVaultIntoStore(store, vault, later(5), clock, { rules: 'new' });
      expect(after.notesParsed).toBe(0);
      expect(after.rulesChanged).toBeUndefined();
      expect(formatScanReport(after, false)).not.toMatch(/item rules changed/);
    } finally {
      await store.close();
    }
  });

  it('names the new rules only once every note could be built by them', async () => {
    const { vault, dataDir } = await vaultWithNotes();
    const store = await openStore({ vault, dataDir });
    try {
      await scanVaultIntoStore(store, vault, NOW, clock, { rules: 'old' });
      const canals = join(vault, 'canals.md');
      const text = await readFile(canals);
      // A note that cannot be read now (a binary file): it keeps its items, and the store keeps the old rules' name.
      await writeFile(canals, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
      const partial = await scanVaultIntoStore(store, vault, later(1), clock, { rules: 'new' });
      expect(partial.rulesChanged).toBe(true);
      expect(partial.notesParsed).toBe(1);
      expect(partial.problems.map((p) => p.path)).toEqual(['canals.md']);
      expect(partial.retired).toBe(0);
      expect(await store.getSetting(RULES_SETTING)).toBe('old');
      // Readable again with the same text: the next scan builds it by the new rules, and names them.
      await writeFile(canals, text);
      const whole = await scanVaultIntoStore(store, vault, later(2), clock, { rules: 'new' });
      expect(whole.rulesChanged).toBe(true);
      expect(whole.problems).toEqual([]);
      expect(await store.getSetting(RULES_SETTING)).toBe('new');
      const after = await scanVaultIntoStore(store, vault, later(3), clock, { rules: 'new' });
      expect(after.notesParsed).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('is not held back by a file that never could be read, which holds no item of the old rules', async () => {
    const { vault, dataDir } = await vaultWithNotes();
    // A binary file with a note's name, there from the start: it is reported by every scan and never stored.
    await writeFile(join(vault, 'scan.md'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    const store = await openStore({ vault, dataDir });
    try {
      const first = await scanVaultIntoStore(store, vault, NOW, clock, { rules: 'old' });
      expect(first.problems.map((p) => p.path)).toEqual(['scan.md']);
      const upgraded = await scanVaultIntoStore(store, vault, later(1), clock, { rules: 'new' });
      expect(upgraded.rulesChanged).toBe(true);
      expect(upgraded.notesParsed).toBe(2);
      expect(await store.getSetting(RULES_SETTING)).toBe('new');
      // The next scan builds nothing: the upgrade is done, though the binary file is still there.
      const after = await scanVaultIntoStore(store, vault, later(2), clock, { rules: 'new' });
      expect(after.notesParsed).toBe(0);
      expect(after.rulesChanged).toBeUndefined();
      expect(after.problems.map((p) => p.path)).toEqual(['scan.md']);
    } finally {
      await store.close();
    }
  });
});
