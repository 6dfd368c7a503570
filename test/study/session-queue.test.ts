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
