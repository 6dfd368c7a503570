/**
 * The per-note pass on worker threads must not change the deck: same items, ids, order and problems whatever
 * the number of threads (in this thread, one worker, three workers), from the sources and from the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault.js';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';
import { buildDeckOnWorkers, threadsFor } from '../../src/workers/build-pool.js';

const root = resolve(import.meta.dirname, '../..');
let vault: string;

beforeAll(async () => {
  vault = join(mkdtempSync(join(tmpdir(), 'recollect-workers-')), 'vault');
  // 90 synthetic notes with a few malformed files: problems as well as items must come back in order.
  await writeVault(vault, generateVault({ notes: 90, seed: 5 }));
});

describe('the build pool', () => {
  it('gives the deck of the one-thread build with 0, 1 and 3 worker threads', async () => {
    const { files, problems } = await scanVault(vault);
    const reference = buildDeck(files, { vault: 'v', problems });
    expect(reference.deck.items.length).toBeGreaterThan(1000);
    expect(reference.deck.problems.length).toBeGreaterThan(0);
    for (const threads of [0, 1, 3]) {
      const built = await buildDeckOnWorkers(files, { vault: 'v', problems, threads, chunkNotes: 7 });
      expect(built.deck).toEqual(reference.deck);
      expect(built.rejections).toEqual(reference.rejections);
    }
  }, 120_000);

  it('builds small vaults in this thread unless told otherwise', () => {
    expect(threadsFor({ expectedNotes: 3 })).toBe(0);
    expect(threadsFor({ expectedNotes: 3, threads: 2 })).toBe(2);
    expect(threadsFor({ expectedNotes: 10_000 })).toBeGreaterThanOrEqual(1);
  });
});

describe('recollect cards --json', () => {
  it('prints the same output with 0, 1 and 3 worker threads (built CLI)', () => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
    const run = (threads: string) =>
      spawnSync(process.execPath, [join(root, 'bin', 'recollect.js'), 'cards', vault, '--json'], {
        env: { ...process.env, RECOLLECT_THREADS: threads },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    const inThread = run('0');
    expect(inThread.status).toBe(0);
    expect(JSON.parse(inThread.stdout).items.length).toBeGreaterThan(1000);
    for (const threads of ['1', '3']) {
      const result = run(threads);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(inThread.stdout);
    }
  }, 120_000);
});
