import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeVault } from '../study/service-fixtures.js';
import { bundleChild } from './bundle-child.js';
import { runKillStress, verify } from './stress-trials.js';

// `npm run stress` runs 1,000; this keeps `npm test` quick.
const TRIALS = Number(process.env.RECOLLECT_STRESS_TRIALS ?? 10);
let child = '';

beforeAll(async () => {
  child = await bundleChild('review-child');
});

describe('a study session killed at random moments', () => {
  it(`keeps the database sound, every acknowledged review, and no half-written answer (${TRIALS} kills)`, async () => {
    const temp = makeVault();
    const result = await runKillStress({
      vault: temp.vault,
      dataDir: temp.dataDir,
      child,
      trials: TRIALS,
      seed: 7,
    });
    expect(result.acknowledged).toBeGreaterThan(TRIALS);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
    temp.remove();
  }, 300_000);

  it('notices a lost review, so the stress would fail if one went missing', async () => {
    const temp = makeVault();
    await runKillStress({ vault: temp.vault, dataDir: temp.dataDir, child, trials: 1, seed: 1 });
    expect(verify(join(temp.dataDir, 'recollect.db'), new Set([999_999]))).toBe(
      'acknowledged reviews lost: 999999',
    );
    temp.remove();
  }, 60_000);
});
