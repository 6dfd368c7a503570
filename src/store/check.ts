/**
 * `recollect check` for the SQLite store: verifies the database file and, when asked, repairs it in one
 * transaction after a backup. A second check after a repair finds nothing repairable left.
 * @example const report = await checkDatabase('vault/.recollect/recollect.db', { repair: true, now: new Date() });
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backUpDatabase, listBackups } from './backup.js';
import { applyRepairs } from './check-repair.js';
import { type CheckProblem, findProblems } from './check-rules.js';
import { DatabaseTooNewError } from './errors.js';
import { LATEST_VERSION } from './migrations.js';
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
    return { file, problems: [unreadable(error, backupsDir)], repaired: [] };
  }
  try {
    return await inspect(db, file, backupsDir, options);
  } finally {
    db.close();
  }
}

async function inspect(
  db: BetterSqlite3.Database,
  file: string,
  backupsDir: string,
  options: CheckOptions,
): Promise<CheckReport> {
  let problems: CheckProblem[];
  try {
    db.pragma('foreign_keys = ON');
    problems = findProblems(db);
  } catch (error) {
    return { file, problems: [unreadable(error, backupsDir)], repaired: [] };
  }
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

function unreadable(error: unknown, backupsDir: string): CheckProblem {
  const newest = listBackups(backupsDir).at(-1);
  const restore = newest
    ? `; the newest backup is ${join(backupsDir, newest.name)}`
    : existsSync(backupsDir)
      ? ''
      : '; there is no backup';
  return {
    kind: 'integrity',
    message: `the file cannot be read as a database (${(error as Error).message})${restore}`,
    repairable: false,
  };
}
