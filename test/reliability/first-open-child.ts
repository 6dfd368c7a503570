/**
 * Child process for the first-open race test: opens the study store of a vault (creating it if nobody has yet),
 * scans, and prints `ok`. Any error ends it with the error's message on stderr.
 */
import { createStudyService } from '../../src/study/create-service.js';

const [vault, dataDir, startAt] = process.argv.slice(2) as [string, string, string];
// Every child starts opening at the same instant (the test gives the time), so their first steps overlap.
while (Date.now() < Number(startAt));
try {
  const study = await createStudyService({ vault, dataDir, settings: { timeZone: 'UTC' } });
  try {
    await study.scan(new Date('2025-03-10T10:00:00Z'));
  } finally {
    await study.close();
  }
  process.stdout.write('ok\n');
} catch (error) {
  process.stderr.write(`${(error as Error).name}: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
