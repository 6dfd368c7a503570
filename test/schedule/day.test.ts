import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  daysBetweenKeys,
  isoWeekOf,
  nextStudyDayStart,
  studyDayKey,
  studyDayStart,
  zoneOffsetMinutes,
} from '../../src/schedule/day.js';
import { ScheduleSettingsError } from '../../src/schedule/errors.js';

const utc4 = { rolloverHour: 4, timeZone: 'UTC' };
const london = { rolloverHour: 4, timeZone: 'Europe/London' };
const newYork = { rolloverHour: 4, timeZone: 'America/New_York' };

describe('study days', () => {
  it('counts 2 am as part of the previous day when the day rolls over at 4 am', () => {
    expect(studyDayKey(new Date('2026-03-10T02:00:00Z'), utc4)).toBe('2026-03-09');
    expect(studyDayKey(new Date('2026-03-10T04:00:00Z'), utc4)).toBe('2026-03-10');
  });

  it('starts the day at the rollover hour and ends it 24 hours later', () => {
    const now = new Date('2026-03-10T13:00:00Z');
    expect(studyDayStart(now, utc4).toISOString()).toBe('2026-03-10T04:00:00.000Z');
    expect(nextStudyDayStart(now, utc4).toISOString()).toBe('2026-03-11T04:00:00.000Z');
  });

  it('uses the local time of the given zone', () => {
    // 03:30 UTC is 22:30 the evening before in New York (UTC−5 in January).
    expect(studyDayKey(new Date('2026-01-15T03:30:00Z'), newYork)).toBe('2026-01-14');
    expect(studyDayStart(new Date('2026-01-15T12:00:00Z'), newYork).toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    );
  });

  it('handles the spring DST change: that study day is 23 hours long', () => {
    // Clocks go forward in London at 01:00 UTC on 29 March 2026.
    const day = new Date('2026-03-29T12:00:00Z');
    expect(zoneOffsetMinutes(day, 'Europe/London')).toBe(60);
    expect(studyDayStart(day, london).toISOString()).toBe('2026-03-29T03:00:00.000Z');
    expect(studyDayStart(new Date('2026-03-28T12:00:00Z'), london).toISOString()).toBe(
      '2026-03-28T04:00:00.000Z',
    );
    expect(nextStudyDayStart(new Date('2026-03-28T12:00:00Z'), london).toISOString()).toBe(
      '2026-03-29T03:00:00.000Z',
    );
  });

  it('counts days between keys and steps keys', () => {
    expect(daysBetweenKeys('2026-02-27', '2026-03-01')).toBe(2);
    expect(addDaysToKey('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('rejects an unknown zone or a bad hour with a typed error', () => {
    expect(() => studyDayKey(new Date(), { rolloverHour: 4, timeZone: 'Mars/Olympus' })).toThrow(
      ScheduleSettingsError,
    );
    expect(() => studyDayKey(new Date(), { rolloverHour: 25, timeZone: 'UTC' })).toThrow(
      ScheduleSettingsError,
    );
  });
});

describe('ISO weeks', () => {
  it("starts weeks on Monday and gives a year's first days to the week of its first Thursday", () => {
    // 2025-01-01 is a Wednesday: its week (Mon 2024-12-30 to Sun 2025-01-05) holds 2025's first Thursday.
    expect(isoWeekOf('2024-12-30')).toEqual({ week: '2025-W01', monday: '2024-12-30' });
    expect(isoWeekOf('2025-01-05')).toEqual({ week: '2025-W01', monday: '2024-12-30' });
    expect(isoWeekOf('2025-01-06')).toEqual({ week: '2025-W02', monday: '2025-01-06' });
    // 2021-01-01 is a Friday: the first days of 2021 still belong to 2020's 53rd week.
    expect(isoWeekOf('2021-01-03')).toEqual({ week: '2020-W53', monday: '2020-12-28' });
    // Nine weeks after 2024-12-30.
    expect(isoWeekOf('2025-03-05')).toEqual({ week: '2025-W10', monday: '2025-03-03' });
    expect(isoWeekOf('2025-03-09')).toEqual({ week: '2025-W10', monday: '2025-03-03' });
  });
});
