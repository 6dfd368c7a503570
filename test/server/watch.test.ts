/**
 * The vault watcher reports only changes inside the vault: links that leave it (`up -> ..`, a link to the data
 * folder) must not turn the database's own writes into rescans (681 rescans in 4 minutes).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VaultWatcher, watchVault } from '../../src/server/watch.js';

let base: string;
let vault: string;
let watcher: VaultWatcher | undefined;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'recollect-watch-'));
  vault = join(base, 'vault');
  mkdirSync(join(vault, 'sub'), { recursive: true });
  mkdirSync(join(base, 'data'));
  writeFileSync(join(vault, 'note.md'), '# Note\n');
});
afterEach(() => {
  watcher?.close();
  rmSync(base, { recursive: true, force: true });
});

/** The paths of the first change the watcher reports. */
function firstChange(): Promise<readonly string[]> {
  return new Promise((done) => {
    watcher = watchVault(vault, (paths) => done(paths), 50);
  });
}

const tick = () => new Promise((done) => setTimeout(done, 50));

describe('watching a vault with links that leave it', () => {
  it('reports a saved note and nothing from outside the vault', async () => {
    const change = firstChange();
    await tick();
    symlinkSync('..', join(vault, 'up'));
    symlinkSync(join(base, 'data'), join(vault, 'sub', 'data'));
    await tick();
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(base, 'data', 'recollect.db'), `write ${i}`);
      await tick();
    }
    writeFileSync(join(vault, 'note.md'), '# Note\n\n- saved\n');
    expect(await change).toEqual(['note.md']);
  });
});
