/** The class server's Hono app: security headers, assets, sessions, then every page and API route behind its access rule. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ClassServerContext, ClassServerEnv } from './context.js';
import { toHttpError } from './errors.js';
import { assetRoutes, errorPage } from './pages.js';
import { authorize } from './policy.js';
import { ROUTES, type RouteSpec } from './routes.js';
import { sessionMiddleware } from './session.js';

/** Largest request body read (a published vault is sent in parts below this). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function createClassApp(
  ctx: ClassServerContext,
  options: { routes?: readonly RouteSpec[]; onUnexpected?: (error: unknown) => void } = {},
): Hono<ClassServerEnv> {
  const app = new Hono<ClassServerEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    c.header('cache-control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'the request body is too large' }, 413),
    }),
  );
  // Assets are public and need no session; every page and API route below goes through the session middleware.
  assetRoutes(app, ctx);
  app.use('*', sessionMiddleware(ctx));
  for (const route of options.routes ?? ROUTES) {
    const method = route.method === 'GET' ? app.get.bind(app) : app.post.bind(app);
    method(route.path, async (c) => {
      const granted = await authorize(ctx.db, route.access, c.get('person'), c.req.param('classId'));
      return route.handle(c, granted, ctx);
    });
  }
  app.all('/api/*', (c) => c.json({ error: 'no such API route' }, 404));
  app.all('*', (c) => errorPage(c, 404, 'There is no such page.'));
  app.onError((error, c) => {
    const { status, message } = toHttpError(error);
    if (status === 500) options.onUnexpected?.(error);
    // Pages are refused like their API, with the same status, in HTML.
    if (!c.req.path.startsWith('/api/')) return errorPage(c, status, message);
    return c.json({ error: message }, status as 400);
  });
  return app;
}
