import { describe, expect, it } from 'vitest';
import { UNBOUNDED, WorkBudgetExceededError, workBudget } from '../src/work-budget.js';

describe('a work budget', () => {
  it('allows exactly its steps and refuses the next one', () => {
    const budget = workBudget({ maxSteps: 10 });
    budget.spend(4);
    budget.spend(6);
    expect(() => budget.spend()).toThrow(WorkBudgetExceededError);
    expect(() => budget.spend()).toThrow('is too large to read (more than 10 steps of work); left out');
  });

  it('reads the clock between stages and every few hundred steps, and stops once the time is up', () => {
    let now = 0;
    const budget = workBudget({ maxSteps: 1e9, clock: () => now, limitMs: 50 });
    budget.spend(100);
    now = 51;
    budget.spend(100); // the clock is not read on every step
    expect(() => budget.spend(100)).toThrow('took more than 50 ms to read; left out');
    expect(() => budget.check()).toThrow(WorkBudgetExceededError);
  });

  it('never refuses when unbounded', () => {
    UNBOUNDED.spend(1e12);
    expect(() => UNBOUNDED.check()).not.toThrow();
  });
});
