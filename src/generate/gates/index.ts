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
import { standsAlone } from './stands-alone.js';

export type { Gate } from './gate.js';
export { nearDuplicates } from './near-duplicates.js';

/** Gates 1–6, 8 and 9; gate 7 (near-duplicates) works on the whole set, gate 10 (determinism) by design. */
export const GATES: readonly Gate[] = [
  oneAnswer,
  shortAnswer,
  noLeak,
  standsAlone,
  noYesNo,
  listLimit,
  cleanText,
  choiceDistractors,
];

/** The first gate the candidate fails, with its reason. */
export function firstFailure(candidate: Candidate): { gate: string; reason: string } | undefined {
  for (const gate of GATES) {
    const reason = gate.check(candidate);
    if (reason) return { gate: gate.name, reason };
  }
  return undefined;
}
