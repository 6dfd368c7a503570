/** Domain records → the JSON the browser reads (api-types.ts). */
import type { ReviewRecord, StoredCard, StoredItem } from '../store/types.js';
import type { ApiItem, ApiReview } from './api-types.js';

/** An item for the browser; pass `card` (or null for never reviewed) when it is known. */
export function toApiItem(item: StoredItem, card?: StoredCard | null): ApiItem {
  const base: ApiItem = {
    id: item.id,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    context: item.context,
    source: item.source,
    tags: item.tags,
    state: item.state,
    leech: item.leech,
    ...(item.choices ? { choices: item.choices } : {}),
    ...(item.checklist ? { checklist: item.checklist } : {}),
  };
  if (card === undefined) return base;
  return { ...base, due: card?.due ?? null, phase: card?.phase ?? 'new' };
}

/** A review-log row for the history table. */
export function toApiReview(review: ReviewRecord): ApiReview {
  return {
    id: review.id,
    rating: review.rating,
    reviewedAt: review.reviewedAt.toISOString(),
    durationMs: review.durationMs,
  };
}
