import { describe, expect, it } from 'vitest';
import { isPlaceOrPeople } from '../../src/knowledge/places.js';

describe('isPlaceOrPeople', () => {
  it('knows countries, cities and peoples, and not persons', () => {
    for (const place of ['Germany', 'Great Britain', 'UK', 'St. Petersburg', 'Vietnamese', 'Carthage'])
      expect(isPlaceOrPeople(place), place).toBe(true);
    for (const person of ['Otto von Bismarck', 'Cicero', 'Joan of Arc', 'Hannibal'])
      expect(isPlaceOrPeople(person), person).toBe(false);
  });
});
