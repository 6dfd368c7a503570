import { describe, expect, it } from 'vitest';
import { clozeHint, hintAfter, withClozeHint, withTermHint } from '../../src/generate/hint.js';

describe('cloze hints: the answer’s word count and first letters after the blank', () => {
  it('gives one word its first letter and several words their count and initials', () => {
    expect(clozeHint('pancreas')).toBe('first letter: p');
    expect(clozeHint('Treaty of Versailles')).toBe('3 words: T, o, V');
    // A hyphenated word is one word; leading quote marks are not its letter.
    expect(clozeHint('Estates-General')).toBe('first letter: E');
    // The first letter as the reader sees it, accent and all, however the note encoded it.
    expect(clozeHint('E\u0301douard Manet')).toBe('2 words: É, M');
    expect(clozeHint('‘kuls’ and canals')).toBe('3 words: k, a, c');
  });

  it('gives none to a number, a date, a formula, a slashed pair or an answer too short to hint without giving it away', () => {
    expect(clozeHint('1948 Morris 10')).toBeUndefined();
    expect(clozeHint('14 July 1789')).toBeUndefined();
    expect(clozeHint('US')).toBeUndefined();
    expect(clozeHint('DNA')).toBeUndefined();
    expect(clozeHint('NATO')).toBe('first letter: N');
    expect(clozeHint('H₂SO₄')).toBeUndefined();
    expect(clozeHint('Article 51')).toBeUndefined();
    // A pair written with a slash has no one first letter ("first letter: S" for Skeptics/Cynics misleads).
    expect(clozeHint('Skeptics/Cynics')).toBeUndefined();
    // A name with its abbreviation in brackets: the brackets are no word of their own.
    expect(clozeHint('Port Authority of the Valley (PAV)')).toBeUndefined();
  });

  it('writes the hint right after the blank, or after the quote mark that closes it', () => {
    expect(withClozeHint('The ___ was signed in 1919.', 'Treaty of Versailles')).toBe(
      'The ___ (3 words: T, o, V) was signed in 1919.',
    );
    expect(withClozeHint("Stalin called it '___' at once.", 'dollar imperialism')).toBe(
      "Stalin called it '___' (2 words: d, i) at once.",
    );
    expect(withClozeHint('In ___, the war ended.', '1945')).toBe('In ___, the war ended.');
    // A word glued to the blank would be split by the hint: such a blank keeps none.
    expect(withClozeHint('___-driven growth fills the canopy.', 'Photosynthesis')).toBe(
      '___-driven growth fills the canopy.',
    );
    expect(withClozeHint("___'s theory of evolution", 'Darwin')).toBe("___'s theory of evolution");
  });

  it('finds a written hint again, and nothing in brackets the note wrote itself', () => {
    const prompt = "Stalin called it '___' (2 words: d, i) at once.";
    const blankEnd = prompt.indexOf('___') + 3;
    expect(hintAfter(prompt, blankEnd)).toEqual({
      text: '2 words: d, i',
      quotes: "'",
      end: prompt.indexOf(' at'),
    });
    expect(hintAfter('The ___ (see above) was signed.', 7)).toBeUndefined();
  });

  it("writes a reverse item's hint after its question, and leaves other prompts as they are", () => {
    expect(withTermHint('Which term means: a tax on goods coming in?', 'Import duty')).toBe(
      'Which term means: a tax on goods coming in? (2 words: I, d)',
    );
    expect(withTermHint('a tax on goods coming in →', 'Import duty')).toBe('a tax on goods coming in →');
    expect(withTermHint('Which term means: the tax of 1799?', 'Income tax 1799')).toBe(
      'Which term means: the tax of 1799?',
    );
  });
});
