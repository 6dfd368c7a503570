/**
 * The JSON shapes of the web API, shared by src/server (which sends them) and web/ (which reads them).
 * Types only: the web bundle imports nothing at run time from here.
 */
import type { Item, ItemKind, SourceRef } from '../generate/item.js';
import type { StudyStats } from '../schedule/index.js';
import type { ItemState, ReviewRecord, StoredCard } from '../store/types.js';
import type { IntervalPreview, SessionProgress } from '../study/service.js';

/** An item as the browser sees it (dates as ISO strings). */
export interface ApiItem extends Omit<Item, 'fact'> {
  readonly state: ItemState;
  readonly leech: boolean;
  /** Next due time, null for an item never reviewed (absent in lists, which carry no card). */
  readonly due?: string | null;
  readonly phase?: StoredCard['phase'] | 'new';
}

/** The lines of a note around an item, rendered, plus a link that opens the note in Obsidian. */
export interface ApiSource {
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  readonly html: string;
  /** null on the class server (no vault on the student's computer). */
  readonly obsidianUrl: string | null;
}

export interface ApiNext {
  readonly card: {
    readonly item: ApiItem;
    readonly intervals: IntervalPreview;
    readonly source: ApiSource | null;
    /** The card state shown; POST /api/answer passes it back (a stale one gets 409). */
    readonly cardVersion: string;
  } | null;
  readonly progress: SessionProgress;
}

export interface ApiAnswerResult {
  readonly logId: number;
  readonly leech: boolean;
  readonly due: string;
  readonly progress: SessionProgress;
}

export interface ApiCheckResult {
  readonly verdict?: 'correct' | 'close' | 'wrong';
  readonly suggestedRating: 1 | 2 | 3 | 4;
  /** For argument items: each checklist point and whether the answer covered it. */
  readonly points?: readonly { readonly point: string; readonly covered: boolean }[];
}

export interface ApiItemDetail {
  readonly item: ApiItem;
  readonly card: StoredCard | null;
  readonly reviews: readonly ApiReview[];
  readonly source: ApiSource | null;
}

export interface ApiReview {
  readonly id: number;
  readonly rating: ReviewRecord['rating'];
  readonly reviewedAt: string;
  readonly durationMs: number | null;
}

export interface ApiNoteSummary {
  readonly path: string;
  readonly title: string;
  readonly items: number;
  readonly mastery: number;
}

export interface ApiNote extends ApiNoteSummary {
  readonly html: string;
  readonly itemList: readonly ApiItem[];
  readonly obsidianUrl: string | null;
}

export interface ApiTimelineEvent {
  readonly date: string;
  readonly sortKey: string;
  readonly text: string;
  readonly context: readonly string[];
  readonly source: SourceRef;
  /** `1920s`, `1910s`, `500s BC`: the group the event is shown under. */
  readonly decade: string;
  /** The tags of the event's note, without '#'. */
  readonly tags: readonly string[];
}

export interface ApiTimeline {
  readonly events: readonly ApiTimelineEvent[];
  /** Every tag found on any event, sorted: the choices of the tag filter. */
  readonly tags: readonly string[];
}

export interface ApiArgument {
  readonly item: ApiItem;
  readonly reviews: number;
  /** Answers typed in past sessions, newest first, when the service keeps them. */
  readonly pastAnswers: readonly string[];
}

export interface ApiStats extends StudyStats {
  readonly countsByKind: Readonly<Partial<Record<ItemKind, number>>>;
  readonly countsByState: Readonly<Partial<Record<ItemState, number>>>;
  readonly noteTitles: Readonly<Record<string, string>>;
  /** Reviews per study day over the last 26 weeks, oldest first. */
  readonly heatmap: readonly { readonly day: string; readonly count: number }[];
}

/** Pushed on /api/events when the vault changed and was scanned again. */
export interface ApiVaultEvent {
  readonly type: 'vault-changed';
  readonly paths: readonly string[];
  readonly added: number;
  readonly updated: number;
  readonly retired: number;
}

export interface ApiError {
  readonly error: string;
}

/** The settings a student may change in the app (the rest keep their stored or default values). */
export interface ApiStudySettings {
  readonly desiredRetention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** IANA zone of the student's study days; null: the server machine's zone. */
  readonly timeZone: string | null;
}

export interface ApiSettings {
  readonly settings: ApiStudySettings;
  readonly defaults: ApiStudySettings;
  /** Whether study schedules with parameters fitted to the student's own log (the optimiser's). */
  readonly optimised: boolean;
}

export interface ApiOptimizeResult {
  readonly reviews: number;
  readonly itemsWithHistory: number;
  readonly logLossBefore: number;
  readonly logLossAfter: number;
  readonly saved: boolean;
}
