/**
 * A sentence's tagged words in a few bytes, relative to the sentence itself: a word found in it (as `tag` finds
 * it: the first place at or after the end of the word before) is its distance from there and its length; any
 * other word (the tagger reshaped it) is kept as text. Decoding needs the same sentence and gives back the very
 * words that were encoded, or undefined for a value that does not fit the sentence (a damaged row, another
 * sentence with the same hash).
 *
 * Format (JSON): `[tags, …words]`, one character of `tags` per word (its part of speech, POS_CODES), each word
 * either two numbers (gap, length) or a string.
 */
import type { TaggedWord } from '../knowledge/pos.js';

/** The parts of speech the model gives, one character each. A word with any other tag is not encoded. */
export const POS_CODES: readonly string[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];
const FIRST_CODE = 'A'.charCodeAt(0);
const CODE_OF = new Map(POS_CODES.map((pos, i) => [pos, String.fromCharCode(FIRST_CODE + i)] as const));

/** The encoded words, or undefined when a word's tag is not one of POS_CODES. */
export function encodeWords(sentence: string, words: readonly TaggedWord[]): string | undefined {
  let tags = '';
  const out: (string | number)[] = [];
  let at = 0;
  for (const word of words) {
    const code = CODE_OF.get(word.pos);
    if (code === undefined) return undefined;
    tags += code;
    const start = word.text === '' ? -1 : sentence.indexOf(word.text, at);
    if (start < 0) {
      out.push(word.text);
      continue;
    }
    out.push(start - at, word.text.length);
    at = start + word.text.length;
  }
  return JSON.stringify([tags, ...out]);
}

/** The words `encodeWords` encoded for `sentence`, or undefined when `value` cannot be theirs. */
export function decodeWords(sentence: string, value: string): TaggedWord[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return undefined;
  const tags = parsed[0];
  const words: TaggedWord[] = [];
  let at = 0;
  let i = 1;
  while (i < parsed.length) {
    const pos = POS_CODES[tags.charCodeAt(words.length) - FIRST_CODE];
    if (pos === undefined) return undefined;
    const entry: unknown = parsed[i];
    if (typeof entry === 'string') {
      words.push({ text: entry, pos });
      i += 1;
      continue;
    }
    const length: unknown = parsed[i + 1];
    if (!isCount(entry) || !isCount(length) || length === 0) return undefined;
    const start = at + entry;
    const text = sentence.slice(start, start + length);
    // The encoder took the first place the word was found: a value whose word is found earlier is not this one's.
    if (text.length !== length || sentence.indexOf(text, at) !== start) return undefined;
    words.push({ text, pos });
    at = start + length;
    i += 2;
  }
  return words.length === tags.length ? words : undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
