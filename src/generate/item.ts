/** Study items: what `generate/` produces. This is the JSON contract of generation.md §5 (version 1). */

export type ItemKind = 'cloze' | 'qa' | 'reverse' | 'choice' | 'date' | 'order' | 'argument' | 'explicit';

export const ITEM_KINDS: readonly ItemKind[] = [
  'cloze',
  'qa',
  'reverse',
  'choice',
  'date',
  'order',
  'argument',
  'explicit',
];

/** Where an item, event or problem comes from: a vault-relative path and 1-based lines. */
export interface SourceRef {
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
}

export interface Item {
  /** Stable, content-derived id (generation.md §6). */
  readonly id: string;
  readonly kind: ItemKind;
  /** Plain text shown to the student; a cloze shows its blank as `___`. */
  readonly prompt: string;
  /** The expected answer, plain text. For `order`, the events joined with ` → `. */
  readonly answer: string;
  /** Only for `choice` (options, answer included) and `order` (events in the right order). */
  readonly choices?: readonly string[];
  /** Only for `argument`: the key claims and evidence of the model paragraph. */
  readonly checklist?: readonly string[];
  /** Breadcrumb: note title › headings › parent bullets. */
  readonly context: readonly string[];
  readonly source: SourceRef;
  readonly tags: readonly string[];
  /**
   * The fact this item was made from, as plain text. Items of one fact are siblings; the store uses it to
   * follow a fact through edits (similar text) when its id changes.
   */
  readonly fact: string;
}

/** A dated fact on the timeline. */
export interface TimelineEvent {
  /** The date as the note wrote it, normalised lightly: `1922`, `4 January 1923`, `1914–1918`. */
  readonly date: string;
  /** Sortable key `YYYY-MM-DD` (`00` for unknown month/day; BC years negative, e.g. `-0509-00-00`). */
  readonly sortKey: string;
  /** Last year of a range, when the date is a range. */
  readonly endSortKey?: string;
  readonly text: string;
  readonly context: readonly string[];
  readonly source: SourceRef;
}

/** A note or file that could not be used fully; the run goes on without it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
}

/** A candidate that a quality gate dropped (shown by `--explain`). */
export interface Rejection {
  readonly kind: ItemKind;
  readonly prompt: string;
  readonly answer: string;
  readonly gate: string;
  readonly reason: string;
  readonly source: SourceRef;
}

/** The whole output of `recollect cards --json`. */
export interface Deck {
  readonly version: 1;
  readonly vault: string;
  readonly notes: number;
  readonly items: readonly Item[];
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly Problem[];
}
