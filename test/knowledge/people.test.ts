import { describe, expect, it } from 'vitest';
import { findKnownNames, findPeople } from '../../src/knowledge/people.js';
import { itemsOf } from '../generate/helpers.js';

const people = (texts: string[]) => [...findPeople(texts, findKnownNames(texts), [])].sort();

describe('findPeople', () => {
  it('knows a name as a person from a verb only people do', () => {
    expect(people(['In the old story Hypatia taught mathematics in Alexandria.'])).toEqual(['Hypatia']);
  });

  it('knows a name as a person where the sentence puts it after "son of", "pupil of" or "tutored"', () => {
    expect(people(['The young king was the son of Amyntas III and a pupil of Leonidas.'])).toEqual([
      'Amyntas III',
      'Leonidas',
    ]);
    expect(people(['In Pella Leonidas tutored Cassander for years.'])).toContain('Cassander');
  });

  it('knows a name with a regnal number as a person, and does not make "III" a person', () => {
    expect(people(['In 1328 Edward III started a long war over the French crown.'])).toEqual(['Edward III']);
    expect(people(['The Allies won World War II in 1945.'])).toEqual([]);
  });

  it('does not take a place or an empire after a verb that places and people share', () => {
    expect(people(['In 300 BC the Seleucid Empire ruled Babylon and traded with India.'])).toEqual([]);
  });
});

describe('choices from the people a note mentions', () => {
  it('offers people the note names only after "father of", "son of" or "tutored" as options', () => {
    const items = itemsOf(
      [
        '# Macedon',
        '',
        '## Philip',
        '- Captured the city of Thebes in the spring',
        '- Was the father of Alexander',
        '',
        '## Antipater',
        '- Tutored Cassander in Pella for three years',
        '- Was the son of Iolaus',
        '',
        '## Roxana',
        '- Married the young king in Bactria',
      ].join('\n'),
      'macedon.md',
    );
    const choice = items.find((i) => i.prompt === 'Who married the young king in Bactria?');
    expect(choice?.kind).toBe('choice');
    expect([...(choice?.choices ?? [])].sort()).toEqual(['Alexander', 'Cassander', 'Iolaus', 'Roxana']);
  });
});
