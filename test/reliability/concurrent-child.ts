/**
 * Child process for the concurrency test: a second recollect answering on the same vault. Prints each review
 * log id once its answer committed, then `done`. Any error ends it with the error's message on stderr.
 */
import { createStudyService } from '../../src/study/create-service.js';
import { ItemNotStudiableError } from '../../src/study/errors.js';

const [vault, dataDir, countText, startText] = process.argv.slice(2) as [string, string, string, string];
const study = await createStudyService({ vault, dataDir, settings: { timeZone: 'UTC' } });
const start = Date.parse(startText);
try {
  for (let n = 0; n < Number(countText); n++) {
    const now = new Date(start + n * 1000);
    const items = await study.items({ states: ['active'] });
    const item = items[n % items.length];
    if (!item) throw new Error('no active item to answer');
    try {
      const { logId } = await study.answer({ itemId: item.id, rating: ((n % 3) + 2) as 2 | 3 | 4 }, now);
      process.stdout.write(`${logId}\n`);
    } catch (error) {
      // The other process may have retired or suspended it in between: a real user would just move on.
      if (!(error instanceof ItemNotStudiableError)) throw error;
    }
  }
  process.stdout.write('done\n');
} catch (error) {
  process.stderr.write(`${(error as Error).name}: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await study.close();
}
