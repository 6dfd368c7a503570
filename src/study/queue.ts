/**
 * Loads what today's queue needs from the store and builds it with the pure `buildQueue`: learning and review
 * cards due before the study day ends, new items in the order they were added, and what was studied today.
 */
import {
  buildQueue,
  type DayBoundary,
  DEFAULT_LIMITS,
  nextStudyDayStart,
  type QueueCandidate,
  type StudiedToday,
  type StudyQueue,
  studyDayStart,
} from '../schedule/index.js';
import type { ReviewRecord, Store, StoredItem } from '../store/types.js';
import type { StudySettings } from './settings.js';

const DUE_MARGIN = 500;

/** The phase a logged state had (`new` when the log holds no state). */
export function phaseOfLogged(state: unknown): 'new' | 'learning' | 'review' | 'relearning' {
  const phase = (state as { phase?: unknown } | null)?.phase;
  return phase === 'learning' || phase === 'review' || phase === 'relearning' ? phase : 'new';
}

/** Reviews logged since the current study day began. */
export function reviewsToday(store: Store, now: Date, boundary: DayBoundary): Promise<ReviewRecord[]> {
  return store.reviewsSince(studyDayStart(now, boundary));
}

/** Today's counts for the daily limits, and the facts already seen (their siblings wait until tomorrow). */
export async function studiedToday(store: Store, today: readonly ReviewRecord[]): Promise<StudiedToday> {
  const ids = [...new Set(today.map((review) => review.itemId))];
  const items = await store.getItems(ids);
  return {
    newStudied: today.filter((r) => phaseOfLogged(r.stateBefore) === 'new').length,
    reviewsDone: today.filter((r) => phaseOfLogged(r.stateBefore) === 'review').length,
    factKeysSeen: [...new Set(items.map((item) => item.factKey))],
  };
}

function newCandidate(item: StoredItem): QueueCandidate {
  return {
    itemId: item.id,
    factKey: item.factKey,
    notePath: item.source.path,
    line: item.source.line,
    status: item.state,
    phase: 'new',
    due: item.createdAt.toISOString(),
  };
}

export interface LoadedQueue {
  readonly queue: StudyQueue;
  readonly items: ReadonlyMap<string, StoredItem>;
}

/** Builds today's queue at `now`. New items are fetched in growing pages until the limit is met or none are left. */
export async function loadQueue(
  store: Store,
  now: Date,
  settings: StudySettings,
  boundary: DayBoundary,
): Promise<LoadedQueue> {
  const today = await studiedToday(store, await reviewsToday(store, now, boundary));
  const endOfDay = nextStudyDayStart(now, boundary);
  const dueBy = new Date(
    Math.max(endOfDay.getTime(), now.getTime() + DEFAULT_LIMITS.learnAheadMinutes * 60_000),
  );
  // Only what today can show: the remaining reviews (three times over, for siblings buried on the way) plus room
  // for learning cards. Reading every due card of a large collection made each answer take seconds.
  const dueLimit = Math.max(0, settings.reviewsPerDay - today.reviewsDone) * 3 + DUE_MARGIN;
  const due = await store.listDue(dueBy, dueLimit);
  const limits = { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay };
  const items = new Map(due.map((entry) => [entry.item.id, entry.item] as const));
  const scheduled: QueueCandidate[] = due.map(({ item, card }) => ({
    itemId: item.id,
    factKey: item.factKey,
    notePath: item.source.path,
    line: item.source.line,
    status: item.state,
    phase: card.phase,
    due: card.due,
  }));
  let page = Math.max(50, settings.newPerDay * 4);
  for (;;) {
    const fresh = await store.listNew(page);
    for (const item of fresh) items.set(item.id, item);
    const candidates = [...scheduled, ...fresh.map(newCandidate)];
    const queue = buildQueue({ candidates, today, now, limits, boundary });
    const newShown = queue.entries.filter((e) => e.kind === 'new').length;
    const enough = newShown >= Math.max(0, settings.newPerDay - today.newStudied);
    if (enough || fresh.length < page) return { queue, items };
    page *= 4;
  }
}
