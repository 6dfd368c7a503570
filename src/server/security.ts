/**
 * The local server's defences (reliability.md §7): a Host check against DNS rebinding, and a per-launch token
 * plus a same-origin check on every state-changing request (against other sites posting to us).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export const TOKEN_HEADER = 'x-recollect-token';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A fresh 128-bit token, hex, for one launch of the server. */
export function newToken(): string {
  return randomBytes(16).toString('hex');
}

/** True when `host` (the Host header) names this machine on our port. */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return LOCAL_HOSTS.some((name) => host.toLowerCase() === `${name}:${port}`);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Origin header names one of our own origins, or the browser says the request is same-origin. */
function isSameOrigin(origin: string | undefined, fetchSite: string | undefined, port: number): boolean {
  if (origin !== undefined) {
    return LOCAL_HOSTS.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
  }
  return fetchSite === 'same-origin';
}

/** True when the request line's path has a `..` or `.` segment, plain or percent-encoded. */
export function climbsPath(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0] ?? '';
  return path.split(/\/|%2f|%5c|\\/i).some((segment) => {
    const decoded = segment.replace(/%2e/gi, '.');
    return decoded === '..' || decoded === '.';
  });
}

/** The request line as the client sent it: URL parsing resolves `..` before routes see the path. */
function rawUrlOf(env: unknown): string | undefined {
  return (env as { incoming?: { url?: string } } | undefined)?.incoming?.url;
}

function refuse(message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** Refuses requests that fail the Host check, and state changes without token and same origin. */
export function securityMiddleware(options: { token: string; port: () => number }): MiddlewareHandler {
  return async (c, next) => {
    const port = options.port();
    if (!isLocalHost(c.req.header('host'), port)) {
      return refuse('forbidden: this server only answers to localhost, 127.0.0.1 or [::1] on its own port');
    }
    const rawUrl = rawUrlOf(c.env);
    if (rawUrl !== undefined && climbsPath(rawUrl)) {
      return refuse('forbidden: paths may not contain . or .. segments');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      if (!sameToken(c.req.header(TOKEN_HEADER), options.token)) {
        return refuse('forbidden: missing or wrong token; open the link printed by recollect serve');
      }
      if (!isSameOrigin(c.req.header('origin'), c.req.header('sec-fetch-site'), port)) {
        return refuse('forbidden: state-changing requests must come from the app itself');
      }
    }
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    c.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  };
}
