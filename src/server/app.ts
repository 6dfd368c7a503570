/** The Hono app: security first, then the API, then the built web app; errors as `{ error }` JSON. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerContext } from './context.js';
import { toHttpError } from './errors.js';
import { browseRoutes } from './routes-browse.js';
import { studyRoutes } from './routes-study.js';
import { securityMiddleware } from './security.js';
import { staticRoutes } from './static.js';

export interface AppOptions {
  readonly token: string;
  /** The port we listen on (known only after listen, hence a function). */
  readonly port: () => number;
  readonly webRoot: string | undefined;
  /** Called with unexpected (non-RecollectError) failures, for the terminal. */
  readonly onUnexpected?: (error: unknown) => void;
}

/** The largest request body the API reads; typed answers are capped far below it (validate.ts). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Builds the app for one vault. */
export function createApp(ctx: ServerContext, options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityMiddleware({ token: options.token, port: options.port }));
  // Counted as the body streams in, so a 300 MB POST (with or without Content-Length) is never read whole.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'the request body is larger than 1 MB' }, 413),
    }),
  );
  studyRoutes(app, ctx);
  browseRoutes(app, ctx);
  staticRoutes(app, options.webRoot);
  // Every other request: the API answers in JSON too, and a method it never takes (PUT, DELETE, …) is a 405.
  app.notFound((c) => {
    if (!c.req.path.startsWith('/api/')) return c.text('404 Not Found', 404);
    if (c.req.method !== 'GET' && c.req.method !== 'POST' && c.req.method !== 'HEAD')
      return c.json({ error: `the API takes GET and POST, not ${c.req.method}` }, 405, {
        allow: 'GET, POST',
      });
    return c.json({ error: `no API route ${c.req.path}` }, 404);
  });
  app.onError((error, c) => {
    const { status, message } = toHttpError(error);
    if (status === 500) options.onUnexpected?.(error);
    return c.json({ error: message }, status as 400);
  });
  return app;
}
