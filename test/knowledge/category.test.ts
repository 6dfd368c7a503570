import { describe, expect, it } from 'vitest';
import { kindOfLabel, labelAsQuestion, singular } from '../../src/knowledge/category.js';

const categoryOf = (label: string) => kindOfLabel(label)?.name;

describe('singular', () => {
  it('makes plural nouns singular, with the word list deciding -ies', () => {
    expect(singular('theories')).toBe('theory');
    expect(singular('ties')).toBe('tie');
    expect(singular('classes')).toBe('class');
    expect(singular('churches')).toBe('church');
    expect(singular('levers')).toBe('lever');
    expect(singular('species')).toBe('species');
    expect(['volcanoes', 'potatoes', 'heroes', 'shoes'].map(singular)).toEqual([
      'volcano',
      'potato',
      'hero',
      'shoe',
    ]);
  });
});

describe('singular: irregular plurals', () => {
  it('reads -es, -ves and -ices plurals by the word list', () => {
    expect(['prices', 'cases'].map(singular)).toEqual(['price', 'case']);
    expect(['viruses', 'crises', 'leaves', 'knives', 'indices', 'lenses', 'buses'].map(singular)).toEqual([
      'virus',
      'crisis',
      'leaf',
      'knife',
      'index',
      'lens',
      'bus',
    ]);
  });
});

describe('categoryOf: topics, names and two things are no kinds', () => {
  it('rejects fields of study, places, fixed phrases and pairs', () => {
    for (const label of [
      'Macroeconomics',
      'International Relations',
      'The Netherlands',
      'Philippines',
      'United States',
      'Arguments For and Against',
      'Tutorials',
      'Types of Rocks and Minerals',
      'Wars of the Roses',
      'Evidence in Proceedings',
      'Control over Assets',
    ])
      expect(categoryOf(label), label).toBeUndefined();
  });

  it("makes the head noun singular, keeps a people's capital", () => {
    expect(categoryOf('Types of Cells in the Blood')).toBe('type of cell in the blood');
    expect(categoryOf('Types of Viruses')).toBe('type of virus');
    expect(categoryOf('Types of English Law')).toBe('type of English law');
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

describe('labelAsQuestion', () => {
  it('asks a label of a list as its question, in the number of its head, keeping a name', () => {
    expect(labelAsQuestion('Types of Education')).toBe('What are the types of education?');
    expect(labelAsQuestion('Form of government')).toBe('What is the form of government?');
    expect(labelAsQuestion('Causes of World War One')).toBe('What are the causes of World War One?');
    expect(labelAsQuestion('Capital of Peru')).toBeUndefined();
    expect(labelAsQuestion('What are the causes?')).toBeUndefined();
  });
});
