/**
 * The storage interface: everything the rest of recollect may ask of a database. One implementation
 * (kysely-store.ts) on two databases: SQLite (sqlite-open.ts) and PostgreSQL (pg-open.ts, a schema per store);
 * both pass the same contract suite (test/store/contract.ts).
 * Methods are async so a networked backend fits; `now` is always passed in.
 */
import type { Item, TimelineEvent } from '../generate/item.js';
import type { CardPhase, CardState } from '../schedule/card-state.js';

/** active: studied; suspended: kept out of study by the user or as a leech; retired: gone from the notes. */
export type ItemState = 'active' | 'retired' | 'suspended';

/** A note as last seen by a scan. */
export interface NoteRecord {
  readonly path: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly title: string;
  /**
   * The people the note names (its part of the vault pool), stored with the record when a scan built the note.
   * Absent: left as stored (a note whose build failed keeps its people). `listNotes` leaves it out.
   */
  readonly people?: readonly string[];
}

/** An item as stored: the generated item plus its life cycle. */
export interface StoredItem extends Item {
  readonly state: ItemState;
  readonly leech: boolean;
  /** Normalised fact text; items with the same key are siblings. */
  readonly factKey: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly retiredAt: Date | null;
  /** Set while suspended; kept through retirement so a revived item comes back suspended. */
  readonly suspendedAt: Date | null;
}

/** FSRS state of one item: the scheduler's own plain `CardState`, stored column by column (ISO 8601 UTC times). */
export type StoredCard = CardState;
export type { CardPhase };

export interface ReviewInput {
  /** Current item id (an old id from before an edit is accepted and resolved). */
  readonly itemId: string;
  readonly rating: 1 | 2 | 3 | 4;
  readonly reviewedAt: Date;
  readonly durationMs: number | null;
  /** Card state before and after the answer; stored as JSON (undo restores `stateBefore`). */
  readonly stateBefore: unknown;
  readonly stateAfter: unknown;
}

/** One review_log row; `itemId` is the item's id today, even if the review happened under an older id. */
export interface ReviewRecord extends ReviewInput {
  readonly id: number;
}

/** An item due for review, with its card. */
export interface DueEntry {
  readonly item: StoredItem;
  readonly card: StoredCard;
}

/**
 * What the study queue needs of an item, without its content (the content is read for the item shown): an
 * item due (phase and due time of its card) or a new one (phase `new`, due = when it was added).
 */
export interface QueueRow {
  readonly itemId: string;
  readonly factKey: string;
  readonly notePath: string;
  readonly line: number;
  readonly state: ItemState;
  readonly phase: CardPhase;
  /** ISO 8601 UTC. */
  readonly due: string;
}

/** One answer of the review log as the queue counts it: which item (and fact), and the state it answered. */
export interface StudiedRow {
  readonly itemId: string;
  readonly factKey: string;
  readonly stateBefore: unknown;
}

/** An item's card without the item's content (dashboards that only count). */
export interface CardRow {
  readonly itemId: string;
  readonly state: ItemState;
  readonly card: StoredCard;
}

/** The review log of one item summed up (one grouped query), under the item's current id. */
export interface ItemReviewTally {
  readonly itemId: string;
  readonly reviews: number;
  /** Answers rated Again. */
  readonly fails: number;
  readonly lastReviewAt: Date;
}

/**
 * One UTC day of answers to cards that were in the review phase before the answer: already learned, neither
 * first-time learning nor a relearning step (the reviews "true retention" counts, schedule/stats.ts).
 */
export interface RetentionTally {
  /** UTC calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly reviews: number;
  /** Rated Hard, Good or Easy (not Again). */
  readonly passed: number;
}

export interface ItemFilter {
  readonly paths?: readonly string[];
  readonly states?: readonly ItemState[];
  readonly factKeys?: readonly string[];
}

export interface EventFilter {
  /** Only the events of these notes. */
  readonly paths?: readonly string[];
}

/** The repository interface. All SQL lives behind it. */
export interface Store {
  /** Runs `fn` in one transaction: all of it commits or none of it does. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;

  listNotes(): Promise<NoteRecord[]>;
  /** Inserts or updates notes and stamps them as seen at `now`. */
  upsertNotes(notes: readonly NoteRecord[], now: Date): Promise<void>;
  /** The people each stored note names (see NoteRecord.people), for the notes that name any (of `paths`). */
  listNotePeople(paths?: readonly string[]): Promise<Map<string, readonly string[]>>;
  /** How many stored notes name each person: the vault pool with its counts (kept as notes are written). */
  countNotePeople(): Promise<Map<string, number>>;
  /** Deletes note records, and their timeline events with them. */
  deleteNotes(paths: readonly string[]): Promise<void>;

  /**
   * Replaces the timeline events of the notes at `paths` (stored notes) by `events`, which belong to those notes,
   * in note order. A note among `paths` without events is left with none.
   */
  replaceEvents(paths: readonly string[], events: readonly TimelineEvent[]): Promise<void>;
  /** The timeline: stored events in chronological order (date, then note path, then line, then note order). */
  listEvents(filter?: EventFilter): Promise<TimelineEvent[]>;

  listItems(filter?: ItemFilter): Promise<StoredItem[]>;
  /** Items whose current id is in `ids` (no alias resolution); any size. */
  getItems(ids: readonly string[]): Promise<StoredItem[]>;
  /** One item by current id or by an id it had before an edit. */
  getItem(id: string): Promise<StoredItem | null>;
  /** Maps former ids to current ids, for those of `ids` that are aliases. */
  resolveAliases(ids: readonly string[]): Promise<Map<string, string>>;
  /** Adds new active items; an id already stored is left as it is (the same item, stored by another scan). */
  insertItems(items: readonly Item[], now: Date): Promise<void>;
  /** Replaces an item's content (id included: the old id becomes an alias; card and reviews stay). */
  updateItem(currentId: string, item: Item, now: Date): Promise<void>;
  setItemState(id: string, state: ItemState, now: Date): Promise<void>;
  /** Brings a retired item back: active, or suspended if it was suspended when it retired. */
  reviveItem(id: string, now: Date): Promise<void>;
  setLeech(id: string, leech: boolean, now: Date): Promise<void>;
  /** Other non-retired items of the same fact. */
  listSiblings(id: string): Promise<StoredItem[]>;

  /** null for an item never reviewed (a new card). */
  getCard(itemId: string): Promise<StoredCard | null>;
  saveCard(itemId: string, card: StoredCard): Promise<void>;
  /** Active items with a card due at or before `now`, most overdue first. */
  listDue(now: Date, limit: number): Promise<DueEntry[]>;
  /** Active items never reviewed, in the order they were added (then by note and line). */
  listNew(limit: number): Promise<StoredItem[]>;
  /** listDue without the items' content, for building the queue. */
  listDueRows(now: Date, limit: number): Promise<QueueRow[]>;
  /** listNew without the items' content, for building the queue. */
  listNewRows(limit: number): Promise<QueueRow[]>;
  /** Every card (items of any state), with its item's current id and state, in the order items were added. */
  listCards(): Promise<CardRow[]>;

  /** Appends to the review log; returns the new row id. */
  appendReview(review: ReviewInput): Promise<number>;
  /** Removes one review row; only for undo of the last answer. */
  deleteReview(logId: number): Promise<void>;
  getReview(logId: number): Promise<ReviewRecord | null>;
  /** Reviews at or after `since`, oldest first. */
  reviewsSince(since: Date): Promise<ReviewRecord[]>;
  reviewsForItem(itemId: string): Promise<ReviewRecord[]>;
  /** The answers at or after `since`, oldest first, with each item's fact key (what the day's queue counts). */
  studiedSince(since: Date): Promise<StudiedRow[]>;
  /** Per item ever answered: answers, answers rated Again, last answer (grouped in the database). */
  reviewTallies(): Promise<ItemReviewTally[]>;
  /** Per UTC day with such answers, oldest first: answers to cards in the review phase, and how many passed. */
  retentionTallies(): Promise<RetentionTally[]>;
  /**
   * A number that changes whenever another connection (another process) commits to this database, so a
   * process can keep what it read until then; null when the backend cannot tell (then nothing may be kept).
   */
  externalChangeMark(): Promise<number | null>;

  getSetting<T>(key: string): Promise<T | undefined>;
  /** The stored values of those of `keys` that are set, in one query. */
  getSettings(keys: readonly string[]): Promise<Map<string, unknown>>;
  setSetting(key: string, value: unknown): Promise<void>;
}
