/**
 * Size-scaling checks: the same construct at size n and 4n must take at most about 5× the time (linear work
 * takes 4×; quadratic 16×; cubic 64×). The ratio is compared, never a duration, so a slow or busy machine does
 * not fail it; n is first grown until one run takes long enough to measure.
 */

export interface Scaling {
  readonly n: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/** How much slower 4n may be than n: linear is 4, so this leaves room for noise but not for n². */
export const MAX_RATIO = 5;

/** The shortest run measured: below this, timer and GC noise dominate. */
const MIN_MS = 50;
const ATTEMPTS = 4;

function best<T>(input: T, run: (input: T) => unknown, runs: number, reps: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (let r = 0; r < reps; r++) run(input);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/**
 * Measures `run(make(n))` against `run(make(4n))` (best of three each), starting at `n` and doubling it (up to
 * `maxN`, then repeating the run) until a measurement takes long enough. A ratio over MAX_RATIO is measured
 * again (up to four times) so one busy moment of the machine cannot fail a linear construct; a superlinear
 * one fails each time.
 */
export function scaling<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  maxN = n * 64,
): Scaling {
  let size = n;
  let reps = 1;
  let small = make(size);
  run(small); // warm up (JIT, lazy module state)
  let smallMs = best(small, run, 3, reps);
  while (smallMs < MIN_MS && size * 2 <= maxN) {
    size *= 2;
    small = make(size);
    smallMs = best(small, run, 3, reps);
  }
  while (smallMs < MIN_MS && reps < 1 << 20) {
    reps *= 2;
    smallMs = best(small, run, 3, reps);
  }
  const large = make(size * 4);
  let result: Scaling | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const s = best(small, run, 3, reps);
    const l = best(large, run, attempt === 0 ? 2 : 3, reps);
    const ratio = l / Math.max(s, 0.001);
    if (!result || ratio < result.ratio) result = { n: size, smallMs: s, largeMs: l, ratio };
    // Within bounds, or so far beyond them that no busy moment explains it: no need to measure again.
    if (result.ratio <= MAX_RATIO || result.ratio > 3 * MAX_RATIO) break;
  }
  return result as Scaling;
}
