/** A quality gate: returns why a candidate fails, or undefined when it passes. */
import type { Candidate } from '../candidate.js';

export interface Gate {
  /** Short name shown by `--explain` ("short-answer"). */
  readonly name: string;
  readonly check: (candidate: Candidate) => string | undefined;
}

/** Kinds whose answers must be short (generation.md §3.2). */
export const SHORT_KINDS = new Set(['cloze', 'qa', 'choice', 'reverse']);
