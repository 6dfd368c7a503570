/**
 * `recollect check` for the SQLite store: verifies the database file and, when asked, repairs it in one
 * transaction after a backup. A second check after a repair finds nothing repairable left.
 * @example const report = await checkDatabase('vault/.recollect/recollect.db', { repair: true, now: new Date() });
 */
import { copyFileSync, existsSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backUpDatabase, listBackups } from './backup.js';
import { applyRepairs } from './check-repair.js';
import { type CheckProblem, findProblems } from './check-rules.js';
import { DatabaseBusyError, DatabaseReadOnlyError, DatabaseTooNewError } from './errors.js';
import { LATEST_VERSION } from './migrations.js';
import { salvageReviews } from './salvage.js';
import { fromSqliteError } from './sqlite-errors.js';
import { BUSY_TIMEOUT_MS } from './sqlite-open.js';

/** Enough for every chain of fixes the rules can produce (orphan → placeholder → card rebuilt). */
const REPAIR_PASSES = 3;

export type { CheckProblem, ProblemKind } from './check-rules.js';

export interface CheckOptions {
  readonly repair?: boolean;
  /** Stamps the backup and retirements made by a repair. */
  readonly now: Date;
  /** Defaults to `<dir of file>/backups`. */
  readonly backupsDir?: string;
}

export interface CheckReport {
  readonly file: string;
  /** Problems still there (after the repair, when one ran). */
  readonly problems: readonly CheckProblem[];
  /** One line per fix made. */
  readonly repaired: readonly string[];
  /** The backup taken before repairing. */
  readonly backup?: string;
}

/** Checks (and with `repair`, repairs) the database at `file`; throws DatabaseTooNewError for a newer schema. */
export async function checkDatabase(file: string, options: CheckOptions): Promise<CheckReport> {
  const backupsDir = options.backupsDir ?? join(dirname(file), 'backups');
  const first = await checkOnce(file, backupsDir, options);
  if (!first.unreadable || !options.repair) return first.report;
  const restored = restoreNewestBackup(file, backupsDir, options.now);
  if (restored === undefined) return first.report;
  const salvaged = salvageFrom(file, restored.kept);
  const after = await checkOnce(file, backupsDir, options);
  return { ...after.report, repaired: [restored.message, salvaged, ...after.report.repaired] };
}

/** One check (and repair) of the file as it is; `unreadable` when it cannot be read as a database at all. */
async function checkOnce(
  file: string,
  backupsDir: string,
  options: CheckOptions,
): Promise<{ report: CheckReport; unreadable: boolean }> {
  const failed = (reason: string) => ({
    report: { file, problems: [unreadable(reason, backupsDir)], repaired: [] },
    unreadable: true,
  });
  if (statSync(file).size === 0) return failed('the file is empty (0 bytes)');
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      db.close();
      throw new DatabaseTooNewError(version, LATEST_VERSION, { file });
    }
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    throwIfNotDamage(error, file);
    return failed(cannotRead(error));
  }
  let problems: CheckProblem[];
  try {
    db.pragma('foreign_keys = ON');
    problems = findProblems(db);
  } catch (error) {
    db.close();
    throwIfNotDamage(error, file);
    return failed(cannotRead(error));
  }
  try {
    return { report: await repairIfAsked(db, file, problems, backupsDir, options), unreadable: false };
  } finally {
    db.close();
  }
}

/**
 * A file that cannot be read as a database cannot be repaired in place: it is moved aside (never deleted) and the
 * newest backup copied in its place. Returns what was done, or undefined when there is no backup.
 */
function restoreNewestBackup(
  file: string,
  backupsDir: string,
  now: Date,
): { message: string; kept: string } | undefined {
  const newest = listBackups(backupsDir).at(-1);
  if (!newest) return undefined;
  const backup = join(backupsDir, newest.name);
  const kept = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(file, kept);
  } catch (error) {
    throw new DatabaseReadOnlyError(
      `cannot move the damaged study database ${file} aside to restore its backup (${(error as NodeJS.ErrnoException).code}): ` +
        'its folder is read-only. Nothing was changed',
      { cause: error, file },
    );
  }
  // A WAL left beside the damaged file belongs to it, not to the backup.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, kept + suffix);
  }
  copyFileSync(backup, file);
  return { message: `restored the newest backup ${backup}; the damaged file is kept as ${kept}`, kept };
}

/** Copies the answers given since the backup from the damaged file (`salvage.ts`); says what it could. */
function salvageFrom(file: string, damaged: string): string {
  const db = new BetterSqlite3(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const s = salvageReviews(db, damaged);
    const copied =
      s.reviews === 0
        ? 'found no answer in the damaged file that the backup lacks'
        : `copied ${s.reviews} ${s.reviews === 1 ? 'answer' : 'answers'} given since the backup from the damaged file` +
          (s.items > 0 ? ` (with ${s.items} ${s.items === 1 ? 'item' : 'items'} made since)` : '');
    return s.unreadable ? `${copied}; ${s.unreadable}` : copied;
  } finally {
    db.close();
  }
}

/**
 * A database this user may not write (its file or folder is read-only: a WAL database cannot even be read then) or
 * one another process holds locked is not damaged: say which, and leave it alone rather than restore a backup.
 */
function throwIfNotDamage(error: unknown, file: string): void {
  const typed = fromSqliteError(error, file);
  if (typed instanceof DatabaseReadOnlyError || typed instanceof DatabaseBusyError) throw typed;
}

const cannotRead = (error: unknown): string =>
  `the file cannot be read as a database (${(error as Error).message})`;

async function repairIfAsked(
  db: BetterSqlite3.Database,
  file: string,
  problems: CheckProblem[],
  backupsDir: string,
  options: CheckOptions,
): Promise<CheckReport> {
  if (!options.repair || !problems.some((p) => p.repairable)) return { file, problems, repaired: [] };
  const backup = await backUpDatabase(db, backupsDir, options.now);
  const repaired = db.transaction(() => repairUntilStable(db, problems, options.now)).immediate();
  return { file, problems: findProblems(db), repaired, backup };
}

/** Repair passes: one fix can reveal another (a card kept for a lost item may itself be impossible). */
function repairUntilStable(db: BetterSqlite3.Database, found: CheckProblem[], now: Date): string[] {
  const repaired: string[] = [];
  let problems = found;
  for (let pass = 0; pass < REPAIR_PASSES && problems.some((p) => p.repairable); pass++) {
    repaired.push(...applyRepairs(db, problems, now));
    problems = findProblems(db);
  }
  return repaired;
}

/** The problem of a file that cannot be read at all: repairable (by restoring a backup) when there is one. */
function unreadable(reason: string, backupsDir: string): CheckProblem {
  const newest = listBackups(backupsDir).at(-1);
  const restore = newest
    ? `; the newest backup is ${join(backupsDir, newest.name)}`
    : existsSync(backupsDir)
      ? ''
      : '; there is no backup';
  return { kind: 'integrity', message: `${reason}${restore}`, repairable: newest !== undefined };
}
