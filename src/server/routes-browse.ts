/** The read-only pages' API: items, notes, timeline, arguments, stats (api-read.ts), vault files and live events. */

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import {
  argumentList,
  itemDetail,
  listItems,
  noteDetail,
  noteSummaries,
  statsOf,
  timeline,
} from './api-read.js';
import { contentTypeOf, resolveAttachment } from './attachments.js';
import type { ServerContext } from './context.js';

async function serveFile(c: Context, ctx: ServerContext): Promise<Response> {
  const raw = c.req.path.slice('/api/files/'.length);
  const real = await resolveAttachment(ctx.vaultRoot, raw);
  const body = Readable.toWeb(createReadStream(real)) as ReadableStream;
  return new Response(body, { headers: { 'content-type': contentTypeOf(real) } });
}

/** Adds the browsing routes to `app`. */
export function browseRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/items', async (c) => c.json(await listItems(ctx, (name) => c.req.query(name))));
  app.get('/api/items/:id', async (c) => c.json(await itemDetail(ctx, c.req.param('id'))));
  app.get('/api/notes', async (c) => c.json({ notes: await noteSummaries(ctx) }));
  app.get('/api/notes/:path{.+}', async (c) => c.json(await noteDetail(ctx, c.req.param('path'), true)));
  app.get('/api/timeline', async (c) => c.json(await timeline(ctx, (name) => c.req.query(name))));
  app.get('/api/arguments', async (c) => c.json(await argumentList(ctx)));
  app.get('/api/stats', async (c) => c.json(await statsOf(ctx)));
  app.get('/api/session', (c) => c.json({ vault: ctx.vaultName }));
  app.get('/api/events', (c) => ctx.hub.subscribe(c.req.raw.signal));
  app.get('/api/files/*', (c) => serveFile(c, ctx));
}
