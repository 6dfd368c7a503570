/** A real recollect server on loopback (port 0) over a temporary vault, for API and browser tests. */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { createStudyService } from '../../src/study/create-service.js';

export interface TestServer {
  readonly server: RunningServer;
  readonly vault: string;
  readonly base: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Writes `notes` (path → text) into a fresh folder. */
export async function makeVault(notes: Readonly<Record<string, string>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'recollect-server-'));
  const vault = join(root, 'vault');
  for (const [path, text] of Object.entries(notes)) {
    await mkdir(dirname(join(vault, path)), { recursive: true });
    await writeFile(join(vault, path), text);
  }
  return vault;
}

/** Starts the server on `vault` (database in a sibling folder); close() removes everything. */
export async function startTestServer(
  vault: string,
  options: { watch?: boolean; newPerDay?: number; webRoot?: string } = {},
): Promise<TestServer> {
  const service = await createStudyService({
    vault,
    dataDir: join(dirname(vault), 'data'),
    settings: { newPerDay: options.newPerDay ?? 50 },
  });
  const server = await startServer({
    service,
    vault,
    port: 0,
    watch: options.watch ?? false,
    debounceMs: 100,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    server,
    vault,
    base,
    origin: base,
    async close() {
      await server.close();
      await service.close();
      await rm(dirname(vault), { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** An HTTP request with exactly the given path and headers (fetch would normalise `..` and fix Host). */
export function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** POST JSON as the app does: token header and same-origin Origin. */
export function postJson(t: TestServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return raw(t.server.port, path, {
    method: 'POST',
    headers: {
      host: `127.0.0.1:${t.server.port}`,
      'content-type': 'application/json',
      'x-recollect-token': t.server.token,
      origin: t.origin,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

/** GET JSON with a proper Host header. */
export async function getJson<T>(t: TestServer, path: string): Promise<{ status: number; json: T }> {
  const res = await raw(t.server.port, path, { headers: { host: `127.0.0.1:${t.server.port}` } });
  return { status: res.status, json: JSON.parse(res.body) as T };
}
