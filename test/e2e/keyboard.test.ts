import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiNext } from '../../src/server/api-types.js';
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
});
