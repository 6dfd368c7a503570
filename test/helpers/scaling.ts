/**
 * Size-scaling checks: the same construct at size n and 4n must take at most about 5× the time (linear work
 * takes 4×; quadratic 16×; cubic 64×; see MAX_RATIO). The ratio is compared, never a duration, so a slow machine does not fail
 * it, and the time is this process's CPU time, so a busy one does not either; n is first grown until one run
 * takes long enough to measure.
 */

export interface Scaling {
  readonly n: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/**
 * How much slower 4n may be than n. Linear work takes 4× and n² 16×, but on a small machine shared with other
 * processes (2 cores, load 3) linear constructs measured up to 7.8× (caches and the garbage collector work harder
 * on the larger input), so the bound is 8: it still fails every quadratic or cubic construct found so far (14× to
 * 800×), not a mildly superlinear one (n^1.5 is 8×).
 */
export const MAX_RATIO = 8;

/** The shortest run measured: below this, timer and GC noise dominate. */
const MIN_MS = 150;
const ATTEMPTS = 5;

/** CPU time of this process in ms: unlike the wall clock, other processes busy on the machine do not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function best<T>(input: T, run: (input: T) => unknown, runs: number, reps: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    for (let r = 0; r < reps; r++) run(input);
    fastest = Math.min(fastest, cpuMs() - started);
  }
  return fastest;
}

/**
 * Measures `run(make(n))` against `run(make(4n))` (best of three each), starting at `n` and doubling it (up to
 * `maxN`, then repeating the run) until a measurement takes long enough. A ratio over MAX_RATIO is measured
 * again (up to five times) so one busy moment of the machine cannot fail a linear construct; a superlinear
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
  // Small and large runs alternate, and each keeps its fastest time over all attempts: another process busy
  // on the machine slows some runs of both sizes, and the fastest of each is the one closest to the work itself.
  let s = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    s = Math.min(s, best(small, run, 3, reps));
    l = Math.min(l, best(large, run, 2, reps));
    ratio = l / Math.max(s, 0.001);
    // Within bounds, or so far beyond them that no busy moment explains it: no need to measure again.
    if (ratio <= MAX_RATIO || ratio > 3 * MAX_RATIO) break;
  }
  return { n: size, smallMs: s, largeMs: l, ratio };
}
