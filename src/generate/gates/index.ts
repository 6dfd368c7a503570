/** The quality gates every candidate must pass (generation.md §3), in the order they are applied. */
import type { Candidate } from '../candidate.js';
import { choiceDistractors } from './choice-distractors.js';
import { cleanText } from './clean-text.js';
import type { Gate } from './gate.js';
import { listLimit } from './list-limit.js';
import { noLeak } from './no-leak.js';
import { noYesNo } from './no-yes-no.js';
import { oneAnswer } from './one-answer.js';
import { shortAnswer } from './short-answer.js';
import { specificAnswer } from './specific-answer.js';
import { standsAlone } from './stands-alone.js';
import { notStructure } from './structure.js';
import { wholeText } from './whole-text.js';

export { namesAnswerPartly, withSafeContext } from './context-leak.js';
export type { Gate } from './gate.js';
export { nearDuplicates } from './near-duplicates.js';

/**
 * Gates 1–6, 8, 9 and 12–14 check one candidate; gate 7 (near-duplicates), 11 (context, `withSafeContext`),
 * 15 (confidence) and 16 (few per fact) are applied by `generateItems`; gate 10 (determinism) holds by design.
 */
export const GATES: readonly Gate[] = [
  oneAnswer,
  shortAnswer,
  noLeak,
  standsAlone,
  noYesNo,
  listLimit,
  cleanText,
  choiceDistractors,
  notStructure,
  specificAnswer,
  wholeText,
];

/** The first gate the candidate fails, with its reason. */
export function firstFailure(candidate: Candidate): { gate: string; reason: string } | undefined {
  for (const gate of GATES) {
    const reason = gate.check(candidate);
    if (reason) return { gate: gate.name, reason };
  }
  return undefined;
}
