/** A candidate item before the quality gates and ids: what each generator proposes. */
import type { ItemKind, SourceRef } from './item.js';

/** What sort of answer a candidate expects; decides which gates and limits apply. */
export type AnswerShape = 'short' | 'definition' | 'list' | 'argument' | 'order' | 'explicit';

/** The type of the answer, used to find distractors of the same type for `choice`. */
export type AnswerType = 'person' | 'year' | 'term' | 'other';

export interface Candidate {
  readonly kind: ItemKind;
  readonly prompt: string;
  readonly answer: string;
  readonly choices?: readonly string[];
  readonly checklist?: readonly string[];
  readonly context: readonly string[];
  readonly source: SourceRef;
  readonly tags: readonly string[];
  readonly fact: string;
  readonly shape: AnswerShape;
  readonly answerType: AnswerType;
  /** Which generator proposed it (for `--explain` and tests). */
  readonly generator: string;
}

/** The note-level facts every generator receives. */
export interface NoteScope {
  readonly path: string;
  readonly tags: readonly string[];
  readonly english: boolean;
  readonly past: boolean;
  readonly people: ReadonlySet<string>;
}
