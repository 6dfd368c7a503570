import type { Deck, Item, Problem, TimelineEvent } from '../generate/item.js';
import type { ExportReview, SchedulingByItem } from './scheduling.js';

/** The parts of the `cards --json` Deck besides its items (defaults: empty). */
export interface DeckInfo {
  readonly vault?: string | undefined;
  readonly notes?: number | undefined;
  readonly events?: readonly TimelineEvent[] | undefined;
  readonly problems?: readonly Problem[] | undefined;
}

/** Scheduling of one item in the JSON export: dates as ISO 8601 strings. */
export interface JsonScheduling {
  readonly card: {
    readonly due: string;
    readonly stability: number;
    readonly difficulty: number;
    readonly reps: number;
    readonly lapses: number;
    readonly state: string;
    readonly lastReview: string | null;
  };
  readonly reviews: readonly (Omit<ExportReview, 'reviewedAt' | 'ease'> & {
    readonly reviewedAt: string;
    readonly ease: number | null;
  })[];
}

/** The `cards --json` Deck (version 1), plus `scheduling` by item id when given. */
export type JsonExport = Deck & { readonly scheduling?: Readonly<Record<string, JsonScheduling>> };

/** Builds the JSON export object; only items present in `items` get a scheduling entry. */
export function toJsonExport(
  items: readonly Item[],
  info: DeckInfo = {},
  scheduling?: SchedulingByItem,
): JsonExport {
  const deck: Deck = {
    version: 1,
    vault: info.vault ?? '',
    notes: info.notes ?? new Set(items.map((item) => item.source.path)).size,
    items,
    events: info.events ?? [],
    problems: info.problems ?? [],
  };
  if (!scheduling) return deck;
  const entries: Record<string, JsonScheduling> = {};
  for (const item of items) {
    const s = scheduling.get(item.id);
    if (!s) continue;
    entries[item.id] = {
      card: {
        ...s.card,
        due: s.card.due.toISOString(),
        lastReview: s.card.lastReview?.toISOString() ?? null,
      },
      reviews: s.reviews.map((r) => ({ ...r, reviewedAt: r.reviewedAt.toISOString(), ease: r.ease ?? null })),
    };
  }
  return { ...deck, scheduling: entries };
}

/** The JSON export as text (two-space indent, trailing newline). */
export function toJson(items: readonly Item[], info: DeckInfo = {}, scheduling?: SchedulingByItem): string {
  return `${JSON.stringify(toJsonExport(items, info, scheduling), null, 2)}\n`;
}
