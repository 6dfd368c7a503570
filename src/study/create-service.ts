/**
 * The SQLite-backed StudyService: opens the vault's store and runs each use case as one transaction.
 * @example const study = await createStudyService({ vault: 'examples' }); await study.scan(new Date());
 */

import { join } from 'node:path';
import { TAG_MEMORY_FILE } from '../pos-memory/file-memory.js';
import {
  DEFAULT_LIMITS,
  GRADE_NAMES,
  makeScheduler,
  type Scheduler,
  studyDayKey,
} from '../schedule/index.js';
import { dataDirFor, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { recordAnswer, undoLastAnswer } from './answering.js';
import { cardVersion } from './card-version.js';
import { StaleAnswerError } from './errors.js';
import { loadQueue } from './queue.js';
import { scanVaultIntoStore } from './scan.js';
import type { IntervalPreview, StudyCard, StudyService } from './service.js';
import { SessionQueue } from './session-queue.js';
import { boundaryOf, loadSettings, type StudySettings, saveSettings } from './settings.js';
import { loadStats } from './stats.js';
import { StoredNotes } from './stored-notes.js';

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
  // Kept between scans (serve rescans on every edit): the note records are read again only after another
  // process wrote to the store.
  const storedNotes = new StoredNotes();
  // The tagger's memory lives beside the database (pos-memory/): an edit re-tags only its new sentences.
  const tagMemory = join(dataDirFor(options), TAG_MEMORY_FILE);
  return studyServiceOn(store, {
    scan: (now, scanOptions) =>
      scanVaultIntoStore(
        store,
        options.vault,
        now,
        () => performance.now(),
        { tagMemory, ...scanOptions },
        storedNotes,
      ),
    ...(options.settings === undefined ? {} : { settings: options.settings }),
  });
}

export interface StudyServiceOnOptions {
  /** How `scan` brings the store up to date (a vault scan locally; the class server publishes instead). */
  readonly scan: StudyService['scan'];
  readonly settings?: Partial<StudySettings>;
}

/** The study use cases on an open store (SQLite or PostgreSQL); `close()` closes the store. */
export async function studyServiceOn(store: Store, options: StudyServiceOnOptions): Promise<StudyService> {
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

  // The day's queue is kept between answers and updated in place (session-queue.ts): rebuilding it from the
  // store on every `next` made each answer cost a full queue load. It is rebuilt at a new study day, when it runs
  // out, after anything here that changes what is due (scan, undo, suspend, settings, a leech, an answer refused
  // as stale), and when another process wrote to the store (its change mark moved; a store that cannot tell
  // is read again after a minute). Items answered this study day are skipped until the queue runs out, across
  // rebuilds, so the "left" count moves by one per answer, suspend or undo.
  let session: SessionQueue | undefined;
  let answered: { day: string; ids: Set<string> } = { day: '', ids: new Set() };
  const invalidate = (): void => {
    session = undefined;
  };
  const stillCurrent = async (s: SessionQueue, t: number, day: string): Promise<boolean> => {
    if (s.day !== day || t < s.builtAt) return false;
    if (s.mark === null) return t - s.builtAt < QUEUE_TTL_MS;
    return (await store.externalChangeMark()) === s.mark;
  };
  const current = async (now: Date): Promise<SessionQueue> => {
    const t = now.getTime();
    const day = studyDayKey(now, boundary());
    // Local copies: a concurrent call (next and progress together) may replace `session` while this one waits.
    const kept = session;
    if (kept && (await stillCurrent(kept, t, day))) return kept;
    if (answered.day !== day) answered = { day, ids: new Set() };
    const ids = answered.ids;
    const mark = await store.externalChangeMark();
    const built = new SessionQueue(await loadQueue(store, now, settings, boundary()), {
      day,
      builtAt: t,
      mark,
      answered: ids,
      learnAheadMs: DEFAULT_LIMITS.learnAheadMinutes * 60_000,
    });
    session = built;
    return built;
  };

  return {
    scan: async (now, scanOptions) => {
      invalidate();
      return options.scan(now, scanOptions);
    },
    next: async (now) => {
      let s = await current(now);
      let lookedAgain = false;
      for (;;) {
        const entry = s.next(now.getTime());
        if (!entry) {
          if (lookedAgain || s.answered.size === 0) return null;
          // Learning cards answered this session may be due again: look once more before saying "done".
          // A new set, not clear(): a concurrent progress() may still be reading the old session's.
          answered = { day: answered.day, ids: new Set() };
          invalidate();
          s = await current(now);
          lookedAgain = true;
          continue;
        }
        const item = await store.getItem(entry.itemId);
        if (item && item.state === 'active' && item.id === entry.itemId)
          return studyCard(store, scheduler, item, now);
        s.skip(entry.itemId);
      }
    },
    answer: async (input, now) => {
      let result: Awaited<ReturnType<typeof recordAnswer>>;
      try {
        result = await recordAnswer(ctx(), input, now);
      } catch (error) {
        // Answered elsewhere: this session's queue no longer knows what is due.
        if (error instanceof StaleAnswerError) invalidate();
        throw error;
      }
      session?.recordAnswer(input.itemId);
      if (result.leech) invalidate();
      return result;
    },
    undo: async (now) => {
      invalidate();
      const undone = await undoLastAnswer(ctx(), now, boundary());
      if (undone) answered.ids.delete(undone.itemId);
      return undone;
    },
    setState: async (itemId, state, now) => {
      invalidate();
      await store.transaction(async (tx) => {
        await tx.setItemState(itemId, state, now);
      });
    },
    progress: async (now) => {
      const s = await current(now);
      return { done: s.done(), remaining: s.remaining(now.getTime()) };
    },
    stats: (now) => loadStats(store, scheduler, now, boundary()),
    item: async (itemId) => {
      const item = await store.getItem(itemId);
      if (!item) return null;
      return { item, card: await store.getCard(item.id), reviews: await store.reviewsForItem(item.id) };
    },
    items: (filter) => store.listItems(filter?.states ? { states: filter.states } : undefined),
    timeline: (filter) => store.listEvents(filter?.paths ? { paths: filter.paths } : undefined),
    settings: async () => settings,
    updateSettings: async (patch) => {
      await saveSettings(store, patch);
      await refresh();
      invalidate();
    },
    reviews: (since) => store.reviewsSince(since ?? new Date(0)),
    close: () => store.close(),
  };
}

/** How long a queue is kept when the store cannot tell whether another process changed it. */
const QUEUE_TTL_MS = 60_000;

async function studyCard(
  store: Store,
  scheduler: Scheduler,
  item: StudyCard['item'],
  now: Date,
): Promise<StudyCard> {
  const card = await store.getCard(item.id);
  const preview = scheduler.preview(card ?? scheduler.newCardState(now), now, item.id);
  const intervals = Object.fromEntries(
    Object.values(GRADE_NAMES).map((name) => [name, preview[name].label] as const),
  ) as unknown as IntervalPreview;
  return { item, card, intervals, version: cardVersion(card), phase: card?.phase ?? 'new' };
}
