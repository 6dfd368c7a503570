/**
 * A vault recollect may not write into (a read-only share, another user's folder) gives the documented one-line
 * message suggesting --data, not an internal error with a stack. Real permissions: as root (who may write
 * anywhere) the command runs as the user `nobody`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, requireBuild } from '../cli/study-helpers.js';
import { makeVault, type TempVault } from '../study/service-fixtures.js';

const NOBODY = 65534;
let temp: TempVault;

beforeEach(() => {
  requireBuild();
  temp = makeVault();
  chmodSync(temp.root, 0o755); // others may enter the temp folder and read the vault, not write it
});
afterEach(() => temp.remove());

/** `recollect args…` as a user who may read the vault but not write it. */
function asReader(args: readonly string[]): { status: number | null; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: result.status, stderr: result.stderr };
}

describe('a vault recollect may not write into', () => {
  it('says so in one line and suggests --data', () => {
    const run = asReader(['scan', temp.vault]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `recollect: cannot create the study database folder ${join(temp.vault, '.recollect')}: the vault is ` +
        'read-only (EACCES). Check its permissions, or use --data DIR to keep the database elsewhere\n',
    );
    expect(existsSync(join(temp.vault, '.recollect'))).toBe(false);
  });

  it('works with --data pointing to a folder the user may write', () => {
    if (process.getuid?.() === 0) chownSync(temp.root, NOBODY, NOBODY);
    const run = asReader(['scan', temp.vault, '--data', temp.dataDir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('a study database recollect may read but not write', () => {
  it('is not called damaged by check, and --repair leaves it as it is', () => {
    // Made by its owner, then checked by a user who may read the file and its folder but write neither.
    const made = spawnSync(process.execPath, [bin, 'scan', temp.vault, '--data', temp.dataDir], {
      encoding: 'utf8',
    });
    expect(made.status).toBe(0);
    chmodSync(temp.dataDir, 0o755);
    const file = join(temp.dataDir, 'recollect.db');
    const before = readdirSync(temp.dataDir).sort();
    for (const flags of [[], ['--repair']]) {
      const run = asReader(['check', temp.vault, '--data', temp.dataDir, ...flags]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `recollect: cannot write the study database ${file}: the file or its folder is read-only`,
      );
      expect(run.stderr).not.toContain('damaged');
      expect(run.stderr).not.toContain('internal error');
    }
    expect(readdirSync(temp.dataDir).sort()).toEqual(before);
  });
});
