/**
 * Ticks the checklist points of an `argument` item that the student's free-text answer covered. A point is
 * covered when at least 60% of its content words (lowercased, stemmed lightly, stopwords dropped) appear in
 * the answer, and every year it names appears exactly. Long words tolerate one typo; numbers never do.
 */
import { contentWords, editDistance } from './text.js';

export const COVERAGE_SHARE = 0.6;

export interface PointCoverage {
  readonly point: string;
  readonly covered: boolean;
  /** Content words of the point found in the answer. */
  readonly found: readonly string[];
  readonly missing: readonly string[];
}

export interface ArgumentCheck {
  readonly points: readonly PointCoverage[];
  readonly covered: readonly string[];
  readonly missed: readonly string[];
}

const isNumber = (word: string): boolean => /^\d+$/.test(word);
const isYear = (word: string): boolean => /^\d{3,4}$/.test(word);

function appears(word: string, answerWords: ReadonlySet<string>): boolean {
  if (answerWords.has(word)) return true;
  if (isNumber(word) || word.length < 6) return false;
  for (const candidate of answerWords) {
    if (!isNumber(candidate) && editDistance(word, candidate) <= 1) return true;
  }
  return false;
}

function coverPoint(point: string, answerWords: ReadonlySet<string>): PointCoverage {
  const words = [...new Set(contentWords(point))];
  const found = words.filter((word) => appears(word, answerWords));
  const missing = words.filter((word) => !found.includes(word));
  const yearsPresent = words.filter(isYear).every((year) => answerWords.has(year));
  const covered = words.length > 0 && yearsPresent && found.length >= COVERAGE_SHARE * words.length;
  return { point, covered, found, missing };
}

/** Which checklist points `answer` covers (see the module comment for the rule). */
export function checkArgument(checklist: readonly string[], answer: string): ArgumentCheck {
  const answerWords = new Set(contentWords(answer));
  const points = checklist.map((point) => coverPoint(point, answerWords));
  return {
    points,
    covered: points.filter((p) => p.covered).map((p) => p.point),
    missed: points.filter((p) => !p.covered).map((p) => p.point),
  };
}
