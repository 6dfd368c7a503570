/** Gate 1: one fact, one answer; a cloze has exactly one blank. */
import { normalise } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

export const oneAnswer: Gate = {
  name: 'one-answer',
  check: (c) => {
    if (!normalise(c.prompt)) return 'empty prompt';
    if (c.kind !== 'order' && !normalise(c.answer)) return 'empty answer';
    const blanks = (c.prompt.match(/_{3,}/g) ?? []).length;
    if (c.kind === 'cloze' && blanks !== 1) return `a cloze needs exactly one blank, found ${blanks}`;
    if (c.kind !== 'cloze' && c.kind !== 'date' && c.kind !== 'explicit' && blanks > 0)
      return 'blank in a question';
    return undefined;
  },
};
