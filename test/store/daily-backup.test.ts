import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupTime, dailyBackupDue } from '../../src/store/backup.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { openSqliteDatabase } from '../../src/store/sqlite-open.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'recollect-backup-'));

async function openAt(file: string, iso: string): Promise<void> {
  await (await openSqliteDatabase({ file, now: new Date(iso) })).destroy();
}

describe('the daily backup', () => {
  it('is not taken for a brand-new database, which holds nothing yet', async () => {
    const dir = tempDir();
    await openAt(join(dir, 'recollect.db'), '2025-03-01T09:00:00.000Z');
    expect(readdirSync(dir)).not.toContain('backups');
  });

  it('is taken when the newest backup is a day old, and not again within the day', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    await openAt(file, '2025-03-01T09:00:00.000Z');
    await openAt(file, '2025-03-01T10:00:00.000Z');
    await openAt(file, '2025-03-01T20:00:00.000Z');
    await openAt(file, '2025-03-02T09:59:59.999Z');
    await openAt(file, '2025-03-02T10:00:00.000Z');
    expect(readdirSync(join(dir, 'backups'))).toEqual([
      `recollect-${LATEST_VERSION}-2025-03-01T10-00-00-000Z.db`,
      `recollect-${LATEST_VERSION}-2025-03-02T10-00-00-000Z.db`,
    ]);
  });

  it('keeps the last five and each holds the data committed before it', async () => {
    const dir = tempDir();
    const file = join(dir, 'recollect.db');
    for (let day = 1; day <= 8; day++) {
      const db = await openSqliteDatabase({ file, now: new Date(`2025-03-0${day}T09:00:00.000Z`) });
      await db
        .insertInto('settings')
        .values({ key: `day${day}`, value: '1' })
        .execute();
      await db.destroy();
    }
    const names = readdirSync(join(dir, 'backups'));
    expect(names.map((n) => n.slice(12, 22))).toEqual([
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
    ]);
    // Opened on day 8, the backup holds days 1–7: everything committed before that open.
    const newest = new BetterSqlite3(join(dir, 'backups', names[4] as string), { readonly: true });
    expect(newest.prepare('select count(*) as n from settings').get()).toEqual({ n: 7 });
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    newest.close();
  });

  it('reads the time a backup was taken from its name', () => {
    expect(backupTime('recollect-1-2025-03-01T09-30-00-250Z.db')?.toISOString()).toBe(
      '2025-03-01T09:30:00.250Z',
    );
    expect(backupTime('notes.db')).toBeUndefined();
    expect(dailyBackupDue(join(tempDir(), 'none'), new Date())).toBe(true);
  });
});
