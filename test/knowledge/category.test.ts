import { describe, expect, it } from 'vitest';
import { categoryOf, singular } from '../../src/knowledge/category.js';

describe('singular', () => {
  it('makes plural nouns singular, with the word list deciding -ies', () => {
    expect(singular('theories')).toBe('theory');
    expect(singular('ties')).toBe('tie');
    expect(singular('classes')).toBe('class');
    expect(singular('churches')).toBe('church');
    expect(singular('levers')).toBe('lever');
    expect(singular('species')).toBe('species');
  });
});

describe('categoryOf', () => {
  it('reads "Types of X" as "type of x", X singular', () => {
    expect(categoryOf('Types of Clouds')).toBe('type of cloud');
    expect(categoryOf('Two main kinds of Contract')).toBe('kind of contract');
    expect(categoryOf('Categories of Memory:')).toBe('category of memory');
  });

  it('reads a plural with what it belongs to, in lower case but for names', () => {
    expect(categoryOf('Enzymes in Digestion')).toBe('enzyme in digestion');
    expect(categoryOf('Causes of the Irish Famine')).toBe('cause of the Irish famine');
    expect(categoryOf('Theories Of Motivation')).toBe('theory of motivation');
  });

  it('reads a short plural noun phrase as its singular', () => {
    expect(categoryOf('Glaciers')).toBe('glacier');
    expect(categoryOf('Rock Types')).toBe('rock type');
    expect(categoryOf('1. Tectonic Plates')).toBe('tectonic plate');
  });

  it('finds no kind in labels of the note, generic heads or verbs', () => {
    for (const label of [
      'Definitions',
      'Key Terms',
      'General Notes',
      'Causes',
      'Advantages',
      'Types',
      'Examples of erosion',
      'Contains',
      'Week 3',
      'Physics',
      'Cold War',
      'Sampling methods',
      'Type of income / Definition',
      'What are the main glaciers?',
    ])
      expect(categoryOf(label), label).toBeUndefined();
  });
});
