import { describe, expect, it } from 'vitest';
import * as schedule from '../../src/schedule/index.js';

describe('schedule entry point', () => {
  it('exports the pure core but not the optimiser, which loads WASM', () => {
    expect(typeof schedule.makeScheduler).toBe('function');
    expect(typeof schedule.buildQueue).toBe('function');
    expect(typeof schedule.checkOrder).toBe('function');
    expect(Object.keys(schedule)).not.toContain('optimizeParameters');
  });
});
