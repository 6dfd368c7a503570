/**
 * A rules upgrade builds every note again and reconciles it in batches of notes (bounded memory): the store ends
 * as one transaction would leave it, and an item the new rules put in another note keeps its reviews whichever
 * batch comes first.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/generate/item.js';
import { openStore } from '../../src/store/index.js';
import type { Store, StoredItem } from '../../src/store/types.js';
import { RULES_SETTING } from '../../src/study/rules-version.js';
import { scanVaultIntoStore } from '../../src/study/scan.js';

const NOW = new Date('2026-05-04T08:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const clock = () => performance.now();

const RIVERS = ['Danube', 'Rhine', 'Elbe', 'Loire', 'Tagus', 'Vistula', 'Oder', 'Po', 'Ebro', 'Seine'];

/** Ten notes of one river each, two bold facts a note. */
async function riverVault(): Promise<{ vault: string; dataDir: string }> {
  const base = await mkdtemp(join(tmpdir(), 'recollect-upgrade-'));
  const vault = join(base, 'vault');
  await mkdir(vault);
  for (const [i, river] of RIVERS.entries())
    await writeFile(
      join(vault, `${String(i).padStart(2, '0')}-${river.toLowerCase()}.md`),
      `# ${river}\n\n- The ${river} is **${300 + i * 70} km** long.\n- The ${river} freezes in **${
        ['January', 'February'][i % 2]
      }** in a cold year.\n`,
    );
  return { vault, dataDir: join(base, 'data') };
}

/** The item as older rules had phrased it (another prompt, so another id), optionally in another note. */
function asOldRules(item: StoredItem, path = item.source.path): Item {
  const { state, leech, factKey, createdAt, updatedAt, ...built } = item;
  return {
    ...built,
    id: `${item.id.slice(0, -3)}old`,
    prompt: `${item.prompt} (old)`,
    source: { ...item.source, path },
  };
}

async function review(store: Store, id: string, minutes: number): Promise<void> {
  await store.appendReview({
    itemId: id,
    rating: 3,
    reviewedAt: later(minutes),
    durationMs: 3000,
    stateBefore: null,
    stateAfter: null,
  });
}

/** What a student would see of the store: every item with its state, note and reviews. */
async function snapshot(store: Store): Promise<string[]> {
  const items = await store.listItems();
  const rows = await Promise.all(
    items.map(
      async (i) =>
        `${i.id} ${i.state} ${i.source.path} ${i.prompt} | ${(await store.reviewsForItem(i.id)).length}`,
    ),
  );
  return rows.sort();
}

/** A store of the vault indexed by rules "old", with every other item answered and re-phrased as "old" made it. */
async function indexedByOldRules(): Promise<{ store: Store; vault: string; chosen: string[] }> {
  const { vault, dataDir } = await riverVault();
  const store = await openStore({ vault, dataDir });
  await scanVaultIntoStore(store, vault, NOW, clock, { rules: 'old' });
  const items = (await store.listItems()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const chosen = items.filter((_, index) => index % 2 === 0);
  for (const [n, item] of chosen.entries()) {
    await review(store, item.id, n + 1);
    await store.updateItem(item.id, asOldRules(item), later(30));
  }
  return { store, vault, chosen: chosen.map((i) => i.id) };
}

/** The same store upgraded to rules "new", `batchItems` items a transaction. */
async function upgradeWith(batchItems: number): Promise<{ store: Store; upgraded: string[] }> {
  const { store, vault, chosen } = await indexedByOldRules();
  await scanVaultIntoStore(store, vault, later(60), clock, { rules: 'new', batchItems });
  return { store, upgraded: chosen };
}

/** The store, but its `failAt`-th transaction throws (a crash in the middle of an upgrade). */
function failingAt(inner: Store, failAt: number): Store {
  let calls = 0;
  return new Proxy(inner, {
    get(target, prop) {
      if (prop !== 'transaction') {
        // Bound to the store itself: its methods read private fields, which a proxy does not have.
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return <T>(fn: (tx: Store) => Promise<T>) => {
        calls++;
        if (calls === failAt) return Promise.reject(new Error('power cut'));
        return target.transaction(fn);
      };
    },
  });
}

describe('a rules upgrade reconciled in batches', () => {
  it('is finished by the next scan when cut short, with the reviews kept', async () => {
    const { store, vault } = await indexedByOldRules();
    const whole = await upgradeWith(1_000_000);
    try {
      const cut = failingAt(store, 4);
      await expect(
        scanVaultIntoStore(cut, vault, later(60), clock, { rules: 'new', batchItems: 1 }),
      ).rejects.toThrow('power cut');
      // Some batches are written, the rules are still the old ones: the next scan builds every note again.
      expect(await store.getSetting(RULES_SETTING)).toBe('old');
      const again = await scanVaultIntoStore(store, vault, later(61), clock, { rules: 'new', batchItems: 1 });
      expect(again.rulesChanged).toBe(true);
      expect(await store.getSetting(RULES_SETTING)).toBe('new');
      expect(await snapshot(store)).toEqual(await snapshot(whole.store));
    } finally {
      await store.close();
      await whole.store.close();
    }
  });

  it('leaves the store as one transaction does, reviews and all', async () => {
    const batched = await upgradeWith(1);
    const whole = await upgradeWith(1_000_000);
    try {
      expect(batched.upgraded.length).toBeGreaterThanOrEqual(5);
      const seen = await snapshot(batched.store);
      expect(seen).toEqual(await snapshot(whole.store));
      // Every re-phrased item is back under its id of today, live, with its one review.
      for (const id of batched.upgraded) {
        const item = await batched.store.getItem(id);
        expect(item?.state).toBe('active');
        expect(await batched.store.reviewsForItem(id)).toHaveLength(1);
      }
      expect(await batched.store.getSetting(RULES_SETTING)).toBe('new');
    } finally {
      await batched.store.close();
      await whole.store.close();
    }
  });

  it('keeps the reviews of an item the new rules put in a note of a later or an earlier batch', async () => {
    const { vault, dataDir } = await riverVault();
    const store = await openStore({ vault, dataDir });
    try {
      await scanVaultIntoStore(store, vault, NOW, clock, { rules: 'old' });
      const items = await store.listItems();
      const first = items.find((i) => i.source.path.startsWith('00-'));
      const last = items.find((i) => i.source.path.startsWith('09-'));
      if (!first || !last) throw new Error('no items in the first and last notes');
      // The old rules had put the first note's item in the last note, and the last note's in the first.
      const { state: s1, leech: l1, factKey: f1, createdAt: c1, updatedAt: u1, ...firstItem } = first;
      const { state: s2, leech: l2, factKey: f2, createdAt: c2, updatedAt: u2, ...lastItem } = last;
      await store.updateItem(
        first.id,
        { ...firstItem, source: { ...first.source, path: last.source.path } },
        later(1),
      );
      await store.updateItem(
        last.id,
        { ...lastItem, source: { ...last.source, path: first.source.path } },
        later(1),
      );
      await review(store, first.id, 2);
      await review(store, last.id, 3);

      const report = await scanVaultIntoStore(store, vault, later(60), clock, {
        rules: 'new',
        batchItems: 1,
      });
      expect(report.rulesChanged).toBe(true);
      for (const moved of [first, last]) {
        const item = await store.getItem(moved.id);
        expect(item?.state).toBe('active');
        expect(item?.source.path).toBe(moved.source.path);
        expect(await store.reviewsForItem(moved.id)).toHaveLength(1);
      }
      expect((await store.listItems()).filter((i) => i.state === 'retired')).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
