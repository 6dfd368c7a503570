import { appendFile, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiItem, ApiNext } from '../../src/server/api-types.js';
import { startTestServer, type TestServer } from '../server/helpers.js';
import { describeWith } from '../system-tools.js';
import { chromiumTool, launchBrowser } from './browser.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, '../../test-artifacts/screenshots');

let t: TestServer;
let browser: BrowserContext;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function setUp(): Promise<void> {
  browser = await launchBrowser();
  const webRoot = await mkdtemp(join(tmpdir(), 'recollect-web-'));
  await build({
    configFile: join(here, '../../web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot },
  });
  const root = await mkdtemp(join(tmpdir(), 'recollect-e2e-'));
  const vault = join(root, 'vault');
  await cp(join(here, 'vault'), vault, { recursive: true });
  t = await startTestServer(vault, { watch: true, newPerDay: 100, webRoot });
  await mkdir(SHOTS, { recursive: true });
  page = await browser.newPage();
  await page.goto(t.server.url);
}

async function tearDown(): Promise<void> {
  await browser?.close();
  await t?.close();
}

async function currentItem(): Promise<ApiItem> {
  const next = await page.evaluate(() => fetch('/api/next').then((r) => r.json()) as Promise<ApiNext>);
  return next.card!.item;
}

async function answerCurrent(item: ApiItem): Promise<void> {
  if (item.kind === 'choice') {
    await page.keyboard.press(String(item.choices!.indexOf(item.answer) + 1));
    await expect.poll(() => page.locator('.verdict').textContent()).toBe('Correct');
  } else if (item.kind === 'order') {
    for (const event of item.choices!) await page.getByRole('button', { name: event }).click();
    await expect.poll(() => page.locator('.verdict').textContent()).toBe('Correct');
  } else if (item.kind === 'argument') {
    await page.getByLabel('your argument').fill(item.answer);
    await page.getByRole('button', { name: 'Compare with the model' }).click();
    await page.locator('.checklist .covered').first().waitFor();
    await shot('study-argument-revealed');
  } else if (await page.getByLabel('your answer').isVisible()) {
    await page.getByLabel('your answer').fill(item.answer);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.verdict').textContent()).toBe('Correct');
    await page
      .locator('.verdict')
      .focus()
      .catch(() => {});
  } else {
    await page.keyboard.press(' ');
  }
}

async function gradeEasy(doneBefore: number): Promise<void> {
  // Typed answers leave focus in the input, where digits are text: grade with the button instead.
  await page.getByRole('button', { name: /Easy/ }).click();
  await page.locator('.progress', { hasText: `${doneBefore + 1} done` }).waitFor();
}

describeWith(chromiumTool(), 'test/e2e/web.test.ts')('the web app in chromium', () => {
  beforeAll(setUp, 60_000);
  afterAll(tearDown);

  it('studies a session of every item kind to the finished screen, with undo', async () => {
    await page.locator('article.card').waitFor();
    await shot('study-prompt');
    const seen = new Set<string>();
    const first = await currentItem();
    await answerCurrent(first);
    await gradeEasy(0);
    await page.keyboard.press('u');
    await page.locator('.progress', { hasText: '0 done' }).waitFor();
    expect((await currentItem()).id).toBe(first.id);

    let answered = 0;
    for (let done = 0; done < 80; done++) {
      if (await page.locator('.finished').isVisible()) break;
      answered = done + 1;
      const item = await currentItem();
      seen.add(item.kind);
      await answerCurrent(item);
      if (done === 0) await shot('study-revealed');
      await gradeEasy(done);
    }
    await page.locator('.finished').waitFor();
    await shot('study-finished');
    expect([...seen].sort()).toEqual(['argument', 'choice', 'cloze', 'date', 'order', 'qa', 'reverse']);
    // Siblings of an answered fact wait for another day, so the session has fewer answers than the vault has items.
    expect(answered).toBeGreaterThan(10);
    expect(await page.locator('.progress').textContent()).toBe(`${answered} done · 0 remaining`);
  }, 120_000);

  it('browses and filters items and opens one with its history', async () => {
    await page.goto(`${t.base}/#/browse`);
    await page.getByLabel('kind').selectOption('date');
    await page.locator('.count', { hasText: '6 items' }).waitFor();
    await page.getByLabel('search').fill('rocket');
    await page.locator('.count', { hasText: '1 item' }).waitFor();
    await shot('browse');
    await page.locator('.item-row a').first().click();
    await page.locator('.history tbody tr').first().waitFor();
    expect(await page.locator('.history tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Suspend' }).click();
    await page.getByRole('button', { name: 'Unsuspend' }).waitFor();
    await shot('item-detail');
  });

  it('shows each fact once in Browse, its sibling items folded under it', async () => {
    await page.goto(`${t.base}/#/browse`);
    await page.locator('.count', { hasText: 'facts' }).waitFor();
    const count = (await page.locator('.count').textContent()) ?? '';
    const [, items, facts] = /(\d+) items.*from (\d+) facts/.exec(count) ?? [];
    expect(Number(facts)).toBeLessThan(Number(items));
    expect(await page.locator('.items > .fact-row').count()).toBe(Number(facts));
    const folded = page.locator('details.siblings').first();
    expect(await folded.locator('.item-row').first().isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.locator('.item-row').first().isVisible()).toBe(true);
    await shot('browse-grouped');
  });

  it('lists notes by title with their folder, not their file path', async () => {
    await page.goto(`${t.base}/#/notes`);
    await page.getByRole('link', { name: 'Railways in Britain' }).waitFor();
    const rows = await page.locator('.note-list li').allTextContents();
    expect(rows.length).toBe(3);
    expect(rows.filter((row) => row.includes('.md'))).toEqual([]);
    expect(rows.find((row) => row.startsWith('Railways in Britain'))).toMatch(
      /History · \d+ items · \d+% mastered/,
    );
    await shot('notes');
  });

  it('opens a note with its items and mastery', async () => {
    await page.goto(`${t.base}/#/notes`);
    await page.getByRole('link', { name: 'Railways in Britain' }).click();
    await page.locator('.note-body h1', { hasText: 'Railways in Britain' }).waitFor();
    // Facts are marked once the note's items have loaded, after the note's text.
    await page.locator('.note-body .fact').first().waitFor();
    expect(await page.locator('.items .item-row').count()).toBeGreaterThan(10);
    expect(await page.locator('.note-body .fact').count()).toBeGreaterThan(5);
    await shot('note');
    await page.locator('.note-body li.fact', { hasText: 'track gauge' }).click();
    await page.locator('.note-body .fact-chosen').waitFor();
    const chosen = await page.locator('.item-row.chosen').allTextContents();
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((text) => /gauge|4 feet 8\.5 inches/.test(text))).toBe(true);
    await shot('note-fact-chosen');
  });

  it('shows the timeline grouped by decade, filterable by note and by tag', async () => {
    await page.goto(`${t.base}/#/timeline`);
    await page.locator('.decade h2', { hasText: '1820s' }).waitFor();
    expect(await page.locator('.decade h2').allTextContents()).toEqual([
      '1820s',
      '1830s',
      '1840s',
      '1850s',
      '1860s',
    ]);
    await shot('timeline');
    await page.getByLabel('tag').selectOption('communication');
    await page.locator('.decade h2', { hasText: '1820s' }).waitFor({ state: 'detached' });
    expect(await page.locator('.events .event-text').allTextContents()).toEqual([
      'A telegraph cable under the Channel linked Britain and France',
    ]);
    await shot('timeline-tag');
    await page.getByLabel('tag').selectOption('transport');
    await page.locator('.decade h2', { hasText: '1820s' }).waitFor();
    expect(await page.locator('.decade h2').allTextContents()).not.toContain('1850s');
    await page.getByLabel('note').selectOption('History/telegraph.md');
    await page.locator('p.muted', { hasText: 'No dated events.' }).waitFor();
    expect(page.url()).toContain('note=History%2Ftelegraph.md&tag=transport');
  });

  it('drills the order of three ticked timeline events, showing the right order after', async () => {
    await page.goto(`${t.base}/#/timeline?tag=transport`);
    await page.locator('.events .event-text').first().waitFor();
    const texts = (await page.locator('.events .event-text').allTextContents()).slice(0, 3);
    for (const text of texts) await page.getByLabel(`select ${text}`).check();
    await page.locator('.selection-bar', { hasText: '3 ticked' }).waitFor();
    await page.getByRole('button', { name: 'Order drill' }).click();
    await page.locator('.drill .choices button').first().waitFor();
    expect((await page.locator('.drill .choices button').allTextContents()).length).toBe(3);
    await shot('timeline-drill');
    // Latest first is as wrong as it gets: three swaps.
    for (const text of [...texts].reverse())
      await page.locator('.drill .choices button', { hasText: text }).click();
    await page.locator('.verdict', { hasText: 'Not yet' }).waitFor();
    expect(await page.locator('.drill-answer .event-text').allTextContents()).toEqual(texts);
    // Keys pressed the moment the new round is on the page count: click "Try again" and press the keys in
    // the same task, once the page has rendered the round (no frame or timer in between).
    const pressed = await page.evaluate(async (order) => {
      const again = Array.from(document.querySelectorAll('button')).find(
        (b) => b.textContent === 'Try again',
      );
      again?.click();
      for (let i = 0; i < 20 && !document.querySelector('.drill .choices button'); i++)
        await Promise.resolve();
      const shown = Array.from(document.querySelectorAll('.drill .choices button')).map(
        (b) => b.textContent ?? '',
      );
      for (const text of order) {
        const key = String(shown.findIndex((label) => label.includes(text)) + 1);
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      }
      return shown.length;
    }, texts);
    expect(pressed).toBe(3);
    await page.locator('.verdict', { hasText: 'Correct' }).waitFor({ timeout: 5000 });
    expect(await page.locator('.drill-answer li.placed').count()).toBe(3);
    await shot('timeline-drill-result');
    await page.getByRole('button', { name: 'Back to the timeline' }).click();
    await page.locator('.selection-bar', { hasText: '3 ticked' }).waitFor();
  });

  it('follows an address changed the moment the page has started', async () => {
    const fresh = await browser.newPage();
    try {
      // As soon as the app has rendered, before the first paint: listeners attached after it would miss it.
      await fresh.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.querySelector('nav.top')) return;
          seen.disconnect();
          location.hash = '#/timeline';
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await fresh.goto(t.server.url);
      await fresh.locator('h1', { hasText: 'Timeline' }).waitFor({ timeout: 5000 });
      expect(await fresh.locator('nav a[aria-current="page"]').textContent()).toBe('Timeline');
    } finally {
      await fresh.close();
    }
  });

  it('shows argument prompts with the answer typed during study', async () => {
    await page.goto(`${t.base}/#/arguments`);
    await page.getByText('Your past answers (1)').click();
    await page.locator('blockquote').waitFor();
    await shot('arguments');
  });

  it('shows stats with today in the heatmap and a forecast', async () => {
    await page.goto(`${t.base}/#/stats`);
    await page.locator('.heatmap .l4').waitFor();
    expect(await page.locator('.forecast .bar').count()).toBe(30);
    // Axes and legends: months over the weeks, weekdays beside them, counts and dates on the forecast.
    expect((await page.locator('.heat-months span').allTextContents()).length).toBeGreaterThanOrEqual(6);
    expect((await page.locator('.heat-weekdays span').allTextContents()).filter(Boolean)).toEqual([
      'M',
      'W',
      'F',
    ]);
    // The latest week (today) is in view on a phone-sized page, not scrolled off.
    const today = await page.locator('.heatmap .cell').last().boundingBox();
    expect((today?.x ?? Number.POSITIVE_INFINITY) + (today?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await page.locator('.heat-chart .legend').textContent()).toMatch(/Reviews per day · less\s*more/);
    const scale = await page.locator('.forecast-scale span').allTextContents();
    expect(scale.at(-1)).toBe('0');
    expect(Number(scale[0])).toBeGreaterThan(0);
    expect((await page.locator('.forecast-dates span').allTextContents())[0]).toBe('today');
    await shot('stats');
  });

  it('updates an open note page when the note file is saved', async () => {
    await page.goto(`${t.base}/#/note/Science/magnets.md`);
    await page.locator('.note-body h1', { hasText: 'Magnets' }).waitFor();
    await appendFile(
      join(t.vault, 'Science/magnets.md'),
      '- A **lodestone** is a naturally magnetised rock\n',
    );
    await page.locator('.note-body', { hasText: 'lodestone' }).waitFor({ timeout: 10_000 });
    await page.locator('.item-row', { hasText: 'lodestone' }).first().waitFor({ timeout: 10_000 });
    await shot('note-after-edit');
  });

  it('opens notes whose file names hold "%" or "?", and survives a malformed address', async () => {
    await mkdir(join(t.vault, 'Odd'), { recursive: true });
    await writeFile(
      join(t.vault, 'Odd/100% sure.md'),
      '# Percent facts\n\n- The **Suez Canal** opened in 1869\n',
    );
    await writeFile(
      join(t.vault, 'Odd/Why? questions.md'),
      '# Why facts\n\n- The **Kiel Canal** opened in 1895\n',
    );
    await page.goto(`${t.base}/#/notes`);
    for (const [title, text] of [
      ['Percent facts', 'Suez Canal'],
      ['Why facts', 'Kiel Canal'],
    ] as const) {
      await page.goto(`${t.base}/#/notes`);
      await page.getByRole('link', { name: title }).click({ timeout: 10_000 });
      await page.locator('.note-body', { hasText: text }).waitFor();
    }
    await page.goto(`${t.base}/#/note/Odd/100%%20sure.md`);
    await page.locator('nav.top').waitFor();
    expect(await page.locator('#app').evaluate((app) => app.children.length)).toBeGreaterThan(0);
  });
});
