/**
 * Gate 3: the answer does not appear in the prompt (case- and punctuation-insensitive), neither as one phrase nor
 * word by word ("Which term means: a finding that ignored a relevant consideration? → Relevant consideration",
 * "What is the county council in Kent? → County council": rated acceptable 0 of 4 times).
 */
import { containsWords, isStopword, normalise, words } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

export const noLeak: Gate = {
  name: 'no-leak',
  check: (c) => {
    if (c.kind === 'order' || c.kind === 'argument') return undefined;
    const answer = normalise(c.answer);
    if (answer.length < 3 && c.kind !== 'date') return undefined;
    if (containsWords(c.prompt, c.answer)) return 'the answer is visible in the prompt';
    // A cloze's other words are the sentence the answer belongs to ("East and West; ___ built the Wall → East
    // Germany"), and an either/or question names what the answer chooses between ("left or right? → the left side").
    if (c.kind !== 'cloze' && !/\sor\s/i.test(c.prompt) && everyWordShown(c.prompt, c.answer))
      return 'every word of the answer is in the prompt';
    return undefined;
  },
};

/** Each content word of a worded answer (no figures) is in the prompt, in any order, singular or plural. */
function everyWordShown(prompt: string, answer: string): boolean {
  if (/\d/.test(answer)) return false;
  const shown = new Set(words(prompt.replace(/\bgovt\b\.?/gi, 'government')));
  const asked = words(answer).filter((w) => !isStopword(w));
  return (
    asked.length > 0 &&
    asked.every((w) => shown.has(w) || shown.has(w.replace(/s$/, '')) || shown.has(`${w}s`))
  );
}
