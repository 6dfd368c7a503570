import { rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiItem,
  ApiItemDetail,
  ApiNext,
  ApiNoteSummary,
  ApiStats,
  ApiTimelineEvent,
} from '../../src/server/api-types.js';
import { startServer } from '../../src/server/index.js';
import { createStudyService } from '../../src/study/create-service.js';
import { getJson, makeVault, postJson, raw, startTestServer, type TestServer } from './helpers.js';

const CANALS = `# Canals

- **1761** - The **Bridgewater Canal** opened, carrying coal to Manchester
- **1777** - The **Trent and Mersey Canal** was finished, linking two great rivers
- **1794** - Parliament approved a record number of canal schemes, a time called **canal mania**
`;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer(await makeVault({ 'History/canals.md': CANALS }));
});
afterAll(() => t.close());

describe('the study API', () => {
  it('gives the next item with its intervals, source and progress', async () => {
    const { status, json } = await getJson<ApiNext>(t, '/api/next');
    expect(status).toBe(200);
    expect(json.card?.item.id).toMatch(/^[0-9a-f]{16}$/);
    expect(json.card?.item.phase).toBe('new');
    expect(json.card?.item.context).toEqual(['Canals']);
    expect(Object.keys(json.card?.intervals ?? {})).toEqual(['again', 'hard', 'good', 'easy']);
    expect(json.card?.source?.path).toBe('History/canals.md');
    expect(json.card?.source?.obsidianUrl).toMatch(/^obsidian:\/\/open\?vault=vault&file=History%2Fcanals$/);
    expect(json.progress.done).toBe(0);
  });

  it('checks a typed answer, records the answer, and undoes it', async () => {
    const next = (await getJson<{ items: ApiItem[] }>(t, '/api/items?kind=date')).json.items[0]!;
    const check = JSON.parse((await postJson(t, '/api/check', { itemId: next.id, typed: next.answer })).body);
    expect(check).toMatchObject({ verdict: 'correct', suggestedRating: 3 });

    const answered = await postJson(t, '/api/answer', {
      itemId: next.id,
      rating: 4,
      durationMs: 1200,
      cardVersion: 'new',
    });
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).progress.done).toBe(1);
    const detail = (await getJson<ApiItemDetail>(t, `/api/items/${next.id}`)).json;
    expect(detail.reviews.map((r) => [r.rating, r.durationMs])).toEqual([[4, 1200]]);

    const undone = JSON.parse((await postJson(t, '/api/undo', {})).body);
    expect(undone.undone).toBe(next.id);
    expect(undone.progress.done).toBe(0);
    expect((await getJson<ApiItemDetail>(t, `/api/items/${next.id}`)).json.reviews).toEqual([]);
  });

  it.each([
    ['a rating of 5', { rating: 5 }, /rating/],
    ['a rating given as text', { rating: '3' }, /rating/],
    ['an id that is not hex', { itemId: 'DROP TABLE', rating: 3 }, /hex/],
  ])('rejects %s with 400 and a JSON message', async (_name, patch, message) => {
    const next = (await getJson<ApiNext>(t, '/api/next')).json.card!.item;
    const res = await postJson(t, '/api/answer', { itemId: next.id, ...patch });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(message);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await raw(t.server.port, '/api/answer', {
      method: 'POST',
      headers: { host: `127.0.0.1:${t.server.port}`, 'x-recollect-token': t.server.token, origin: t.origin },
      body: 'rating=3',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'the request body must be JSON' });
  });

  it('answers 404 for an unknown item', async () => {
    const res = await getJson<{ error: string }>(t, '/api/items/0123456789abcdef');
    expect(res.status).toBe(404);
    expect(res.json.error).toBe('no item 0123456789abcdef');
  });

  it('suspends and unsuspends an item', async () => {
    const next = (await getJson<ApiNext>(t, '/api/next')).json.card!.item;
    expect((await postJson(t, `/api/items/${next.id}/state`, { state: 'suspended' })).status).toBe(200);
    const suspended = await getJson<{ items: ApiItem[] }>(t, '/api/items?state=suspended');
    expect(suspended.json.items.map((i) => i.id)).toEqual([next.id]);
    expect((await postJson(t, `/api/items/${next.id}/state`, { state: 'retired' })).status).toBe(400);
    await postJson(t, `/api/items/${next.id}/state`, { state: 'active' });
    expect((await getJson<{ total: number }>(t, '/api/items?state=suspended')).json.total).toBe(0);
  });
});

describe('the browsing API', () => {
  it('filters items by kind and by words of the prompt or answer', async () => {
    const dates = (await getJson<{ items: ApiItem[] }>(t, '/api/items?kind=date')).json.items;
    expect(dates.map((i) => i.answer).sort()).toEqual(['1761', '1777', '1794']);
    const bridgewater = (await getJson<{ items: ApiItem[] }>(t, '/api/items?q=bridgewater%20coal')).json
      .items;
    expect(bridgewater.length).toBeGreaterThan(0);
    expect(bridgewater.every((i) => `${i.prompt} ${i.answer}`.includes('Bridgewater'))).toBe(true);
    expect((await getJson(t, '/api/items?kind=poem')).status).toBe(400);
  });

  it('lists notes with titles, item counts and mastery', async () => {
    const { json } = await getJson<{ notes: ApiNoteSummary[] }>(t, '/api/notes');
    expect(json.notes).toHaveLength(1);
    expect(json.notes[0]).toMatchObject({ path: 'History/canals.md', title: 'Canals', mastery: 0 });
    expect(json.notes[0]!.items).toBeGreaterThan(3);
  });

  it('gives the timeline in date order, grouped by decade', async () => {
    const { json } = await getJson<{ events: ApiTimelineEvent[] }>(t, '/api/timeline');
    expect(json.events.map((e) => [e.date, e.decade])).toEqual([
      ['1761', '1760s'],
      ['1777', '1770s'],
      ['1794', '1790s'],
    ]);
    expect((await getJson<{ events: unknown[] }>(t, '/api/timeline?note=other.md')).json.events).toEqual([]);
  });

  it('gives stats with counts by kind and a 26-week heatmap', async () => {
    const { json } = await getJson<ApiStats>(t, '/api/stats');
    expect(json.countsByKind.date).toBe(3);
    expect(json.heatmap).toHaveLength(182);
    expect(json.heatmap.at(-1)?.day).toBe(json.today);
    expect(json.noteTitles).toEqual({ 'History/canals.md': 'Canals' });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await getJson<{ error: string }>(t, '/api/nothing');
    expect(res).toEqual({ status: 404, json: { error: 'no API route /api/nothing' } });
  });
});

describe('live updates', () => {
  it('rescans when a note is saved and tells open pages over /api/events', async () => {
    const live = await startTestServer(await makeVault({ 'canals.md': CANALS }), { watch: true });
    try {
      const controller = new AbortController();
      const response = await fetch(`${live.base}/api/events`, { signal: controller.signal });
      const reader = response.body!.getReader();
      await reader.read(); // the `connected` comment
      await writeFile(
        join(live.vault, 'canals.md'),
        `${CANALS}- **1805** - The **Grand Junction Canal** opened\n`,
      );
      let text = '';
      while (!text.includes('vault-changed')) text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      expect(text).toMatch(/"paths":\["canals.md"\]/);
      const events = (await getJson<{ events: ApiTimelineEvent[] }>(live, '/api/timeline')).json.events;
      expect(events.map((e) => e.date)).toEqual(['1761', '1777', '1794', '1805']);
    } finally {
      await live.close();
    }
  });
});

describe('the timeline comes from the study store', () => {
  it('changes with a scan of the store alone, and not with a note edited on disk and not scanned', async () => {
    const vault = await makeVault({ 'canals.md': CANALS });
    const service = await createStudyService({ vault, dataDir: join(dirname(vault), 'data') });
    const server = await startServer({ service, vault, port: 0, watch: false });
    const page = { server, vault, base: '', origin: '', close: async () => undefined };
    const dates = async () =>
      (await getJson<{ events: ApiTimelineEvent[] }>(page, '/api/timeline')).json.events.map((e) => e.date);
    try {
      expect(await dates()).toEqual(['1761', '1777', '1794']);
      await writeFile(
        join(vault, 'canals.md'),
        `${CANALS}- **1805** - The **Grand Junction Canal** opened\n`,
      );
      // Not scanned yet: the request reads the store, it does not build the note again.
      expect(await dates()).toEqual(['1761', '1777', '1794']);
      // Scanned into the store directly (the server's own view of the files is not refreshed): the timeline follows.
      await service.scan(new Date());
      expect(await dates()).toEqual(['1761', '1777', '1794', '1805']);
    } finally {
      await server.close();
      await service.close();
      await rm(dirname(vault), { recursive: true, force: true });
    }
  });
});

describe('two answers to the same card at once', () => {
  it('records the first and refuses the second with 409', async () => {
    const next = (await getJson<ApiNext>(t, '/api/next')).json.card!;
    const body = { itemId: next.item.id, rating: 3, cardVersion: next.cardVersion };
    const [a, b] = await Promise.all([postJson(t, '/api/answer', body), postJson(t, '/api/answer', body)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(JSON.parse(refused.body).error).toBe(
      'this item was answered meanwhile (twice, or in another window or session); the first answer stands',
    );
    const detail = (await getJson<ApiItemDetail>(t, `/api/items/${next.item.id}`)).json;
    expect(detail.reviews).toHaveLength(1);
    await postJson(t, '/api/undo', {});
  });

  it('refuses an answer that does not say which card state it answers', async () => {
    const next = (await getJson<ApiNext>(t, '/api/next')).json.card!;
    const res = await postJson(t, '/api/answer', { itemId: next.item.id, rating: 3 });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(/cardVersion/);
  });
});
