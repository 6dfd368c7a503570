/** Gate 2: short answers — at most 8 words for cloze, qa, choice and reverse (definitions: 24, list elements: 12). */
import { words } from '../../knowledge/text.js';
import { type Gate, SHORT_KINDS } from './gate.js';

export const MAX_ANSWER_WORDS = 8;
export const MAX_DEFINITION_WORDS = 24;
export const MAX_LIST_ITEM_WORDS = 12;

export const shortAnswer: Gate = {
  name: 'short-answer',
  check: (c) => {
    if (!SHORT_KINDS.has(c.kind)) return undefined;
    const n = words(c.answer).length;
    if (c.shape === 'definition') return n > MAX_DEFINITION_WORDS ? `definition of ${n} words` : undefined;
    if (c.shape === 'list') {
      const longest = Math.max(...c.answer.split('; ').map((a) => words(a).length));
      return longest > MAX_LIST_ITEM_WORDS ? `list element of ${longest} words` : undefined;
    }
    return n > MAX_ANSWER_WORDS ? `answer of ${n} words (max ${MAX_ANSWER_WORDS})` : undefined;
  },
};
