/** The study API: next item, check an answer, answer, undo, suspend. */
import type { Hono } from 'hono';
import type { ApiAnswerResult, ApiCheckResult, ApiNext } from './api-types.js';
import { checkItemAnswer } from './check.js';
import type { ServerContext } from './context.js';
import { toApiItem } from './convert.js';
import { NotFoundError } from './errors.js';
import {
  cardVersionParam,
  durationParam,
  itemIdParam,
  jsonBody,
  orderParam,
  ratingParam,
  settableStateParam,
  typedParam,
} from './validate.js';

/** Adds the study routes to `app`. */
export function studyRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/next', async (c) => {
    const now = ctx.now();
    const [next, progress] = await Promise.all([ctx.service.next(now), ctx.service.progress(now)]);
    const body: ApiNext = {
      card: next && {
        item: toApiItem(next.item, next.card),
        intervals: next.intervals,
        source: ctx.view.source(next.item.source),
        cardVersion: next.version,
      },
      progress,
    };
    return c.json(body);
  });

  app.post('/api/check', async (c) => {
    const body = await jsonBody(c.req);
    const itemId = itemIdParam(body.itemId);
    const detail = await ctx.service.item(itemId);
    if (!detail) throw new NotFoundError(`no item ${itemId}`);
    const result: ApiCheckResult = checkItemAnswer(
      detail.item,
      typedParam(body.typed),
      orderParam(body.order),
    );
    return c.json(result);
  });

  app.post('/api/answer', async (c) => {
    const body = await jsonBody(c.req);
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
    const answer: ApiAnswerResult = {
      logId: result.logId,
      leech: result.leech,
      due: result.card.due,
      progress: await ctx.service.progress(now),
    };
    return c.json(answer);
  });

  app.post('/api/undo', async (c) => {
    const now = ctx.now();
    const undone = await ctx.service.undo(now);
    return c.json({ undone: undone?.itemId ?? null, progress: await ctx.service.progress(now) });
  });

  app.post('/api/items/:id/state', async (c) => {
    const itemId = itemIdParam(c.req.param('id'));
    const state = settableStateParam((await jsonBody(c.req)).state);
    await ctx.service.setState(itemId, state, ctx.now());
    return c.json({ itemId, state });
  });
}
