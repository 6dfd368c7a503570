/**
 * The study API bodies (next item, check a typed answer, answer, undo, suspend), one function each over an
 * ApiContext: the local server (routes-study.ts) and the class server (class-server/student-routes.ts) both
 * call them.
 */
import type { ItemState } from '../store/types.js';
import type { ApiContext } from './api-context.js';
import type { ApiAnswerResult, ApiCheckResult, ApiNext } from './api-types.js';
import { checkItemAnswer } from './check.js';
import { toApiItem } from './convert.js';
import { NotFoundError } from './errors.js';
import {
  cardVersionParam,
  durationParam,
  itemIdParam,
  orderParam,
  ratingParam,
  settableStateParam,
  typedParam,
} from './validate.js';

/** The next item with its intervals and source, and the day's progress. */
export async function nextCard(ctx: ApiContext): Promise<ApiNext> {
  const now = ctx.now();
  const [next, progress] = await Promise.all([ctx.service.next(now), ctx.service.progress(now)]);
  return {
    card: next && {
      item: toApiItem(next.item, next.card),
      intervals: next.intervals,
      source: await ctx.view.source(next.item.source),
      cardVersion: next.version,
    },
    progress,
  };
}

/** Checks a typed answer (or an order) against the item; the student still chooses the rating. */
export async function checkAnswer(ctx: ApiContext, body: Record<string, unknown>): Promise<ApiCheckResult> {
  const itemId = itemIdParam(body.itemId);
  const detail = await ctx.service.item(itemId);
  if (!detail) throw new NotFoundError(`no item ${itemId}`);
  return checkItemAnswer(detail.item, typedParam(body.typed), orderParam(body.order));
}

/** Records an answer `{ itemId, rating, cardVersion, durationMs?, typed? }` (a stale cardVersion: 409). */
export async function answer(ctx: ApiContext, body: Record<string, unknown>): Promise<ApiAnswerResult> {
  const itemId = itemIdParam(body.itemId);
  const rating = ratingParam(body.rating);
  const durationMs = durationParam(body.durationMs);
  const typed = typedParam(body.typed);
  const expectedVersion = cardVersionParam(body.cardVersion);
  const now = ctx.now();
  const result = await ctx.service.answer(
    {
      itemId,
      rating,
      expectedVersion,
      ...(durationMs === undefined ? {} : { durationMs }),
      ...(typed ? { typed } : {}),
    },
    now,
  );
  return {
    logId: result.logId,
    leech: result.leech,
    due: result.card.due,
    progress: await ctx.service.progress(now),
  };
}

/** Undoes the most recent answer; `undone` is its item id, null when there was nothing to undo. */
export async function undo(
  ctx: ApiContext,
): Promise<{ undone: string | null; progress: ApiAnswerResult['progress'] }> {
  const now = ctx.now();
  const undone = await ctx.service.undo(now);
  return { undone: undone?.itemId ?? null, progress: await ctx.service.progress(now) };
}

/** Suspends or unsuspends an item (`{ state }`); NotFoundError for an unknown id. */
export async function setItemState(
  ctx: ApiContext,
  rawId: string | undefined,
  body: Record<string, unknown>,
): Promise<{ itemId: string; state: Extract<ItemState, 'active' | 'suspended'> }> {
  const itemId = itemIdParam(rawId);
  const state = settableStateParam(body.state);
  await ctx.service.setState(itemId, state, ctx.now());
  return { itemId, state };
}
