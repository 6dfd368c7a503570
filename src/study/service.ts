/**
 * The study use cases every surface (terminal, web, later the class server) calls. One transaction per
 * operation; `now` always passed in. Implemented by `createStudyService` (src/study/create-service.ts).
 */
import type { Item, TimelineEvent } from '../generate/item.js';
import type { Grade, StudyStats } from '../schedule/index.js';
import type { ItemState, ReviewRecord, StoredCard, StoredItem } from '../store/types.js';
import type { ReconcileReport } from './reconcile.js';
import type { StudySettings } from './settings.js';

/** What one scan did: the reconcile counts plus what the pipeline saw. */
export interface ScanReport extends ReconcileReport {
  readonly notesSeen: number;
  /** Notes whose text changed (or were new) and were parsed again. */
  readonly notesParsed: number;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
  readonly durationMs: number;
  /** The store's items were made by other rules (another recollect): every note was built again. */
  readonly rulesChanged?: boolean;
}

/** The next interval for each grade, for button labels ("1m", "10m", "3d", "2mo"). */
export type IntervalPreview = Readonly<Record<'again' | 'hard' | 'good' | 'easy', string>>;

/** One item ready to be studied. */
export interface StudyCard {
  readonly item: StoredItem;
  readonly card: StoredCard | null;
  readonly intervals: IntervalPreview;
  /** The card state shown (card-version.ts): the answer passes it back as `expectedVersion`. */
  readonly version: string;
  /** 'new' for a first view, otherwise the card's phase. */
  readonly phase: 'new' | 'learning' | 'review' | 'relearning';
}

export interface SessionProgress {
  readonly done: number;
  readonly remaining: number;
}

export interface AnswerInput {
  readonly itemId: string;
  readonly rating: Grade;
  readonly durationMs?: number;
  /** What the student typed, when the item was answered by typing (kept for argument practice history). */
  readonly typed?: string;
  /**
   * The version of the card state that was shown (`StudyCard.version`). When the card has changed since (the item
   * was answered meanwhile), the answer is refused with StaleAnswerError and the first one stands.
   */
  readonly expectedVersion?: string;
}

export interface AnswerResult {
  /** review_log row id: the answer is committed when this is returned. */
  readonly logId: number;
  readonly card: StoredCard;
  /** True when this answer made the item a leech (it is then suspended). */
  readonly leech: boolean;
}

export interface UndoResult {
  readonly itemId: string;
  readonly restored: StoredCard | null;
}

export interface ItemDetail {
  readonly item: StoredItem;
  readonly card: StoredCard | null;
  readonly reviews: readonly ReviewRecord[];
}

/** What a caller may tell a scan. */
export interface ScanCallOptions {
  readonly paths?: readonly string[];
  readonly onProgress?: (built: number, toBuild: number) => void;
}

export interface StudyService {
  /** Reads the vault, runs the pipeline on changed notes and reconciles the store (one transaction). */
  /**
   * `paths`: only these vault-relative paths changed (a watcher knows); the vault is not walked then.
   * `onProgress`: told after each note built, with how many of the notes to build are done.
   */
  scan(now: Date, options?: ScanCallOptions): Promise<ScanReport>;
  /** The next item to study now, or null when today's queue is done. */
  next(now: Date): Promise<StudyCard | null>;
  /** Records an answer; throws StaleAnswerError when `expectedVersion` is given and no longer current. */
  answer(input: AnswerInput, now: Date): Promise<AnswerResult>;
  /** Undoes the most recent answer (its own transaction); null when there is nothing to undo. */
  undo(now: Date): Promise<UndoResult | null>;
  setState(itemId: string, state: Extract<ItemState, 'active' | 'suspended'>, now: Date): Promise<void>;
  progress(now: Date): Promise<SessionProgress>;
  stats(now: Date): Promise<StudyStats>;
  item(itemId: string): Promise<ItemDetail | null>;
  /** All stored items (for browse, notes, timeline pages), optionally filtered by state. */
  items(filter?: { readonly states?: readonly ItemState[] }): Promise<StoredItem[]>;
  /**
   * The vault's dated events in chronological order, as the last scan stored them (no note is read or built);
   * with `paths`, only those notes' events.
   */
  timeline(filter?: { readonly paths?: readonly string[] }): Promise<TimelineEvent[]>;
  /** The settings in use (stored values over defaults, then this session's overrides). */
  settings(): Promise<StudySettings>;
  /** Stores settings (e.g. optimised weights) and schedules with them from now on. */
  updateSettings(patch: Partial<StudySettings>): Promise<void>;
  /** The review log since `since` (default: all), oldest first. */
  reviews(since?: Date): Promise<ReviewRecord[]>;
  close(): Promise<void>;
}

/** Items generated for study, as the pipeline produced them (re-exported for surfaces). */
export type { Item, StudySettings };
