import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` on a fresh machine: the browser and terminal tests skip with one loud line when their program is
// missing, and fail when CI=true. Runs vitest itself on those files with the programs hidden.
const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = ['test/e2e/web.test.ts', 'test/cli/study-tmux.test.ts'];

function vitestWithoutTools(ci: boolean) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RECOLLECT_CHROMIUM: '/nonexistent/chromium',
    RECOLLECT_TMUX: '/nonexistent/tmux',
    NO_COLOR: '1',
  };
  delete env.CI;
  delete env.VITEST;
  if (ci) env.CI = 'true';
  return spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...FILES], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
}

describe('tests that need chromium or tmux', () => {
  it('skip with one loud line naming the install command when the program is missing outside CI', () => {
    const result = vitestWithoutTools(false);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(0);
    const loud = output.split('\n').filter((line) => line.startsWith('!!! SKIPPED'));
    expect(loud).toHaveLength(2);
    expect(loud.find((line) => line.includes('test/e2e/web.test.ts'))).toContain(
      'apt-get install -y chromium',
    );
    expect(loud.find((line) => line.includes('study-tmux'))).toContain('apt-get install -y tmux');
  });

  it('fail in CI when the program is missing', () => {
    const result = vitestWithoutTools(true);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/chromium not found at \/nonexistent\/chromium/);
  });
});
