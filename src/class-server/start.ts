/**
 * Starts the class server: its tables on the given PostgreSQL, then HTTP. The process keeps no state between
 * requests (sessions, rate limits and study data are all in PostgreSQL), so several may serve one database.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { findWebRoot } from '../server/static.js';
import type { PostgresConnection } from '../store/pg-open.js';
import { openServerDatabase } from '../store/server/open.js';
import { createClassApp } from './app.js';
import type { ClassServerContext } from './context.js';

export interface ClassServerOptions {
  readonly connection: PostgresConnection;
  /** Interface to listen on; default 127.0.0.1 (put a TLS proxy in front to serve other machines). */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The address people use, for links; default `http://HOST:PORT`. */
  readonly publicUrl?: string;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
  /** The built web app (default: dist/web when it is built). */
  readonly webRoot?: string;
}

export interface RunningClassServer {
  readonly port: number;
  readonly url: string;
  readonly context: ClassServerContext;
  close(): Promise<void>;
}

export async function startClassServer(options: ClassServerOptions): Promise<RunningClassServer> {
  const db = await openServerDatabase(options.connection);
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  // The app needs the public address, known only once the port is: listen first, then build the app.
  let fetch: (request: Request, env: unknown) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
    const s = serve(
      { fetch: (request, env) => fetch(request, env), hostname: host, port: options.port },
      () => done(s),
    );
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');
  const context: ClassServerContext = {
    db,
    connection: options.connection,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    now: options.now ?? (() => new Date()),
    webRoot: options.webRoot ?? findWebRoot(),
  };
  const app = createClassApp(context, {
    onUnexpected: (error) => log(`unexpected error: ${error instanceof Error ? error.stack : String(error)}`),
  });
  fetch = app.fetch;
  return {
    port,
    url,
    context,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        if ('closeAllConnections' in server)
          (server as { closeAllConnections: () => void }).closeAllConnections();
      }),
  };
}
