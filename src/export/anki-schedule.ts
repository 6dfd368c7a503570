import type { ExportReview, ItemScheduling } from './scheduling.js';

/** Anki's scheduling columns of one card (`cards` table). */
export interface CardColumns {
  readonly type: number;
  readonly queue: number;
  readonly due: number;
  readonly ivl: number;
  readonly factor: number;
  readonly reps: number;
  readonly lapses: number;
  readonly left: number;
  readonly data: string;
}

/** One `revlog` row, before its id (the review time in ms) is made unique. */
export interface RevlogColumns {
  readonly reviewedAtMs: number;
  readonly ease: number;
  readonly ivl: number;
  readonly lastIvl: number;
  readonly factor: number;
  readonly time: number;
  readonly type: number;
}

const DAY_SECS = 86_400;
const DEFAULT_FACTOR = 2500;
// Anki caps answer times at the deck's maxTaken (60 s by default).
const MAX_TAKEN_MS = 60_000;

// Card types and queues as Anki's v2/v3 schedulers write them.
const TYPE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
const QUEUE = { new: 0, learning: 1, review: 2, dayLearning: 3 } as const;
const REVLOG_TYPE = { learn: 0, review: 1, relearn: 2 } as const;

const secs = (date: Date) => Math.floor(date.getTime() / 1000);

/** `col.crt`: the UTC day start of the earliest moment the export refers to, so day numbers are ≥ 0. */
export function collectionCreationSecs(now: Date, scheduling: Iterable<ItemScheduling> = []): number {
  let earliest = secs(now);
  for (const { card, reviews } of scheduling) {
    for (const date of [card.due, card.lastReview, ...reviews.map((r) => r.reviewedAt)]) {
      if (date) earliest = Math.min(earliest, secs(date));
    }
  }
  return earliest - (((earliest % DAY_SECS) + DAY_SECS) % DAY_SECS);
}

/** Days since `col.crt`, which is how Anki stores the due date of review cards. */
export function dayNumber(date: Date, crtSecs: number): number {
  return Math.floor((secs(date) - crtSecs) / DAY_SECS);
}

/** A new card, shown in `position` order. */
export function newCardColumns(position: number): CardColumns {
  return {
    type: TYPE.new,
    queue: QUEUE.new,
    due: position,
    ivl: 0,
    factor: 0,
    reps: 0,
    lapses: 0,
    left: 0,
    data: '',
  };
}

/** Card columns for an item with scheduling; learning steps due today use epoch seconds, others day numbers. */
export function scheduledCardColumns(
  s: ItemScheduling,
  position: number,
  crtSecs: number,
  now: Date,
): CardColumns {
  const { card } = s;
  if (card.state === 'new') return newCardColumns(position);
  const counts = { reps: card.reps, lapses: card.lapses, data: memoryStateJson(s) };
  const lastFactor = s.reviews.at(-1)?.ease ?? DEFAULT_FACTOR;
  if (card.state === 'review') {
    const due = dayNumber(card.due, crtSecs);
    return {
      type: TYPE.review,
      queue: QUEUE.review,
      due,
      ivl: reviewInterval(s),
      factor: lastFactor,
      left: 0,
      ...counts,
    };
  }
  const type = card.state === 'learning' ? TYPE.learning : TYPE.relearning;
  const ivl = type === TYPE.relearning ? reviewInterval(s) : 0;
  const factor = type === TYPE.relearning ? lastFactor : 0;
  // Anki keeps learning cards due within a day in the intraday queue (epoch seconds) and later ones by day.
  const intraday = secs(card.due) - secs(now) < DAY_SECS;
  const queue = intraday ? QUEUE.learning : QUEUE.dayLearning;
  const due = intraday ? secs(card.due) : dayNumber(card.due, crtSecs);
  // `left` = 1001: one learning step left, due today (Anki's "steps today * 1000 + steps left").
  return { type, queue, due, ivl, factor, left: 1001, ...counts };
}

function reviewInterval({ card, reviews }: ItemScheduling): number {
  if (card.lastReview) return Math.max(1, Math.round((secs(card.due) - secs(card.lastReview)) / DAY_SECS));
  const last = reviews.at(-1);
  return Math.max(1, Math.round(last ? last.interval : card.stability));
}

// FSRS memory state in the card's `data` JSON, where Anki 23.10+ keeps it (s = stability, d = difficulty,
// dr = desired retention, decay = FSRS-6 w[20], lrt = last review time in seconds); older Anki ignores it.
function memoryStateJson({ card }: ItemScheduling): string {
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const state: Record<string, number> = { s: round(card.stability), d: round(card.difficulty) };
  if (card.desiredRetention !== undefined) state.dr = round(card.desiredRetention);
  if (card.decay !== undefined) state.decay = round(card.decay);
  if (card.lastReview) state.lrt = secs(card.lastReview);
  return JSON.stringify(state);
}

/** Anki revlog intervals: positive = days, negative = seconds (learning steps). */
export function revlogInterval(days: number): number {
  if (days >= 1) return Math.round(days);
  return -Math.round(days * DAY_SECS);
}

/** Review log rows in Anki's terms; the revlog type is inferred from the intervals (learn/review/relearn). */
export function revlogColumns(reviews: readonly ExportReview[]): RevlogColumns[] {
  let graduated = false;
  return reviews.map((review) => {
    const type =
      review.lastInterval >= 1 ? REVLOG_TYPE.review : graduated ? REVLOG_TYPE.relearn : REVLOG_TYPE.learn;
    if (review.interval >= 1) graduated = true;
    return {
      reviewedAtMs: review.reviewedAt.getTime(),
      ease: review.rating,
      ivl: revlogInterval(review.interval),
      lastIvl: revlogInterval(review.lastInterval),
      factor: review.ease ?? (type === REVLOG_TYPE.learn ? 0 : DEFAULT_FACTOR),
      time: Math.min(MAX_TAKEN_MS, Math.max(0, Math.round(review.durationMs))),
      type,
    };
  });
}
