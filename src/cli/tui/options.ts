/** Flags shared by the study commands (`--data`, `--now`) and opening the study service they ask for. */
import { UsageError } from '../../errors.js';
import type { StudyService } from '../../study/service.js';
import type { OptionSpec } from '../command.js';
import type { Io } from '../io.js';

export const STUDY_OPTIONS: Readonly<Record<'data' | 'now', OptionSpec>> = {
  data: {
    type: 'string',
    valueName: 'DIR',
    description: 'folder of the study database (default: <vault>/.recollect)',
  },
  now: {
    type: 'string',
    valueName: 'ISO',
    description: 'pretend the time is ISO (e.g. 2025-03-10T09:00:00Z); also RECOLLECT_NOW',
  },
};

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The `--now` / RECOLLECT_NOW instant, if one was given; a bad value is a usage error. */
export function fixedNow(values: Values, io: Io): Date | undefined {
  const raw = typeof values.now === 'string' ? values.now : io.env.RECOLLECT_NOW;
  if (raw === undefined || raw === '') return undefined;
  const date = new Date(raw);
  if (!/^\d{4}-\d\d-\d\d/.test(raw) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now expects an ISO date and time such as 2025-03-10T09:00:00Z, got '${raw}'`);
  }
  return date;
}

/** Study time: the real clock, or the `--now` instant moving forward as real time passes. */
export function studyClock(values: Values, io: Io): () => Date {
  const start = fixedNow(values, io);
  if (start === undefined) return () => new Date();
  const startedAt = io.now();
  return () => new Date(start.getTime() + Math.round(io.now() - startedAt));
}

/** Opens the study service of `vault` (loaded lazily so other commands never load SQLite). */
export async function openStudy(vault: string, values: Values): Promise<StudyService> {
  const { createStudyService } = await import('../../study/create-service.js');
  return createStudyService({
    vault,
    ...(typeof values.data === 'string' ? { dataDir: values.data } : {}),
  });
}

/**
 * Where the study database of `vault` is and whether it exists yet, after checking that the vault is a folder
 * (so a missing vault is reported as such). Creates nothing: read-only commands use it before opening a store.
 */
export async function existingDatabase(
  vault: string,
  values: Values,
): Promise<{ file: string; exists: boolean }> {
  const [{ resolveVault }, { dataDirFor, DATABASE_FILE }, { existsSync }, { join }] = await Promise.all([
    import('../../vault/index.js'),
    import('../../store/index.js'),
    import('node:fs'),
    import('node:path'),
  ]);
  await resolveVault(vault);
  const dir = dataDirFor({ vault, ...(typeof values.data === 'string' ? { dataDir: values.data } : {}) });
  const file = join(dir, DATABASE_FILE);
  return { file, exists: existsSync(file) };
}

/** What read-only commands say when the vault has no study database yet. */
export function noDatabaseYet(file: string): string {
  return `No study database at ${file} yet: run 'recollect scan' or 'recollect study' first.\n`;
}
