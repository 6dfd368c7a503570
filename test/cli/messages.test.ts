import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStudyVault, NOW, recollect, requireBuild } from './study-helpers.js';

// The first hour of a new user: messages that say what happened, the same way in every command.
let temp: ReturnType<typeof makeStudyVault> | undefined;
afterEach(() => temp?.remove());

describe('CLI messages', () => {
  it('explains a true retention that needs reviews of learned items instead of saying "no reviews yet"', () => {
    requireBuild();
    temp = makeStudyVault();
    const data = ['--data', temp.data, '--now', NOW];
    // Three answers: each item is new, so none counts for true retention yet.
    expect(
      recollect(['study', temp.vault, ...data], ['', '3', '', '3', '', '3', 'q'].join('\n')).status,
    ).toBe(0);
    const stats = recollect(['stats', temp.vault, ...data]);
    expect(stats.stdout).toContain(
      'True retention (30 days): none yet: it counts answers to items already learned, and your 3 reviews so far',
    );
    expect(stats.stdout).not.toContain('no reviews yet');
  });

  it('says a rescan changed nothing instead of counting 0 unchanged items', () => {
    requireBuild();
    temp = makeStudyVault();
    const scan = () => recollect(['scan', temp!.vault, '--data', temp!.data, '--now', NOW]);
    expect(scan().stdout).toContain('Items: 7 added, 0 updated, 0 moved, 0 retired, 0 revived, 0 unchanged.');
    const again = scan().stdout;
    expect(again).toContain('Items: nothing changed (no note changed since the last scan).');
    expect(again).not.toContain('0 unchanged');
  });

  it('words a missing vault the same way in every command', () => {
    requireBuild();
    const missing = join(tmpdir(), 'recollect-no-such-vault');
    for (const args of [
      ['cards'],
      ['timeline'],
      ['scan'],
      ['stats'],
      ['check'],
      ['study'],
      ['export', 'csv'],
    ]) {
      const extra = args[0] === 'export' ? ['-o', join(tmpdir(), 'unused.tsv')] : [];
      const run = recollect([...args, missing, ...extra]);
      expect([args[0], run.status, run.stderr]).toEqual([
        args[0],
        1,
        `recollect: vault folder not found: ${missing}\n`,
      ]);
    }
  });

  it('creates no .recollect folder when scan, stats or check run on a folder without notes', () => {
    requireBuild();
    const empty = mkdtempSync(join(tmpdir(), 'recollect-empty-'));
    try {
      const scan = recollect(['scan', empty]);
      expect([scan.status, scan.stderr]).toEqual([
        1,
        `recollect: no notes (.md files) in ${empty}: nothing to scan\n`,
      ]);
      const stats = recollect(['stats', empty]);
      expect([stats.status, stats.stdout]).toEqual([
        0,
        `No study database at ${join(empty, '.recollect', 'recollect.db')} yet: run 'recollect scan' or 'recollect study' first.\n`,
      ]);
      expect(recollect(['check', empty]).status).toBe(0);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
