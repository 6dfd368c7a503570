import { describe, expect, it } from 'vitest';
import { toQuizlet } from '../../src/export/quizlet.js';
import { item, SAMPLE_ITEMS } from './helpers.js';

/**
 * Quizlet's import box (Create a set → Import, as its help centre documents it) takes pasted text with a
 * chosen separator between term and definition (default: Tab) and between cards (default: New line). It has no
 * header lines, no quoting and no tags: a line is one card, its first tab ends the term.
 */
function readAsQuizlet(text: string): { term: string; definition: string }[] {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      const tab = line.indexOf('\t');
      return { term: line.slice(0, tab), definition: line.slice(tab + 1) };
    });
}

describe('Quizlet export', () => {
  it('writes one card per line, term and definition split by one tab, with no header lines', () => {
    const text = toQuizlet(SAMPLE_ITEMS);
    const cards = readAsQuizlet(text);
    expect(cards).toHaveLength(SAMPLE_ITEMS.length);
    for (const line of text.replace(/\n$/, '').split('\n')) {
      expect(line.split('\t')).toHaveLength(2);
      expect(line.startsWith('#')).toBe(false);
      expect(line).not.toMatch(/^"|"$/);
    }
    expect(cards[0]).toEqual({ term: 'Which sea does the Danube flow into?', definition: 'the Black Sea' });
  });

  it('puts lists on one line and keeps quotes, tabs and line breaks of the notes from splitting a card', () => {
    const cards = readAsQuizlet(
      toQuizlet([
        ...SAMPLE_ITEMS,
        item('q-1', 'qa', 'What did Metternich say\tof "Italy"?', 'a geographical\nexpression'),
      ]),
    );
    expect(cards.find((c) => c.term.startsWith('Where does'))).toEqual({
      term: 'Where does the Danube rise? (1) Alps (2) Black Forest (3) Carpathians (4) Jura',
      definition: 'Black Forest',
    });
    expect(cards.find((c) => c.term.startsWith('Put in order'))?.definition).toBe(
      '(1) Vienna (2) Budapest (3) Belgrade',
    );
    expect(cards.at(-1)).toEqual({
      term: 'What did Metternich say of "Italy"?',
      definition: 'a geographical expression',
    });
  });
});
