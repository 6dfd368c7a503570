import { default_w } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { exportHistory } from '../../src/study/export-history.js';
import { later, makeVault, NOW, type TempVault } from './service-fixtures.js';

let vault: TempVault | undefined;
afterEach(() => {
  vault?.remove();
  vault = undefined;
});

/** Scans the vault at NOW, answers the first item Good twice (1 m then 10 m steps), returns the store. */
async function studiedVault() {
  vault = makeVault();
  const service = await vault.open();
  await service.scan(NOW);
  const first = await service.next(NOW);
  if (!first) throw new Error('nothing to study');
  await service.answer({ itemId: first.item.id, rating: 3, durationMs: 4000 }, later(NOW, 1000));
  await service.answer({ itemId: first.item.id, rating: 3, durationMs: 3000 }, later(NOW, 11 * 60_000));
  const items = await service.items();
  await service.close();
  const store = await openStore({ vault: vault.vault, dataDir: vault.dataDir });
  return { store, items, studied: first.item.id };
}

describe('export history from the study database', () => {
  it('knows when every stored item was first seen', async () => {
    const { store, items } = await studiedVault();
    try {
      const history = await exportHistory(store, items, { withScheduling: false });
      expect(history.scheduling).toBeUndefined();
      expect(history.firstSeen.size).toBe(items.length);
      expect([...new Set([...history.firstSeen.values()].map((d) => d.toISOString()))]).toEqual([
        NOW.toISOString(),
      ]);
    } finally {
      await store.close();
    }
  });

  it('gives learning steps their real interval and the FSRS-6 decay in use', async () => {
    const { store, items, studied } = await studiedVault();
    try {
      const history = await exportHistory(store, items, { withScheduling: true });
      const scheduling = history.scheduling?.get(studied);
      expect(scheduling?.reviews.map((r) => r.rating)).toEqual([3, 3]);
      // The first Good is the 10-minute step (steps 1m, 10m); the second graduates the card to days.
      const [step, graduation] = scheduling?.reviews ?? [];
      expect(step?.interval).toBeCloseTo(10 / 1440, 6);
      expect(step?.lastInterval).toBe(0);
      expect(graduation?.lastInterval).toBeCloseTo(10 / 1440, 6);
      expect(graduation?.interval).toBeGreaterThanOrEqual(1);
      expect(scheduling?.card.decay).toBe(default_w[20]);
      expect(scheduling?.card.desiredRetention).toBe(0.9);
      expect(history.scheduling?.size).toBe(1);
    } finally {
      await store.close();
    }
  });
});
