import { describe, expect, it } from 'vitest';
import { isConnective, stripConnectives } from '../../src/knowledge/connectives.js';

describe('stripConnectives', () => {
  it('removes a leading "Thus," and remembers it', () => {
    expect(stripConnectives('Thus, the economy shrank')).toEqual({
      text: 'the economy shrank',
      removed: ['Thus,'],
      isExample: false,
    });
  });

  it('removes several leading connectives in a row', () => {
    expect(stripConnectives('Essentially, therefore, demand falls')).toEqual({
      text: 'demand falls',
      removed: ['Essentially,', 'therefore,'],
      isExample: false,
    });
  });

  it('removes a multi-word connective: "As a result"', () => {
    expect(stripConnectives('As a result unemployment rose').text).toBe('unemployment rose');
  });

  it('removes "Note:" as a label', () => {
    expect(stripConnectives('Note: the exam covers enzymes').text).toBe('the exam covers enzymes');
  });

  it('marks "E.g." bullets as examples of their parent', () => {
    expect(stripConnectives('E.g. the Treaty of Versailles')).toEqual({
      text: 'the Treaty of Versailles',
      removed: ['E.g.'],
      isExample: true,
    });
    expect(stripConnectives('For example, binary search').isExample).toBe(true);
  });

  it('removes an inner connective adverb: "Lenin thus withdrew"', () => {
    expect(stripConnectives('Lenin thus withdrew from the war')).toEqual({
      text: 'Lenin withdrew from the war',
      removed: ['thus'],
      isExample: false,
    });
  });

  it('keeps a connective that joins two clauses after a comma: "…, therefore the …"', () => {
    expect(stripConnectives('Neon has 10 electrons, therefore its outer shell is full').text).toBe(
      'Neon has 10 electrons, therefore its outer shell is full',
    );
    expect(stripConnectives('The duke wanted peace, however his council refused').text).toBe(
      'The duke wanted peace, however his council refused',
    );
    // Between two commas it is an aside and goes.
    expect(stripConnectives('The ruling, therefore, stood').text).toBe('The ruling stood');
  });

  it('leaves words that merely begin like a connective: "Soviet", "Andrew"', () => {
    expect(stripConnectives('Soviet troops entered Berlin').text).toBe('Soviet troops entered Berlin');
    expect(stripConnectives('Andrew Jackson vetoed the bank').text).toBe('Andrew Jackson vetoed the bank');
  });

  it('leaves a statement without connectives as it was', () => {
    expect(stripConnectives('Enzymes lower activation energy')).toEqual({
      text: 'Enzymes lower activation energy',
      removed: [],
      isExample: false,
    });
  });
});

describe('isConnective', () => {
  it('is true for a lone connective, with or without punctuation', () => {
    expect(isConnective('Essentially')).toBe(true);
    expect(isConnective('Thus,')).toBe(true);
    expect(isConnective('E.g.')).toBe(true);
    expect(isConnective('in other words')).toBe(true);
  });

  it('is false for content and for a sentence that starts with a connective', () => {
    expect(isConnective('Photosynthesis')).toBe(false);
    expect(isConnective('Thus the war ended')).toBe(false);
  });
});
