/** Whole-process start-up measure (`recollect cards --json` on a one-note vault) and the machine description. */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVault, writeVault } from './generate-vault.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;

/** Median wall time of `node bin/recollect.js cards <vault> --json` over five runs, and the largest peak RSS. */
export async function cardsStartup(
  vault: string,
  seed: number,
): Promise<{ ms: number; peakRssMb: number; details: object }> {
  await writeVault(vault, generateVault({ notes: 1, seed }));
  const bin = join(root, 'bin', 'recollect.js');
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [bin, 'cards', vault, '--json'], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0) return { ms: Number.NaN, peakRssMb: Number.NaN, details: { error: run.stderr } };
    items = (JSON.parse(run.stdout) as { items: unknown[] }).items.length;
  }
  // spawnSync reports no child rusage, so peak RSS comes from one extra run under GNU time.
  const peakRssMb = childPeakRss(bin, vault);
  return {
    ms: median(times),
    peakRssMb,
    details: { runs: times, items, bareNodeMs: bareNodeStart(), distBuiltAt: distAge() },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median start-up of a bare `node -e 0`: the floor no CLI can go under on this (loaded) machine. */
function bareNodeStart(): number {
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - start;
  });
  return median(times);
}

/** Peak RSS of one `cards --json` run, read from GNU time when present (else NaN). */
function childPeakRss(bin: string, vault: string): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'cards', vault, '--json'], {
    encoding: 'utf8',
  });
  const kb = Number(run.stderr?.trim().split('\n').pop());
  return run.status === 0 && Number.isFinite(kb) ? kb / 1024 : Number.NaN;
}

/** bin/recollect.js runs dist/bundle/: say when it was built so a stale build is visible in the results. */
function distAge(): string {
  try {
    return statSync(join(root, 'dist', 'bundle', 'main.js')).mtime.toISOString();
  } catch {
    return 'missing (run npm run build)';
  }
}

export function machine(): object {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
