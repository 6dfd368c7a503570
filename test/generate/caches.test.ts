/**
 * The caches of the per-note pass (issue 12, cold index) give what the uncached code gives: each is checked against
 * the expression or computation it replaces, on inputs written for this test, asked more than once.
 */
import { describe, expect, it } from 'vitest';
import { namesAnswerPartly, wholeWord } from '../../src/generate/gates/context-leak.js';

const uncachedWholeWord = (name: string) => new RegExp(`(?:^|[^\\p{L}])${name}(?:[^\\p{L}]|$)`, 'u');

describe('gate 11: whole-word expressions compiled once per name', () => {
  const parts = [
    'Pemberton v Orchard (1911)',
    'Orchards of the valley',
    'The Orchard',
    'orchard lease',
    'Ésa Orchardé',
    'Orchard',
    '',
    'Lindqvist’s appeal',
    'Lindqvistian reading',
  ];
  it('finds a name exactly where a freshly compiled expression does, however often asked', () => {
    for (const name of ['Orchard', 'Lindqvist', 'Pemberton', 'Valley']) {
      for (let round = 0; round < 3; round++) {
        for (const part of parts) expect(wholeWord(name).test(part)).toBe(uncachedWholeWord(name).test(part));
      }
    }
    expect(wholeWord('Orchard')).toBe(wholeWord('Orchard'));
    expect(wholeWord('Orchard').test('Pemberton v Orchard (1911)')).toBe(true);
    expect(wholeWord('Orchard').test('Orchards of the valley')).toBe(false);
    expect(wholeWord('Lindqvist').test('Lindqvist’s appeal')).toBe(true);
  });

  it('gives the same answers on the second asking as on the first', () => {
    const asks: [string[], string, boolean][] = [
      [['Land law', 'Pemberton v Orchard (1911)'], 'Mr Orchard', true],
      [['Land law', 'Easements'], 'Mr Orchard', false],
      [['Who appealed in Lindqvist’s case?'], 'Greta Lindqvist', true],
      [['Poets', 'Romantic era'], 'Dorothy Wordsworth', false],
      [['The Court of Appeal'], 'Supreme Court', false],
      [['The Court of Appeal'], 'Appeal Court', true],
    ];
    for (let round = 0; round < 2; round++)
      for (const [context, answer, expected] of asks)
        expect(namesAnswerPartly(context, answer)).toBe(expected);
  });
});
