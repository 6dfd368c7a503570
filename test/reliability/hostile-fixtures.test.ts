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
// (20,000 bullets, 1.3 MB, ~40,000 items) is linear work of 3.5 to 7 s on a busy 2-core machine (5,000 bullets
// take about 2 s), so 10 s catches anything quadratic without failing on load.
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

/**
 * What each case must give besides a well-formed deck: answers its facts yield in a clean note (`answers`), an
 * exact item count, or no item at all for a note with no fact in it. A case not listed here has a fact that a
 * clean note does not make into an item either (overlong sentence, implausible years, vague subject), so only
 * the deck checks apply to it.
 */
const EXPECTED: Readonly<Record<string, { answers?: string[]; items?: number; atLeast?: number }>> = {
  'quote-nesting-10000.md': { items: 0 },
  'quote-staircase-1000.md': { items: 0 },
  'stars-100000.md': { items: 0 },
  'bold-openers-30000.md': { items: 0 },
  'only-frontmatter.md': { items: 0 },
  'only-frontmatter-newline.md': { items: 0 },
  'single-word-2mb.md': { items: 0 },
  'links-50000.md': { items: 0 },
  'highlight-50000.md': { items: 0 },
  'callouts-20000.md': { items: 0 },
  'unclosed-frontmatter.md': { answers: ['1919', 'November 1923', 'Rentenmark'] },
  'crlf.md': { answers: ['1919', 'November 1923', 'Rentenmark'] },
  // A lone CR is read as a space (parse-note.ts), so a note whose lines end in lone CRs is one line: its heading.
  'lone-cr.md': { items: 0 },
  'stray-cr.md': { answers: ['1919', 'November 1923', 'Rentenmark'] },
  'code-fence-unclosed.md': { answers: ['1919', 'November 1923', 'Rentenmark'] },
  'comment-unclosed.md': { answers: ['1919', 'November 1923', 'Rentenmark'] },
  'nul-bytes.md': { answers: ['Reichstag', '1933'] },
  'mixed-tabs-spaces.md': { answers: ['Congress of Vienna', '1815', 'June 1815'] },
  'right-to-left.md': { answers: ['1967'] },
  'emoji-combining.md': { answers: ['Rubicon', '49 BC', 'Romulus'] },
  'qa-lines-5000.md': { items: 5_000 },
  'bullets-20000.md': { atLeast: 20_000 },
};

describe('the pipeline on hostile notes', () => {
  for (const hostile of hostileNotes()) {
    it(
      `gives a well-formed deck for ${hostile.name} without throwing, within ${SLOW_MS / 1000} s`,
      async () => {
        const report = await runCase(hostile.name);
        if (typeof report === 'string') expect.fail(`${hostile.name} ${report}`);
        // The note is read as a note, not dropped as a problem, and its facts become items.
        expect(report.notes).toBe(1);
        expect(report.problems).toEqual([]);
        expect(report.violations).toEqual([]);
        const expected = EXPECTED[hostile.name] ?? {};
        if (expected.items !== undefined) expect(report.items).toBe(expected.items);
        if (expected.atLeast !== undefined) expect(report.items).toBeGreaterThanOrEqual(expected.atLeast);
        for (const answer of expected.answers ?? []) expect(report.answers).toContain(answer);
        expect(report.ms).toBeLessThan(SLOW_MS);
      },
      HANG_MS + 10_000,
    );
  }
});
