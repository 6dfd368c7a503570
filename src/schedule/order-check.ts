/**
 * Checks an `order` answer typed as positions (`2 1 3`, `213`) or letters (`B A C`, `bac`) of the events as
 * they were shown. All right → correct; one neighbouring pair swapped → close; otherwise wrong.
 */

import type { Verdict } from './answer-check.js';
import type { Grade } from './card-state.js';

export interface OrderCheck {
  readonly verdict: Verdict;
  readonly suggestedRating: Grade;
  /** False when the input was not a full ordering of the shown events (ask again rather than grade). */
  readonly understood: boolean;
  /** The events in the order the student gave, when understood. */
  readonly givenOrder: readonly string[];
  /** Events placed at their right position. */
  readonly positionsCorrect: number;
}

function tokensOf(given: string, count: number): string[] {
  const trimmed = given.trim().toLowerCase();
  const split = trimmed.split(/[\s,;>→.\-–]+/).filter((token) => token !== '');
  // `213` or `bac` typed without separators, possible while every label is one character.
  if (split.length === 1 && count <= 9 && trimmed.length === count) return [...trimmed];
  return split;
}

function indexOf(token: string, count: number): number {
  if (/^\d+$/.test(token)) return Number(token) - 1;
  if (/^[a-z]$/.test(token)) return token.charCodeAt(0) - 97;
  return count; // out of range → not understood
}

/** Counts neighbouring swaps needed to sort the ranks (Kendall distance). */
function swapsNeeded(ranks: readonly number[]): number {
  let swaps = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) if ((ranks[i] ?? 0) > (ranks[j] ?? 0)) swaps += 1;
  }
  return swaps;
}

/**
 * Checks a typed ordering. `expected` is the right order; `shown` is the order the labels referred to
 * (defaults to `expected`).
 */
export function checkOrder(
  expected: readonly string[],
  given: string,
  shown: readonly string[] = expected,
): OrderCheck {
  const count = shown.length;
  const indexes = tokensOf(given, count).map((token) => indexOf(token, count));
  const valid =
    indexes.length === count && new Set(indexes).size === count && indexes.every((i) => i >= 0 && i < count);
  if (!valid) {
    return { verdict: 'wrong', suggestedRating: 1, understood: false, givenOrder: [], positionsCorrect: 0 };
  }
  const givenOrder = indexes.map((i) => shown[i] as string);
  const ranks = givenOrder.map((event) => expected.indexOf(event));
  const positionsCorrect = ranks.filter((rank, position) => rank === position).length;
  const swaps = swapsNeeded(ranks);
  const verdict: Verdict = swaps === 0 ? 'correct' : swaps === 1 ? 'close' : 'wrong';
  const suggestedRating: Grade = verdict === 'correct' ? 3 : verdict === 'close' ? 2 : 1;
  return { verdict, suggestedRating, understood: true, givenOrder, positionsCorrect };
}
