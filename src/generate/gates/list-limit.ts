/** Gate 6: a list answer has at most five elements (longer lists become one cloze per element). */
import type { Gate } from './gate.js';

export const MAX_LIST_ELEMENTS = 5;

export const listLimit: Gate = {
  name: 'list-limit',
  check: (c) => {
    if (c.shape !== 'list' || c.kind === 'cloze') return undefined;
    const n = c.answer.split('; ').length;
    return n > MAX_LIST_ELEMENTS ? `a list of ${n} elements` : undefined;
  },
};
