/**
 * A folder of the vault that cannot be read (permissions) must never retire the history of its notes: a read
 * error is not a deletion. Real permissions: the folder is made unreadable with chmod 000 and, as root (who reads
 * it anyway), the scan runs in a child process as the user `nobody`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, requireBuild } from '../cli/study-helpers.js';
import { makeVault, NOW, type TempVault } from '../study/service-fixtures.js';

const NOBODY = 65534;
let temp: TempVault;

/** Gives `path` and everything under it to `nobody`, so the child can write the database. */
function giveToNobody(path: string): void {
  chownSync(path, NOBODY, NOBODY);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) giveToNobody(join(path, name));
}

/** `recollect scan --json` on the temp vault, as `nobody` when we are root. */
function scanAsUser(): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) giveToNobody(temp.root);
  const result = spawnSync(
    process.execPath,
    [bin, 'scan', temp.vault, '--data', temp.dataDir, '--json', '--now', '2025-03-10T11:00:00Z'],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(async () => {
  requireBuild();
  temp = makeVault();
  const study = await temp.open();
  await study.scan(NOW);
  await study.close();
});

afterEach(() => {
  chmodSync(join(temp.vault, 'Bio'), 0o755);
  temp.remove();
});

describe('a vault folder that cannot be read', () => {
  it('keeps every item of its notes and reports the folder as a problem', async () => {
    chmodSync(join(temp.vault, 'Bio'), 0o000);
    const run = scanAsUser();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      retired: number;
      problems: { path: string; message: string }[];
    };
    expect(report.problems).toEqual([{ path: 'Bio', message: 'folder could not be read (EACCES)' }]);
    expect(report.retired).toBe(0);

    chmodSync(join(temp.vault, 'Bio'), 0o755);
    const study = await temp.open();
    expect((await study.items({ states: ['retired'] })).length).toBe(0);
    expect((await study.items({ states: ['active'] })).map((i) => i.source.path)).toContain('Bio/cells.md');
    await study.close();
  });
});
