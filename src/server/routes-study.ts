/** The study API: next item, check an answer, answer, undo, suspend (api-study.ts). */
import type { Hono } from 'hono';
import { answer, checkAnswer, nextCard, setItemState, undo } from './api-study.js';
import type { ServerContext } from './context.js';
import { jsonBody } from './validate.js';

/** Adds the study routes to `app`. */
export function studyRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/next', async (c) => c.json(await nextCard(ctx)));
  app.post('/api/check', async (c) => c.json(await checkAnswer(ctx, await jsonBody(c.req))));
  app.post('/api/answer', async (c) => c.json(await answer(ctx, await jsonBody(c.req))));
  app.post('/api/undo', async (c) => c.json(await undo(ctx)));
  app.post('/api/items/:id/state', async (c) =>
    c.json(await setItemState(ctx, c.req.param('id'), await jsonBody(c.req))),
  );
}
