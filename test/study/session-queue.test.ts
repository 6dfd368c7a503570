import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudyService } from '../../src/study/service.js';
import { later, makeVault, NOW, type TempVault } from './service-fixtures.js';

describe('the session queue', () => {
  let temp: TempVault;
  let study: StudyService;
  beforeEach(async () => {
    temp = makeVault();
    study = await temp.open();
    await study.scan(NOW);
  });
  afterEach(async () => {
    await study.close();
    temp.remove();
  });

  it('never shows an item again right after it was answered, and counts it as done', async () => {
    const first = await study.next(NOW);
    expect(first).not.toBeNull();
    const before = await study.progress(NOW);
    await study.answer({ itemId: first!.item.id, rating: 4 }, later(NOW, 1000));
    const second = await study.next(later(NOW, 2000));
    expect(second?.item.id).not.toBe(first!.item.id);
    const after = await study.progress(later(NOW, 2000));
    expect(after.done).toBe(before.done + 1);
    expect(after.remaining).toBe(before.remaining - 1);
  });

  it('counts what is left one by one through suspend, undo and a rebuild of the queue a minute later', async () => {
    const answerGood = async (at: Date) => {
      const card = await study.next(at);
      await study.answer({ itemId: card!.item.id, rating: 3 }, at);
      return card!.item.id;
    };
    // Good on a new item is a 10-minute learning step: it is back within the 20-minute look-ahead.
    for (let i = 0; i < 3; i++) await answerGood(later(NOW, i * 1000));
    const at = later(NOW, 5000);
    const left = (await study.progress(at)).remaining;
    const current = await study.next(at);
    await study.setState(current!.item.id, 'suspended', at);
    // One fewer, unless a sibling of the suspended item takes its place; never the 3 learning steps again.
    const afterSuspend = (await study.progress(at)).remaining;
    expect([left - 1, left]).toContain(afterSuspend);
    const last = await answerGood(later(NOW, 6000));
    expect((await study.progress(later(NOW, 6000))).remaining).toBe(afterSuspend - 1);
    const undone = await study.undo(later(NOW, 7000));
    expect(undone?.itemId).toBe(last);
    expect((await study.progress(later(NOW, 7000))).remaining).toBe(afterSuspend);
    // The day's queue is rebuilt after a minute: the count stays.
    expect((await study.progress(later(NOW, 90_000))).remaining).toBe(afterSuspend);
  });

  it('says nothing is left when the last answer is followed by next and progress at once (as the API asks)', async () => {
    // Each answer is followed by next and progress together, as GET /api/next asks them.
    let card = await study.next(NOW);
    let progress = await study.progress(NOW);
    for (let i = 1; card && i < 40; i++) {
      await study.answer({ itemId: card.item.id, rating: 4 }, later(NOW, i * 100));
      [card, progress] = await Promise.all([
        study.next(later(NOW, i * 100 + 50)),
        study.progress(later(NOW, i * 100 + 50)),
      ]);
    }
    const next = card;
    expect(next).toBeNull();
    expect(progress.remaining).toBe(0);
  });

  it('brings an item answered "Again" back once its learning step is due', async () => {
    const first = await study.next(NOW);
    await study.answer({ itemId: first!.item.id, rating: 1 }, NOW);
    // Answer everything else Easy, then the "Again" item returns within a few minutes.
    let seenAgain = false;
    for (let minute = 1; minute <= 30 && !seenAgain; minute++) {
      const at = later(NOW, minute * 60_000);
      const next = await study.next(at);
      if (!next) continue;
      if (next.item.id === first!.item.id) seenAgain = true;
      else await study.answer({ itemId: next.item.id, rating: 4 }, at);
    }
    expect(seenAgain).toBe(true);
  });

  it('sees a suspension at once', async () => {
    const first = await study.next(NOW);
    await study.setState(first!.item.id, 'suspended', NOW);
    expect((await study.next(NOW))?.item.id).not.toBe(first!.item.id);
  });
});

describe('the session queue and another process on the same database', () => {
  let temp: TempVault;
  let first: StudyService;
  let second: StudyService;
  beforeEach(async () => {
    temp = makeVault();
    first = await temp.open();
    await first.scan(NOW);
    second = await temp.open();
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    temp.remove();
  });

  it('sees an answer given in the other process at once, not a minute later', async () => {
    const shown = (await first.next(NOW))!;
    const before = await first.progress(NOW);
    expect((await second.next(NOW))?.item.id).toBe(shown.item.id);
    // Easy: due again in days, so it leaves today's queue.
    await second.answer(
      { itemId: shown.item.id, rating: 4, expectedVersion: shown.version },
      later(NOW, 1000),
    );
    expect((await first.next(later(NOW, 2000)))?.item.id).not.toBe(shown.item.id);
    expect(await first.progress(later(NOW, 2000))).toEqual({
      done: before.done + 1,
      remaining: before.remaining - 1,
    });
  });
});
