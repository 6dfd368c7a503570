/**
 * Builds today's study queue from candidate items: learning items due now, then reviews (most overdue first)
 * with new items spread among them, within the daily limits; siblings (items of one fact) are not shown on
 * the same study day. Pure: the caller loads candidates and today's counts and passes `now`.
 */
import type { CardPhase } from './card-state.js';
import { type DayBoundary, DEFAULT_DAY_BOUNDARY, nextStudyDayStart } from './day.js';
import { ScheduleSettingsError } from './errors.js';

export type ItemStatus = 'active' | 'suspended' | 'retired';

export interface QueueCandidate {
  readonly itemId: string;
  /** Items with the same fact key are siblings. */
  readonly factKey: string;
  readonly notePath: string;
  /** 1-based line in the note; orders new items that were added at the same time. */
  readonly line?: number;
  readonly status: ItemStatus;
  readonly phase: CardPhase;
  /** ISO time the item is due (for a new item: when it was added). */
  readonly due: string;
}

export interface StudiedToday {
  /** New items introduced today (first answers). */
  readonly newStudied: number;
  /** Answers today to items in the review phase. */
  readonly reviewsDone: number;
  /** Fact keys of every item answered today: their other items are buried until tomorrow. */
  readonly factKeysSeen: readonly string[];
}

export interface QueueLimits {
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** When nothing else is left, learning items due within this many minutes are shown early (Anki: 20). */
  readonly learnAheadMinutes: number;
}

export const DEFAULT_LIMITS: QueueLimits = { newPerDay: 20, reviewsPerDay: 200, learnAheadMinutes: 20 };

export interface QueueInput {
  readonly candidates: readonly QueueCandidate[];
  readonly today: StudiedToday;
  readonly now: Date;
  readonly limits?: Partial<QueueLimits>;
  readonly boundary?: DayBoundary;
}

export type QueueEntryKind = 'learning' | 'review' | 'new';

export interface QueueEntry {
  readonly itemId: string;
  readonly factKey: string;
  readonly notePath: string;
  readonly kind: QueueEntryKind;
  readonly due: string;
}

export interface StudyQueue {
  readonly entries: readonly QueueEntry[];
  /** Item ids held back today because a sibling was answered today or is already queued. */
  readonly buried: readonly string[];
  /** How many due reviews and new items the limits held back. */
  readonly overLimit: { readonly reviews: number; readonly new: number };
}

const byDueThenId = (a: QueueCandidate, b: QueueCandidate): number =>
  a.due.localeCompare(b.due) || a.itemId.localeCompare(b.itemId);

const byAddedThenPlace = (a: QueueCandidate, b: QueueCandidate): number =>
  a.due.localeCompare(b.due) ||
  a.notePath.localeCompare(b.notePath) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  a.itemId.localeCompare(b.itemId);

function entry(candidate: QueueCandidate, kind: QueueEntryKind): QueueEntry {
  const { itemId, factKey, notePath, due } = candidate;
  return { itemId, factKey, notePath, kind, due };
}

function checkLimits(limits: QueueLimits): void {
  for (const [name, value] of Object.entries(limits)) {
    if (!(Number.isInteger(value) && value >= 0)) {
      throw new ScheduleSettingsError(`${name} must be a whole number ≥ 0, got ${value}`);
    }
  }
}

/** Takes candidates in order while the limit lasts, burying those whose fact is already taken. */
function takeWithSiblings(
  ordered: readonly QueueCandidate[],
  limit: number,
  taken: Set<string>,
  buried: string[],
): { picked: QueueCandidate[]; overLimit: number } {
  const picked: QueueCandidate[] = [];
  let overLimit = 0;
  for (const candidate of ordered) {
    if (taken.has(candidate.factKey)) buried.push(candidate.itemId);
    else if (picked.length >= limit) overLimit += 1;
    else {
      picked.push(candidate);
      taken.add(candidate.factKey);
    }
  }
  return { picked, overLimit };
}

/** Spreads `extra` evenly through `base` (one new item after every few reviews), keeping both orders. */
export function interleave<B, E>(base: readonly B[], extra: readonly E[]): (B | E)[] {
  if (extra.length === 0) return [...base];
  if (base.length === 0) return [...extra];
  const result: (B | E)[] = [];
  const step = (base.length + extra.length) / extra.length;
  let nextExtraAt = step - 1;
  let b = 0;
  let e = 0;
  for (let position = 0; position < base.length + extra.length; position++) {
    const wantExtra = e < extra.length && (position >= Math.floor(nextExtraAt) || b >= base.length);
    if (wantExtra) {
      result.push(extra[e++] as E);
      nextExtraAt += step;
    } else result.push(base[b++] as B);
  }
  return result;
}

/** Builds the ordered queue for `now` (see the module comment for the rules). */
export function buildQueue(input: QueueInput): StudyQueue {
  const limits: QueueLimits = { ...DEFAULT_LIMITS, ...input.limits };
  checkLimits(limits);
  const now = input.now.getTime();
  const endOfDay = nextStudyDayStart(input.now, input.boundary ?? DEFAULT_DAY_BOUNDARY).getTime();
  const aheadUntil = now + limits.learnAheadMinutes * 60_000;
  const active = input.candidates.filter((c) => c.status === 'active');
  const dueAt = (c: QueueCandidate): number => Date.parse(c.due);
  const isLearning = (c: QueueCandidate): boolean => c.phase === 'learning' || c.phase === 'relearning';

  const learningNow = active.filter((c) => isLearning(c) && dueAt(c) <= now).sort(byDueThenId);
  const learningSoon = active
    .filter((c) => isLearning(c) && dueAt(c) > now && dueAt(c) <= aheadUntil)
    .sort(byDueThenId);
  // Learning items are never buried: they are the sibling already being studied.
  const taken = new Set([...input.today.factKeysSeen, ...learningNow, ...learningSoon].map(factKeyOf));
  const buried: string[] = [];
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - input.today.reviewsDone);
  const newLeft = Math.max(0, limits.newPerDay - input.today.newStudied);
  const dueReviews = active.filter((c) => c.phase === 'review' && dueAt(c) < endOfDay).sort(byDueThenId);
  const reviews = takeWithSiblings(dueReviews, reviewsLeft, taken, buried);
  const newItems = active.filter((c) => c.phase === 'new').sort(byAddedThenPlace);
  const fresh = takeWithSiblings(newItems, newLeft, taken, buried);

  const entries = [
    ...learningNow.map((c) => entry(c, 'learning')),
    ...interleave(
      reviews.picked.map((c) => entry(c, 'review')),
      fresh.picked.map((c) => entry(c, 'new')),
    ),
    ...learningSoon.map((c) => entry(c, 'learning')),
  ];
  return { entries, buried, overLimit: { reviews: reviews.overLimit, new: fresh.overLimit } };
}

function factKeyOf(value: string | QueueCandidate): string {
  return typeof value === 'string' ? value : value.factKey;
}
