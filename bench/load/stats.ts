/** Latency and outcome tallies of a load run (pure). */

/** The value below which `p` percent of `sorted` lie (nearest rank); 0 for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export interface LoadSummary {
  readonly requests: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Sums up request latencies (ms) and failed requests over `seconds`. */
export function summarise(latencies: readonly number[], errors: number, seconds: number): LoadSummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    requestsPerSecond: round(sorted.length / Math.max(seconds, 0.001)),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/**
 * Compares the acknowledged answers with the review log: every acknowledged log id must be there exactly once.
 * Returns the ids lost and the ids found more than once.
 */
export function checkAcknowledged(
  acknowledged: readonly number[],
  logged: readonly number[],
): { readonly lost: number[]; readonly duplicated: number[] } {
  const counts = new Map<number, number>();
  for (const id of logged) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    lost: acknowledged.filter((id) => !counts.has(id)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
  };
}
