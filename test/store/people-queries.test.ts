import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../src/store/people-queries.js';

describe('peopleOf', () => {
  it('gives the distinct texts of a stored list of people', () => {
    expect([...peopleOf('["Vladimir Lenin", "Leon Trotsky", "Vladimir Lenin"]')]).toEqual([
      'Vladimir Lenin',
      'Leon Trotsky',
    ]);
    expect([...peopleOf('[]')]).toEqual([]);
  });

  it('counts a damaged value as no one: not JSON, not a list, or not texts', () => {
    expect([...peopleOf('["Karl Marx"')]).toEqual([]);
    expect([...peopleOf('{"name": "Karl Marx"}')]).toEqual([]);
    expect([...peopleOf('"Karl Marx"')]).toEqual([]);
    expect([...peopleOf('[7, null, "Karl Marx"]')]).toEqual(['Karl Marx']);
  });
});
