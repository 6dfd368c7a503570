/**
 * The version of a card state: what an answer says it answers. Every answer changes it (the review count and the
 * time of the last review move), so an answer given for a state that is gone — a double click, two requests at
 * once, a second session that showed the same card — can be told apart and refused.
 * @example cardVersion(null) // 'new'
 */
import type { StoredCard } from '../store/types.js';

/** `new` for a card never reviewed, else its review count and last review time. */
export function cardVersion(card: StoredCard | null): string {
  return card === null ? 'new' : `${card.reps}@${card.lastReview ?? ''}`;
}
