import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, openStore } from '../../src/store/open.js';
import { runStoreContract } from './contract.js';

runStoreContract('SQLite in memory', () => openMemoryStore());
runStoreContract('SQLite file in a vault', () =>
  openStore({ vault: mkdtempSync(join(tmpdir(), 'recollect-')) }),
);
