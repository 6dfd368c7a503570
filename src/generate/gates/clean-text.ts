/** Gate 8: clean text — no leftover Markdown, balanced brackets and quotes. */
import { isBalanced } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

const MARKUP = /\*\*|==|\[\[|\]\]|(^|[^_])__[^_\s]|(^|\n)\s*[-*+]\s|^#+\s|%%|<!--|\{\{c\d|<\/?[a-z][^>]*>/i;

export const cleanText: Gate = {
  name: 'clean-text',
  check: (c) => {
    for (const [label, text] of [
      ['prompt', c.prompt],
      ['answer', c.answer],
    ] as const) {
      if (MARKUP.test(text)) return `leftover markup in the ${label}`;
      if (!isBalanced(text)) return `unbalanced brackets or quotes in the ${label}`;
    }
    return undefined;
  },
};
