/**
 * The day's queue as a study session keeps it between answers (create-service.ts), updated in place: an answer
 * or an item that can no longer be studied takes one entry out, and a learning card becomes due by the clock,
 * so nothing is rebuilt while answering. The order is buildQueue's: learning cards due now (most due first),
 * then reviews with new items spread among them, then learning cards due within the look-ahead.
 */
import type { QueueEntry } from '../schedule/index.js';
import type { LoadedQueue } from './queue.js';

export interface SessionQueueOptions {
  /** The study day it was built for (`studyDayKey`). */
  readonly day: string;
  /** Milliseconds since the epoch when it was built. */
  readonly builtAt: number;
  /** The store's change mark when it was built (null: the store cannot tell, see Store.externalChangeMark). */
  readonly mark: number | null;
  /** Items answered this study day: shared by the day's queues, skipped until the queue runs out. */
  readonly answered: Set<string>;
  readonly learnAheadMs: number;
}

interface Learning {
  readonly entry: QueueEntry;
  readonly dueMs: number;
}

export class SessionQueue {
  readonly day: string;
  readonly builtAt: number;
  readonly mark: number | null;
  readonly answered: Set<string>;
  readonly #main: readonly QueueEntry[];
  readonly #mainIds: ReadonlySet<string>;
  readonly #learning: readonly Learning[];
  readonly #skipped = new Set<string>();
  readonly #learnAheadMs: number;
  readonly #doneAtBuild: number;
  #cursor = 0;
  #mainLeft: number;
  #answeredSince = 0;

  constructor(loaded: LoadedQueue, options: SessionQueueOptions) {
    this.day = options.day;
    this.builtAt = options.builtAt;
    this.mark = options.mark;
    this.answered = options.answered;
    this.#learnAheadMs = options.learnAheadMs;
    this.#doneAtBuild = loaded.doneToday;
    this.#main = loaded.queue.entries.filter((e) => e.kind !== 'learning');
    this.#mainIds = new Set(this.#main.map((e) => e.itemId));
    this.#mainLeft = this.#main.filter((e) => !this.answered.has(e.itemId)).length;
    this.#learning = [...loaded.queue.entries.filter((e) => e.kind === 'learning'), ...loaded.laterLearning]
      .map((entry) => ({ entry, dueMs: Date.parse(entry.due) }))
      .sort((a, b) => a.dueMs - b.dueMs || a.entry.itemId.localeCompare(b.entry.itemId));
  }

  /** The entry to show at `now` (ms), or undefined when nothing is left for now. */
  next(now: number): QueueEntry | undefined {
    const due = this.#firstLearning(now);
    if (due) return due;
    while (this.#cursor < this.#main.length && this.#gone((this.#main[this.#cursor] as QueueEntry).itemId))
      this.#cursor++;
    return this.#main[this.#cursor] ?? this.#firstLearning(now + this.#learnAheadMs);
  }

  /** Entries left: reviews and new items not yet answered, and learning cards due within the look-ahead. */
  remaining(now: number): number {
    const until = now + this.#learnAheadMs;
    let learning = 0;
    for (const { entry, dueMs } of this.#learning) {
      if (dueMs > until) break;
      if (!this.#gone(entry.itemId)) learning++;
    }
    return this.#mainLeft + learning;
  }

  /** Answers logged today: those counted when it was built and this session's own since. */
  done(): number {
    return this.#doneAtBuild + this.#answeredSince;
  }

  /** An answer to `itemId` was committed by this session. */
  recordAnswer(itemId: string): void {
    this.#takeOut(itemId);
    this.answered.add(itemId);
    this.#answeredSince++;
  }

  /** `itemId` can no longer be studied (gone, suspended, renamed): never shown by this queue again. */
  skip(itemId: string): void {
    this.#takeOut(itemId);
    this.#skipped.add(itemId);
  }

  #takeOut(itemId: string): void {
    if (this.#mainIds.has(itemId) && !this.#gone(itemId)) this.#mainLeft--;
  }

  #gone(itemId: string): boolean {
    return this.answered.has(itemId) || this.#skipped.has(itemId);
  }

  #firstLearning(until: number): QueueEntry | undefined {
    for (const { entry, dueMs } of this.#learning) {
      if (dueMs > until) return undefined;
      if (!this.#gone(entry.itemId)) return entry;
    }
    return undefined;
  }
}
