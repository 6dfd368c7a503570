/** The terminal study loop against a real database shared with another session. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStyle } from '../../src/cli/format.js';
import type { StudyInput } from '../../src/cli/tui/input.js';
import { runSession } from '../../src/cli/tui/session.js';
import type { StudyService } from '../../src/study/service.js';
import { makeVault, NOW, type TempVault } from '../study/service-fixtures.js';

let temp: TempVault;
let other: StudyService;
let mine: StudyService;

beforeEach(async () => {
  temp = makeVault();
  other = await temp.open();
  await other.scan(NOW);
  mine = await temp.open();
});

afterEach(async () => {
  await other.close();
  await mine.close();
  temp.remove();
});

describe('a terminal session whose card another session answers meanwhile', () => {
  it('says in one line that the first answer stands, stores nothing, and goes on', async () => {
    let keys = 0;
    let answeredElsewhere = '';
    const input: StudyInput = {
      key: async () => {
        keys += 1;
        if (keys === 1) {
          // While this session shows its first card, the other one answers the same card.
          const card = (await other.next(NOW))!;
          answeredElsewhere = card.item.id;
          await other.answer({ itemId: card.item.id, rating: 3, expectedVersion: card.version }, NOW);
          return ' ';
        }
        return keys === 2 ? '4' : 'q';
      },
      line: async () => '',
      close: () => undefined,
    };
    let written = '';
    const summary = await runSession({
      study: mine,
      input,
      write: (text) => {
        written += text;
      },
      style: createStyle(false),
      clock: () => NOW,
      elapsed: () => 0,
      readSource: async () => null,
    });
    expect(written).toContain(
      'not saved: this item was answered meanwhile (twice, or in another window or session); the first answer stands.\n',
    );
    expect(summary.answered).toBe(0);
    const reviews = (await mine.item(answeredElsewhere))!.reviews;
    expect(reviews.map((r) => r.rating)).toEqual([3]);
  });
});
