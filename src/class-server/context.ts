/** What the class server's handlers need: its tables, the connection for study stores, and the clock. */
import type { PostgresConnection } from '../store/pg-open.js';
import type { ServerDb } from '../store/server/open.js';
import type { Person } from '../store/server/people.js';

export interface ClassServerContext {
  readonly db: ServerDb;
  readonly connection: PostgresConnection;
  /** The address people use, for links (`https://class.example.org`); no trailing slash. */
  readonly publicUrl: string;
  /** Cookies get `Secure` when the public address is https. */
  readonly secureCookies: boolean;
  readonly now: () => Date;
  /** The built web app (dist/web, holding class.html); undefined when it is not built. */
  readonly webRoot: string | undefined;
}

/** Hono's per-request variables, set by the session middleware (session.ts). */
export interface ClassServerEnv {
  Variables: {
    person: Person | null;
    /** SHA-256 of the session cookie, when signed in by cookie. */
    sessionHash: string | null;
    /** The session's CSRF token, when signed in by cookie (the app reads it from /api/me). */
    csrf: string | null;
  };
}
