/**
 * The SQLite-backed StudyService: opens the vault's store and runs each use case as one transaction.
 * @example const study = await createStudyService({ vault: 'examples' }); await study.scan(new Date());
 */
import { GRADE_NAMES, makeScheduler, type Scheduler } from '../schedule/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { recordAnswer, undoLastAnswer } from './answering.js';
import { loadQueue, reviewsToday } from './queue.js';
import { scanVaultIntoStore } from './scan.js';
import type { IntervalPreview, StudyCard, StudyService } from './service.js';
import { boundaryOf, loadSettings, type StudySettings, saveSettings } from './settings.js';
import { loadStats } from './stats.js';

export interface CreateStudyServiceOptions {
  readonly vault: string;
  /** Folder of the database; default `<vault>/.recollect`. */
  readonly dataDir?: string;
  /** Overrides for this session only (not stored); stored settings fill the rest. */
  readonly settings?: Partial<StudySettings>;
}

/** Opens (creating if needed) the study store of `vault` and returns the study use cases. */
export async function createStudyService(options: CreateStudyServiceOptions): Promise<StudyService> {
  const store = await openStore({
    vault: options.vault,
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
  });
  let settings: StudySettings;
  let scheduler: Scheduler;
  const refresh = async (): Promise<void> => {
    settings = { ...(await loadSettings(store)), ...options.settings };
    scheduler = makeScheduler({
      desiredRetention: settings.desiredRetention,
      ...(settings.weights ? { weights: settings.weights } : {}),
    });
  };
  try {
    await refresh();
  } catch (error) {
    await store.close();
    throw error;
  }
  const ctx = () => ({ store, scheduler, leechThreshold: settings.leechThreshold });
  const boundary = () => boundaryOf(settings);

  return {
    scan: (now) => scanVaultIntoStore(store, options.vault, now, () => performance.now()),
    next: async (now) => {
      const { queue, items } = await loadQueue(store, now, settings, boundary());
      const first = queue.entries[0];
      const item = first ? items.get(first.itemId) : undefined;
      return item ? studyCard(store, scheduler, item.id, now, items) : null;
    },
    answer: (input, now) => recordAnswer(ctx(), input, now),
    undo: (now) => undoLastAnswer(ctx(), now, boundary()),
    setState: (itemId, state, now) =>
      store.transaction(async (tx) => {
        await tx.setItemState(itemId, state, now);
      }),
    progress: async (now) => {
      const { queue } = await loadQueue(store, now, settings, boundary());
      return { done: (await reviewsToday(store, now, boundary())).length, remaining: queue.entries.length };
    },
    stats: (now) => loadStats(store, scheduler, now, boundary()),
    item: async (itemId) => {
      const item = await store.getItem(itemId);
      if (!item) return null;
      return { item, card: await store.getCard(item.id), reviews: await store.reviewsForItem(item.id) };
    },
    items: (filter) => store.listItems(filter?.states ? { states: filter.states } : undefined),
    settings: async () => settings,
    updateSettings: async (patch) => {
      await saveSettings(store, patch);
      await refresh();
    },
    reviews: (since) => store.reviewsSince(since ?? new Date(0)),
    close: () => store.close(),
  };
}

async function studyCard(
  store: Store,
  scheduler: Scheduler,
  itemId: string,
  now: Date,
  items: ReadonlyMap<string, StudyCard['item']>,
): Promise<StudyCard> {
  const item = items.get(itemId) as StudyCard['item'];
  const card = await store.getCard(itemId);
  const preview = scheduler.preview(card ?? scheduler.newCardState(now), now, itemId);
  const intervals = Object.fromEntries(
    Object.values(GRADE_NAMES).map((name) => [name, preview[name].label] as const),
  ) as unknown as IntervalPreview;
  return { item, card, intervals, phase: card?.phase ?? 'new' };
}
