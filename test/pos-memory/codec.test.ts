import { describe, expect, it } from 'vitest';
import { type TaggedWord, tag } from '../../src/knowledge/pos.js';
import { decodeWords, encodeWords } from '../../src/pos-memory/codec.js';

/** The words as the tagger gave them (tag() adds offsets; the codec keeps text and part of speech). */
const wordsOf = (sentence: string): TaggedWord[] => tag(sentence).map(({ text, pos }) => ({ text, pos }));

describe('encodeWords / decodeWords', () => {
  it('gives back the tagger’s very words, for sentences with repeats, contractions, quotes and symbols', () => {
    const sentences = [
      'The river flooded the town.',
      'It wasn’t the war that ended it, it was the treaty of 1648 that did.',
      '“Appeasement” failed: the Munich Agreement (1938) gave away the Sudetenland.',
      'CO2 + H2O → C6H12O6 in photosynthesis, doesn’t it?',
      'the the the the',
    ];
    for (const sentence of sentences) {
      const words = wordsOf(sentence);
      expect(words.length).toBeGreaterThan(3);
      const value = encodeWords(sentence, words);
      expect(value).toBeDefined();
      expect(decodeWords(sentence, value as string)).toEqual(words);
    }
  });

  it('keeps words the tagger reshaped as text, and an empty word too', () => {
    const sentence = 'Dont stop.';
    const words: TaggedWord[] = [
      { text: 'Do', pos: 'AUX' },
      { text: "n't", pos: 'PART' },
      { text: '', pos: 'X' },
      { text: 'stop', pos: 'VERB' },
      { text: '.', pos: 'PUNCT' },
    ];
    const value = encodeWords(sentence, words) as string;
    expect(JSON.parse(value)).toEqual(['DJQPM', 0, 2, "n't", '', 3, 4, 0, 1]);
    expect(decodeWords(sentence, value)).toEqual(words);
  });

  it('encodes nothing for a part of speech it does not know', () => {
    expect(encodeWords('Go.', [{ text: 'Go', pos: 'VERBISH' }])).toBeUndefined();
  });

  it('refuses a value that does not fit the sentence', () => {
    const sentence = 'The river flooded the town.';
    const value = encodeWords(sentence, wordsOf(sentence)) as string;
    expect(decodeWords('A river.', value)).toBeUndefined(); // words past its end
    expect(decodeWords(sentence, 'not json')).toBeUndefined();
    expect(decodeWords(sentence, '[1, 2]')).toBeUndefined();
    expect(decodeWords(sentence, '["HH", 0, 3]')).toBeUndefined(); // two tags, one word
    expect(decodeWords(sentence, '["Z", 0, 3]')).toBeUndefined(); // no such tag
    expect(decodeWords(sentence, '["H", 0, -3]')).toBeUndefined();
    expect(decodeWords(sentence, '["H", 0, 0]')).toBeUndefined();
    // The encoder takes the first "the": a value pointing at the second one was not made for this sentence.
    expect(decodeWords('the x the', '["F", 6, 3]')).toBeUndefined();
    expect(decodeWords('the x the', '["F", 0, 3]')).toEqual([{ text: 'the', pos: 'DET' }]);
  });
});
