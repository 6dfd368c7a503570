import { describe, expect, it } from 'vitest';
import { isKnownWord, misspeltWord } from '../../src/knowledge/spelling.js';
import { itemsOf } from '../generate/helpers.js';

describe('spelling: words the author most likely misspelt', () => {
  it('finds words anywhere in the sorted list, and no made-up ones', () => {
    for (const word of ['aa', 'apple', 'membrane', 'zymurgy', 'identification'])
      expect(isKnownWord(word)).toBe(true);
    for (const word of ['', 'zzzzzq', 'membrain', 'identifcation']) expect(isKnownWord(word)).toBe(false);
  });

  it('flags a word one letter away from a known one, and leaves correct words alone', () => {
    expect(misspeltWord('Water moves acros a membrane.')).toBe('acros');
    expect(misspeltWord('A logcal order of steps.')).toBe('logcal');
    expect(misspeltWord('The tenant recieved a notice.')).toBe('recieved');
    expect(misspeltWord('Water moves across a membrane.')).toBeUndefined();
  });

  it('takes names, formulas, British spellings, derived words and foreign phrases as written', () => {
    // "Stalin" is one letter from "stain", "Plato" from "plate": capitalised words are names.
    expect(misspeltWord('Stalin and Plato met Trotsky.')).toBeUndefined();
    expect(misspeltWord('NaHCO and iPhone')).toBeUndefined();
    expect(misspeltWord('the colour of the centre after decentralisation')).toBeUndefined();
    expect(misspeltWord('growing sustainably')).toBeUndefined();
    expect(misspeltWord('he wished to be princeps civitatis')).toBeUndefined();
    // Unknown, but nothing known is near it: a term of its own.
    expect(misspeltWord('errors come in zorblax patterns')).toBeUndefined();
  });

  it('flags a word glued to the short word after it, and leaves words that only end like one alone', () => {
    expect(misspeltWord('Both sides signed an agreementon the border.')).toBe('agreementon');
    expect(misspeltWord('She was a memberof the council.')).toBe('memberof');
    for (const text of ['a cotton shirt', 'the tendon snapped', 'a formal citation', 'caveat emptor'])
      expect(misspeltWord(text), text).toBeUndefined();
  });

  it('checks a capitalised word only when asked to and when it is long', () => {
    expect(misspeltWord('Identifcation')).toBeUndefined();
    expect(misspeltWord('Identifcation', true)).toBe('Identifcation');
    expect(misspeltWord('Plato', true)).toBeUndefined();
  });
});

describe('items with a word misspelt once in the note', () => {
  it('drops an item that shows the misspelt word, and keeps a word the note writes on two lines', () => {
    const once = '# Cells\n## Transport\n- Osmosis moves water acros a **partially permeable membrane**.\n';
    expect(itemsOf(once).some((i) => i.answer === 'partially permeable membrane')).toBe(false);
    const fixed = '# Cells\n## Transport\n- Osmosis moves water across a **partially permeable membrane**.\n';
    expect(itemsOf(fixed).some((i) => i.answer === 'partially permeable membrane')).toBe(true);
    const twice =
      '# Cells\n## Transport\n- Osmosis moves water acros a **partially permeable membrane**.\n- Water flows acros the wall.\n';
    expect(itemsOf(twice).some((i) => i.answer === 'partially permeable membrane')).toBe(true);
  });
});

describe('a misspelt line of a list shown in the prompt', () => {
  it('lowers a list cloze whose other line is misspelt, not one whose lines are spelt right', async () => {
    const { assess } = await import('../../src/generate/confidence.js');
    const { candidate } = await import('../generate/helpers.js');
    const reasons = (prompt: string) =>
      assess(
        candidate({ kind: 'cloze', prompt, answer: 'Drafting', generator: 'question-list', shape: 'list' }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('Stages of an essay: 1. Researhcing; 2. ___; 3. Reviewing.')).toMatch(
      /no dictionary spells/,
    );
    expect(reasons('Stages of an essay: 1. Researching; 2. ___; 3. Reviewing.')).not.toMatch(/no dictionary/);
  });
});
