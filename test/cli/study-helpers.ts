/** A temp vault for the study CLI tests and a way to run the built CLI on it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'bin', 'recollect.js');
export const NOW = '2025-03-10T10:00:00Z';

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails early with the fix when the CLI was not built (npm test builds it). */
export function requireBuild(): void {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/cli/main.js is missing: run `npx tsc -p tsconfig.build.json` (npm test does)');
  }
}

/** A vault of two short notes (seven items) with its database in a separate `data/` folder. */
export function makeStudyVault(): { base: string; vault: string; data: string; remove: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'recollect-study-cli-'));
  const vault = join(base, 'vault');
  mkdirSync(join(vault, 'Bio'), { recursive: true });
  writeFileSync(
    join(vault, 'Bio', 'cells.md'),
    '# Cells\n\n- **Mitochondria** are the organelles that release energy through respiration\n' +
      '- The **nucleus** holds the genetic material of the cell\n- **Ribosomes** build proteins from amino acids\n',
  );
  writeFileSync(
    join(vault, 'rivers.md'),
    '# Rivers\n\n- The Nile flows north into the Mediterranean Sea\n' +
      '- The **Danube** passes through four capital cities\n- **1869** - The Suez Canal opened\n',
  );
  return {
    base,
    vault,
    data: join(base, 'data'),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Runs `recollect args…` with `stdin` piped in, no colour, UTC study days. */
export function recollect(args: readonly string[], stdin = '', env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: stdin,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, TZ: 'UTC', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
