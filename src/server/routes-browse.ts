/** The read-only pages' API: items, notes, timeline, arguments, stats, vault files and live events. */

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import type { ItemKind } from '../generate/item.js';
import { addDaysToKey, studyDayKey } from '../schedule/index.js';
import type { DayCount } from '../schedule/stats.js';
import type { ItemState, ReviewRecord, StoredItem } from '../store/types.js';
import { boundaryOf } from '../study/settings.js';
import type { ApiArgument, ApiItemDetail, ApiNote, ApiNoteSummary, ApiStats } from './api-types.js';
import { contentTypeOf, resolveAttachment } from './attachments.js';
import type { ServerContext } from './context.js';
import { toApiItem, toApiReview } from './convert.js';
import { NotFoundError } from './errors.js';
import { renderMarkdown } from './render.js';
import { loadTimeline } from './timeline.js';
import { itemIdParam, kindParam, stateParam } from './validate.js';

/** Lists longer than this are cut (the page says how many matched). */
const LIST_LIMIT = 500;
const LIVE_STATES: readonly ItemState[] = ['active', 'suspended'];

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

async function noteSummaries(ctx: ServerContext): Promise<ApiNoteSummary[]> {
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

function countBy<T extends string>(values: readonly T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Days shown in the review heatmap: 26 full weeks. */
const HEATMAP_DAYS = 182;

/** Reviews per study day over the last HEATMAP_DAYS days, oldest first (today last). */
async function reviewHeatmap(ctx: ServerContext, now: Date): Promise<DayCount[]> {
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

/** The text typed for a review: the study service keeps it beside the card state it logs. */
function typedOf(review: ReviewRecord): string | undefined {
  const after = review.stateAfter as { typed?: unknown } | null;
  return typeof after?.typed === 'string' ? after.typed : undefined;
}

async function serveFile(c: Context, ctx: ServerContext): Promise<Response> {
  const raw = c.req.path.slice('/api/files/'.length);
  const real = await resolveAttachment(ctx.vaultRoot, raw);
  const body = Readable.toWeb(createReadStream(real)) as ReadableStream;
  return new Response(body, { headers: { 'content-type': contentTypeOf(real) } });
}

/** Adds the browsing routes to `app`. */
export function browseRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/items', async (c) => {
    const state = stateParam(c.req.query('state'));
    const query: ItemQuery = {
      q: c.req.query('q')?.trim() ?? '',
      note: c.req.query('note') ?? '',
      kind: kindParam(c.req.query('kind')),
      tag: c.req.query('tag') ?? '',
    };
    const all = await ctx.service.items({ states: state ? [state] : LIVE_STATES });
    const found = all.filter((item) => matches(item, query));
    return c.json({ total: found.length, items: found.slice(0, LIST_LIMIT).map((item) => toApiItem(item)) });
  });

  app.get('/api/items/:id', async (c) => {
    const id = itemIdParam(c.req.param('id'));
    const detail = await ctx.service.item(id);
    if (!detail) throw new NotFoundError(`no item ${id}`);
    const body: ApiItemDetail = {
      item: toApiItem(detail.item, detail.card),
      card: detail.card,
      reviews: detail.reviews.map(toApiReview),
      source: ctx.view.source(detail.item.source),
    };
    return c.json(body);
  });

  app.get('/api/notes', async (c) => c.json({ notes: await noteSummaries(ctx) }));

  app.get('/api/notes/:path{.+}', async (c) => {
    const path = c.req.param('path');
    const text = ctx.view.noteText(path);
    if (text === undefined) throw new NotFoundError(`no note ${path}`);
    const summary = (await noteSummaries(ctx)).find((note) => note.path === path);
    const items = await ctx.service.items({ states: LIVE_STATES });
    const note: ApiNote = {
      path,
      title: summary?.title ?? path,
      items: summary?.items ?? 0,
      mastery: summary?.mastery ?? 0,
      html: renderMarkdown(text),
      itemList: items.filter((item) => item.source.path === path).map((item) => toApiItem(item)),
      obsidianUrl: ctx.view.obsidianUrl(path),
    };
    return c.json(note);
  });

  app.get('/api/timeline', async (c) => {
    const note = c.req.query('note') ?? '';
    const tag = (c.req.query('tag') ?? '').replace(/^#/, '');
    return c.json(await loadTimeline(ctx, { note, tag }));
  });

  app.get('/api/arguments', async (c) => {
    const items = (await ctx.service.items({ states: LIVE_STATES })).filter(
      (item) => item.kind === 'argument',
    );
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
    return c.json({ arguments: argumentsList });
  });

  app.get('/api/stats', async (c) => {
    const now = ctx.now();
    const [stats, items, heatmap] = await Promise.all([
      ctx.service.stats(now),
      ctx.service.items(),
      reviewHeatmap(ctx, now),
    ]);
    const live = items.filter((item) => item.state !== 'retired');
    const noteTitles: Record<string, string> = {};
    for (const path of ctx.view.notePaths()) noteTitles[path] = ctx.view.noteTitle(path);
    const body: ApiStats = {
      ...stats,
      countsByKind: countBy(live.map((item) => item.kind)),
      countsByState: countBy(items.map((item) => item.state)),
      noteTitles,
      heatmap,
    };
    return c.json(body);
  });

  app.get('/api/session', (c) => c.json({ vault: ctx.vaultName }));
  app.get('/api/events', (c) => ctx.hub.subscribe(c.req.raw.signal));
  app.get('/api/files/*', (c) => serveFile(c, ctx));
}
