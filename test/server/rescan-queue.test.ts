import { describe, expect, it } from 'vitest';
import { rescanQueue } from '../../src/server/rescan-queue.js';

/** A scan that runs until the test lets it finish. */
function gatedRuns() {
  const runs: string[][] = [];
  const gates: (() => void)[] = [];
  const run = (paths: readonly string[]) =>
    new Promise<void>((done) => {
      runs.push([...paths]);
      gates.push(done);
    });
  const finishNext = async () => {
    gates.shift()?.();
    // Let the queue start whatever waits behind the finished scan.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { runs, run, finishNext };
}

describe('rescanQueue', () => {
  it('runs one scan at a time and joins every change during a scan into the one after it', async () => {
    const { runs, run, finishNext } = gatedRuns();
    const queue = rescanQueue(run);
    queue.add(['a.md']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(runs).toEqual([['a.md']]);
    // Three saves while the first scan runs: one scan follows, with all their paths.
    queue.add(['c.md']);
    queue.add(['b.md']);
    queue.add(['c.md', 'd.md']);
    await finishNext();
    expect(runs).toEqual([['a.md'], ['b.md', 'c.md', 'd.md']]);
    // A save during that second scan queues a third.
    queue.add(['e.md']);
    await finishNext();
    expect(runs.length).toBe(3);
    expect(runs[2]).toEqual(['e.md']);
    await finishNext();
    await queue.idle();
    expect(runs.length).toBe(3);
  });
});
