/**
 * `npm run stress`: kills a reviewing recollect process 1,000 times at random moments and verifies, after each
 * kill, `integrity_check`, every acknowledged review, and that no answer was half written
 * (test/reliability/stress-trials.ts). `npm test` runs the same check with a few trials.
 *
 * Usage: tsx scripts/stress.ts [--trials N] [--seed S] [--keep]
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundleChild } from '../test/reliability/bundle-child.js';
import { runKillStress } from '../test/reliability/stress-trials.js';
import { makeVault } from '../test/study/service-fixtures.js';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    keep: { type: 'boolean', default: false },
  },
});
const trials = Number(values.trials);
const seed = Number(values.seed);
const temp = makeVault();
const started = performance.now();
process.stderr.write(`kill stress: ${trials} trials, seed ${seed}, vault ${temp.vault}\n`);
try {
  const result = await runKillStress({
    vault: temp.vault,
    dataDir: temp.dataDir,
    child: await bundleChild('review-child'),
    trials,
    seed,
    onTrial: (trial, acknowledged) => {
      if ((trial + 1) % 50 === 0)
        process.stderr.write(`  ${trial + 1} kills, ${acknowledged} reviews acknowledged\n`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `ok: ${trials} kills in ${seconds} s; ${result.acknowledged} acknowledged reviews all stored ` +
      `(${result.stored} in the log); integrity_check ok after every kill.\n`,
  );
  if (!values.keep) rmSync(temp.root, { recursive: true, force: true });
} catch (error) {
  process.stderr.write(`FAILED: ${(error as Error).message}\nThe database is kept in ${temp.dataDir}\n`);
  process.exitCode = 1;
}
