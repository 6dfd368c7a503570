import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiNote, ApiTimeline } from '../../src/server/api-types.js';
import { renderLines, renderMarkdown } from '../../src/server/render.js';
import { getJson, makeVault, startTestServer, type TestServer } from './helpers.js';

// Line 1-3 frontmatter, 4 title, 6-7 a comment, 8-9 the events.
const TRAMS = `---
tags: [transport, cities]
---
# Trams

%% a private reminder
over two lines %%
- **1860** - The first street tramway in Britain opened in **Birkenhead**
- **1885** - **Blackpool** opened an electric tramway on its promenade
`;

const PAINTERS = `# Painters #art

- **1851** - **Turner** died in London
`;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer(await makeVault({ 'trams.md': TRAMS, 'painters.md': PAINTERS }));
});
afterAll(() => t.close());

describe('rendered note lines', () => {
  it('give each block the note lines it came from, counting frontmatter and comments', () => {
    const html = renderMarkdown(TRAMS);
    expect(html).toContain('<h1 data-line="4" data-end-line="4">Trams</h1>');
    expect(html).toContain('<li data-line="8" data-end-line="8">');
    expect(html).toContain('<li data-line="9" data-end-line="9">');
    expect(html).not.toContain('private reminder');
  });

  it('number the lines of a rendered excerpt as lines of the whole note', () => {
    expect(renderLines(TRAMS, 9, 9)).toContain('<li data-line="9" data-end-line="9">');
  });

  it('reach the note page, whose items point into the highlighted lines', async () => {
    const { json } = await getJson<ApiNote>(t, '/api/notes/trams.md');
    const lines = [...json.html.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([4, 8, 8, 9]);
    expect(json.itemList.length).toBeGreaterThan(0);
    expect(json.itemList.every((item) => [8, 9].includes(item.source.line))).toBe(true);
  });
});

describe('the timeline filters', () => {
  it('carry the tags of each event note and list every tag', async () => {
    const { json } = await getJson<ApiTimeline>(t, '/api/timeline');
    expect(json.events.map((e) => [e.date, e.tags])).toEqual([
      ['1851', ['art']],
      ['1860', ['cities', 'transport']],
      ['1885', ['cities', 'transport']],
    ]);
    expect(json.tags).toEqual(['art', 'cities', 'transport']);
  });

  it('keep only the events of a tag, with or without its #', async () => {
    const byTag = (await getJson<ApiTimeline>(t, '/api/timeline?tag=transport')).json;
    expect(byTag.events.map((e) => e.date)).toEqual(['1860', '1885']);
    expect(byTag.tags).toEqual(['art', 'cities', 'transport']);
    const hashed = (await getJson<ApiTimeline>(t, '/api/timeline?tag=%23art')).json;
    expect(hashed.events.map((e) => e.date)).toEqual(['1851']);
    const both = (await getJson<ApiTimeline>(t, '/api/timeline?tag=art&note=trams.md')).json;
    expect(both.events).toEqual([]);
  });
});
