/**
 * Study days: a day starts at a rollover hour (4 am by default, like Anki) in the student's time zone, so a
 * late-night session counts towards the evening's day. The zone is passed in (an IANA name), not read from the
 * machine, keeping this pure and testable.
 */
import { ScheduleSettingsError } from './errors.js';

export interface DayBoundary {
  /** Hour (0–23) at which a new study day begins. Default 4. */
  readonly rolloverHour: number;
  /** IANA time zone such as `Europe/London`; default `UTC`. */
  readonly timeZone: string;
}

export const DEFAULT_DAY_BOUNDARY: DayBoundary = { rolloverHour: 4, timeZone: 'UTC' };

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch (cause) {
      throw new ScheduleSettingsError(`unknown time zone "${timeZone}"`, { cause });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at this instant (DST-aware). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const instantMinute = Math.floor(instant.getTime() / MINUTE) * MINUTE;
  return Math.round((asUtc - instantMinute) / MINUTE);
}

function checkBoundary(boundary: DayBoundary): void {
  const hour = boundary.rolloverHour;
  if (!(Number.isInteger(hour) && hour >= 0 && hour <= 23)) {
    throw new ScheduleSettingsError(`rollover hour ${hour} must be a whole hour 0–23`);
  }
}

/** The study day `now` belongs to, as `YYYY-MM-DD` (the calendar date of the day's start). */
export function studyDayKey(now: Date, boundary: DayBoundary = DEFAULT_DAY_BOUNDARY): string {
  checkBoundary(boundary);
  const local = now.getTime() + zoneOffsetMinutes(now, boundary.timeZone) * MINUTE;
  const shifted = new Date(local - boundary.rolloverHour * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** The instant the study day of `now` began. */
export function studyDayStart(now: Date, boundary: DayBoundary = DEFAULT_DAY_BOUNDARY): Date {
  const key = studyDayKey(now, boundary);
  const localStart = Date.parse(`${key}T00:00:00Z`) + boundary.rolloverHour * 3_600_000;
  // Guess with the offset at `now`, then correct once with the offset at the guess (DST changes).
  const guess = localStart - zoneOffsetMinutes(now, boundary.timeZone) * MINUTE;
  return new Date(localStart - zoneOffsetMinutes(new Date(guess), boundary.timeZone) * MINUTE);
}

/** The instant the next study day begins (end of today, exclusive). */
export function nextStudyDayStart(now: Date, boundary: DayBoundary = DEFAULT_DAY_BOUNDARY): Date {
  const start = studyDayStart(now, boundary);
  // 26 hours past the start is always inside the next local day, even across a DST change.
  return studyDayStart(new Date(start.getTime() + DAY + 2 * 3_600_000), boundary);
}

/** Whole study days from `fromKey` to `toKey` (`YYYY-MM-DD`), e.g. 1 from yesterday to today. */
export function daysBetweenKeys(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / DAY);
}

/** The key `days` study days after `key` (negative goes back). */
export function addDaysToKey(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** An ISO 8601 week: `2025-W10` and the date of its Monday, `2025-03-03`. */
export interface IsoWeek {
  readonly week: string;
  readonly monday: string;
}

/**
 * The ISO 8601 week of a calendar day `YYYY-MM-DD` (weeks start on Monday; week 1 holds the year's first
 * Thursday), e.g. `2021-01-03` → `{ week: '2020-W53', monday: '2020-12-28' }`.
 */
export function isoWeekOf(dayKey: string): IsoWeek {
  const day = Date.parse(`${dayKey}T00:00:00Z`);
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - sinceMonday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return {
    week: `${year}-W${String(week).padStart(2, '0')}`,
    monday: new Date(day - sinceMonday * DAY).toISOString().slice(0, 10),
  };
}
