/** `tag` asks the memory first and tells it what the tagger said (knowledge/pos.ts, useTagMemory). */
import { afterEach, describe, expect, it } from 'vitest';
import { type TaggedWord, type TagMemory, tag, useTagMemory } from '../../src/knowledge/pos.js';

class Recording implements TagMemory {
  readonly asked: string[] = [];
  readonly told = new Map<string, readonly TaggedWord[]>();
  constructor(private readonly known: ReadonlyMap<string, readonly TaggedWord[]>) {}
  recall(sentence: string) {
    this.asked.push(sentence);
    return this.known.get(sentence);
  }
  remember(sentence: string, words: readonly TaggedWord[]) {
    this.told.set(sentence, words);
  }
}

afterEach(() => {
  useTagMemory(undefined);
});

describe('tag with a memory', () => {
  it('takes the words the memory holds, with their offsets, and tells it nothing new', () => {
    // Tags no tagger would give, so the answer can only come from the memory.
    const sentence = 'Quokkas hop across Rottnest at dusk.';
    const memory = new Recording(
      new Map([
        [
          sentence,
          [
            { text: 'Quokkas', pos: 'VERB' },
            { text: 'hop', pos: 'ADJ' },
            { text: 'across Rottnest', pos: 'NUM' },
            { text: 'at', pos: 'X' },
            { text: 'dusk.', pos: 'SYM' },
          ],
        ],
      ]),
    );
    expect(useTagMemory(memory)).toBeUndefined();
    const tokens = tag(sentence);
    expect(tokens.map((t) => [t.text, t.pos, t.start, t.end])).toEqual([
      ['Quokkas', 'VERB', 0, 7],
      ['hop', 'ADJ', 8, 11],
      ['across Rottnest', 'NUM', 12, 27],
      ['at', 'X', 28, 30],
      ['dusk.', 'SYM', 31, 36],
    ]);
    expect(memory.asked).toEqual([sentence]);
    expect(memory.told.size).toBe(0);
  });

  it('asks the tagger for a sentence the memory lacks, and tells the memory its words', () => {
    const sentence = 'Wombats dig burrows under the eucalyptus.';
    const memory = new Recording(new Map());
    useTagMemory(memory);
    const tokens = tag(sentence);
    expect(tokens.map((t) => t.text)).toEqual([
      'Wombats',
      'dig',
      'burrows',
      'under',
      'the',
      'eucalyptus',
      '.',
    ]);
    expect(tokens[4]?.pos).toBe('DET');
    expect(memory.told.get(sentence)).toEqual(tokens.map(({ text, pos }) => ({ text, pos })));
    // The second time the process's own cache answers: the memory is not asked again.
    tag(sentence);
    expect(memory.asked).toEqual([sentence]);
  });

  it('gives back the memory it replaces', () => {
    const first = new Recording(new Map());
    const second = new Recording(new Map());
    useTagMemory(first);
    expect(useTagMemory(second)).toBe(first);
    expect(useTagMemory(undefined)).toBe(second);
  });
});
