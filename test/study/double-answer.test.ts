/**
 * An answer carries the card state it answers (`StudyCard.version`): a second answer to the same state — a
 * double click, two requests at once, two terminal sessions — is refused and the first one stands.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardVersion } from '../../src/study/card-version.js';
import { StaleAnswerError } from '../../src/study/errors.js';
import type { StudyService } from '../../src/study/service.js';
import { later, makeVault, NOW, type TempVault } from './service-fixtures.js';

let temp: TempVault;
let first: StudyService;
let second: StudyService;

beforeEach(async () => {
  temp = makeVault();
  first = await temp.open();
  await first.scan(NOW);
  second = await temp.open(); // another process on the same database file
});

afterEach(async () => {
  await first.close();
  await second.close();
  temp.remove();
});

describe('answering the same card state twice', () => {
  it('refuses the second answer and keeps the first', async () => {
    const card = (await first.next(NOW))!;
    const kept = await first.answer({ itemId: card.item.id, rating: 3, expectedVersion: card.version }, NOW);
    await expect(
      first.answer({ itemId: card.item.id, rating: 4, expectedVersion: card.version }, later(NOW, 5)),
    ).rejects.toThrow(StaleAnswerError);
    const detail = (await first.item(card.item.id))!;
    expect(detail.reviews.map((r) => r.rating)).toEqual([3]);
    expect(detail.card).toEqual(kept.card);
  });

  it('refuses the answer of a second session that showed the same card', async () => {
    const inFirst = (await first.next(NOW))!;
    const inSecond = (await second.next(NOW))!;
    expect(inSecond.item.id).toBe(inFirst.item.id);
    await first.answer({ itemId: inFirst.item.id, rating: 1, expectedVersion: inFirst.version }, NOW);
    const stale = second.answer(
      { itemId: inSecond.item.id, rating: 4, expectedVersion: inSecond.version },
      later(NOW, 5),
    );
    await expect(stale).rejects.toThrow(
      'this item was answered meanwhile (twice, or in another window or session); the first answer stands',
    );
    expect((await second.item(inFirst.item.id))!.reviews.map((r) => r.rating)).toEqual([1]);
  });

  it('accepts the next answer to the state the first one left', async () => {
    const card = (await first.next(NOW))!;
    const answered = await first.answer(
      { itemId: card.item.id, rating: 1, expectedVersion: card.version },
      NOW,
    );
    const shownAgain = cardVersion(answered.card);
    expect(shownAgain).not.toBe(card.version);
    await first.answer({ itemId: card.item.id, rating: 3, expectedVersion: shownAgain }, later(NOW, 60_000));
    expect((await first.item(card.item.id))!.reviews.map((r) => r.rating)).toEqual([1, 3]);
  });

  it('names a new card and each reviewed state differently', () => {
    expect(cardVersion(null)).toBe('new');
  });
});
