/**
 * The study database in a bad environment: read-only, locked by another process, from a newer recollect,
 * corrupt, or on a full disk. Each gives one clear message and loses nothing. Real files and processes; the
 * read-only case is reached by opening the file read-only (what SQLite does by itself for a file it may not
 * write: as root, chmod cannot make one here) and by a database path that is a directory.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeScheduler } from '../../src/schedule/index.js';
import { DatabaseBusyError, DatabaseFullError, DatabaseReadOnlyError } from '../../src/store/errors.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import type { Database } from '../../src/store/schema.js';
import { forKysely } from '../../src/store/sqlite-database.js';
import { openSqliteDatabase } from '../../src/store/sqlite-open.js';
import { recordAnswer } from '../../src/study/answering.js';
import { makeItem } from '../store/fixtures.js';
import { makeVault, NOW, type TempVault } from '../study/service-fixtures.js';
import { runCli } from './cli-io.js';

const root = join(import.meta.dirname, '..', '..');
let temp: TempVault;
let file: string;

beforeEach(async () => {
  temp = makeVault();
  file = join(temp.dataDir, 'recollect.db');
  const study = await temp.open();
  await study.scan(NOW);
  await study.close();
});
afterEach(() => temp.remove());

const scanCli = () => runCli(['scan', temp.vault, '--data', temp.dataDir, '--now', '2025-03-10T11:00:00Z']);

/** A child process that takes the write lock with BEGIN EXCLUSIVE and holds it for `holdMs`. */
function holdLock(holdMs: number): Promise<{ released: Promise<void> }> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('begin exclusive');
    process.stdout.write('locked\\n'); setTimeout(() => { db.exec('commit'); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ['-e', script, file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const released = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released });
    });
  });
}

async function storeOn(busyTimeoutMs = 5000) {
  const db = await openSqliteDatabase({ file, busyTimeoutMs, now: NOW });
  return { db, store: new KyselyStore(db) };
}

const ctx = (store: KyselyStore) => ({ store, scheduler: makeScheduler({}), leechThreshold: 8 });

describe('a database that cannot be written', () => {
  it('says the database is read-only when SQLite refuses a write, and changes nothing', async () => {
    const raw = new BetterSqlite3(file, { readonly: true });
    const store = new KyselyStore(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: forKysely(raw) }) }),
    );
    const error = await store.setSetting('newPerDay', 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseReadOnlyError);
    expect((error as Error).message).toBe(
      `cannot write the study database ${file}: the file or its folder is read-only (or is not a file). ` +
        'Check its permissions, or use --data DIR to keep the database elsewhere',
    );
    await store.close();
  });

  it('gives one clear line, not a stack, when the database path is a folder', async () => {
    const data = join(temp.root, 'odd-data');
    mkdirSync(join(data, 'recollect.db'), { recursive: true });
    const run = await runCli(['scan', temp.vault, '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `recollect: cannot write the study database ${join(data, 'recollect.db')}: the file or its folder is ` +
        'read-only (or is not a file). Check its permissions, or use --data DIR to keep the database elsewhere\n',
    );
  });
});

describe('a database locked by another process', () => {
  it('waits for the other writer and records the answer', async () => {
    const { store } = await storeOn();
    const [item] = await store.listItems();
    const lock = await holdLock(800);
    const started = performance.now();
    const result = await recordAnswer(ctx(store), { itemId: item!.id, rating: 3 }, NOW);
    expect(performance.now() - started).toBeGreaterThan(500);
    expect(await store.getReview(result.logId)).toMatchObject({ itemId: item!.id, rating: 3 });
    await lock.released;
    await store.close();
  });

  it('says the database is busy, not "database is locked", when the other writer never lets go', async () => {
    const { store } = await storeOn(150);
    const [item] = await store.listItems();
    const lock = await holdLock(3000);
    const error = await recordAnswer(ctx(store), { itemId: item!.id, rating: 3 }, NOW).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect((error as Error).message).toBe(
      'the study database is busy (another recollect is writing); try again',
    );
    await lock.released;
    expect(await store.reviewsSince(new Date(0))).toEqual([]);
    await store.close();
  });
});

describe('a database from a newer recollect or a damaged one', () => {
  it('refuses a newer schema with a message that says to upgrade, leaving the file as it was', async () => {
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 9');
    raw.close();
    const run = await scanCli();
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      `recollect: The database has schema version 9, but this recollect supports up to ${LATEST_VERSION}. ` +
        'Upgrade recollect; the database was left untouched.\n',
    );
  });

  it('names the damaged file and suggests recollect check when the bytes are garbage', async () => {
    writeFileSync(file, Buffer.alloc(8192, 0xab));
    const run = await scanCli();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `recollect: the study database ${file} is damaged or is not a recollect database. ` +
        "Run 'recollect check' to see what can be repaired; backups are in its backups/ folder\n",
    );
  });
});

describe('a full disk during an answer', () => {
  it('records nothing of the failed answer, keeps every earlier one, and says the disk is full', async () => {
    const { db, store } = await storeOn();
    await store.insertItems([makeItem({ fact: 'Padding keeps the page count honest'.repeat(40) })], NOW);
    const [item] = await store.listItems();
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
    const acknowledged: number[] = [];
    let failure: unknown;
    for (let n = 0; n < 500 && failure === undefined; n++) {
      const at = new Date(NOW.getTime() + n * 60_000);
      await recordAnswer(ctx(store), { itemId: item!.id, rating: 3 }, at)
        .then((r) => acknowledged.push(r.logId))
        .catch((e: unknown) => {
          failure = e;
        });
    }
    expect(failure).toBeInstanceOf(DatabaseFullError);
    expect((failure as Error).message).toBe(
      `could not write to the study database ${file}: the disk is full. Nothing was changed; ` +
        'free some space and try again',
    );
    const logged = (await store.reviewsForItem(item!.id)).map((r) => r.id);
    expect(logged).toEqual(acknowledged);
    // The card is the one saved by the last acknowledged answer, not by the failed one.
    const last = await store.getReview(acknowledged.at(-1)!);
    expect(await store.getCard(item!.id)).toEqual(last?.stateAfter);
    await store.close();
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});
