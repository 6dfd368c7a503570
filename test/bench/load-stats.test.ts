import { describe, expect, it } from 'vitest';
import { checkAcknowledged, percentile, summarise } from '../../bench/load/stats.js';

describe('load run tallies', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, n) => n + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('sums up requests per second, latencies and errors', () => {
    expect(summarise([30, 10, 20, 40], 2, 2)).toEqual({
      requests: 4,
      errors: 2,
      requestsPerSecond: 2,
      p50Ms: 20,
      p99Ms: 40,
      maxMs: 40,
    });
  });

  it('finds acknowledged answers missing from the log, and rows logged twice', () => {
    expect(checkAcknowledged([1, 2, 3], [1, 3, 3, 4])).toEqual({ lost: [2], duplicated: [3] });
    expect(checkAcknowledged([1, 2], [1, 2, 5])).toEqual({ lost: [], duplicated: [] });
  });
});
