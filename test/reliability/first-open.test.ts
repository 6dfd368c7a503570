/**
 * Several recollect processes started at once on a vault that has no study database yet (`recollect scan &
 * recollect study`): one creates it, the others wait for it; none reports a table that already exists or an
 * "empty" database, and the database ends up with one copy of each item.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVault, type TempVault } from '../study/service-fixtures.js';
import { bundleChild } from './bundle-child.js';

const PROCESSES = 4;
const ROUNDS = 4;
let child = '';
let temp: TempVault;

beforeAll(async () => {
  child = await bundleChild('first-open-child');
});
beforeEach(() => {
  temp = makeVault();
});
afterEach(() => temp.remove());

function run(dataDir: string, startAt: number): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const args = [child, temp.vault, dataDir, String(startAt)];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('close', (code) => resolve({ code, err }));
  });
}

describe('processes opening a new study database together', () => {
  it('all succeed, and the database holds each item once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(temp.root, `data-${round}`);
      // Time enough for every child to start and load before the common instant.
      const startAt = Date.now() + 1500;
      const runs = await Promise.all(Array.from({ length: PROCESSES }, () => run(dataDir, startAt)));
      expect(runs.map((r) => (r.code === 0 ? 'ok' : r.err.trim()))).toEqual(Array(PROCESSES).fill('ok'));
      const db = new BetterSqlite3(join(dataDir, 'recollect.db'), { readonly: true });
      const { n, ids } = db.prepare('select count(*) as n, count(distinct id) as ids from items').get() as {
        n: number;
        ids: number;
      };
      db.close();
      // Cells: Mitochondria asked both ways, the nucleus, the ribosomes; Rivers: the Nile, the Danube, 1869.
      expect([n, ids]).toEqual([7, 7]);
    }
  }, 120_000);
});
