/**
 * Study statistics from review-log rows and current card states. Pure: the store loads rows, this counts.
 *
 * Definitions:
 * - due today: active items past the new phase whose due time falls before the next study day starts
 *   (overdue ones included);
 * - forecast: the same per future study day (day 0 = today, overdue included);
 * - true retention: of reviews of items that were in the review phase, the share not rated Again, over the
 *   last 30 study days (learning steps are excluded, as Anki's "true retention" does);
 * - streak: consecutive study days with at least one review, ending today or, if none yet today, yesterday;
 * - mastery of a note: the share of its active items (not suspended, not retired) in the review phase with
 *   FSRS stability ≥ 21 days, i.e. still 90% likely to be recalled three weeks after the last review (Anki
 *   calls cards with intervals ≥ 21 days "mature").
 */
import type { CardState, Grade } from './card-state.js';
import { addDaysToKey, type DayBoundary, DEFAULT_DAY_BOUNDARY, studyDayKey } from './day.js';
import type { ItemStatus } from './queue.js';

export const MASTERY_STABILITY_DAYS = 21;

/**
 * Whether a card counts as mastered: in the review phase with FSRS stability ≥ 21 days, i.e. the scheduler
 * expects it to be recalled with 90% probability three weeks after its last review.
 */
export function isMastered(card: Pick<CardState, 'phase' | 'stability'>): boolean {
  return card.phase === 'review' && card.stability >= MASTERY_STABILITY_DAYS;
}

export interface ReviewRow {
  readonly itemId: string;
  readonly rating: Grade;
  readonly reviewedAt: string;
  /** The item's phase before this answer. */
  readonly phaseBefore: CardState['phase'];
}

export interface ItemCard {
  readonly itemId: string;
  readonly notePath: string;
  readonly status: ItemStatus;
  readonly card: CardState;
}

export interface DayCount {
  /** Study day `YYYY-MM-DD`. */
  readonly day: string;
  readonly count: number;
}

export interface NoteMastery {
  readonly notePath: string;
  readonly items: number;
  readonly mastered: number;
  /** mastered / items (0 for a note without active items). */
  readonly share: number;
}

export interface StudyStats {
  readonly today: string;
  readonly dueToday: number;
  readonly newAvailable: number;
  readonly forecast7: readonly DayCount[];
  readonly forecast30: readonly DayCount[];
  readonly reviewsPerDay: readonly DayCount[];
  readonly trueRetention: { readonly reviews: number; readonly passed: number; readonly rate: number | null };
  readonly streak: number;
  readonly mastery: readonly NoteMastery[];
}

export interface StatsInput {
  readonly reviews: readonly ReviewRow[];
  readonly items: readonly ItemCard[];
  readonly now: Date;
  readonly boundary?: DayBoundary;
}

function countByDay(keys: readonly string[], firstDay: string, days: number): DayCount[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Array.from({ length: days }, (_, i) => {
    const day = addDaysToKey(firstDay, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}

function forecast(dueKeys: readonly string[], today: string, days: number): DayCount[] {
  // Overdue items are due today.
  const clamped = dueKeys.map((key) => (key < today ? today : key));
  return countByDay(clamped, today, days);
}

function streakOf(reviewDays: ReadonlySet<string>, today: string): number {
  let day = reviewDays.has(today) ? today : addDaysToKey(today, -1);
  let streak = 0;
  while (reviewDays.has(day)) {
    streak += 1;
    day = addDaysToKey(day, -1);
  }
  return streak;
}

function masteryByNote(items: readonly ItemCard[]): NoteMastery[] {
  const byNote = new Map<string, { items: number; mastered: number }>();
  for (const item of items) {
    const entry = byNote.get(item.notePath) ?? { items: 0, mastered: 0 };
    if (item.status === 'active') {
      entry.items += 1;
      if (isMastered(item.card)) entry.mastered += 1;
    }
    byNote.set(item.notePath, entry);
  }
  return [...byNote.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([notePath, e]) => ({ notePath, ...e, share: e.items === 0 ? 0 : e.mastered / e.items }));
}

/** Computes the study statistics for `now` (see the module comment for each definition). */
export function computeStats(input: StatsInput): StudyStats {
  const boundary = input.boundary ?? DEFAULT_DAY_BOUNDARY;
  const today = studyDayKey(input.now, boundary);
  const dayOf = (iso: string): string => studyDayKey(new Date(iso), boundary);
  const active = input.items.filter((item) => item.status === 'active');
  const scheduled = active.filter((item) => item.card.phase !== 'new');
  const dueKeys = scheduled.map((item) => dayOf(item.card.due));
  const monthStart = addDaysToKey(today, -29);
  const recent = input.reviews
    .map((review) => ({ review, day: dayOf(review.reviewedAt) }))
    .filter(({ day }) => day >= monthStart && day <= today);
  const retained = recent.filter(({ review }) => review.phaseBefore === 'review');
  const passed = retained.filter(({ review }) => review.rating > 1).length;
  return {
    today,
    dueToday: dueKeys.filter((key) => key <= today).length,
    newAvailable: active.length - scheduled.length,
    forecast7: forecast(dueKeys, today, 7),
    forecast30: forecast(dueKeys, today, 30),
    reviewsPerDay: countByDay(
      recent.map(({ day }) => day),
      monthStart,
      30,
    ),
    trueRetention: {
      reviews: retained.length,
      passed,
      rate: retained.length === 0 ? null : passed / retained.length,
    },
    streak: streakOf(new Set(input.reviews.map((review) => dayOf(review.reviewedAt))), today),
    mastery: masteryByNote(input.items),
  };
}
