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

/** The first schema alone: a database as the first release left it. */
const FIRST_VERSION = MIGRATIONS.filter((m) => m.version === 1);

const secondVersion: Migration = {
  version: 2,
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
    raw.pragma('user_version = 7');
    raw.close();
    const error = await openStore({ vault }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error).toMatchObject({ found: 7, supported: LATEST_VERSION });
    expect(pragmas(file).version).toBe(7);
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
    const v1 = await openSqliteDatabase({ file, migrations: FIRST_VERSION });
    await v1.insertInto('settings').values({ key: 'k', value: '1' }).execute();
    await v1.destroy();
    const latest = await openSqliteDatabase({ file, now: new Date('2025-03-01T09:00:00.000Z') });
    expect((await latest.selectFrom('settings').selectAll().execute()).length).toBe(1);
    await latest.destroy();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['recollect-1-2025-03-01T09-00-00-000Z.db']);
    expect(pragmas(join(dir, 'backups', 'recollect-1-2025-03-01T09-00-00-000Z.db')).version).toBe(1);
    expect(pragmas(file).version).toBe(LATEST_VERSION);
  });

  it('forgets the fingerprints of the notes stored before the timeline, so the next scan builds them once', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    const v1 = await openSqliteDatabase({ file, migrations: FIRST_VERSION });
    await v1
      .insertInto('notes')
      .values({ path: 'a.md', hash: 'abc', size: 12, mtime_ms: 5, title: 'A', last_seen_at: 1 })
      .execute();
    await v1.destroy();
    const latest = await openSqliteDatabase({ file });
    expect(await latest.selectFrom('notes').select(['path', 'hash', 'size', 'mtime_ms']).execute()).toEqual([
      { path: 'a.md', hash: '', size: -1, mtime_ms: 5 },
    ]);
    expect(await latest.selectFrom('events').selectAll().execute()).toEqual([]);
    await latest.destroy();
  });

  it("moves the vault's people from their setting into each note's record", async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    const v3 = await openSqliteDatabase({ file, migrations: MIGRATIONS.filter((m) => m.version <= 3) });
    const note = { hash: 'abc', size: 12, mtime_ms: 5, title: 'A', last_seen_at: 1 };
    await v3
      .insertInto('notes')
      .values([
        { ...note, path: 'a.md' },
        { ...note, path: 'b.md' },
      ])
      .execute();
    const people = { 'a.md': ['Vladimir Lenin'], 'gone.md': ['Karl Marx'] };
    await v3
      .insertInto('settings')
      .values({ key: 'vault.people', value: JSON.stringify(people) })
      .execute();
    await v3.destroy();
    const latest = await openSqliteDatabase({ file });
    expect(await latest.selectFrom('notes').select(['path', 'people', 'size', 'hash']).execute()).toEqual([
      { path: 'a.md', people: '["Vladimir Lenin"]', size: 12, hash: 'abc' },
      { path: 'b.md', people: '[]', size: 12, hash: 'abc' },
    ]);
    expect(await latest.selectFrom('settings').selectAll().execute()).toEqual([]);
    await latest.destroy();
    expect(pragmas(file).version).toBe(LATEST_VERSION);
  });

  it("counts each person's notes from the notes' people (a damaged value counts as none)", async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    const v4 = await openSqliteDatabase({ file, migrations: MIGRATIONS.filter((m) => m.version <= 4) });
    const note = { hash: 'abc', size: 12, mtime_ms: 5, title: 'A', last_seen_at: 1 };
    await v4
      .insertInto('notes')
      .values([
        { ...note, path: 'a.md', people: '["Vladimir Lenin", "Leon Trotsky", "Vladimir Lenin"]' },
        { ...note, path: 'b.md', people: '["Leon Trotsky", 7]' },
        { ...note, path: 'c.md', people: '["Karl Marx"' },
        { ...note, path: 'd.md', people: '[]' },
      ])
      .execute();
    await v4.destroy();
    const latest = await openSqliteDatabase({ file });
    expect(await latest.selectFrom('note_people').selectAll().orderBy('name').execute()).toEqual([
      { name: 'Leon Trotsky', notes: 2 },
      { name: 'Vladimir Lenin', notes: 1 },
    ]);
    await latest.destroy();
    expect(pragmas(file).version).toBe(LATEST_VERSION);
  });

  it('keeps only the five newest backups', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    await (await openSqliteDatabase({ file, migrations: FIRST_VERSION })).destroy();
    for (let day = 1; day <= 7; day++) {
      const raw = new BetterSqlite3(file);
      raw.exec('drop table if exists extra');
      raw.pragma('user_version = 1');
      raw.close();
      const now = new Date(`2025-03-0${day}T09:00:00.000Z`);
      await (
        await openSqliteDatabase({ file, migrations: [...FIRST_VERSION, secondVersion], now })
      ).destroy();
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
