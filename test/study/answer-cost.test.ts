/**
 * The answer path does not grow with the collection: once the day's queue is built, each next + answer runs the
 * same few statements at n and 4n items (a count, not a time: the machine may be busy).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openSqliteDatabase, sqliteChangeMark } from '../../src/store/sqlite-open.js';
import { studyServiceOn } from '../../src/study/create-service.js';
import { makeItem, reviewCard } from '../store/fixtures.js';

const NOW = new Date('2025-03-10T10:00:00.000Z');

/** Statements run by each of ten next + answer pairs after the queue is built, on `size` items (half due). */
async function statementsPerAnswer(size: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'recollect-answer-cost-'));
  const db = await openSqliteDatabase({ file: join(dir, 'recollect.db') });
  let statements = 0;
  const counted = db.withPlugin({
    // Counted per result: a subquery is transformed on its own but runs inside its statement.
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      statements++;
      return result;
    },
  });
  const store = new KyselyStore(counted, { changeMark: sqliteChangeMark });
  const items = Array.from({ length: size }, (_, n) =>
    makeItem({ fact: `Charter ${n} was signed by envoy ${n}`, path: `notes/${n % 20}.md`, line: n + 1 }),
  );
  await store.transaction(async (tx) => {
    await tx.insertItems(items, new Date('2025-01-01T00:00:00.000Z'));
    for (const [n, item] of items.entries()) {
      if (n % 2 === 0) await tx.saveCard(item.id, reviewCard(`2025-03-0${1 + (n % 9)}T09:00:00.000Z`));
    }
  });
  const study = await studyServiceOn(store, {
    scan: () => Promise.reject(new Error('no scans here')),
    settings: { timeZone: 'UTC' },
  });
  try {
    await study.next(NOW); // builds the day's queue
    const counts: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const at = new Date(NOW.getTime() + i * 1000);
      const before = statements;
      const card = await study.next(at);
      if (!card) throw new Error('the queue ran out');
      await study.answer({ itemId: card.item.id, rating: 3, expectedVersion: card.version }, at);
      counts.push(statements - before);
    }
    return counts;
  } finally {
    await study.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the cost of an answer', () => {
  it('is the same few statements per next + answer at 200 and at 800 items, none rebuilding the queue', async () => {
    const small = await statementsPerAnswer(200);
    const large = await statementsPerAnswer(800);
    expect(large).toEqual(small);
    // next: change mark, item, card; answer: item, card, card written, log row.
    expect(small).toEqual(Array(10).fill(7));
  });
});
