/**
 * Study settings kept in the store's settings table (one row per key), so every surface and every session
 * schedules the same way. Defaults follow Anki/FSRS: 20 new and 200 reviews a day, desired retention 0.9.
 */
import { type DayBoundary, DEFAULT_LEECH_THRESHOLD } from '../schedule/index.js';
import type { Store } from '../store/types.js';
import { StudySettingsError } from './errors.js';

export interface StudySettings {
  readonly desiredRetention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  readonly leechThreshold: number;
  /** Optimised FSRS parameters (from `recollect optimize`); null for ts-fsrs defaults. */
  readonly weights: readonly number[] | null;
  /** Hour at which a study day starts (Anki: 4). */
  readonly rolloverHour: number;
  /** IANA zone for study days; null means the machine's zone. */
  readonly timeZone: string | null;
}

export const DEFAULT_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  leechThreshold: DEFAULT_LEECH_THRESHOLD,
  weights: null,
  rolloverHour: 4,
  timeZone: null,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof StudySettings)[];
const PREFIX = 'study.';

function checkType(key: keyof StudySettings, value: unknown): void {
  const expected = DEFAULT_SETTINGS[key];
  const ok =
    value === null
      ? key === 'weights' || key === 'timeZone'
      : key === 'weights'
        ? Array.isArray(value) && value.every((w) => typeof w === 'number')
        : key === 'timeZone'
          ? typeof value === 'string'
          : typeof value === typeof expected;
  if (!ok) throw new StudySettingsError(`setting ${key} has an invalid value: ${JSON.stringify(value)}`);
}

/** The stored settings over the defaults. */
export async function loadSettings(store: Store): Promise<StudySettings> {
  const loaded: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  // One query (the class server loads them on every request).
  const stored = await store.getSettings(KEYS.map((key) => PREFIX + key));
  for (const key of KEYS) {
    const value = stored.get(PREFIX + key);
    if (value === undefined) continue;
    checkType(key, value);
    loaded[key] = value;
  }
  return loaded as unknown as StudySettings;
}

/** Stores the given settings (others keep their values). */
export async function saveSettings(store: Store, patch: Partial<StudySettings>): Promise<void> {
  await store.transaction(async (tx) => {
    for (const key of KEYS) {
      if (!(key in patch)) continue;
      const value = patch[key];
      checkType(key, value);
      await tx.setSetting(PREFIX + key, value);
    }
  });
}

/** The machine's time zone, used when no zone is set (outside the pure core, so reading it is fine here). */
export function boundaryOf(settings: StudySettings): DayBoundary {
  const timeZone = settings.timeZone ?? machineZone();
  return { rolloverHour: settings.rolloverHour, timeZone };
}

let machineZoneName: string | undefined;

/** Read once per process: `Intl.DateTimeFormat()` costs ~0.1 ms, and the answer path asked it several times. */
function machineZone(): string {
  machineZoneName ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  return machineZoneName;
}
