/**
 * Child process for the crash test: appends reviews forever, printing each log id only after its
 * transaction committed (the "acknowledged" reviews). The parent kills it with SIGKILL at a random moment.
 */
import { openStore } from '../../src/store/open.js';

const vault = process.argv[2]!;
const store = await openStore({ vault });
const itemId = 'crash-item';
if (!(await store.getItem(itemId))) {
  await store.insertItems(
    [
      {
        id: itemId,
        kind: 'qa',
        prompt: 'Who wrote the test?',
        answer: 'We did',
        context: [],
        source: { path: 'a.md', line: 1, endLine: 1 },
        tags: [],
        fact: 'We wrote the test',
      },
    ],
    new Date(0),
  );
}
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const id = await store.transaction(async (tx) => {
    const logId = await tx.appendReview({
      itemId,
      rating: 3,
      reviewedAt: new Date(n * 1000),
      durationMs: 1000,
      stateBefore: { n },
      stateAfter: { n: n + 1 },
    });
    await tx.setSetting('lastReview', logId);
    return logId;
  });
  process.stdout.write(`${id}\n`);
}
