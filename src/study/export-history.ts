/**
 * What an export takes from the study database: when each item was first seen (Anki ids are creation times)
 * and, with `--with-scheduling`, its FSRS state and review log in the exporters' own terms.
 */
import { default_w } from 'ts-fsrs';
import type { ExportReview, ItemScheduling, SchedulingByItem } from '../export/scheduling.js';
import type { Item } from '../generate/item.js';
import type { CardState } from '../schedule/card-state.js';
import type { ReviewRecord, Store } from '../store/types.js';
import { loadSettings } from './settings.js';

export interface ExportHistory {
  /** First-seen time of every stored item among the exported ones, by item id. */
  readonly firstSeen: ReadonlyMap<string, Date>;
  /** Only when asked for; items never reviewed have no entry. */
  readonly scheduling?: SchedulingByItem;
}

const DAY_MS = 86_400_000;

/** Reads first-seen times (and scheduling when asked) of `items` from the store. */
export async function exportHistory(
  store: Store,
  items: readonly Item[],
  options: { readonly withScheduling: boolean },
): Promise<ExportHistory> {
  const stored = await store.getItems(items.map((item) => item.id));
  const firstSeen = new Map(stored.map((item) => [item.id, item.createdAt] as const));
  if (!options.withScheduling) return { firstSeen };
  const settings = await loadSettings(store);
  // FSRS-6 keeps its decay in the 21st parameter; Anki stores it per card (`data.decay`).
  const decay = (settings.weights ?? default_w)[20];
  const scheduling = new Map<string, ItemScheduling>();
  for (const item of items) {
    const card = await store.getCard(item.id);
    if (!card) continue;
    const reviews = await store.reviewsForItem(item.id);
    scheduling.set(item.id, {
      card: {
        due: new Date(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps,
        lapses: card.lapses,
        state: card.phase,
        ...(card.lastReview ? { lastReview: new Date(card.lastReview) } : {}),
        ...(decay === undefined ? {} : { decay }),
        desiredRetention: settings.desiredRetention,
      },
      reviews: reviews.map(exportReview),
    });
  }
  return { firstSeen, scheduling };
}

function exportReview(review: ReviewRecord): ExportReview {
  return {
    reviewedAt: review.reviewedAt,
    rating: review.rating,
    durationMs: review.durationMs ?? 0,
    interval: intervalDays(review.stateAfter, review.reviewedAt.getTime()),
    lastInterval: intervalDays(review.stateBefore, undefined),
  };
}

/**
 * The interval a card state stands for, in days. FSRS keeps `scheduledDays` = 0 for (re)learning steps, so a
 * step's interval comes from its due time: from the review that set it (`from`), or from the state's last review.
 */
function intervalDays(state: unknown, from: number | undefined): number {
  const card = state as Partial<CardState> | null;
  if (!card || card.phase === 'new') return 0;
  if (typeof card.scheduledDays === 'number' && card.scheduledDays >= 1) return card.scheduledDays;
  const start = from ?? (card.lastReview ? Date.parse(card.lastReview) : Number.NaN);
  const due = typeof card.due === 'string' ? Date.parse(card.due) : Number.NaN;
  const days = (due - start) / DAY_MS;
  return Number.isFinite(days) && days > 0 ? days : 0;
}
