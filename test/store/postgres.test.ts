import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../src/store/errors.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { freePort } from '../../src/store/pg-embedded.js';
import { connectPostgres, openPostgresStore, storeVersion } from '../../src/store/pg-open.js';
import { usePostgres } from '../helpers/postgres.js';
import { runStoreContract } from './contract.js';
import { makeItem } from './fixtures.js';

const pg = usePostgres();

runStoreContract('PostgreSQL, a schema per store', () =>
  openPostgresStore(pg.connection(), pg.freshSchema('contract')),
);

describe('PostgreSQL stores side by side', () => {
  const T0 = new Date('2025-03-01T09:00:00.000Z');
  const lenin = makeItem({ fact: 'Lenin died in 1924', path: 'history/ussr.md' });

  it('keeps the stores of two schemas apart', async () => {
    const a = await openPostgresStore(pg.connection(), pg.freshSchema());
    const b = await openPostgresStore(pg.connection(), pg.freshSchema());
    await a.insertItems([lenin], T0);
    await a.setSetting('desiredRetention', 0.8);
    expect((await a.listItems()).map((i) => i.id)).toEqual([lenin.id]);
    expect(await b.listItems()).toEqual([]);
    expect(await b.getSetting('desiredRetention')).toBeUndefined();
  });

  it('cannot tell changes by other connections, so a process keeps nothing it read (change mark null)', async () => {
    const store = await openPostgresStore(pg.connection(), pg.freshSchema());
    expect(await store.externalChangeMark()).toBeNull();
  });

  it('opens every connection of a warm pool up front', async () => {
    const name = `recollect-warm-${process.pid}`;
    const open = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from pg_stat_activity where application_name = ${name}`.execute(
          pg.connection().db,
        )
      ).rows[0]?.n;
    const warm = await connectPostgres({
      url: pg.url(),
      maxConnections: 4,
      warm: true,
      applicationName: name,
    });
    try {
      expect(await open()).toBe(4);
    } finally {
      await warm.close();
    }
    // A closed connection's backend leaves pg_stat_activity a moment after the client has gone (under load, after
    // the next query here): wait for it, up to 10 s, rather than read it once.
    let left = await open();
    for (let tries = 0; left !== 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await open();
    }
    expect(left).toBe(0);
  });

  it('records the schema version and migrates a schema only once', async () => {
    const schema = pg.freshSchema();
    await openPostgresStore(pg.connection(), schema);
    await openPostgresStore(pg.connection(), schema);
    expect(await storeVersion(pg.connection(), schema)).toBe(MIGRATIONS.length);
  });

  it("moves the vault's people from their setting into each note's record when upgrading from version 3", async () => {
    const schema = pg.freshSchema();
    const v3 = await openPostgresStore(pg.connection(), schema, {
      migrations: MIGRATIONS.filter((m) => m.version <= 3),
    });
    // This build's upsertNotes writes the people column, which version 3 lacks: the rows are written by hand.
    await sql`insert into ${sql.id(schema, 'notes')} (path, hash, size, mtime_ms, title, last_seen_at)
      values ('a.md', 'h', 3, 1.5, 'A', 1), ('b.md', 'h', 3, 1.5, 'B', 1)`.execute(pg.connection().db);
    await v3.setSetting('vault.people', { 'a.md': ['Vladimir Lenin'], 'gone.md': ['Karl Marx'] });
    const latest = await openPostgresStore(pg.connection(), schema);
    expect(await storeVersion(pg.connection(), schema)).toBe(MIGRATIONS.length);
    expect(await latest.listNotePeople()).toEqual(new Map([['a.md', ['Vladimir Lenin']]]));
    expect((await latest.listNotes()).map((n) => n.path)).toEqual(['a.md', 'b.md']);
    expect(await latest.getSetting('vault.people')).toBeUndefined();
  });

  it('refuses a schema written by a newer recollect, untouched', async () => {
    const schema = pg.freshSchema();
    const newer = { version: MIGRATIONS.length + 1, description: 'future', up: async () => undefined };
    await openPostgresStore(pg.connection(), schema, { migrations: [...MIGRATIONS, newer] });
    await expect(openPostgresStore(pg.connection(), schema)).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(await storeVersion(pg.connection(), schema)).toBe(MIGRATIONS.length + 1);
  });

  it('keeps millisecond times, fractional mtimes and 8-byte floats exactly', async () => {
    const store = await openPostgresStore(pg.connection(), pg.freshSchema());
    await store.upsertNotes(
      [{ path: 'a.md', hash: 'h', size: 3, mtimeMs: 1740819600123.25, title: 'A' }],
      T0,
    );
    expect((await store.listNotes())[0]?.mtimeMs).toBe(1740819600123.25);
    await store.insertItems([lenin], T0);
    const card = {
      phase: 'review' as const,
      due: '2286-11-20T17:46:40.123Z',
      stability: Math.PI,
      difficulty: 5.123456789012345,
      elapsedDays: 0.1,
      scheduledDays: 12.5,
      learningSteps: 0,
      reps: 7,
      lapses: 1,
      lastReview: '2025-03-01T09:00:00.001Z',
    };
    await store.saveCard(lenin.id, card);
    expect(await store.getCard(lenin.id)).toEqual(card);
  });

  it('lets one writer at a time into a store, as SQLite does, and others into other stores', async () => {
    const schema = pg.freshSchema();
    const first = await openPostgresStore(pg.connection(), schema);
    const second = await openPostgresStore(pg.connection(), schema);
    const elsewhere = await openPostgresStore(pg.connection(), pg.freshSchema());
    const order: string[] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = (): void => undefined;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const a = first.transaction(async (tx) => {
      order.push('a starts');
      entered();
      await held;
      await tx.setSetting('counter', 1);
      order.push('a ends');
    });
    await inside;
    const b = second.transaction(async (tx) => {
      order.push('b starts');
      await tx.setSetting('counter', ((await tx.getSetting<number>('counter')) ?? 0) + 1);
    });
    await elsewhere.transaction((tx) => tx.setSetting('counter', 5));
    order.push('other store done');
    release();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'other store done', 'a ends', 'b starts']);
    expect(await first.getSetting('counter')).toBe(2);
  });
});

describe('PostgreSQL that cannot be reached', () => {
  it('says so with a typed error naming the server but not the password', async () => {
    const port = await freePort();
    const error = await connectPostgres({ url: `postgres://u:secret@127.0.0.1:${port}/db` }).catch((e) => e);
    expect(error).toMatchObject({ name: 'DatabaseUnavailableError' });
    expect(error.message).toBe(`cannot reach the PostgreSQL server 127.0.0.1:${port}/db (ECONNREFUSED)`);
  });

  it('says the login was refused for a wrong password', async () => {
    const url = new URL(pg.url());
    url.password = 'wrong';
    const error = await connectPostgres({ url: url.toString() }).catch((e) => e);
    expect(error).toMatchObject({ name: 'DatabaseUnavailableError' });
    expect(error.message).toContain('refused the connection: wrong user, password or database (28P01)');
  });
});
