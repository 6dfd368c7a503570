import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../src/store/errors.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open.js';
import { openSqliteDatabase } from '../../src/store/sqlite-open.js';
import type { Store } from '../../src/store/types.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'recollect-open-'));
const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

function pragmas(file: string) {
  const db = new BetterSqlite3(file, { readonly: true });
  const result = {
    journal: db.pragma('journal_mode', { simple: true }),
    version: db.pragma('user_version', { simple: true }),
  };
  db.close();
  return result;
}

/** A version after the real ones (the test upgrades a database of the latest version to it). */
const nextVersion: Migration = {
  version: LATEST_VERSION + 1,
  description: 'test-only extra table',
  async up(db) {
    await db.schema.createTable('extra').addColumn('x', 'integer').execute();
  },
};

describe('openStore', () => {
  it('creates only .recollect/recollect.db inside the vault, in WAL mode at the latest version', async () => {
    const vault = tempDir();
    writeFileSync(join(vault, 'note.md'), '# Note\n');
    opened.push(await openStore({ vault }));
    expect(readdirSync(vault).sort()).toEqual(['.recollect', 'note.md']);
    expect(pragmas(join(vault, '.recollect', 'recollect.db'))).toEqual({
      journal: 'wal',
      version: LATEST_VERSION,
    });
  });

  it('puts the database in another data folder when asked, leaving the vault untouched', async () => {
    const vault = tempDir();
    const data = join(tempDir(), 'data');
    opened.push(await openStore({ vault, dataDir: data }));
    expect(readdirSync(vault)).toEqual([]);
    expect(existsSync(join(data, 'recollect.db'))).toBe(true);
  });

  it('keeps what was stored across close and reopen', async () => {
    const vault = tempDir();
    const first = await openStore({ vault });
    await first.setSetting('newPerDay', 20);
    await first.close();
    const second = await openStore({ vault });
    opened.push(second);
    expect(await second.getSetting('newPerDay')).toBe(20);
  });

  it('takes the write lock when a transaction begins, so a scan cannot fail halfway on a busy database', async () => {
    const vault = tempDir();
    const store = await openStore({ vault });
    opened.push(store);
    const other = new BetterSqlite3(join(vault, '.recollect', 'recollect.db'), { timeout: 0 });
    const otherWrite = await store.transaction(async (tx) => {
      await tx.listNotes();
      try {
        other.exec(`insert into settings values ('x', '1')`);
        return 'written';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    other.close();
    expect(otherWrite).toBe('SQLITE_BUSY');
  });

  it('says the vault does not exist instead of creating it', async () => {
    const vault = join(tempDir(), 'missing');
    await expect(openStore({ vault })).rejects.toMatchObject({ name: 'VaultNotFoundError' });
    expect(existsSync(vault)).toBe(false);
  });

  it('refuses a database from a newer recollect and leaves it untouched', async () => {
    const vault = tempDir();
    await (await openStore({ vault })).close();
    const file = join(vault, '.recollect', 'recollect.db');
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const error = await openStore({ vault }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error).toMatchObject({ found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(pragmas(file).version).toBe(LATEST_VERSION + 5);
  });

  it('reports a file that is not a database with a typed error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'recollect.db'), 'this is not sqlite at all, just text '.repeat(50));
    await expect(openStore({ vault: dir, dataDir: dir })).rejects.toMatchObject({
      name: 'DatabaseUnreadableError',
    });
  });
});

describe('upgrading an existing database', () => {
  it('backs the old file up before migrating and keeps the data', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    const v1 = await openSqliteDatabase({ file });
    await v1.insertInto('settings').values({ key: 'k', value: '1' }).execute();
    await v1.destroy();
    const v2 = await openSqliteDatabase({
      file,
      migrations: [...MIGRATIONS, nextVersion],
      now: new Date('2025-03-01T09:00:00.000Z'),
    });
    expect((await v2.selectFrom('settings').selectAll().execute()).length).toBe(1);
    await v2.destroy();
    const backup = `recollect-${LATEST_VERSION}-2025-03-01T09-00-00-000Z.db`;
    expect(readdirSync(join(dir, 'backups'))).toEqual([backup]);
    expect(pragmas(join(dir, 'backups', backup)).version).toBe(LATEST_VERSION);
    expect(pragmas(file).version).toBe(LATEST_VERSION + 1);
  });

  it('keeps only the five newest backups', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    await (await openSqliteDatabase({ file })).destroy();
    for (let day = 1; day <= 7; day++) {
      const raw = new BetterSqlite3(file);
      raw.exec('drop table if exists extra');
      raw.pragma(`user_version = ${LATEST_VERSION}`);
      raw.close();
      const now = new Date(`2025-03-0${day}T09:00:00.000Z`);
      await (await openSqliteDatabase({ file, migrations: [...MIGRATIONS, nextVersion], now })).destroy();
    }
    expect(readdirSync(join(dir, 'backups')).map((name) => name.slice(12, 22))).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
    ]);
  });
});

describe('the study queue indexes (version 2)', () => {
  it('upgrade a version-1 database with its items, cards and reviews kept', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    const v1 = await openSqliteDatabase({ file, migrations: MIGRATIONS.slice(0, 1) });
    await v1
      .insertInto('items')
      .values({
        id: 'treaty',
        note_path: 'history.md',
        kind: 'qa',
        prompt: 'When was the Treaty of Versailles signed?',
        answer: '1919',
        choices: null,
        checklist: null,
        context: '[]',
        line: 3,
        end_line: 3,
        tags: '[]',
        fact: 'The Treaty of Versailles was signed in 1919',
        fact_key: 'the treaty of versailles was signed in 1919',
        state: 'active',
        leech: 0,
        suspended_at: null,
        created_at: 1,
        updated_at: 1,
        retired_at: null,
      })
      .execute();
    await v1.destroy();
    const latest = await openSqliteDatabase({ file, now: new Date('2025-03-01T09:00:00.000Z') });
    expect((await latest.selectFrom('items').select('id').execute()).map((r) => r.id)).toEqual(['treaty']);
    await latest.destroy();
    const raw = new BetterSqlite3(file, { readonly: true });
    const indexes = raw
      .prepare(
        "select name from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name",
      )
      .all()
      .map((row) => (row as { name: string }).name);
    raw.close();
    expect(indexes).toEqual([
      'cards_due_key',
      'items_fact_key',
      'items_new_order',
      'items_note_path',
      'review_log_item',
      'review_log_time',
    ]);
  });
});
