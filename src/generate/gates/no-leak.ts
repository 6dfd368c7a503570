/** Gate 3: the answer does not appear in the prompt (case- and punctuation-insensitive). */
import { containsWords, normalise } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

export const noLeak: Gate = {
  name: 'no-leak',
  check: (c) => {
    if (c.kind === 'order' || c.kind === 'argument') return undefined;
    const answer = normalise(c.answer);
    if (answer.length < 3 && c.kind !== 'date') return undefined;
    if (containsWords(c.prompt, c.answer)) return 'the answer is visible in the prompt';
    return undefined;
  },
};
