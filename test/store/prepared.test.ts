import { describe, expect, it } from 'vitest';
import { type PreparedStatements, runPrepared } from '../../src/store/prepared.js';
import { openSqliteDatabase } from '../../src/store/sqlite-open.js';

describe('statements compiled once', () => {
  it('run again with each call’s own values, the same name standing in two places', async () => {
    const db = await openSqliteDatabase({ file: ':memory:' });
    const statements: PreparedStatements = new Map();
    const put = (key: string, value: string) =>
      runPrepared(db, statements, 'put', { key, value }, (param) =>
        db
          .insertInto('settings')
          .values({ key: param('key'), value: param('value') })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: param('value') })),
      );
    await put('a', '1');
    await put('b', '2');
    await put('a', '3');
    expect(statements.size).toBe(1);
    expect(await db.selectFrom('settings').selectAll().orderBy('key').execute()).toEqual([
      { key: 'a', value: '3' },
      { key: 'b', value: '2' },
    ]);
    await db.destroy();
  });

  it('refuses a statement with a value that did not come through param, and a call missing a value', async () => {
    const db = await openSqliteDatabase({ file: ':memory:' });
    const statements: PreparedStatements = new Map();
    await expect(
      runPrepared(db, statements, 'fixed', {}, () =>
        db.selectFrom('settings').selectAll().where('key', '=', 'a'),
      ),
    ).rejects.toThrow('statement fixed has a parameter that did not come through param()');
    await expect(
      runPrepared(db, statements, 'get', {}, (param) =>
        db.selectFrom('settings').selectAll().where('key', '=', param('key')),
      ),
    ).rejects.toThrow('statement get needs a value for key');
    await db.destroy();
  });
});
