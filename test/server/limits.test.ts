/** The local server's limits: request bodies, dot-paths and live-update connections, on a real loopback server. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, postJson, startTestServer, type TestServer } from './helpers.js';

const NOTE = '# Canals\n\n- **1761** - The **Bridgewater Canal** opened, carrying coal to Manchester\n';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer(await makeVault({ 'canals.md': NOTE }));
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
