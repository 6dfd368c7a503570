/**
 * Two recollect processes on one vault at once (as `recollect serve` and `recollect study` would be): a child
 * answers in a loop while this process scans edited notes and answers too. Every acknowledged review is
 * stored exactly once and neither side sees a "database is locked" error.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVault, NOW, type TempVault } from '../study/service-fixtures.js';
import { bundleChild } from './bundle-child.js';

const CHILD_ANSWERS = 300;
let child = '';
let temp: TempVault;

beforeAll(async () => {
  child = await bundleChild('concurrent-child');
});
beforeEach(() => {
  temp = makeVault();
});
afterEach(() => temp.remove());

/** Starts the child; `answering` resolves at its first acknowledged answer, `done` with all its log ids. */
function answerInChild(start: Date): { answering: Promise<void>; done: Promise<number[]> } {
  let markAnswering = (): void => undefined;
  const answering = new Promise<void>((resolve) => {
    markAnswering = resolve;
  });
  const done = new Promise<number[]>((resolve, reject) => {
    const args = [child, temp.vault, temp.dataDir, String(CHILD_ANSWERS), start.toISOString()];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) markAnswering();
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('close', (code) => {
      if (code !== 0 || !out.endsWith('done\n')) reject(new Error(`child failed (${code}): ${err}`));
      else
        resolve(
          out
            .split('\n')
            .filter((l) => /^\d+$/.test(l))
            .map(Number),
        );
      markAnswering();
    });
  });
  return { answering, done };
}

describe('two processes studying the same vault at once', () => {
  it('keeps every acknowledged review exactly once and never reports a locked database', async () => {
    const study = await temp.open();
    await study.scan(NOW);
    const other = answerInChild(new Date(NOW.getTime() + 3_600_000));
    // Awaited below; this only keeps an early failure from counting as unhandled meanwhile.
    other.done.catch(() => undefined);
    await other.answering;
    const mine: number[] = [];
    for (let round = 0; round < 40; round++) {
      const now = new Date(NOW.getTime() + round * 60_000);
      temp.write(
        `Extra/note-${round}.md`,
        `# Extra ${round}\n\n- The river number ${round} flows into the lake\n`,
      );
      await study.scan(now);
      const items = await study.items({ states: ['active'] });
      const item = items[(round * 7) % items.length];
      if (item) mine.push((await study.answer({ itemId: item.id, rating: 3 }, now)).logId);
    }
    const theirs = await other.done;
    await study.close();

    const db = new BetterSqlite3(join(temp.dataDir, 'recollect.db'), { readonly: true });
    const stored = (db.prepare('select id from review_log order by id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(mine).toHaveLength(40);
    expect(theirs.length).toBeGreaterThan(CHILD_ANSWERS / 2);
    // The two really ran at once: their reviews interleave in the log.
    expect(Math.min(...theirs)).toBeLessThan(Math.max(...mine));
    expect(stored).toEqual([...mine, ...theirs].sort((a, b) => a - b));
  }, 60_000);
});
