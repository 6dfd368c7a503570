/**
 * A class server on an embedded PostgreSQL for a test file, and a small client that keeps its cookie and CSRF
 * token the way the browser app does.
 */
import { afterAll, beforeAll } from 'vitest';
import { addTeacher } from '../../src/class-server/accounts.js';
import { type RunningClassServer, startClassServer } from '../../src/class-server/start.js';
import { usePostgres } from '../helpers/postgres.js';

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

/** One person's browser: cookie jar of one cookie, the CSRF token, and our Origin on every change. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(
    public base: string,
    private readonly origin = base,
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { origin: this.origin }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (typeof json.csrf === 'string') this.csrf = json.csrf;
    return { status: response.status, body: json, headers: response.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);
}

export interface ClassServerHarness {
  readonly server: () => RunningClassServer;
  readonly client: () => Client;
  /** A signed-in teacher with a password. */
  readonly teacher: (email: string) => Promise<Client>;
  /** A new class of `teacher`: its public id and invite token. */
  readonly newClass: (teacher: Client, name: string) => Promise<{ id: string; invite: string }>;
  /** A student who joined with `invite`. */
  readonly student: (email: string, invite: string) => Promise<Client>;
}

export const PASSWORD = 'correct horse battery';

/** Starts PostgreSQL and one class server for the file; `now` is the server's clock (default: the real one). */
export function useClassServer(
  options: { readonly now?: () => Date } = {},
): ClassServerHarness & { readonly pg: ReturnType<typeof usePostgres> } {
  const pg = usePostgres();
  let server: RunningClassServer | undefined;
  beforeAll(async () => {
    server = await startClassServer({
      connection: pg.connection(),
      port: 0,
      ...(options.now ? { now: options.now } : {}),
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = () => server as RunningClassServer;
  const client = () => new Client(running().url);
  return {
    pg,
    server: running,
    client,
    async teacher(email) {
      const { token } = await addTeacher(running().context.db, email, new Date());
      const c = client();
      await c.post('/api/sign-in', { token });
      await c.post('/api/password', { password: PASSWORD });
      return c;
    },
    async newClass(teacher, name) {
      const reply = await teacher.post('/api/classes', { name });
      const cls = reply.body.class as { id: string };
      const invite = String(reply.body.inviteUrl).replace(/^.*#join=/, '');
      return { id: cls.id, invite };
    },
    async student(email, invite) {
      const c = client();
      const reply = await c.post('/api/join', { invite, email, name: email, password: PASSWORD });
      if (reply.status !== 200) throw new Error(`join failed: ${JSON.stringify(reply.body)}`);
      return c;
    },
  };
}
