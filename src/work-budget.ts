/**
 * A note's work budget: how much work reading one note may take before it is cut off. Counted in steps (one per
 * Markdown block or inline run parsed, one per block or bullet walked), which bounds both time and memory the
 * same way on every machine, and optionally in time on a clock the edge passes in (pure: no clock is read here).
 * The stages call `spend()` as they go, so a hostile note stops at the bound instead of after it.
 * @example const budget = workBudget({ maxSteps: 1000 }); budget.spend(); // throws past 1000 steps
 */
import { RecollectError } from './errors.js';

/** Reading a note went past its budget; the note is left out and the run goes on. */
export class WorkBudgetExceededError extends RecollectError {
  override readonly name = 'WorkBudgetExceededError';
}

export interface WorkBudget {
  /** Counts `steps` of work; throws WorkBudgetExceededError once the budget is spent. */
  spend(steps?: number): void;
  /** Reads the clock now (between stages) and throws when the time is up. */
  check(): void;
  /** Steps left before the budget runs out. */
  remaining(): number;
}

export interface WorkBudgetOptions {
  /** Most steps of work; past it the note is too large. */
  readonly maxSteps: number;
  /** A monotonic clock in ms, and the time the work may take on it. */
  readonly clock?: () => number;
  readonly limitMs?: number;
}

/** How many steps pass between two readings of the clock (reading it on every step would cost more). */
const CLOCK_EVERY = 256;

/** A budget for one note; start it right before the note's work starts. */
export function workBudget(options: WorkBudgetOptions): WorkBudget {
  const { maxSteps, clock, limitMs } = options;
  const timed = clock !== undefined && limitMs !== undefined;
  const started = timed ? clock() : 0;
  let steps = 0;
  let nextClock = CLOCK_EVERY;
  const check = (): void => {
    if (timed && clock() - started > limitMs) {
      throw new WorkBudgetExceededError(`took more than ${limitMs} ms to read; left out`);
    }
  };
  return {
    spend(n = 1) {
      steps += n;
      if (steps > maxSteps) {
        throw new WorkBudgetExceededError(
          `is too large to read (more than ${maxSteps} steps of work); left out`,
        );
      }
      if (steps >= nextClock) {
        nextClock = steps + CLOCK_EVERY;
        check();
      }
    },
    check,
    remaining: () => Math.max(0, maxSteps - steps),
  };
}

/** No bound at all: for callers that parse one known note (tests, tools). */
export const UNBOUNDED: WorkBudget = { spend() {}, check() {}, remaining: () => Number.POSITIVE_INFINITY };
