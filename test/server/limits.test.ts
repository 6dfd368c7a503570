/** The local server's limits: request bodies, dot-paths and live-update connections, on a real loopback server. */

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_STREAMS } from '../../src/server/events.js';
import { makeVault, postJson, raw, startTestServer, type TestServer } from './helpers.js';

const NOTE = '# Canals\n\n- **1761** - The **Bridgewater Canal** opened, carrying coal to Manchester\n';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer(await makeVault({ 'canals.md': NOTE, 'images/map.png': 'png bytes' }));
  // The study database inside the vault, as it is by default, and Obsidian's own dot-folder.
  mkdirSync(join(t.vault, '.recollect'), { recursive: true });
  writeFileSync(join(t.vault, '.recollect', 'recollect.db'), 'SQLite format 3');
  mkdirSync(join(t.vault, '.obsidian'), { recursive: true });
  writeFileSync(join(t.vault, '.obsidian', 'app.json'), '{}');
  writeFileSync(join(t.vault, '.env'), 'SECRET=1');
  symlinkSync(join(t.vault, '.recollect', 'recollect.db'), join(t.vault, 'images', 'innocent.png'));
});
afterAll(() => t.close());

/**
 * POSTs up to `total` bytes in 64 KB chunks without a Content-Length, as a client streaming a huge body would.
 * Resolves with the status (0 when the server reset the connection before the client could read its answer, which
 * TCP allows once the server closes with unread data) and how many bytes had been sent by then.
 */
function streamBody(total: number): Promise<{ status: number; sent: number }> {
  return new Promise((done) => {
    let sent = 0;
    let finished = false;
    const finish = (status: number): void => {
      if (finished) return;
      finished = true;
      done({ status, sent });
    };
    const req = request(
      {
        host: '127.0.0.1',
        port: t.server.port,
        path: '/api/answer',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${t.server.port}`,
          'content-type': 'application/json',
          'x-recollect-token': t.server.token,
          origin: t.origin,
        },
      },
      (res) => {
        res.resume();
        finish(res.statusCode ?? 0);
      },
    );
    req.on('error', () => finish(0));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (sent < total && !finished) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!finished) req.end();
    };
    pump();
  });
}

describe('request bodies', () => {
  it('refuses a body over 1 MB with 413 and a JSON message', async () => {
    const res = await postJson(t, '/api/answer', {
      itemId: 'ab'.repeat(8),
      rating: 3,
      typed: 'x'.repeat(1_100_000),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: 'the request body is larger than 1 MB' });
  });

  it('stops reading a streamed body without a length once it passes 1 MB', async () => {
    const total = 64 * 1024 * 1024;
    const res = await streamBody(total);
    expect([0, 413]).toContain(res.status);
    // Socket buffers on both sides hold a few MB at most: the server stopped long before the end.
    expect(res.sent).toBeLessThan(total / 2);
    // …and it still answers.
    expect((await postJson(t, '/api/check', { itemId: 'ab'.repeat(8), typed: 'x' })).status).toBe(404);
  });

  it('still accepts an ordinary answer', async () => {
    const res = await postJson(t, '/api/check', { itemId: 'ab'.repeat(8), typed: 'Manchester' });
    expect(res.status).toBe(404);
  });
});

const get = (path: string) => raw(t.server.port, path, { headers: { host: `127.0.0.1:${t.server.port}` } });

describe('vault files the server never serves', () => {
  it.each([
    ['the study database', '/api/files/.recollect/recollect.db'],
    ['an encoded dot-folder', '/api/files/%2Erecollect/recollect.db'],
    ["Obsidian's settings", '/api/files/.obsidian/app.json'],
    ['a dot-file', '/api/files/.env'],
    ['a link to a dot-path', '/api/files/images/innocent.png'],
  ])('answers 404 for %s, without the token or with it', async (_name, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SQLite');
    expect(res.body).not.toContain('SECRET');
  });

  it('still serves an ordinary attachment', async () => {
    const res = await get('/api/files/images/map.png');
    expect(res.status).toBe(200);
    expect(res.body).toBe('png bytes');
  });
});

describe('live-update connections', () => {
  it(`refuses more than ${MAX_EVENT_STREAMS} at once with 503, and accepts again once one closes`, async () => {
    const controllers: AbortController[] = [];
    // Held so the garbage collector cannot cancel an unread body (which closes that stream on the server).
    const responses: Response[] = [];
    const open = async (): Promise<number> => {
      const controller = new AbortController();
      controllers.push(controller);
      const res = await fetch(`${t.base}/api/events`, { signal: controller.signal });
      responses.push(res);
      if (res.status !== 200) await res.body?.cancel();
      return res.status;
    };
    try {
      const statuses: number[] = [];
      for (let i = 0; i < MAX_EVENT_STREAMS; i++) statuses.push(await open());
      expect(statuses.every((status) => status === 200)).toBe(true);
      const refused = await fetch(`${t.base}/api/events`);
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({ error: 'too many open pages; close some tabs of recollect' });
      controllers.shift()?.abort();
      await new Promise((done) => setTimeout(done, 100));
      expect(await open()).toBe(200);
    } finally {
      for (const controller of controllers) controller.abort();
      responses.length = 0;
    }
  });
});

describe('requests the API does not take', () => {
  const host = () => ({ host: `127.0.0.1:${t.server.port}` });
  // Sent as our own page would (token and origin), so the security check lets them through to the router.
  const ours = () => ({ ...host(), 'x-recollect-token': t.server.token, origin: t.origin });

  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with 405 and a JSON message', async (method) => {
    const res = await raw(t.server.port, '/api/next', { method, headers: ours() });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST');
    expect(JSON.parse(res.body)).toEqual({ error: `the API takes GET and POST, not ${method}` });
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await raw(t.server.port, '/api/nowhere', { headers: host() });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ error: 'no API route /api/nowhere' });
  });

  it('says what is wrong with a typed answer that is not text', async () => {
    const next = JSON.parse((await raw(t.server.port, '/api/next', { headers: host() })).body) as {
      card: { item: { id: string } } | null;
    };
    expect(next.card).not.toBeNull();
    const res = await postJson(t, '/api/check', { itemId: next.card?.item.id, typed: 5 });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'typed must be text, not number' });
  });
});
