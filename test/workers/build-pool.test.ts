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
import { EMPTY_POOLS } from '../../src/generate/index.js';
import type { NoteBuild } from '../../src/pipeline.js';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';
import { buildDeckOnWorkers, buildNotes, threadsFor } from '../../src/workers/build-pool.js';

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

  it('sends a scan only items, scores and events: the same ones, without rejections or reasons', async () => {
    const { files } = await scanVault(vault);
    const collect = async (options: { threads: number; itemsOnly?: boolean }) => {
      const out: NoteBuild[] = [];
      for await (const b of buildNotes(files, { pools: EMPTY_POOLS, chunkNotes: 5, ...options })) out.push(b);
      return out;
    };
    const full = await collect({ threads: 0 });
    const withRejections = full.filter((b) => 'generation' in b && b.generation.rejections.length > 0);
    expect(withRejections.length).toBeGreaterThan(10);
    for (const threads of [0, 2]) {
      const lean = await collect({ threads, itemsOnly: true });
      expect(lean.map((b) => b.path)).toEqual(full.map((b) => b.path));
      lean.forEach((b, i) => {
        const f = full[i]!;
        if (!('generation' in b) || !('generation' in f)) {
          expect(b).toEqual(f);
          return;
        }
        expect(b.people).toEqual(f.people);
        expect(b.generation.events).toEqual(f.generation.events);
        expect(b.generation.rejections).toEqual([]);
        expect(b.generation.items.map((x) => x.item)).toEqual(f.generation.items.map((x) => x.item));
        expect(b.generation.items.map((x) => x.promptKey)).toEqual(
          f.generation.items.map((x) => x.promptKey),
        );
        expect(b.generation.items.map((x) => x.assessment.score)).toEqual(
          f.generation.items.map((x) => x.assessment.score),
        );
        for (const x of b.generation.items) expect(x.assessment.reasons).toEqual([]);
      });
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
