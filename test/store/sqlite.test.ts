import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMemoryStore, openStore } from '../../src/store/open.js';
import { runStoreContract } from './contract.js';

runStoreContract('SQLite in memory', () => openMemoryStore());
runStoreContract('SQLite file in a vault', () =>
  openStore({ vault: mkdtempSync(join(tmpdir(), 'recollect-')) }),
);

describe('SQLite change mark', () => {
  it("changes when another connection commits to the file, not with this connection's own commits", async () => {
    const vault = mkdtempSync(join(tmpdir(), 'recollect-'));
    const mine = await openStore({ vault });
    const other = await openStore({ vault });
    try {
      const start = await mine.externalChangeMark();
      expect(start).toEqual(expect.any(Number));
      await mine.setSetting('study.newPerDay', 5);
      expect(await mine.externalChangeMark()).toBe(start);
      await other.setSetting('study.newPerDay', 6);
      expect(await mine.externalChangeMark()).not.toBe(start);
    } finally {
      await mine.close();
      await other.close();
    }
  });
});
