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

// A hostile note must not hold up a scan: slower than this is a failure to report, not a pass. The largest case
// (20,000 bullets, 1.2 MB, ~40,000 items) is linear work of about 4 s on a busy 2-core machine, so 10 s catches
// anything quadratic without failing on load.
const SLOW_MS = 10_000;
// Past this the child is killed: the case hangs (quadratic or worse).
const HANG_MS = 30_000;
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
  // KNOWN FAILURES, kept on purpose until src/generate / src/knowledge is fixed (issue 7, hostile input):
  // - bullets-20000.md hangs (hours): generate/generators/choice.ts pickDistractors filters the whole people
  //   pool (note + vault) for every "Who …?"/reverse candidate: quadratic in people. 1,000 bullets
  //   `- Fact i: the treaty was signed by **Minister i**.` take 5.6 s in generate, 2,000 take 25 s.
  // - long-sentence-dates.md (one line `in 1000, in 1001, …`, 20,000 dates) took 309 s: generators/events.ts
  //   clauseWith/eventLabel copy and split the whole sentence once per date, and a date clause of < 4 words
  //   falls back to the whole sentence as the label. 2,000 dates: 1.4 s in generate; 4,000: 7.4 s.
  // - single-line-2mb.md (one 2 MB sentence) took 17.8 s, mostly garbage collection in knowledge/entities.ts
  //   tokenise/findEntities and generate/generators/make.ts looksLikeFormula over the whole sentence.
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
