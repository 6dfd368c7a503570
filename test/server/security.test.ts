import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiNote } from '../../src/server/api-types.js';
import { isSafeUrl, renderMarkdown } from '../../src/server/render.js';
import { getJson, makeVault, postJson, raw, startTestServer, type TestServer } from './helpers.js';

const HOSTILE_NOTE = `# Hostile

<script>alert('stolen')</script>

<img src="x" onerror="alert(1)">

- [harmless looking](javascript:alert(1)) link
- [tabbed](java\tscript:alert(1)) link
- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) link
- [fine](https://example.org/page) link
- A **magnet** attracts iron
`;

let t: TestServer;

beforeAll(async () => {
  const vault = await makeVault({
    'Science/magnets.md': '# Magnets\n\n- Like poles **repel** each other\n- **Iron** is a magnetic metal\n',
    'hostile.md': HOSTILE_NOTE,
    'images/diagram.png': 'not really a png',
    'Science/diagrams.md': '# Diagrams\n\n![a field diagram](../images/diagram.png)\n',
  });
  const outside = join(dirname(vault), 'secret.txt');
  await writeFile(outside, 'outside the vault');
  await mkdir(join(vault, 'links'));
  await symlink(outside, join(vault, 'links', 'escape.txt'));
  t = await startTestServer(vault);
});
afterAll(() => t.close());

describe('the Host check', () => {
  it('refuses a request whose Host is another name, even on our port', async () => {
    const res = await raw(t.server.port, '/api/next', { headers: { host: `evil.example:${t.server.port}` } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/localhost/);
  });

  it('refuses localhost on another port', async () => {
    const res = await raw(t.server.port, '/api/next', { headers: { host: 'localhost:1' } });
    expect(res.status).toBe(403);
  });

  it('accepts localhost, 127.0.0.1 and [::1] with our port', async () => {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const res = await raw(t.server.port, '/api/notes', { headers: { host: `${name}:${t.server.port}` } });
      expect(res.status).toBe(200);
    }
  });
});

describe('state-changing requests', () => {
  it('are refused without the launch token', async () => {
    const res = await postJson(t, '/api/undo', {}, { 'x-recollect-token': '' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/token/);
  });

  it('are refused with a wrong token of the right length', async () => {
    const res = await postJson(t, '/api/undo', {}, { 'x-recollect-token': '0'.repeat(32) });
    expect(res.status).toBe(403);
  });

  it('are refused from another origin even with the token', async () => {
    const res = await postJson(t, '/api/undo', {}, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/app itself/);
  });

  it('are refused when the browser says the request is cross-site and sends no Origin', async () => {
    const res = await raw(t.server.port, '/api/undo', {
      method: 'POST',
      headers: {
        host: `127.0.0.1:${t.server.port}`,
        'x-recollect-token': t.server.token,
        'sec-fetch-site': 'cross-site',
      },
    });
    expect(res.status).toBe(403);
  });

  it('are accepted with the token and a same-origin Origin', async () => {
    const res = await postJson(t, '/api/undo', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).undone).toBeNull();
  });
});

describe('rendered notes', () => {
  it('show script tags, event handlers and script URLs as inert text', async () => {
    const { status, json } = await getJson<ApiNote>(t, '/api/notes/hostile.md');
    expect(status).toBe(200);
    expect(json.html).not.toMatch(/<script/i);
    expect(json.html).not.toMatch(/<img/i);
    expect(json.html).toContain('&lt;script&gt;');
    expect(json.html).not.toMatch(/href="\s*(javascript|java\s*script|data):/i);
    expect(json.html).toContain(
      '<a href="https://example.org/page" target="_blank" rel="noopener noreferrer">',
    );
    expect(json.html).toContain('<strong>magnet</strong>');
    // Source-line attributes are the only ones blocks gain, and they hold numbers only.
    expect(json.html).toContain('<p data-line="3" data-end-line="3">&lt;script&gt;');
    expect([...json.html.matchAll(/ data-[\w-]+="([^"]*)"/g)].every((m) => /^\d+$/.test(m[1] ?? ''))).toBe(
      true,
    );
  });

  it('refuses script-capable URLs in the link validator', () => {
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeUrl('java\nscript:alert(1)')).toBe(false);
    expect(isSafeUrl('javascript%3Aalert(1)')).toBe(false);
    expect(isSafeUrl('vbscript:msgbox')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('https://example.org')).toBe(true);
    expect(isSafeUrl('images/diagram.png')).toBe(true);
  });

  it('drops Obsidian comments and shows wikilinks as their label', () => {
    expect(renderMarkdown('Seen %%private%% here and [[Magnets|the magnets note]].')).toBe(
      '<p data-line="1" data-end-line="1">Seen  here and the magnets note.</p>\n',
    );
  });
});

describe('vault files', () => {
  it('serves a file inside the vault', async () => {
    const res = await raw(t.server.port, '/api/files/images/diagram.png', {
      headers: { host: `127.0.0.1:${t.server.port}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body).toBe('not really a png');
  });

  it("shows a note's relative image through the file route, so the browser can load it", async () => {
    const note = await getJson<ApiNote>(t, '/api/notes/Science/diagrams.md');
    const src = /<img src="([^"]+)"/.exec(note.json.html)?.[1];
    expect(src).toBe('/api/files/images/diagram.png');
    const res = await raw(t.server.port, src ?? '', { headers: { host: `127.0.0.1:${t.server.port}` } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('not really a png');
  });

  it.each([
    ['a plain ..', '/api/files/../secret.txt'],
    ['an encoded ..', '/api/files/%2e%2e/secret.txt'],
    ['an encoded .. and slash', '/api/files/images%2F%2E%2E%2F..%2Fsecret.txt'],
    ['an absolute path', '/api/files/%2Fetc%2Fpasswd'],
    ['a symlink leaving the vault', '/api/files/links/escape.txt'],
  ])('refuses %s', async (_name, path) => {
    const res = await raw(t.server.port, path, { headers: { host: `127.0.0.1:${t.server.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('outside the vault');
  });

  it('answers 404 for a missing file', async () => {
    const res = await raw(t.server.port, '/api/files/images/none.png', {
      headers: { host: `127.0.0.1:${t.server.port}` },
    });
    expect(res.status).toBe(404);
  });
});
