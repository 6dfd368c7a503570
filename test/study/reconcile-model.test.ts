/**
 * Model-based test of reconcile: random sequences of edits, insertions, renames, moves, deletions, restores,
 * reviews and interrupted scans, each followed by an (incremental) scan, compared with a simple model in
 * which every fact has a lineage that owns its reviews.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { openMemoryStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { reconcile } from '../../src/study/reconcile.js';
import { clozeOf, itemsOfFact, scanOf, type VaultNotes } from './reconcile-fixtures.js';
import { type Model, makeCommands, type Real } from './reconcile-model-commands.js';

function vaultOf(model: Model): VaultNotes {
  return Object.fromEntries([...model.notes].map(([path, facts]) => [path, facts.map((f) => f.text)]));
}

/** Paths whose fact lists differ between two vault states (deleted notes are found by reconcile itself). */
function changedPaths(before: VaultNotes, after: VaultNotes): string[] {
  return Object.keys(after).filter((p) => JSON.stringify(before[p]) !== JSON.stringify(after[p]));
}

async function expectEqual(label: string, actual: unknown, expected: unknown): Promise<void> {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Scans what changed, then compares store and model. */
async function syncAndCheck(model: Model, real: Real): Promise<void> {
  const vault = vaultOf(model);
  real.clock += 60_000;
  await reconcile(real.store, scanOf(vault, changedPaths(real.lastVault, vault)), new Date(real.clock));
  real.lastVault = vault;
  await checkInvariants(model, real.store);
}

async function checkInvariants(model: Model, store: Store): Promise<void> {
  const present = [...model.notes.values()].flat();
  const itemCount = (facts: readonly { text: string }[]) =>
    facts.reduce((n, f) => n + itemsOfFact(f.text, 'x.md', 1).length, 0);
  for (const fact of present) {
    const id = clozeOf(fact.text).id;
    await expectEqual(`state of ${fact.text}`, (await store.getItem(id))?.state, 'active');
    await expectEqual(`reviews of ${fact.text}`, (await store.reviewsForItem(id)).length, fact.reviews);
  }
  await expectEqual(
    'active items',
    (await store.listItems({ states: ['active'] })).length,
    itemCount(present),
  );
  await expectEqual(
    'retired items',
    (await store.listItems({ states: ['retired'] })).length,
    itemCount(model.deleted),
  );
  const total = [...present, ...model.deleted].reduce((n, f) => n + f.reviews, 0);
  await expectEqual('review log', (await store.reviewsSince(new Date(0))).length, total);
}

describe('reconcile against a model', () => {
  it('keeps every review on its fact, makes no duplicates and retires exactly the deleted facts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(makeCommands({ syncAndCheck }), { maxCommands: 30 }), async (cmds) => {
        const store = await openMemoryStore();
        const model: Model = { notes: new Map([['notes/a.md', []]]), deleted: [], nextLineage: 1 };
        const real: Real = { store, clock: Date.parse('2025-03-01T09:00:00.000Z'), lastVault: {} };
        try {
          await syncAndCheck(model, real);
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
