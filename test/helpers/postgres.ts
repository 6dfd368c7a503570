/**
 * A real PostgreSQL for a test file: `const pg = usePostgres()` starts one embedded server for the file
 * (beforeAll) and stops it afterwards; `pg.freshSchema()` names a schema no other test uses, so tests stay
 * independent without a new server or database each.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/store/pg-embedded.js';
import { connectPostgres, type PostgresConnection } from '../../src/store/pg-open.js';

export interface TestPostgres {
  /** Connection URL of the running server (valid inside tests). */
  readonly url: () => string;
  /** A pool shared by the file's tests. */
  readonly connection: () => PostgresConnection;
  /** A schema name unique to this server's life. */
  readonly freshSchema: (prefix?: string) => string;
}

/** Starts an embedded PostgreSQL for the current test file. */
export function usePostgres(): TestPostgres {
  let server: RunningPostgres | undefined;
  let connection: PostgresConnection | undefined;
  let dir = '';
  let count = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recollect-pg-'));
    // Under root the server runs as 'postgres', which must be able to enter the folder.
    chmodSync(dir, 0o755);
    server = await startEmbeddedPostgres({ dir, disposable: true });
    connection = await connectPostgres({ url: server.url });
  }, 60_000);
  afterAll(async () => {
    await connection?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('PostgreSQL is not running: use it inside tests');
    return value;
  };
  return {
    url: () => must(server).url,
    connection: () => must(connection),
    freshSchema: (prefix = 't') => `${prefix}_${process.pid}_${++count}`,
  };
}
