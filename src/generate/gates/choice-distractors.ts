/** Gate 9: a choice has at least three distractors, all different from the answer and each other. */
import { normalise } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

export const MIN_DISTRACTORS = 3;

export const choiceDistractors: Gate = {
  name: 'choice-distractors',
  check: (c) => {
    if (c.kind !== 'choice') return undefined;
    const options = (c.choices ?? []).map(normalise);
    if (new Set(options).size !== options.length) return 'repeated options';
    if (!options.includes(normalise(c.answer))) return 'the answer is not among the options';
    const distractors = options.filter((o) => o !== normalise(c.answer)).length;
    return distractors < MIN_DISTRACTORS ? `only ${distractors} distractors` : undefined;
  },
};
