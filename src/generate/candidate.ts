/** A candidate item before the quality gates and ids: what each generator proposes. */
import type { Item } from './item.js';

/** What sort of answer a candidate expects; decides which gates and limits apply. */
export type AnswerShape = 'short' | 'definition' | 'list' | 'argument' | 'order' | 'explicit';

/** The type of the answer, used to find distractors of the same type for `choice`. */
export type AnswerType = 'person' | 'year' | 'term' | 'other';

/** An item without its id yet, plus what the gates need to judge it. */
export interface Candidate extends Omit<Item, 'id'> {
  readonly shape: AnswerShape;
  readonly answerType: AnswerType;
  /** Which generator proposed it (for `--explain` and tests). */
  readonly generator: string;
  /**
   * What the student reads, when it differs from the prompt the gates and the confidence judge: a table question is
   * judged as "What is the function of Pancreas?" and shown as "Gland: Pancreas. What is its function?".
   */
  readonly shownAs?: string;
}

/** The note-level facts every generator receives. */
export interface NoteScope {
  readonly path: string;
  readonly tags: readonly string[];
  readonly english: boolean;
  readonly past: boolean;
  readonly people: ReadonlySet<string>;
}
