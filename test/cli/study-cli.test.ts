/** End-to-end tests of scan, study, stats and optimize: the built CLI on a temp vault, driven through pipes. */
import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeStudyVault, NOW, recollect, requireBuild } from './study-helpers.js';

let temp: ReturnType<typeof makeStudyVault>;

beforeAll(requireBuild);
beforeEach(() => {
  temp = makeStudyVault();
});
afterEach(() => temp.remove());

const withData = (...args: string[]) => [...args, '--data', temp.data, '--now', NOW];

describe('recollect scan', () => {
  it('reports the added items as JSON, then nothing to parse on a second scan', () => {
    const first = recollect(withData('scan', temp.vault, '--json'));
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ notesSeen: 2, notesParsed: 2, added: 7, retired: 0 });
    const again = recollect(withData('scan', temp.vault, '--json'));
    expect(again.stderr).toBe('');
    const second = JSON.parse(again.stdout);
    expect(second).toMatchObject({ notesSeen: 2, notesParsed: 0, added: 0, updated: 0 });
    expect(readdirSync(temp.vault).sort()).toEqual(['Bio', 'rivers.md']);
  });

  it('prints a human summary and puts the database in <vault>/.recollect by default', () => {
    const run = recollect(['scan', temp.vault, '--now', NOW]);
    expect(run.stdout).toMatch(/^Scanned 2 notes \(2 parsed\) in \d+ ms\.\nItems: 7 added, 0 updated/);
    expect(readdirSync(temp.vault)).toContain('.recollect');
  });

  it('fails with one line and exit 1 for a vault that does not exist', () => {
    const run = recollect(['scan', `${temp.vault}/missing`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`recollect: vault folder not found: ${temp.vault}/missing\n`);
  });

  it('rejects a --now that is not a date as a usage error', () => {
    const run = recollect(['scan', temp.vault, '--now', 'yesterday']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--now expects an ISO date');
  });
});

describe('recollect study from a script on stdin', () => {
  it('reveals, types, grades and quits, and every answer is in the stats afterwards', () => {
    const script = ['', '3', 't', 'the nucleus', '', 'q'].join('\n');
    const run = recollect(withData('study', temp.vault), `${script}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('What are Mitochondria?');
    expect(run.stdout).toContain('→ the organelles that release energy through respiration');
    expect(run.stdout).toMatch(/1 Again 1m {3}2 Hard 6m {3}3 Good 10m {3}4 Easy \d+d/);
    expect(run.stdout).toContain('✓ correct (suggested: 3 Good)');
    expect(run.stdout).toContain('Answered 2 items');
    const stats = JSON.parse(recollect(withData('stats', temp.vault, '--json')).stdout);
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: '2025-03-10', count: 2 });
    expect(stats.newAvailable).toBe(5);
    expect(stats.streak).toBe(1);
  });

  it('undoes the last answer with u and shows the source lines with e', () => {
    const run = recollect(withData('study', temp.vault), ['', '4', 'e', 'u', 'q'].join('\n'));
    expect(run.stdout).toContain('> 4 │ - The **nucleus** holds the genetic material of the cell');
    expect(run.stdout).toContain('Undid the last answer.');
    expect(run.stdout).toContain('Answered 0 items');
    const stats = JSON.parse(recollect(withData('stats', temp.vault, '--json')).stdout);
    expect(stats.reviewsPerDay.at(-1).count).toBe(0);
  });

  it('ends cleanly when the script ends, with the session summary', () => {
    const run = recollect(withData('study', temp.vault), '\n1\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Session ended.\nAnswered 1 item');
  });
});

describe('recollect stats and optimize', () => {
  it('prints due counts, the 30-day chart and mastery per note', () => {
    recollect(withData('study', temp.vault), '\n4\nq\n');
    const run = recollect(withData('stats', temp.vault));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Study day 2025-03-10');
    expect(run.stdout).toMatch(/^ {2}03-10 {4}1 █{30}$/m);
    expect(run.stdout).toMatch(/^ {2}Bio\/cells\.md +0% {2}0 of 4 mastered$/m);
    expect(run.stdout).toContain('Streak: 1 day');
  });

  it('refuses to optimise a short history and says how much more is needed', () => {
    recollect(withData('scan', temp.vault));
    const run = recollect(['optimize', temp.vault, '--data', temp.data]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('not enough review history to optimise yet: 0 reviews (need 400)');
    expect(run.stderr).toContain('400 more reviews and 50 more items reviewed on a second day needed');
  });

  it('prints help for each study command', () => {
    for (const name of ['scan', 'study', 'stats', 'optimize']) {
      const run = recollect([name, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`recollect ${name} [vault]`);
      expect(run.stdout).toContain('--data DIR');
    }
  });
});
