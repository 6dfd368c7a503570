/**
 * A database file that exists but cannot be read (0 bytes: a failed sync, a bad copy) is never replaced by a new
 * empty one: every command refuses it with one line that points at the backups and `check --repair`, which
 * restores the newest backup and keeps the damaged file.
 */
import { copyFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseUnreadableError } from '../../src/store/errors.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { createStudyService } from '../../src/study/create-service.js';
import { later, makeVault, NOW, type TempVault } from '../study/service-fixtures.js';
import { runCli } from './cli-io.js';

let temp: TempVault;
let file: string;
let backups: string;

beforeEach(async () => {
  temp = makeVault();
  file = join(temp.dataDir, 'recollect.db');
  backups = join(temp.dataDir, 'backups');
  const study = await temp.open();
  await study.scan(NOW);
  const card = (await study.next(NOW))!;
  await study.answer({ itemId: card.item.id, rating: 3 }, NOW);
  await study.close();
});
afterEach(() => temp.remove());

const reviewCount = (path: string): number => {
  const db = new BetterSqlite3(path, { readonly: true });
  const { n } = db.prepare('select count(*) as n from review_log').get() as { n: number };
  db.close();
  return n;
};

/** Takes a backup the way recollect does (a daily one on open), so there is one to restore. */
async function takeBackup(): Promise<void> {
  const study = await temp.open();
  await study.close();
}

describe('an empty (0-byte) study database', () => {
  it('is refused by scan with one line, and left as it was', async () => {
    writeFileSync(file, '');
    const run = await runCli(['scan', temp.vault, '--data', temp.dataDir, '--now', '2025-03-10T11:00:00Z']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `recollect: the study database ${file} is empty (0 bytes), so its history cannot be read; it was left ` +
        `untouched. Run 'recollect check --repair' to restore the newest backup from ${backups} ` +
        '(there is none yet)\n',
    );
    expect(statSync(file).size).toBe(0);
  });

  it('is refused by the study service that serve and study open', async () => {
    await takeBackup();
    writeFileSync(file, '');
    const opening = createStudyService({ vault: temp.vault, dataDir: temp.dataDir });
    await expect(opening).rejects.toThrow(DatabaseUnreadableError);
    await expect(opening).rejects.toThrow(
      new RegExp(`restore the newest backup from .*backups \\(recollect-${LATEST_VERSION}-.*\\.db\\)$`),
    );
    expect(statSync(file).size).toBe(0);
  });

  it('is restored from the newest backup by check --repair, keeping the empty file aside', async () => {
    await takeBackup();
    writeFileSync(file, '');
    const run = await runCli(['check', temp.vault, '--data', temp.dataDir, '--repair']);
    expect(run.stdout).toMatch(
      new RegExp(
        `^repaired: restored the newest backup .*recollect-${LATEST_VERSION}-.*\\.db; the damaged file is kept as .*recollect\\.db\\.damaged-.*$`,
        'm',
      ),
    );
    expect(run.stdout).toContain('no problems left');
    expect(run.code).toBe(0);
    expect(reviewCount(file)).toBe(1);
    const kept = readdirSync(temp.dataDir).filter((name) => name.startsWith('recollect.db.damaged-'));
    expect(kept).toHaveLength(1);
    expect(statSync(join(temp.dataDir, kept[0]!)).size).toBe(0);
    const study = await temp.open();
    await study.scan(later(NOW, 1000));
    await study.close();
  });

  it('is reported by check without --repair, with the backup to restore', async () => {
    await takeBackup();
    copyFileSync(file, `${file}.copy`);
    writeFileSync(file, '');
    const run = await runCli(['check', temp.vault, '--data', temp.dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('integrity: the file is empty (0 bytes); the newest backup is');
    expect(run.stdout).toContain("Run 'recollect check --repair' to fix what can be fixed.");
    expect(statSync(file).size).toBe(0);
  });
});
