/**
 * `recollect study` in a real terminal: runs it inside tmux (its own server socket), presses keys with
 * `send-keys` and reads the screen with `capture-pane`. Without tmux it skips with one loud line outside CI
 * and fails in CI (which installs it): see test/system-tools.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith, runs, type SystemTool } from '../system-tools.js';
import { bin, makeStudyVault, NOW, recollect, requireBuild } from './study-helpers.js';

const socket = `recollect-test-${process.pid}`;
const session = 'study';
let temp: ReturnType<typeof makeStudyVault>;

/**
 * The cells note studied here: the study vault's, with the nucleus marked as a key term, so that its bullet
 * gives a confident item to type an answer to (left unmarked, it gives none). The queue starts with this note's
 * items in line order, one per fact: the Mitochondria question, the nucleus cloze, the Ribosomes cloze.
 */
const CELLS = [
  '# Cells',
  '',
  '- **Mitochondria** are the organelles that release energy through respiration',
  '- The **nucleus** holds the genetic material of the cell',
  '- **Ribosomes** build proteins from amino acids',
  '',
].join('\n');

const TMUX = process.env.RECOLLECT_TMUX ?? 'tmux';
const tmuxTool: SystemTool = {
  name: 'tmux',
  missing: runs(TMUX, ['-V']) ? undefined : `${TMUX} -V does not run`,
  install: 'apt-get install -y tmux',
};

function tmux(...args: string[]): string {
  return execFileSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8' });
}

const screen = (): string => tmux('capture-pane', '-p', '-t', session);

/** Waits until the screen shows `text` (the UI reacts asynchronously to each key). */
async function waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`screen never showed ${String(text)}; it shows:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Presses keys as tmux names them (`Space`, `Enter`, `3`) or types literal text with `-l`. */
const press = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);

function setUp(): void {
  requireBuild();
  if (tmuxTool.missing) throw new Error(`tmux is required for the terminal test: ${tmuxTool.install}`);
  temp = makeStudyVault();
  writeFileSync(join(temp.vault, 'Bio', 'cells.md'), CELLS);
  const command = [
    'env NO_COLOR=1 TZ=UTC',
    JSON.stringify(process.execPath),
    JSON.stringify(bin),
    'study',
    JSON.stringify(temp.vault),
    '--data',
    JSON.stringify(temp.data),
    '--now',
    NOW,
  ].join(' ');
  tmux('new-session', '-d', '-s', session, '-x', '110', '-y', '50', command);
  // Keep the pane after the program exits so the summary can be read.
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
}

function tearDown(): void {
  if (!tmuxTool.missing) spawnSync(TMUX, ['-L', socket, 'kill-server']);
  temp?.remove();
}

describeWith(tmuxTool, 'test/cli/study-tmux.test.ts')('recollect study under tmux', () => {
  beforeAll(setUp);
  afterAll(tearDown);

  it('reveals with space, grades with a number, checks a typed answer, undoes, shows source and quits', async () => {
    await waitFor('What are Mitochondria?');
    press('Space');
    await waitFor('→ the organelles that release energy through respiration');
    expect(screen()).toMatch(/1 Again 1m {3}2 Hard 6m {3}3 Good 10m {3}4 Easy \d+d/);
    press('3');
    await waitFor('saved: Good, next in 10m');
    await waitFor('The ___ (first letter: n) holds the genetic material of the cell.');

    press('t');
    await waitFor(/^>\s*$/m);
    type('the nucleas');
    press('Enter');
    await waitFor('✓ correct (suggested: 3 Good)');
    expect(screen()).toContain('[3 Good 10m]');
    press('Enter');
    await waitFor(/saved: Good, next in 10m[\s\S]*saved: Good, next in 10m/);

    await waitFor('___ (first letter: R) build proteins from amino acids.');
    press('e');
    await waitFor('> 5 │ - **Ribosomes** build proteins from amino acids');
    press('u');
    await waitFor('Undid the last answer.');
    press('q');
    const end = await waitFor('Session ended.');
    expect(end).toContain('Answered 1 item');
  });

  it('kept exactly the answers that were not undone', () => {
    const stats = JSON.parse(
      recollect(['stats', temp.vault, '--data', temp.data, '--now', NOW, '--json']).stdout,
    );
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: '2025-03-10', count: 1 });
  });
});
