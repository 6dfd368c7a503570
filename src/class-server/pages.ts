/**
 * The class server's web pages: the built app's class.html (web/class.html) for every page route, its hashed
 * assets, and a small HTML page for a refusal. Page routes are ordinary routes in routes.ts, each with its
 * access rule, so a page is refused exactly like its API (401, 403, 404), only in HTML.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { ClassServerContext, ClassServerEnv } from './context.js';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Pages load only our own scripts and styles, and are never framed. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const MISSING_BUILD =
  '<p>The web app is not built. Run <code>npm run build</code> (or <code>npx vite build web</code>) and reload.</p>';

/** `/assets/*` from the built app; registered before the session middleware (assets are public). */
export function assetRoutes(app: Hono<ClassServerEnv>, ctx: ClassServerContext): void {
  app.get('/assets/*', async (c) => {
    const root = ctx.webRoot;
    if (!root) return c.text('not found', 404);
    const file = normalize(join(root, c.req.path));
    if (!file.startsWith(root + sep)) return c.text('not found', 404);
    try {
      return c.body(await readFile(file), 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
      });
    } catch {
      return c.text('not found', 404);
    }
  });
}

/** The app's page (class.html); the app picks what to show from the path. */
export async function pageShell(c: Context<ClassServerEnv>, ctx: ClassServerContext): Promise<Response> {
  c.header('content-security-policy', PAGE_CSP);
  if (!ctx.webRoot)
    return c.html(`<!doctype html><meta charset="utf-8"><title>recollect</title>${MISSING_BUILD}`);
  return c.html(await readFile(join(ctx.webRoot, 'class.html'), 'utf8'));
}

const TITLES: Readonly<Record<number, string>> = {
  401: 'Sign in first',
  403: 'Not for you',
  404: 'Not found',
  429: 'Too many attempts',
};

/** A refusal of a page, in HTML with the same status the API would give. */
export function errorPage(c: Context<ClassServerEnv>, status: number, message: string): Response {
  c.header('content-security-policy', PAGE_CSP);
  const title = TITLES[status] ?? 'Something went wrong';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${title} · recollect</title></head>
<body style="font: 17px/1.5 system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem">
<h1>${title}</h1><p>${escapeHtml(message)}</p>
<p><a href="/">${status === 401 ? 'Sign in' : 'Go to the start page'}</a></p></body></html>`;
  return c.html(html, status as 401);
}
