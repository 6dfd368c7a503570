/**
 * Loads what today's queue needs from the store and builds it with the pure `buildQueue`: learning and review
 * cards due before the study day ends, new items in the order they were added, and what was studied today.
 * Only the queue's own fields are read (QueueRow); an item's content is read when it is shown.
 */
import {
  buildQueue,
  type DayBoundary,
  DEFAULT_LIMITS,
  nextStudyDayStart,
  type QueueCandidate,
  type QueueEntry,
  type StudiedToday,
  type StudyQueue,
  studyDayStart,
} from '../schedule/index.js';
import type { QueueRow, ReviewRecord, Store, StudiedRow } from '../store/types.js';
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
export function studiedToday(today: readonly StudiedRow[]): StudiedToday {
  return {
    newStudied: today.filter((r) => phaseOfLogged(r.stateBefore) === 'new').length,
    reviewsDone: today.filter((r) => phaseOfLogged(r.stateBefore) === 'review').length,
    factKeysSeen: [...new Set(today.map((r) => r.factKey))],
  };
}

function candidate(row: QueueRow): QueueCandidate {
  return {
    itemId: row.itemId,
    factKey: row.factKey,
    notePath: row.notePath,
    line: row.line,
    status: row.state,
    phase: row.phase,
    due: row.due,
  };
}

export interface LoadedQueue {
  readonly queue: StudyQueue;
  /**
   * Learning cards due before the day ends that the queue leaves out because they were not yet due within the
   * look-ahead when it was built (most due first). The session shows them once they are due.
   */
  readonly laterLearning: readonly QueueEntry[];
  /** Answers logged today when the queue was built. */
  readonly doneToday: number;
}

const isLearning = (row: QueueRow): boolean => row.phase === 'learning' || row.phase === 'relearning';

/** Builds today's queue at `now`. New items are fetched in growing pages until the limit is met or none are left. */
export async function loadQueue(
  store: Store,
  now: Date,
  settings: StudySettings,
  boundary: DayBoundary,
): Promise<LoadedQueue> {
  const studied = await store.studiedSince(studyDayStart(now, boundary));
  const today = studiedToday(studied);
  const endOfDay = nextStudyDayStart(now, boundary);
  const dueBy = new Date(
    Math.max(endOfDay.getTime(), now.getTime() + DEFAULT_LIMITS.learnAheadMinutes * 60_000),
  );
  // Only what today can show: the remaining reviews (three times over, for siblings buried on the way) plus room
  // for learning cards. Reading every due card of a large collection made each answer take seconds.
  const dueLimit = Math.max(0, settings.reviewsPerDay - today.reviewsDone) * 3 + DUE_MARGIN;
  const due = await store.listDueRows(dueBy, dueLimit);
  const limits = { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay };
  const scheduled = due.map(candidate);
  let page = Math.max(50, settings.newPerDay * 4);
  for (;;) {
    const fresh = await store.listNewRows(page);
    const queue = buildQueue({
      candidates: [...scheduled, ...fresh.map(candidate)],
      today,
      now,
      limits,
      boundary,
    });
    const newShown = queue.entries.filter((e) => e.kind === 'new').length;
    const enough = newShown >= Math.max(0, settings.newPerDay - today.newStudied);
    if (enough || fresh.length < page) {
      const queued = new Set(queue.entries.map((e) => e.itemId));
      const laterLearning = due
        .filter((row) => isLearning(row) && row.state === 'active' && !queued.has(row.itemId))
        .map(
          (row): QueueEntry => ({
            itemId: row.itemId,
            factKey: row.factKey,
            notePath: row.notePath,
            kind: 'learning',
            due: row.due,
          }),
        );
      return { queue, laterLearning, doneToday: studied.length };
    }
    page *= 4;
  }
}
