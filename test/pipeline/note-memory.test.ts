/**
 * A hostile note that is cut off is bounded in memory too: a 5 MB table or bullet list (1.1–1.3 GB when read
 * whole) is read under a 400 MB heap and left out, in a child process so a crash cannot take the test with it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const HEAP_MB = 400;
const child = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'recollect-memory-child.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'memory-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: child,
    logLevel: 'silent',
  });
});

function runUnderSmallHeap(note: string): { status: number | null; out: string; err: string } {
  const proc = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, child, note], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: proc.status, out: proc.stdout, err: proc.stderr.slice(0, 500) };
}

describe('the memory one hostile note may take', () => {
  it.each(['table', 'bullets'])(`leaves out a 5 MB %s within a ${HEAP_MB} MB heap`, (note) => {
    const result = runUnderSmallHeap(note);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.out) as { bytes: number; problems: string[] };
    expect(report.bytes).toBeGreaterThan(5_000_000);
    expect(report.problems).toEqual(['is too large to read (more than 300000 steps of work); left out']);
  });
});
