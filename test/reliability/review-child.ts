/**
 * Child process for the kill stress: a study session answering forever. Prints `ready` once open, then each
 * review log id only after its answer committed (the "acknowledged" reviews). Killed with SIGKILL at random.
 */
import { createStudyService } from '../../src/study/create-service.js';

const [vault, dataDir, startText] = process.argv.slice(2) as [string, string, string];
const study = await createStudyService({ vault, dataDir, settings: { timeZone: 'UTC' } });
const items = await study.items({ states: ['active'] });
const start = Date.parse(startText);
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const item = items[n % items.length];
  if (!item) throw new Error('the vault has no active item');
  // Hard, Good and Easy only: no lapses, so no item turns leech and leaves the loop.
  const rating = ((n % 3) + 2) as 2 | 3 | 4;
  const { logId } = await study.answer({ itemId: item.id, rating }, new Date(start + n * 60_000));
  process.stdout.write(`${logId}\n`);
}
