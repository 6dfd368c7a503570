/**
 * Leeches: items the student keeps forgetting. Like Anki, an item becomes a leech when its lapses reach the
 * threshold, and again every half-threshold after that (8, 12, 16…), so an unsuspended leech is caught again.
 */
import type { CardState } from './card-state.js';
import { ScheduleSettingsError } from './errors.js';

export const DEFAULT_LEECH_THRESHOLD = 8;

export type LeechVerdict =
  | { readonly leech: false }
  | { readonly leech: true; readonly lapses: number; readonly action: 'suspend'; readonly flag: 'leech' };

/** Whether this answer (before → after) just made the item a leech, and what to do about it. */
export function detectLeech(
  before: CardState,
  after: CardState,
  threshold: number = DEFAULT_LEECH_THRESHOLD,
): LeechVerdict {
  if (!(Number.isInteger(threshold) && threshold >= 1)) {
    throw new ScheduleSettingsError(`leech threshold ${threshold} must be a whole number ≥ 1`);
  }
  const lapses = after.lapses;
  if (lapses <= before.lapses || lapses < threshold) return { leech: false };
  const every = Math.max(1, Math.ceil(threshold / 2));
  if ((lapses - threshold) % every !== 0) return { leech: false };
  return { leech: true, lapses, action: 'suspend', flag: 'leech' };
}
