/**
 * Checks a typed answer for `qa` and `cloze` items. Case, accents, punctuation, a leading article and small
 * typos are forgiven; "A and B" may be given as "B and A". The verdict suggests a grade; the student decides.
 */
import type { Grade } from './card-state.js';
import { editDistance, normaliseAnswer } from './text.js';

export type Verdict = 'correct' | 'close' | 'wrong';

export interface AnswerCheck {
  readonly verdict: Verdict;
  readonly suggestedRating: Grade;
  /** Edits forgiven (0 when the normalised answers are equal). */
  readonly typos: number;
}

const RATING_OF: Readonly<Record<Verdict, Grade>> = { correct: 3, close: 2, wrong: 1 };

function result(verdict: Verdict, typos = 0): AnswerCheck {
  return { verdict, suggestedRating: RATING_OF[verdict], typos };
}

/** Typos forgiven for an answer of this (normalised) length: none below 5, 1 from 5, 2 from 10. */
export function typoAllowance(length: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return 0;
}

const PART_SEPARATOR = /\s*(?:,|;|&|\/|\band\b)\s*/i;

function parts(text: string): string[] {
  return text
    .split(PART_SEPARATOR)
    .map(normaliseAnswer)
    .filter((part) => part !== '');
}

/** Matches each expected part with a distinct given part; returns how many matched and the typos used. */
function matchParts(
  expected: readonly string[],
  given: readonly string[],
): { matched: number; typos: number } {
  const unused = [...given];
  let matched = 0;
  let typos = 0;
  for (const part of expected) {
    let bestIndex = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    unused.forEach((candidate, index) => {
      const distance = editDistance(part, candidate);
      if (distance < bestDistance) [bestIndex, bestDistance] = [index, distance];
    });
    if (bestIndex >= 0 && bestDistance <= typoAllowance(part.length)) {
      matched += 1;
      typos += bestDistance;
      unused.splice(bestIndex, 1);
    }
  }
  return { matched, typos };
}

const sortedTokens = (text: string): string => text.split(' ').sort().join(' ');

/** Given words all belong to the answer and cover at least half of it ("Stalin" for "Joseph Stalin"). */
function isPartialWords(expected: string, given: string): boolean {
  const expectedWords = new Set(expected.split(' '));
  const givenWords = given.split(' ');
  const inside = givenWords.every((word) => expectedWords.has(word));
  const containsAll = [...expectedWords].every((word) => givenWords.includes(word));
  return (inside && givenWords.length * 2 >= expectedWords.size) || containsAll;
}

/** Checks `given` against `expected` (see the module comment). */
export function checkAnswer(expected: string, given: string): AnswerCheck {
  const want = normaliseAnswer(expected);
  const got = normaliseAnswer(given);
  if (got === '') return result('wrong');
  if (want === got || sortedTokens(want) === sortedTokens(got)) return result('correct');
  const distance = editDistance(want, got);
  if (distance <= typoAllowance(want.length)) return result('correct', distance);
  const expectedParts = parts(expected);
  if (expectedParts.length >= 2) {
    const { matched, typos } = matchParts(expectedParts, parts(given));
    if (matched === expectedParts.length && parts(given).length === matched) return result('correct', typos);
    if (matched * 2 >= expectedParts.length) return result('close', typos);
  }
  if (want.length >= 4 && distance <= typoAllowance(want.length) + 1) return result('close', distance);
  if (isPartialWords(want, got)) return result('close');
  return result('wrong');
}

export { checkOrder, type OrderCheck } from './order-check.js';
