/**
 * Regressions: cases where src/knowledge once disagreed with generation.md. Each test states the behaviour the
 * docs ask for.
 */
import { describe, expect, it } from 'vitest';
import { stripConnectives } from '../../src/knowledge/connectives.js';
import { findDates } from '../../src/knowledge/dates.js';
import { definitionOf } from '../../src/knowledge/definitions.js';
import { findEntities } from '../../src/knowledge/entities.js';
import { headingSubject } from '../../src/knowledge/subject.js';
import { fact, rich } from './helpers.js';

describe('known gaps in src/knowledge', () => {
  it('findEntities keeps "New" in a name: "the New Deal", "New Zealand"', () => {
    expect(findEntities('Roosevelt launched the New Deal in 1933').map((e) => e.text)).toContain('New Deal');
    expect(findEntities('Trade with New Zealand grew').map((e) => e.text)).toEqual(['New Zealand']);
  });

  it('findDates reads "AD 79" (era before the year) as year 79', () => {
    expect(findDates('Vesuvius buried Pompeii in AD 79')[0]).toMatchObject({
      sortKey: '0079-00-00',
      precision: 'year',
    });
  });

  it('findDates does not read "2000-2500 people" as the year 2000', () => {
    expect(findDates('2000-2500 people attended the rally')).toEqual([]);
  });

  it('stripConnectives removes an inner "however" with both its commas', () => {
    expect(stripConnectives('The firm, however, raised prices').text).toBe('The firm raised prices');
  });

  it('stripConnectives keeps "Still" when it is content ("Still life paintings…")', () => {
    expect(stripConnectives('Still life paintings sold well').text).toBe('Still life paintings sold well');
  });

  it('headingSubject reads "The Romans" (with its article) as a plural group when the section says "They"', () => {
    expect(headingSubject('The Romans', 'They built aqueducts')).toEqual({
      name: 'Romans',
      person: true,
      plural: true,
    });
  });

  it('definitionOf reads "Term (alias) - explanation" with a three-word term', () => {
    const text = 'Gross Domestic Product (GDP) - the total value of goods a country produces';
    expect(definitionOf(rich(text), fact(text))).toMatchObject({
      term: 'Gross Domestic Product',
      explanation: 'the total value of goods a country produces',
    });
  });
});
