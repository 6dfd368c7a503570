import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { createStudyService } from '../../src/study/create-service.js';
import type { StudyService } from '../../src/study/service.js';
import { describeWith } from '../system-tools.js';
import { chromiumTool, launchBrowser } from './browser.js';

// A tab left open while `recollect serve` restarts (new launch, new token) must not lose the answer given in it.
const here = dirname(fileURLToPath(import.meta.url));
let browser: BrowserContext;
let root = '';
let webRoot = '';
let vault = '';
let running: { server: RunningServer; service: StudyService } | undefined;

async function launch(port: number, token?: string): Promise<RunningServer> {
  const service = await createStudyService({
    vault,
    dataDir: join(root, 'data'),
    settings: { newPerDay: 100 },
  });
  const server = await startServer({
    service,
    vault,
    port,
    watch: false,
    webRoot,
    ...(token ? { token } : {}),
  });
  running = { server, service };
  return server;
}

async function stop(): Promise<void> {
  await running?.server.close();
  await running?.service.close();
  running = undefined;
}

describeWith(chromiumTool(), 'test/e2e/restart.test.ts')('a page open across a restart of the server', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    root = await mkdtemp(join(tmpdir(), 'recollect-restart-'));
    webRoot = join(root, 'web');
    await build({
      configFile: join(here, '../../web/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot },
    });
    vault = join(root, 'vault');
    await cp(join(here, 'vault'), vault, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stop();
    await rm(root, { recursive: true, force: true });
  });

  it('keeps an answer refused after the restart, says to open the new link, and saves it from there', async () => {
    const first = await launch(0);
    const port = first.port;
    const page = await browser.newPage();
    await page.goto(first.url);
    const prompt = await page.locator('h1.prompt').textContent();
    await page.getByRole('button', { name: /Show answer/ }).click();

    // The server restarts on the same port with a new token while the answer is on screen.
    await stop();
    const second = await launch(port);
    expect(second.token).not.toBe(first.token);
    await page.getByRole('button', { name: /Good/ }).click();

    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('recollect was restarted');
    expect(await notice.textContent()).toContain('Your answer (Good) is kept');
    expect(await page.locator('h1.prompt').textContent()).toBe(prompt);
    expect(await running?.service.reviews()).toEqual([]);

    await page.goto(second.url);
    await page.locator('.notice', { hasText: 'Saved your answer from before the restart.' }).waitFor();
    const reviews = (await running?.service.reviews()) ?? [];
    expect(reviews.map((review) => review.rating)).toEqual([3]);
    expect(await page.evaluate(() => localStorage.getItem('recollect-pending-answer'))).toBeNull();
    await page.close();
  });

  it('keeps an answer given while the server is down and saves it once the server answers again', async () => {
    const first = await launch(0);
    const page = await browser.newPage();
    await page.goto(first.url);
    const before = ((await running?.service.reviews()) ?? []).length;
    await page.getByRole('button', { name: /Show answer/ }).click();

    await stop();
    await page.getByRole('button', { name: /Easy/ }).click();
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('recollect is not answering');
    expect(await notice.textContent()).toContain('Your answer (Easy) is kept');
    expect(await page.evaluate(() => localStorage.getItem('recollect-pending-answer'))).not.toBeNull();

    // The same launch comes back (the network returned): the page sends the answer by itself.
    await launch(first.port, first.token);
    await page
      .locator('.notice', { hasText: 'Saved your answer: recollect is answering again.' })
      .waitFor({ timeout: 15_000 });
    const reviews = (await running?.service.reviews()) ?? [];
    expect(reviews.length).toBe(before + 1);
    expect(reviews.at(-1)?.rating).toBe(4);
    expect(await page.evaluate(() => localStorage.getItem('recollect-pending-answer'))).toBeNull();
    await page.close();
  });
});
