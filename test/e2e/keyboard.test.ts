import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiItemDetail, ApiNext } from '../../src/server/api-types.js';
import { startTestServer, type TestServer } from '../server/helpers.js';
import { describeWith } from '../system-tools.js';
import { chromiumTool, launchBrowser } from './browser.js';

// Study with the keyboard alone, on items answered by typing too (focus starts in the answer box there).
const here = dirname(fileURLToPath(import.meta.url));
let browser: BrowserContext;
let t: TestServer;
let page: Page;
let webRoot = '';

const next = () => page.evaluate(() => fetch('/api/next').then((r) => r.json()) as Promise<ApiNext>);
const typedBox = () => page.getByLabel('your answer');
const ratingsOf = (id: string) =>
  page.evaluate(
    (itemId) =>
      fetch(`/api/items/${encodeURIComponent(itemId)}`)
        .then((r) => r.json() as Promise<ApiItemDetail>)
        .then((detail) => detail.reviews.map((review) => review.rating)),
    id,
  );

/** Answers items by mouse until the current one is answered by typing. */
async function untilTypedItem(): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.locator('article.card').waitFor();
    if (await typedBox().isVisible()) return;
    const done = (await next()).progress.done;
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /Easy/ }).click();
    await page.locator('.progress', { hasText: `${done + 1} done` }).waitFor();
  }
  throw new Error('no typed-answer item in the queue');
}

describeWith(chromiumTool(), 'test/e2e/keyboard.test.ts')('studying with the keyboard', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    webRoot = await mkdtemp(join(tmpdir(), 'recollect-web-'));
    await build({
      configFile: join(here, '../../web/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot },
    });
    const root = await mkdtemp(join(tmpdir(), 'recollect-keys-'));
    await cp(join(here, 'vault'), join(root, 'vault'), { recursive: true });
    t = await startTestServer(join(root, 'vault'), { newPerDay: 100, webRoot });
    page = await browser.newPage();
    await page.goto(t.server.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('labels the letter keys so that o cannot be read as zero', async () => {
    await page.locator('article.card').waitFor();
    expect(await page.locator('.actions kbd').allTextContents()).toEqual(['o', 'u', 's']);
  });

  it('reveals a typed-answer item with Space and grades it with a number key', async () => {
    await untilTypedItem();
    const before = await next();
    await expect.poll(() => typedBox().evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press(' ');
    await page.getByRole('region', { name: 'answer' }).waitFor();
    expect(await page.locator('.answer').textContent()).toBe(before.card?.item.answer);
    await page.keyboard.press('3');
    await page.locator('.progress', { hasText: `${before.progress.done + 1} done` }).waitFor();
  });

  it('leaves the answer box with Esc, then shows the source with o and suspends with s', async () => {
    await untilTypedItem();
    const item = (await next()).card?.item;
    await typedBox().fill('not sure');
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    await page.getByRole('region', { name: 'source' }).waitFor();
    await page.keyboard.press('s');
    await page.locator('.notice', { hasText: 'Suspended' }).waitFor();
    expect((await next()).card?.item.id).not.toBe(item?.id);
  });

  it('grades with the button tabbed to, not with the suggested grade as well', async () => {
    await untilTypedItem();
    const item = (await next()).card?.item;
    if (!item) throw new Error('no item');
    await typedBox().fill(item.answer);
    await page.keyboard.press('Enter');
    await page.locator('.grade.suggested').waitFor();
    const again = page.getByRole('button', { name: /Again/ });
    for (let i = 0; i < 40 && !(await again.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await again.evaluate((b) => b === document.activeElement)).toBe(true);
    const done = (await next()).progress.done;
    await page.keyboard.press('Enter');
    await page.locator('.progress', { hasText: `${done + 1} done` }).waitFor();
    expect(await ratingsOf(item.id)).toEqual([1]);
  });

  it('goes on to the next item when another tab answered this one first, keeping the first answer', async () => {
    const other = await browser.newPage();
    await other.goto(t.server.url);
    await page.reload();
    const item = (await next()).card?.item;
    if (!item) throw new Error('no item');
    for (const tab of [page, other]) {
      await tab.locator('article.card h1.prompt', { hasText: item.prompt }).waitFor();
      await tab.getByRole('button', { name: /Show answer/ }).click();
    }
    await other.getByRole('button', { name: /Easy/ }).click();
    await other.locator('.progress .notice, article.card, .finished').first().waitFor();
    await page.getByRole('button', { name: /Hard/ }).click();
    await page.locator('.notice', { hasText: 'answered meanwhile' }).waitFor();
    await expect.poll(() => page.locator('h1.prompt').first().textContent()).not.toBe(item.prompt);
    expect(await ratingsOf(item.id)).toEqual([4]);
    await other.close();
  });

  it('reveals with Space after a button was clicked with the mouse, without pressing that button again', async () => {
    await page.goto(t.server.url);
    await page.locator('article.card').waitFor();
    await page.getByRole('button', { name: /Show source/ }).click();
    await page.getByRole('region', { name: 'source' }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('region', { name: 'answer' }).waitFor();
    expect(await page.getByRole('region', { name: 'source' }).count()).toBe(1);
  });

  it('sends an answer kept while the network was down once, even when the server is slow to reply', async () => {
    await page.goto(t.server.url);
    await page.locator('article.card').waitFor();
    const item = (await next()).card?.item;
    if (!item) throw new Error('no item');
    await page.getByRole('button', { name: /Show answer/ }).click();
    let calls = 0;
    await page.route('**/api/answer', async (route) => {
      calls++;
      // The first try finds no network; the next reaches the server, whose reply takes longer than a retry period.
      if (calls === 1) return route.abort('internetdisconnected');
      await new Promise((resolve) => setTimeout(resolve, 4000));
      return route.continue();
    });
    await page.getByRole('button', { name: /Good/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('recollect is not answering');
    await page
      .locator('.notice', { hasText: 'Saved your answer: recollect is answering again.' })
      .waitFor({ timeout: 20_000 });
    expect(calls).toBe(2);
    expect(await ratingsOf(item.id)).toEqual([3]);
    await page.unroute('**/api/answer');
  }, 40_000);
});
