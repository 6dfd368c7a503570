/**
 * Backups of the study database: before each migration, once a day on open, and before `check --repair`.
 * Each is a page copy through SQLite's online backup API (`db.backup()`), so committed WAL content is
 * included and another process may keep writing meanwhile. Names carry the schema version and the time
 * (`recollect-<version>-<ISO time with - for :>.db`), so the newest is found without trusting file times.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

export const BACKUPS_KEPT = 5;
export const DAILY_BACKUP_MS = 24 * 60 * 60 * 1000;

const BACKUP_NAME = /^recollect-\d+-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.db$/;

/** The file name of a backup of schema `version` taken at `now`. */
export function backupName(version: number, now: Date): string {
  return `recollect-${version}-${now.toISOString().replace(/[:.]/g, '-')}.db`;
}

/** When the backup called `name` was taken, or undefined for a file that is not one of ours. */
export function backupTime(name: string): Date | undefined {
  const m = BACKUP_NAME.exec(name);
  if (!m) return undefined;
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
}

/** Our backups in `dir`, oldest first. */
export function listBackups(dir: string): { name: string; takenAt: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, takenAt: backupTime(name) }))
    .filter((b): b is { name: string; takenAt: Date } => b.takenAt !== undefined)
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.name.localeCompare(b.name));
}

/** Copies the open database into `dir`, keeps the newest BACKUPS_KEPT; returns the backup's path. */
export async function backUpDatabase(
  database: BetterSqlite3.Database,
  dir: string,
  now: Date,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const version = database.pragma('user_version', { simple: true }) as number;
  const target = join(dir, backupName(version, now));
  // Written under another name first: a process killed mid-copy must not leave a truncated "newest backup".
  const partial = `${target}.partial`;
  await database.backup(partial);
  renameSync(partial, target);
  pruneBackups(dir);
  return target;
}

/** Deletes all but the newest `keep` backups. */
export function pruneBackups(dir: string, keep = BACKUPS_KEPT): void {
  const backups = listBackups(dir);
  for (const name of readdirSync(dir))
    if (name.endsWith('.db.partial')) rmSync(join(dir, name), { force: true });
  for (const { name } of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(join(dir, name));
}

/** True when no backup in `dir` is younger than a day at `now`. */
export function dailyBackupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir).at(-1);
  return newest === undefined || now.getTime() - newest.takenAt.getTime() >= DAILY_BACKUP_MS;
}

/**
 * Takes the daily backup if one is due; returns its path, or undefined when none was needed or it failed.
 * A failed daily backup (disk full, read-only folder) must not stop studying: the database itself is intact,
 * and the write that follows reports the real problem with its own clear message.
 */
export async function backUpDaily(
  database: BetterSqlite3.Database,
  dir: string,
  now: Date,
): Promise<string | undefined> {
  if (!dailyBackupDue(dir, now)) return undefined;
  try {
    return await backUpDatabase(database, dir, now);
  } catch {
    return undefined;
  }
}
