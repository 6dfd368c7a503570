import { describe, expect, it } from 'vitest';
import { formatTable, verdict } from '../../bench/report.js';

const row = (name: string, ms: number, peakRssMb = 100, details: object = {}) => ({
  name,
  ms,
  peakRssMb,
  details,
});

describe('benchmark verdicts', () => {
  it('meets an absolute target at or under the limit', () => {
    expect(verdict(row('warm', 300), 100)).toBe('met');
  });

  it('says by how much an absolute target is missed', () => {
    expect(verdict(row('serve-edit', 125), 100)).toBe('missed: 2.5× over 50 ms');
    expect(verdict(row('edit', 750), 100)).toBe('missed: 1.5× over 500 ms');
  });

  it('compares the cold index with eight times the baseline and with the memory limit', () => {
    expect(verdict(row('cold', 7_000, 400), 1_000)).toBe('met');
    expect(verdict(row('cold', 12_000, 650), 1_000)).toBe('missed: 1.5× over 8000 ms, RSS > 500 MB');
  });

  it('compares start-up with a bare node measured beside it, and the big vault with its memory limit', () => {
    expect(verdict(row('cards', 300, 60, { bareNodeMs: 200 }), 1_000)).toBe('met');
    expect(verdict(row('cards', 600, 60, { bareNodeMs: 200 }), 1_000)).toBe('missed: 1.5× over 400 ms');
    expect(verdict(row('huge', 900_000, 700), 1_000)).toBe('missed: RSS > 600 MB');
  });

  it('marks a measure without a time as pending or failed', () => {
    expect(verdict(row('cold', Number.NaN, Number.NaN, { pending: 'not yet' }), 1_000)).toBe('pending');
    expect(verdict(row('cold', Number.NaN, Number.NaN, { error: 'boom' }), 1_000)).toBe('failed');
  });

  it('prints the ratio to the baseline in the table', () => {
    const table = formatTable([row('baseline', 200), row('pipeline', 1_000, 300)], 200);
    expect(table.split('\n')[2]).toContain('1000 ms');
    expect(table.split('\n')[2]).toContain('5.00');
  });
});
