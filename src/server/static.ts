/** Serves the built web app (dist/web) — index.html and its hashed assets — from memory-cheap disk reads. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** dist/web, found from this module whether it runs from src/server (tsx) or dist/server (built). */
export function findWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../web'), resolve(here, '../../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

const MISSING_BUILD = `<!doctype html><meta charset="utf-8"><title>recollect</title>
<p>The web app is not built. Run <code>npm run build</code> (or <code>npx vite build web</code>) and reload.</p>`;

/** Adds static routes: `/assets/*` files and index.html for every other non-API path. */
export function staticRoutes(app: Hono, webRoot: string | undefined): void {
  app.get('/assets/*', async (c) => {
    if (!webRoot) return c.notFound();
    const file = normalize(join(webRoot, c.req.path));
    if (!file.startsWith(webRoot + sep)) return c.notFound();
    try {
      const body = await readFile(file);
      return c.body(body, 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Vite puts a content hash in asset names, so they never change under one name.
        'cache-control': 'public, max-age=31536000, immutable',
      });
    } catch {
      return c.notFound();
    }
  });
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: `no API route ${c.req.path}` }, 404);
    if (!webRoot) return c.html(MISSING_BUILD);
    const html = await readFile(join(webRoot, 'index.html'), 'utf8');
    return c.html(html, 200, { 'cache-control': 'no-store' });
  });
}
