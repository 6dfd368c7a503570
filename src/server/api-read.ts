/**
 * The read-only pages' API bodies (Browse, Item, Notes, Timeline, Arguments, Stats), one function each over an
 * ApiContext, so the local server (routes-browse.ts) and the class server (class-server/student-routes.ts) send
 * the same shapes from the same code.
 */
import type { ItemKind } from '../generate/item.js';
import { addDaysToKey, studyDayKey } from '../schedule/index.js';
import type { DayCount } from '../schedule/stats.js';
import type { ItemState, ReviewRecord, StoredItem } from '../store/types.js';
import { boundaryOf } from '../study/settings.js';
import type { ApiContext } from './api-context.js';
import type {
  ApiArgument,
  ApiItem,
  ApiItemDetail,
  ApiNote,
  ApiNoteSummary,
  ApiStats,
  ApiTimeline,
} from './api-types.js';
import { toApiItem, toApiReview } from './convert.js';
import { NotFoundError } from './errors.js';
import { renderMarkdown } from './render.js';
import { loadTimeline } from './timeline.js';
import { itemIdParam, kindParam, stateParam } from './validate.js';

/** Lists longer than this are cut (the page says how many matched). */
const LIST_LIMIT = 500;
const LIVE_STATES: readonly ItemState[] = ['active', 'suspended'];

/** A request's query parameter by name (Hono's `c.req.query`). */
export type QueryOf = (name: string) => string | undefined;

interface ItemQuery {
  readonly q: string;
  readonly note: string;
  readonly kind: ItemKind | undefined;
  readonly tag: string;
}

function matches(item: StoredItem, query: ItemQuery): boolean {
  if (query.kind && item.kind !== query.kind) return false;
  if (query.note && item.source.path !== query.note && !item.source.path.startsWith(`${query.note}/`))
    return false;
  if (query.tag && !item.tags.includes(query.tag.replace(/^#/, ''))) return false;
  if (!query.q) return true;
  const haystack = [item.prompt, item.answer, item.fact, ...item.context].join('\n').toLowerCase();
  return query.q
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** GET items: filtered by `q`, `note`, `kind`, `state`, `tag`; at most LIST_LIMIT, with the total. */
export async function listItems(
  ctx: ApiContext,
  queryOf: QueryOf,
): Promise<{ total: number; items: ApiItem[] }> {
  const state = stateParam(queryOf('state'));
  const query: ItemQuery = {
    q: queryOf('q')?.trim() ?? '',
    note: queryOf('note') ?? '',
    kind: kindParam(queryOf('kind')),
    tag: queryOf('tag') ?? '',
  };
  const all = await ctx.service.items({ states: state ? [state] : LIVE_STATES });
  const found = all.filter((item) => matches(item, query));
  return { total: found.length, items: found.slice(0, LIST_LIMIT).map((item) => toApiItem(item)) };
}

/** GET items/:id: the item with its card, review history and source; NotFoundError for an unknown id. */
export async function itemDetail(ctx: ApiContext, rawId: string | undefined): Promise<ApiItemDetail> {
  const id = itemIdParam(rawId);
  const detail = await ctx.service.item(id);
  if (!detail) throw new NotFoundError(`no item ${id}`);
  return {
    item: toApiItem(detail.item, detail.card),
    card: detail.card,
    reviews: detail.reviews.map(toApiReview),
    source: await ctx.view.source(detail.item.source),
  };
}

/** GET notes: every note with its live items and its mastery, by path. */
export async function noteSummaries(ctx: ApiContext): Promise<ApiNoteSummary[]> {
  const [items, stats] = await Promise.all([
    ctx.service.items({ states: LIVE_STATES }),
    ctx.service.stats(ctx.now()),
  ]);
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.source.path, (counts.get(item.source.path) ?? 0) + 1);
  const mastery = new Map(stats.mastery.map((m) => [m.notePath, m.share]));
  return [...ctx.view.notePaths()].sort().map((path) => ({
    path,
    title: ctx.view.noteTitle(path),
    items: counts.get(path) ?? 0,
    mastery: mastery.get(path) ?? 0,
  }));
}

/**
 * GET notes/:path: one note rendered, with its items; NotFoundError for a note that is not there. `servesFiles`: the
 * app serves the vault's files (`/api/files/…`, the local app), so the note's relative images point there.
 */
export async function noteDetail(ctx: ApiContext, path: string, servesFiles = false): Promise<ApiNote> {
  const text = ctx.view.notePaths().includes(path) ? await ctx.view.noteText(path) : undefined;
  if (text === undefined) throw new NotFoundError(`no note ${path}`);
  const summary = (await noteSummaries(ctx)).find((note) => note.path === path);
  const items = await ctx.service.items({ states: LIVE_STATES });
  return {
    path,
    title: summary?.title ?? path,
    items: summary?.items ?? 0,
    mastery: summary?.mastery ?? 0,
    html: renderMarkdown(text, 0, servesFiles ? path : undefined),
    itemList: items.filter((item) => item.source.path === path).map((item) => toApiItem(item)),
    obsidianUrl: ctx.view.obsidianUrl(path),
  };
}

/** GET timeline: the stored events, narrowed by `note` and `tag`. */
export function timeline(ctx: ApiContext, queryOf: QueryOf): Promise<ApiTimeline> {
  const note = queryOf('note') ?? '';
  const tag = (queryOf('tag') ?? '').replace(/^#/, '');
  return loadTimeline(ctx, { note, tag });
}

/** The text typed for a review: the study service keeps it beside the card state it logs. */
function typedOf(review: ReviewRecord): string | undefined {
  const after = review.stateAfter as { typed?: unknown } | null;
  return typeof after?.typed === 'string' ? after.typed : undefined;
}

/** GET arguments: the argument items, each with its practices and the answers typed before (newest first). */
export async function argumentList(ctx: ApiContext): Promise<{ arguments: ApiArgument[] }> {
  const items = (await ctx.service.items({ states: LIVE_STATES })).filter((item) => item.kind === 'argument');
  const argumentsList: ApiArgument[] = [];
  for (const item of items) {
    const detail = await ctx.service.item(item.id);
    const reviews = detail?.reviews ?? [];
    argumentsList.push({
      item: toApiItem(item, detail?.card ?? null),
      reviews: reviews.length,
      pastAnswers: reviews
        .map(typedOf)
        .filter((text): text is string => text !== undefined)
        .reverse(),
    });
  }
  return { arguments: argumentsList };
}

function countBy<T extends string>(values: readonly T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Days shown in the review heatmap: 26 full weeks. */
const HEATMAP_DAYS = 182;

/** Reviews per study day over the last HEATMAP_DAYS days, oldest first (today last). */
async function reviewHeatmap(ctx: ApiContext, now: Date): Promise<DayCount[]> {
  const settings = await ctx.service.settings();
  const boundary = boundaryOf(settings);
  const today = studyDayKey(now, boundary);
  const first = addDaysToKey(today, 1 - HEATMAP_DAYS);
  const since = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000);
  const counts = new Map<string, number>();
  for (const review of await ctx.service.reviews(since)) {
    const day = studyDayKey(review.reviewedAt, boundary);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: HEATMAP_DAYS }, (_, i) => {
    const day = addDaysToKey(first, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** GET stats: the study statistics, counts by kind and state, note titles and the review heatmap. */
export async function statsOf(ctx: ApiContext): Promise<ApiStats> {
  const now = ctx.now();
  const [stats, items, heatmap] = await Promise.all([
    ctx.service.stats(now),
    ctx.service.items(),
    reviewHeatmap(ctx, now),
  ]);
  const live = items.filter((item) => item.state !== 'retired');
  const noteTitles: Record<string, string> = {};
  for (const path of ctx.view.notePaths()) noteTitles[path] = ctx.view.noteTitle(path);
  return {
    ...stats,
    countsByKind: countBy(live.map((item) => item.kind)),
    countsByState: countBy(items.map((item) => item.state)),
    noteTitles,
    heatmap,
  };
}
