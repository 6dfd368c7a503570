/**
 * Who is asking, and whether a change may come from them. A session cookie (HttpOnly, SameSite=Lax, Secure over
 * TLS) or a publish token (`Authorization: Bearer`, for the CLI) names the person. Every change must come from
 * our own origin when the browser says where it comes from, and a change made with the cookie must carry the
 * session's CSRF token in `x-csrf-token` (the app reads it from /api/me): a form on another site has neither.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findPublishToken, findSessionPerson, getPerson } from '../store/server/people.js';
import { SESSION_DAYS } from './accounts.js';
import type { ClassServerContext, ClassServerEnv } from './context.js';
import { AccessDeniedError } from './errors.js';
import { hashSecret, sameSecret } from './secrets.js';

export const SESSION_COOKIE = 'recollect_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionMiddleware(ctx: ClassServerContext): MiddlewareHandler<ClassServerEnv> {
  const publicOrigin = new URL(ctx.publicUrl).origin;
  return async (c, next) => {
    const changes = !SAFE_METHODS.has(c.req.method);
    const origin = c.req.header('origin');
    if (changes && origin !== undefined && origin !== publicOrigin && origin !== new URL(c.req.url).origin) {
      throw new AccessDeniedError('changes must come from the class server’s own pages');
    }
    if (changes && c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AccessDeniedError('changes must come from the class server’s own pages');
    }
    c.set('person', null);
    c.set('sessionHash', null);
    c.set('csrf', null);
    const cookie = getCookie(c, SESSION_COOKIE);
    const now = ctx.now();
    if (cookie !== undefined && cookie.length <= 200) {
      const hash = hashSecret(cookie);
      const session = await findSessionPerson(ctx.db, hash, now);
      if (session) {
        if (changes && !sameSecret(c.req.header(CSRF_HEADER), session.csrf)) {
          throw new AccessDeniedError('missing or wrong CSRF token; reload the page');
        }
        c.set('person', session.person);
        c.set('sessionHash', hash);
        c.set('csrf', session.csrf);
      }
    } else {
      const bearer = /^Bearer (\S{1,200})$/.exec(c.req.header('authorization') ?? '')?.[1];
      const personId = bearer === undefined ? null : await findPublishToken(ctx.db, hashSecret(bearer));
      if (personId !== null) c.set('person', await getPerson(ctx.db, personId));
    }
    await next();
  };
}

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
}
