/**
 * Requirement 5 (reliability.md): the nastiest notes we know of (test/fixtures/hostile/make.ts) each give a
 * well-formed deck without throwing, in bounded time. Each case runs in its own child process, killed when it
 * hangs, so one slow case fails its own test and cannot stall the suite.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileNotes } from '../fixtures/hostile/make.js';
import type { CaseReport } from './hostile-child.js';

// A hostile note must not hold up a scan: slower than this is a failure to report, not a pass.
const SLOW_MS = 5_000;
// Past this the child is killed: the case hangs (quadratic or worse).
const HANG_MS = 10_000;
const child = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'recollect-hostile-child.mjs');

beforeAll(async () => {
  // Bundled once with tsx's esbuild, so each of the many child starts is cheap (no TS loader).
  await build({
    entryPoints: [join(import.meta.dirname, 'hostile-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay imports (yaml requires node built-ins); the bundle sits in node_modules to find them.
    packages: 'external',
    outfile: child,
    logLevel: 'silent',
  });
});

/** The child's report for one case, or why there is none (thrown, killed as hung). */
function runCase(name: string): Promise<CaseReport | string> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => proc.kill('SIGKILL'), HANG_MS);
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(`hung: killed after ${HANG_MS} ms`);
      else if (code !== 0) resolve(`threw: ${err.slice(0, 2_000)}`);
      else resolve(JSON.parse(out) as CaseReport);
    });
  });
}

describe('the pipeline on hostile notes', () => {
  // Known failures, kept on purpose until src/knowledge or src/generate is fixed (see the lead's issue 7):
  // - bullets-20000.md hangs: choice distractors compare every "Who …?" item with every person of the note
  //   (generate/generators/choice.ts, pickDistractors), quadratic in the number of people.
  // - long-sentence-dates.md (one 200 kB line of 20,000 dates) takes minutes in knowledge/generate.
  // - single-line-2mb.md (one 2 MB sentence) takes well over 5 s, most of it garbage collection.
  for (const hostile of hostileNotes()) {
    it(
      `gives a well-formed deck for ${hostile.name} without throwing, within ${SLOW_MS / 1000} s`,
      async () => {
        const report = await runCase(hostile.name);
        if (typeof report === 'string') expect.fail(`${hostile.name} ${report}`);
        // Every file is accounted for: a note in the deck or a problem entry, never silently lost.
        expect(report.notes + report.problems.length).toBe(1);
        expect(report.violations).toEqual([]);
        expect(report.ms).toBeLessThan(SLOW_MS);
      },
      HANG_MS + 10_000,
    );
  }
});
