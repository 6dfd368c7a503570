/**
 * The class server's pages in chromium, phone-sized (390x844): a teacher signs in with the one-time link,
 * chooses a password, creates a class and publishes a small vault (test/e2e/class-vault); two students join
 * with the invite link and study; the teacher sees each one's reviews, the most-failed item and the CSV
 * download. Real embedded PostgreSQL, real HTTP on loopback, the real built app. Screenshots go to
 * test-artifacts/class-server/.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addTeacher } from '../../src/class-server/accounts.js';
import { publishNotes } from '../../src/class-server/client.js';
import { type RunningClassServer, startClassServer } from '../../src/class-server/start.js';
import { scanVault } from '../../src/vault/index.js';
import { Client, PASSWORD } from '../class-server/helpers.js';
import { usePostgres } from '../helpers/postgres.js';
import { describeWith } from '../system-tools.js';
import { chromiumTool, launchSharedBrowser } from './browser.js';
import { dashboardClass } from './dashboard-history.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, '../../test-artifacts/class-server');
const PHONE = { width: 390, height: 844 };
const CLASS = 'Biology 7B';
const COLD_WAR = `# The Early Cold War

## Harry Truman
- Announced the **Truman Doctrine** on March 12th, 1947

## The Marshall Plan
- In 1948, Congress passed the **Marshall Plan**, giving over $12 billion of aid to Western Europe
`;

const pg = usePostgres();
let server: RunningClassServer;
let browser: Browser;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

beforeAll(async () => {
  const webRoot = await mkdtemp(join(tmpdir(), 'recollect-class-web-'));
  await build({
    configFile: join(here, '../../web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot },
  });
  server = await startClassServer({ connection: pg.connection(), port: 0, webRoot });
  await mkdir(SHOTS, { recursive: true });
  browser = await launchSharedBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows the answer and rates the card on screen; waits until the page counts it. */
async function rate(
  page: Page,
  grade: 'Again' | 'Hard' | 'Good' | 'Easy',
  doneBefore: number,
): Promise<void> {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.locator('.revealed .answer').waitFor();
  await page.getByRole('button', { name: new RegExp(grade) }).click();
  await page.locator('.progress', { hasText: `${doneBefore + 1} done` }).waitFor();
}

/** A student opens the invite link, joins, and rates `grades` in turn. */
async function joinAndStudy(
  invite: string,
  who: { email: string; name: string; shots: string },
  grades: readonly ('Again' | 'Good' | 'Easy')[],
): Promise<{ page: Page; firstPrompt: string }> {
  const page = await newPage();
  await page.goto(invite);
  await page.getByRole('heading', { name: 'Join the class' }).waitFor();
  // The invite token leaves the address bar at once.
  expect(page.url()).not.toContain('join=');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Password').fill(PASSWORD);
  await shot(page, `${who.shots}-1-join`);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/\/classes\/[^/]+\/study$/);
  await page.locator('.progress', { hasText: '0 done' }).waitFor();
  await expect.poll(() => page.locator('.class-name').textContent()).toBe(CLASS);
  await shot(page, `${who.shots}-2-question`);
  const firstPrompt = (await page.locator('.prompt').textContent()) ?? '';
  for (const [index, grade] of grades.entries()) {
    if (index === 0) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.locator('.revealed .answer').waitFor();
      await shot(page, `${who.shots}-3-answer`);
      await page.getByRole('button', { name: new RegExp(grade) }).click();
      await page.locator('.progress', { hasText: '1 done' }).waitFor();
    } else await rate(page, grade, index);
  }
  await shot(page, `${who.shots}-4-after`);
  return { page, firstPrompt };
}

describeWith(chromiumTool(), 'test/e2e/class-server.test.ts')('the class server in chromium', () => {
  it('a teacher publishes, two students join and study on a phone, the teacher sees their progress', async () => {
    // The teacher: one-time link, then a password.
    const { token } = await addTeacher(server.context.db, 'teacher@school.example', new Date());
    const teacher = await newPage();
    await teacher.goto(`${server.url}/#sign-in=${token}`);
    await teacher.getByRole('heading', { name: /Welcome/ }).waitFor();
    expect(teacher.url()).not.toContain('sign-in=');
    await teacher.getByLabel('Password').fill(PASSWORD);
    await shot(teacher, 'teacher-1-password');
    await teacher.getByRole('button', { name: 'Save the password' }).click();
    await teacher.waitForURL(/\/classes$/);
    await teacher.getByText('No classes yet').waitFor();
    await teacher.getByLabel('Name').fill(CLASS);
    await teacher.getByRole('button', { name: 'Create the class' }).click();
    await teacher.waitForURL(/\/classes\/[^/]+\/teach$/);
    const invite = await teacher.getByRole('textbox', { name: 'invite link' }).inputValue();
    expect(invite).toMatch(new RegExp(`^${server.url}/#join=[A-Za-z0-9_-]{43}$`));
    await teacher.getByText('No one has joined yet.').waitFor();
    await shot(teacher, 'teacher-2-new-class');

    // Publishing, as `recollect publish` does, with a publish token the teacher's session makes (CSRF and all).
    const publishToken = await teacher.evaluate(async () => {
      const { csrf } = (await (await fetch('/api/me')).json()) as { csrf: string };
      const reply = await fetch('/api/publish-tokens', { method: 'POST', headers: { 'x-csrf-token': csrf } });
      return ((await reply.json()) as { token: string }).token;
    });
    const { files } = await scanVault(join(here, 'class-vault'));
    const report = await publishNotes({
      server: server.url,
      token: publishToken,
      className: CLASS,
      notes: files.map((f) => ({ path: f.path, text: f.text })),
    });
    expect(report.notes).toBe(2);
    expect(report.items).toBe(7);

    // Two students on their phones.
    const { page: ada } = await joinAndStudy(
      invite,
      { email: 'ada@pupil.example', name: 'Ada Lovelace', shots: 'student-ada' },
      ['Good', 'Good', 'Easy'],
    );
    const { firstPrompt: boFailed } = await joinAndStudy(
      invite,
      { email: 'bo@pupil.example', name: 'Bo Chen', shots: 'student-bo' },
      ['Again', 'Good'],
    );
    await expect.poll(() => ada.locator('.progress').textContent()).toMatch(/^3 done · \d+ remaining$/);

    // A student is refused the teacher's page, by the server, before any app code runs.
    const teachPath = new URL(teacher.url()).pathname;
    const refused = await ada.goto(`${server.url}${teachPath}`);
    expect(refused?.status()).toBe(403);
    await ada.getByRole('heading', { name: 'Not for you' }).waitFor();
    await shot(ada, 'student-ada-5-refused-teach-page');

    // The teacher's page now shows both students with their reviews.
    await teacher.reload();
    await teacher.getByRole('heading', { name: /Students \(2\)/ }).waitFor();
    const rows = teacher.locator('.student');
    const summary = async () =>
      (await rows.allTextContents()).map((text) => text.replace(/last review.*$/, '').trim()).sort();
    expect(await summary()).toEqual([
      'Ada Lovelaceada@pupil.examplebehind0due now0reviews3',
      // Bo's "Again" is due again within minutes, not now: due now counts only reviews due at this moment.
      'Bo Chenbo@pupil.examplebehind0due now0reviews2',
    ]);
    expect(await rows.filter({ hasText: 'never' }).count()).toBe(0);
    // Bo's one Again is the class's one failed item.
    const failed = teacher.locator('.failed');
    expect(await failed.count()).toBe(1);
    expect(await failed.locator('.failed-prompt').textContent()).toBe(boFailed);
    expect(await failed.textContent()).toMatch(/1 of [12] answers failed, by 1 student$/);
    await shot(teacher, 'teacher-3-progress');

    // The CSV download holds the same numbers.
    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('link', { name: 'Download progress (CSV)' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name,email,reviews,due_now,behind,last_review_utc');
    expect(
      lines
        .slice(1, -1)
        .map((line) => line.replace(/,[^,]*$/, ''))
        .sort(),
    ).toEqual(['Ada Lovelace,ada@pupil.example,3,0,0', 'Bo Chen,bo@pupil.example,2,0,0']);

    // Signing out ends the session; the pages then ask to sign in, and email and password sign in again.
    await teacher.getByRole('button', { name: 'Sign out' }).click();
    await teacher.getByRole('heading', { name: 'Sign in' }).waitFor();
    const signedOut = await teacher.goto(`${server.url}${teachPath}`);
    expect(signedOut?.status()).toBe(401);
    await teacher.getByRole('link', { name: 'Sign in' }).click();
    await teacher.getByLabel('Email').fill('teacher@school.example');
    await teacher.getByLabel('Password').fill(PASSWORD);
    await shot(teacher, 'teacher-4-sign-in');
    await teacher.getByRole('button', { name: 'Sign in' }).click();
    await teacher.waitForURL(/\/classes$/);
    await teacher.getByRole('link', { name: CLASS }).waitFor();
    await shot(teacher, 'teacher-5-classes');
  }, 240_000);

  it("shows the teacher's dashboard on a phone: behind first, mastery per note and item, retention per week", async () => {
    const { teacherCookie, classId, cells } = await dashboardClass(
      server,
      pg.connection(),
      join(here, 'class-vault'),
    );
    const page = await newPage();
    const [name, ...value] = teacherCookie.split('=');
    await page.context().addCookies([{ name: name ?? '', value: value.join('='), url: server.url }]);
    await page.goto(`${server.url}/classes/${classId}/teach`);
    await page.getByRole('heading', { name: /Students \(3\)/ }).waitFor();

    // Ada has a review overdue by three days; Bo one due half an hour ago; Cy nothing.
    const students = page.locator('.student');
    expect(await students.locator('strong').allTextContents()).toEqual([
      'Ada Lovelace',
      'Bo Chen',
      'Cy Young',
    ]);
    expect(await students.nth(0).locator('.behind-badge').textContent()).toBe('1 behind');
    expect(await page.locator('.behind-badge').count()).toBe(1);

    // Cells: Ada has mastered two items, Bo one, of 3 students × the note's items.
    const note = page.locator('.note-mastery', { hasText: 'Cells' });
    const share = `${Math.round((3 / (3 * cells.length)) * 100)}%`;
    expect(await note.locator('summary strong').textContent()).toBe(share);
    expect(await note.locator('summary').textContent()).toContain(`${cells.length} items · seen by 2 of 3`);
    await shot(page, 'teacher-6-dashboard');
    await note.locator('summary').click();
    const first = note.locator('.item-mastery li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('mastered by 2 of 3 · seen by 2');

    // Five weeks or six (the answers span 33 days), most recent first, each with its number of reviews.
    const weeks = page.locator('.retention-list li');
    expect(await weeks.count()).toBeGreaterThanOrEqual(5);
    expect(await weeks.count()).toBeLessThanOrEqual(6);
    const reviews = (await weeks.locator('.retention-count').allTextContents()).map((t) =>
      Number.parseInt(t, 10),
    );
    expect(reviews.reduce((a, b) => a + b, 0)).toBe(11);
    await page.locator('section[aria-label="mastery"]').scrollIntoViewIfNeeded();
    await shot(page, 'teacher-7-dashboard-note-open');
  }, 120_000);

  it("gives a student the app's Browse, Notes, Timeline, Stats and Settings on a phone, with their own data", async () => {
    // Set up over HTTP: a teacher, a class, the class vault and a dated history note published.
    const { token } = await addTeacher(server.context.db, 'historian@school.example', new Date());
    const teacher = new Client(server.url);
    await teacher.post('/api/sign-in', { token });
    const made = await teacher.post('/api/classes', { name: 'History 9' });
    const invite = String(made.body.inviteUrl);
    const classId = (made.body.class as { id: string }).id;
    const { files } = await scanVault(join(here, 'class-vault'));
    const published = await teacher.post(`/api/classes/${classId}/publish`, {
      notes: [
        ...files.map((f) => ({ path: f.path, text: f.text })),
        { path: 'History/cold-war.md', text: COLD_WAR },
      ],
    });
    const items = published.body.items as number;
    expect(items).toBeGreaterThan(7);

    const page = await newPage();
    await page.goto(invite);
    await page.getByLabel('Email').fill('dee@pupil.example');
    await page.getByLabel('Your name').fill('Dee Okafor');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL(/\/classes\/[^/]+\/study$/);
    await page.locator('.progress', { hasText: '0 done' }).waitFor();
    await rate(page, 'Good', 0);
    // Undo takes the answer back (the card is shown again), then it is answered by typing and checked.
    await page.getByRole('button', { name: /Undo/ }).click();
    await page.locator('.progress', { hasText: '0 done' }).waitFor();
    await page.locator('.notice', { hasText: 'Undone: the last answer is back.' }).waitFor();
    const typed = page.getByLabel('your answer');
    expect(await typed.count()).toBe(1);
    await typed.fill('certainly not this');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('.verdict-wrong').waitFor();
    expect(await page.locator('.revealed').textContent()).toContain('You answered: certainly not this');
    await shot(page, 'student-app-0-typed');
    await page.getByRole('button', { name: /Again/ }).click();
    await page.locator('.progress', { hasText: '1 done' }).waitFor();
    const pages = page.getByRole('navigation', { name: 'pages' });
    await shot(page, 'student-app-1-study');

    // Browse: every item of the class.
    await pages.getByRole('link', { name: 'Browse' }).click();
    await page.locator('.count', { hasText: `${items} items` }).waitFor();
    await shot(page, 'student-app-2-browse');

    // Notes: the three published notes by path, then one rendered, read-only (nothing opens Obsidian).
    await pages.getByRole('link', { name: 'Notes' }).click();
    const titles = page.locator('.note-list li > a');
    await titles.first().waitFor();
    expect(await titles.allTextContents()).toEqual(['Cells', 'Plants', 'The Early Cold War']);
    await shot(page, 'student-app-3-notes');
    await titles.filter({ hasText: 'Cells' }).click();
    await page.locator('.note-body strong', { hasText: 'Mitochondria' }).waitFor();
    expect(await page.getByRole('link', { name: 'open in Obsidian' }).count()).toBe(0);
    await shot(page, 'student-app-4-note');

    // Timeline: the history note's events, under the 1940s.
    await pages.getByRole('link', { name: 'Timeline' }).click();
    await page.getByText('Marshall Plan', { exact: false }).first().waitFor();
    expect(await page.getByText('1940s').count()).toBeGreaterThan(0);
    await shot(page, 'student-app-5-timeline');

    // Stats: the one answer made today is a streak of one day.
    await pages.getByRole('link', { name: 'Stats' }).click();
    await page.locator('.numbers div', { hasText: 'Streak' }).locator('dd', { hasText: '1 day' }).waitFor();
    await shot(page, 'student-app-6-stats');

    // Settings: fewer new items a day, kept after a reload.
    await pages.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('New items a day').fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved: study follows these settings').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('New items a day').inputValue()).toBe('5');
    // The row of pages scrolls sideways on a phone; the current one is scrolled into sight.
    const settingsLink = await pages.getByRole('link', { name: 'Settings' }).boundingBox();
    expect(settingsLink && settingsLink.x >= 0 && settingsLink.x + settingsLink.width <= PHONE.width).toBe(
      true,
    );
    await shot(page, 'student-app-7-settings');
  }, 180_000);
});
