/** Retention per week (class-server/dashboard.ts): how far back it goes, and nothing when there is nothing. */
import { describe, expect, it } from 'vitest';
import { RETENTION_WEEKS, retentionByWeek, type StudentSummary } from '../../src/class-server/dashboard.js';

const NOW = new Date('2025-03-12T10:00:00.000Z'); // Wednesday of 2025-W11

const student = (retention: StudentSummary['retention']): StudentSummary => ({
  personId: 1,
  name: 'Ann',
  email: 'ann@pupil.example',
  cards: [],
  tallies: [],
  retention,
});

describe('retention per week', () => {
  it('is empty when no one has answered a learned card', () => {
    expect(retentionByWeek([], NOW)).toEqual([]);
    expect(retentionByWeek([student([])], NOW)).toEqual([]);
  });

  it('goes back at most 26 weeks from the current one', () => {
    const weeks = retentionByWeek(
      [
        student([
          { day: '2024-01-02', reviews: 9, passed: 9 },
          // Sunday of 2024-W38: the oldest week still shown.
          { day: '2024-09-22', reviews: 4, passed: 3 },
        ]),
        student([{ day: '2025-03-12', reviews: 2, passed: 1 }]),
      ],
      NOW,
    );
    expect(RETENTION_WEEKS).toBe(26);
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toEqual({ week: '2024-W38', monday: '2024-09-16', reviews: 4, passed: 3, share: 0.75 });
    expect(weeks.at(-1)).toEqual({
      week: '2025-W11',
      monday: '2025-03-10',
      reviews: 2,
      passed: 1,
      share: 0.5,
    });
    expect(weeks.slice(1, -1).every((w) => w.reviews === 0 && w.share === null)).toBe(true);
  });
});
