/**
 * Tests that drive a system program (Debian's chromium, tmux, Anki's Python importer) run for real. On a
 * user's machine without the program they are skipped with one loud line naming the install command, so
 * `npm test` works on a fresh clone; in CI (`CI=true`) they always run, and fail, so nothing is silently lost.
 */
import { spawnSync } from 'node:child_process';
import { describe } from 'vitest';

export interface SystemTool {
  /** What the tests need, for the message ("chromium", "tmux"). */
  readonly name: string;
  /** Why it cannot be used here, or undefined when it can. */
  readonly missing: string | undefined;
  /** The command that installs it. */
  readonly install: string;
}

/** `describe` when the tool is there or in CI; otherwise `describe.skip` after one loud line on stderr. */
export function describeWith(tool: SystemTool, file: string): typeof describe | typeof describe.skip {
  if (tool.missing === undefined || process.env.CI === 'true') return describe;
  console.warn(
    `\n!!! SKIPPED ${file}: ${tool.name} is missing (${tool.missing}). Install it with \`${tool.install}\`; ` +
      'CI runs these tests.\n',
  );
  return describe.skip;
}

/** Whether a program runs (`tmux -V`). */
export function runs(command: string, args: readonly string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}
